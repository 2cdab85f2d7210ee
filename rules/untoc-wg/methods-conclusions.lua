-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Methodology (paragraphs 40 to 42) and the Secretariat's conclusions
-- (paragraph 43): what the Working Group may wish to recommend to the
-- Conference.  Items (a), (b), (d) and (e) concern the Working Group's own
-- work and meetings; item (c), statistics on the use of the Convention as a
-- legal basis, ends with States and their central authorities, who hold
-- those data.

not_encoded {
  ref = "untoc-wg:40",
  reason = { en = "The Working Group's own methods of work.",
             fr = "Les méthodes de travail du Groupe de travail." },
}

not_encoded {
  ref = "untoc-wg:41",
  reason = { en = "The Working Group's own methods of work.",
             fr = "Les méthodes de travail du Groupe de travail." },
}

not_encoded {
  ref = "untoc-wg:42",
  reason = { en = "The Working Group's own methods of work.",
             fr = "Les méthodes de travail du Groupe de travail." },
}

not_encoded {
  ref = "untoc-wg:43.a",
  reason = { en = "A proposal about the Working Group's future work, addressed to the Conference.",
             fr = "Une proposition sur les travaux futurs du Groupe de travail, adressée à la Conférence." },
}

not_encoded {
  ref = "untoc-wg:43.b",
  reason = { en = "A proposal about the Working Group's own work plan, addressed to the Conference.",
             fr = "Une proposition sur le plan de travail du Groupe de travail, adressée à la Conférence." },
}

-- Paragraph 43(c): a Secretariat proposal that the Working Group recommend to
-- the Conference to encourage more systematic and up-to-date statistics on the
-- use of the Convention as the legal basis for cooperation.  Followed when the
-- State's statistics record the legal basis of each request.  The two facts
-- imply one another one way: statistics that record the Convention as legal
-- basis are statistics (followed, whatever the general answer), and a State
-- that keeps no statistics keeps none on the Convention (not followed,
-- whatever the other answer).
obligation {
  ref = "untoc-wg:43.c",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Statistics on the use of the Convention as a legal basis for cooperation",
            fr = "Statistiques sur l'utilisation de la convention comme base juridique de la coopération" },
  category = "cooperation",
  text = {
    fr = [[Proposer et encourager une compilation plus systématique et une actualisation plus régulière des données statistiques concernant l’utilisation de la Convention comme base juridique de la coopération internationale en matière pénale;]],
    en = [[Propose and encourage the more systematic compilation and more regular updating of statistical data on the use of the Convention as a legal basis for international cooperation in criminal matters;]],   -- unofficial translation
  },
  serves = { "untoc:18.13" },
  facts = { "cooperation_practice.statistics", "cooperation_practice.legal_basis_statistics" },
  check = function(ctx)
    local stats = { path = "cooperation_practice.statistics", what = { en = "statistics on requests for mutual legal assistance", fr = "des statistiques sur les demandes d'entraide judiciaire" } }
    local basis = { path = "cooperation_practice.legal_basis_statistics", what = { en = "a record in them of the requests based on the Convention", fr = "l'indication, dans ces statistiques, des demandes fondées sur la convention" } }
    local practice = { stats, basis }
    if lx.stated(ctx, basis.path) == "adopted" then
      practice = { { path = basis.path, what = { en = "statistics that record the requests based on the Convention", fr = "des statistiques indiquant les demandes fondées sur la convention" } } }
    elseif lx.stated(ctx, stats.path) == "not_adopted" then practice = { stats } end
    return lx.good_practice(ctx, {
      by = { en = "a proposal of the Secretariat, for the Working Group to recommend to the Conference", fr = "une proposition du Secrétariat, que le Groupe de travail recommanderait à la Conférence" },
      presupposes = "untoc",
      practice = practice,
    })
  end,
}

not_encoded {
  ref = "untoc-wg:43.d",
  reason = { en = "About the Working Group's own meetings (practitioners in States' delegations to them): its methods, not a measure of the State's cooperation.",
             fr = "Porte sur les réunions du Groupe de travail (des praticiens dans les délégations des États) : ses méthodes, non une mesure de la coopération de l'État." },
}

not_encoded {
  ref = "untoc-wg:43.e",
  reason = { en = "About the scheduling of the Working Group's own meetings: its methods.",
             fr = "Porte sur le calendrier des réunions du Groupe de travail : ses méthodes." },
}
