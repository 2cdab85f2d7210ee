-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Fourth meeting of the Working Group (2012): paragraphs 25 to 29.
-- Paragraph 26 is covered by the rule on paragraph 17.

not_encoded {
  ref = "untoc-wg:25",
  reason = { en = "Experiences shared on confiscation and asset sharing; the paper records no recommendation to States.",
             fr = "Expériences échangées sur la confiscation et le partage d'avoirs ; le document n'y rapporte aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:27",
  reason = { en = "Experiences and practices shared; the paper records no recommendation to States.",
             fr = "Expériences et pratiques échangées ; le document n'y rapporte aucune recommandation aux États." },
}

-- Paragraph 28: the Working Group concluded that regional networks of
-- prosecutors and central authorities matter, and stressed cooperation between
-- police services, between police and prosecutors or judges, and effective
-- national coordination of investigative services.  Two parts: the networks,
-- and national coordination (art. 27(1)(d) asks for coordination between
-- competent authorities).
obligation {
  ref = "untoc-wg:28",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Regional networks of prosecutors and central authorities, and national coordination",
            fr = "Réseaux régionaux de procureurs et d'autorités centrales, et coordination nationale" },
  category = "cooperation",
  text = {
    fr = [[Le Groupe de travail a conclu que les réseaux régionaux associant procureurs et autorités centrales étaient importants pour faciliter la coopération internationale]],
    en = [[The Working Group concluded that regional networks of prosecutors and central authorities were important in facilitating international cooperation in criminal matters under the Convention. It also emphasized the importance of cooperation among police services, and between the police and prosecutors or judicial authorities, as well as the usefulness of effective coordination among law enforcement services at the national level in strengthening capacity for international cooperation]],   -- unofficial translation
  },
  serves = { "untoc:27.1.d" },
  facts = { "cooperation_practice.regional_networks", "cooperation_practice.law_enforcement_coordination" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2012)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2012)" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.regional_networks", what = { en = "participation in regional networks of prosecutors and central authorities", fr = "la participation à des réseaux régionaux de procureurs et d'autorités centrales" } },
        { path = "cooperation_practice.law_enforcement_coordination", what = { en = "effective national coordination between police, investigative services, prosecutors and judges for international cooperation", fr = "une coordination nationale efficace entre police, services d'enquête, procureurs et juges pour la coopération internationale" } },
      },
    })
  end,
}

not_encoded {
  ref = "untoc-wg:29",
  reason = { en = "Resolution 6/1 requests UNODC, with Member States, to keep building networks: a request to the Secretariat.",
             fr = "La résolution 6/1 prie l'ONUDC, avec les États Membres, de continuer à établir des réseaux : une demande au Secrétariat." },
}
