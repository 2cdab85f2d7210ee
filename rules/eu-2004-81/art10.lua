-- Directive 2004/81/EC article 10 -- Minors
--
-- The article binds only a State that applies the directive to minors under
-- the option of art. 3(3), second subparagraph (« Lorsque les États membres
-- font usage de la possibilité prévue à l'article 3, paragraphe 3 »).  Every
-- obligation here therefore first reads `victim_residence.minors`: not
-- adopted -> not applicable, not stated -> unknown.
--
-- (a) mandatory: the best interests of the child and a procedure appropriate
--     to age and maturity (« prennent dûment en considération », « veillent »);
--     then an option (« peuvent ») to extend the reflection period.
-- (b) mandatory: access to education on the same terms as nationals
--     (« veillent »); the State may limit it to public education (« peuvent
--     prévoir »), which still meets the duty and is named as the option.
-- (c) three duties for unaccompanied minors: establishing identity,
--     nationality and the fact of being unaccompanied (« prennent les
--     dispositions nécessaires », mandatory); locating the family (« mettent
--     tout en œuvre »: a best-efforts duty, endeavour); legal representation
--     without delay (« prennent dans les plus brefs délais les dispositions
--     nécessaires », mandatory).

-- nil when the State applies the directive to minors (the rule goes on),
-- else the not-applicable or unknown finding.
local function minors_gate(ctx)
  local m = lx.binding_option(ctx, "victim_residence.minors")   -- art. 10 binds from the option
  local applies
  if m.state == "adopted" or m.state == "partly" then applies = true
  elseif m.state == "not_adopted" then applies = false end
  return lx.only_if(ctx, applies,
    { en = "The State does not apply the directive to minors (option of art. 3(3), second subparagraph), so art. 10 does not bind it.",
      fr = "L'État n'applique pas la directive aux mineurs (faculté de l'art. 3, par. 3, second alinéa) ; l'art. 10 ne le lie donc pas." },
    { en = "Art. 10 binds only a State that applies the directive to minors, which the profile does not say.",
      fr = "L'art. 10 ne lie que l'État qui applique la directive aux mineurs, ce que le profil n'indique pas." })
end

-- One measure, once the State applies the directive to minors.
local function for_minors(path, what)
  return function(ctx)
    local stop = minors_gate(ctx)
    if stop then return stop end
    return lx.measure_finding(ctx, path, { what = what })
  end
end

local FACTS = function(path) return { "victim_residence.minors", path } end

obligation {
  ref = "eu-2004-81:10.a",
  level = "mandatory",
  title = { en = "Minors: best interests of the child and an appropriate procedure",
            fr = "Mineurs : intérêt supérieur de l'enfant et procédure appropriée" },
  category = "residence",
  text = {
    fr = [[Les États membres prennent dûment en considération l'intérêt supérieur de l'enfant dans l'application de la présente directive. Ils veillent à ce que la procédure soit appropriée compte tenu de l'âge et de la maturité de l'enfant.]],
  },
  facts = FACTS("victim_residence.minors_best_interests"),
  check = for_minors("victim_residence.minors_best_interests",
    { en = "due account of the best interests of the child, with a procedure appropriate to the child's age and maturity",
      fr = "la prise en considération de l'intérêt supérieur de l'enfant, avec une procédure appropriée à son âge et à sa maturité" }),
}

obligation {
  ref = "eu-2004-81:10.a",
  clause = "extension",
  level = "optional",
  title = { en = "Option: extending the reflection period for a child",
            fr = "Faculté : prolonger le délai de réflexion pour un enfant" },
  category = "residence",
  text = {
    fr = [[En particulier, ils peuvent, s'ils l'estiment dans l'intérêt de l'enfant, prolonger la durée du délai de réflexion.]],
  },
  facts = FACTS("victim_residence.minors_reflection_extension"),
  check = for_minors("victim_residence.minors_reflection_extension",
    { en = "the extension of the reflection period in the best interests of the child",
      fr = "la prolongation du délai de réflexion dans l'intérêt de l'enfant" }),
}

obligation {
  ref = "eu-2004-81:10.b",
  level = "mandatory",
  title = { en = "Minors: access to education on the same terms as nationals",
            fr = "Mineurs : accès à l'enseignement dans les mêmes conditions que les nationaux" },
  category = "residence",
  text = {
    fr = [[Les États membres veillent à ce que le mineur ait accès à l'enseignement dans les mêmes conditions que les nationaux. Les États membres peuvent prévoir que cet accès doit être limité à l'enseignement public.]],
  },
  facts = FACTS("victim_residence.minors_education"),
  check = function(ctx)
    local stop = minors_gate(ctx)
    if stop then return stop end
    local r = lx.measure_finding(ctx, "victim_residence.minors_education", {
      what = { en = "access of minors to the educational system under the same conditions as nationals",
               fr = "l'accès des mineurs à l'enseignement dans les mêmes conditions que les nationaux" } })
    local m = ctx:fact("victim_residence.minors_education")
    if r.status == "met" and m and m.public_only then
      return ctx:met(lx.t({ en = "{e} Access is limited to the public education system, as art. 10(b) allows.",
                            fr = "{e} L'accès est limité à l'enseignement public, comme l'art. 10, point b), le permet." }, { e = r.explanation }),
        { id = "public-only", en = "limited to public education (art. 10(b))", fr = "limité à l'enseignement public (art. 10, point b))" })
    end
    return r
  end,
}

obligation {
  ref = "eu-2004-81:10.c",
  clause = "identity",
  level = "mandatory",
  title = { en = "Unaccompanied minors: identity, nationality and being unaccompanied established",
            fr = "Mineurs non accompagnés : identité, nationalité et absence d'accompagnement établies" },
  category = "residence",
  text = {
    fr = [[Lorsque le ressortissant d'un pays tiers est un mineur non accompagné, les États membres prennent les dispositions nécessaires pour établir son identité, sa nationalité et le fait qu'il n'est pas accompagné.]],
  },
  facts = FACTS("victim_residence.unaccompanied_identification"),
  check = for_minors("victim_residence.unaccompanied_identification",
    { en = "the steps needed to establish an unaccompanied minor's identity, nationality and the fact of being unaccompanied",
      fr = "les dispositions nécessaires pour établir l'identité et la nationalité du mineur non accompagné et le fait qu'il n'est pas accompagné" }),
}

obligation {
  ref = "eu-2004-81:10.c",
  clause = "family",
  level = "endeavour",
  title = { en = "Unaccompanied minors: every effort to locate the family",
            fr = "Mineurs non accompagnés : tout mettre en œuvre pour retrouver la famille" },
  category = "residence",
  text = {
    fr = [[Ils mettent tout en œuvre pour retrouver le plus rapidement possible sa famille]],
  },
  facts = FACTS("victim_residence.unaccompanied_family_tracing"),
  check = for_minors("victim_residence.unaccompanied_family_tracing",
    { en = "efforts to locate the family of an unaccompanied minor as quickly as possible",
      fr = "des efforts pour retrouver le plus rapidement possible la famille du mineur non accompagné" }),
}

obligation {
  ref = "eu-2004-81:10.c",
  clause = "representation",
  level = "mandatory",
  title = { en = "Unaccompanied minors: legal representation without delay",
            fr = "Mineurs non accompagnés : représentation juridique dans les plus brefs délais" },
  category = "residence",
  text = {
    fr = [[et prennent dans les plus brefs délais les dispositions nécessaires pour assurer sa représentation juridique, y compris, si nécessaire, dans le cadre de la procédure pénale, conformément au droit national.]],
  },
  facts = FACTS("victim_residence.unaccompanied_representation"),
  check = for_minors("victim_residence.unaccompanied_representation",
    { en = "steps taken without delay to ensure the legal representation of an unaccompanied minor, including in criminal proceedings where necessary",
      fr = "des dispositions prises dans les plus brefs délais pour assurer la représentation juridique du mineur non accompagné, y compris, si nécessaire, dans la procédure pénale" }),
}
