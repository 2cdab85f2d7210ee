/*
 * rules.c -- load rule packs into the sandbox and order their obligations.
 */
#include "rules.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lauxlib.h>

#include "instrument.h"
#include "date.h"
#include "infile.h"
#include "precompiled.h"
#include "schema.h"
#include "schema_bundled.h"

#define RULE_FILE_MAX (4u << 20)

static const char *const rule_fields[] = {
  "ref", "clause", "level", "title", "category", "cluster", "text",
  "facts", "depends", "covers", "serves", "note", "twin", "check", NULL
};

static const char *const categories[] = {
  "criminalization", "liability", "jurisdiction", "confiscation", "prosecution",
  "investigation", "cooperation", "protection", "prevention", "implementation",
  "compensation", "residence", "data_transfer", NULL
};

static int count_names(const char *const *names) {
  int n = 0;
  while (names[n]) n++;
  return n;
}

const char *lx_text_get(const lx_text *t, const char *lang, const char **used_lang) {
  const char *order[4] = { lang, "en", "fr", "es" };
  for (int i = 0; i < 4; i++) {
    if (!order[i]) continue;
    const char *s = strcmp(order[i], "en") == 0 ? t->en : strcmp(order[i], "fr") == 0 ? t->fr
                  : strcmp(order[i], "es") == 0 ? t->es : NULL;
    if (s) { if (used_lang) *used_lang = order[i]; return s; }
  }
  if (used_lang) *used_lang = NULL;
  return NULL;
}

static void text_free(lx_text *t) { free(t->en); free(t->fr); free(t->es); }

static void strings_free(char **v, int n) {
  for (int i = 0; i < n; i++) free(v[i]);
  free(v);
}

/* ---------------------------------------------------------------------- */
/* References                                                              */
/* ---------------------------------------------------------------------- */

/* Value of a lower-case roman numeral of n characters, or -1. */
static int roman_value(const char *s, size_t n) {
  int total = 0, prev = 0;
  for (size_t i = n; i-- > 0;) {
    int v = s[i] == 'i' ? 1 : s[i] == 'v' ? 5 : s[i] == 'x' ? 10 : s[i] == 'l' ? 50 : s[i] == 'c' ? 100 : -1;
    if (v < 0) return -1;
    total += v < prev ? -v : v;
    if (v > prev) prev = v;
  }
  return total;
}

/* The number the digits at s (s[0] is a digit) spell, as strtol(s, end, 10)
** reads it: saturated at LONG_MAX; *end past the digits.  Without strtol's
** locale and sign handling, which references never need. */
static long digits_value(const char *s, const char **end) {
  long v = 0;
  for (; *s >= '0' && *s <= '9'; s++) {
    int d = *s - '0';
    v = v > (LONG_MAX - d) / 10 ? LONG_MAX : v * 10 + d;
  }
  *end = s;
  return v;
}

int lx_ref_compare(const char *a, const char *b) {
  const char *ca = strchr(a, ':'), *cb = strchr(b, ':');
  size_t ia = ca ? (size_t)(ca - a) : strlen(a), ib = cb ? (size_t)(cb - b) : strlen(b);
  int c = strncmp(a, b, ia < ib ? ia : ib);
  if (c || ia != ib) return c ? c : (ia < ib ? -1 : 1);
  a = ca ? ca + 1 : a + ia;
  b = cb ? cb + 1 : b + ib;
  /* Levels alternate: numbers (article, paragraph), then a letter, then a
  ** roman numeral, then a letter: "5.1.a.ii.b".  Roman numerals compare by
  ** value ("ix" after "v"). */
  int after_letter = 0;
  while (*a && *b) {
    if (*a == '#' || *b == '#') break;
    if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
      const char *ea, *eb;
      long na = digits_value(a, &ea), nb = digits_value(b, &eb);
      if (na != nb) return na < nb ? -1 : 1;
      a = ea; b = eb;
      after_letter = 0;
    } else {
      size_t la = strcspn(a, ".#"), lb = strcspn(b, ".#");
      int ra = after_letter ? roman_value(a, la) : -1, rb = after_letter ? roman_value(b, lb) : -1;
      if (ra > 0 && rb > 0) {
        if (ra != rb) return ra < rb ? -1 : 1;
      } else {
        int k = strncmp(a, b, la < lb ? la : lb);
        if (k) return k;
        if (la != lb) return la < lb ? -1 : 1;
      }
      a += la; b += lb;
      after_letter = !after_letter;
    }
    if (*a == '.') a++;
    if (*b == '.') b++;
  }
  if (*a == *b) return 0;
  if (!*a) return -1;          /* a parent before its children */
  if (!*b) return 1;
  return strcmp(a, b);
}

void lx_ref_article(const char *ref, char *out, size_t size) {
  const char *p = strchr(ref, ':');
  p = p ? p + 1 : ref;
  size_t n = strcspn(p, ".#");
  if (n >= size) n = size - 1;
  memcpy(out, p, n);
  out[n] = '\0';
}

/* Text appended to a buffer of a given size, cut at size - 1 bytes and
** always ended: what a series of snprintf calls into the rest of the
** buffer gives, without formatting. */
typedef struct {
  char *out;
  size_t size, len;
} ref_text;

static void ref_put(ref_text *t, const char *s, size_t n) {
  if (t->len + 1 >= t->size) return;
  if (n > t->size - 1 - t->len) n = t->size - 1 - t->len;
  memcpy(t->out + t->len, s, n);
  t->len += n;
}

static void ref_puts(ref_text *t, const char *s) { ref_put(t, s, strlen(s)); }

void lx_ref_display(const lx_ruleset *rs, const char *ref, const char *lang, char *out, size_t size) {
  if (size == 0) return;
  const char *colon = strchr(ref, ':');
  size_t il = colon ? (size_t)(colon - ref) : 0;
  if (il > 63) il = 63;                    /* an instrument id longer than any is cut */
  const lx_instrument *ins = NULL;
  for (size_t i = 0; rs && !ins && i < rs->ninstruments; i++)
    if (strncmp(rs->instruments[i].id, ref, il) == 0 && rs->instruments[i].id[il] == '\0') ins = &rs->instruments[i];
  const char *name = ins ? lx_text_get(&ins->short_name, lang, NULL) : NULL;
  size_t nl = name ? strlen(name) : il;
  if (!name) name = ref;
  int fr = lang && strcmp(lang, "fr") == 0;
  /* the parts between dots, before any '#' clause: at most 8, each cut at 15 bytes */
  const char *part[8];
  size_t plen[8];
  int n = 0;
  const char *p = colon ? colon + 1 : ref;
  while (*p && *p != '#' && n < 8) {
    size_t l = strcspn(p, ".#");
    part[n] = p;
    plen[n++] = l < 15 ? l : 15;
    p += l;
    if (*p == '.') p++;
  }
  ref_text t = { out, size, 0 };
  ref_put(&t, name, nl);
  if (n == 2 && plen[0] == 4 && memcmp(part[0], "note", 4) == 0) {   /* an annex of interpretative notes (texts.h) */
    ref_puts(&t, fr ? ", note interprétative " : " interpretative note ");
    ref_put(&t, part[1], plen[1]);
  } else if (ins && ins->kind && strcmp(ins->kind, "soft_law") == 0) {
    /* a paper's numbered paragraphs and their items: "para. 43(b)", "par. 43 b)" */
    ref_puts(&t, fr ? ", par. " : " para. ");
    if (n) ref_put(&t, part[0], plen[0]); else ref_puts(&t, "?");
    for (int i = 1; i < n; i++) {
      ref_puts(&t, fr ? " " : "(");
      ref_put(&t, part[i], plen[i]);
      ref_puts(&t, ")");
    }
  } else {
    ref_puts(&t, fr ? ", art. " : " art. ");
    if (n) ref_put(&t, part[0], plen[0]); else ref_puts(&t, "?");
    for (int i = 1; i < n; i++) {
      int numeric = plen[i] && part[i][0] >= '0' && part[i][0] <= '9';
      int after_number = plen[i - 1] && part[i - 1][0] >= '0' && part[i - 1][0] <= '9';
      ref_puts(&t, !fr ? "(" : numeric ? ", par. " : (i == 1 || after_number) ? ", " : " ");
      ref_put(&t, part[i], plen[i]);
      if (!fr || !numeric) ref_puts(&t, ")");
    }
  }
  out[t.len] = '\0';
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */
/* ---------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir that satisfy want (files ending in .lua, or folders;
** a link counts as what it leads to).  The kind comes from the directory
** entry when the file system gives it, from stat otherwise (and for links). */
static char **list_dir(const char *dir, int want_dirs, int *count) {
  DIR *d = opendir(dir);
  *count = 0;
  if (!d) return NULL;
  char **names = NULL;
  int n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t l = strlen(e->d_name);
    if (!want_dirs && !(l > 4 && strcmp(e->d_name + l - 4, ".lua") == 0)) continue;
    int is_dir = e->d_type == DT_DIR, is_reg = e->d_type == DT_REG;
    if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
      struct stat st;
      if (stat(path, &st) != 0) continue;
      is_dir = S_ISDIR(st.st_mode);
      is_reg = S_ISREG(st.st_mode);
    }
    int ok = want_dirs ? is_dir : is_reg;
    if (!ok) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      char **nn = realloc(names, (size_t)cap * sizeof *nn);
      if (!nn) break;
      names = nn;
    }
    if (!(names[n] = strdup(e->d_name))) break;
    n++;
  }
  closedir(d);
  if (names) qsort(names, (size_t)n, sizeof *names, cmp_str);
  *count = n;
  return names;
}

/* ---------------------------------------------------------------------- */
/* Instruments                                                             */
/* ---------------------------------------------------------------------- */

static char *dup_str(const data_value *v) {
  const char *s = data_str(v);
  return s ? strdup(s) : NULL;
}

static void text_from_data(lx_text *t, const data_value *v) {
  memset(t, 0, sizeof *t);
  if (!v) return;
  if (v->kind == DATA_STRING) { t->en = strdup(v->u.string.s); return; }
  t->en = dup_str(data_get(v, "en"));
  t->fr = dup_str(data_get(v, "fr"));
  t->es = dup_str(data_get(v, "es"));
}

