-- Cybercrime Convention article 11 -- Misuse of devices (Utilisation abusive
-- de dispositifs)
--
-- 11(1) is mandatory ("Chaque État partie adopte les mesures législatives et
-- autres nécessaires pour conférer le caractère d'infraction pénale"), in
-- three parts, each a rule:
--   (a)(i)  dealing in devices (incl. programs) designed or adapted primarily
--           for the offences of arts 7-10;
--   (a)(ii) dealing in passwords, access credentials, electronic signatures or
--           similar data: obtaining, producing, procuring for use, importing
--           (one conduct element) and selling, distributing or otherwise
--           making available (another: 11(3) cannot reach it);
--   (b)     possessing such an item;
-- each "afin que ... servent à commettre" an offence of arts 7-10 (the
-- purpose is part of the provision: `requires = { "specific_purpose" }`
-- does not narrow the offence).
-- 11(2) is an interpretation clause (authorised testing, protection of a
-- system): levels.lua "none".
-- 11(3) "peut se réserver le droit de ne pas appliquer le paragraphe 1" is a
-- reservation the Convention provides for (instrument.lua
-- open_to_reservation "cybercrime:11.1"): a reservation in force switches
-- 11(1) off (applicability.c).  "À condition que cette réserve ne porte pas
-- sur la vente, la distribution ou d'autres formes de mise à disposition des
-- éléments mentionnés à l'alinéa a) ii)": whatever the reservation, selling,
-- distributing or making available credentials must remain an offence.
-- That limit is its own mandatory rule (cybercrime:11.3#limit), which binds
-- only a State whose reservation in force reaches 11(1)(a)(ii) (it names
-- art. 11, 11(1), 11(1)(a) or 11(1)(a)(ii)); otherwise 11(1)(a)(ii) applies
-- and checks the same conduct itself, and a reservation naming only
-- 11(1)(a)(i) or 11(1)(b) is within 11(3) without touching the limit.  With
-- the reservations unrecorded the limit is unknown, as the option is.  The
-- reservation itself is reported for information (cybercrime:11.3,
-- optional).  A reservation naming the whole of art. 11 goes beyond 11(1):
-- the engine switches off every provision it names, 11(3) and its limit
-- included, and flags it as a reservation the Convention does not provide
-- for (applicability.c); a rule cannot keep the limit against it.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local PURPOSE = { ids = { "specific_purpose" },
                  en = "art. 11(1) (the intent that the item be used to commit an offence of arts 7-10)",
                  fr = "l'article 11, paragraphe 1 (l'intention que l'élément serve à commettre une infraction des articles 7 à 10)" }

local CREDENTIALS_MADE_AVAILABLE = { "ict_credentials_making_available",
  en = "selling, distributing or otherwise making available a password, access credentials, an electronic signature or similar data giving access to an ICT system, with intent that it be used to commit an offence of arts 7-10",
  fr = "la vente, la distribution ou d'autres formes de mise à disposition d'un mot de passe, de justificatifs d'accès, d'une signature électronique ou de données similaires permettant d'accéder à un système d'information et de communication, afin qu'ils servent à commettre une infraction des articles 7 à 10" }

obligation {
  ref = "cybercrime:11.1.a.i",
  level = "mandatory",
  title = { en = "Misuse of devices: devices and programs", fr = "Utilisation abusive de dispositifs : dispositifs et programmes" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit : a) À l'obtention, à la production, à la vente, à la fourniture pour utilisation, à l'importation, à la distribution ou à d'autres formes de mise à disposition : i) D'un dispositif, y compris un programme, principalement conçu ou adapté pour permettre la commission de l'une des infractions établies conformément aux articles 7 à 10 de la présente Convention ; ou]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right: (a) the obtaining, production, sale, procurement for use, import, distribution or otherwise making available of: (i) a device, including a program, designed or adapted primarily for the purpose of committing any of the offences established in accordance with articles 7 to 10 of this Convention;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_device_misuse",
        en = "obtaining, producing, selling, procuring for use, importing, distributing or otherwise making available a device or program designed or adapted primarily to commit an offence of arts 7-10, with intent that it be so used",
        fr = "l'obtention, la production, la vente, la fourniture pour utilisation, l'importation, la distribution ou d'autres formes de mise à disposition d'un dispositif ou programme principalement conçu ou adapté pour commettre une infraction des articles 7 à 10, afin qu'il serve à la commettre" },
    }, PURPOSE)
  end,
}

