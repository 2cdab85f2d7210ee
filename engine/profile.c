/*
 * profile.c -- load and validate country profiles.
 */
#include "profile.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/types.h>

#include "infile.h"

#include "lx.h"
#include "schema.h"
#include "schema_bundled.h"
#include "siphash.h"

/* Is key one of an offence scope's (aims_at, predicates, scope)?  Its
** first byte tells most keys apart. */
static int scope_key(const char *key) {
  switch (key[0]) {
    case 'a': return strcmp(key, "aims_at") == 0;
    case 'p': return strcmp(key, "predicates") == 0;
    case 's': return strcmp(key, "scope") == 0;
    default: return 0;
  }
}

/* What is wrong with an offence scope (aims_at, predicates, scope) or, when
** in_definitions, an entry of the top-level `definitions`: a scope gives
** either `scope` or `ref`, the name of a definition; a definition gives
** `scope` (it may not refer to another). */
typedef enum {
  SCOPE_FINE,
  SCOPE_DEFINITION_REFERS,   /* a definition with a ref */
  SCOPE_BOTH,                /* scope and ref */
  SCOPE_NEITHER,             /* neither */
  SCOPE_UNKNOWN_REF          /* a ref naming no definition */
} scope_fault;

static scope_fault scope_fault_of(const data_value *v, const data_value *defs, int in_definitions,
                                  const data_value **ref) {
  *ref = data_get(v, "ref");
  const data_value *scope = data_get(v, "scope");
  const char *name = data_str(*ref);
  if (in_definitions && *ref) return SCOPE_DEFINITION_REFERS;
  if (*ref && scope) return SCOPE_BOTH;
  if (!*ref && !scope) return SCOPE_NEITHER;
  if (name && !(defs && data_get(defs, name))) return SCOPE_UNKNOWN_REF;
  return SCOPE_FINE;
}

/* Is v, at depth with the key path trail, the top-level field
** `definitions` (a key of fewer bytes than a path holds)? */
static int is_definitions(const data_trail *trail, int depth) {
  return depth == 1 && trail->depth == 1 && trail->step[0].key && strcmp(trail->step[0].key, "definitions") == 0;
}

/* Say each offence scope's and each definition's fault below v (none are
** nested in another), with the key path of v in trail, extended and cut
** back in place; the number said. */
static int check_scope_refs(const data_value *v, const data_value *defs, const char *file,
                            data_trail *trail, int depth, diag_list *diags) {
  int problems = 0;
  if (!v || v->kind != DATA_TABLE || depth > DATA_MAX_DEPTH) return 0;
  int in_definitions = is_definitions(trail, depth);
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    if (!in_definitions && f->value->kind != DATA_TABLE) continue;   /* neither a scope nor a table holding one */
    size_t mark = f->key ? data_trail_key(trail, f->key) : data_trail_index(trail, f->index);
    data_path path;                  /* made only when something is said */
    const char *sub = path.s;
    int is_scope = f->key && f->value->kind == DATA_TABLE && depth > 0 && scope_key(f->key);
    if (in_definitions || is_scope) {
      data_trail_text(trail, &path);
      const data_value *ref;
      scope_fault fault = scope_fault_of(f->value, defs, in_definitions, &ref);
      if (fault == SCOPE_DEFINITION_REFERS) {
        diag_add(diags, file, ref->line, sub, "a definition states its own scope; it may not refer to another (ref)");
      } else if (fault == SCOPE_BOTH) {
        diag_add(diags, file, ref->line, sub, "give either scope or ref (a definition under `definitions`), not both");
      } else if (fault == SCOPE_NEITHER) {
        diag_add(diags, file, f->value->line, sub, "missing required key 'scope' (or ref, the name of a definition under `definitions`)");
      } else if (fault == SCOPE_UNKNOWN_REF) {
        const char *name = data_str(ref);
        const char *names[256];
        int n = 0;
        for (size_t k = 0; defs && defs->kind == DATA_TABLE && k < defs->u.table.n && n < 256; k++)
          if (defs->u.table.fields[k].key) names[n++] = defs->u.table.fields[k].key;
        const char *hint = lx_suggest(name, names, n);
        diag_add(diags, file, ref->line, sub, "'%s' is not a definition of this profile (definitions)%s%s%s", name,
                 hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
      }
      problems += fault != SCOPE_FINE;
    } else {
      problems += check_scope_refs(f->value, defs, file, trail, depth + 1, diags);
    }
    data_trail_leave(trail, mark);
  }
  return problems;
}