/* Load the descriptor at path of pack id into ins; *bundled receives 1 when
** its text is the one the executable's snapshot of declarations was made
** with (declarations.h), else 0.  Returns 0, or -1 with diagnostics. */
static int load_instrument(lx_instrument *ins, const char *id, const char *path, int *bundled, diag_list *diags) {
  data_error err;
  memset(ins, 0, sizeof *ins);
  memset(&err, 0, sizeof err);
  *bundled = 0;
  ins->file = strdup(path);
  ins->id = strdup(id);
  size_t len = 0;
  char *src = infile_read(path, DATA_MAX_BYTES, &len, err.message, sizeof err.message);
  size_t bom = src && len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;   /* skipped, as data_parse_file does */
  data_value *v = src ? data_parse(src + bom, len - bom, &err) : NULL;
  *bundled = v && declarations_descriptor_matches(path, src, len);
  free(src);
  if (!v) {
    diag_add(diags, path, err.line, NULL, "%s", err.message);
    return -1;
  }
  ins->raw = v;
  if (instrument_check(v, id, path, diags) > 0) return -1;
  text_from_data(&ins->title, data_get(v, "title"));
  text_from_data(&ins->short_name, data_get(v, "short"));
  ins->kind = dup_str(data_get(v, "kind"));
  ins->in_force = dup_str(data_get(v, "in_force"));
  ins->deadline = dup_str(data_get(v, "deadline"));
  const data_value *d = data_get(v, "days_after_deposit");
  ins->days_after_deposit = d && d->kind == DATA_INTEGER ? (int)d->u.integer : 0;
  d = data_get(v, "denunciation_years");
  ins->denunciation_years = d && d->kind == DATA_INTEGER ? (int)d->u.integer : 1;
  ins->clusters = (data_value *)data_get(v, "clusters");
  /* not_bound: State codes, or { code = "DNK", reason = { en, fr } } */
  const data_value *nb = data_get(v, "not_bound");
  if (nb && data_len(nb)) {
    ins->nnot_bound = (int)data_len(nb);
    ins->not_bound = calloc((size_t)ins->nnot_bound, sizeof *ins->not_bound);
    for (int i = 0; ins->not_bound && i < ins->nnot_bound; i++) {
      const data_value *e = data_at(nb, i + 1);
      ins->not_bound[i] = dup_str(e && e->kind == DATA_TABLE ? data_get(e, "code") : e);
      if (!ins->not_bound[i]) {
        diag_add(diags, path, e ? e->line : v->line, "not_bound", "each entry is a State code or { code = \"XXX\", reason = { en = ..., fr = ... } }");
        return -1;
      }
    }
  }
  /* open_to_reservation and limited_by_reservation (read by applicability.c)
  ** were checked by instrument_check: canonical references of this
  ** instrument, each wrong entry named with its line */
  return 0;
}

static void instrument_free(lx_instrument *ins) {
  free(ins->id); text_free(&ins->title); text_free(&ins->short_name);
  free(ins->kind); free(ins->in_force); free(ins->deadline); free(ins->file);
  strings_free(ins->not_bound, ins->nnot_bound);
  data_free(ins->raw);
}

const lx_instrument *ruleset_instrument(const lx_ruleset *rs, const char *id) {
  for (size_t i = 0; i < rs->ninstruments; i++)
    if (strcmp(rs->instruments[i].id, id) == 0) return &rs->instruments[i];
  return NULL;
}

/* Descriptors read on request (ruleset_descriptor): one entry per id asked
** that is a pack name but no pack of the set, read or not, each allocated
** apart so that what ruleset_descriptor returned stays where it is while
** the set lives (evaluate.c keeps its answers by that address). */
typedef struct {
  char *id;
  int ok;                 /* 1: ins holds the descriptor; 0: why says what failed */
  lx_instrument ins;
  char *why;
} descriptor_entry;

/* Ids with no descriptor file kept at most (a rule asking about ids made
** in a loop): past them, such an id is looked for again at each request. */
#define DESCRIPTORS_MISSING_KEPT 256

struct lx_descriptors {
  descriptor_entry **items;
  size_t n;
  size_t nmissing;        /* entries of ids with no descriptor file */
  char *eu_fallback;      /* where eu-members.lua is looked for when the rules root has none
                             (load_packs' default_schema_dir), or NULL */
  int eu_read;            /* 1 once eu-members.lua was looked for on request ... */
  data_value *eu_members; /* ... what it holds (NULL: no file, or eu_failed) ... */
  int eu_failed;          /* ... 1: it cannot be read, ... */
  char *eu_why;           /* ... and why (NULL: out of memory) */
};

/* Is id a pack folder's name as find_packs could list it: lower-case
** letters, digits and hyphens, not starting with a hyphen, at most 64
** bytes (so that no id reaches outside the rules folder)? */
static int pack_id_valid(const char *id) {
  size_t n = strlen(id);
  if (n == 0 || n > 64 || id[0] == '-') return 0;
  for (size_t i = 0; i < n; i++)
    if (!((id[i] >= 'a' && id[i] <= 'z') || (id[i] >= '0' && id[i] <= '9') || id[i] == '-')) return 0;
  return 1;
}

static int file_exists(const char *path);
static data_value *read_eu_members(const char *dir, const char *fallback_dir, int *failed, diag_list *diags);

/* The Member States for a directive read on request: the set's own when it
** loaded them (a directive among its packs), else read here once, from the
** same file load_packs would have read (read_eu_members), so that the
** answer does not depend on which packs were chosen.  Sets *members (NULL:
** no file, the profile's state.eu_member alone decides) and returns 0, or
** -1 with why when the file cannot be read. */
static int descriptor_eu_members(const lx_ruleset *rs, struct lx_descriptors *ds, const data_value **members,
                                 char *why, size_t size) {
  *members = rs->eu_members;
  if (rs->eu_members) return 0;
  if (!ds->eu_read) {
    diag_list diags;
    diag_init(&diags);
    ds->eu_members = read_eu_members(rs->dir, ds->eu_fallback, &ds->eu_failed, &diags);
    if (ds->eu_failed) {
      char msg[1200] = "cannot read the Member States of the European Union";
      if (diags.n) diag_format(&diags.items[0], msg, sizeof msg);
      ds->eu_why = strdup(msg);
    }
    diag_free(&diags);
    ds->eu_read = 1;
  }
  *members = ds->eu_members;
  if (!ds->eu_failed) return 0;
  snprintf(why, size, "%s", ds->eu_why ? ds->eu_why : "out of memory");
  return -1;
}

const lx_instrument *ruleset_descriptor(const lx_ruleset *rs, const char *id, char *why, size_t size) {
  if (why && size) why[0] = '\0';
  const lx_instrument *own = ruleset_instrument(rs, id);
  if (own) return own;
  struct lx_descriptors *ds = rs->descriptors;
  for (size_t i = 0; ds && i < ds->n; i++) {
    const descriptor_entry *k = ds->items[i];
    if (strcmp(k->id, id) != 0) continue;
    if (k->ok) return &k->ins;
    if (why && size) snprintf(why, size, "%s", k->why ? k->why : "out of memory");
    return NULL;
  }
  char path[4400], missing[1400];
  if (!pack_id_valid(id) || !rs->dir) {      /* no file looked for: nothing kept */
    if (why && size) diag_sformat(why, size, "no instrument '%s': no descriptor %s/%s/instrument.lua", id, rs->dir ? rs->dir : ".", id);
    return NULL;
  }
  snprintf(path, sizeof path, "%s/%s/instrument.lua", rs->dir, id);
  int exists = file_exists(path);
  if (!exists) diag_sformat(missing, sizeof missing, "no instrument '%s': no descriptor %s/%s/instrument.lua", id, rs->dir, id);
  if (!ds) {                     /* made by load_packs: out of memory then, or a set made otherwise */
    if (why && size) snprintf(why, size, "%s", exists ? "the rule set keeps no other instrument's descriptor" : missing);
    return NULL;
  }
  descriptor_entry *e = NULL, **items = NULL;
  if (!exists && ds->nmissing >= DESCRIPTORS_MISSING_KEPT) {   /* not kept: looked for again next time */
    if (why && size) snprintf(why, size, "%s", missing);
    return NULL;
  }
  if (!(e = calloc(1, sizeof *e)) || !(e->id = strdup(id)) || (!exists && !(e->why = strdup(missing))) ||
      !(items = realloc(ds->items, (ds->n + 1) * sizeof *items))) {
    if (e) { free(e->id); free(e->why); }
    free(e);
    if (why && size) snprintf(why, size, "%s", exists ? "out of memory" : missing);
    return NULL;
  }
  ds->items = items;
  ds->items[ds->n++] = e;
  if (!exists) {                 /* remembered: the file is not looked for again */
    ds->nmissing++;
    if (why && size) snprintf(why, size, "%s", missing);
    return NULL;
  }
  diag_list diags;
  diag_init(&diags);
  int bundled;
  char full[1400] = "";
  if (load_instrument(&e->ins, id, path, &bundled, &diags) == 0) {
    const data_value *members = NULL;
    char eu_why[1200];
    if (strcmp(e->ins.kind, "eu_directive") != 0 || descriptor_eu_members(rs, ds, &members, eu_why, sizeof eu_why) == 0) {
      e->ok = 1;
      e->ins.eu_members = members;
    } else {
      diag_sformat(full, sizeof full, "the Member States that directive '%s' binds cannot be read: %.*s", id, (int)sizeof eu_why, eu_why);
    }
  } else {
    char msg[1200] = "cannot read the descriptor";
    if (diags.n) diag_format(&diags.items[0], msg, sizeof msg);
    diag_sformat(full, sizeof full, "the descriptor of instrument '%s' cannot be read: %.*s", id, (int)sizeof msg, msg);
  }
  if (!e->ok) {
    e->why = strdup(full);
    if (why && size) snprintf(why, size, "%s", full);
    instrument_free(&e->ins);    /* what load_instrument read of it */
  }
  diag_free(&diags);
  return e->ok ? &e->ins : NULL;
}

/* ---------------------------------------------------------------------- */
/* obligation { ... }                                                      */
/* ---------------------------------------------------------------------- */

/* What the obligation function needs while a rule file runs.  It lives on
** load_rule_file's stack; `obligation` and `not_encoded` reach it only
** through a box (a userdata the Lua state owns) that load_rule_file empties
** before returning, so a reference kept by the rule and called later finds
** an empty box instead of a dead stack frame. */
typedef struct {
  lx_ruleset *rs;
  diag_list *diags;
  const lx_instrument *ins;
  const char *file;
  const char *src;
  size_t len;
  int account;            /* the file's sandbox memory account */
  int busy;               /* a declaration is being read */
  const int *attach;      /* a deferred file (lx_deferred_file): the index in rs->rules
                          ** of each obligation it declares, in order; else NULL */
  size_t nattach;         /* how many attach lists */
  size_t nattached;       /* obligation { } calls so far */
} loader;

