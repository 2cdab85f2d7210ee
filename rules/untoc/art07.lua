-- UNTOC article 7 -- Measures to combat money-laundering
--
-- Article 6 makes laundering an offence; article 7 asks for the preventive
-- and institutional side: a regulatory and supervisory regime, authorities
-- that can cooperate, a financial intelligence unit, border controls on cash.
--
-- Paragraph 1 is addressed to "Each State Party" / "Chaque État partie" and
-- holds three obligations:
--   (a) "shall institute" / "institue" a comprehensive regulatory and
--       supervisory regime: mandatory.  The regime is one measure made of
--       elements the text names: its reach (banks and non-bank financial
--       institutions and, "where appropriate", other bodies particularly
--       susceptible to money-laundering), the three requirements it "shall
--       emphasise" (customer identification, record-keeping, reporting of
--       suspicious transactions) and supervision (a "regulatory and
--       supervisory" regime).  Each element is a fact; a regime lacking some
--       of them is partly met, with the missing ones listed.  "Where
--       appropriate" leaves the State to decide which other bodies are
--       particularly susceptible: the profile states either that they are
--       covered or, with its reasons, that none needs to be (the question
--       asks for both), so the qualifier is given effect through that fact.
--       "Within its competence" marks the limits of a State's (or a regional
--       organisation's) powers; it does not lower the level.
--   (b) two clauses at two levels (shared/DOMAIN.md §2):
--       #cooperation "shall ... ensure" / "s'assure" that the authorities
--       dedicated to combating money-laundering can cooperate and exchange
--       information at the national and international levels: mandatory;
--       both levels are required, one without the other is partly met.
--       "Within the conditions prescribed by its domestic law" is a qualifier
--       on how the exchange takes place, not an escape from having it.
--       #fiu "shall consider the establishment of a financial intelligence
--       unit" / "envisage la création d'un service de renseignement
--       financier": consider.  Met when an FIU exists, or when the profile
--       shows the State considered one.
-- Paragraph 2, first sentence: "shall consider implementing feasible
--   measures" / "envisagent de mettre en œuvre": consider.  Its second
--   sentence ("Such measures may include a requirement that individuals and
--   businesses report the cross-border transfer of substantial quantities of
--   cash...") describes what the measures may be; it is read here as the
--   form the State chose (option: declaration, disclosure or other).
-- Paragraph 3: "are called upon to use as a guideline" / "sont invités à
--   prendre pour lignes directrices".  Neither "shall" nor "shall consider":
--   an invitation, which creates no legal duty, not even one to consider.
--   It is encoded at the `optional` level: the report says whether the State
--   follows the relevant initiatives (informational, never a gap).  The
--   interpretative notes (travaux préparatoires, A/55/383/Add.1) read "the
--   relevant initiatives" as referring in particular to the Forty
--   Recommendations of the FATF and to other regional initiatives.
-- Paragraph 4: "shall endeavour to develop and promote" / "s'efforcent de
--   développer et de promouvoir": endeavour (best efforts, never a gap).
--
-- Not encoded as obligations (they impose nothing on States):
--   7(1)(b) "without prejudice to Articles 18 and 27 of this Convention" and
--   7(3) "without prejudice to any other Article of this Convention": saving
--   clauses, which keep mutual legal assistance and law-enforcement
--   cooperation under their own articles.
--   7(2), second sentence: an illustration of the measures of the first
--   sentence ("may include"), read as the option of 7(2), not a separate
--   obligation.
--
-- Cluster: 3 (law enforcement and the judicial system) -- the regime and the
-- FIU serve the detection of laundering; verify against the appendix to
-- Conference resolution 9/1.

---------------------------------------------------------------------------
-- Shared helpers (plain Lua; the checks below stay short).
---------------------------------------------------------------------------

local function list(items)
  return lx.join(items, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
end

local all_elements = lx.all_measures   -- every element of a regime required (see engine/lua/lexgap.lua)

local finding = lx.finding_of

---------------------------------------------------------------------------
-- Paragraph 1(a): the regulatory and supervisory regime
---------------------------------------------------------------------------

obligation {
  ref = "untoc:7.1.a",
  level = "mandatory",
  title = { en = "Comprehensive regulatory and supervisory regime against money-laundering",
            fr = "Régime interne complet de réglementation et de contrôle contre le blanchiment d'argent" },
  category = "prevention",
  cluster = 3,
  text = {
    en = [[Each State Party: (a) shall institute a comprehensive domestic regulatory and supervisory regime for banks and non-bank financial institutions and, where appropriate, other bodies particularly susceptible to money-laundering, within its competence, in order to deter and detect all forms of money-laundering, which regime shall emphasise requirements for customer identification, record-keeping and the reporting of suspicious transactions;]],
    fr = [[Chaque État partie: a) institue un régime interne complet de réglementation et de contrôle des banques et institutions financières non bancaires, ainsi que, le cas échéant, des autres entités particulièrement exposées au blanchiment d'argent, dans les limites de sa compétence, afin de prévenir et de détecter toutes formes de blanchiment d'argent, lequel régime met l'accent sur les exigences en matière d'identification des clients, d'enregistrement des opérations et de déclaration des opérations suspectes;]],
  },
  facts = { "aml.financial_institutions", "aml.other_bodies", "aml.customer_identification",
            "aml.record_keeping", "aml.suspicious_transaction_reporting", "aml.supervision" },
  -- One regime, six elements, all required: met when all are provided for,
  -- partly met when some are, not met when none is, unknown while any is not
  -- stated (the known shortcomings are still listed).
  check = function(ctx)
    return finding(ctx, all_elements(ctx, {
      { path = "aml.financial_institutions",
        what = { en = "a regulatory and supervisory regime against money-laundering for banks and non-bank financial institutions",
                 fr = "un régime de réglementation et de contrôle contre le blanchiment d'argent pour les banques et les institutions financières non bancaires" } },
      { path = "aml.other_bodies",
        what = { en = "the coverage, where appropriate, of other bodies particularly susceptible to money-laundering",
                 fr = "l'assujettissement, le cas échéant, des autres entités particulièrement exposées au blanchiment d'argent" } },
      { path = "aml.customer_identification",
        what = { en = "customer identification requirements",
                 fr = "des exigences d'identification des clients" } },
      { path = "aml.record_keeping",
        what = { en = "record-keeping requirements",
                 fr = "des exigences d'enregistrement et de conservation des opérations" } },
      { path = "aml.suspicious_transaction_reporting",
        what = { en = "the reporting of suspicious transactions",
                 fr = "la déclaration des opérations suspectes" } },
      { path = "aml.supervision",
        what = { en = "supervision of compliance by competent authorities",
                 fr = "le contrôle du respect de ces exigences par des autorités compétentes" } },
    }))
  end,
}

---------------------------------------------------------------------------
-- Paragraph 1(b): cooperation of the authorities (mandatory) and a
-- financial intelligence unit (consider)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:7.1.b",
  clause = "cooperation",
  level = "mandatory",
  title = { en = "Authorities combating money-laundering able to cooperate and exchange information nationally and internationally",
            fr = "Autorités de lutte contre le blanchiment en mesure de coopérer et d'échanger des informations aux niveaux national et international" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[Each State Party: (b) shall, without prejudice to Articles 18 and 27 of this Convention, ensure that administrative, regulatory, law enforcement and other authorities dedicated to combating money-laundering (including, where appropriate under domestic law, judicial authorities) have the ability to cooperate and exchange information at the national and international levels within the conditions prescribed by its domestic law]],
    fr = [[Chaque État partie: b) s'assure, sans préjudice des articles 18 et 27 de la présente convention, que les autorités administratives, de réglementation, de détection et de répression et autres, chargées de la lutte contre le blanchiment d'argent (y compris, quand son droit interne le prévoit, les autorités judiciaires) sont en mesure de coopérer et d'échanger des informations aux niveaux national et international, dans les conditions définies par son droit interne]],
  },
  facts = { "aml.domestic_cooperation", "aml.international_exchange" },
  -- "At the national and international levels": both are required.
  check = function(ctx)
    return finding(ctx, all_elements(ctx, {
      { path = "aml.domestic_cooperation",
        what = { en = "cooperation and exchange of information among the national authorities dedicated to combating money-laundering",
                 fr = "la coopération et l'échange d'informations entre les autorités nationales chargées de la lutte contre le blanchiment d'argent" } },
      { path = "aml.international_exchange",
        what = { en = "cooperation and exchange of information by those authorities with their foreign counterparts",
                 fr = "la coopération et l'échange d'informations de ces autorités avec leurs homologues étrangers" } },
    }))
  end,
}

obligation {
  ref = "untoc:7.1.b",
  clause = "fiu",
  level = "consider",
  title = { en = "Consider establishing a financial intelligence unit",
            fr = "Envisager la création d'un service de renseignement financier" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[and, to that end, shall consider the establishment of a financial intelligence unit to serve as a national centre for the collection, analysis and dissemination of information regarding potential money-laundering.]],
    fr = [[et, à cette fin, envisage la création d'un service de renseignement financier qui fera office de centre national de collecte, d'analyse et de diffusion d'informations concernant d'éventuelles opérations de blanchiment d'argent.]],
  },
  facts = { "aml.fiu" },
  -- A duty to consider: met when an FIU exists or when the profile shows it
  -- was considered (considered = true); not met when the profile shows
  -- neither (a weak gap: not a mandatory one).
  check = function(ctx)
    local v = ctx:fact("aml.fiu")
    local name = (v and v.name) and { en = " (" .. v.name .. ")", fr = " (" .. v.name .. ")" } or { en = "", fr = "" }
    return lx.measure_finding(ctx, "aml.fiu", {
      what = lx.t({ en = "a financial intelligence unit{n} serving as a national centre for the collection, analysis and dissemination of information regarding potential money-laundering",
                    fr = "un service de renseignement financier{n} faisant office de centre national de collecte, d'analyse et de diffusion d'informations concernant d'éventuelles opérations de blanchiment d'argent" },
                  { n = name }) })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2: cross-border movements of cash and negotiable instruments
---------------------------------------------------------------------------

local CASH_SYSTEMS = {
  declaration = { en = "a declaration system", fr = "un système de déclaration" },
  disclosure = { en = "a disclosure system", fr = "un système de communication sur demande" },
  other = { en = "another detection and monitoring measure", fr = "une autre mesure de détection et de surveillance" },
}

obligation {
  ref = "untoc:7.2",
  level = "consider",
  title = { en = "Consider measures to detect and monitor cross-border movements of cash and negotiable instruments",
            fr = "Envisager des mesures de détection et de surveillance des mouvements transfrontières d'espèces et de titres négociables" },
  category = "prevention",
  cluster = 3,
  text = {
    en = [[States Parties shall consider implementing feasible measures to detect and monitor the movement of cash and appropriate negotiable instruments across their borders, subject to safeguards to ensure proper use of information and without impeding in any way the movement of legitimate capital. Such measures may include a requirement that individuals and businesses report the cross-border transfer of substantial quantities of cash and appropriate negotiable instruments.]],
    fr = [[Les États parties envisagent de mettre en œuvre des mesures réalisables de détection et de surveillance du mouvement transfrontière d'espèces et de titres négociables appropriés, sous réserve de garanties permettant d'assurer une utilisation correcte des informations et sans entraver d'aucune façon la circulation des capitaux licites. Il peut être notamment fait obligation aux particuliers et aux entreprises de signaler les transferts transfrontières de quantités importantes d'espèces et de titres négociables appropriés.]],
  },
  facts = { "aml.cross_border_cash" },
  -- Met when such measures are in force (the option names the form chosen:
  -- "declaration", "disclosure" or "other", when the profile gives it) or
  -- when the State considered them (option "considered").
  check = function(ctx)
    local what = { en = "measures to detect and monitor the movement of cash and appropriate negotiable instruments across its borders",
                   fr = "des mesures de détection et de surveillance du mouvement transfrontière d'espèces et de titres négociables appropriés" }
    local m = ctx:measure("aml.cross_border_cash")
    if m.state ~= "adopted" then return lx.measure_finding(ctx, "aml.cross_border_cash", { what = what }) end
    local raw = m.raw
    local form = raw.system and CASH_SYSTEMS[raw.system]
    local how = form and lx.t({ en = ": {f}", fr = " : {f}" }, { f = form }) or { en = "", fr = "" }
    local amount = { en = "", fr = "" }
    if raw.threshold then
      local n = (raw.threshold == math.floor(raw.threshold)) and string.format("%d", raw.threshold) or tostring(raw.threshold)
      local cur = raw.currency and (" " .. raw.currency) or ""
      amount = lx.t({ en = ", from {a}", fr = ", à partir de {a}" }, { a = n .. cur })
    end
    local option = nil
    if form then option = { id = raw.system, en = form.en, fr = form.fr } end
    return ctx:met(lx.t({ en = "National law provides for {w}{h}{a}{s}.", fr = "Le droit national prévoit {w}{h}{a}{s}." },
                        { w = what, h = how, a = amount, s = lx.cited(m) }), option)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 3: the initiatives of international organisations as a
-- guideline (optional: an invitation)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:7.3",
  level = "optional",
  title = { en = "Relevant international anti-money-laundering initiatives used as a guideline",
            fr = "Initiatives internationales pertinentes contre le blanchiment prises pour lignes directrices" },
  category = "prevention",
  cluster = 3,
  text = {
    en = [[In establishing a domestic regulatory and supervisory regime under the terms of this Article, and without prejudice to any other Article of this Convention, States Parties are called upon to use as a guideline the relevant initiatives of regional, interregional and multilateral organisations against money-laundering.]],
    fr = [[Lorsqu'ils instituent un régime interne de réglementation et de contrôle aux termes du présent article, et sans préjudice de tout autre article de la présente convention, les États parties sont invités à prendre pour lignes directrices les initiatives pertinentes prises par les organisations régionales, interrégionales et multilatérales pour lutter contre le blanchiment d'argent.]],
  },
  facts = { "aml.international_standards" },
  -- An invitation: informational only.  Met when the regime follows such
  -- initiatives (listed when the profile names them).
  check = function(ctx)
    local m = ctx:measure("aml.international_standards")
    local which = { en = "", fr = "" }
    if m.raw and m.raw.initiatives and #m.raw.initiatives > 0 then
      local names = {}
      for i, x in ipairs(m.raw.initiatives) do names[i] = x end
      which = lx.t({ en = ": {l}", fr = " : {l}" }, { l = table.concat(names, "; ") })
    end
    local s = lx.cited(m)
    if m.state == "adopted" then
      return ctx:met(lx.t({ en = "The regime uses as a guideline the relevant initiatives of regional, interregional and multilateral organizations against money-laundering{w}{s}.",
                            fr = "Le régime prend pour lignes directrices les initiatives pertinentes des organisations régionales, interrégionales et multilatérales contre le blanchiment d'argent{w}{s}." },
                          { w = which, s = s }))
    elseif m.state == "partly" then
      local missing = {}
      for i, x in ipairs(m.missing or {}) do missing[i] = x end
      return ctx:partly(lx.t({ en = "The regime follows the relevant international initiatives against money-laundering only in part{w}{s}.",
                               fr = "Le régime ne suit qu'en partie les initiatives internationales pertinentes contre le blanchiment d'argent{w}{s}." },
                             { w = which, s = s }), missing)
    elseif m.state == "not_adopted" then
      return ctx:not_met(lx.t({ en = "The regime does not use the relevant international initiatives against money-laundering as a guideline{s}. Paragraph 3 is an invitation, not a duty.",
                                fr = "Le régime ne prend pas pour lignes directrices les initiatives internationales pertinentes contre le blanchiment d'argent{s}. Le paragraphe 3 est une invitation, non une obligation." },
                              { s = s }),
                         { { en = "use of the relevant international initiatives as a guideline", fr = "la prise pour lignes directrices des initiatives internationales pertinentes" } })
    end
    return ctx:unknown({ en = "The profile does not say whether the regime uses the relevant international initiatives against money-laundering as a guideline.",
                         fr = "Le profil n'indique pas si le régime prend pour lignes directrices les initiatives internationales pertinentes contre le blanchiment d'argent." })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 4: global, regional, subregional and bilateral cooperation
-- (endeavour)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:7.4",
  level = "endeavour",
  title = { en = "Develop and promote international cooperation among judicial, law-enforcement and financial regulatory authorities",
            fr = "Développer et promouvoir la coopération internationale entre autorités judiciaires, de détection et de répression et de réglementation financière" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[States Parties shall endeavour to develop and promote global, regional, subregional and bilateral cooperation among judicial, law enforcement and financial regulatory authorities in order to combat money-laundering.]],
    fr = [[Les États parties s'efforcent de développer et de promouvoir la coopération mondiale, régionale, sous-régionale et bilatérale entre les autorités judiciaires, les services de détection et de répression et les autorités de réglementation financière en vue de lutter contre le blanchiment d'argent.]],
  },
  facts = { "aml.international_cooperation" },
  -- Best efforts: the finding reports the state of the efforts; not_met
  -- here is never a gap.  With adopted = false and considered = true, the
  -- efforts made count (met, option "considered").
  check = function(ctx)
    local m = ctx:measure("aml.international_cooperation")
    local s = lx.cited(m)
    if m.state == "adopted" then
      return ctx:met(lx.t({ en = "The State develops and promotes global, regional, subregional and bilateral cooperation among judicial, law-enforcement and financial regulatory authorities against money-laundering{s}.",
                            fr = "L'État développe et promeut la coopération mondiale, régionale, sous-régionale et bilatérale entre autorités judiciaires, services de détection et de répression et autorités de réglementation financière contre le blanchiment d'argent{s}." },
                          { s = s }))
    elseif m.state == "partly" then
      local missing = {}
      for i, x in ipairs(m.missing or {}) do missing[i] = x end
      return ctx:partly(lx.t({ en = "The State develops such cooperation only in part{s}.",
                               fr = "L'État ne développe cette coopération qu'en partie{s}." }, { s = s }), missing)
    elseif m.state == "not_adopted" then
      if m.considered then
        return ctx:met(lx.t({ en = "The State has made efforts towards such cooperation without achieving it yet{s}; this meets a best-efforts duty.",
                              fr = "L'État s'est efforcé de développer cette coopération sans y être encore parvenu{s} ; l'obligation de moyens est remplie." },
                            { s = s }),
                       { id = "considered", en = "efforts made", fr = "efforts accomplis" })
      end
      return ctx:not_met(lx.t({ en = "The profile shows no effort to develop or promote international cooperation among judicial, law-enforcement and financial regulatory authorities against money-laundering{s}.",
                                fr = "Le profil ne montre aucun effort pour développer ou promouvoir la coopération internationale entre autorités judiciaires, services de détection et de répression et autorités de réglementation financière contre le blanchiment d'argent{s}." },
                              { s = s }),
                         { { en = "efforts to develop and promote international cooperation against money-laundering", fr = "des efforts pour développer et promouvoir la coopération internationale contre le blanchiment d'argent" } })
    end
    return ctx:unknown({ en = "The profile does not say whether the State develops and promotes international cooperation among judicial, law-enforcement and financial regulatory authorities against money-laundering.",
                         fr = "Le profil n'indique pas si l'État développe et promeut la coopération internationale entre autorités judiciaires, services de détection et de répression et autorités de réglementation financière contre le blanchiment d'argent." })
  end,
}