/* Say each identifier of the list ids (a profile's `offences` below the
** top level: an offence scope's) that is not an offence of this profile,
** with the key path of ids in trail; the number said. */
static int check_offence_ids(const data_value *ids, const data_value *offences, const char *file,
                             const data_trail *trail, diag_list *diags) {
  int problems = 0;
  size_t nids = data_len(ids);
  for (size_t k = 1; k <= nids; k++) {
    const data_value *id = data_at(ids, (long long)k);
    const char *s = data_str(id);
    if (!s || (offences && data_get(offences, s))) continue;
    const char *names[256];
    int n = 0;
    for (size_t o = 0; offences && o < offences->u.table.n && n < 256; o++)
      if (offences->u.table.fields[o].key) names[n++] = offences->u.table.fields[o].key;
    const char *hint = lx_suggest(s, names, n);
    char at[600];
    data_path path;
    data_trail_text(trail, &path);
    snprintf(at, sizeof at, "%s[%zu]", path.s, k);
    diag_add(diags, file, id->line, at, "'%s' is not an offence of this profile%s%s%s", s,
             hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
    problems++;
  }
  return problems;
}

/* The reference checks, in one walk of v (the key path of v in trail,
** extended and cut back in place), while each still looks below v:
** offences (identifiers named in offence scopes must be offences of this
** profile: said here, in the walk's order) and scopes (each offence scope
** and definition, as check_scope_refs checks them: counted in *scope_faults
** and said by check_scope_refs afterwards, so that every offence problem
** comes first).  The number of offence problems said. */
static int check_refs(const data_value *v, const data_value *offences, const data_value *defs, const char *file,
                      data_trail *trail, int depth, int look_offences, int look_scopes, int *scope_faults,
                      diag_list *diags) {
  int problems = 0;
  if (!v || v->kind != DATA_TABLE || depth > DATA_MAX_DEPTH) return 0;
  int in_definitions = look_scopes && is_definitions(trail, depth);
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    int is_table = f->value->kind == DATA_TABLE;
    if (!is_table && !in_definitions) continue;   /* neither offences, a scope nor a table holding them */
    size_t mark = f->key ? data_trail_key(trail, f->key) : data_trail_index(trail, f->index);
    int offences_below = 0, scopes_below = 0;
    if (look_offences && is_table) {
      if (depth > 0 && f->key && f->key[0] == 'o' && strcmp(f->key, "offences") == 0)
        problems += check_offence_ids(f->value, offences, file, trail, diags);
      else
        offences_below = 1;
    }
    if (look_scopes) {
      const data_value *ref;
      if (in_definitions || (f->key && is_table && depth > 0 && scope_key(f->key)))
        *scope_faults += scope_fault_of(f->value, defs, in_definitions, &ref) != SCOPE_FINE;
      else
        scopes_below = 1;
    }
    if (offences_below || scopes_below)
      problems += check_refs(f->value, offences, defs, file, trail, depth + 1, offences_below, scopes_below,
                             scope_faults, diags);
    data_trail_leave(trail, mark);
  }
  return problems;
}

