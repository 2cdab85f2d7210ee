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
       has "coop: 37(7) partly met: an ICT offence below the extradition threshold, read as UNTOC 16(6)" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 37\(7\)"; \
       has "coop: 37(7) names the offence below the threshold" "$TMP/out" "art\. 226-15, al\.( |$)"; \
       has "coop: 37(12) asked although France never extradites its nationals (surrender « de toute autre manière »)" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 37\(12\)"; \
       has "coop: 37(2) not adopted (optional)" "$TMP/out" "^  \[not adopted \(optional\)\] Cybercrime Convention art\. 37\(2\)"; \
       has "coop: 41(1) unknown (not verified)" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 41\(1\)"; \
       has "coop: labelled prospective" "$TMP/out" "art\. 40\(24\) — .*prospective: not yet binding"; }
run "coop: France as of today, not bound" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-12-01 --format csv profiles/france.lua \
  && { has "coop: 40(24) not applicable" "$TMP/out" "^FRA,France,2026-12-01,cybercrime,cybercrime:40\.24,.*,not_applicable,"; \
       has "coop: UNTOC 18(8) met" "$TMP/out" "^FRA,France,2026-12-01,untoc,untoc:18\.8,.*,met,"; }

# ---- wording (second reading of the independent review, fix13a) --------------------------------
# JSON: each explanation on one line, whatever the width of a text report.
run "coop: France prospective, JSON" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --as-of 2026-12-01 --format json profiles/france.lua \
  && { has "coop: 37(7) quotes 37(8) as written (« extradier »)" "$TMP/out" "la peine minimale requise pour extradier » \(unofficial translation"; \
       hasnt "coop: 37(7) does not misquote it (« extrader »)" "$TMP/out" "la peine minimale requise pour extrader » \(unofficial translation"; \
       has "coop: 37(7) names the offence below the threshold with its penalty" "$TMP/out" "Code pénal, art\. 226-15, al\. 2 \([^)]*\), punishable by 1 year\. Paragraph 8"; \
       hasnt "coop: 37(7) no longer calls the threshold a condition the Convention preserves" "$TMP/out" "a condition the Convention preserves, not a gap"; \
       has "coop: 14(1)(d) met through complicity warns that complicity is accessory" "$TMP/out" "Reviewers should note that complicity is accessory: the financier is punishable only where an offence of art\. 14\(1\)\(a\) to \(c\) is committed or attempted"; \
       has "coop: 14(1)(d) the same caveat in French" "$TMP/out" "Les évaluateurs noteront que la complicité est accessoire"; }
cat > "$CC/wording.lua" <<'EOP'
return { profile_format = 1, state = { code = "WRD", name = "Wordland", kind = "state" },
  describes_law_as_of = "2026-06-01",
  parties = { cybercrime = { signed = "2025-10-25" }, untoc = { signed = "2000-12-13", deposited = "2004-05-10" } },
  legal_persons = { criminal = { adopted = false, source = "Penal Code s. 1" }, civil = { adopted = false, source = "Civil Code s. 1" },
                    administrative = { adopted = false, source = "Administrative Code s. 1" } },
  cyber_prevention = { policies = { adopted = false, source = "Government answer No. 7" } },
  cyber_information = { policy_monitoring = { adopted = "partly", considered = true, source = "Observatory Decree s. 3",
                                              missing = { "evaluation of effectiveness" } } },
  mutual_legal_assistance = { videoconference = { adopted = false, source = "MLA Act s. 9" },
                              detained_persons = { custody = { adopted = false, source = "MLA Act s. 12" } } },
  principles = {
    { provisions = { "cybercrime:18.1", "cybercrime:53.1", "cybercrime:40.18" },
      statement = "Criminal law is a matter for statute only.", source = "Constitution art. 34" },
  },
}
EOP
run "coop: wording fixture" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --as-of 2026-12-01 --format json "$CC/wording.lua" \
  && { has "coop: 18(1) quotes the stated principle with its source" "$TMP/out" "The State invokes its legal principles: Criminal law is a matter for statute only \(Constitution art\. 34\)\. Those principles"; \
       has "coop: 53(1) quotes it the same way" "$TMP/out" "fundamental principle of its law: Criminal law is a matter for statute only \(Constitution art\. 34\)\. Art\. 53"; \
       has "coop: 40(18) quotes it the same way" "$TMP/out" "fundamental principles of its domestic law: Criminal law is a matter for statute only \(Constitution art\. 34\)\. Paragraph 18"; \
       hasnt "coop: no principle quoted with a doubled period" "$TMP/out" "statute only\. \(Constitution"; \
       has "coop: 40(10)(a) 'If it does:' followed by lower case" "$TMP/out" "If it does: national law does not provide for the power and obligation to keep"; \
       has "coop: 40(10)(a) « Si tel est le cas : » followed by lower case" "$TMP/out" "Si tel est le cas : le droit national ne prévoit pas"; \
       hasnt "coop: no capital after « Si tel est le cas : »" "$TMP/out" "Si tel est le cas : Le "; \
       has "coop: UNTOC 18(11)(a) the same join in lower case" "$TMP/out" "If it does: national law does not provide for the power and the obligation to keep"; \
       has "coop: 55(3) source and parts not adopted in one parenthesis" "$TMP/out" "adopted part of it \(Observatory Decree s\. 3; not adopted: evaluation of effectiveness\); this meets a duty to consider"; \
       has "coop: 55(3) the same in French" "$TMP/out" "en a adopté une partie \(Observatory Decree s\. 3 ; partie non adoptée : evaluation of effectiveness\) ; l'obligation"; \
       hasnt "coop: never two parentheses in a row" "$TMP/out" "\) \((not adopted|partie non adoptée)"; }

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