/* The loader of the file now loading, or a Lua error: from upvalue 1, the
** box; refuses calls after the load and calls while a declaration is read
** (a metamethod of the declaration calling obligation again). */
static loader *current_loader(lua_State *L, const char *fn) {
  loader **box = lua_touserdata(L, lua_upvalueindex(1));
  if (!box || !*box) luaL_error(L, "%s can only be called while the rule file loads, not from a check", fn);
  if ((*box)->busy) luaL_error(L, "%s called while a declaration is being read", fn);
  return *box;
}

/* Room for RULES_FIRST rules, then doubled whenever the count reaches a
** power of two: rs->rules only ever grows here, from a zeroed rule set. */
#define RULES_FIRST 16

static int append_rule(lx_ruleset *rs, lx_rule **out) {
  size_t n = rs->n;
  if (n == 0 || (n >= RULES_FIRST && (n & (n - 1)) == 0)) {
    lx_rule *r = realloc(rs->rules, (n ? 2 * n : RULES_FIRST) * sizeof *r);
    if (!r) return -1;
    rs->rules = r;
  }
  *out = &rs->rules[rs->n];
  memset(*out, 0, sizeof **out);
  (*out)->seq = (int)rs->n++;
  (*out)->check_ref = LUA_NOREF;
  return 0;
}

/* The line where `key =` first appears at or after line `from` in the
** source, so that a problem with a field points at the field. */
static int key_line(const loader *ld, int from, const char *key) {
  int line = 1;
  size_t kl = strlen(key);
  const char *p = ld->src, *end = ld->src + ld->len;
  for (; p < end && line < from; p++) if (*p == '\n') line++;
  for (; p + kl < end; p++) {
    if (*p == '\n') { line++; continue; }
    if (strncmp(p, key, kl) == 0 && (p == ld->src || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z')))) {
      const char *q = p + kl;
      while (q < end && (*q == ' ' || *q == '\t')) q++;
      if (q < end && *q == '=' && (q + 1 >= end || q[1] != '=')) return line;
    }
  }
  return from;
}

/* Mark the rule invalid (first problem wins) and list the problem. */
static void rule_problem(loader *ld, lx_rule *r, const char *key, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
static void rule_problem(loader *ld, lx_rule *r, const char *key, const char *fmt, ...) {
  char msg[700], full[900];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int line = key ? key_line(ld, r->line, key) : r->line;
  snprintf(full, sizeof full, "obligation %s: %s", r->id ? r->id : "(no ref)", msg);
  diag_add(ld->diags, ld->file, line, NULL, "%s", full);
  if (!r->invalid) {
    char where[1100];
    snprintf(where, sizeof where, "%s:%d: %s", ld->file, line, full);
    r->invalid = strdup(where);
    if (!r->invalid) r->invalid = strdup("invalid declaration");
  }
}

/* [-0, +1] Push field key of the declaration table (index 1), read raw: no
** metamethod of the rule's runs while the engine reads its declaration. */
static int decl_field(lua_State *L, const char *key) {
  lua_pushstring(L, key);
  return lua_rawget(L, 1);
}

/* [-0, +0] A string field of the declaration table (index 1), or NULL. */
static char *field_string(lua_State *L, loader *ld, lx_rule *r, const char *key, int required) {
  char *out = NULL;
  int t = decl_field(L, key);
  if (t == LUA_TSTRING) out = strdup(lua_tostring(L, -1));
  else if (t != LUA_TNIL) rule_problem(ld, r, key, "field '%s' must be a string, not a %s", key, lua_typename(L, t));
  else if (required) rule_problem(ld, r, NULL, "missing required field '%s'", key);
  lua_pop(L, 1);
  return out;
}

/* A bilingual text field { en = ..., fr = ..., es = ... }. */
static void field_text(lua_State *L, loader *ld, lx_rule *r, const char *key, lx_text *t, int need_both) {
  memset(t, 0, sizeof *t);
  int ty = decl_field(L, key);
  if (ty == LUA_TNIL) {
    rule_problem(ld, r, NULL, "missing required field '%s' ({ en = ..., fr = ... })", key);
  } else if (ty != LUA_TTABLE) {
    rule_problem(ld, r, key, "field '%s' must be a table { en = ..., fr = ... }, not a %s", key, lua_typename(L, ty));
  } else {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      const char *lang = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
      char **slot = !lang ? NULL : strcmp(lang, "en") == 0 ? &t->en : strcmp(lang, "fr") == 0 ? &t->fr
                  : strcmp(lang, "es") == 0 ? &t->es : NULL;
      if (!slot) rule_problem(ld, r, key, "field '%s': unknown language key (use en, fr, es)", key);
      else if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) == 0)
        rule_problem(ld, r, key, "field '%s': %s must be a non-empty string", key, lang);
      else if (!*slot) *slot = strdup(lua_tostring(L, -1));
      lua_pop(L, 1);
    }
    if (need_both && (!t->en || !t->fr))
      rule_problem(ld, r, key, "field '%s' needs both en and fr", key);
    else if (!t->en && !t->fr && !t->es)
      rule_problem(ld, r, key, "field '%s' is empty", key);
  }
  lua_pop(L, 1);
}

/* A list of strings; each checked by valid() when given. */
static char **field_list(lua_State *L, loader *ld, lx_rule *r, const char *key, int *count) {
  *count = 0;
  char **out = NULL;
  int ty = decl_field(L, key);
  if (ty == LUA_TTABLE) {
    int n = (int)lua_rawlen(L, -1);
    out = calloc((size_t)n + 1, sizeof *out);
    for (int i = 1; out && i <= n; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TSTRING) {
        if ((out[*count] = strdup(lua_tostring(L, -1)))) (*count)++;
      } else {
        rule_problem(ld, r, key, "field '%s': item %d must be a string", key, i);
      }
      lua_pop(L, 1);
    }
  } else if (ty != LUA_TNIL) {
    rule_problem(ld, r, key, "field '%s' must be a list of strings, not a %s", key, lua_typename(L, ty));
  }
  lua_pop(L, 1);
  return out;
}

static int valid_clause(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-')) return 0;
  return 1;
}

/* obligation { ... } of a deferred file, whose declarations the snapshot
** gave (the text is the one they were taken from): the call's obligation is
** the next one the snapshot lists; it receives its check function and the
** file's memory account. */
static int attach_check(lua_State *L, loader *ld) {
  size_t k = ld->nattached++;
  if (k >= ld->nattach) return luaL_error(L, "the file declares more obligations than when lexgap was built");
  if (ld->attach[k] < 0) return 0;
  lx_rule *r = &ld->rs->rules[ld->attach[k]];
  r->account = ld->account;
  ld->busy = 1;
  if (lua_gettop(L) >= 1 && lua_istable(L, 1) && decl_field(L, "check") == LUA_TFUNCTION && r->check_ref == LUA_NOREF)
    r->check_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  else if (lua_gettop(L) >= 1 && lua_istable(L, 1)) lua_pop(L, 1);
  ld->busy = 0;
  if (r->check_ref == LUA_NOREF && !r->invalid)       /* never called without its check */
    r->invalid = strdup("the file declares other obligations than when lexgap was built");
  return 0;
}