/* profile_format must name a version this lexgap reads: a profile written
** for another version of the model would be misread, not refused.  (Its
** type, an integer, is the schema's to check.) */
static int check_format(const data_value *data, const char *file, diag_list *diags) {
  const data_value *v = data_get(data, "profile_format");
  if (!v || v->kind != DATA_INTEGER) return 0;
  long long version = v->u.integer;
  if (version >= PROFILE_FORMAT_MIN && version <= PROFILE_FORMAT_MAX) return 0;
  diag_add(diags, file, v->line, "profile_format", "unsupported profile format %lld: this lexgap reads format %d%s",
           version, PROFILE_FORMAT_MAX, version > PROFILE_FORMAT_MAX ? " (was the profile written for a newer lexgap?)" : "");
  return 1;
}

/* The profile takes data (carved from blocks, or NULL: a tree to
** data_free), as checked already: its file and its State's fields set.
** 0, or -1 (out of memory: said in diags, the tree freed). */
static int take_tree(lx_profile *p, const char *file, data_value *data, data_blocks *blocks, diag_list *diags) {
  memset(p, 0, sizeof *p);
  p->blocks = blocks;
  p->file = strdup(file);
  p->data = data;
  const data_value *state = data_get(data, "state");
  p->state_code = data_str(data_get(state, "code"));
  p->state_name = data_str(data_get(state, "name"));
  p->state_name_fr = data_str(data_get(state, "name_fr"));
  p->describes = data_str(data_get(data, "describes_law_as_of"));
  if (!p->file) { profile_free(p); diag_add(diags, file, 0, NULL, "out of memory"); return -1; }
  return 0;
}

/* profile_from_data for a tree carved from blocks (NULL: a tree to
** data_free), which the profile takes in every case. */
static int from_tree(lx_profile *p, const char *file, data_value *data, data_blocks *blocks,
                     const data_value *schema, diag_list *diags) {
  memset(p, 0, sizeof *p);
  /* report every problem at once: the schema's, the format, then the cross-references */
  int problems = schema_is_bundled(schema) ? schema_check_lasting(schema, data, file, diags)
                                           : schema_check(schema, data, file, diags);
  problems += check_format(data, file, diags);
  const data_value *offences = data_get(data, "offences");
  data_trail trail;
  trail.depth = 0;
  const data_value *defs = data_get(data, "definitions");
  int scope_faults = 0;
  problems += check_refs(data, offences && offences->kind == DATA_TABLE ? offences : NULL, defs, file, &trail, 0,
                         1, 1, &scope_faults, diags);
  if (scope_faults > 0) problems += check_scope_refs(data, defs, file, &trail, 0, diags);
  if (problems > 0) {
    if (blocks) data_blocks_free(blocks);
    else data_free(data);
    return -1;
  }
  return take_tree(p, file, data, blocks, diags);
}

int profile_from_data(lx_profile *p, const char *file, data_value *data, const data_value *schema,
                      diag_list *diags) {
  return from_tree(p, file, data, NULL, schema, diags);
}

/*
** The bytes checked: a keyed digest (SipHash-1-3, 64 bits)
*/

static uint64_t digest_key[2];
static int digest_keyed;             /* 0 not drawn yet, 1 drawn, -1 none could be */

/* The digest of [s, s+n) under the process's key, drawn from the kernel at
** the first call (never waiting for it): 1 with *out set, or 0 when no key
** could be drawn (then nothing is taken as checked by its digest). */
static int bytes_digest(const char *s, size_t n, uint64_t *out) {
  if (digest_keyed == 0)
    digest_keyed = getrandom(digest_key, sizeof digest_key, GRND_NONBLOCK) == (ssize_t)sizeof digest_key ? 1 : -1;
  if (digest_keyed < 0) return 0;
  *out = lx_siphash(digest_key[0], digest_key[1], s, n, 1, 3);   /* SipHash-1-3 */
  return 1;
}