obligation {
  ref = "cybercrime:11.1.a.ii",
  level = "mandatory",
  title = { en = "Misuse of devices: passwords, access credentials and similar data", fr = "Utilisation abusive de dispositifs : mots de passe, justificatifs d'accès et données similaires" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit : a) À l'obtention, à la production, à la vente, à la fourniture pour utilisation, à l'importation, à la distribution ou à d'autres formes de mise à disposition : ii) D'un mot de passe, de justificatifs d'accès, d'une signature électronique ou de données similaires permettant d'accéder à tout ou partie d'un système d'information et de communication ; afin que ce dispositif, y compris ce programme, ou ce mot de passe, ces justificatifs d'accès, cette signature électronique ou ces données similaires servent à commettre l'une des infractions établies conformément aux articles 7 à 10 de la présente Convention ; et]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right: (a) the obtaining, production, sale, procurement for use, import, distribution or otherwise making available of: (ii) a password, access credentials, electronic signature or similar data by which the whole or any part of an information and communications technology system is capable of being accessed; with intent that the device, including a program, or the password, access credentials, electronic signature or similar data be used for the purpose of committing any of the offences established in accordance with articles 7 to 10 of this Convention;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_credentials_obtaining",
        en = "obtaining, producing, procuring for use or importing a password, access credentials, an electronic signature or similar data giving access to an ICT system, with intent that it be used to commit an offence of arts 7-10",
        fr = "l'obtention, la production, la fourniture pour utilisation ou l'importation d'un mot de passe, de justificatifs d'accès, d'une signature électronique ou de données similaires permettant d'accéder à un système d'information et de communication, afin qu'ils servent à commettre une infraction des articles 7 à 10" },
      CREDENTIALS_MADE_AVAILABLE,
    }, PURPOSE)
  end,
}

obligation {
  ref = "cybercrime:11.1.b",
  level = "mandatory",
  title = { en = "Misuse of devices: possession", fr = "Utilisation abusive de dispositifs : détention" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit : b) À la détention d'un élément visé aux alinéas a) i) ou ii) du paragraphe 1 du présent article, afin qu'il serve à commettre l'une des infractions établies conformément aux articles 7 à 10 de la présente Convention.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right: (b) the possession of an item referred to in paragraph 1 (a) (i) or (ii) of this article, with intent that it be used for the purpose of committing any of the offences established in accordance with articles 7 to 10 of this Convention.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_misuse_possession",
        en = "possessing a device, program, password, access credentials or similar data with intent that it be used to commit an offence of arts 7-10",
        fr = "la détention d'un dispositif, d'un programme, d'un mot de passe, de justificatifs d'accès ou de données similaires afin qu'il serve à commettre une infraction des articles 7 à 10" },
    }, PURPOSE)
  end,
}

