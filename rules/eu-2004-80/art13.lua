-- Directive 2004/80/EC, article 13 -- Information to the Commission and
-- manual.
--
-- Paragraph 1 is mandatory (« transmettent », levels.lua) and due on
-- 1 July 2005 (« au plus tard le 1er juillet 2005 »; instrument.lua
-- `deadlines`): the Member State sends the Commission (a) the list of its
-- assisting and deciding authorities, (b) the languages they accept, (c) the
-- information of art. 4, (d) the application forms, and informs it of later
-- changes.  Each sending is an item of the profile's `notifications` with
-- provision "eu-2004-80:13.1.a" ... "13.1.d".  Every item sent by the assessment
-- date: met (a sending after 1 July 2005, or after the accession of a State that
-- acceded later, is late: the finding says so); some: partly met; none: not met
-- when the profile lists the State's notifications (a list is taken to list them
-- all, docs/profile.md 10.3) or the table of correspondence states that nothing
-- was sent (a row on 13(1) with adopted = false); unknown when the profile has
-- no `notifications` list at all.
--
-- Paragraph 2 binds the Commission (the manual): left out below.

local ITEMS = {
  { ref = "eu-2004-80:13.1.a", en = "the list of assisting and deciding authorities (art. 3(1) and (2))", fr = "la liste des autorités chargées de l'assistance et de décision (art. 3, par. 1 et 2)" },
  { ref = "eu-2004-80:13.1.b", en = "the languages the authorities accept (art. 11(1))", fr = "les langues que les autorités acceptent (art. 11, par. 1)" },
  { ref = "eu-2004-80:13.1.c", en = "the information of article 4", fr = "les informations visées à l'article 4" },
  { ref = "eu-2004-80:13.1.d", en = "the application forms", fr = "les formulaires de demande" },
}
local DUE = "2005-07-01"

obligation {
  ref = "eu-2004-80:13.1",
  level = "mandatory",
  title = { en = "Information sent to the Commission",
            fr = "Informations transmises à la Commission" },
  category = "implementation",
  text = {
    fr = [[Les États membres transmettent à la Commission, au plus tard le 1er juillet 2005, des précisions concernant:
a) la liste des autorités mises en place ou désignées en application de l'article 3, paragraphes 1 et 2, y compris, le cas échéant, les informations pertinentes relatives à la compétence d'exception et à la compétence territoriale desdites autorités;
b) les langues visées à l'article 11, paragraphe 1, point a), que les autorités sont disposées à accepter aux fins de l'application des articles 6 à 10 ainsi que la (les) langue(s) officielle(s) autre(s) que leur propre langue, dans la(les)quelle(s) elles acceptent que les demandes soient transmises conformément à l'article 11, paragraphe 1, point b);
c) les informations visées à l'article 4;
d) les formulaires de demande d'indemnisation.
Les États membres informent la Commission de toute modification ultérieure affectant ces informations.]],
  },
  covers = { "eu-2004-80:13.1.a", "eu-2004-80:13.1.b", "eu-2004-80:13.1.c", "eu-2004-80:13.1.d" },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    local sent, missing, late = {}, {}, {}
    local due, acceded = lx.due_for_state(ctx)   -- DUE, or the State's later accession (nil: not bound)
    for _, item in ipairs(ITEMS) do
      local n = ctx:notification(item.ref)
      if n then
        sent[#sent + 1] = lx.t({ en = "{w} on {d}", fr = "{w} le {d}" }, { w = item, d = n.date })
        if n.date > (due or DUE) then late[#late + 1] = item end
      else
        missing[#missing + 1] = { en = item.en, fr = item.fr }
      end
    end
    local lateness = #late == 0 and { en = "", fr = "" } or acceded and lx.t({ en = " Some of it was sent after {d}, the date of the State's accession, from which the provision binds it.", fr = " Une partie l'a été après le {d}, date de l'adhésion de l'État, dès laquelle la disposition le lie." }, { d = due })
      or { en = " Some of it was sent after the deadline of 1 July 2005.", fr = " Une partie l'a été après le délai du 1er juillet 2005." }
    if #missing == 0 then
      return ctx:met(lx.t({ en = "The State sent the Commission {s}.{l}", fr = "L'État a transmis à la Commission {s}.{l}" },
        { s = lx.join(sent, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }), l = lateness }))
    end
    if #sent > 0 then
      return ctx:partly(lx.t({ en = "The State sent the Commission {s}, but not the rest.{l}", fr = "L'État a transmis à la Commission {s}, mais pas le reste.{l}" },
        { s = lx.join(sent, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }), l = lateness }), missing)
    end
    local t = lx.transposition(ctx, "eu-2004-80:13.1")
    if t.state == "not_adopted" or ctx:fact("notifications") ~= nil then
      return ctx:not_met({ en = "The State has not sent the Commission the information article 13(1) requires.",
                           fr = "L'État n'a pas transmis à la Commission les informations exigées par l'article 13, paragraphe 1." }, missing)
    end
    for _, item in ipairs(ITEMS) do
      ctx:ask("notifications", lx.t({ en = "Did the State send the Commission {w}, and when?", fr = "L'État a-t-il transmis à la Commission {w}, et quand ?" }, { w = item }))
    end
    return ctx:unknown({ en = "The profile records no information sent to the Commission under article 13(1).",
                         fr = "Le profil ne mentionne aucune information transmise à la Commission au titre de l'article 13, paragraphe 1." }, {})
  end,
}

not_encoded {
  ref = "eu-2004-80:13.2",
  reason = { en = "Binds the Commission: it draws up and publishes the manual, in collaboration with the Member States, and has it translated. No measure of national law.",
             fr = "Vise la Commission : elle élabore et publie le manuel, en collaboration avec les États membres, et en assure la traduction. Aucune mesure de droit national." },
}