/* obligation { ... }: validate a declaration and record it.  Never raises a
** Lua error for a bad declaration (the rule becomes invalid instead), so one
** bad obligation does not hide the others of its file. */
static int l_obligation(lua_State *L) {
  loader *ld = current_loader(L, "obligation");
  if (ld->attach) return attach_check(L, ld);
  lx_rule *r;
  if (append_rule(ld->rs, &r) != 0) return luaL_error(L, "out of memory");
  r->account = ld->account;
  r->file = strdup(ld->file);
  lua_Debug ar;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) r->line = ar.currentline;
  r->instrument = strdup(ld->ins->id);
  if (lua_gettop(L) != 1 || !lua_istable(L, 1)) {
    rule_problem(ld, r, NULL, "obligation expects one table: obligation { ref = ..., ... }");
    return 0;
  }
  lua_settop(L, 1);
  ld->busy = 1;          /* reads below are raw, but r must stay where it is */

  r->ref = field_string(L, ld, r, "ref", 1);
  r->clause = field_string(L, ld, r, "clause", 0);
  if (r->ref) {
    size_t n = strlen(r->ref) + (r->clause ? strlen(r->clause) + 1 : 0) + 1;
    r->id = malloc(n);
    if (r->id) snprintf(r->id, n, "%s%s%s", r->ref, r->clause ? "#" : "", r->clause ? r->clause : "");
    if (!schema_is_ref(r->ref))
      rule_problem(ld, r, "ref", "'%s' is not a canonical provision reference (e.g. \"untoc:5.1.a.ii\")", r->ref);
    else if (strncmp(r->ref, ld->ins->id, strlen(ld->ins->id)) != 0 || r->ref[strlen(ld->ins->id)] != ':')
      rule_problem(ld, r, "ref", "'%s' does not belong to the instrument '%s' of this pack", r->ref, ld->ins->id);
  }
  if (r->clause && !valid_clause(r->clause))
    rule_problem(ld, r, "clause", "clause '%s' must be lower-case letters, digits and hyphens", r->clause);

  /* unknown fields, with a suggestion */
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) { rule_problem(ld, r, NULL, "fields must have names"); continue; }
    const char *k = lua_tostring(L, -1);
    int known = 0;
    for (int i = 0; !known && rule_fields[i]; i++) known = k[0] == rule_fields[i][0] && strcmp(k, rule_fields[i]) == 0;
    if (!known) {
      const char *hint = lx_suggest(k, rule_fields, count_names(rule_fields));
      if (hint) rule_problem(ld, r, k, "unknown field '%s' (did you mean '%s'?)", k, hint);
      else rule_problem(ld, r, k, "unknown field '%s'", k);
    }
  }

  char *level = field_string(L, ld, r, "level", 1);
  if (level) {
    int lv = lx_level_parse(level);
    if (lv < 0) {
      static const char *const levels[] = { "mandatory", "consider", "endeavour", "optional" };
      const char *hint = lx_suggest(level, levels, 4);
      rule_problem(ld, r, "level", "level '%s' is not one of mandatory, consider, endeavour, optional%s%s%s",
                   level, hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
    } else {
      r->level = (lx_level)lv;
    }
    free(level);
  }
  field_text(L, ld, r, "title", &r->title, 1);
  field_text(L, ld, r, "text", &r->text, 0);
  r->category = field_string(L, ld, r, "category", 1);
  if (r->category) {
    int ok = 0;
    for (int i = 0; categories[i]; i++) if (strcmp(categories[i], r->category) == 0) ok = 1;
    if (!ok) {
      const char *hint = lx_suggest(r->category, categories, count_names(categories));
      rule_problem(ld, r, "category", "category '%s' is not known%s%s%s", r->category,
                   hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
    }
  }
  int ty = decl_field(L, "cluster");
  if (ty == LUA_TNUMBER && lua_isinteger(L, -1)) r->cluster = (int)lua_tointeger(L, -1);
  else if (ty != LUA_TNIL) rule_problem(ld, r, "cluster", "cluster must be an integer");
  lua_pop(L, 1);
  if (ld->ins->clusters) {
    if (ty == LUA_TNIL) rule_problem(ld, r, NULL, "missing required field 'cluster' (this instrument has review clusters)");
    else if (r->cluster && !data_at(ld->ins->clusters, r->cluster))
      rule_problem(ld, r, "cluster", "cluster %d is not a review cluster of %s", r->cluster, ld->ins->id);
  }
  r->note = field_string(L, ld, r, "note", 0);
  /* soft law binds no one: its recommendations are optional, never gaps */
  r->good_practice = ld->ins->kind && strcmp(ld->ins->kind, "soft_law") == 0;
  if (r->good_practice && r->level != LX_OPTIONAL)
    rule_problem(ld, r, "level", "a soft-law instrument binds no one: its recommendations are at level optional, reported as good practice");
  r->serves = field_list(L, ld, r, "serves", &r->nserves);
  for (int i = 0; i < r->nserves; i++) {
    /* an obligation's id: a canonical reference, and its clause after '#' */
    char ref[256];
    const char *hash = strchr(r->serves[i], '#');
    snprintf(ref, sizeof ref, "%.*s", hash ? (int)(hash - r->serves[i]) : (int)strlen(r->serves[i]), r->serves[i]);
    if (!schema_is_ref(ref) || (hash && !valid_clause(hash + 1))
        || (strncmp(ref, ld->ins->id, strlen(ld->ins->id)) == 0 && ref[strlen(ld->ins->id)] == ':'))
      rule_problem(ld, r, "serves", "'%s' is not the id of an obligation of another instrument (\"untoc:18.13\", \"untoc:18.14#oral\")", r->serves[i]);
  }
  /* the same duty in another instrument: "untoc:13.1" or "untoc:19#agreements" */
  r->twin = field_string(L, ld, r, "twin", 0);
  if (r->twin) {
    char ref[256];
    snprintf(ref, sizeof ref, "%.*s", (int)strcspn(r->twin, "#"), r->twin);
    size_t il = strlen(ld->ins->id);
    if (!schema_is_ref(ref) || (strncmp(ref, ld->ins->id, il) == 0 && ref[il] == ':'))
      rule_problem(ld, r, "twin", "'%s' is not the id of an obligation of another instrument", r->twin);
    /* a twin is served too: the store keeps it, and every report shows the
    ** two findings side by side (report_related) */
    int dup = 0;
    for (int i = 0; i < r->nserves; i++) if (strcmp(r->serves[i], r->twin) == 0) dup = 1;
    char **ns = dup ? NULL : realloc(r->serves, (size_t)(r->nserves + 1) * sizeof *ns);
    if (ns && (ns[r->nserves] = strdup(r->twin)) != NULL) { r->serves = ns; r->nserves++; }
    else if (ns) r->serves = ns;
  }
  r->depends = field_list(L, ld, r, "depends", &r->ndepends);
  r->covers = field_list(L, ld, r, "covers", &r->ncovers);
  for (int i = 0; i < r->ncovers; i++)
    if (!schema_is_ref(r->covers[i])) rule_problem(ld, r, "covers", "'%s' is not a canonical provision reference", r->covers[i]);
  decl_field(L, "facts");
  int has_facts = !lua_isnil(L, -1);
  lua_pop(L, 1);
  if (!has_facts) rule_problem(ld, r, NULL, "missing required field 'facts' (the profile facts the check reads; {} if none)");
  r->facts = field_list(L, ld, r, "facts", &r->nfacts);
  for (int i = 0; i < r->nfacts; i++) {
    const char *hint = NULL;
    if (!schema_has_path(ld->rs->schema, r->facts[i], &hint)) {
      if (hint) rule_problem(ld, r, "facts", "'%s' is not a fact of the profile model (did you mean '%s'?)", r->facts[i], hint);
      else rule_problem(ld, r, "facts", "'%s' is not a fact of the profile model (rules/schema.lua)", r->facts[i]);
    }
  }
  ty = decl_field(L, "check");
  if (ty == LUA_TFUNCTION) r->check_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  else {
    if (ty == LUA_TNIL) rule_problem(ld, r, NULL, "missing required field 'check' (a function(ctx))");
    else rule_problem(ld, r, "check", "field 'check' must be a function, not a %s", lua_typename(L, ty));
    lua_pop(L, 1);
  }
  if (!r->id) {
    /* keep an id so that the error finding can be reported */
    char id[600];
    snprintf(id, sizeof id, "%s:%d", ld->file, r->line);
    r->id = strdup(id);
  }
  ld->busy = 0;
  return 0;
}

/* not_encoded { ref = ..., reason = { en = ..., fr = ... } }: record a
** provision the pack leaves out on purpose, for `lexgap coverage`. */
static int l_not_encoded(lua_State *L) {
  loader *ld = current_loader(L, "not_encoded");
  if (ld->attach) return 0;                /* a deferred file's: recorded from the snapshot */
  lua_Debug ar;
  int line = 0;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) line = ar.currentline;
  const char *problem = NULL;
  if (lua_gettop(L) != 1 || !lua_istable(L, 1)) problem = "not_encoded expects one table: not_encoded { ref = ..., reason = { en = ..., fr = ... } }";
  const char *ref = NULL;
  lx_text reason;
  memset(&reason, 0, sizeof reason);
  if (!problem) {
    lua_settop(L, 1);
    lua_pushnil(L);
    while (!problem && lua_next(L, 1)) {
      lua_pop(L, 1);
      const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
      if (!k || (strcmp(k, "ref") && strcmp(k, "reason"))) problem = "not_encoded takes only ref and reason";
    }
    if (decl_field(L, "ref") == LUA_TSTRING) ref = lua_tostring(L, -1);
    if (!problem && (!ref || !schema_is_ref(ref))) problem = "not_encoded needs ref, a canonical provision reference";
    else if (!problem && (strncmp(ref, ld->ins->id, strlen(ld->ins->id)) != 0 || ref[strlen(ld->ins->id)] != ':'))
      problem = "not_encoded: the reference belongs to another instrument";
    if (decl_field(L, "reason") == LUA_TTABLE) {
      lua_pushliteral(L, "en");
      if (lua_rawget(L, -2) == LUA_TSTRING) reason.en = strdup(lua_tostring(L, -1));
      lua_pop(L, 1);
      lua_pushliteral(L, "fr");
      if (lua_rawget(L, -2) == LUA_TSTRING) reason.fr = strdup(lua_tostring(L, -1));
      lua_pop(L, 1);
    }
    if (!problem && (!reason.en || !reason.fr)) problem = "not_encoded needs reason = { en = ..., fr = ... }";
  }
  if (problem) {
    diag_add(ld->diags, ld->file, line, NULL, "%s", problem);
    free(reason.en); free(reason.fr);
    return 0;
  }
  lx_not_encoded *ne = realloc(ld->rs->not_encoded, (ld->rs->nnot_encoded + 1) * sizeof *ne);
  if (!ne) { free(reason.en); free(reason.fr); return luaL_error(L, "out of memory"); }
  ld->rs->not_encoded = ne;
  ne = &ne[ld->rs->nnot_encoded++];
  ne->ref = strdup(ref);
  ne->reason = reason;
  ne->file = strdup(ld->file);
  ne->line = line;
  return 0;
}

/* Why a rule file is refused when sandbox_new_account could not make its
** account: its code never runs on the engine's account (0), whose memos
** are those of the file that ran last. */
#define NO_ACCOUNT "out of memory: no memory account for the rule file"

/* [-0, +0] Run the top level of the rule file at path (src, len bytes: its
** text; bundled: its row of precompiled.h when the text is the bundled one,
** else NULL) in a fresh environment where obligation and not_encoded reach
** ld, with the file's memory account.  Returns 1 when it ran, else 0 with
** err filled: also when ld has no account (0: its code would run on the
** engine's account and memos) or the file's memos cannot be made. */
static int run_rule_file(lx_sandbox *sb, loader *ld, const lx_precompiled *bundled, const char *path,
                         const char *src, size_t len, sandbox_error *err) {
  lua_State *L = sandbox_state(sb);
  char chunkname[4200];
  snprintf(chunkname, sizeof chunkname, "@%s", path);
  if (!ld->account) {
    snprintf(err->file, sizeof err->file, "%s", path);
    snprintf(err->message, sizeof err->message, "%s", NO_ACCOUNT);
    return 0;
  }
  if (sandbox_use_account(sb, ld->account) != 0) {  /* what the file holds is its own */
    sandbox_use_account(sb, 0);
    snprintf(err->file, sizeof err->file, "%s", path);
    snprintf(err->message, sizeof err->message, "out of memory: the rule file's memos");
    return 0;
  }
  loader **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = ld;
  int box_ref = luaL_ref(L, LUA_REGISTRYINDEX);    /* kept alive until emptied */
  sandbox_push_env(sb);
  lua_rawgeti(L, LUA_REGISTRYINDEX, box_ref);
  lua_pushcclosure(L, l_obligation, 1);
  lua_setfield(L, -2, "obligation");
  lua_rawgeti(L, LUA_REGISTRYINDEX, box_ref);
  lua_pushcclosure(L, l_not_encoded, 1);
  lua_setfield(L, -2, "not_encoded");
  /* a bundled rule file unchanged comes from the executable's bytecode */
  int loaded;
  if (bundled && precompiled_load_row(L, bundled, chunkname)) {
    lua_insert(L, -2);                               /* function env */
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    loaded = 1;
    ld->rs->nprecompiled++;
  } else {
    loaded = sandbox_load(sb, src, len, chunkname, err);
  }
  int ok = loaded >= 0 && sandbox_call(sb, 0, 0, err) == 0;
  *box = NULL;                                     /* ld dies with its frame */
  luaL_unref(L, LUA_REGISTRYINDEX, box_ref);
  sandbox_use_account(sb, 0);
  return ok;
}

