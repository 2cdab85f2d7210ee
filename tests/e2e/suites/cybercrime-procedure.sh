# The UN Convention against Cybercrime, ch. IV: procedural powers that carry
# their safeguards (arts 23-30), the reservations of art. 23(3), and art. 32
# reading UNTOC art. 22's fact.  Sourced by tests/e2e/run.sh.

CP=$TMP/cybercrime-procedure
mkdir -p "$CP"

# ---- a power is met only with its safeguards --------------------------------------------------
run "Borduria ch. IV (text)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --as-of 2026-12-01 profiles/borduria.lua \
  && { has "interception without judge or remedy: partly met" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 30\(1\) — Interception of content data"; \
       has "the safeguards lacking named" "$TMP/out" "It lacks"; \
       has "each listed as a missing safeguard" "$TMP/out" "- safeguard \(art\. 24\(2\)\): an effective remedy"; \
       has "no preservation: not met" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 25\(1\)"; \
       has "25(2) not applicable without an order" "$TMP/out" "^  \[not applicable\] Cybercrime Convention art\. 25\(2\) —"; \
       has "a safeguard not stated leaves it open" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 24\(2\)"; \
       has "art. 32 optional, reported in its own terms" "$TMP/out" "^  \[not adopted \(optional\)\] Cybercrime Convention art\. 32"; \
       has "the English rendering labelled" "$TMP/out" "Provision \(unofficial translation\): «Each State Party shall adopt such legislative and other measures as may be necessary, in"; }
run "Arcadia ch. IV (text)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --as-of 2026-12-01 profiles/arcadia.lua \
  && { has "the alternative of 30(2) named" "$TMP/out" "Met through: the alternative of art\. 30\(2\)"; \
       has "29(1) for offences of 2 years or more only, no reservation: partly met (art. 23(2))" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 29\(1\)"; \
       has "the narrower range named" "$TMP/out" "a narrower range needs a reservation under art\. 23\(3\)\(a\)"; \
       has "review held not appropriate to preservation, explained" "$TMP/out" "Held not appropriate to the nature of this"; \
       has "25(2) met through renewal" "$TMP/out" "Met through: a shorter order, renewable"; \
       }
run "Arcadia ch. IV (French)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --lang fr --as-of 2026-12-01 profiles/arcadia.lua \
  && has "safeguards in French" "$TMP/out" "Ses garanties"
run "Borduria ch. IV (French)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --lang fr --as-of 2026-12-01 profiles/borduria.lua \
  && { has "the official text quoted, unlabelled" "$TMP/out" "Disposition.{1,4}«Chaque État partie adopte les mesures législatives et autres nécessaires, en ce qui"; \
       has "a safeguard lacking, in French" "$TMP/out" "Il lui manque"; }
run "Borduria ch. IV (json)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --format json --as-of 2026-12-01 profiles/borduria.lua
if python3 - "$TMP/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
fs = {f["id"]: f for a in (d["assessments"] if "assessments" in d else [d]) for f in a["findings"]}
f = fs["cybercrime:30.1"]
assert f["status"] == "partly_met" and f["gap"], f["status"]
assert any("an effective remedy" in (m["en"] if isinstance(m, dict) else m) for m in f["missing"]), f["missing"]
assert any(e["fact"] == "procedural_powers.interception.safeguards" for e in f["evidence"]), f["evidence"]
PY
then ok "json: 30(1) partly met, the remedy missing, the safeguards cited"; else fail "json: 30(1) partly met, the remedy missing, the safeguards cited"; fi

# ---- the reservations of art. 23(3) ------------------------------------------------------------
cat > "$CP/reserving.lua" <<'LUA'
return {
  profile_format = 1,
  state = { code = "RSV", name = "Reservia (fictional)" },
  describes_law_as_of = "2026-06-01",
  reservations = {
    { instrument = "cybercrime", provisions = { "cybercrime:29" }, kind = "reservation", from = "2026-01-01",
      text = "Art. 29 applies only to offences punishable by ten years or more." },
  },
  procedural_powers = {
    realtime_traffic = { adopted = true, source = "CCP s. 5", offences = { scope = "threshold", threshold_prison_years = 10 } },
    interception = { adopted = true, source = "CCP s. 6", offences = { scope = "threshold", threshold_prison_years = 5 } },
    reservation_limited = { adopted = false, considered = true, source = "Explanatory memorandum (fictional)" },
  },
}
LUA
run "23(3)(a) reservation (text)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --as-of 2026-12-01 "$CP/reserving.lua" \
  && { has "art. 29 limited by the reservation, not switched off (means and safeguards not stated: open)" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 29\(1\)"; \
       has "what the reservation leaves due, said" "$TMP/out" "limits art\. 29 to the offences it names; it does not dispense with the power"; \
       has "narrower than interception: beyond what 23(3)(a) allows" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 23\(3\)\(a\) \[limit\]"; \
       has "the duty to consider met by consideration" "$TMP/out" "^  \[adopted or considered\] Cybercrime Convention art\. 23\(3\)\(a\) \[consider\]"; }
