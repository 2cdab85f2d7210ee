/*
 * schema.h -- the profile model (rules/schema.lua) and validation against it.
 *
 * The schema is a data file; see the comment at the top of rules/schema.lua
 * for the node language.  schema_check() reports every problem of a profile
 * (not just the first) with line and key path, and suggests the nearest key
 * or value when one is misspelt.
 */
#ifndef LX_SCHEMA_H
#define LX_SCHEMA_H

#include "data.h"
#include "diag.h"
#include "strbuf.h"

/* Merge a schema fragment (a file of rules/schema/: { types = {...},
** fields = {...} }) into the schema: its types are added to `types`, its
** fields to the root record, merging into a record the root already defines
** inline.  Redefining a type or a field is a problem reported against file.
** Returns the number of problems (0: merged).  What is merged is moved out
** of the fragment, not copied: the caller still frees the fragment, and
** reads nothing else from it. */
int schema_merge_fragment(data_value *schema, data_value *fragment, const char *file,
                          diag_list *out);

/* Parse the profile model of dir: dir/schema.lua, then each fragment
** dir/schema/NAME for NAME in names[0..n-1], merged in that order
** (schema_merge_fragment).  A file that does not parse is reported with its
** path, line and key; a schema.lua that does not parse stops there, a
** fragment that does not is reported and the others are still read.
** Returns the merged schema (the caller frees it with data_free; it is not
** self-checked: schema_self_check is the caller's), or NULL with every
** problem in out. */
data_value *schema_parse_dir(const char *dir, char *const *names, int n, diag_list *out);

/* Check the schema itself: root present, every type it names is known.
** Problems go to out, attributed to file.  Returns the number found. */
int schema_self_check(const data_value *schema, const char *file, diag_list *out);

/* Validate a profile.  Returns the number of problems added to out. */
int schema_check(const data_value *schema, const data_value *profile, const char *file,
                 diag_list *out);

/* schema_check against a schema that is never changed or freed while the
** process lives (the built-in model, schema_is_bundled): what each of its
** nodes resolves to is kept from one check to the next, instead of being
** worked out again for every profile.  The same problems, in the same
** order. */
int schema_check_lasting(const data_value *schema, const data_value *profile, const char *file,
                         diag_list *out);

/* Does the dotted path ("jurisdiction.territory", "offences") name a fact
** of the model?  Map and list levels accept any key.  If not, and a
** suggestion exists, *suggestion points at a static or schema-owned string. */
int schema_has_path(const data_value *schema, const char *path, const char **suggestion);

/* What the model says of a fact path: its type ("measure", "record", "map",
** "list", "enum", "string", "date"... : the name the node gives before
** resolution when it names a type of the schema, else the built-in kind) and
** the question attached to it or to its nearest ancestor.  Returns 0 when
** the path is a fact of the model; strings point into the schema. */
typedef struct {
  const char *type;          /* e.g. "measure", "offence_scope", "record", "boolean" */
  const char *kind;          /* the built-in kind it resolves to: "record", "map", ... */
  const char *question_en, *question_fr;
  const char *doc_en, *doc_fr;
  const char *title_en, *title_fr;   /* the node's `title`: a heading for people, or NULL */
} schema_fact;
int schema_describe(const data_value *schema, const char *path, schema_fact *out);

/* What a template puts where the model leaves a value open. */
typedef struct {
  const char *date;         /* a date, "2026-01-01" */
  const char *instrument;   /* an instrument id, and the key of a map keyed by them */
  const char *ref;          /* a provision reference */
  const char *lang;         /* language of the hint: "fr", else English */
} schema_placeholders;

/* A template for the fact at path, on one line, that validates as it
** stands: a value of the fact's own type with the fields its type requires,
** those it names in `template = { ... }`, `adopted` for a measure and
** `source` where the type has one, each with a placeholder of its type (an
** enum's first value, "" for text, 0, true, ph's date, instrument, ref).
** hint receives what the template leaves out: the values of an enum, or
** the other fields of the (innermost) record.  Returns 0, or -1 when path is
** not a fact of the model. */
int schema_template(const data_value *schema, const char *path, const schema_placeholders *ph,
                    strbuf *out, strbuf *hint);

/* Where the rule library's search (ctx:question_for, engine/lua/lexgap.lua)
** finds the question of the fact path [path, path+len) in schema: the keys
** leading from the schema's root table to the value it returns (the last
** one "question"), so that reading them through the schema's read-only
** views gives that very value.  The search walks the path's parts (runs of
** bytes other than '.') from schema[schema.root], resolving named types
** (a name becomes its definition in schema.types; an annotated reference
** { type = name, ... } its definition with the annotations over it), and
** returns the question of the deepest node of the path that has one.
** Returns 1 with keys[0..*nkeys-1] (pointing into schema), 0 when no node
** of the path has a question, -1 when the search cannot say as the library
** would (a value of an unexpected kind where the library would index it, a
** cycle of names, a byte 0 in the path, a path of 1,024 bytes or more, more
** than SCHEMA_QUESTION_MAX_KEYS keys): the library then searches itself. */
#define SCHEMA_QUESTION_MAX_KEYS 64
int schema_question_keys(const data_value *schema, const char *path, size_t len,
                         const char **keys, int *nkeys);

/* Is s a canonical provision reference ("untoc:5.1.a.ii.b"; an annex of
** interpretative notes "cybercrime:note" and one note "cybercrime:note.3")? */
int schema_is_ref(const char *s);

#endif
