-- Cybercrime Convention article 31 -- Freezing, seizure and confiscation of
-- the proceeds of crime (Gel, saisie et confiscation du produit du crime)
--
-- The twin of UNTOC art. 12, read from the SAME facts (`confiscation.*`): one
-- national confiscation regime serves both treaties.  Each rule's `note`
-- names its UNTOC twin ("twin: untoc:12.1.a") for a report holding both
-- (docs/cybercrime.md).  Levels (DOMAIN §2 traps):
--   31(1)(a), (b)  mandatory ("adopte, dans toute la mesure possible dans le
--                  cadre de son système juridique interne": a qualifier, not
--                  a lower level)
--   31(2)          mandatory: identification, tracing, freezing or seizure
--   31(3)          mandatory: administration of frozen, seized and
--                  confiscated property; no UNTOC twin (new fact
--                  `confiscation.property_management`)
--   31(4), (6)     "peuvent faire l'objet de" and 31(5) "peuvent être
--                  confisqués": mandatory ("shall be liable to"), as UNTOC
--                  12(3)-(5)
--   31(7)          mandatory: power to order bank, financial or commercial
--                  records (clause records) and "ne peut invoquer le secret
--                  bancaire" (clause bank-secrecy): a prohibition, mandatory
--   31(8)          optional ("peut envisager"): reversed burden of proof
--   31(9), (10)    saving clauses: no duty (levels.lua)
-- 31(1)(b) reaches instruments "utilisés ou destinés à être utilisés": both
-- limbs are required, as UNTOC 12(1)(b).
-- 31(1)'s qualifier "dans toute la mesure possible dans le cadre de son
-- système juridique interne" opens an escape, as UNTOC 12(1)'s: a State that
-- records under principles, for cybercrime:31.1 or the sub-paragraph, the
-- limit of its legal system has its shortcoming explained rather than
-- reported as a gap (met, option "greatest-extent-possible";
-- lx.principle_escape).  A principle recorded for UNTOC 12(1) only does not
-- speak for this Convention.

-- The declaration of an obligation met by one measure of `confiscation`, or
-- by all of several (`parts`, each { path, what }: lx.all_of); `twin` names
-- the UNTOC obligation read from the same facts; `escape`, for 31(1), the
-- qualifier's words and option (lx.principle_escape).  Declared at the call
-- site, obligation(measures(...)), so that reports point to its own line.
local function measures(ref, clause, title, level, parts, text_fr, text_en, twin, escape)
  local facts = {}
  for i, p in ipairs(parts) do facts[i] = p.path end
  return {
    ref = ref,
    clause = clause,
    level = level,
    title = title,
    category = "confiscation",
    cluster = 4,
    text = { fr = text_fr, en = text_en },
    facts = facts,
    note = twin and ("twin: " .. twin) or nil,
    check = function(ctx)
      local r
      if #parts == 1 then r = lx.measure_finding(ctx, parts[1].path, { what = parts[1].what })
      else r = lx.all_of(ctx, parts) end
      if escape then r = lx.principle_escape(ctx, r, ref, escape.words, escape.option) end
      return r
    end,
  }
end

local CH1 = [[Chaque État partie adopte, dans toute la mesure possible dans le cadre de son système juridique interne, les mesures nécessaires pour permettre la confiscation : ]]
local CH1_EN = [[Each State Party shall adopt, to the greatest extent possible within its domestic legal system, such measures as may be necessary to enable confiscation of: ]]
-- The qualifier of 31(1), quoted when a State invokes it.
local ESCAPE = {
  words = { en = "\"to the greatest extent possible within its domestic legal system\" (art. 31(1); unofficial translation of « dans toute la mesure possible dans le cadre de son système juridique interne »)",
            fr = "« dans toute la mesure possible dans le cadre de son système juridique interne » (art. 31, par. 1)" },
  option = { id = "greatest-extent-possible", en = "to the greatest extent possible within the domestic legal system (art. 31(1))",
             fr = "dans toute la mesure possible dans le cadre du système juridique interne (art. 31, par. 1)" },
}

