/*
 * schema.c -- validate profiles against the profile model.
 */
#include "schema.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "lx.h"

#define MAX_PATH 512
#define MAX_RESOLVE 16     /* named types referring to named types */

static const char *const builtins[] = {
  "string", "text", "date", "integer", "number", "boolean", "ref", "adoption",
  "instrument", "record", "list", "map", "enum", NULL
};

/* The built-in kinds, in the order of builtins[]: a resolved node's kind
** is told apart by a switch, not by comparing names at every value. */
typedef enum {
  KIND_STRING, KIND_TEXT, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_BOOLEAN, KIND_REF, KIND_ADOPTION,
  KIND_INSTRUMENT, KIND_RECORD, KIND_LIST, KIND_MAP, KIND_ENUM
} builtin_kind;

/* The index of name in builtins[], or -1 when it is not a built-in kind. */
static int builtin_index(const char *name) {
  for (int i = 0; builtins[i]; i++)
    if (builtins[i][0] == name[0] && strcmp(builtins[i], name) == 0) return i;
  return -1;
}

static int is_builtin(const char *name) {
  return builtin_index(name) >= 0;
}

/* A resolved node: its kind and, for records, up to two field tables (the
** base fields and, for an annotated measure, its extra fields). */
typedef struct {
  const char *kind;                  /* a builtin name, or NULL if unresolvable */
  builtin_kind kind_id;              /* the same kind, when kind is not NULL */
  const data_value *fields;          /* record */
  const data_value *extra;           /* record: additional fields */
  const data_value *required;        /* record */
  const data_value *of;              /* list, map */
  const data_value *values;          /* enum */
  const data_value *keys;            /* map: the keys allowed, if restricted */
  const char *unknown_type;          /* set when resolution failed */
} node_info;

/* The type name and the annotations of a table node, read in one pass over
** its fields (keys are unique in a data table): *name its `type` string (or
** NULL); each annotation (extra, fields, required, of, values, keys) that
** info does not hold yet, so that the outermost node's win over a named
** type's. */
static void node_annotations(const data_value *node, const char **name, node_info *info) {
  *name = NULL;
  for (size_t i = 0; i < node->u.table.n; i++) {
    const data_field *f = &node->u.table.fields[i];
    const char *k = f->key;
    if (!k) continue;
    const data_value **slot = NULL;
    switch (k[0]) {
      case 't': if (strcmp(k, "type") == 0) *name = data_str(f->value); break;
      case 'e': if (strcmp(k, "extra") == 0) slot = &info->extra; break;
      case 'f': if (strcmp(k, "fields") == 0) slot = &info->fields; break;
      case 'r': if (strcmp(k, "required") == 0) slot = &info->required; break;
      case 'o': if (strcmp(k, "of") == 0) slot = &info->of; break;
      case 'v': if (strcmp(k, "values") == 0) slot = &info->values; break;
      case 'k': if (strcmp(k, "keys") == 0) slot = &info->keys; break;
      default: break;
    }
    if (slot && !*slot) *slot = f->value;
  }
}

/* Resolve a schema node (a type name or a table) to its structure; types
** is the schema's `types` (schema_types), looked up once by the caller. */
static node_info resolve_in(const data_value *types, const data_value *node) {
  node_info info;
  memset(&info, 0, sizeof info);
  for (int depth = 0; node && depth < MAX_RESOLVE; depth++) {
    const char *name = data_str(node);
    const data_value *table = NULL;
    if (name == NULL && node->kind == DATA_TABLE) {
      table = node;
      node_annotations(node, &name, &info);
    }
    if (name == NULL) { info.unknown_type = "(missing type)"; return info; }
    const data_value *named = types ? data_get(types, name) : NULL;
    if (named) { node = named; continue; }
    int builtin = builtin_index(name);
    if (builtin < 0) { info.unknown_type = name; return info; }
    (void)table;
    info.kind = name;
    info.kind_id = (builtin_kind)builtin;
    return info;
  }
  info.unknown_type = "(type definitions loop)";
  return info;
}

/* The schema's named types, or NULL. */
static const data_value *schema_types(const data_value *schema) {
  return data_get(schema, "types");
}

static node_info resolve(const data_value *schema, const data_value *node) {
  return resolve_in(schema_types(schema), node);
}

static const data_value *root_node(const data_value *schema) {
  const char *root = data_str(data_get(schema, "root"));
  return root ? data_get(schema, root) : NULL;
}

/* The field node for key in a record, or NULL. */
static const data_value *record_field(const node_info *info, const char *key) {
  const data_value *f = info->fields ? data_get(info->fields, key) : NULL;
  if (!f && info->extra) f = data_get(info->extra, key);
  return f;
}

/* record_field, for the fields of one profile table in turn: *next is
** where in info->fields the key after the last one found would be, so
** that a table written in the model's order finds each key there at once
** (keys are unique in a data table: the field found is data_get's). */
static const data_value *record_field_next(const node_info *info, const char *key, size_t *next) {
  const data_value *fields = info->fields;
  if (fields && fields->kind == DATA_TABLE) {
    const data_field *at = fields->u.table.fields;
    size_t n = fields->u.table.n, i = *next;
    if (!(i < n && at[i].key && at[i].key[0] == key[0] && strcmp(at[i].key, key) == 0)) {
      const data_field *f = data_field_of(fields, key);
      i = f ? (size_t)(f - at) : n;
    }
    if (i < n) {
      *next = i + 1;
      return at[i].value;
    }
  }
  return info->extra ? data_get(info->extra, key) : NULL;
}

/* Collect a record's field names (for suggestions). */
static int field_names(const node_info *info, const char **names, int max) {
  int n = 0;
  const data_value *sets[2] = { info->fields, info->extra };
  for (int s = 0; s < 2; s++) {
    if (!sets[s] || sets[s]->kind != DATA_TABLE) continue;
    for (size_t i = 0; i < sets[s]->u.table.n && n < max; i++)
      if (sets[s]->u.table.fields[i].key) names[n++] = sets[s]->u.table.fields[i].key;
  }
  return n;
}