/* A string of the snapshot, lent to a rule (lx_rule.borrowed: never
** written or freed). */
static char *lent(const char *s) { return (char *)s; }

/* A list of the snapshot, lent to a rule likewise. */
static char **lent_list(const char *const *v) { return (char **)v; }

/* 1 when the facts file decl names are paths of rs->schema (the distinct
** facts of the whole snapshot checked once while all are; not at all while
** rs->schema is the built-in model the build tool checked them against),
** else 0. */
static int facts_in_schema(lx_ruleset *rs, const lx_declared_file *decl) {
  if (rs->snapshot_facts == 0 && lx_declared_facts_in_bundled_model && schema_is_bundled(rs->schema))
    rs->snapshot_facts = 1;                          /* checked against this very model at build time */
  if (rs->snapshot_facts == 0) {
    rs->snapshot_facts = 1;
    for (size_t i = 0; i < lx_declared_fact_count; i++)
      if (!schema_has_path(rs->schema, declarations_fact(i), &(const char *){NULL})) { rs->snapshot_facts = 2; break; }
  }
  if (rs->snapshot_facts == 1) return 1;
  for (size_t i = 0; i < decl->nobligations; i++)
    for (int f = 0; f < decl->obligations[i].nfacts; f++)
      if (!schema_has_path(rs->schema, decl->obligations[i].facts[f], &(const char *){NULL})) return 0;
  return 1;
}

/* Declare the obligations and omissions of the rule file at path from the
** snapshot decl (its text is bundled's, its pack's descriptor the one the
** snapshot was made with), as running it would, and keep the file to run
** later (rs->deferred).  Returns 0, or -1 when the snapshot cannot serve
** (a fact the profile model no longer has; out of memory before anything
** was declared): the file is then run. */
static int declare_from_snapshot(lx_ruleset *rs, size_t k, const char *path, const lx_precompiled *bundled,
                                 const lx_declared_file *decl) {
  const lx_instrument *ins = &rs->instruments[k];
  if (!facts_in_schema(rs, decl)) return -1;
  lx_deferred_file *nd = realloc(rs->deferred, (rs->ndeferred + 1) * sizeof *nd);
  if (!nd) return -1;
  rs->deferred = nd;
  lx_deferred_file *df = &rs->deferred[rs->ndeferred++];
  *df = (lx_deferred_file){ strdup(path), k, bundled, decl, (int)rs->n };
  for (size_t i = 0; i < decl->nobligations; i++) {
    const lx_declared_obligation *d = &decl->obligations[i];
    lx_rule *r;
    if (append_rule(rs, &r) != 0) return 0;          /* out of memory: what is declared stays */
    r->borrowed = 1;
    r->id = lent(d->id);
    r->ref = lent(d->ref);
    r->clause = lent(d->clause);
    r->instrument = ins->id;                          /* its instrument's, freed with the rule set */
    r->level = (lx_level)d->level;
    r->title = (lx_text){ lent(d->title[0]), lent(d->title[1]), lent(d->title[2]) };
    r->category = lent(d->category);
    r->cluster = d->cluster;
    r->text = (lx_text){ lent(d->text[0]), lent(d->text[1]), lent(d->text[2]) };
    r->depends = lent_list(d->depends); r->ndepends = d->ndepends;
    r->covers = lent_list(d->covers); r->ncovers = d->ncovers;
    r->serves = lent_list(d->serves); r->nserves = d->nserves;
    r->good_practice = d->good_practice;
    r->facts = lent_list(d->facts); r->nfacts = d->nfacts;
    r->note = lent(d->note);
    r->twin = lent(d->twin);
    r->file = strdup(path);
    r->line = d->line;
  }
  for (size_t i = 0; i < decl->nnot_encoded; i++) {
    const lx_declared_not_encoded *d = &decl->not_encoded[i];
    lx_not_encoded *ne = realloc(rs->not_encoded, (rs->nnot_encoded + 1) * sizeof *ne);
    if (!ne) return 0;
    rs->not_encoded = ne;
    ne[rs->nnot_encoded++] = (lx_not_encoded){ strdup(d->ref), { strdup(d->reason_en), strdup(d->reason_fr), NULL },
                                               strdup(path), d->line };
  }
  rs->ndeclared++;
  return 0;
}

/* Run one rule file in a fresh environment, or declare it from the
** snapshot when it may (declare_from_snapshot; descriptor_bundled: its
** pack's instrument.lua is the snapshot's).  A file that fails becomes an
** invalid rule named after the file. */
static void load_rule_file(lx_ruleset *rs, lx_sandbox *sb, size_t k, int descriptor_bundled,
                           const char *path, diag_list *diags) {
  const lx_instrument *ins = &rs->instruments[k];
  /* a file declared from the snapshot is only compared, as it is read (no
  ** copy of it made); any other is read whole, as before */
  const lx_declared_file *decl = descriptor_bundled ? declarations_of(path) : NULL;
  const lx_precompiled *same = decl ? precompiled_match_file(path) : NULL;
  if (same && declare_from_snapshot(rs, k, path, same, decl) == 0) return;
  char why[256];
  size_t len = 0;
  char *src = infile_read(path, RULE_FILE_MAX, &len, why, sizeof why);
  /* the file is run: from its bundled bytecode while its text is the
  ** bundled one (a file the snapshot could have declared was tried above) */
  const lx_precompiled *bundled = src ? precompiled_match(path, src, len) : NULL;
  sandbox_error err;
  memset(&err, 0, sizeof err);
  loader ld = { rs, diags, ins, path, src, len, sandbox_new_account(sb), 0, NULL, 0, 0 };
  size_t before = rs->n, before_ne = rs->nnot_encoded;
  int ok = 0;
  if (!src) {
    snprintf(err.file, sizeof err.file, "%s", path);
    snprintf(err.message, sizeof err.message, "%s", why);
  } else {
    ok = run_rule_file(sb, &ld, bundled, path, src, len, &err);
  }
  if (ok) {
    free(src);
    if (rs->n == before && rs->nnot_encoded == before_ne)
      diag_add(diags, path, 0, NULL, "warning: the file declares no obligation");
    return;
  }
  free(src);
  /* the whole file failed: its obligations cannot be trusted either */
  for (size_t i = before; i < rs->n; i++)
    if (!rs->rules[i].invalid) rs->rules[i].invalid = strdup("its rule file failed to load");
  lx_rule *r;
  if (append_rule(rs, &r) != 0) return;
  r->id = strdup(path);
  r->account = ld.account;
  r->file = strdup(path);        /* the file that failed, whatever it called */
  r->line = err.line;
  r->instrument = strdup(ins->id);
  r->level = LX_MANDATORY;
  char msg[1200];
  snprintf(msg, sizeof msg, "%s:%d: %s", r->file, r->line, err.message);
  r->invalid = strdup(msg);
  diag_add(diags, r->file, r->line, NULL, "%s", err.message);
}

/* The index in rs->rules of each rule by its seq (rules are in evaluation
** order once loaded; each seq, its order of declaration, is below rs->n), so
** that each deferred file finds its rules without walking them all; NULL
** when out of memory. */
static int *rules_by_seq(const lx_ruleset *rs) {
  int *by_seq = malloc((rs->n ? rs->n : 1) * sizeof *by_seq);
  if (!by_seq) return NULL;
  for (size_t i = 0; i < rs->n; i++) by_seq[i] = -1;
  for (size_t i = 0; i < rs->n; i++)
    if (rs->rules[i].seq >= 0 && (size_t)rs->rules[i].seq < rs->n) by_seq[rs->rules[i].seq] = (int)i;
  return by_seq;
}

/* Fill attach[0..n) with the index of the rule of seq first + k (-1: none
** has it), from by_seq (rules_by_seq). */
static void rules_at_seq(const lx_ruleset *rs, const int *by_seq, int first, int *attach, size_t n) {
  for (size_t k = 0; k < n; k++) attach[k] = -1;     /* a rule out of memory kept from declaring */
  for (size_t k = 0; first >= 0 && k < n && (size_t)first + k < rs->n; k++) attach[k] = by_seq[(size_t)first + k];
}

/* Run the deferred file df: each obligation it declares receives its check
** function (attach_check); its rules are found through by_seq
** (rules_by_seq; NULL, out of memory: the file is not run, as when its
** attach list cannot be made).  A file that fails, or declares another number of
** obligations, makes its obligations invalid, and the problem is listed. */
static void run_deferred_file(lx_ruleset *rs, lx_sandbox *sb, const int *by_seq, const lx_deferred_file *df,
                              diag_list *diags) {
  size_t n = df->declared->nobligations;
  int *attach = malloc((n ? n : 1) * sizeof *attach);
  if (!attach || !by_seq) { free(attach); return; }
  rules_at_seq(rs, by_seq, df->first_seq, attach, n);
  sandbox_error err;
  memset(&err, 0, sizeof err);
  loader ld = { rs, diags, &rs->instruments[df->instrument], df->path, df->bundled->source,
                df->bundled->source_len, sandbox_new_account(sb), 0, attach, n, 0 };
  int ok = run_rule_file(sb, &ld, df->bundled, df->path, df->bundled->source, df->bundled->source_len, &err);
  if (ok && ld.nattached != n) {
    snprintf(err.message, sizeof err.message, "the file declares other obligations than when lexgap was built");
    err.line = 0;
    ok = 0;
  }
  for (size_t i = 0; !ok && i < n; i++) {
    if (attach[i] < 0) continue;
    lx_rule *r = &rs->rules[attach[i]];
    char msg[1200];
    snprintf(msg, sizeof msg, "%s:%d: %s", df->path, err.line, err.message);
    if (!r->invalid) r->invalid = strdup(msg);
  }
  if (!ok) diag_add(diags, df->path, err.line, NULL, "%s", err.message);
  free(attach);
}

int ruleset_pack_deferred(const lx_ruleset *rs, size_t k) {
  for (size_t i = 0; i < rs->ndeferred; i++) if (rs->deferred[i].instrument == k) return 1;
  return 0;
}