obligation(measures("cybercrime:31.1.a", nil, { en = "Confiscation of proceeds of crime or property of corresponding value", fr = "Confiscation du produit du crime ou de biens de valeur correspondante" },
  "mandatory", {
    { path = "confiscation.proceeds", what = { en = "the confiscation of the proceeds of the offences", fr = "la confiscation du produit des infractions" } },
    { path = "confiscation.value_based", what = { en = "the confiscation of property of a value corresponding to the proceeds", fr = "la confiscation de biens d'une valeur correspondant au produit" } },
  },
  CH1 .. [[a) Du produit du crime provenant d'infractions établies conformément à la présente Convention ou de biens dont la valeur correspond à celle de ce produit ;]],
  CH1_EN .. [[(a) proceeds of crime derived from offences established in accordance with this Convention or property the value of which corresponds to that of such proceeds;]],
  "untoc:12.1.a", ESCAPE))

obligation(measures("cybercrime:31.1.b", nil, { en = "Confiscation of instrumentalities used or destined for use", fr = "Confiscation des instruments utilisés ou destinés à être utilisés" },
  "mandatory", {
    { path = "confiscation.instrumentalities", what = { en = "the confiscation of property, equipment or other instrumentalities used in the offences", fr = "la confiscation des biens, matériels ou autres instruments utilisés pour les infractions" } },
    { path = "confiscation.intended_instrumentalities", what = { en = "the confiscation of instrumentalities destined for use in the offences", fr = "la confiscation des instruments destinés à être utilisés pour les infractions" } },
  },
  CH1 .. [[b) Des biens, matériels ou autres instruments utilisés ou destinés à être utilisés pour les infractions établies conformément à la présente Convention.]],
  CH1_EN .. [[(b) property, equipment or other instrumentalities used in or destined for use in offences established in accordance with this Convention.]],
  "untoc:12.1.b", ESCAPE))

