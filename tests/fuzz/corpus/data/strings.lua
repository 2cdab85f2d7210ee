return { "\x41\xff", "\u{10FFFF}", "\z
   x", 'q"', "\0end", [=[
]]x]=] }