int ruleset_run_deferred(lx_ruleset *rs, lx_sandbox *sb, size_t k, diag_list *diags) {
  size_t kept = 0;
  int ran = 0;
  int *by_seq = NULL;                                /* made at the pack's first deferred file */
  for (size_t i = 0; i < rs->ndeferred; i++) {
    lx_deferred_file df = rs->deferred[i];
    if (df.instrument != k) { rs->deferred[kept++] = df; continue; }
    if (!ran) by_seq = rules_by_seq(rs);
    run_deferred_file(rs, sb, by_seq, &df, diags);
    free(df.path);
    ran++;
  }
  free(by_seq);
  rs->ndeferred = kept;
  return ran;
}

/* ---------------------------------------------------------------------- */
/* Checks across rules, and dependency order                               */
/* ---------------------------------------------------------------------- */

static void rule_free(lx_rule *r, lua_State *L) {
  free(r->file); free(r->invalid); free(r->dep_index);
  if (L && r->check_ref != LUA_NOREF) luaL_unref(L, LUA_REGISTRYINDEX, r->check_ref);
  if (r->borrowed) return;                   /* the rest is the snapshot's and the rule set's */
  free(r->instrument);
  free(r->id); free(r->ref); free(r->clause);
  text_free(&r->title); text_free(&r->text); free(r->category); free(r->note); free(r->twin);
  strings_free(r->depends, r->ndepends);
  strings_free(r->covers, r->ncovers);
  strings_free(r->serves, r->nserves);
  strings_free(r->facts, r->nfacts);
}

static void mark_invalid(lx_rule *r, diag_list *diags, const char *fmt, const char *a, const char *b) {
  char msg[1200], full[1400];
  snprintf(msg, sizeof msg, fmt, a, b);
  snprintf(full, sizeof full, "%s:%d: obligation %s: %s", r->file, r->line, r->id, msg);
  diag_add(diags, r->file, r->line, NULL, "obligation %s: %s", r->id, msg);
  if (!r->invalid) r->invalid = strdup(full);
}

int ruleset_find(const lx_ruleset *rs, const char *id) {
  for (size_t i = 0; i < rs->n; i++)
    if (rs->rules[i].id && strcmp(rs->rules[i].id, id) == 0) return (int)i;
  return -1;
}

/* The rules' ids sorted, each with its index (ties by index): ruleset_find
** by binary search while the rules are ordered (order_rules looks up every
** dependency, obligation served and twin). */
typedef struct {
  const char *id;
  int index;
} rule_id_entry;

typedef struct {
  rule_id_entry *entries;  /* the rules that have an id */
  size_t n;
} rule_index;

static int by_id_then_index(const void *a, const void *b) {
  const rule_id_entry *ea = a, *eb = b;
  int c = strcmp(ea->id, eb->id);
  return c ? c : (ea->index > eb->index) - (ea->index < eb->index);
}

/* Index the rules of rs by id; -1 when out of memory. */
static int rule_index_build(rule_index *ix, const lx_ruleset *rs) {
  ix->n = 0;
  ix->entries = malloc((rs->n ? rs->n : 1) * sizeof *ix->entries);
  if (!ix->entries) return -1;
  for (size_t i = 0; i < rs->n; i++)
    if (rs->rules[i].id) ix->entries[ix->n++] = (rule_id_entry){ rs->rules[i].id, (int)i };
  qsort(ix->entries, ix->n, sizeof *ix->entries, by_id_then_index);
  return 0;
}

