return { profile_format = 1, state = { code = "ESC", name = "Esc\27[2Jland" }, describes_law_as_of = "2024-01-01", jurisdiction = { territory = { adopted = true, source = "PC \27]0;pwned\7 1" } } }