int schema_is_ref(const char *s) {
  const char *colon = s ? strchr(s, ':') : NULL;
  if (!colon || colon == s) return 0;
  for (const char *p = s; p < colon; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return 0;
  const char *p = colon + 1;
  int component = 0;
  while (1) {
    const char *start = p;
    int digits = 0, letters = 0;
    while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z')) {
      if (*p >= '0' && *p <= '9') digits++; else letters++;
      p++;
    }
    if (p == start || (digits && letters)) return 0;   /* "5", "a", "ii"; never "5a" */
    /* the article is a number, or "note" for an annex of interpretative
    ** notes ("cybercrime:note.3", texts.h), which holds numbered notes only */
    if (component == 0 && !digits && !(p - start == 4 && !strncmp(start, "note", 4))) return 0;
    if (component == 2 && !strncmp(colon + 1, "note.", 5)) return 0;
    if (++component > 6) return 0;
    if (*p == '\0') return 1;
    if (*p != '.') return 0;
    p++;
  }
}

/* ---------------------------------------------------------------------- */
/* Validation                                                              */
/* ---------------------------------------------------------------------- */

#define RESOLVED_SLOTS 1024   /* a power of two, above the schema's node count */

/* What the nodes of one schema resolve to, kept in a table addressed by
** the node's address: for one walk (the schema does not change during it),
** or for every walk over a schema that never changes (schema_check_lasting). */
typedef struct {
  const data_value *schema;          /* the schema the table is of */
  const data_value *node[RESOLVED_SLOTS];   /* NULL: a free slot */
  node_info info[RESOLVED_SLOTS];
  size_t n;
} resolved_memo;

/* A walk over a profile: problems are counted and named by the path of the
** value being checked; each schema node is resolved once (memo). */
typedef struct {
  const data_value *schema;
  const data_value *types;           /* schema_types(schema) */
  const char *file;
  diag_list *out;
  int count;
  data_trail trail;                  /* the value's key path, made into text at a problem */
  resolved_memo *memo;               /* memo->schema == schema */
} checker;

/* resolve(c->schema, node), remembered in the walk's memo (while the table
** is less than half full; resolved afresh into *scratch beyond): the memo's
** entry, which stays where it is while the memo is of this schema, or
** scratch. */
static const node_info *resolve_once(checker *c, const data_value *node, node_info *scratch) {
  resolved_memo *m = c->memo;
  size_t slot = ((uintptr_t)node >> 4) * 2654435761u & (RESOLVED_SLOTS - 1);
  while (m->node[slot]) {
    if (m->node[slot] == node) return &m->info[slot];
    slot = (slot + 1) & (RESOLVED_SLOTS - 1);
  }
  *scratch = resolve_in(c->types, node);
  if (node && m->n < RESOLVED_SLOTS / 2) {
    m->node[slot] = node;
    m->info[slot] = *scratch;
    m->n++;
    return &m->info[slot];
  }
  return scratch;
}

/* Report a problem at the current key path. */
static void problem(checker *c, int line, const char *fmt, const char *a, const char *b) {
  char msg[2400];
  data_path path;
  snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "");
  data_trail_text(&c->trail, &path);
  diag_add(c->out, c->file, line, path.len ? path.s : NULL, "%s", msg);
  c->count++;
}

static void join_key(char *out, const char *path, const char *key) {
  if (path[0]) snprintf(out, MAX_PATH, "%s.%s", path, key);
  else snprintf(out, MAX_PATH, "%s", key);
}

static void check_value(checker *c, const data_value *node, const data_value *v);

static const char *kind_article(const data_value *v) {
  switch (v->kind) {
    case DATA_TABLE: return "a table";
    case DATA_STRING: return "a string";
    case DATA_INTEGER: return "an integer";
    case DATA_NUMBER: return "a number";
    case DATA_BOOLEAN: return "a boolean";
    default: return "nil";
  }
}

/* Check a table against a record type: every field known and valid, every
** required field present. The field names for a suggestion are collected
** only when a key is unknown. */
static void check_record(checker *c, const node_info *info, const data_value *v) {
  if (v->kind != DATA_TABLE) {
    problem(c, v->line, "expected a table of named fields, found %s%s", kind_article(v), NULL);
    return;
  }
  size_t next = 0;                   /* record_field_next's place in the model's fields */
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    if (!f->key) {
      size_t mark = data_trail_index(&c->trail, f->index);
      problem(c, f->line, "unexpected list item: this table takes named fields only%s%s", NULL, NULL);
      data_trail_leave(&c->trail, mark);
      continue;
    }
    size_t mark = data_trail_key(&c->trail, f->key);
    const data_value *fnode = record_field_next(info, f->key, &next);
    if (!fnode) {
      const char *names[128];
      int nnames = field_names(info, names, 128);
      const char *hint = lx_suggest(f->key, names, nnames);
      if (hint) problem(c, f->line, "unknown key '%s' (did you mean '%s'?)", f->key, hint);
      else problem(c, f->line, "unknown key '%s'%s", f->key, NULL);
    } else {
      check_value(c, fnode, f->value);
    }
    data_trail_leave(&c->trail, mark);
  }
  if (info->required && info->required->kind == DATA_TABLE) {
    size_t nrequired = data_len(info->required);
    for (size_t i = 1; i <= nrequired; i++) {
      const char *req = data_str(data_at(info->required, (long long)i));
      if (req && !data_get(v, req)) {
        size_t mark = data_trail_key(&c->trail, req);
        problem(c, v->line, "missing required key '%s'%s", req, NULL);
        data_trail_leave(&c->trail, mark);
      }
    }
  }
}

