# The UN Convention against Cybercrime, chapter V, arts 35-41 (issue 11):
# coverage, France and the fictional profiles assessed prospectively beside
# UNTOC (one fact serving both treaties), notifications of this Convention's
# own, and `serves` naming the UNTOC twins, checked when the rules load.
# Sourced by tests/e2e/run.sh.

CC=$TMP/cyber-coop
mkdir -p "$CC"

# ---- coverage: every provision of arts 35-41 accounted for ----------------------------------
run "coop: coverage" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument cybercrime \
  && { for a in 35 36 37 38 39 40 41; do has "coop: art. $a nothing uncovered" "$TMP/out" "^Art\. $a — .* 0 uncovered$"; done; \
       has "coop: 40(3)(d) left to art. 44" "$TMP/out" "art\. 40\(3\)\(d\) +mandatory +not encoded"; \
       hasnt "coop: no level differs from the text in ch. V" "$TMP/out" "^  cybercrime:(3[5-9]|4[01])[.#0-9a-z-]* +rule:"; }

# ---- France, prospectively, beside UNTOC: the same national facts serve both ----------------
run "coop: France prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --as-of 2026-12-01 profiles/france.lua \
  && { has "coop: 40(24) met from UNTOC's bank secrecy fact" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 40\(24\) — Bank secrecy no ground"; \
       has "coop: UNTOC 18(8) in the same report" "$TMP/out" "^  \[met\] UNTOC art\. 18\(8\)"; \
       has "coop: 37(7) met: an ICT offence below the extradition threshold is a minimum-penalty condition 37(8) preserves" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 37\(7\)"; \
       has "coop: 37(7) names the offence below the threshold" "$TMP/out" "art\. 226-15, al\.( |$)"; \
       has "coop: 37(12) not adopted: France never extradites its nationals" "$TMP/out" "^  \[not adopted \(optional\)\] Cybercrime Convention art\. 37\(12\)"; \
       has "coop: 37(2) not adopted (optional)" "$TMP/out" "^  \[not adopted \(optional\)\] Cybercrime Convention art\. 37\(2\)"; \
       has "coop: 41(1) unknown (not verified)" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 41\(1\)"; \
       has "coop: labelled prospective" "$TMP/out" "art\. 40\(24\) — .*prospective: not yet binding"; }
run "coop: France as of today, not bound" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-12-01 --format csv profiles/france.lua \
  && { has "coop: 40(24) not applicable" "$TMP/out" "^FRA,France,2026-12-01,cybercrime,cybercrime:40\.24,.*,not_applicable,"; \
       has "coop: UNTOC 18(8) met" "$TMP/out" "^FRA,France,2026-12-01,untoc,untoc:18\.8,.*,met,"; }

# ---- notifications of this Convention's own -----------------------------------------------------
run "coop: Arcadia prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --as-of 2026-12-01 profiles/arcadia.lua \
  && { has "coop: 37(19) communicated at signature" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 37\(19\)"; \
       has "coop: 41(2) not notified" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 41\(2\)"; \
       has "coop: 40(12)(c) UNTOC's notification does not answer it" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 40\(12\)\(c\)"; \
       has "coop: 41(3) partly met, names the missing measure" "$TMP/out" "not the provision of electronic data to avert an"; }
run "coop: Borduria prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --as-of 2026-12-01 profiles/borduria.lua \
  && { has "coop: 35(1) partly met: electronic evidence for the Convention's offences only" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 35\(1\)"; \
       has "coop: 37(7) not applicable: a treaty is required" "$TMP/out" "^  \[not applicable\] Cybercrime Convention art\. 37\(7\)"; \
       has "coop: 41(2) unknown without a notifications list" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 41\(2\)"; }
run "coop: Borduria in French" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --lang fr --instrument cybercrime --as-of 2026-12-01 profiles/borduria.lua \
  && { has "coop: French official text quoted" "$TMP/out" "Les États parties ne peuvent invoquer le secret bancaire"; \
       hasnt "coop: no English in the French report's quotations" "$TMP/out" "States Parties shall not decline"; }

# ---- serves: the UNTOC twins, checked when the rules load --------------------------------------
mkdir -p "$CC/rules" && cp -r "$RULES"/. "$CC/rules/"
cat >> "$CC/rules/cybercrime/art38.lua" <<'LUA'

obligation {
  ref = "cybercrime:38",
  clause = "bad-twin",
  level = "optional",
  title = { en = "t", fr = "t" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:99.1" },
  text = { fr = [[Les États parties peuvent]] },
  facts = {},
  check = function(ctx) return ctx:met({ en = "x", fr = "x" }) end,
}

obligation {
  ref = "cybercrime:38",
  clause = "own-instrument",
  level = "optional",
  title = { en = "t", fr = "t" },
  category = "cooperation",
  cluster = 5,
  serves = { "cybercrime:37.2" },
  text = { fr = [[Les États parties peuvent]] },
  facts = {},
  check = function(ctx) return ctx:met({ en = "x", fr = "x" }) end,
}
LUA
run "coop: bad serves named" 1 -- "$LEXGAP" rules --rules "$CC/rules" \
  && { has "coop: a twin UNTOC does not declare" "$TMP/err" "art38\.lua:[0-9]+: .*serves 'untoc:99\.1', which no rule of untoc declares"; \
       has "coop: a twin of the same instrument" "$TMP/err" "art38\.lua:[0-9]+: obligation cybercrime:38#own-instrument: 'cybercrime:37\.2' is not the id of an obligation of another instrument"; \
       has "coop: the other rules still load" "$TMP/out" "cybercrime:38 +optional"; }
