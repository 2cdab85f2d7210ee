-- Directive 2004/80/EC, article 12 -- National compensation schemes.
--
-- Paragraph 1 describes how the cross-border system works (on the basis of
-- the national schemes): no duty of its own (levels.lua).
--
-- Paragraph 2 is mandatory (« veillent à ce que ») and due earlier than the
-- rest: 1 July 2005 (art. 18(1); instrument.lua `deadlines`).  Every Member
-- State must have a scheme of compensation to victims of violent intentional
-- crimes committed in its territory which guarantees fair and appropriate
-- compensation.  The national scheme is the same fact as the State
-- compensation scheme of UNTOC art. 25(2) (protection.victim_compensation_state,
-- rules/schema/protection-prevention.lua): entered once, read here.  A scheme
-- that leaves out victims of violent intentional crimes in the territory
-- (e.g. non-residents, or some violent crimes) is adopted = "partly", with
-- what it leaves out under `missing`.  The Court of Justice read 12(2) as
-- requiring a scheme that covers every violent intentional crime, not only
-- some (Commission v Italy, C-601/14, 11 October 2016), and as benefiting
-- victims resident in the State too, not only cross-border victims
-- (Presidenza del Consiglio dei Ministri v BV, C-129/19, 16 July 2020).  When the profile says nothing of that
-- scheme, the table of correspondence row on 12(2) decides.

local SCHEME = {
  en = "a scheme of compensation to victims of violent intentional crimes committed in its territory, guaranteeing fair and appropriate compensation",
  fr = "un régime d'indemnisation des victimes de la criminalité intentionnelle violente commise sur son territoire, garantissant une indemnisation juste et appropriée",
}

obligation {
  ref = "eu-2004-80:12.2",
  level = "mandatory",
  title = { en = "National scheme of compensation for victims of violent intentional crime",
            fr = "Régime national d'indemnisation des victimes de la criminalité intentionnelle violente" },
  category = "compensation",
  text = {
    fr = [[Tous les États membres veillent à ce que leurs dispositions nationales prévoient l'existence d'un régime d'indemnisation des victimes de la criminalité intentionnelle violente commise sur leurs territoires respectifs qui garantisse une indemnisation juste et appropriée des victimes.]],
  },
  facts = { "transposition.eu-2004-80", "protection.victim_compensation_state" },
  check = function(ctx)
    local scheme = ctx:fact("protection.victim_compensation_state")
    if scheme ~= nil and scheme.adopted ~= nil then
      lx.transposition(ctx, "eu-2004-80:12.2")   -- the table's row, cited beside the scheme
      -- a scheme in force only after 12(2) was due (1 July 2005, or the
      -- State's later accession) is reported as transposed late
      return lx.noting_late(ctx, lx.measure_finding(ctx, "protection.victim_compensation_state", { what = SCHEME }), scheme.from)
    end
    ctx:ask("protection.victim_compensation_state")
    return lx.transposition_finding(ctx, "eu-2004-80:12.2", { what = SCHEME })
  end,
}
