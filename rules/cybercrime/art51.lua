-- Cybercrime Convention article 51 -- Special cooperation (Coopération
-- spéciale)
--
-- One sentence: "chaque État partie s'efforce de prendre des mesures lui
-- permettant ... de communiquer à un autre État partie, sans que la demande
-- lui en soit préalablement faite, des informations sur le produit
-- d'infractions": ENDEAVOUR, reported in its own terms, never a gap.  "Sans
-- préjudice de son droit interne" and "sans préjudice de ses propres
-- enquêtes" are escapes, not lower levels.  No UNTOC twin (UNCAC art. 56 is
-- its model); UNTOC 18(4)-(5) (spontaneous transmission in mutual legal
-- assistance) is broader and optional, so it is not read here.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:51",
  level = "endeavour",
  title = { en = "Spontaneous information on the proceeds of offences", fr = "Communication spontanée d'informations sur le produit d'infractions" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Sans préjudice de son droit interne, chaque État partie s'efforce de prendre des mesures lui permettant, sans préjudice de ses propres enquêtes pénales, poursuites ou procédures judiciaires, de communiquer à un autre État partie, sans que la demande lui en soit préalablement faite, des informations sur le produit d'infractions établies conformément à la présente Convention lorsqu'il considère que la divulgation de ces informations pourrait aider ledit État partie à engager ou à mener des enquêtes pénales, des poursuites ou des procédures judiciaires ou pourrait déboucher sur la présentation par cet État partie d'une demande en vertu de l'article 50 de la présente Convention.]],
    en = [[Without prejudice to its domestic law, each State Party shall endeavour to take measures to permit it to forward, without prejudice to its own criminal investigations, prosecutions or judicial proceedings, information on proceeds of offences established in accordance with this Convention to another State Party without prior request, when it considers that the disclosure of such information might assist the receiving State Party in initiating or carrying out criminal investigations, prosecutions or judicial proceedings or might lead to a request by that State Party under article 50 of this Convention.]],
  },
  facts = { "confiscation_cooperation.spontaneous_proceeds_information" },
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.spontaneous_proceeds_information", {
      what = { en = "measures permitting it to forward to another State, without prior request, information on the proceeds of the Convention's offences",
               fr = "des mesures lui permettant de communiquer à un autre État, sans demande préalable, des informations sur le produit des infractions de la Convention" } })
  end,
}
