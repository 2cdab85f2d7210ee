-- Directive 2004/81/EC article 16 -- Reporting
--
-- Paragraph 1 is addressed to the Commission (its report by 6 August 2008)
-- and, in its second sentence, to the Member States: « Les États membres
-- transmettent à la Commission toute information pertinente en vue de
-- l'élaboration de ce rapport » (mandatory).  The profile records that
-- information as an item of `notifications` with provision =
-- "eu-2004-81:16.1".  Until the report was due (6 August 2008) a missing
-- communication shows no breach yet: not applicable, with that reason.  The
-- sentence serves « ce rapport », the first one: a State bound only after it
-- was due (Bulgaria and Romania in 2007 were bound before; Croatia, bound
-- from 1 July 2013, was not) had no information to send for it: not
-- applicable, even if the profile records a communication (the duty never
-- concerned it).  Before the report was due, a communication recorded is
-- met and none is not applicable, whether or not the profile lists the
-- State's communications; afterwards, none in a list is not met and no list
-- is unknown.
-- Paragraph 2 binds only the Commission (levels.lua: none).

local REPORT_DUE = "2008-08-06"   -- art. 16(1): « Au plus tard le 6 août 2008 »

obligation {
  ref = "eu-2004-81:16.1",
  level = "mandatory",
  title = { en = "Information to the Commission for its report", fr = "Informations transmises à la Commission pour son rapport" },
  category = "implementation",
  text = {
    fr = [[Les États membres transmettent à la Commission toute information pertinente en vue de l'élaboration de ce rapport.]],
  },
  facts = {},
  check = function(ctx)
    if ctx.bound_since and ctx.bound_since > REPORT_DUE then
      return ctx:not_applicable(lx.t({ en = "The directive binds the State only since {s}, after the Commission's report under art. 16(1) was due ({d}); the information for that report did not concern it.",
                                       fr = "La directive ne lie l'État que depuis le {s}, après la date à laquelle le rapport de la Commission prévu à l'art. 16, par. 1, était dû ({d}) ; les informations destinées à ce rapport ne le concernaient pas." },
                                     { s = ctx.bound_since, d = REPORT_DUE }))
    end
    local sent = ctx:notification("eu-2004-81:16.1")
    if sent then
      return ctx:met(lx.t({ en = "The State sent the Commission information for its report on the application of the directive on {d}.",
                            fr = "L'État a transmis à la Commission des informations pour son rapport sur l'application de la directive le {d}." },
                          { d = sent.date }))
    end
    if ctx.as_of < REPORT_DUE then
      return ctx:not_applicable(lx.t({ en = "The Commission's report was due by {d}; on the assessment date no communication for it is recorded, and none was yet due.",
                                       fr = "Le rapport de la Commission était attendu au plus tard le {d} ; à la date d'évaluation, aucune communication destinée à ce rapport n'est relevée, et aucune n'était encore exigible." },
                                     { d = REPORT_DUE }))
    end
    if ctx.profile.notifications == nil then
      ctx:ask("notifications", { en = "Did the State send the Commission the information relevant to its report on the application of Directive 2004/81/EC (art. 16(1)), and when?",
                                 fr = "L'État a-t-il transmis à la Commission les informations utiles à son rapport sur l'application de la directive 2004/81/CE (art. 16, par. 1), et quand ?" })
      return ctx:unknown({ en = "The profile does not record the State's communications to the Commission.",
                           fr = "Le profil n'indique pas les communications de l'État à la Commission." })
    end
    return ctx:not_met({ en = "The profile lists the State's communications and none sent the Commission information for its report on the application of the directive.",
                         fr = "Le profil énumère les communications de l'État et aucune n'a transmis à la Commission d'informations pour son rapport sur l'application de la directive." },
                       { { en = "information sent to the Commission for its report (art. 16(1))", fr = "les informations transmises à la Commission pour son rapport (art. 16, par. 1)" } })
  end,
}
