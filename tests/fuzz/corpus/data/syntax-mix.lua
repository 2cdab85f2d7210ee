return {
  -- comment
  a = "x\n\t\65\u{48}\z   y", [[long]], [==[ ]] ]==],
  b = { 1, 2.5, -3, 0x1F, 1e10, true, false },
  ["k y"] = { c = {} }; d = 1,
}
