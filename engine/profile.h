/*
 * profile.h -- a country profile: a data file validated against the schema.
 *
 * A profile is untrusted data.  It is read by the data-file parser (no code
 * runs) and validated in full before anything is assessed: a profile with
 * any problem is refused, and every problem is listed with file, line and
 * key path.
 */
#ifndef LX_PROFILE_H
#define LX_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#include "data.h"
#include "diag.h"

/* The versions of the profile format this lexgap reads (profile_format). */
#define PROFILE_FORMAT_MIN 1
#define PROFILE_FORMAT_MAX 1

typedef struct {
  char *file;
  data_value *data;            /* the validated tree */
  const char *state_code;      /* points into data */
  const char *state_name;
  const char *state_name_fr;   /* may be NULL */
  const char *describes;       /* describes_law_as_of */
  data_blocks *blocks;         /* what data is carved from (profile_load), or NULL: data_free */
} lx_profile;

/* Load and validate.  Returns 0, or -1 with every problem in diags (the
** profile is then left empty). */
int profile_load(lx_profile *p, const char *file, const data_value *schema, diag_list *diags);

/* Validate an already parsed tree (rule test cases build theirs by merging);
** takes ownership of data in every case. */
int profile_from_data(lx_profile *p, const char *file, data_value *data, const data_value *schema,
                      diag_list *diags);

/* What a profile's check read: its file's length and a digest of its bytes
** under a key drawn at random once a process (SipHash-1-3), so that no file
** can be made on purpose to match another's; known 0 when no key could be
** drawn.  A batch checks every profile before it assesses any, and reads
** most of them again for the assessment: bytes the same as those checked
** make the same tree, which needs no second check. */
typedef struct {
  size_t len;
  uint64_t digest;
  int known;
} profile_seen;

/* profile_load, and on success *seen is what it read (else all zero).  A
** tree that takes at most keep_room bytes (data_blocks_bytes) is one the
** caller keeps for the assessment and never reads again: its digest is
** not taken (seen->known 0; SIZE_MAX: none is taken, 0: every one is). */
int profile_load_seen(lx_profile *p, const char *file, const data_value *schema, size_t keep_room,
                      profile_seen *seen, diag_list *diags);

/* profile_load_seen for a caller that saves the bytes it assesses (assess
** --save): a profile is kept when its tree and its bytes together take at
** most keep_room bytes, and then, on success, *src (malloc'd) and *len are
** the very bytes its tree was made from and its digest is not taken; for
** any other (read again at its turn), *src is NULL and *len 0. */
int profile_load_seen_keeping(lx_profile *p, const char *file, const data_value *schema, size_t keep_room,
                              profile_seen *seen, char **src, size_t *len, diag_list *diags);

/* profile_load of a file checked before (*checked, from profile_load_seen):
** when its bytes are the same, the tree is taken without a second check;
** otherwise it is checked in full, with profile_load's messages. */
int profile_load_again(lx_profile *p, const char *file, const data_value *schema, const profile_seen *checked,
                       diag_list *diags);

/* profile_load, keeping the bytes read: on success *src (malloc'd) and
** *len are the very bytes the tree was made from; on failure *src is NULL.
** (The store's harness and the bench save runs with them, as assess
** --save does.) */
int profile_load_keeping(lx_profile *p, const char *file, const data_value *schema, char **src, size_t *len,
                         diag_list *diags);

/* profile_load_again, keeping the bytes read: on success *src (malloc'd)
** and *len are the very bytes the tree was made from (assess --save records
** them with the run); on failure *src is NULL. */
int profile_load_again_keeping(lx_profile *p, const char *file, const data_value *schema, const profile_seen *checked,
                               char **src, size_t *len, diag_list *diags);

void profile_free(lx_profile *p);

#endif
