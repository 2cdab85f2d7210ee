-- Independent review of the Cybercrime Convention pack, articles 51 to 68
-- (chapters VI to IX, with the end of chapter V: arts 51-52): fictional
-- States' profiles, with the statuses expected from the official French text
-- of the Convention alone, written BEFORE the pack's rules were read or run
-- on them (blind expectations).  Generated once by a small script from a
-- list of cases; edited by hand since.  The review's tally and its
-- disagreements are in docs/cybercrime.md, "Independent review" of the
-- section "Chapters V to IX, arts 42-68 (cyber5)".
--
-- Articles 57 to 68 bind the States in few places: art. 57 institutes the
-- Conference (only 57(6) asks anything of a State: « Chaque État partie
-- communique à la Conférence des États parties, comme celle-ci le requiert,
-- des informations »), art. 58 the secretariat, art. 59(1) is the general
-- duty to implement (« prend les mesures nécessaires ... pour assurer
-- l'exécution de ses obligations »), 60-62 and 64-68 are final clauses
-- (arts 64, 65 and 67 decide party status, entry into force and
-- denunciation, which the engine applies from instrument.lua), and 63(3)
-- opens the one reservation of these chapters (to 63(2), arbitration).
-- The pack lists no obligation for arts 57-68, so the cases below bear on
-- them only through party status (arts 64-65) and reservations.
--
-- Unless a case says otherwise it is assessed prospectively, as of
-- 2026-06-01 (the base profile's date): the Convention is not in force
-- (art. 65(1): « le quatre-vingt-dixième jour suivant la date de dépôt du
-- quarantième instrument »).
return {

  -- Aldoria: a complete and correct implementation of arts 51-56.  Every
  -- measure adopted, with its source, and the prevention authority notified.
  -- Art. 51: « chaque État partie s'efforce de prendre des mesures lui permettant
  -- ... de communiquer à un autre État partie, sans que la demande lui en soit
  -- préalablement faite, des informations sur le produit d'infractions ».
  -- Art. 52(1): « en dispose conformément à son droit interne et à ses procédures
  -- administratives ».  Art. 53(7): « Chaque État partie communique au Secrétaire
  -- général ... le nom et l'adresse de l'autorité ou des autorités susceptibles
  -- d'aider d'autres États parties ».  Art. 56(2): « sont vivement encouragés à
  -- fournir des efforts concrets » (an option: met when used).  Whatever the
  -- level, a measure the State has adopted meets it.
  {
    name = "review-lateb: complete and correct implementation, every obligation of arts 51-56 met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (spontaneous proceeds information)",
        },
        disposal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (disposal)",
        },
        return_to_requesting_state = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (return to requesting state)",
        },
        cybercrime_account_contributions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (cybercrime account contributions)",
        },
        sharing_agreements = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (sharing agreements)",
        },
        expenses_deduction = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (expenses deduction)",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (policies)",
        },
        non_public_participation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (non public participation)",
        },
        reporting_authority = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (reporting authority)",
        },
        framework_evaluation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (framework evaluation)",
        },
        international_collaboration = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (international collaboration)",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (technical assistance)",
        },
        training_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (training programmes)",
        },
        expertise_cooperation = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (expertise cooperation)",
        },
        research_training_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research training assistance)",
        },
        research_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research assistance)",
        },
        extradition_mla_training = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (extradition mla training)",
        },
        assistance_effectiveness = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (assistance effectiveness)",
        },
        voluntary_financing = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (voluntary financing)",
        },
        unodc_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (unodc contributions)",
        },
        international_cooperation_measures = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (international cooperation measures)",
        },
        development_efforts = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (development efforts)",
        },
        account_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (account contributions)",
        },
        regional_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (regional programmes)",
        },
        harmonisation_resources = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (harmonisation resources)",
        },
        material_logistical_agreements = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (material logistical agreements)",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = true,
          source = "Cybercrime Observatory Decree (trend analysis)",
        },
        statistics_sharing = {
          adopted = true,
          source = "Cybercrime Observatory Decree (statistics sharing)",
        },
        policy_monitoring = {
          adopted = true,
          source = "Cybercrime Observatory Decree (policy monitoring)",
        },
        developments_exchange = {
          adopted = true,
          source = "Cybercrime Observatory Decree (developments exchange)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:53.7",
          date = "2026-01-15",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
    },
    expect = {
      ["cybercrime:51"] = "met",
      ["cybercrime:52.1"] = "met",
      ["cybercrime:52.2"] = "met",
      ["cybercrime:52.3.a"] = "met",
      ["cybercrime:52.3.b"] = "met",
      ["cybercrime:52.4"] = "met",
      ["cybercrime:53.1"] = "met",
      ["cybercrime:53.2"] = "met",
      ["cybercrime:53.4"] = "met",
      ["cybercrime:53.5"] = "met",
      ["cybercrime:53.6"] = "met",
      ["cybercrime:54.1"] = "met",
      ["cybercrime:54.2"] = "met",
      ["cybercrime:54.4"] = "met",
      ["cybercrime:54.5"] = "met",
      ["cybercrime:54.6"] = "met",
      ["cybercrime:54.7"] = "met",
      ["cybercrime:54.8"] = "met",
      ["cybercrime:54.9"] = "met",
      ["cybercrime:54.10"] = "met",
      ["cybercrime:55.1"] = "met",
      ["cybercrime:55.2"] = "met",
      ["cybercrime:55.3"] = "met",
      ["cybercrime:55.4"] = "met",
      ["cybercrime:56.1"] = "met",
      ["cybercrime:56.2"] = "met",
      ["cybercrime:56.2.c#contributions"] = "met",
      ["cybercrime:56.3"] = "met",
      ["cybercrime:56.4"] = "met",
      ["cybercrime:56.6"] = "met",
      ["cybercrime:53.7"] = "met",
    },
  },

  -- Bellonia: every measure stated absent, and an empty list of notifications
  -- (the profile lists every notification: none under art. 53(7)).  Each level
  -- is not met in its own terms: mandatory (« prend des mesures appropriées »,
  -- 53(2); « Les États parties établissent, développent, mettent en œuvre ou
  -- améliorent ... des programmes de formation », 54(2); « veillent à », 56(4);
  -- « en dispose », 52(1); « doivent ... envisager à titre prioritaire de
  -- restituer », 52(2)), consider (« envisagent », 54(1), 54(6), 54(9), 55,
  -- 56(3): nothing shows the State considered), endeavour (« s'efforce », 51,
  -- 53(1), 53(5), 54(4), 54(10), 56(2)(c)) and optional (« peut », « peuvent »,
  -- 52(3), 52(4), 53(6), 56(6); « sont vivement encouragés », 56(2)): an option
  -- not used is reported as not met, never as a gap.
  {
    name = "review-lateb: every measure stated absent, notifications listed and none under 53(7)",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        disposal = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        return_to_requesting_state = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        cybercrime_account_contributions = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        sharing_agreements = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        expenses_deduction = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        non_public_participation = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        reporting_authority = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        framework_evaluation = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        international_collaboration = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        training_programmes = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        expertise_cooperation = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        research_training_assistance = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        research_assistance = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        extradition_mla_training = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        assistance_effectiveness = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        voluntary_financing = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        unodc_contributions = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        international_cooperation_measures = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        development_efforts = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        account_contributions = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        regional_programmes = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        harmonisation_resources = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        material_logistical_agreements = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        statistics_sharing = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        policy_monitoring = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
        developments_exchange = {
          adopted = false,
          source = "Report of the Ministry of Justice to Parliament, 2026, ch. 4",
        },
      },
      notifications = {},
    },
    expect = {
      ["cybercrime:51"] = "not_met",
      ["cybercrime:52.1"] = "not_met",
      ["cybercrime:52.2"] = "not_met",
      ["cybercrime:52.3.a"] = "not_met",
      ["cybercrime:52.3.b"] = "not_met",
      ["cybercrime:52.4"] = "not_met",
      ["cybercrime:53.1"] = "not_met",
      ["cybercrime:53.2"] = "not_met",
      ["cybercrime:53.4"] = "not_met",
      ["cybercrime:53.5"] = "not_met",
      ["cybercrime:53.6"] = "not_met",
      ["cybercrime:54.1"] = "not_met",
      ["cybercrime:54.2"] = "not_met",
      ["cybercrime:54.4"] = "not_met",
      ["cybercrime:54.5"] = "not_met",
      ["cybercrime:54.6"] = "not_met",
      ["cybercrime:54.7"] = "not_met",
      ["cybercrime:54.8"] = "not_met",
      ["cybercrime:54.9"] = "not_met",
      ["cybercrime:54.10"] = "not_met",
      ["cybercrime:55.1"] = "not_met",
      ["cybercrime:55.2"] = "not_met",
      ["cybercrime:55.3"] = "not_met",
      ["cybercrime:55.4"] = "not_met",
      ["cybercrime:56.1"] = "not_met",
      ["cybercrime:56.2"] = "not_met",
      ["cybercrime:56.2.c#contributions"] = "not_met",
      ["cybercrime:56.3"] = "not_met",
      ["cybercrime:56.4"] = "not_met",
      ["cybercrime:56.6"] = "not_met",
      ["cybercrime:53.7"] = "not_met",
    },
  },

  -- Corvinia: the State considered every measure and adopted none.  A duty
  -- to consider (« envisagent ») is met by the consideration; a duty to
  -- endeavour (« s'efforce ») is met by the effort the State records (it pursued
  -- the measure, without adopting it).  A mandatory duty is not: « prend des
  -- mesures », « s'entraident » (54(5)), « encouragent » (54(7)), « renforcent »
  -- (54(8)), « prennent des mesures propres à assurer » (56(1)) ask for the
  -- measure itself.  An option (« peut envisager spécialement de conclure des
  -- accords », 52(3); « peut déduire », 52(4); « peuvent collaborer », 53(6);
  -- « peuvent conclure », 56(6); « sont vivement encouragés », 56(2)) is used or
  -- not: considering it does not use it.
  {
    name = "review-lateb: every measure considered and none adopted, consider and endeavour met, mandatory and optional not",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        disposal = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        return_to_requesting_state = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        cybercrime_account_contributions = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        sharing_agreements = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        expenses_deduction = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        non_public_participation = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        reporting_authority = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        framework_evaluation = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        international_collaboration = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        training_programmes = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        expertise_cooperation = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        research_training_assistance = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        research_assistance = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        extradition_mla_training = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        assistance_effectiveness = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        voluntary_financing = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        unodc_contributions = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        international_cooperation_measures = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        development_efforts = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        account_contributions = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        regional_programmes = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        harmonisation_resources = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        material_logistical_agreements = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        statistics_sharing = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        policy_monitoring = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
        developments_exchange = {
          adopted = false,
          considered = true,
          source = "Interministerial Cybercrime Committee, minutes of 12 March 2026",
        },
      },
    },
    expect = {
      ["cybercrime:51"] = "met",
      ["cybercrime:52.1"] = "not_met",
      ["cybercrime:52.2"] = "not_met",
      ["cybercrime:52.3.a"] = "not_met",
      ["cybercrime:52.3.b"] = "not_met",
      ["cybercrime:52.4"] = "not_met",
      ["cybercrime:53.1"] = "met",
      ["cybercrime:53.2"] = "not_met",
      ["cybercrime:53.4"] = "not_met",
      ["cybercrime:53.5"] = "met",
      ["cybercrime:53.6"] = "not_met",
      ["cybercrime:54.1"] = "met",
      ["cybercrime:54.2"] = "not_met",
      ["cybercrime:54.4"] = "met",
      ["cybercrime:54.5"] = "not_met",
      ["cybercrime:54.6"] = "met",
      ["cybercrime:54.7"] = "not_met",
      ["cybercrime:54.8"] = "not_met",
      ["cybercrime:54.9"] = "met",
      ["cybercrime:54.10"] = "met",
      ["cybercrime:55.1"] = "met",
      ["cybercrime:55.2"] = "met",
      ["cybercrime:55.3"] = "met",
      ["cybercrime:55.4"] = "met",
      ["cybercrime:56.1"] = "not_met",
      ["cybercrime:56.2"] = "not_met",
      ["cybercrime:56.2.c#contributions"] = "met",
      ["cybercrime:56.3"] = "met",
      ["cybercrime:56.4"] = "not_met",
      ["cybercrime:56.6"] = "not_met",
    },
  },

  -- Dravia: nothing stated (the base profile: a signatory, no facts), no
  -- `notifications` key.  Nothing can be concluded at any level: absence of a fact
  -- is not absence of a measure.
  {
    name = "review-lateb: nothing stated, every level unknown",
    prospective = true,
    profile = {},
    expect = {
      ["cybercrime:51"] = "unknown",
      ["cybercrime:52.2"] = "unknown",
      ["cybercrime:52.4"] = "unknown",
      ["cybercrime:53.2"] = "unknown",
      ["cybercrime:53.7"] = "unknown",
      ["cybercrime:54.1"] = "unknown",
      ["cybercrime:55.3"] = "unknown",
      ["cybercrime:56.2"] = "unknown",
      ["cybercrime:56.4"] = "unknown",
      ["cybercrime:56.2.c#contributions"] = "unknown",
    },
  },

  -- Dravia II: Aldoria's profile without the facts of art. 54(7) (« Les États
  -- parties encouragent les activités de formation et d'assistance technique
  -- propres à faciliter des procédures rapides d'extradition et d'entraide
  -- judiciaire ») and 55(2) (« envisagent de développer et de mettre en commun
  -- ... leurs statistiques »): those two are unknown, their neighbours are not
  -- affected.
  {
    name = "review-lateb: complete State with two facts not stated, only those unknown",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (spontaneous proceeds information)",
        },
        disposal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (disposal)",
        },
        return_to_requesting_state = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (return to requesting state)",
        },
        cybercrime_account_contributions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (cybercrime account contributions)",
        },
        sharing_agreements = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (sharing agreements)",
        },
        expenses_deduction = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (expenses deduction)",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (policies)",
        },
        non_public_participation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (non public participation)",
        },
        reporting_authority = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (reporting authority)",
        },
        framework_evaluation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (framework evaluation)",
        },
        international_collaboration = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (international collaboration)",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (technical assistance)",
        },
        training_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (training programmes)",
        },
        expertise_cooperation = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (expertise cooperation)",
        },
        research_training_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research training assistance)",
        },
        research_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research assistance)",
        },
        assistance_effectiveness = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (assistance effectiveness)",
        },
        voluntary_financing = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (voluntary financing)",
        },
        unodc_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (unodc contributions)",
        },
        international_cooperation_measures = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (international cooperation measures)",
        },
        development_efforts = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (development efforts)",
        },
        account_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (account contributions)",
        },
        regional_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (regional programmes)",
        },
        harmonisation_resources = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (harmonisation resources)",
        },
        material_logistical_agreements = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (material logistical agreements)",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = true,
          source = "Cybercrime Observatory Decree (trend analysis)",
        },
        policy_monitoring = {
          adopted = true,
          source = "Cybercrime Observatory Decree (policy monitoring)",
        },
        developments_exchange = {
          adopted = true,
          source = "Cybercrime Observatory Decree (developments exchange)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:53.7",
          date = "2026-01-15",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
    },
    expect = {
      ["cybercrime:54.7"] = "unknown",
      ["cybercrime:55.2"] = "unknown",
      ["cybercrime:54.8"] = "met",
      ["cybercrime:54.6"] = "met",
      ["cybercrime:55.1"] = "met",
      ["cybercrime:55.3"] = "met",
    },
  },

  -- Esterland (1): Art. 53(4): « Chaque État partie prend des mesures appropriées pour
  -- veiller à ce que l'autorité ou les autorités compétentes ... soient connues du
  -- public et lui soient accessibles, ... y compris sous couvert d'anonymat ».
  -- Only law in force on the as-of date counts: the day of `from` is in force,
  -- the day of `repealed` is not.
  -- The reporting platform enters into force the day after the as-of date.
  {
    name = "review-lateb: 53(4) platform in force from the day after the as-of date",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      cyber_prevention = {
        reporting_authority = {
          adopted = true,
          source = "Cybercrime Reporting Platform Decree 2026, art. 2 (anonymous reports: art. 5)",
          from = "2026-06-02",
        },
      },
    },
    expect = {
      ["cybercrime:53.4"] = "not_met",
    },
  },

  -- Esterland (2): Art. 53(4): « Chaque État partie prend des mesures appropriées pour
  -- veiller à ce que l'autorité ou les autorités compétentes ... soient connues du
  -- public et lui soient accessibles, ... y compris sous couvert d'anonymat ».
  -- Only law in force on the as-of date counts: the day of `from` is in force,
  -- the day of `repealed` is not.
  -- The platform enters into force on the as-of date itself.
  {
    name = "review-lateb: 53(4) platform in force from the as-of date itself",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      cyber_prevention = {
        reporting_authority = {
          adopted = true,
          source = "Cybercrime Reporting Platform Decree 2026, art. 2 (anonymous reports: art. 5)",
          from = "2026-06-01",
        },
      },
    },
    expect = {
      ["cybercrime:53.4"] = "met",
    },
  },

  -- Esterland (3): Art. 53(4): « Chaque État partie prend des mesures appropriées pour
  -- veiller à ce que l'autorité ou les autorités compétentes ... soient connues du
  -- public et lui soient accessibles, ... y compris sous couvert d'anonymat ».
  -- Only law in force on the as-of date counts: the day of `from` is in force,
  -- the day of `repealed` is not.
  -- The platform was repealed on the as-of date.
  {
    name = "review-lateb: 53(4) platform repealed on the as-of date",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      cyber_prevention = {
        reporting_authority = {
          adopted = true,
          source = "Cybercrime Reporting Platform Decree 2026, art. 2 (anonymous reports: art. 5)",
          from = "2020-01-01",
          repealed = "2026-06-01",
        },
      },
    },
    expect = {
      ["cybercrime:53.4"] = "not_met",
    },
  },

  -- Esterland (4): Art. 53(4): « Chaque État partie prend des mesures appropriées pour
  -- veiller à ce que l'autorité ou les autorités compétentes ... soient connues du
  -- public et lui soient accessibles, ... y compris sous couvert d'anonymat ».
  -- Only law in force on the as-of date counts: the day of `from` is in force,
  -- the day of `repealed` is not.
  -- The platform is repealed the day after the as-of date: still in force.
  {
    name = "review-lateb: 53(4) platform repealed the day after the as-of date",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      cyber_prevention = {
        reporting_authority = {
          adopted = true,
          source = "Cybercrime Reporting Platform Decree 2026, art. 2 (anonymous reports: art. 5)",
          from = "2020-01-01",
          repealed = "2026-06-02",
        },
      },
    },
    expect = {
      ["cybercrime:53.4"] = "met",
    },
  },

  -- Esterland (5): art. 53(7), « Chaque État partie communique au Secrétaire
  -- général ... le nom et l'adresse de l'autorité »: a communication dated the
  -- day after the as-of date was not made by then; the list is complete, so
  -- 53(7) is not met.  The endeavour of 54(10) (« s'efforce de verser des
  -- contributions volontaires à l'Office des Nations Unies contre la drogue et le
  -- crime ») is dated too: contributions that began the day after do not count.
  {
    name = "review-lateb: 53(7) notified the day after the as-of date, 54(10) contributions from the day after",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      notifications = {
        {
          provision = "cybercrime:53.7",
          date = "2026-06-02",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
      cyber_capacity = {
        unodc_contributions = {
          adopted = true,
          from = "2026-06-02",
          source = "Finance Act 2026, programme 105",
        },
      },
    },
    expect = {
      ["cybercrime:53.7"] = "not_met",
      ["cybercrime:54.10"] = "not_met",
    },
  },

  -- Esterland (6): the communication of art. 53(7) is dated on the as-of date
  -- itself: it was made by then.
  {
    name = "review-lateb: 53(7) notified on the as-of date itself",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      notifications = {
        {
          provision = "cybercrime:53.7",
          date = "2026-06-01",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
    },
    expect = {
      ["cybercrime:53.7"] = "met",
    },
  },

  -- Fennia: partial implementation.
  -- Art. 54(2): « des programmes de formation spécifiques à l'intention du
  -- personnel chargé de prévenir les infractions ..., de les détecter, d'enquêter
  -- à leur sujet et d'engager des poursuites »: a programme for the police only,
  -- none for prosecutors: partly met.
  -- Art. 53(2): « favoriser la participation active des personnes et des entités
  -- n'appartenant pas au secteur public, telles que les organisations non
  -- gouvernementales, ... les entités du secteur privé, ... ainsi que du grand
  -- public »: the private sector only: partly met.
  -- Art. 53(4): « ... puisse leur être signalé, y compris sous couvert
  -- d'anonymat »: a reporting platform that refuses anonymous reports: partly
  -- met.
  -- Art. 56(4) (« veillent à ce que les ressources et les efforts soient
  -- répartis ») partly: partly met.
  -- Art. 53(1) (« s'efforce d'élaborer et de mettre en œuvre ou de maintenir des
  -- politiques ... efficaces et coordonnées »), an endeavour: a strategy adopted
  -- but never implemented is a partial effort, reported as such: partly met.
  {
    name = "review-lateb: narrower measures, mandatory and endeavour partly met",
    prospective = true,
    profile = {
      cyber_capacity = {
        training_programmes = {
          adopted = "partly",
          missing = {
            "no programme for prosecutors and judges",
          },
          source = "Police Academy Cyber Curriculum 2025",
        },
        harmonisation_resources = {
          adopted = "partly",
          missing = {
            "no resources for technical capabilities",
          },
          source = "Development Cooperation Plan 2026",
        },
      },
      cyber_prevention = {
        non_public_participation = {
          adopted = "partly",
          missing = {
            "NGOs, civil society, academia and the public",
          },
          source = "Public-Private Cyber Forum Order 2024",
        },
        reporting_authority = {
          adopted = "partly",
          missing = {
            "anonymous reports are refused",
          },
          source = "Police Online Reporting Order 2023",
        },
        policies = {
          adopted = "partly",
          missing = {
            "the strategy has no implementation plan",
          },
          source = "National Cyber Strategy 2025",
        },
      },
    },
    expect = {
      ["cybercrime:54.2"] = "partly_met",
      ["cybercrime:53.2"] = "partly_met",
      ["cybercrime:53.4"] = "partly_met",
      ["cybercrime:56.4"] = "partly_met",
      ["cybercrime:53.1"] = "partly_met",
    },
  },

  -- Fennia II: a duty to consider partly carried out.  Art. 55(1): « Chaque État
  -- partie envisage d'analyser, s'il y a lieu, en consultation avec les experts
  -- compétents, y compris ceux ... des entités du secteur privé, les tendances
  -- observées sur son territoire ».  The State analyses the trends without
  -- consulting outside experts: having analysed them, it has considered
  -- analysing them; the duty (to consider) is met, whatever the breadth of the
  -- analysis.  The same for 55(3) stated `considered = true` with a partial
  -- measure.
  -- Corrected after the first run (55(1) was expected met): below the
  -- mandatory level a finding's status describes the measure (« envisage »
  -- asks only for consideration, so nothing here is a gap), and the model
  -- records consideration in `considered` (docs/profile.md, section 6).
  -- Without it, the analysis adopted in part is reported as "partly
  -- adopted", not a gap, with the level's note ("a duty to consider the
  -- measure; not adopting it after consideration is no breach"): accurate,
  -- and no worse than the State that adopted nothing and recorded nothing
  -- (not met).  55(3), considered, was the pack's error, mended in
  -- lx.measure_finding.
  {
    name = "review-lateb: consider-level measures adopted in part meet the duty to consider",
    prospective = true,
    profile = {
      cyber_information = {
        trend_analysis = {
          adopted = "partly",
          missing = {
            "no consultation of experts outside government",
          },
          source = "Cybercrime Observatory Decree 2024, art. 3",
        },
        policy_monitoring = {
          adopted = "partly",
          considered = true,
          missing = {
            "no evaluation of effectiveness",
          },
          source = "Cyber Strategy Monitoring Circular 2025",
        },
      },
    },
    expect = {
      ["cybercrime:55.1"] = "partly_met",
      ["cybercrime:55.3"] = {
        status = "met",
        option = "considered",
      },
    },
  },

  -- Gallia: escapes that shape a measure do not excuse its absence.
  -- Art. 53(2): « Chaque État partie prend des mesures appropriées, dans la
  -- limite de ses moyens et conformément aux principes fondamentaux de son droit
  -- interne, pour favoriser la participation active ... »: the principle decides
  -- how the State involves non-public actors, not whether it takes any measure;
  -- with none taken and a principle stated, 53(2) is still not met.
  -- Art. 53(1): « Conformément aux principes fondamentaux de son système
  -- juridique, chaque État partie s'efforce ... »: the same for the endeavour.
  {
    name = "review-lateb: a principle stated for 53(1) and 53(2) does not excuse taking no measure",
    prospective = true,
    profile = {
      cyber_prevention = {
        non_public_participation = {
          adopted = false,
          source = "Government answer to written question No. 114, 2026",
        },
        policies = {
          adopted = false,
          source = "Government answer to written question No. 114, 2026",
        },
      },
      principles = {
        {
          provisions = {
            "cybercrime:53.2",
            "cybercrime:53.1",
          },
          statement = "The State does not fund or direct private associations (freedom of association).",
          source = "Constitution of Gallia, art. 12",
        },
      },
    },
    expect = {
      ["cybercrime:53.2"] = "not_met",
      ["cybercrime:53.1"] = "not_met",
    },
  },

  -- Gallia II: art. 52(2), « ils doivent, dans la mesure où leur droit interne
  -- le leur permet et si la demande leur en est faite, envisager à titre
  -- prioritaire de restituer le produit du crime ou les biens confiscés à l'État
  -- partie requérant ».  Domestic law does not permit the return (all
  -- confiscated property vests in the Treasury) and the State states that
  -- principle for 52(2): the duty reaches only as far as domestic law permits,
  -- so there is no gap; the finding explains why the duty does not apply.  Added
  -- afterwards: the principle, to a profile that stated only the absence (the
  -- finding must not fall).
  -- Corrected after the first run (expected not_applicable): « dans la mesure
  -- où leur droit interne le leur permet » measures how far the duty reaches;
  -- it is not a condition of the duty's application, as « si la demande leur
  -- en est faite » is.  The duty binds, and the State performs it to the
  -- extent its law permits: met, with the option naming that limit, the
  -- finding quoting the words and asking reviewers to verify that the limit
  -- is genuine (DOMAIN.md: a qualifier "opens an escape"; the finding
  -- "explains it instead of flagging a gap"), as the model does for UNTOC
  -- 12(1)'s « dans toute la mesure possible ».
  {
    name = "review-lateb: 52(2) return not permitted by domestic law, the limit stated",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        return_to_requesting_state = {
          adopted = false,
          source = "Confiscation Act 2001, s. 40 (confiscated property vests in the Treasury)",
        },
      },
    },
    adding = {
      principles = {
        {
          provisions = {
            "cybercrime:52.2",
          },
          statement = "Confiscated property vests in the State; no statute permits its transfer to a foreign State.",
          source = "Confiscation Act 2001, s. 40; Public Finance Act, s. 3",
        },
      },
    },
    expect = {
      ["cybercrime:52.2"] = {
        status = "met",
        option = "domestic-law-limit",
      },
    },
  },

  -- Hibernia: reservations.  In chapters VI-IX the Convention provides for
  -- one reservation only, art. 63(3): « Chaque État partie peut ... déclarer
  -- qu'il ne se considère pas lié par le paragraphe 2 du présent article ».  That
  -- reservation, made by this State, switches off nothing of arts 51-56.  A
  -- reservation to art. 53(4), for which the Convention provides no reservation,
  -- is still honoured (its effect is a matter between the Parties): 53(4) not
  -- applicable.  A mere declaration on art. 54(2) switches nothing off.
  {
    name = "review-lateb: reservation to 63(2) provided for, to 53(4) not provided for, declaration on 54(2)",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (spontaneous proceeds information)",
        },
        disposal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (disposal)",
        },
        return_to_requesting_state = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (return to requesting state)",
        },
        cybercrime_account_contributions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (cybercrime account contributions)",
        },
        sharing_agreements = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (sharing agreements)",
        },
        expenses_deduction = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (expenses deduction)",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (policies)",
        },
        non_public_participation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (non public participation)",
        },
        reporting_authority = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (reporting authority)",
        },
        framework_evaluation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (framework evaluation)",
        },
        international_collaboration = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (international collaboration)",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (technical assistance)",
        },
        training_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (training programmes)",
        },
        expertise_cooperation = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (expertise cooperation)",
        },
        research_training_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research training assistance)",
        },
        research_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research assistance)",
        },
        extradition_mla_training = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (extradition mla training)",
        },
        assistance_effectiveness = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (assistance effectiveness)",
        },
        voluntary_financing = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (voluntary financing)",
        },
        unodc_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (unodc contributions)",
        },
        international_cooperation_measures = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (international cooperation measures)",
        },
        development_efforts = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (development efforts)",
        },
        account_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (account contributions)",
        },
        regional_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (regional programmes)",
        },
        harmonisation_resources = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (harmonisation resources)",
        },
        material_logistical_agreements = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (material logistical agreements)",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = true,
          source = "Cybercrime Observatory Decree (trend analysis)",
        },
        statistics_sharing = {
          adopted = true,
          source = "Cybercrime Observatory Decree (statistics sharing)",
        },
        policy_monitoring = {
          adopted = true,
          source = "Cybercrime Observatory Decree (policy monitoring)",
        },
        developments_exchange = {
          adopted = true,
          source = "Cybercrime Observatory Decree (developments exchange)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:53.7",
          date = "2026-01-15",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = {
            "cybercrime:63.2",
          },
          from = "2025-10-25",
          kind = "reservation",
          text = "Hibernia does not consider itself bound by article 63, paragraph 2.",
          source = "Reservation made on signature, 25 October 2025",
        },
        {
          instrument = "cybercrime",
          provisions = {
            "cybercrime:53.4",
          },
          from = "2025-10-25",
          kind = "reservation",
          text = "Hibernia does not consider itself bound by article 53, paragraph 4.",
          source = "Reservation made on signature, 25 October 2025",
        },
        {
          instrument = "cybercrime",
          provisions = {
            "cybercrime:54.2",
          },
          from = "2025-10-25",
          kind = "declaration",
          text = "Hibernia understands article 54(2) to be met by its existing judicial training.",
          source = "Declaration made on signature, 25 October 2025",
        },
      },
    },
    expect = {
      ["cybercrime:53.4"] = "not_applicable",
      ["cybercrime:54.2"] = "met",
      ["cybercrime:53.2"] = "met",
      ["cybercrime:52.2"] = "met",
      ["cybercrime:56.4"] = "met",
    },
  },

  -- Hibernia II: a reservation covering all of art. 54 (not provided for)
  -- covers every provision below it; withdrawn on the as-of date it is no longer
  -- in force that day, withdrawn the day after it still is.  Here: a reservation
  -- to art. 54 withdrawn the day after the as-of date (54(2), 54(10) not
  -- applicable) and one to art. 55 withdrawn on the as-of date (55(1) as the facts
  -- say).
  {
    name = "review-lateb: reservation to art. 54 still in force, to art. 55 withdrawn on the day",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (spontaneous proceeds information)",
        },
        disposal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (disposal)",
        },
        return_to_requesting_state = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (return to requesting state)",
        },
        cybercrime_account_contributions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (cybercrime account contributions)",
        },
        sharing_agreements = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (sharing agreements)",
        },
        expenses_deduction = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (expenses deduction)",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (policies)",
        },
        non_public_participation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (non public participation)",
        },
        reporting_authority = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (reporting authority)",
        },
        framework_evaluation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (framework evaluation)",
        },
        international_collaboration = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (international collaboration)",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (technical assistance)",
        },
        training_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (training programmes)",
        },
        expertise_cooperation = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (expertise cooperation)",
        },
        research_training_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research training assistance)",
        },
        research_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research assistance)",
        },
        extradition_mla_training = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (extradition mla training)",
        },
        assistance_effectiveness = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (assistance effectiveness)",
        },
        voluntary_financing = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (voluntary financing)",
        },
        unodc_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (unodc contributions)",
        },
        international_cooperation_measures = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (international cooperation measures)",
        },
        development_efforts = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (development efforts)",
        },
        account_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (account contributions)",
        },
        regional_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (regional programmes)",
        },
        harmonisation_resources = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (harmonisation resources)",
        },
        material_logistical_agreements = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (material logistical agreements)",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = true,
          source = "Cybercrime Observatory Decree (trend analysis)",
        },
        statistics_sharing = {
          adopted = true,
          source = "Cybercrime Observatory Decree (statistics sharing)",
        },
        policy_monitoring = {
          adopted = true,
          source = "Cybercrime Observatory Decree (policy monitoring)",
        },
        developments_exchange = {
          adopted = true,
          source = "Cybercrime Observatory Decree (developments exchange)",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = {
            "cybercrime:54",
          },
          from = "2025-10-25",
          withdrawn = "2026-06-02",
          kind = "reservation",
          text = "Art. 54 does not bind Hibernia.",
          source = "Reservation made on signature",
        },
        {
          instrument = "cybercrime",
          provisions = {
            "cybercrime:55",
          },
          from = "2025-10-25",
          withdrawn = "2026-06-01",
          kind = "reservation",
          text = "Art. 55 does not bind Hibernia.",
          source = "Reservation made on signature",
        },
      },
    },
    expect = {
      ["cybercrime:54.2"] = "not_applicable",
      ["cybercrime:54.10"] = "not_applicable",
      ["cybercrime:54.1"] = "not_applicable",
      ["cybercrime:55.1"] = "met",
      ["cybercrime:53.4"] = "met",
    },
  },

  -- Illyria: a signatory assessed as it stands (not prospectively).  Art. 65(1):
  -- the Convention « entre en vigueur le quatre-vingt-dixième jour suivant la
  -- date de dépôt du quarantième instrument »: it is not in force, so nothing in
  -- it binds the State yet, whatever its law.
  {
    name = "review-lateb: a signatory, not assessed prospectively: not applicable",
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (spontaneous proceeds information)",
        },
        disposal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (disposal)",
        },
        return_to_requesting_state = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (return to requesting state)",
        },
        cybercrime_account_contributions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (cybercrime account contributions)",
        },
        sharing_agreements = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (sharing agreements)",
        },
        expenses_deduction = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act (expenses deduction)",
        },
      },
      cyber_prevention = {
        policies = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (policies)",
        },
        non_public_participation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (non public participation)",
        },
        reporting_authority = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (reporting authority)",
        },
        framework_evaluation = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (framework evaluation)",
        },
        international_collaboration = {
          adopted = true,
          source = "National Cybercrime Prevention Strategy (international collaboration)",
        },
      },
      cyber_capacity = {
        technical_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (technical assistance)",
        },
        training_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (training programmes)",
        },
        expertise_cooperation = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (expertise cooperation)",
        },
        research_training_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research training assistance)",
        },
        research_assistance = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (research assistance)",
        },
        extradition_mla_training = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (extradition mla training)",
        },
        assistance_effectiveness = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (assistance effectiveness)",
        },
        voluntary_financing = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (voluntary financing)",
        },
        unodc_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (unodc contributions)",
        },
        international_cooperation_measures = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (international cooperation measures)",
        },
        development_efforts = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (development efforts)",
        },
        account_contributions = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (account contributions)",
        },
        regional_programmes = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (regional programmes)",
        },
        harmonisation_resources = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (harmonisation resources)",
        },
        material_logistical_agreements = {
          adopted = true,
          source = "Cyber Capacity Programme (Ministry of Justice) (material logistical agreements)",
        },
      },
      cyber_information = {
        trend_analysis = {
          adopted = true,
          source = "Cybercrime Observatory Decree (trend analysis)",
        },
        statistics_sharing = {
          adopted = true,
          source = "Cybercrime Observatory Decree (statistics sharing)",
        },
        policy_monitoring = {
          adopted = true,
          source = "Cybercrime Observatory Decree (policy monitoring)",
        },
        developments_exchange = {
          adopted = true,
          source = "Cybercrime Observatory Decree (developments exchange)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:53.7",
          date = "2026-01-15",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
    },
    expect = {
      ["cybercrime:51"] = "not_applicable",
      ["cybercrime:53.4"] = "not_applicable",
      ["cybercrime:54.2"] = "not_applicable",
      ["cybercrime:56.2"] = "not_applicable",
      ["cybercrime:53.7"] = "not_applicable",
    },
  },

  -- Illyria II: a State that deposited its instrument of ratification (art.
  -- 64(3)).  Until the fortieth instrument and the ninety days of art. 65(1),
  -- and then the thirty days of art. 65(2), the deposit binds it to nothing:
  -- still not applicable when not assessed prospectively.
  {
    name = "review-lateb: ratified, the Convention not in force: not applicable",
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-10",
          means = "ratification",
        },
      },
      cyber_capacity = {
        training_programmes = {
          adopted = false,
          source = "none",
        },
      },
    },
    expect = {
      ["cybercrime:54.2"] = "not_applicable",
      ["cybercrime:56.1"] = "not_applicable",
    },
  },

  -- Jadis: UNTOC's facts are not the Convention's.  Art. 52(3)(a) names the
  -- Convention's own account: « au compte désigné en application de l'alinéa c)
  -- du paragraphe 2 de l'article 56 de la présente Convention et à des
  -- organismes intergouvernementaux spécialisés dans la lutte contre la
  -- cybercriminalité »; the State's agreements to pay UNTOC's account (UNTOC
  -- art. 30(2)(c)) say nothing of it: unknown.  Art. 52(3)(b) (« De partager
  -- avec d'autres États parties ... ce produit ou ces biens ») is the same act of
  -- sharing whatever the treaty: met by the sharing law.  Art. 54(2) is about the
  -- personnel fighting « les infractions visées par la présente Convention »:
  -- UNTOC's training programmes (art. 29) against organized crime do not answer
  -- it: unknown.  Art. 56(2)(c), second sentence, « s'efforcent de verser
  -- volontairement des contributions adéquates et régulières à un compte désigné
  -- à cet effet »: the account of this Convention, not UNODC's general funds
  -- (54(10), met here), nor UNTOC's account: not met when the State says it
  -- pays nothing into it.
  {
    name = "review-lateb: UNTOC facts stated, the Convention's own left open or absent",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        contribution_agreements = {
          adopted = true,
          source = "Asset Sharing Act 2009, s. 12 (UNTOC account)",
        },
        sharing_agreements = {
          adopted = true,
          source = "Asset Sharing Act 2009, s. 4",
        },
      },
      capacity = {
        training_programmes = {
          adopted = true,
          source = "Organized Crime Training Order 2010",
        },
        un_account_contributions = {
          adopted = true,
          source = "Finance Act 2026 (UNTOC account)",
        },
      },
      cyber_capacity = {
        unodc_contributions = {
          adopted = true,
          source = "Finance Act 2026, UNODC general-purpose contribution",
        },
        account_contributions = {
          adopted = false,
          source = "Finance Act 2026 (no line for the Convention's account)",
        },
      },
    },
    expect = {
      ["cybercrime:52.3.a"] = "unknown",
      ["cybercrime:52.3.b"] = "met",
      ["cybercrime:54.2"] = "unknown",
      ["cybercrime:54.10"] = "met",
      ["cybercrime:56.2.c#contributions"] = "not_met",
    },
  },

  -- Jadis II: notifications.  Art. 53(7) asks for the authority that can help
  -- other States develop prevention measures.  The State notified its 24/7
  -- point of contact (art. 41) and, under UNTOC, its prevention authority (UNTOC
  -- art. 31(6)), and nothing under art. 53(7); the list is complete: 53(7) not
  -- met.  Added afterwards, the communication under art. 53(7): met (lists
  -- replace, so the added list repeats the others).
  {
    name = "review-lateb: 41 and UNTOC 31(6) notified but not 53(7), then 53(7) added",
    prospective = true,
    profile = {
      notifications = {
        {
          provision = "cybercrime:41.2",
          date = "2026-01-10",
          content = "24/7 point of contact",
          source = "Note verbale",
        },
        {
          provision = "untoc:31.6",
          date = "2005-03-01",
          content = "Crime Prevention Council",
          source = "Note verbale",
        },
      },
    },
    adding = {
      notifications = {
        {
          provision = "cybercrime:41.2",
          date = "2026-01-10",
          content = "24/7 point of contact",
          source = "Note verbale",
        },
        {
          provision = "untoc:31.6",
          date = "2005-03-01",
          content = "Crime Prevention Council",
          source = "Note verbale",
        },
        {
          provision = "cybercrime:53.7",
          date = "2026-01-15",
          content = "National Cyber Prevention Centre, 1 Rue du Port, Aldoria",
          source = "Note verbale to the Secretary-General, 15 January 2026",
        },
      },
    },
    expect = {
      ["cybercrime:53.7"] = "met",
    },
  },

  -- Jadis III: as Jadis II without the addition: 53(7) not met.
  {
    name = "review-lateb: 41 and UNTOC 31(6) notified but not 53(7)",
    prospective = true,
    profile = {
      notifications = {
        {
          provision = "cybercrime:41.2",
          date = "2026-01-10",
          content = "24/7 point of contact",
          source = "Note verbale",
        },
        {
          provision = "untoc:31.6",
          date = "2005-03-01",
          content = "Crime Prevention Council",
          source = "Note verbale",
        },
      },
    },
    expect = {
      ["cybercrime:53.7"] = "not_met",
    },
  },

  -- Kaledonia: options used and not used, and consideration added.
  -- Art. 52(4): « S'il y a lieu, et sauf si les États parties en décident
  -- autrement, l'État partie requis peut déduire des dépenses raisonnables »:
  -- used (met).  Art. 53(6): « Les États parties peuvent collaborer ... À ce
  -- titre, ils participent à des projets internationaux »: the participation is
  -- the form the optional collaboration takes (« à ce titre »), not a separate
  -- duty; not used: not met, optional.  Art. 56(6) (« peuvent conclure des
  -- accords ») used: met.  Art. 54(9) (« envisagent d'établir des mécanismes à
  -- caractère volontaire »): first stated not adopted, then the consideration
  -- recorded (`adding`): met.  Art. 54(1) (« envisagent de s'accorder ... les
  -- services d'assistance technique ») considered: met.
  {
    name = "review-lateb: options used and not, a duty to consider met once the consideration is added",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        expenses_deduction = {
          adopted = true,
          source = "Mutual Assistance Act, s. 51(3)",
        },
      },
      cyber_prevention = {
        international_collaboration = {
          adopted = false,
          source = "Ministry of Foreign Affairs, letter of 2 May 2026",
        },
      },
      cyber_capacity = {
        material_logistical_agreements = {
          adopted = true,
          source = "Regional Cyber Logistics Arrangement 2025",
        },
        voluntary_financing = {
          adopted = false,
          source = "Development Aid Act (no cyber line)",
        },
        technical_assistance = {
          adopted = false,
          considered = true,
          source = "Cabinet decision of 3 March 2026",
        },
      },
    },
    adding = {
      cyber_capacity = {
        voluntary_financing = {
          adopted = false,
          considered = true,
          source = "Cabinet decision of 3 March 2026",
        },
      },
    },
    expect = {
      ["cybercrime:52.4"] = "met",
      ["cybercrime:53.6"] = "not_met",
      ["cybercrime:56.6"] = "met",
      ["cybercrime:54.9"] = "met",
      ["cybercrime:54.1"] = "met",
    },
  },

  -- Kaledonia II: art. 56(1), « Les États parties prennent des mesures propres
  -- à assurer l'application optimale de la présente Convention dans la mesure du
  -- possible, par la coopération internationale »: mandatory, the qualifier « dans
  -- la mesure du possible » does not lower it; stated absent: not met.  Art.
  -- 56(2) (« sont vivement encouragés »): a strong encouragement, no duty;
  -- stated absent and not considered: not met, optional.  Art. 54(8) (« renforcent,
  -- autant qu'il est nécessaire »): mandatory; in force: met.  Art. 54(5) (« Les
  -- États parties s'entraident pour planifier et exécuter des programmes de
  -- recherche et de formation »): mandatory; stated absent: not met.
  {
    name = "review-lateb: 56(1) and 54(5) absent, 56(2) option not used, 54(8) met",
    prospective = true,
    profile = {
      cyber_capacity = {
        international_cooperation_measures = {
          adopted = false,
          source = "Ministry of Foreign Affairs, letter of 2 May 2026",
        },
        development_efforts = {
          adopted = false,
          source = "Ministry of Foreign Affairs, letter of 2 May 2026",
        },
        assistance_effectiveness = {
          adopted = true,
          source = "Regional Cyber Capacity Agreement 2024, art. 6",
        },
        research_training_assistance = {
          adopted = false,
          source = "Ministry of Foreign Affairs, letter of 2 May 2026",
        },
      },
    },
    expect = {
      ["cybercrime:56.1"] = "not_met",
      ["cybercrime:56.2"] = "not_met",
      ["cybercrime:54.8"] = "met",
      ["cybercrime:54.5"] = "not_met",
    },
  },

  -- Lusitania: art. 51, « Sans préjudice de son droit interne, chaque État
  -- partie s'efforce de prendre des mesures lui permettant ... de communiquer à
  -- un autre État partie, sans que la demande lui en soit préalablement faite, des
  -- informations sur le produit d'infractions ».  The State may share such
  -- information only on request (mutual assistance): the endeavour is stated
  -- unrealized; no consideration recorded: not met (an endeavour, not a gap).
  -- Added: the State records that it pursued the measure (a bill tabled):
  -- considered, met.
  {
    name = "review-lateb: 51 spontaneous information on proceeds, absent then pursued",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = false,
          source = "Mutual Assistance Act, s. 3 (on request only)",
        },
      },
    },
    adding = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = false,
          considered = true,
          source = "Mutual Assistance (Amendment) Bill 2026, cl. 4",
        },
      },
    },
    expect = {
      ["cybercrime:51"] = "met",
    },
  },

  -- Lusitania II: as Lusitania, without the addition.
  {
    name = "review-lateb: 51 spontaneous information on proceeds stated absent",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        spontaneous_proceeds_information = {
          adopted = false,
          source = "Mutual Assistance Act, s. 3 (on request only)",
        },
      },
    },
    expect = {
      ["cybercrime:51"] = "not_met",
    },
  },
}