run "23(3)(a) reservation (json)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --format json --as-of 2026-12-01 "$CP/reserving.lua"
if python3 - "$TMP/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
fs = {f["id"]: f for a in d["assessments"] for f in a["findings"]}
e = fs["cybercrime:23.3.a#limit"]["explanation"]
assert "it is available only for offences punishable by at least 10 years' imprisonment, interception for offences punishable by at least 5 years'" in e["en"], e["en"]
assert "not available for , " not in e["en"] and "pour , " not in e["fr"], e
assert "punies d'au moins 10 ans d'emprisonnement, l'interception pour celles punies d'au moins 5 ans" in e["fr"], e["fr"]
PY
then ok "23(3)(a) [limit]: two thresholds compared are named, no empty list of offences"; else fail "23(3)(a) [limit]: two thresholds compared are named, no empty list of offences" "$TMP/out"; fi

# A reservation naming only a part of art. 29 (29(3)) is not one of art.
# 23(3): 29(3) switched off and flagged as not provided for, 29(1) read as
# without a reservation; one entry naming arts 29 and 30 is 23(3)(b), and
# 29(1) says how an (a) reservation made with it is recorded; a power whose
# offences are not stated is open, the offences asked.
cat > "$CP/part29.lua" <<'LUA'
return {
  profile_format = 1,
  state = { code = "PRT", name = "Partia (fictional)" },
  describes_law_as_of = "2026-06-01",
  reservations = {
    { instrument = "cybercrime", provisions = { "cybercrime:29.3" }, kind = "reservation", from = "2026-01-01",
      text = "Service providers are not bound to secrecy on real-time collection." },
  },
  procedural_powers = {
    general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "CCP s. 100" },
    realtime_traffic = { adopted = true, source = "CCP s. 5", by_authorities = true, provider_collects = true, offences = { scope = "threshold", threshold_prison_years = 3 } },
  },
}
LUA
sed -e 's/"cybercrime:29.3"/"cybercrime:29", "cybercrime:30"/' -e 's/PRT/BTH/' "$CP/part29.lua" > "$CP/both.lua"
sed -e 's/, offences = { scope = "threshold", threshold_prison_years = 3 }//' -e 's/"cybercrime:29.3"/"cybercrime:63.2"/' -e 's/PRT/UNS/' "$CP/part29.lua" > "$CP/unstated.lua"
run "reservations to a part of art. 29, to arts 29-30 in one entry, none of 23(3) (json)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --instrument cybercrime --format json --as-of 2026-12-01 "$CP/part29.lua" "$CP/both.lua" "$CP/unstated.lua"
if python3 - "$TMP/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
by = {a["profile"]["state_code"]: {f["id"]: f for f in a["findings"]} for a in d["assessments"]}
p = by["PRT"]
f = p["cybercrime:29.3"]
assert f["status"] == "not_applicable" and f.get("reservation_not_provided_for") is True, (f["status"], f.get("reservation_not_provided_for"))
assert "does not open to reservations" in f["explanation"]["en"], f["explanation"]["en"]
f = p["cybercrime:29.1"]
assert f["status"] == "partly_met", f["status"]
assert "a narrower range needs a reservation under art. 23(3)(a)" in f["explanation"]["en"], f["explanation"]["en"]
assert "limits art. 29 to the offences it names" not in f["explanation"]["en"], f["explanation"]["en"]
assert p["cybercrime:23.3.a#limit"]["status"] == "not_applicable"
b = by["BTH"]
f = b["cybercrime:29.1"]
assert f["status"] == "partly_met", f["status"]
assert "is read as the closed-system reservation of art. 23(3)(b)" in f["explanation"]["en"] and "recorded as its own entry naming art. 29 alone" in f["explanation"]["en"], f["explanation"]["en"]
assert "s'inscrit comme une entrée distincte visant le seul art. 29" in f["explanation"]["fr"], f["explanation"]["fr"]
assert not b["cybercrime:29.1"].get("reservation_not_provided_for") and b["cybercrime:23.3.b#condition"]["status"] == "unknown"
u = by["UNS"]
f = u["cybercrime:29.1"]
assert f["status"] == "unknown", f["status"]
assert "does not state for which offences the power is available" in f["explanation"]["en"], f["explanation"]["en"]
assert any(q.get("fact") == "procedural_powers.realtime_traffic.offences" for q in f["questions"]), f["questions"]
PY
then ok "a part of art. 29 reserved: switched off and flagged; arts 29-30 in one entry: (b), the (a) recording said; offences unstated: asked"; else fail "a part of art. 29 reserved: switched off and flagged; arts 29-30 in one entry: (b), the (a) recording said; offences unstated: asked" "$TMP/out"; fi

# ---- the questionnaire: powers with their safeguards; art. 32 asks UNTOC's question ----------
run "questionnaire for ch. IV" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument cybercrime -o "$CP/blank.lua" \
  && { has "a power's template carries its safeguards" "$CP/blank.lua" "-- interception = \{ adopted = true, source = \"\", safeguards = \{ review = \"judicial\""; \
       has "the general safeguards asked once" "$CP/blank.lua" "-- general_safeguards = \{"; \
       has "art. 32 asks the fact UNTOC art. 22 reads" "$CP/blank.lua" "-- foreign_convictions = \{"; }
