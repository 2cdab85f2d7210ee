/*
 * instrument.h -- the instrument descriptor, <pack>/instrument.lua.
 *
 * A data file that says what an instrument is and when it binds; its
 * presence makes a folder a rule pack (rules.c).  Its fields are described
 * in docs/rules.md, "Adding an instrument".
 */
#ifndef LX_INSTRUMENT_H
#define LX_INSTRUMENT_H

#include "data.h"
#include "diag.h"

/* Check the descriptor v of the pack in folder id, read from path: every
** problem (an unknown field, with a suggestion; a missing required one; a
** value of the wrong type) goes to diags with its line and field.  Returns
** the number of problems (0: the engine can read it). */
int instrument_check(const data_value *v, const char *id, const char *path, diag_list *diags);

#endif
