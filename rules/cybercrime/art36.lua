-- Cybercrime Convention article 36 -- Protection of personal data
-- (Protection des données personnelles)
--
-- No UNTOC twin: the facts are the section personal_data_transfers
-- (rules/schema/cybercrime-extradition-mla.lua).  Levels:
--   36(1)(a) "le fait conformément à son droit interne et à toute obligation
--            lui incombant en vertu du droit international applicable":
--            mandatory (a transfer is governed by national data protection
--            law and international obligations); its second sentence ("ne
--            sont pas tenus de transférer") releases a State from
--            transferring where its law forbids it: a limit, no measure.
--   36(1)(b) "peuvent exiger ... que soient respectées les conditions":
--            optional.
--   36(1)(c) "sont encouragés à conclure des accords": an encouragement, no
--            duty (neither "s'efforcent" nor "envisagent"): optional.
--   36(2)    "veillent à ce que leurs cadres juridiques respectifs prévoient
--            l'application de garanties effectives et appropriées aux données
--            reçues": mandatory.
--   36(3)    "informe ... et lui demande son autorisation. Il ne transfère de
--            telles données qu'avec l'autorisation": mandatory, the onward
--            transfer rule; "lequel peut exiger que ladite autorisation soit
--            fournie par écrit" is the first State's option in the individual
--            case (no measure).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local PD = "personal_data_transfers."

obligation {
  ref = "cybercrime:36.1.a",
  level = "mandatory",
  title = { en = "Personal data transferred in accordance with national law and international obligations",
            fr = "Données personnelles transférées conformément au droit interne et aux obligations internationales" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Un État partie qui transfère des données personnelles en vertu de la présente Convention le fait conformément à son droit interne et à toute obligation lui incombant en vertu du droit international applicable. Les États parties ne sont pas tenus de transférer des données personnelles en vertu de la présente Convention si cela ne peut pas être fait conformément à leurs lois applicables concernant la protection des données personnelles ;]],
    en = [[A State Party transferring personal data pursuant to this Convention shall do so in accordance with its domestic law and any obligations it may have under applicable international law. States Parties shall not be required to transfer personal data in accordance with this Convention if it cannot be provided in compliance with their applicable laws concerning the protection of personal data;]],
  },
  facts = { PD .. "lawful_transfer" },
  check = function(ctx)
    return lx.measure_finding(ctx, PD .. "lawful_transfer", {
      what = { en = "a legal framework governing transfers of personal data to foreign authorities in criminal cooperation, in accordance with national data protection law and international obligations",
               fr = "un cadre juridique régissant les transferts de données personnelles vers des autorités étrangères dans la coopération pénale, conformément au droit national de la protection des données et aux obligations internationales" } })
  end,
}

obligation {
  ref = "cybercrime:36.1.b",
  level = "optional",
  title = { en = "Conditions ensuring compliance with data protection law",
            fr = "Conditions assurant la conformité avec le droit de la protection des données" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Lorsque le transfert de données personnelles pourrait ne pas respecter les dispositions de l'alinéa a) du paragraphe 1 du présent article, les États parties peuvent exiger, pour donner suite à une demande de données personnelles, que soient respectées les conditions propres à assurer la conformité avec les lois applicables ;]],
    en = [[Where the transfer of personal data would not be compliant with paragraph 1 (a) of this article, States Parties may seek to impose appropriate conditions to achieve such compliance in order to respond to a request for personal data;]],
  },
  facts = { PD .. "transfer_conditions" },
  check = function(ctx)
    return lx.measure_finding(ctx, PD .. "transfer_conditions", {
      what = { en = "the power to make the execution of a request for personal data subject to conditions that ensure compliance with data protection law",
               fr = "la faculté de subordonner l'exécution d'une demande de données personnelles à des conditions propres à assurer la conformité avec le droit de la protection des données" } })
  end,
}

obligation {
  ref = "cybercrime:36.1.c",
  level = "optional",
  title = { en = "Agreements facilitating the transfer of personal data",
            fr = "Accords facilitant le transfert de données personnelles" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Les États parties sont encouragés à conclure des accords bilatéraux ou multilatéraux pour faciliter le transfert de données personnelles.]],
    en = [[States Parties are encouraged to establish bilateral or multilateral arrangements to facilitate the transfer of personal data.]],
  },
  facts = { PD .. "agreements" },
  check = function(ctx)
    return lx.measure_finding(ctx, PD .. "agreements", {
      what = { en = "bilateral or multilateral agreements facilitating the transfer of personal data",
               fr = "des accords bilatéraux ou multilatéraux facilitant le transfert de données personnelles" } })
  end,
}

obligation {
  ref = "cybercrime:36.2",
  level = "mandatory",
  title = { en = "Effective and appropriate safeguards for personal data received",
            fr = "Garanties effectives et appropriées pour les données personnelles reçues" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[En cas de transfert de données personnelles en vertu de la présente Convention, les États parties veillent à ce que leurs cadres juridiques respectifs prévoient l'application de garanties effectives et appropriées aux données reçues.]],
    en = [[For personal data transferred in accordance with this Convention, States Parties shall ensure that the personal data received are subject to effective and appropriate safeguards in the respective legal frameworks of the States Parties.]],
  },
  facts = { PD .. "safeguards_received" },
  check = function(ctx)
    return lx.measure_finding(ctx, PD .. "safeguards_received", {
      what = { en = "effective and appropriate safeguards for personal data received from other States in criminal cooperation",
               fr = "des garanties effectives et appropriées pour les données personnelles reçues d'autres États dans la coopération pénale" } })
  end,
}

obligation {
  ref = "cybercrime:36.3",
  level = "mandatory",
  title = { en = "Onward transfer only with the authorisation of the State that transferred the data",
            fr = "Transfert ultérieur seulement avec l'autorisation de l'État ayant procédé au transfert initial" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Afin de transférer à un pays tiers ou à une organisation internationale des données personnelles obtenues en vertu de la présente Convention, un État partie informe de son intention l'État partie ayant procédé au transfert initial et lui demande son autorisation. Il ne transfère de telles données qu'avec l'autorisation de l'État partie ayant procédé au transfert initial, lequel peut exiger que ladite autorisation soit fournie par écrit.]],
    en = [[States Parties may transfer personal data obtained in accordance with this Convention to a third country or an international organization only with the prior authorization of the original transferring State Party, which may require that the authorization be provided in writing. To that end, the State Party shall inform the original transferring State Party of its intention and request its authorization.]],
  },
  facts = { PD .. "onward_transfer_authorisation" },
  check = function(ctx)
    return lx.measure_finding(ctx, PD .. "onward_transfer_authorisation", {
      what = { en = "a rule that personal data received from another State are passed on to a third country or an international organisation only after informing that State and with its authorisation",
               fr = "une règle selon laquelle les données personnelles reçues d'un autre État ne sont transférées à un pays tiers ou à une organisation internationale qu'après information de cet État et avec son autorisation" } })
  end,
}