obligation(measures("cybercrime:31.2", nil, { en = "Identification, tracing, freezing or seizure for eventual confiscation", fr = "Identification, localisation, gel ou saisie aux fins de confiscation" },
  "mandatory", {
    { path = "confiscation.identification_tracing", what = { en = "the identification and tracing of property liable to confiscation", fr = "l'identification et la localisation des biens susceptibles de confiscation" } },
    { path = "confiscation.freezing_seizure", what = { en = "the freezing or seizure of property liable to confiscation", fr = "le gel ou la saisie des biens susceptibles de confiscation" } },
  },
  [[Chaque État partie adopte les mesures nécessaires pour permettre l'identification, la localisation, le gel ou la saisie de tout ce qui est mentionné au paragraphe 1 du présent article aux fins de confiscation ultérieure.]],
  [[Each State Party shall adopt such measures as may be necessary to enable the identification, tracing, freezing or seizure of any item referred to in paragraph 1 of this article for the purpose of eventual confiscation.]],
  "untoc:12.2"))

obligation(measures("cybercrime:31.3", nil, { en = "Administration of frozen, seized or confiscated property", fr = "Administration des biens gelés, saisis ou confisqués" },
  "mandatory", {
    { path = "confiscation.property_management", what = { en = "rules on the administration by the competent authorities of frozen, seized or confiscated property", fr = "des règles sur l'administration par les autorités compétentes des biens gelés, saisis ou confisqués" } },
  },
  [[Chaque État partie adopte, conformément à son droit interne, les mesures législatives et autres nécessaires pour réglementer l'administration par les autorités compétentes des biens gelés, saisis ou confisqués visés aux paragraphes 1 et 2 du présent article.]],
  [[Each State Party shall adopt, in accordance with its domestic law, such legislative and other measures as may be necessary to regulate the administration by the competent authorities of frozen, seized or confiscated property covered in paragraphs 1 and 2 of this article.]]))

obligation(measures("cybercrime:31.4", nil, { en = "Transformed or converted proceeds", fr = "Produit transformé ou converti" },
  "mandatory", {
    { path = "confiscation.transformed_property", what = { en = "measures against property into which proceeds have been transformed or converted", fr = "des mesures à l'égard des biens en lesquels le produit a été transformé ou converti" } },
  },
  [[Si le produit du crime a été transformé ou converti, en partie ou en totalité, en d'autres biens, ces derniers peuvent faire l'objet des mesures visées au présent article en lieu et place dudit produit.]],
  [[If proceeds of crime have been transformed or converted, in part or in full, into other property, such property shall be liable to the measures referred to in this article instead of the proceeds.]],
  "untoc:12.3"))

obligation(measures("cybercrime:31.5", nil, { en = "Proceeds intermingled with legitimate property", fr = "Produit mêlé à des biens acquis légitimement" },
  "mandatory", {
    { path = "confiscation.intermingled_property", what = { en = "the confiscation of property intermingled with proceeds, up to the assessed value of the proceeds", fr = "la confiscation des biens auxquels le produit a été mêlé, à concurrence de la valeur estimée du produit" } },
  },
  [[Si le produit du crime a été mêlé à des biens acquis légitimement, ces biens, sans préjudice de tous pouvoirs de gel ou de saisie, peuvent être confisqués à concurrence de la valeur estimée du produit qui y a été mêlé.]],
  [[If proceeds of crime have been intermingled with property acquired from legitimate sources, such property shall, without prejudice to any powers relating to freezing or seizure, be liable to confiscation up to the assessed value of the intermingled proceeds.]],
  "untoc:12.4"))

obligation(measures("cybercrime:31.6", nil, { en = "Income and other benefits derived from proceeds", fr = "Revenus et autres avantages tirés du produit" },
  "mandatory", {
    { path = "confiscation.income_from_proceeds", what = { en = "measures against income or other benefits derived from proceeds, in the same manner as proceeds", fr = "des mesures à l'égard des revenus ou autres avantages tirés du produit, de la même manière que le produit" } },
  },
  [[Les revenus ou autres avantages tirés du produit du crime, des biens en lesquels le produit a été transformé ou converti ou des biens auxquels il a été mêlé peuvent aussi faire l'objet des mesures visées au présent article, de la même manière et dans la même mesure que le produit du crime.]],
  [[Income or other benefits derived from proceeds of crime, from property into which proceeds of crime have been transformed or converted or from property with which proceeds of crime have been intermingled shall also be liable to the measures referred to in this article, in the same manner and to the same extent as proceeds of crime.]],
  "untoc:12.5"))

obligation(measures("cybercrime:31.7", "records", { en = "Orders to produce or seize bank, financial or commercial records", fr = "Production ou saisie de documents bancaires, financiers ou commerciaux" },
  "mandatory", {
    { path = "confiscation.records_orders", what = { en = "the power of courts or other competent authorities to order that bank, financial or commercial records be made available or seized", fr = "le pouvoir des tribunaux ou autres autorités compétentes d'ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux" } },
  },
  [[Aux fins du présent article et de l'article 50 de la présente Convention, chaque État partie habilite ses tribunaux ou autres autorités compétentes à ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux.]],
  [[For the purpose of this article and article 50 of this Convention, each State Party shall empower its courts or other competent authorities to order that bank, financial or commercial records be made available or seized.]],
  "untoc:12.6#records"))

obligation(measures("cybercrime:31.7", "bank-secrecy", { en = "Bank secrecy no ground for declining to act", fr = "Le secret bancaire ne peut être invoqué" },
  "mandatory", {
    { path = "confiscation.bank_secrecy_no_bar", what = { en = "the rule that bank secrecy cannot be invoked to decline to produce or seize the records", fr = "la règle selon laquelle le secret bancaire ne peut être invoqué pour refuser de produire ou de saisir les documents" } },
  },
  [[Un État partie ne peut invoquer le secret bancaire pour refuser de donner effet aux dispositions du présent paragraphe.]],
  [[A State Party shall not decline to act under the provisions of this paragraph on the grounds of bank secrecy.]],
  "untoc:12.6#bank-secrecy"))

obligation(measures("cybercrime:31.8", nil, { en = "Offender to demonstrate the lawful origin of alleged proceeds", fr = "Établissement par l'auteur de l'origine licite du produit présumé" },
  "optional", {
    { path = "confiscation.reversed_burden", what = { en = "a requirement that an offender demonstrate the lawful origin of alleged proceeds of crime or other property liable to confiscation", fr = "l'obligation pour l'auteur d'établir l'origine licite du produit présumé du crime ou d'autres biens confiscables" } },
  },
  [[Chaque État partie peut envisager d'exiger que la personne qui a commis une infraction établisse l'origine licite du produit présumé du crime ou d'autres biens confiscables, dans la mesure où cette exigence est conforme aux principes de son droit interne et à la nature des procédures judiciaires et autres.]],
  [[States Parties may consider the possibility of requiring that an offender demonstrate the lawful origin of alleged proceeds of crime or other property liable to confiscation, to the extent that such a requirement is consistent with the principles of their domestic law and with the nature of judicial and other proceedings.]],
  "untoc:12.7"))