/* What ruleset_find returns on the indexed rules: the first rule with that
** id, or -1. */
static int rule_index_find(const rule_index *ix, const char *id) {
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {                       /* the first entry not below id */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(ix->entries[mid].id, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < ix->n && strcmp(ix->entries[lo].id, id) == 0 ? ix->entries[lo].index : -1;
}

/* Sort v[0..n-1] by cmp, a strict total order on its elements (no two
** compare equal: every sort gives the same result), as a natural merge
** sort: the runs already in order are found in one pass and merged pairwise,
** two runs already in order one after the other (the last of the first
** before the first of the second) joined without comparing further.  The
** findings of an assessment are a few runs in instrument order already
** (France's: two), the rules as loaded a few runs in pack order (France's
** packs: 16 in 536), so this takes about n comparisons where qsort took
** n log n.  qsort when memory runs out. */
void lx_sort_runs(size_t *v, size_t n, int (*cmp)(const void *, const void *)) {
  size_t first = 1;
  while (first < n && cmp(&v[first - 1], &v[first]) <= 0) first++;
  if (first >= n) return;                                    /* in order already */
  size_t *bounds = malloc((n + 1) * sizeof *bounds), *spare = malloc(n * sizeof *spare);
  if (!bounds || !spare) { free(bounds); free(spare); qsort(v, n, sizeof *v, cmp); return; }
  size_t runs = 0;                                           /* run k: [bounds[k], bounds[k + 1]) */
  bounds[runs++] = 0;
  bounds[runs++] = first;
  for (size_t i = first + 1; i < n; i++)
    if (cmp(&v[i - 1], &v[i]) > 0) bounds[runs++] = i;
  bounds[runs] = n;
  size_t *from = v, *to = spare;
  while (runs > 1) {
    size_t kept = 0;
    for (size_t k = 0; k < runs; k += 2) {
      size_t lo = bounds[k], mid = bounds[k + 1], hi = k + 1 < runs ? bounds[k + 2] : mid;
      size_t a = lo, b = mid, o = lo;
      if (mid < hi && cmp(&from[mid - 1], &from[mid]) > 0)     /* else joined as they are */
        while (a < mid && b < hi) to[o++] = cmp(&from[a], &from[b]) <= 0 ? from[a++] : from[b++];
      memcpy(to + o, from + a, (mid - a) * sizeof *v);
      o += mid - a;
      memcpy(to + o, from + b, (hi - b) * sizeof *v);
      bounds[kept++] = lo;
    }
    bounds[kept] = n;
    runs = kept;
    size_t *t = from; from = to; to = t;
  }
  if (from != v) memcpy(v, from, n * sizeof *v);
  free(bounds);
  free(spare);
}

/* Instrument order; equal ids in declaration order, so that of two
** duplicates the first declared is kept whatever qsort does with ties. */
static int by_ref(const void *a, const void *b) {
  const lx_rule *ra = a, *rb = b;
  int c = lx_ref_compare(ra->id, rb->id);
  if (!c) c = strcmp(ra->id, rb->id);
  return c ? c : (ra->seq > rb->seq) - (ra->seq < rb->seq);
}

/* by_ref on the indexes of by_ref_rules's rules (lx_sort_runs). */
static const lx_rule *by_ref_rules;

static int by_ref_index(const void *a, const void *b) {
  return by_ref(&by_ref_rules[*(const size_t *)a], &by_ref_rules[*(const size_t *)b]);
}

/* The rules of rs in by_ref's order (a strict total order: the same order
** whatever sorts them): their indexes sorted by lx_sort_runs, the rules
** then moved once each; qsort of the rules themselves when memory runs
** out. */
static void sort_rules(lx_ruleset *rs) {
  size_t n = rs->n, *order = malloc(n * sizeof *order);
  lx_rule *sorted = malloc(n * sizeof *sorted);
  if (!order || !sorted) {
    free(order);
    free(sorted);
    qsort(rs->rules, n, sizeof *rs->rules, by_ref);
    return;
  }
  for (size_t i = 0; i < n; i++) order[i] = i;
  by_ref_rules = rs->rules;
  lx_sort_runs(order, n, by_ref_index);
  by_ref_rules = NULL;
  for (size_t i = 0; i < n; i++) sorted[i] = rs->rules[order[i]];
  memcpy(rs->rules, sorted, n * sizeof *sorted);
  free(sorted);
  free(order);
}

/* Can rule `from` reach rule `to` along dependencies?  (depth-first over the
** rules not yet ordered; seen is scratch space of n bytes) */
static int reaches(const lx_ruleset *rs, int from, int to, char *seen) {
  const lx_rule *r = &rs->rules[from];
  for (int d = 0; d < r->ndepends; d++) {
    int j = r->dep_index ? r->dep_index[d] : -1;
    if (j < 0 || seen[j]) continue;
    if (j == to) return 1;
    seen[j] = 1;
    if (reaches(rs, j, to, seen)) return 1;
  }
  return 0;
}

/* A min-heap of rule indexes: add i. */
static void heap_push(int *heap, size_t *n, int i) {
  size_t at = (*n)++;
  while (at > 0 && heap[(at - 1) / 2] > i) { heap[at] = heap[(at - 1) / 2]; at = (at - 1) / 2; }
  heap[at] = i;
}

/* Take the lowest index out of the min-heap (n > 0). */
static int heap_pop(int *heap, size_t *n) {
  int top = heap[0], last = heap[--*n];
  size_t at = 0;
  for (;;) {
    size_t child = 2 * at + 1;
    if (child >= *n) break;
    if (child + 1 < *n && heap[child + 1] < heap[child]) child++;
    if (heap[child] >= last) break;
    heap[at] = heap[child];
    at = child;
  }
  if (*n > 0) heap[at] = last;
  return top;
}

/* Duplicates, unknown dependencies, cycles; then order the rules so that each
** comes after its dependencies (ties in reading order of the instrument). */
static int order_rules(lx_ruleset *rs, diag_list *diags) {
  size_t n = rs->n;
  if (n == 0) return 0;
  sort_rules(rs);
  for (size_t i = 1; i < n; i++) {
    lx_rule *a = &rs->rules[i - 1], *b = &rs->rules[i];
    if (a->ref && b->ref && strcmp(a->id, b->id) == 0) {
      char first[600];
      snprintf(first, sizeof first, "%s:%d", a->file, a->line);
      mark_invalid(b, diags, "duplicate obligation id (first declared at %s)%s", first, "");
    }
  }
  /* resolve dependencies by id */
  int *indeg = calloc(n, sizeof *indeg);
  int *order = calloc(n, sizeof *order);
  char *done = calloc(n, 1);
  rule_index ix;
  if (!indeg || !order || !done || rule_index_build(&ix, rs) != 0) { free(indeg); free(order); free(done); return -1; }
  for (size_t i = 0; i < n; i++) {
    lx_rule *r = &rs->rules[i];
    r->dep_index = calloc((size_t)r->ndepends + 1, sizeof *r->dep_index);
    for (int d = 0; d < r->ndepends; d++) {
      int j = rule_index_find(&ix, r->depends[d]);
      /* a duplicate's twin resolves to the first: fine */
      if (j < 0) mark_invalid(r, diags, "depends on '%s', which no rule declares%s", r->depends[d], "");
      if (r->dep_index) r->dep_index[d] = j;
      if (j >= 0) indeg[i]++;
    }
  }
  /* an obligation served must exist when its instrument is loaded */
  for (size_t i = 0; i < n; i++) {
    lx_rule *r = &rs->rules[i];
    for (int k = 0; k < r->nserves; k++) {
      char inst[64];
      size_t il = strcspn(r->serves[k], ":");
      snprintf(inst, sizeof inst, "%.*s", (int)(il < sizeof inst ? il : sizeof inst - 1), r->serves[k]);
      if (ruleset_instrument(rs, inst) && rule_index_find(&ix, r->serves[k]) < 0)
        mark_invalid(r, diags, "serves '%s', which no rule of %s declares", r->serves[k], inst);
    }
  }
  /* a twin must exist when its instrument is loaded */
  for (size_t i = 0; i < n; i++) {
    lx_rule *r = &rs->rules[i];
    if (!r->twin) continue;
    char inst[64];
    size_t il = strcspn(r->twin, ":");
    snprintf(inst, sizeof inst, "%.*s", (int)(il < sizeof inst ? il : sizeof inst - 1), r->twin);
    if (ruleset_instrument(rs, inst) && rule_index_find(&ix, r->twin) < 0)
      mark_invalid(r, diags, "names the twin '%s', which no rule of %s declares", r->twin, inst);
  }
  free(ix.entries);                   /* every lookup is done */
  /* Kahn's algorithm; among ready rules, the lowest index (reading order)
  ** first: the ready rules wait in a min-heap, and each placed rule lowers
  ** the in-degree of its dependants (once per listing, as counted above). */
  size_t placed = 0;
  int *heap = malloc(n * sizeof *heap);
  int *first_dependant = malloc(n * sizeof *first_dependant);
  size_t nedges = 0;
  for (size_t i = 0; i < n; i++) nedges += (size_t)rs->rules[i].ndepends;
  int *edge_next = malloc((nedges ? nedges : 1) * sizeof *edge_next);
  int *edge_rule = malloc((nedges ? nedges : 1) * sizeof *edge_rule);
  if (!heap || !first_dependant || !edge_next || !edge_rule) {
    free(heap); free(first_dependant); free(edge_next); free(edge_rule);
    free(indeg); free(order); free(done);
    return -1;
  }
  for (size_t i = 0; i < n; i++) first_dependant[i] = -1;
  size_t e = 0;
  for (size_t i = n; i-- > 0;) {                    /* lists in index order */
    const lx_rule *r = &rs->rules[i];
    for (int d = r->ndepends; d-- > 0;) {
      int j = r->dep_index ? r->dep_index[d] : -1;
      if (j < 0) continue;
      edge_rule[e] = (int)i;
      edge_next[e] = first_dependant[j];
      first_dependant[j] = (int)e++;
    }
  }
  size_t nheap = 0;
  for (size_t i = 0; i < n; i++) if (indeg[i] == 0) heap_push(heap, &nheap, (int)i);
  while (nheap > 0) {
    int pick = heap_pop(heap, &nheap);
    done[pick] = 1;
    order[placed++] = pick;
    for (int k = first_dependant[pick]; k >= 0; k = edge_next[k])
      if (--indeg[edge_rule[k]] == 0) heap_push(heap, &nheap, edge_rule[k]);
  }
  free(heap); free(first_dependant); free(edge_next); free(edge_rule);
  if (placed < n) {
    /* What is left is on a cycle, or depends on one.  A rule on a cycle is
    ** told the members of its own cycle (the rules it reaches and that reach
    ** it); a rule that only depends on a cycle is told which dependency. */
    char *seen = malloc(n);
    char *on_cycle = calloc(n, 1);
    for (size_t i = 0; seen && on_cycle && i < n; i++) {
      if (done[i]) continue;
      memset(seen, 0, n);
      on_cycle[i] = (char)reaches(rs, (int)i, (int)i, seen);
    }
    for (size_t i = 0; seen && on_cycle && i < n; i++) {
      if (done[i]) continue;
      lx_rule *r = &rs->rules[i];
      if (on_cycle[i]) {
        char cycle[1000] = "";
        for (size_t j = 0; j < n; j++) {
          if (done[j] || !on_cycle[j]) continue;
          int same = j == i;
          if (!same) { memset(seen, 0, n); same = reaches(rs, (int)i, (int)j, seen); }
          if (same) { memset(seen, 0, n); same = j == i || reaches(rs, (int)j, (int)i, seen); }
          if (same && strlen(cycle) + strlen(rs->rules[j].id) + 4 < sizeof cycle) {
            if (cycle[0]) strcat(cycle, ", ");
            strcat(cycle, rs->rules[j].id);
          }
        }
        mark_invalid(r, diags, "dependency cycle among: %s%s", cycle, "");
      } else {
        const char *via = "?";
        for (int d = 0; d < r->ndepends; d++) {
          int j = r->dep_index ? r->dep_index[d] : -1;
          if (j >= 0 && !done[j]) { via = rs->rules[j].id; break; }
        }
        mark_invalid(r, diags, "depends on %s, which sits on a dependency cycle%s", via, "");
      }
    }
    free(seen);
    free(on_cycle);
    for (size_t i = 0; i < n; i++) if (!done[i]) order[placed++] = (int)i;
  }
  /* permute into evaluation order and remap dependency indexes */
  lx_rule *sorted = malloc(n * sizeof *sorted);
  int *pos = malloc(n * sizeof *pos);
  if (!sorted || !pos) { free(sorted); free(pos); free(indeg); free(order); free(done); return -1; }
  for (size_t k = 0; k < n; k++) { sorted[k] = rs->rules[order[k]]; pos[order[k]] = (int)k; }
  for (size_t k = 0; k < n; k++)
    for (int d = 0; d < sorted[k].ndepends; d++)
      if (sorted[k].dep_index && sorted[k].dep_index[d] >= 0) sorted[k].dep_index[d] = pos[sorted[k].dep_index[d]];
  free(rs->rules);
  rs->rules = sorted;
  free(pos); free(indeg); free(order); free(done);
  return 0;
}

static int file_exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The Member States of the EU (<dir>/eu-members.lua): the rules root's
** file, else the default rules' (fallback_dir: a folder of packs alone).
** Returns what it holds, checked, or NULL: no such file (*failed 0; the
** profiles' state.eu_member alone then decide), or *failed 1 with a
** diagnostic naming the file, line and key. */
static data_value *read_eu_members(const char *dir, const char *fallback_dir, int *failed, diag_list *diags) {
  *failed = 0;
  char path[4096];
  snprintf(path, sizeof path, "%s/eu-members.lua", dir);
  if (!file_exists(path) && fallback_dir) snprintf(path, sizeof path, "%s/eu-members.lua", fallback_dir);
  if (!file_exists(path)) return NULL;
  data_error err;
  data_value *v = data_parse_file(path, &err);
  *failed = 1;
  if (!v) {
    diag_add(diags, path, err.line, NULL, "%s", err.message);
    return NULL;
  }
  const data_value *members = data_get(v, "members");
  if (!members || members->kind != DATA_TABLE) {
    diag_add(diags, path, v->line, "members", "expected members = { XXX = { from = \"YYYY-MM-DD\" }, ... }");
    data_free(v);
    return NULL;
  }
  static const char *const dates[] = { "from", "member_until", "eu_law_until" };
  for (size_t i = 0; i < members->u.table.n; i++) {
    const data_field *f = &members->u.table.fields[i];
    for (size_t k = 0; k < sizeof dates / sizeof *dates; k++) {
      const data_value *d = data_get(f->value, dates[k]);
      if ((k == 0 && !d) || (d && (!data_str(d) || date_parse(data_str(d), &(long){0}) != 0))) {
        diag_add(diags, path, d ? d->line : f->line, f->key ? f->key : "?", "%s must be a date \"YYYY-MM-DD\"", dates[k]);
        data_free(v);
        return NULL;
      }
    }
  }
  *failed = 0;
  return v;
}

/* The Member States, read (read_eu_members) when an EU directive is loaded
** and lent to each directive's descriptor (a directive not loaded whose
** descriptor a rule asks for reads them then: ruleset_descriptor).
** Returns 0, or -1 with a diagnostic. */
static int load_eu_members(lx_ruleset *rs, const char *dir, const char *fallback_dir, diag_list *diags) {
  int wanted = 0;
  for (size_t i = 0; i < rs->ninstruments; i++)
    if (strcmp(rs->instruments[i].kind, "eu_directive") == 0) wanted = 1;
  if (!wanted) return 0;
  int failed;
  rs->eu_members = read_eu_members(dir, fallback_dir, &failed, diags);
  if (failed) return -1;
  for (size_t i = 0; i < rs->ninstruments; i++)
    if (strcmp(rs->instruments[i].kind, "eu_directive") == 0) rs->instruments[i].eu_members = rs->eu_members;
  return 0;
}


/* The profile model: schema.lua and the fragments of schema/ in dir; the
** tree built into the executable when they are the bundled files
** (schema_bundled.h: parsed and checked at build time), else parsed and
** checked now. */
static int load_schema(lx_ruleset *rs, lx_sandbox *sb, const char *dir, diag_list *diags) {
  char path[4096];
  snprintf(path, sizeof path, "%s/schema.lua", dir);
  rs->schema_file = strdup(path);
  char fragdir[4096];
  snprintf(fragdir, sizeof fragdir, "%s/schema", dir);
  int nfrag = 0;
  char **frags = list_dir(fragdir, 0, &nfrag);       /* topic fragments, merged in name order */
  data_value *bundled = schema_bundled_for(dir, frags, nfrag);
  rs->schema = bundled ? bundled : schema_parse_dir(dir, frags, nfrag, diags);
  strings_free(frags, nfrag);
  if (!rs->schema) return -1;
  if (!bundled && schema_self_check(rs->schema, path, diags) > 0) return -1;
  if (bundled) data_push_lasting(sandbox_state(sb), bundled);   /* rules' helpers read questions from it */
  else data_push(sandbox_state(sb), rs->schema);
  rs->schema_ref = luaL_ref(sandbox_state(sb), LUA_REGISTRYINDEX);
  return 0;
}

/* The packs of root: its folders that hold an instrument.lua, sorted. */
static char **find_packs(const char *root, int *count) {
  int nfolders = 0, n = 0;
  char **folders = list_dir(root, 1, &nfolders);
  for (int i = 0; i < nfolders; i++) {
    char path[4400];
    snprintf(path, sizeof path, "%s/%s/instrument.lua", root, folders[i]);
    if (file_exists(path)) folders[n++] = folders[i];
    else free(folders[i]);
  }
  *count = n;
  return folders;
}

/* "untoc, eu-2004-80" into buf: the instruments a message offers. */
static void join_ids(char *const *ids, int n, char *buf, size_t size) {
  size_t len = 0;
  buf[0] = '\0';
  for (int i = 0; i < n && len < size; i++)
    len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? ", " : "", ids[i]);
}

/* rs->facts_ref: the top-level facts the rule set's rules declare whole
** (`offences`, not `offences.x`: the ones a rule may read all of), as a
** Lua table { [fact] = true } made once, in the registry, where no rule can
** reach it (the engine hands it to lx._begin alone, which reads it raw:
** the library learns from it which of its caches the rules evaluated can
** ask for).  Paths below them are left out: the table stays a few keys. */
static void keep_declared_facts(lx_ruleset *rs, lx_sandbox *sb) {
  lua_State *L = sandbox_state(sb);
  lua_newtable(L);
  for (size_t i = 0; i < rs->n; i++)
    for (int f = 0; f < rs->rules[i].nfacts; f++) {
      if (strchr(rs->rules[i].facts[f], '.')) continue;
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, rs->rules[i].facts[f]);   /* a new table: no metamethod runs */
    }
  rs->facts_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

int ruleset_load(lx_ruleset *rs, lx_sandbox *sb, const char *dir,
                 const char *const *only, int nonly, diag_list *diags) {
  return ruleset_load_packs(rs, sb, dir, NULL, only, nonly, diags);
}

/* ruleset_load_packs, keeping the official texts (keep_texts 1) or only
** checking them (0). */
static int load_packs(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                      const char *const *only, int nonly, int keep_texts, int defer, diag_list *diags) {
  memset(rs, 0, sizeof *rs);
  rs->schema_ref = rs->facts_ref = LUA_NOREF;
  struct stat st;
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    rs->dir = strdup(dir);
    diag_add(diags, dir, 0, NULL, "not a rules directory (%s)", strerror(errno ? errno : ENOTDIR));
    return -1;
  }
  /* A pack folder given itself (it holds instrument.lua): its parent is the
  ** root, and that pack alone is loaded. */
  char root[4096], path[4096], single[256] = "";
  snprintf(root, sizeof root, "%s", dir);
  size_t rl = strlen(root);
  while (rl > 1 && root[rl - 1] == '/') root[--rl] = '\0';
  snprintf(path, sizeof path, "%s/instrument.lua", root);
  if (file_exists(path)) {
    char *slash = strrchr(root, '/');
    snprintf(single, sizeof single, "%s", slash ? slash + 1 : root);
    if (!slash) snprintf(root, sizeof root, ".");
    else if (slash == root) root[1] = '\0';
    else *slash = '\0';
  }
  rs->dir = strdup(root);
  rs->descriptors = calloc(1, sizeof *rs->descriptors);   /* filled by ruleset_descriptor, on request */
  if (rs->descriptors && default_schema_dir && !(rs->descriptors->eu_fallback = strdup(default_schema_dir))) {
    free(rs->descriptors);         /* then no descriptor is read on request: none could find the Member States */
    rs->descriptors = NULL;
  }
  /* The schema: the root's own, else the default one (a folder of packs
  ** alone, or a pack folder, is assessed against the bundled model). */
  const char *schema_dir = root;
  snprintf(path, sizeof path, "%s/schema.lua", root);
  if (stat(path, &st) != 0 && default_schema_dir) {   /* absent: the default model; present but no file: refused below */
    snprintf(path, sizeof path, "%s/schema.lua", default_schema_dir);
    if (file_exists(path)) schema_dir = default_schema_dir;
  }
  snprintf(path, sizeof path, "%s/schema.lua", schema_dir);
  if (stat(path, &st) != 0) {
    diag_add(diags, path, 0, NULL, "no profile model here: a rules folder holds schema.lua and schema/ beside its packs "
             "(or give --rules a folder of packs, or one pack folder, and the bundled model is used)");
    return -1;
  }
  if (load_schema(rs, sb, schema_dir, diags) != 0) return -1;

  int npacks = 0;
  char **packs;
  if (single[0]) {
    packs = malloc(sizeof *packs);
    if (packs && (packs[0] = strdup(single))) npacks = 1;
  } else {
    packs = find_packs(root, &npacks);
  }
  rs->packs = packs;
  rs->npacks = (size_t)npacks;
  int rc = 0;
  char available[1024];
  join_ids(packs, npacks, available, sizeof available);
  for (int k = 0; k < nonly; k++) {
    int found = 0;
    for (int i = 0; i < npacks; i++) if (strcmp(packs[i], only[k]) == 0) found = 1;
    if (!found) {
      const char *hint = lx_suggest(only[k], (const char *const *)packs, npacks);
      diag_add(diags, root, 0, NULL, "no rule pack for instrument '%s'%s%s%s; the instruments here are: %s", only[k],
               hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "", npacks ? available : "none");
      rc = -1;
    }
  }
  for (int i = 0; rc == 0 && i < npacks; i++) {
    int wanted = nonly == 0;
    for (int k = 0; k < nonly; k++) if (strcmp(packs[i], only[k]) == 0) wanted = 1;
    snprintf(path, sizeof path, "%s/%s/instrument.lua", root, packs[i]);
    if (!wanted) continue;
    lx_instrument *ni = realloc(rs->instruments, (rs->ninstruments + 1) * sizeof *ni);
    if (!ni) { rc = -1; break; }
    rs->instruments = ni;
    lx_instrument *ins = &rs->instruments[rs->ninstruments++];
    int descriptor_bundled;
    if (load_instrument(ins, packs[i], path, &descriptor_bundled, diags) != 0) { rc = -1; break; }
    char packdir[4400];
    snprintf(packdir, sizeof packdir, "%s/%s", root, packs[i]);
    int nfiles = 0;
    char **files = list_dir(packdir, 0, &nfiles);
    for (int f = 0; f < nfiles; f++) {
      if (strcmp(files[f], "instrument.lua") == 0) continue;
      if (strcmp(files[f], "levels.lua") == 0) continue;   /* data for `lexgap coverage` */
      snprintf(path, sizeof path, "%s/%s", packdir, files[f]);
      load_rule_file(rs, sb, rs->ninstruments - 1, descriptor_bundled, path, diags);
    }
    strings_free(files, nfiles);
    if (texts_load_pack(packdir, ins->id, &rs->texts, &rs->ntexts, keep_texts, diags) != 0) rc = -1;
  }
  if (rc == 0 && load_eu_members(rs, root, default_schema_dir, diags) != 0) rc = -1;
  if (rc == 0 && rs->ninstruments == 0) {
    diag_add(diags, root, 0, NULL, "no rule pack found (a pack is a folder holding an instrument.lua; see docs/rules.md, \"Adding an instrument\")");
    rc = -1;
  }
  if (rc == 0 && order_rules(rs, diags) != 0) {
    diag_add(diags, root, 0, NULL, "out of memory while ordering rules");
    rc = -1;
  }
  if (rc == 0) keep_declared_facts(rs, sb);
  /* a command that runs every pack runs the files declared from the
  ** snapshot now, once the rules are in order */
  for (size_t k = 0; rc == 0 && !defer && k < rs->ninstruments; k++) ruleset_run_deferred(rs, sb, k, diags);
  return rc;
}

int ruleset_load_packs(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                       const char *const *only, int nonly, diag_list *diags) {
  return load_packs(rs, sb, dir, default_schema_dir, only, nonly, 1, 0, diags);
}

int ruleset_load_packs_texts_checked(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                                     const char *const *only, int nonly, diag_list *diags) {
  return load_packs(rs, sb, dir, default_schema_dir, only, nonly, 0, 0, diags);
}

int ruleset_load_packs_deferring(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                                 const char *const *only, int nonly, int keep_texts, diag_list *diags) {
  return load_packs(rs, sb, dir, default_schema_dir, only, nonly, keep_texts, 1, diags);
}

void ruleset_free(lx_ruleset *rs, lx_sandbox *sb) {
  if (!sandbox_releases_memory()) return;            /* the process is exiting */
  lua_State *L = sb ? sandbox_state(sb) : NULL;
  for (size_t i = 0; i < rs->n; i++) rule_free(&rs->rules[i], L);
  free(rs->rules);
  for (size_t i = 0; i < rs->nnot_encoded; i++) {
    free(rs->not_encoded[i].ref);
    text_free(&rs->not_encoded[i].reason);
    free(rs->not_encoded[i].file);
  }
  free(rs->not_encoded);
  for (size_t i = 0; i < rs->ntexts; i++) texts_free(&rs->texts[i]);
  free(rs->texts);
  for (size_t i = 0; i < rs->ninstruments; i++) instrument_free(&rs->instruments[i]);
  free(rs->instruments);
  for (size_t i = 0; rs->descriptors && i < rs->descriptors->n; i++) {
    descriptor_entry *e = rs->descriptors->items[i];
    free(e->id);
    free(e->why);
    if (e->ok) instrument_free(&e->ins);
    free(e);
  }
  if (rs->descriptors) {
    free(rs->descriptors->items);
    free(rs->descriptors->eu_fallback);
    data_free(rs->descriptors->eu_members);
    free(rs->descriptors->eu_why);
  }
  free(rs->descriptors);
  if (!schema_is_bundled(rs->schema)) data_free(rs->schema);
  data_free(rs->eu_members);
  if (L && rs->schema_ref != LUA_NOREF) luaL_unref(L, LUA_REGISTRYINDEX, rs->schema_ref);
  if (L && rs->facts_ref != LUA_NOREF) luaL_unref(L, LUA_REGISTRYINDEX, rs->facts_ref);
  free(rs->dir);
  free(rs->schema_file);
  strings_free(rs->packs, (int)rs->npacks);
  for (size_t i = 0; i < rs->ndeferred; i++) free(rs->deferred[i].path);
  free(rs->deferred);
  memset(rs, 0, sizeof *rs);
}
