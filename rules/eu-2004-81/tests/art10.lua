-- Test cases for Directive 2004/81/EC article 10 (rules/eu-2004-81/art10.lua):
-- every obligation binds only a State that applies the directive to minors.
return {
  {
    name = "minors included; every rule for them provided; education on equal terms",
    profile = { victim_residence = {
      minors = { adopted = true, source = "Aliens Act s. 40(5)" },
      minors_best_interests = { adopted = true, source = "Children Act s. 1" },
      minors_reflection_extension = { adopted = true, source = "Aliens Decree s. 13(3)" },
      minors_education = { adopted = true, source = "Education Act s. 2" },
      unaccompanied_identification = { adopted = true, source = "Aliens Decree s. 30" },
      unaccompanied_family_tracing = { adopted = true, source = "Aliens Decree s. 31" },
      unaccompanied_representation = { adopted = true, source = "Children Act s. 12" } } },
    expect = { ["eu-2004-81:10.a"] = "met", ["eu-2004-81:10.a#extension"] = "met", ["eu-2004-81:10.b"] = "met",
               ["eu-2004-81:10.c#identity"] = "met", ["eu-2004-81:10.c#family"] = "met", ["eu-2004-81:10.c#representation"] = "met" },
  },
  {
    name = "education limited to public schools: met with that option",
    profile = { victim_residence = { minors = { adopted = true, source = "Aliens Act s. 40(5)" },
                                     minors_education = { adopted = true, public_only = true, source = "Education Act s. 2" } } },
    expect = { ["eu-2004-81:10.b"] = { status = "met", option = "public-only" } },
  },
  {
    name = "minors included but nothing provided for them",
    profile = { victim_residence = {
      minors = { adopted = true, source = "Aliens Act s. 40(5)" },
      minors_best_interests = { adopted = false }, minors_reflection_extension = { adopted = false },
      minors_education = { adopted = false }, unaccompanied_identification = { adopted = false },
      unaccompanied_family_tracing = { adopted = false }, unaccompanied_representation = { adopted = false } } },
    expect = { ["eu-2004-81:10.a"] = "not_met", ["eu-2004-81:10.a#extension"] = "not_met", ["eu-2004-81:10.b"] = "not_met",
               ["eu-2004-81:10.c#identity"] = "not_met", ["eu-2004-81:10.c#family"] = "not_met", ["eu-2004-81:10.c#representation"] = "not_met" },
  },
  {
    name = "minors not included: art. 10 does not apply, whatever national law says",
    profile = { victim_residence = { minors = { adopted = false, source = "Aliens Act s. 40 (adults only)" }, minors_education = { adopted = false } } },
    expect = { ["eu-2004-81:10.a"] = "not_applicable", ["eu-2004-81:10.a#extension"] = "not_applicable", ["eu-2004-81:10.b"] = "not_applicable",
               ["eu-2004-81:10.c#identity"] = "not_applicable", ["eu-2004-81:10.c#family"] = "not_applicable", ["eu-2004-81:10.c#representation"] = "not_applicable" },
  },
  {
    name = "whether minors are included is not stated: unknown",
    profile = { victim_residence = { minors_education = { adopted = true, source = "Education Act s. 2" } } },
    expect = { ["eu-2004-81:10.a"] = "unknown", ["eu-2004-81:10.a#extension"] = "unknown", ["eu-2004-81:10.b"] = "unknown",
               ["eu-2004-81:10.c#identity"] = "unknown", ["eu-2004-81:10.c#family"] = "unknown", ["eu-2004-81:10.c#representation"] = "unknown" },
  },
  {
    name = "minors included, representation only in criminal proceedings: partly met",
    profile = { victim_residence = { minors = { adopted = true, source = "Aliens Act s. 40(5)" },
                                     unaccompanied_representation = { adopted = "partly", source = "Code of Criminal Procedure s. 88", missing = { "representation in the residence procedure" } } } },
    expect = { ["eu-2004-81:10.c#representation"] = "partly_met" },
  },
}
