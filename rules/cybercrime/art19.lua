-- Cybercrime Convention article 19 -- Participation and attempt
-- (Participation et tentative)
--
-- 19(1) mandatory ("adopte"): participation "sous quelque forme que ce soit,
-- par exemple par voie de complicité, d'assistance ou d'instigation" in any
-- offence of the Convention.  Read from the general part of criminal law
-- (`general_part.complicity`), the same fact UNTOC arts 5(1)(b) and
-- 6(1)(b)(ii) read: a general rule on complicity reaches every offence it
-- applies to.  UNTOC has no general twin (its participation is art. 5's
-- organized criminal group); this Convention's wording decides.
-- 19(2) attempt and 19(3) preparation: optional ("peut adopter"); reported,
-- never gaps.  Preparation is a new fact of the shared model
-- (`general_part.preparation`): a general rule or specific offences (making
-- tools available, a group formed to prepare the offences).

obligation {
  ref = "cybercrime:19.1",
  level = "mandatory",
  title = { en = "Participation as an accomplice, assistant or instigator", fr = "Participation par voie de complicité, d'assistance ou d'instigation" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement, au fait de participer sous quelque forme que ce soit, par exemple par voie de complicité, d'assistance ou d'instigation, à une infraction établie conformément à la présente Convention.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence, in accordance with its domestic law, when committed intentionally, the participation in any capacity, such as an accomplice, assistant or instigator, in an offence established in accordance with this Convention.]],
  },
  facts = { "general_part.complicity" },
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.complicity", {
      what = { en = "the punishment of participation as an accomplice, assistant or instigator in the offences established in accordance with the Convention",
               fr = "la répression de la participation, par voie de complicité, d'assistance ou d'instigation, aux infractions établies conformément à la Convention" } })
  end,
}

obligation {
  ref = "cybercrime:19.2",
  level = "optional",
  title = { en = "Attempt", fr = "Tentative" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie peut adopter les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement, au fait de tenter de commettre une infraction établie conformément à la présente Convention.]],
    en = [[Each State Party may adopt such legislative and other measures as may be necessary to establish as a criminal offence, in accordance with its domestic law, when committed intentionally, any attempt to commit an offence established in accordance with this Convention.]],
  },
  facts = { "general_part.attempt" },
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.attempt", {
      what = { en = "the punishment of attempts to commit the offences established in accordance with the Convention",
               fr = "la répression de la tentative des infractions établies conformément à la Convention" } })
  end,
}

obligation {
  ref = "cybercrime:19.3",
  level = "optional",
  title = { en = "Preparation", fr = "Préparation" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie peut adopter les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement, au fait de préparer une infraction établie conformément à la présente Convention.]],
    en = [[Each State Party may adopt such legislative and other measures as may be necessary to establish as a criminal offence, in accordance with its domestic law, when committed intentionally, the preparation for an offence established in accordance with this Convention.]],
  },
  facts = { "general_part.preparation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.preparation", {
      what = { en = "the punishment of the preparation of the offences established in accordance with the Convention",
               fr = "la répression de la préparation des infractions établies conformément à la Convention" } })
  end,
}