-- "cybercrime:11.1.a.ii" as lawyers write it: art. 11(1)(a)(ii) /
-- art. 11, par. 1, a) ii).
local function display(ref)
  local parts = {}
  for x in ref:gsub("^cybercrime:", ""):gmatch("[^.]+") do parts[#parts + 1] = x end
  local en, fr = "art. " .. parts[1], "art. " .. parts[1]
  for i = 2, #parts do
    en = en .. "(" .. parts[i] .. ")"
    fr = fr .. (parts[i]:match("^%d") and (", par. " .. parts[i]) or (" " .. parts[i] .. ")"))
  end
  return { en = en, fr = fr }
end

-- The State's reservation under 11(3) in force at the assessment date: the
-- reservation record (reservations[] of the profile) and the provision it
-- names, or nil.  A declaration does not count; a withdrawn one neither.
-- With `reaching_a_ii`, only a reservation that reaches art. 11(1)(a)(ii)
-- (it names art. 11, 11(1), 11(1)(a) or 11(1)(a)(ii)): one naming only
-- 11(1)(a)(i) or 11(1)(b) leaves 11(1)(a)(ii) to apply in full, so the
-- limit of 11(3) has nothing to bite on.
local A_II = { ["cybercrime:11"] = true, ["cybercrime:11.1"] = true, ["cybercrime:11.1.a"] = true, ["cybercrime:11.1.a.ii"] = true }
local function reservation_11_3(ctx, reaching_a_ii)
  for _, r in ipairs(ctx:fact("reservations") or {}) do
    if r.instrument == "cybercrime" and (r.kind or "reservation") == "reservation"
       and r.from <= ctx.as_of and (r.withdrawn == nil or r.withdrawn > ctx.as_of) then
      for _, p in ipairs(r.provisions or {}) do
        local on_11_1 = p == "cybercrime:11" or p == "cybercrime:11.1" or p:sub(1, 16) == "cybercrime:11.1."
        if on_11_1 and (not reaching_a_ii or A_II[p] or p:sub(1, 21) == "cybercrime:11.1.a.ii.") then return r, p end
      end
    end
  end
  return nil
end

local RESERVATIONS_Q = {
  en = "Has the State made a reservation under art. 11(3) of the Cybercrime Convention (not applying art. 11(1))? Record it under reservations, or write reservations = {} if it has made none.",
  fr = "L'État a-t-il formulé une réserve au titre de l'article 11, paragraphe 3, de la Convention sur la cybercriminalité (non-application de l'article 11, paragraphe 1) ? L'inscrire sous reservations, ou écrire reservations = {} s'il n'en a formulé aucune." }

obligation {
  ref = "cybercrime:11.3",
  level = "optional",
  title = { en = "Reservation to art. 11(1)", fr = "Réserve à l'article 11, paragraphe 1" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie peut se réserver le droit de ne pas appliquer le paragraphe 1 du présent article, à condition que cette réserve ne porte pas sur la vente, la distribution ou d'autres formes de mise à disposition des éléments mentionnés à l'alinéa a) ii) dudit paragraphe.]],
    en = [[Each State Party may reserve the right not to apply paragraph 1 of this article, provided that the reservation does not concern the sale, distribution or otherwise making available of the items referred to in paragraph 1 (a) (ii) of this article.]],
  },
  facts = { "reservations" },
  check = function(ctx)
    local r, p = reservation_11_3(ctx)
    if r then
      ctx:cite("reservations", r, r.source)
      return ctx:met(lx.t({ en = "The State has reserved the right not to apply {p} (art. 11(3)) since {d}.",
                            fr = "L'État s'est réservé le droit de ne pas appliquer l'{p} (art. 11, par. 3) depuis le {d}." }, { p = display(p), d = r.from }),
                     { id = "reservation", en = "reservation under art. 11(3)", fr = "réserve au titre de l'article 11, paragraphe 3" })
    end
    if ctx:fact("reservations") == nil then
      ctx:ask("reservations", RESERVATIONS_Q)
      return ctx:unknown({ en = "The profile does not record the State's reservations.", fr = "Le profil n'indique pas les réserves de l'État." })
    end
    return ctx:not_met({ en = "The State has made no reservation under art. 11(3): art. 11(1) applies in full.",
                          fr = "L'État n'a formulé aucune réserve au titre de l'article 11, paragraphe 3 : l'article 11, paragraphe 1, s'applique entièrement." })
  end,
}

