-- The instrument this pack encodes.  A data file (never executed).
--
-- Not a treaty: the Secretariat's background paper on ten years of the
-- Working Group on International Cooperation of the Conference of the
-- Parties to UNTOC (CTOC/COP/WG.3/2016/..., French text in
-- shared/instruments/untoc-wg-international-cooperation.fr.txt).  It records
-- what the Working Group and the Conference recommended to States on
-- extradition, mutual legal assistance and cooperation for confiscation.
-- Soft law binds no one: its findings are good practice, followed or
-- advised, never gaps, never rated (docs/rules.md, "Soft law and serves").
-- Its references are the paper's numbered paragraphs and their items:
-- untoc-wg:35.b is paragraph 35(b).
return {
  id = "untoc-wg",
  title = {
    en = "Good practice of the UNTOC Working Group on International Cooperation (Secretariat background paper)",
    fr = "Bonnes pratiques du Groupe de travail sur la coopération internationale de la CTO (document d'information du Secrétariat)",
  },
  short = { en = "UNTOC WG", fr = "GT CTO" },
  kind = "soft_law",
  -- The paper exists in French here; the English renderings in the rules are
  -- ours, and every report labels them "unofficial translation".
  official_languages = { "fr" },
  text_languages = { "fr" },
  note = "Recommendations to States Parties to UNTOC; a State that is not a party is outside their scope (each rule checks parties.untoc).",
}