/* profile_load, and profile_load_again when checked is not NULL: the file
** read, parsed into blocks, and checked unless its bytes are those checked
** (their length and digest); *seen, when not NULL, gets them on success
** (their digest only for a profile the caller does not keep: one whose tree,
** with its bytes when src is not NULL, takes more than keep_room bytes);
** *src and *len, when src is not NULL, get the bytes read on success, when
** seen is NULL or the profile is kept (else they are freed). */
static int load_file(lx_profile *p, const char *file, const data_value *schema, const profile_seen *checked,
                     size_t keep_room, profile_seen *seen, char **src, size_t *src_len, diag_list *diags) {
  data_error err;
  memset(p, 0, sizeof *p);
  size_t len = 0;
  char *buf = infile_read(file, DATA_MAX_BYTES, &len, err.message, sizeof err.message);
  if (!buf) {
    diag_add(diags, file, 0, NULL, "%s", err.message);
    return -1;
  }
  profile_seen now = { len, 0, 0 };
  if (checked) now.known = bytes_digest(buf, len, &now.digest);
  /* the bytes checked before: they parsed then, so their keys are not
  ** checked for duplicates again, nor the tree against the model */
  int same = checked && checked->known && now.known && checked->len == now.len && checked->digest == now.digest;
  data_blocks *blocks = NULL;         /* the tree in blocks: freed at once, no allocation per value */
  data_value *data = same ? data_parse_bytes_again_in_blocks(buf, len, &err, &blocks)
                          : data_parse_bytes_in_blocks(buf, len, &err, &blocks);
  /* a profile the caller keeps (seen is given only by profile_load_seen*, checked never) */
  int kept = data && seen && data_blocks_bytes(blocks) + (src ? len : 0) <= keep_room;
  if (data && seen && !kept) now.known = bytes_digest(buf, len, &now.digest);
  if (!data) {
    free(buf);
    diag_add(diags, file, err.line, err.key[0] ? err.key : NULL, "%s", err.message);
    return -1;
  }
  int rc = same ? take_tree(p, file, data, blocks, diags) : from_tree(p, file, data, blocks, schema, diags);
  if (rc == 0 && seen) *seen = now;
  if (rc == 0 && src && (!seen || kept)) {
    *src = buf;
    *src_len = len;
  } else free(buf);
  return rc;
}

int profile_load(lx_profile *p, const char *file, const data_value *schema, diag_list *diags) {
  return load_file(p, file, schema, NULL, 0, NULL, NULL, NULL, diags);
}

int profile_load_seen(lx_profile *p, const char *file, const data_value *schema, size_t keep_room,
                      profile_seen *seen, diag_list *diags) {
  memset(seen, 0, sizeof *seen);
  return load_file(p, file, schema, NULL, keep_room, seen, NULL, NULL, diags);
}

int profile_load_seen_keeping(lx_profile *p, const char *file, const data_value *schema, size_t keep_room,
                              profile_seen *seen, char **src, size_t *len, diag_list *diags) {
  memset(seen, 0, sizeof *seen);
  *src = NULL;
  *len = 0;
  return load_file(p, file, schema, NULL, keep_room, seen, src, len, diags);
}

int profile_load_again(lx_profile *p, const char *file, const data_value *schema, const profile_seen *checked,
                       diag_list *diags) {
  return load_file(p, file, schema, checked, 0, NULL, NULL, NULL, diags);
}

int profile_load_keeping(lx_profile *p, const char *file, const data_value *schema, char **src, size_t *len,
                         diag_list *diags) {
  *src = NULL;
  *len = 0;
  return load_file(p, file, schema, NULL, 0, NULL, src, len, diags);
}

int profile_load_again_keeping(lx_profile *p, const char *file, const data_value *schema, const profile_seen *checked,
                               char **src, size_t *len, diag_list *diags) {
  *src = NULL;
  *len = 0;
  return load_file(p, file, schema, checked, 0, NULL, src, len, diags);
}

void profile_free(lx_profile *p) {
  free(p->file);
  if (p->blocks) data_blocks_free(p->blocks);
  else data_free(p->data);
  memset(p, 0, sizeof *p);
}
