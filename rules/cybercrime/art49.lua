-- Cybercrime Convention article 49 -- Mechanisms for the recovery of
-- property through international cooperation in confiscation (Mécanismes de
-- recouvrement de biens par la coopération internationale aux fins de
-- confiscation)
--
-- No UNTOC twin (its model is UNCAC art. 54): what each State must be able
-- to do at home so that it can give the assistance of art. 50.  "Conformément
-- à son droit interne" lets the State choose how; it does not lower the level.
--   49(1)(a) mandatory ("Prend les mesures nécessaires"): give effect to a
--            confiscation order of a court of another State Party.  Unlike
--            art. 50(1), where (a) and (b) are alternatives, this is required
--            as such: the fact is the one of UNTOC 13(1)(b)
--            (confiscation_cooperation.foreign_order_enforcement).
--   49(1)(b) mandatory: order the confiscation of property of foreign origin
--            by adjudication of a laundering or other offence, or by another
--            procedure ("lorsqu'elles ont compétence en l'espèce" describes
--            the case, it is no escape).
--   49(1)(c) consider ("Envisage de prendre les mesures nécessaires"):
--            confiscation without a criminal conviction where the offender
--            cannot be prosecuted (death, flight, absence, other cases).
--   49(2)(a) mandatory: freeze or seize on the basis of a foreign freezing
--            or seizure order.
--   49(2)(b) mandatory: freeze or seize on the basis of a request: the fact
--            of UNTOC 13(2) (confiscation_cooperation.freezing_seizure_on_request).
--   49(2)(c) consider ("Envisage de prendre des mesures supplémentaires"):
--            preservation for confiscation, e.g. on a foreign arrest or charge.
-- The chapeaux of (1) and (2) ("Afin d'assurer l'entraide judiciaire ...,
-- chaque État partie, conformément à son droit interne :") are encoded in
-- their sub-paragraphs.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local P1 = {
  fr = [[Afin d'assurer l'entraide judiciaire prévue à l'article 50 de la présente Convention concernant les biens acquis au moyen d'une infraction établie conformément à la présente Convention ou utilisés pour une telle infraction, chaque État partie, conformément à son droit interne :]],
  en = [[In order to provide mutual legal assistance pursuant to article 50 of this Convention with respect to property acquired through or involved in the commission of an offence established in accordance with this Convention, each State Party, in accordance with its domestic law, shall:]],
}
local P2 = {
  fr = [[Afin d'accorder l'entraide judiciaire qui lui est demandée en application du paragraphe 2 de l'article 50 de la présente Convention, chaque État partie, conformément à son droit interne :]],
  en = [[In order to provide mutual legal assistance upon a request made pursuant to article 50, paragraph 2, of this Convention, each State Party, in accordance with its domestic law, shall:]],
}

local function with(chapeau, fr, en)
  return { fr = chapeau.fr .. " " .. fr, en = chapeau.en .. " " .. en }
end

local function measure(ctx, path, en, fr)
  return lx.measure_finding(ctx, path, { what = { en = en, fr = fr } })
end

obligation {
  ref = "cybercrime:49.1.a",
  level = "mandatory",
  title = { en = "Giving effect to foreign confiscation orders", fr = "Exécution des décisions de confiscation étrangères" },
  category = "confiscation",
  cluster = 5,
  text = with(P1,
    [[a) Prend les mesures nécessaires pour permettre à ses autorités compétentes de donner effet à une décision de confiscation prise par un tribunal d'un autre État partie ;]],
    [[(a) Take such measures as may be necessary to permit its competent authorities to give effect to an order of confiscation issued by a court of another State Party;]]),
  facts = { "confiscation_cooperation.foreign_order_enforcement" },
  note = "Reads the fact of untoc:13.1 option (b). Required as such: a State that only obtains domestic orders on request (art. 50(1)(a)) does not meet it.",
  check = function(ctx)
    return measure(ctx, "confiscation_cooperation.foreign_order_enforcement",
      "the power of its competent authorities to give effect to a confiscation order issued by a court of another State Party",
      "le pouvoir de ses autorités compétentes de donner effet à une décision de confiscation prise par un tribunal d'un autre État partie")
  end,
}

obligation {
  ref = "cybercrime:49.1.b",
  level = "mandatory",
  title = { en = "Confiscation of property of foreign origin", fr = "Confiscation de biens d'origine étrangère" },
  category = "confiscation",
  cluster = 5,
  text = with(P1,
    [[b) Prend les mesures nécessaires pour permettre à ses autorités compétentes, lorsqu'elles ont compétence en l'espèce, d'ordonner la confiscation de tels biens d'origine étrangère, en se prononçant sur une infraction de blanchiment d'argent ou une autre infraction relevant de sa compétence, ou par d'autres procédures autorisées par son droit interne ; et]],
    [[(b) Take such measures as may be necessary to permit its competent authorities, where they have jurisdiction, to order the confiscation of such property of foreign origin by adjudication of an offence of money-laundering or such other offence as may be within its jurisdiction or by other procedures authorized under its domestic law; and]]),
  facts = { "confiscation_cooperation.foreign_origin_confiscation" },
  check = function(ctx)
    return measure(ctx, "confiscation_cooperation.foreign_origin_confiscation",
      "the power of its competent authorities to order the confiscation of property of foreign origin, by adjudicating a laundering or other offence or by another procedure of its law",
      "le pouvoir de ses autorités compétentes d'ordonner la confiscation de biens d'origine étrangère, en se prononçant sur une infraction de blanchiment ou une autre infraction ou par une autre procédure de son droit")
  end,
}

obligation {
  ref = "cybercrime:49.1.c",
  level = "consider",
  title = { en = "Confiscation without a criminal conviction", fr = "Confiscation en l'absence de condamnation pénale" },
  category = "confiscation",
  cluster = 5,
  text = with(P1,
    [[c) Envisage de prendre les mesures nécessaires pour permettre la confiscation de tels biens en l'absence de condamnation pénale lorsque la personne qui a commis l'infraction ne peut être poursuivie pour cause de décès, de fuite ou d'absence ou dans d'autres cas appropriés.]],
    [[(c) Consider taking such measures as may be necessary to allow confiscation of such property without a criminal conviction in cases in which the offender cannot be prosecuted by reason of death, flight or absence or in other appropriate cases.]]),
  facts = { "confiscation_cooperation.non_conviction_based" },
  note = "Consider: a regime in place, or a documented consideration, meets it; never a gap for lack of the regime itself.",
  check = function(ctx)
    return measure(ctx, "confiscation_cooperation.non_conviction_based",
      "confiscation of such property without a criminal conviction where the offender cannot be prosecuted by reason of death, flight or absence, or in other appropriate cases",
      "la confiscation de tels biens en l'absence de condamnation pénale lorsque l'auteur ne peut être poursuivi pour cause de décès, de fuite ou d'absence, ou dans d'autres cas appropriés")
  end,
}

obligation {
  ref = "cybercrime:49.2.a",
  level = "mandatory",
  title = { en = "Freezing or seizure on the basis of a foreign order", fr = "Gel ou saisie sur la base d'une décision étrangère" },
  category = "confiscation",
  cluster = 5,
  text = with(P2,
    [[a) Prend les mesures nécessaires pour permettre à ses autorités compétentes de geler ou de saisir des biens sur la base d'une décision de saisie ou de gel prononcée par un tribunal ou une autorité compétente d'un État partie requérant si cette décision donne à l'État partie requis un motif raisonnable de croire qu'il existe des raisons suffisantes de prendre de telles mesures et que les biens feront ultérieurement l'objet d'une décision de confiscation aux fins de l'alinéa a) du paragraphe 1 du présent article ;]],
    [[(a) Take such measures as may be necessary to permit its competent authorities to freeze or seize property upon a freezing or seizure order issued by a court or competent authority of a requesting State Party that provides a reasonable basis for the requested State Party to believe that there are sufficient grounds for taking such actions and that the property would eventually be subject to an order of confiscation for the purposes of paragraph 1 (a) of this article;]]),
  facts = { "confiscation_cooperation.foreign_freezing_order" },
  check = function(ctx)
    return measure(ctx, "confiscation_cooperation.foreign_freezing_order",
      "the power of its competent authorities to freeze or seize property on the basis of a freezing or seizure order of a court or competent authority of the requesting State",
      "le pouvoir de ses autorités compétentes de geler ou de saisir des biens sur la base d'une décision de gel ou de saisie d'un tribunal ou d'une autorité compétente de l'État requérant")
  end,
}

obligation {
  ref = "cybercrime:49.2.b",
  level = "mandatory",
  title = { en = "Freezing or seizure on the basis of a request", fr = "Gel ou saisie sur la base d'une demande" },
  category = "confiscation",
  cluster = 5,
  text = with(P2,
    [[b) Prend les mesures nécessaires pour permettre à ses autorités compétentes de geler ou de saisir des biens sur la base d'une demande donnant à l'État partie requis un motif raisonnable de croire qu'il existe des raisons suffisantes de prendre de telles mesures et que les biens feront ultérieurement l'objet d'une décision de confiscation aux fins de l'alinéa a) du paragraphe 1 du présent article ; et]],
    [[(b) Take such measures as may be necessary to permit its competent authorities to freeze or seize property upon a request that provides a reasonable basis for the requested State Party to believe that there are sufficient grounds for taking such actions and that the property would eventually be subject to an order of confiscation for the purposes of paragraph 1 (a) of this article; and]]),
  facts = { "confiscation_cooperation.freezing_seizure_on_request" },
  note = "Reads the fact of untoc:13.2 (freezing or seizure on request).",
  check = function(ctx)
    return measure(ctx, "confiscation_cooperation.freezing_seizure_on_request",
      "the power of its competent authorities to freeze or seize property on the basis of a foreign request",
      "le pouvoir de ses autorités compétentes de geler ou de saisir des biens sur la base d'une demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:49.2.c",
  level = "consider",
  title = { en = "Additional measures to preserve property for confiscation", fr = "Mesures supplémentaires de préservation des biens en vue de leur confiscation" },
  category = "confiscation",
  cluster = 5,
  text = with(P2,
    [[c) Envisage de prendre des mesures supplémentaires pour permettre à ses autorités compétentes de préserver les biens en vue de leur confiscation, par exemple sur la base d'une arrestation ou d'une inculpation intervenue à l'étranger en relation avec leur acquisition.]],
    [[(c) Consider taking additional measures to permit its competent authorities to preserve property for confiscation, such as on the basis of a foreign arrest or criminal charge related to the acquisition of such property.]]),
  facts = { "confiscation_cooperation.preservation_for_confiscation" },
  check = function(ctx)
    return measure(ctx, "confiscation_cooperation.preservation_for_confiscation",
      "additional measures to preserve property for confiscation, such as on the basis of a foreign arrest or criminal charge related to its acquisition",
      "des mesures supplémentaires de préservation des biens en vue de leur confiscation, par exemple sur la base d'une arrestation ou d'une inculpation intervenue à l'étranger en relation avec leur acquisition")
  end,
}
