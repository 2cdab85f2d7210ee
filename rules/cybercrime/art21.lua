-- Cybercrime Convention article 21 -- Prosecution, adjudication and sanctions
-- (Poursuites judiciaires, jugement et sanctions)
--
-- The twin of UNTOC art. 11 for 21(1), (3), (5) and (6), read from the SAME
-- facts (`offences` and their penalties, `prosecution.*`); 21(2), (4) and
-- (7) have no UNTOC twin and read new facts of the shared model.  Levels:
--   21(1) mandatory ("rend ... passible"): every national offence
--         implementing the Convention carries a penalty; one punishable by a
--         fine only (max_prison_years = 0) falls short.  Whether sanctions
--         are effective, proportionate and dissuasive is a judgement the
--         finding leaves to the reviewer, with the penalties.
--   21(2) optional ("peut adopter"): aggravating circumstances, e.g. attacks
--         on critical information infrastructure.
--   21(3) endeavour ("s'efforce"): discretionary powers; not applicable to a
--         State without any (strict legality), as for UNTOC 11(2).
--   21(4) mandatory ("veille"): the rights and guarantees of the defence.
--   21(5) mandatory ("prend les mesures appropriées"): release pending trial
--         or appeal, both required.  This Convention's wording decides the
--         offences: those of the Convention, not UNTOC's arts 5, 6, 8, 23;
--         the facts describe the general rules of release, which serve both.
--   21(6) mandatory ("prend en compte"): the gravity of the offences in
--         early release or parole; not applicable where national law knows
--         neither.
--   21(7) mandatory ("veillent"): measures protecting children accused.
--   21(8) saving clause: no duty (levels.lua).

local CONVENTION_OFFENCES = lx.CYBERCRIME_OFFENCES

local SEMI = { en = "; ", fr = " ; " }