obligation {
  ref = "cybercrime:11.3",
  clause = "limit",
  level = "mandatory",
  title = { en = "Limit of the reservation: making credentials available stays an offence",
            fr = "Limite de la réserve : la mise à disposition de justificatifs d'accès reste incriminée" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie peut se réserver le droit de ne pas appliquer le paragraphe 1 du présent article, à condition que cette réserve ne porte pas sur la vente, la distribution ou d'autres formes de mise à disposition des éléments mentionnés à l'alinéa a) ii) dudit paragraphe.]],
    en = [[Each State Party may reserve the right not to apply paragraph 1 of this article, provided that the reservation does not concern the sale, distribution or otherwise making available of the items referred to in paragraph 1 (a) (ii) of this article.]],
  },
  facts = { "reservations", "offences", "no_offence_for" },
  check = function(ctx)
    local r, p = reservation_11_3(ctx, true)
    if not r then
      -- the limit binds only a State whose reservation reaches 11(1)(a)(ii):
      -- with the reservations unrecorded, whether it binds is not known
      if ctx:fact("reservations") == nil then
        ctx:ask("reservations", RESERVATIONS_Q)
        return ctx:unknown({ en = "The profile does not record the State's reservations: whether a reservation under art. 11(3) is in force, which this limit would then bind, is not known. Without one, art. 11(1)(a)(ii) itself requires selling, distributing or making available credentials to be an offence.",
                             fr = "Le profil n'indique pas les réserves de l'État : on ne sait pas si une réserve au titre de l'article 11, paragraphe 3, que cette limite encadrerait, est en vigueur. Sans réserve, l'article 11, paragraphe 1, alinéa a) ii), exige lui-même l'incrimination de la vente, de la distribution ou de la mise à disposition de justificatifs d'accès." })
      end
      local other, q = reservation_11_3(ctx)
      if other then
        return ctx:not_applicable(lx.t({ en = "The State's reservation to {p} does not reach art. 11(1)(a)(ii), which applies in full and itself requires selling, distributing or making available credentials to be an offence.",
                                         fr = "La réserve de l'État à l'{p} ne porte pas sur l'article 11, paragraphe 1, alinéa a) ii), qui s'applique entièrement et exige lui-même l'incrimination de la vente, de la distribution ou de la mise à disposition de justificatifs d'accès." },
                                       { p = display(q) }))
      end
      return ctx:not_applicable({ en = "No reservation under art. 11(3) is in force: art. 11(1)(a)(ii) itself requires selling, distributing or making available credentials to be an offence.",
                                  fr = "Aucune réserve au titre de l'article 11, paragraphe 3, n'est en vigueur : l'article 11, paragraphe 1, alinéa a) ii), exige lui-même l'incrimination de la vente, de la distribution ou de la mise à disposition de justificatifs d'accès." })
    end
    ctx:cite("reservations", r, r.source)
    local f = lx.criminalized_allowing(ctx, { CREDENTIALS_MADE_AVAILABLE }, PURPOSE)
    f.explanation = lx.t({ en = "The State's reservation to {p} cannot reach the sale, distribution or making available of credentials (art. 11(3)). {e}",
                           fr = "La réserve de l'État à l'{p} ne peut porter sur la vente, la distribution ou la mise à disposition de justificatifs d'accès (art. 11, par. 3). {e}" },
                        { p = display(p), e = f.explanation })
    return f
  end,
}

not_encoded {
  ref = "cybercrime:11.2",
  reason = { en = "Interpretation clause: article 11 imposes no criminal liability where the acts are not for committing an offence of arts 7-10 (authorised testing, protection of a system); the rules read the intent the offence requires.",
             fr = "Clause d'interprétation : l'article 11 n'impose pas de responsabilité pénale lorsque les actes n'ont pas pour but de commettre une infraction des articles 7 à 10 (essai autorisé, protection d'un système) ; les règles lisent l'intention que l'infraction exige." },
}
