-- The smallest valid profile: a State party to UNTOC, nothing else known.
return {
  profile_format = 1,
  state = { code = "MIN", name = "Minimalia" },
  describes_law_as_of = "2024-01-01",
  parties = { untoc = { signed = "2000-12-12", deposited = "2004-06-01" } },
  jurisdiction = { territory = { adopted = true, source = "Penal Code <b>s. 1</b>", note = "<script>alert(1)</script>" } },
}
