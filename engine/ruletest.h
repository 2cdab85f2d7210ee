/*
 * ruletest.h -- `lexgap test`: the rule packs' own test cases.
 *
 * <pack>/tests/base.lua is a profile; every other .lua file of <pack>/tests holds a
 * list of cases { name, as_of?, profile = fragment, expect = { [id] = status
 * or { status, option?, explains?, explains_fr?, explains_not?,
 * explains_not_fr? } } }.  Each fragment is merged onto the base profile,
 * validated like any profile, and assessed; the named obligations must have
 * the expected status (and option), and their explanation must contain each
 * text of explains (English) and explains_fr (French) and none of
 * explains_not and explains_not_fr: a text, or a list of texts, matched as
 * written (no patterns).  A case may also add a true fact
 * (`adding`, a fragment merged on top): the profile is then assessed without
 * and with it, no finding may get worse (not_met < partly_met < met; a
 * settled finding may not become unknown), and `expect` is about the profile
 * with the fact.  A rule is also expected to be exercised:
 * at least one case expecting met, one expecting not_met or partly_met, and
 * one expecting unknown.
 */
#ifndef LX_RULETEST_H
#define LX_RULETEST_H

#include <stdio.h>

#include "rules.h"
#include "sandbox.h"

/* Run every test of the rule set; report to out, ending with the line
** "N passed, M failed".  Returns 0 when nothing failed. */
int ruletest_run(lx_sandbox *sb, const lx_ruleset *rs, int verbose, FILE *out);

#endif