obligation {
  ref = "cybercrime:21.1",
  level = "mandatory",
  title = { en = "Sanctions that take into account the gravity of the offences", fr = "Sanctions tenant compte de la gravité des infractions" },
  category = "prosecution",
  cluster = 2,
  note = "twin: untoc:11.1",
  text = {
    fr = [[Chaque État partie rend la commission d'une infraction établie conformément à la présente Convention passible de sanctions efficaces, proportionnées et dissuasives qui tiennent compte de la gravité de cette infraction.]],
    en = [[Each State Party shall make the commission of an offence established in accordance with this Convention liable to effective, proportionate and dissuasive sanctions that take into account the gravity of that offence.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local found, open_arts = lx.offences_implementing(ctx, CONVENTION_OFFENCES,
      { en = "Which offences of national law implement art. {a} of the Cybercrime Convention, and what are their maximum penalties?",
        fr = "Quelles infractions du droit national mettent en œuvre l'art. {a} de la Convention sur la cybercriminalité, et quelles sont leurs peines maximales ?" })
    local with, fine_only, open_penalty = {}, {}, false
    for _, x in ipairs(found) do
      local o = x.e.o
      if o.life_imprisonment or (o.max_prison_years and o.max_prison_years > 0) then
        with[#with + 1] = lx.t({ en = "{o}: {y}", fr = "{o} : {y}" },
                               { o = ctx:cite_offence(x.e), y = o.life_imprisonment and { en = "life imprisonment", fr = "réclusion à perpétuité" } or lx.years(o.max_prison_years) })
      elseif o.max_prison_years == 0 then
        fine_only[#fine_only + 1] = lx.t({ en = "a sanction depriving of liberty for {o} (art. {a}), punishable by a fine only",
                                           fr = "une peine privative de liberté pour {o} (art. {a}), punie d'une amende seulement" }, { o = ctx:cite_offence(x.e), a = x.art })
      else
        open_penalty = true
        ctx:ask("offences." .. x.e.id .. ".max_prison_years", lx.t({ en = "What is the maximum penalty for {o}?", fr = "Quelle est la peine maximale encourue pour {o} ?" }, { o = ctx:cite_offence(x.e) }))
      end
    end
    local listed = #with > 0 and lx.t({ en = " Maximum penalties: {l}.", fr = " Peines maximales : {l}." }, { l = lx.join(with, SEMI, SEMI) }) or { en = "", fr = "" }
    if #fine_only > 0 then
      return ctx:partly(lx.t({ en = "Some offences implementing the Convention are punishable by a fine only, which does not reflect the gravity the Convention attaches to them.{l}",
                               fr = "Certaines infractions mettant en œuvre la Convention ne sont punies que d'une amende, ce qui ne reflète pas la gravité que la Convention leur attache.{l}" },
                             { l = listed }), fine_only)
    end
    if open_penalty or #open_arts > 0 then
      local arts = #open_arts > 0 and lx.t({ en = " The profile names no offence implementing art. {a}.", fr = " Le profil ne nomme aucune infraction mettant en œuvre l'art. {a}." },
                                           { a = table.concat(open_arts, ", ") }) or { en = "", fr = "" }
      return ctx:unknown(lx.t({ en = "The profile does not give the penalties of every offence implementing the Convention.{a}{l}",
                                fr = "Le profil n'indique pas les peines de toutes les infractions mettant en œuvre la Convention.{a}{l}" },
                              { a = arts, l = listed }))
    end
    if #with == 0 then
      return ctx:not_applicable({ en = "The profile states that no offence implements the Convention's offences; the shortfall is reported under the articles that define them.",
                                  fr = "Le profil indique qu'aucune infraction ne met en œuvre les infractions de la Convention ; la lacune est relevée au titre des articles qui les définissent." })
    end
    return ctx:met(lx.t({ en = "Every offence of the profile implementing the Convention carries imprisonment.{l} Whether the sanctions are effective, proportionate and dissuasive remains to be judged on their level and application.",
                          fr = "Toute infraction du profil mettant en œuvre la Convention est punie d'emprisonnement.{l} Le caractère efficace, proportionné et dissuasif des sanctions reste à apprécier au vu de leur niveau et de leur application." },
                        { l = listed }))
  end,
}

obligation {
  ref = "cybercrime:21.2",
  level = "optional",
  title = { en = "Aggravating circumstances, including attacks on critical information infrastructure", fr = "Circonstances aggravantes, y compris les atteintes aux infrastructures d'information critiques" },
  category = "prosecution",
  cluster = 2,
  text = {
    fr = [[Chaque État partie peut adopter, conformément à son droit interne, les mesures législatives et autres nécessaires pour conférer à certaines circonstances, y compris celles qui portent atteinte à des infrastructures d'information critiques, le caractère de circonstances aggravantes des infractions établies conformément à la présente Convention.]],
    en = [[Each State Party may adopt, in accordance with its domestic law, such legislative and other measures as may be necessary to establish certain circumstances as aggravating circumstances in relation to offences established in accordance with this Convention, including circumstances that affect critical information infrastructures.]],
  },
  facts = { "prosecution.aggravating_circumstances" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prosecution.aggravating_circumstances", {
      what = { en = "aggravating circumstances of the offences established in accordance with the Convention", fr = "des circonstances aggravantes des infractions établies conformément à la Convention" } })
  end,
}

obligation {
  ref = "cybercrime:21.3",
  level = "endeavour",
  title = { en = "Discretionary powers of prosecution used to maximize effectiveness and deterrence", fr = "Pouvoirs discrétionnaires de poursuite exercés pour optimiser l'efficacité et la dissuasion" },
  category = "prosecution",
  cluster = 2,
  note = "twin: untoc:11.2",
  text = {
    fr = [[Chaque État partie s'efforce de faire en sorte que tout pouvoir judiciaire discrétionnaire conféré par son droit interne et afférent aux poursuites judiciaires engagées contre des personnes pour des infractions établies conformément à la présente Convention soit exercé de façon à optimiser l'efficacité des mesures de détection et de répression de ces infractions, compte dûment tenu de la nécessité de produire un effet dissuasif en ce qui concerne leur commission.]],
    en = [[Each State Party shall endeavour to ensure that any discretionary legal powers under its domestic law relating to the prosecution of persons for offences established in accordance with this Convention are exercised to maximize the effectiveness of law enforcement measures in respect of those offences and with due regard to the need to deter the commission of such offences.]],
  },
  facts = { "prosecution.discretion" },
  check = function(ctx)
    local v = ctx:fact("prosecution.discretion")
    if v and v.system == "strict_legality" then
      return ctx:not_applicable({ en = "National law gives no discretionary power relating to prosecution (strict legality), so there is no discretion to guide.",
                                  fr = "Le droit national ne confère aucun pouvoir discrétionnaire relatif aux poursuites (légalité stricte) : il n'y a pas de pouvoir à orienter." })
    end
    return lx.measure_finding(ctx, "prosecution.discretion", {
      what = { en = "the exercise of discretionary powers of prosecution so as to maximize the effectiveness of law enforcement and deter the offences",
               fr = "l'exercice des pouvoirs discrétionnaires de poursuite de façon à optimiser l'efficacité de la répression et à dissuader les infractions" } })
  end,
}

obligation {
  ref = "cybercrime:21.4",
  level = "mandatory",
  title = { en = "Rights and guarantees of persons prosecuted, including a fair trial", fr = "Droits et garanties des personnes poursuivies, y compris le procès équitable" },
  category = "prosecution",
  cluster = 2,
  text = {
    fr = [[Chaque État partie veille à ce que toute personne poursuivie pour une infraction établie conformément à la présente Convention bénéficie de tous les droits et garanties prévus par le droit interne, dans le respect des obligations internationales applicables qui lui incombent, y compris le droit à un procès équitable et les droits de la défense.]],
    en = [[Each State Party shall ensure that any person prosecuted for offences established in accordance with this Convention enjoys all rights and guarantees in conformity with domestic law and consistent with the applicable international obligations of the State Party, including the right to a fair trial and the rights of the defence.]],
  },
  facts = { "prosecution.defence_rights" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prosecution.defence_rights", {
      what = { en = "the rights and guarantees of persons prosecuted, including the right to a fair trial and the rights of the defence",
               fr = "les droits et garanties des personnes poursuivies, y compris le droit à un procès équitable et les droits de la défense" } })
  end,
}

obligation {
  ref = "cybercrime:21.5",
  level = "mandatory",
  title = { en = "Conditions of release pending trial or appeal", fr = "Conditions de mise en liberté dans l'attente du jugement ou de l'appel" },
  category = "prosecution",
  cluster = 2,
  note = "twin: untoc:11.3",
  text = {
    fr = [[S'agissant d'infractions établies conformément à la présente Convention, chaque État partie prend les mesures appropriées, conformément à son droit interne et compte dûment tenu des droits de la défense, pour faire en sorte que les conditions auxquelles sont subordonnées les décisions de mise en liberté dans l'attente du jugement ou de la procédure d'appel tiennent compte de la nécessité d'assurer la présence de la partie défenderesse lors de la procédure pénale ultérieure.]],
    en = [[In the case of offences established in accordance with this Convention, each State Party shall take appropriate measures, in accordance with its domestic law and with due regard to the rights of the defence, to seek to ensure that conditions imposed in connection with decisions on release pending trial or appeal take into consideration the need to ensure the presence of the defendant at subsequent criminal proceedings.]],
  },
  facts = { "prosecution.release_pending_trial", "prosecution.release_pending_appeal" },
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "prosecution.release_pending_trial",
        what = { en = "conditions of release pending trial that take into account the need to ensure the defendant's presence", fr = "des conditions de mise en liberté dans l'attente du jugement qui tiennent compte de la nécessité d'assurer la présence de la partie défenderesse" } },
      { path = "prosecution.release_pending_appeal",
        what = { en = "conditions of release pending appeal that take into account the need to ensure the defendant's presence", fr = "des conditions de mise en liberté dans l'attente de l'appel qui tiennent compte de la nécessité d'assurer la présence de la partie défenderesse" } },
    })
  end,
}

obligation {
  ref = "cybercrime:21.6",
  level = "mandatory",
  title = { en = "Gravity of the offences in decisions on early release or parole", fr = "Gravité des infractions dans les décisions de libération anticipée ou conditionnelle" },
  category = "prosecution",
  cluster = 2,
  note = "twin: untoc:11.4",
  text = {
    fr = [[Chaque État partie prend en compte la gravité des infractions concernées lorsqu'il envisage l'éventualité d'une libération anticipée ou conditionnelle de personnes reconnues coupables de les avoir commises.]],
    en = [[Each State Party shall take into account the gravity of the offences concerned when considering the eventuality of early release or parole of persons convicted of such offences.]],
  },
  facts = { "prosecution.early_release" },
  check = function(ctx)
    local v = ctx:fact("prosecution.early_release")
    if v and v.available == false then
      return ctx:not_applicable({ en = "National law provides for no early release or parole, so there is no such decision in which to weigh the gravity of the offences.",
                                  fr = "Le droit national ne prévoit ni libération anticipée ni libération conditionnelle : il n'y a pas de décision où peser la gravité des infractions." })
    end
    return lx.measure_finding(ctx, "prosecution.early_release", {
      what = { en = "a duty to take into account the gravity of the offences when considering early release or parole",
               fr = "l'obligation de prendre en compte la gravité des infractions lorsqu'est envisagée une libération anticipée ou conditionnelle" } })
  end,
}

obligation {
  ref = "cybercrime:21.7",
  level = "mandatory",
  title = { en = "Protection of children accused of offences", fr = "Protection des enfants accusés d'infractions" },
  category = "prosecution",
  cluster = 2,
  text = {
    fr = [[Les États parties veillent à ce que des mesures appropriées soient prises en droit interne pour protéger les enfants accusés d'infractions établies conformément à la présente Convention, dans le respect des obligations découlant de la Convention relative aux droits de l'enfant et des protocoles applicables s'y rapportant ainsi que d'autres instruments internationaux ou régionaux applicables.]],
    en = [[States Parties shall ensure that appropriate measures are in place under domestic law to protect children who are accused of offences established in accordance with this Convention, consistent with the obligations under the Convention on the Rights of the Child and the applicable Protocols thereto, as well as other applicable international or regional instruments.]],
  },
  facts = { "prosecution.child_defendants" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prosecution.child_defendants", {
      what = { en = "appropriate measures to protect children accused of offences", fr = "des mesures appropriées pour protéger les enfants accusés d'infractions" } })
  end,
}