static int is_identifier(const char *s) {
  if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_')) return 0;
  for (s++; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
      return 0;
  return 1;
}

/* An instrument id: the name of a pack's folder and the prefix of its
** canonical references, "untoc", "eu-2004-80". */
static int is_instrument_id(const char *s) {
  if (!s || !*s) return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-')) return 0;
  return 1;
}

#define ENUM_NAMES_MAX 128   /* the accepted values an enum's check compares, at most */

/* 1 when the string s is an accepted value of an enum whose values list is
** written in order (each field an item at its place, as the bundled model
** writes every list), found as check_value's walk of items 1..data_len
** finds it: among the first ENUM_NAMES_MAX strings.  The items are read in
** place (no data_len, no data_at) and a name is compared only when its
** first byte is s's.  0 when s is not one of them, or when the list is not
** written so: check_value's walk then decides. */
static int enum_accepts_in_order(const data_value *values, const char *s) {
  if (!values || values->kind != DATA_TABLE) return 0;
  const data_field *fields = values->u.table.fields;
  int nnames = 0;
  for (size_t i = 0; i < values->u.table.n && nnames < ENUM_NAMES_MAX; i++) {
    if (fields[i].key || fields[i].index != (long long)i + 1) return 0;
    const char *name = data_str(fields[i].value);
    if (!name) continue;
    if (name[0] == s[0] && strcmp(name, s) == 0) return 1;
    nnames++;
  }
  return 0;
}

/* Check the value v against the schema node, at the checker's current path. */
static void check_value(checker *c, const data_value *node, const data_value *v) {
  node_info scratch;
  const node_info *info = resolve_once(c, node, &scratch);
  if (!info->kind) {
    problem(c, v->line, "the schema names an unknown type '%s'%s", info->unknown_type, NULL);
    return;
  }
  const builtin_kind k = info->kind_id;
  if (k == KIND_RECORD) {
    check_record(c, info, v);
  } else if (k == KIND_LIST) {
    if (v->kind != DATA_TABLE) {
      problem(c, v->line, "expected a list { ... }, found %s%s", kind_article(v), NULL);
      return;
    }
    for (size_t i = 0; i < v->u.table.n; i++) {
      const data_field *f = &v->u.table.fields[i];
      if (f->key) {
        size_t mark = data_trail_key(&c->trail, f->key);
        problem(c, f->line, "unexpected named field '%s': this is a list of items%s", f->key, NULL);
        data_trail_leave(&c->trail, mark);
        continue;
      }
      size_t mark = data_trail_index(&c->trail, f->index);
      check_value(c, info->of, f->value);
      data_trail_leave(&c->trail, mark);
    }
  } else if (k == KIND_MAP) {
    if (v->kind != DATA_TABLE) {
      problem(c, v->line, "expected a table of named entries, found %s%s", kind_article(v), NULL);
      return;
    }
    for (size_t i = 0; i < v->u.table.n; i++) {
      const data_field *f = &v->u.table.fields[i];
      if (!f->key) {
        size_t mark = data_trail_index(&c->trail, f->index);
        problem(c, f->line, "entries here need a name (name = { ... })%s%s", NULL, NULL);
        data_trail_leave(&c->trail, mark);
        continue;
      }
      size_t mark = data_trail_key(&c->trail, f->key);
      if (!is_identifier(f->key)) {
        problem(c, f->line, "'%s' is not a valid identifier (letters, digits, _ and -)%s", f->key, NULL);
        data_trail_leave(&c->trail, mark);
        continue;
      }
      node_info kscratch;
      const node_info *kinfo = info->keys ? resolve_once(c, info->keys, &kscratch) : info;
      if (info->keys && kinfo->kind && kinfo->kind_id == KIND_INSTRUMENT) {
        /* instrument ids: whether a pack exists is told when assessing */
        if (!is_instrument_id(f->key)) {
          problem(c, f->line, "'%s' is not an instrument id (lower-case letters, digits and -, as \"untoc\")%s", f->key, NULL);
          data_trail_leave(&c->trail, mark);
          continue;
        }
      } else if (info->keys) {
        /* the keys are names from a list */
        const char *names[64];
        int nk = 0, found = 0;
        size_t nvalues = data_len(kinfo->values);
        for (size_t ki = 1; ki <= nvalues && nk < 64; ki++) {
          const char *name = data_str(data_at(kinfo->values, (long long)ki));
          if (!name) continue;
          if (strcmp(name, f->key) == 0) found = 1;
          names[nk++] = name;
        }
        if (!found) {
          const char *hint = lx_suggest(f->key, names, nk);
          if (hint) problem(c, f->line, "'%s' is not an accepted name here (did you mean '%s'?)", f->key, hint);
          else problem(c, f->line, "'%s' is not an accepted name here%s", f->key, NULL);
          data_trail_leave(&c->trail, mark);
          continue;
        }
      }
      check_value(c, info->of, f->value);
      data_trail_leave(&c->trail, mark);
    }
  } else if (k == KIND_ENUM) {
    const char *s = data_str(v);
    if (s && enum_accepts_in_order(info->values, s)) return;
    const char *names[ENUM_NAMES_MAX];
    int n = 0;
    size_t nvalues = data_len(info->values);
    for (size_t i = 1; i <= nvalues && n < ENUM_NAMES_MAX; i++) {
      names[n] = data_str(data_at(info->values, (long long)i));
      if (!names[n]) continue;
      if (s && strcmp(s, names[n]) == 0) return;
      n++;
    }
    /* a problem: the accepted values, as many as fit */
    char list[2000] = "";
    size_t used = 0;
    for (int i = 0; i < n; i++) {
      size_t len = strlen(names[i]);
      if (used + len + 3 >= sizeof list) continue;
      if (i) { memcpy(list + used, ", ", 2); used += 2; }
      memcpy(list + used, names[i], len + 1);
      used += len;
    }
    if (!s) { problem(c, v->line, "expected one of: %s; found %s", list, kind_article(v)); return; }
    const char *hint = lx_suggest(s, names, n);
    if (hint) problem(c, v->line, "'%s' is not an accepted value (did you mean '%s'?)", s, hint);
    else problem(c, v->line, "'%s' is not an accepted value; expected one of: %s", s, list);
  } else if (k == KIND_STRING || k == KIND_TEXT) {
    if (v->kind != DATA_STRING) problem(c, v->line, "expected a string, found %s%s", kind_article(v), NULL);
  } else if (k == KIND_DATE) {
    long days;
    if (v->kind != DATA_STRING) problem(c, v->line, "expected a date \"YYYY-MM-DD\", found %s%s", kind_article(v), NULL);
    else if (date_parse(v->u.string.s, &days) != 0)
      problem(c, v->line, "'%s' is not a valid date (expected YYYY-MM-DD, a real calendar day)%s", v->u.string.s, NULL);
  } else if (k == KIND_INTEGER) {
    if (v->kind != DATA_INTEGER) problem(c, v->line, "expected an integer, found %s%s", kind_article(v), NULL);
  } else if (k == KIND_NUMBER) {
    if (v->kind != DATA_INTEGER && v->kind != DATA_NUMBER)
      problem(c, v->line, "expected a number, found %s%s", kind_article(v), NULL);
    else if ((v->kind == DATA_NUMBER ? v->u.number : (double)v->u.integer) < 0)
      problem(c, v->line, "expected a number of zero or more%s%s", NULL, NULL);
  } else if (k == KIND_BOOLEAN) {
    if (v->kind != DATA_BOOLEAN) problem(c, v->line, "expected true or false, found %s%s", kind_article(v), NULL);
  } else if (k == KIND_ADOPTION) {
    const char *s = data_str(v);
    if (v->kind != DATA_BOOLEAN && !(s && strcmp(s, "partly") == 0))
      problem(c, v->line, s ? "expected true, false or \"partly\", found \"%s\"%s" : "expected true, false or \"partly\", found %s%s",
              s ? s : kind_article(v), NULL);
  } else if (k == KIND_INSTRUMENT) {
    const char *s = data_str(v);
    if (!s) problem(c, v->line, "expected an instrument id such as \"untoc\", found %s%s", kind_article(v), NULL);
    else if (!is_instrument_id(s))
      problem(c, v->line, "'%s' is not an instrument id (lower-case letters, digits and -, as \"untoc\")%s", s, NULL);
  } else if (k == KIND_REF) {
    const char *s = data_str(v);
    if (!s) problem(c, v->line, "expected a provision reference such as \"untoc:5.1.a\", found %s%s", kind_article(v), NULL);
    else if (!schema_is_ref(s))
      problem(c, v->line, "'%s' is not a canonical provision reference (e.g. \"untoc:5.1.a.ii\")%s", s, NULL);
  }
}

/* memo emptied for schema, unless it is of schema already. */
static void memo_for(resolved_memo *memo, const data_value *schema) {
  if (memo->schema == schema) return;
  memo->schema = schema;
  memset(memo->node, 0, sizeof memo->node);
  memo->n = 0;
}

/* schema_check with memo (of schema, or emptied for it): memo NULL for a
** table of the walk's own. */
static int check_with(const data_value *schema, const data_value *profile, const char *file, diag_list *out,
                      resolved_memo *memo) {
  const data_value *root = root_node(schema);
  if (!root) {
    diag_add(out, file, 0, NULL, "the profile schema has no root type");
    return 1;
  }
  checker *c = malloc(sizeof *c);
  resolved_memo *own = memo ? NULL : malloc(sizeof *own);
  if (!c || (!memo && !own)) {
    free(c);
    free(own);
    diag_add(out, file, 0, NULL, "out of memory");
    return 1;
  }
  if (own) {
    own->schema = NULL;
    memo = own;
  }
  memo_for(memo, schema);
  c->schema = schema;
  c->types = schema_types(schema);
  c->file = file;
  c->out = out;
  c->count = 0;
  c->trail.depth = 0;
  c->memo = memo;
  check_value(c, root, profile);
  int count = c->count;
  free(c);
  free(own);
  return count;
}

int schema_check(const data_value *schema, const data_value *profile, const char *file,
                 diag_list *out) {
  return check_with(schema, profile, file, out, NULL);
}

int schema_check_lasting(const data_value *schema, const data_value *profile, const char *file,
                         diag_list *out) {
  /* of the last lasting schema checked against: on the heap, made at the
  ** first call and kept (a static table would be faulted in page by page,
  ** outside the heap's huge pages); out of memory, the walk has its own */
  static resolved_memo *lasting;
  if (!lasting && (lasting = malloc(sizeof *lasting)) != NULL) lasting->schema = NULL;
  return check_with(schema, profile, file, out, lasting);
}

/* ---------------------------------------------------------------------- */
/* Fragments                                                               */
/* ---------------------------------------------------------------------- */

/* Append the field `moved` (of a fragment) to a table we own, taking its key
** and value: the fragment's field is left empty (NULL key and value, which
** data_free skips).  -1 when out of memory (the field is then left as it
** was). */
static int table_append(data_value *table, data_field *moved) {
  data_field *fields = realloc(table->u.table.fields, (table->u.table.n + 1) * sizeof *fields);
  if (!fields) return -1;
  table->u.table.fields = fields;
  data_field *f = &fields[table->u.table.n++];
  f->key = moved->key;
  f->index = 0;
  f->value = moved->value;
  f->line = moved->value->line;
  moved->key = NULL;                     /* the fragment keeps a hole, freed with it */
  moved->value = NULL;
  return 0;
}

/* Merge the named fields of `from` into the fields table `into`. */
static int merge_fields(data_value *into, data_value *from, const char *file, const char *path,
                        diag_list *out) {
  int problems = 0;
  for (size_t i = 0; i < from->u.table.n; i++) {
    data_field *f = &from->u.table.fields[i];
    char sub[MAX_PATH];
    if (!f->key) { diag_add(out, file, f->line, path, "fields must be named"); problems++; continue; }
    join_key(sub, path, f->key);
    data_value *mine = (data_value *)data_get(into, f->key);
    if (!mine) {
      if (table_append(into, f) != 0) { diag_add(out, file, f->line, sub, "out of memory"); problems++; }
      continue;
    }
    /* both define an inline record: merge its fields */
    data_value *mine_fields = mine->kind == DATA_TABLE ? (data_value *)data_get(mine, "fields") : NULL;
    data_value *their_fields = f->value->kind == DATA_TABLE ? (data_value *)data_get(f->value, "fields") : NULL;
    const char *mt = data_str(data_get(mine, "type")), *tt = data_str(data_get(f->value, "type"));
    if (mine_fields && their_fields && mt && tt && strcmp(mt, "record") == 0 && strcmp(tt, "record") == 0 &&
        mine_fields->kind == DATA_TABLE && their_fields->kind == DATA_TABLE) {
      problems += merge_fields(mine_fields, their_fields, file, sub, out);
      continue;
    }
    diag_add(out, file, f->line, sub, "the field '%s' is already defined by the profile schema", f->key);
    problems++;
  }
  return problems;
}

int schema_merge_fragment(data_value *schema, data_value *fragment, const char *file,
                          diag_list *out) {
  int problems = 0;
  if (!fragment || fragment->kind != DATA_TABLE) {
    diag_add(out, file, fragment ? fragment->line : 0, NULL, "a schema fragment is a table { types = ..., fields = ... }");
    return 1;
  }
  for (size_t i = 0; i < fragment->u.table.n; i++) {
    const char *k = fragment->u.table.fields[i].key;
    if (!k || (strcmp(k, "types") && strcmp(k, "fields") && strcmp(k, "doc"))) {
      diag_add(out, file, fragment->u.table.fields[i].line, k, "unknown key in a schema fragment (expected types, fields, doc)");
      problems++;
    }
  }
  data_value *types = (data_value *)data_get(schema, "types");
  data_value *ftypes = (data_value *)data_get(fragment, "types");
  for (size_t i = 0; ftypes && ftypes->kind == DATA_TABLE && types && i < ftypes->u.table.n; i++) {
    data_field *f = &ftypes->u.table.fields[i];
    if (!f->key) continue;
    if (data_get(types, f->key) || is_builtin(f->key)) {
      diag_add(out, file, f->line, f->key, "the type '%s' is already defined", f->key);
      problems++;
    } else if (table_append(types, f) != 0) {
      diag_add(out, file, f->line, f->key, "out of memory");
      problems++;
    }
  }
  data_value *ffields = (data_value *)data_get(fragment, "fields");
  const data_value *root = root_node(schema);
  data_value *root_fields = root && root->kind == DATA_TABLE ? (data_value *)data_get(root, "fields") : NULL;
  if (ffields && ffields->kind == DATA_TABLE) {
    if (!root_fields) { diag_add(out, file, ffields->line, "fields", "the schema's root has no fields to extend"); problems++; }
    else problems += merge_fields(root_fields, ffields, file, "", out);
  }
  return problems;
}

data_value *schema_parse_dir(const char *dir, char *const *names, int n, diag_list *out) {
  char path[4096];
  snprintf(path, sizeof path, "%s/schema.lua", dir);
  data_error err;
  data_value *schema = data_parse_file(path, &err);
  if (!schema) {
    diag_add(out, path, err.line, err.key[0] ? err.key : NULL, "%s", err.message);
    return NULL;
  }
  char fragdir[4096];
  snprintf(fragdir, sizeof fragdir, "%s/schema", dir);
  int bad = 0;
  for (int i = 0; i < n; i++) {     /* topic fragments: rules/schema/NAME.lua */
    char fpath[4400];
    snprintf(fpath, sizeof fpath, "%s/%s", fragdir, names[i]);
    data_value *frag = data_parse_file(fpath, &err);
    if (!frag) { diag_add(out, fpath, err.line, err.key[0] ? err.key : NULL, "%s", err.message); bad++; continue; }
    bad += schema_merge_fragment(schema, frag, fpath, out);
    data_free(frag);
  }
  if (bad) { data_free(schema); return NULL; }
  return schema;
}

/* ---------------------------------------------------------------------- */
/* Self-check and path lookup                                              */
/* ---------------------------------------------------------------------- */

static int self_check_node(const data_value *schema, const data_value *node, const char *where,
                           const char *file, diag_list *out, int depth) {
  if (!node || depth > 32) return 0;
  node_info info = resolve(schema, node);
  if (!info.kind) {
    diag_add(out, file, node->line, where, "unknown type '%s'", info.unknown_type);
    return 1;
  }
  int n = 0;
  if (node->kind != DATA_TABLE) return 0;   /* a named type is checked where defined */
  const data_value *sets[2] = { data_get(node, "fields"), data_get(node, "extra") };
  for (int s = 0; s < 2; s++) {
    if (!sets[s] || sets[s]->kind != DATA_TABLE) continue;
    for (size_t i = 0; i < sets[s]->u.table.n; i++) {
      const data_field *f = &sets[s]->u.table.fields[i];
      char sub[MAX_PATH];
      join_key(sub, where, f->key ? f->key : "?");
      n += self_check_node(schema, f->value, sub, file, out, depth + 1);
    }
  }
  const data_value *of = data_get(node, "of");
  if (of) n += self_check_node(schema, of, where, file, out, depth + 1);
  if (strcmp(info.kind, "enum") == 0 && !info.values) {
    diag_add(out, file, node->line, where, "enum without values");
    n++;
  }
  return n;
}

int schema_self_check(const data_value *schema, const char *file, diag_list *out) {
  if (!schema || schema->kind != DATA_TABLE || !data_str(data_get(schema, "root"))) {
    diag_add(out, file, 0, NULL, "not a profile schema (expected a table with `root` and `types`)");
    return 1;
  }
  int n = 0;
  const data_value *root = root_node(schema);
  if (!root) {
    diag_add(out, file, 0, "root", "the root type is not defined");
    return 1;
  }
  n += self_check_node(schema, root, "", file, out, 0);
  const data_value *types = data_get(schema, "types");
  for (size_t i = 0; types && types->kind == DATA_TABLE && i < types->u.table.n; i++) {
    const data_field *f = &types->u.table.fields[i];
    char where[MAX_PATH];
    snprintf(where, sizeof where, "types.%s", f->key ? f->key : "?");
    n += self_check_node(schema, f->value, where, file, out, 0);
  }
  return n;
}

int schema_has_path(const data_value *schema, const char *path, const char **suggestion) {
  const data_value *node = root_node(schema);
  const data_value *types = schema_types(schema);
  char buf[MAX_PATH];
  *suggestion = NULL;
  if (!node || strlen(path) >= sizeof buf) return 0;
  strcpy(buf, path);
  char *save = NULL;
  for (char *part = strtok_r(buf, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
    node_info info = resolve_in(types, node);
    if (!info.kind) return 0;
    if (info.kind_id == KIND_RECORD) {
      const data_value *f = record_field(&info, part);
      if (!f) {
        const char *names[128];
        int n = field_names(&info, names, 128);
        *suggestion = lx_suggest(part, names, n);
        return 0;
      }
      node = f;
    } else if (info.kind_id == KIND_LIST || info.kind_id == KIND_MAP) {
      node = info.of;
    } else {
      return 0;
    }
  }
  return 1;
}

int schema_describe(const data_value *schema, const char *path, schema_fact *out) {
  memset(out, 0, sizeof *out);
  const data_value *node = root_node(schema);
  const data_value *types = schema_types(schema);
  char buf[MAX_PATH];
  if (!node || strlen(path) >= sizeof buf) return -1;
  strcpy(buf, path);
  char *save = NULL;
  for (char *part = strtok_r(buf, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
    node_info info = resolve_in(types, node);
    if (!info.kind) return -1;
    if (info.kind_id == KIND_RECORD) node = record_field(&info, part);
    else if (info.kind_id == KIND_LIST || info.kind_id == KIND_MAP) node = info.of;
    else return -1;
    if (!node) return -1;
    /* the nearest question wins: keep the deepest one seen */
    const data_value *q = node->kind == DATA_TABLE ? data_get(node, "question") : NULL;
    if (q) { out->question_en = data_str(data_get(q, "en")); out->question_fr = data_str(data_get(q, "fr")); }
  }
  node_info info = resolve(schema, node);
  if (!info.kind) return -1;
  out->kind = info.kind;
  out->type = node->kind == DATA_STRING ? node->u.string.s : data_str(data_get(node, "type"));
  if (!out->type) out->type = info.kind;
  const data_value *doc = node->kind == DATA_TABLE ? data_get(node, "doc") : NULL;
  if (doc) { out->doc_en = data_str(data_get(doc, "en")); out->doc_fr = data_str(data_get(doc, "fr")); }
  const data_value *title = node->kind == DATA_TABLE ? data_get(node, "title") : NULL;
  if (title) { out->title_en = data_str(data_get(title, "en")); out->title_fr = data_str(data_get(title, "fr")); }
  if (!out->question_en) {
    /* a named type may carry the question itself (e.g. offence) */
    const data_value *named = types && out->type ? data_get(types, out->type) : NULL;
    const data_value *q = named && named->kind == DATA_TABLE ? data_get(named, "question") : NULL;
    if (q) { out->question_en = data_str(data_get(q, "en")); out->question_fr = data_str(data_get(q, "fr")); }
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Templates                                                               */
/* ---------------------------------------------------------------------- */

/* The node of the fact at path, or NULL. */
static const data_value *node_at(const data_value *schema, const char *path) {
  const data_value *node = root_node(schema);
  const data_value *types = schema_types(schema);
  char buf[MAX_PATH];
  if (!node || strlen(path) >= sizeof buf) return NULL;
  strcpy(buf, path);
  char *save = NULL;
  for (char *part = strtok_r(buf, ".", &save); node && part; part = strtok_r(NULL, ".", &save)) {
    node_info info = resolve_in(types, node);
    if (!info.kind) return NULL;
    if (info.kind_id == KIND_RECORD) node = record_field(&info, part);
    else if (info.kind_id == KIND_LIST || info.kind_id == KIND_MAP) node = info.of;
    else return NULL;
  }
  return node;
}

/* The names a record's template shows: required ones, those of the first
** `template` list met while resolving, `adopted` (a measure) and `source`. */
static int template_field(const data_value *schema, const data_value *node, const node_info *info, const char *name) {
  if (!strcmp(name, "adopted") || !strcmp(name, "source")) return 1;
  for (size_t i = 1; info->required && i <= data_len(info->required); i++)
    if (data_str(data_at(info->required, (long long)i)) && !strcmp(data_str(data_at(info->required, (long long)i)), name)) return 1;
  /* `template` may sit on the node or on the named type it refers to */
  const data_value *types = data_get(schema, "types");
  for (int depth = 0; node && depth < MAX_RESOLVE; depth++) {
    const data_value *t = node->kind == DATA_TABLE ? data_get(node, "template") : NULL;
    for (size_t i = 1; t && i <= data_len(t); i++)
      if (data_str(data_at(t, (long long)i)) && !strcmp(data_str(data_at(t, (long long)i)), name)) return 1;
    if (t) return 0;
    const char *tn = node->kind == DATA_STRING ? node->u.string.s : data_str(data_get(node, "type"));
    node = tn && types ? data_get(types, tn) : NULL;
  }
  return 0;
}

static void write_template(const data_value *schema, const data_value *node, const schema_placeholders *ph,
                           strbuf *out, strbuf *hint, int depth) {
  node_info info = resolve(schema, node);
  const char *k = info.kind ? info.kind : "string";
  int fr = ph->lang && !strcmp(ph->lang, "fr");
  if (depth > 8) { sb_puts(out, "{ }"); return; }
  if (!strcmp(k, "record")) {
    const data_value *sets[2] = { info.fields, info.extra };
    int n = 0, others = 0;
    sb_puts(out, "{ ");
    for (int s = 0; s < 2; s++) {
      for (size_t i = 0; sets[s] && sets[s]->kind == DATA_TABLE && i < sets[s]->u.table.n; i++) {
        const data_field *f = &sets[s]->u.table.fields[i];
        if (!f->key) continue;
        /* a measure's extra fields are part of what it asks */
        if (s == 1 || template_field(schema, node, &info, f->key)) {
          sb_printf(out, "%s%s = ", n++ ? ", " : "", f->key);
          write_template(schema, f->value, ph, out, NULL, depth + 1);
        } else if (hint) {
          sb_printf(hint, "%s%s", others++ ? ", " : fr ? "aussi : " : "also: ", f->key);
        }
      }
    }
    sb_puts(out, n ? " }" : "}");
    if (hint && record_field(&info, "adopted"))
      sb_puts(hint, fr ? " ; adopted : true, false ou \"partly\" (indiquer alors missing = { ... })"
                       : "; adopted: true, false or \"partly\" (then missing = { ... })");
  } else if (!strcmp(k, "list")) {
    sb_puts(out, "{ ");
    write_template(schema, info.of, ph, out, hint, depth + 1);
    sb_puts(out, " }");
  } else if (!strcmp(k, "map")) {
    node_info kinfo = info.keys ? resolve(schema, info.keys) : info;
    const char *key = "id";
    if (info.keys && kinfo.kind && !strcmp(kinfo.kind, "instrument")) key = ph->instrument;
    else if (info.keys && kinfo.values && data_str(data_at(kinfo.values, 1))) key = data_str(data_at(kinfo.values, 1));
    sb_printf(out, "{ %s = ", key);
    write_template(schema, info.of, ph, out, hint, depth + 1);
    sb_puts(out, " }");
  } else if (!strcmp(k, "enum")) {
    const char *first = data_str(data_at(info.values, 1));
    sb_printf(out, "\"%s\"", first ? first : "");
    for (size_t i = 1; hint && depth == 0 && i <= data_len(info.values); i++)
      sb_printf(hint, "%s%s", i > 1 ? ", " : fr ? "au choix : " : "one of: ", data_str(data_at(info.values, (long long)i)) ? data_str(data_at(info.values, (long long)i)) : "");
  } else if (!strcmp(k, "boolean") || !strcmp(k, "adoption")) {
    sb_puts(out, "true");
  } else if (!strcmp(k, "integer") || !strcmp(k, "number")) {
    sb_puts(out, "0");
  } else if (!strcmp(k, "date")) {
    sb_printf(out, "\"%s\"", ph->date);
  } else if (!strcmp(k, "instrument")) {
    sb_printf(out, "\"%s\"", ph->instrument);
  } else if (!strcmp(k, "ref")) {
    sb_printf(out, "\"%s\"", ph->ref);
  } else {
    sb_puts(out, "\"\"");
  }
}

int schema_template(const data_value *schema, const char *path, const schema_placeholders *ph,
                    strbuf *out, strbuf *hint) {
  const data_value *node = node_at(schema, path);
  if (!node || !resolve(schema, node).kind) return -1;
  write_template(schema, node, ph, out, hint, 0);
  return 0;
}

/*
** The question of a fact path, found as the rule library finds it
** (schema_question in engine/lua/lexgap.lua), for the library's
** ctx:question_for on the built-in model: the library reads the question
** through the schema's views along the keys found here, so it gets the very
** value its own search returns, without walking the schema in Lua.  Every
** case the library would meet differently (an error, a value of another
** kind) is answered -1, and the library searches itself.
*/

#define SQ_LAYERS 16     /* annotated references stacked on one node */
#define SQ_LOCS 512      /* schema nodes met in one search */
#define SQ_STEPS 256     /* names followed in one search (a cycle never ends) */
#define SQ_PATH 1024     /* bytes of a path */

/* Where a schema value lies: the key reaching it from the table above
** (up NULL: a key of the schema's root table). */
typedef struct sq_loc {
  const struct sq_loc *up;
  const char *key;
} sq_loc;

/* A node as the library's resolve makes it: the tables whose fields it
** holds, outermost first (an annotated reference's annotations over its
** type's fields; the library merges them into one table), or a type name
** the schema does not define ({ type = name }: no fields but its type), or
** nothing (nil). */
typedef struct {
  const data_value *layer[SQ_LAYERS];
  const sq_loc *loc[SQ_LAYERS];
  int n;
  const data_value *named;   /* the undefined type's name (a string), or NULL */
  int nothing;
} sq_node;

typedef struct {
  const data_value *types;   /* schema.types, a table, or NULL when absent */
  const sq_loc *types_loc;
  sq_loc locs[SQ_LOCS];
  int nlocs, steps;
} sq_walk;

/* The location key below up, or NULL when the search has met too many. */
static const sq_loc *sq_at(sq_walk *w, const sq_loc *up, const char *key) {
  if (w->nlocs == SQ_LOCS) return NULL;
  w->locs[w->nlocs] = (sq_loc){ up, key };
  return &w->locs[w->nlocs++];
}

/* t[key] as Lua reads the view of the table t: NULL for nil (absent, or a
** nil value, which the view does not hold); *fkey the key as the tree
** holds it. */
static const data_value *sq_get(const data_value *t, const char *key, const char **fkey) {
  const data_field *f = data_field_of(t, key);
  if (!f || f->value->kind == DATA_NIL) return NULL;
  if (fkey) *fkey = f->key;
  return f->value;
}

static int sq_false(const data_value *v) { return v->kind == DATA_BOOLEAN && !v->u.boolean; }

/* Is v the string s (bytes, not up to a byte 0)? */
static int sq_is(const data_value *v, const char *s) {
  size_t n = strlen(s);
  return v && v->kind == DATA_STRING && v->u.string.len == n && memcmp(v->u.string.s, s, n) == 0;
}

/* A string that a C lookup reads as Lua does: no byte 0 in it. */
static int sq_plain_string(const data_value *v) {
  return v->kind == DATA_STRING && memchr(v->u.string.s, 0, v->u.string.len) == NULL;
}

/* node[key] of a resolved node (key not "type"): the first of its tables
** holding key; *loc its location.  NULL for nil. */
static const data_value *sq_field(sq_walk *w, const sq_node *node, const char *key, const sq_loc **loc) {
  for (int i = 0; i < node->n; i++) {
    const char *fkey;
    const data_value *v = sq_get(node->layer[i], key, &fkey);
    if (v) {
      *loc = sq_at(w, node->loc[i], fkey);
      return *loc ? v : NULL;
    }
  }
  return NULL;
}

/* node.type of a resolved node: the innermost table's own type (the
** library's merge takes the base's), or the undefined name's. */
static const data_value *sq_type(const sq_node *node) {
  if (node->named) return node->named;
  return node->n ? sq_get(node->layer[node->n - 1], "type", NULL) : NULL;
}

/* resolve(v) of the library, v at loc: 1 with *out, -1 when the library
** would meet something else (an error, a value neither nil, a string nor a
** table, a cycle).  The library's recursion on an annotated reference's
** type is a loop here: the reference's table is one layer, its type's
** resolution the layers below. */
static int sq_resolve(sq_walk *w, const data_value *v, const sq_loc *loc, sq_node *out) {
  *out = (sq_node){ .n = 0 };
  if (v == NULL) { out->nothing = 1; return 1; }
  for (;;) {
    if (++w->steps > SQ_STEPS || !loc || !w->types) return -1;
    const char *fkey;
    if (v->kind == DATA_STRING) {                  /* a type's name */
      if (!sq_plain_string(v)) return -1;
      const data_value *named = sq_get(w->types, v->u.string.s, &fkey);
      if (!named || sq_false(named)) { out->named = v; return 1; }
      v = named;
    } else if (v->kind == DATA_TABLE) {
      if (out->n == SQ_LAYERS) return -1;
      out->layer[out->n] = v;                      /* its own fields, over its type's */
      out->loc[out->n++] = loc;
      const data_value *t = sq_get(v, "type", NULL);
      if (t == NULL) return 1;
      if (!sq_plain_string(t)) return -1;
      const data_value *base = sq_get(w->types, t->u.string.s, &fkey);
      if (!base || sq_false(base)) return 1;       /* no type of the schema's: as it is */
      v = base;
    } else {
      return -1;
    }
    loc = sq_at(w, w->types_loc, fkey);
  }
}

/* The resolved node below node at part: *child, nothing where the schema
** describes nothing there.  1, or -1 as sq_resolve. */
static int sq_child(sq_walk *w, const sq_node *node, const char *part, sq_node *child) {
  const data_value *t = sq_type(node);
  const sq_loc *loc = NULL;
  if (sq_is(t, "record")) {
    const data_value *f = NULL;
    const data_value *fields = sq_field(w, node, "fields", &loc);
    if (fields && !loc) return -1;
    if (fields && sq_false(fields)) { *child = (sq_node){ .nothing = 1 }; return 1; }
    if (fields) {
      if (fields->kind != DATA_TABLE) return -1;
      const char *fkey;
      f = sq_get(fields, part, &fkey);
      if (f) loc = sq_at(w, loc, fkey);
    }
    if (f == NULL) {                               /* a measure's extra fields */
      const data_value *extra = sq_field(w, node, "extra", &loc);
      if (extra && !loc) return -1;
      if (extra && !sq_false(extra)) {
        if (extra->kind != DATA_TABLE) return -1;
        const char *fkey;
        f = sq_get(extra, part, &fkey);
        if (f) loc = sq_at(w, loc, fkey);
      }
    }
    if (f == NULL || sq_false(f)) { *child = (sq_node){ .nothing = 1 }; return 1; }
    return sq_resolve(w, f, loc, child);
  }
  if (sq_is(t, "map") || sq_is(t, "list")) {
    const data_value *of = sq_field(w, node, "of", &loc);
    if (of && !loc) return -1;
    return sq_resolve(w, of, loc, child);
  }
  *child = (sq_node){ .nothing = 1 };
  return 1;
}

int schema_question_keys(const data_value *schema, const char *path, size_t len,
                         const char **keys, int *nkeys) {
  sq_walk w;                                       /* its locations are set as they are met */
  w.nlocs = w.steps = 0;
  w.types = NULL;
  w.types_loc = NULL;
  char buf[SQ_PATH];
  *nkeys = 0;
  if (!schema || schema->kind != DATA_TABLE || len >= SQ_PATH || memchr(path, 0, len)) return -1;
  memcpy(buf, path, len);
  buf[len] = 0;
  const char *fkey;
  const data_value *types = sq_get(schema, "types", &fkey);
  if (types) {
    if (types->kind != DATA_TABLE) return -1;
    w.types = types;
    w.types_loc = sq_at(&w, NULL, fkey);
  }
  /* schema[schema.root], resolved */
  sq_node node;
  const data_value *root = sq_get(schema, "root", NULL);
  const data_value *top = NULL;
  const sq_loc *top_loc = NULL;
  if (root) {
    if (!sq_plain_string(root)) return -1;
    top = sq_get(schema, root->u.string.s, &fkey);
    if (top) top_loc = sq_at(&w, NULL, fkey);
  }
  if (sq_resolve(&w, top, top_loc, &node) < 0) return -1;
  /* down the parts (runs of bytes other than '.'), keeping where the
  ** question of the deepest node that has one is */
  const sq_loc *found = NULL;
  char *part = buf;
  while (!node.nothing) {
    while (*part == '.') part++;
    if (*part == 0) break;
    char *end = part;
    while (*end && *end != '.') end++;
    int last = *end == 0;
    *end = 0;
    sq_node child;
    if (sq_child(&w, &node, part, &child) < 0) return -1;
    node = child;
    if (!node.nothing) {
      const sq_loc *loc = NULL;
      const data_value *q = sq_field(&w, &node, "question", &loc);
      if (q && !loc) return -1;
      if (q && !sq_false(q)) found = loc;
    }
    if (last) break;
    part = end + 1;
  }
  if (!found) return 0;
  int n = 0;
  for (const sq_loc *l = found; l; l = l->up) n++;
  if (n > SCHEMA_QUESTION_MAX_KEYS) return -1;
  *nkeys = n;
  for (const sq_loc *l = found; l; l = l->up) keys[--n] = l->key;
  return 1;
}
