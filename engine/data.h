/*
 * data.h -- the data tree read from Lua-syntax data files.
 *
 * Profiles, the profile schema, instrument descriptors and rule test cases are
 * written as Lua table constructors ("return { key = value, ... }"), but they
 * are never executed: data_parse() reads a strict data-only subset of Lua
 * (tables, strings, numbers, booleans, comments) and builds this tree, keeping
 * the line of every value so that validation errors can name file, line and
 * key path.  Nothing in a data file can call a function or reach the machine.
 */
#ifndef LX_DATA_H
#define LX_DATA_H

#include <stddef.h>

typedef enum {
  DATA_NIL,
  DATA_BOOLEAN,
  DATA_INTEGER,
  DATA_NUMBER,
  DATA_STRING,
  DATA_TABLE
} data_kind;

typedef struct data_value data_value;
typedef struct data_field data_field;

/* One entry of a table.  Positional items ("{ 'a', 'b' }") have key == NULL
** and index >= 1; keyed entries ("name = v", "['name'] = v") have a key.  A
** numeric bracket key ("[3] = v") is stored as a positional item with that
** index. */
struct data_field {
  char *key;                /* field name, or NULL for a positional item */
  long long index;          /* 1-based position when key == NULL */
  data_value *value;
  int line;                 /* line of the key (or of the item) */
};

struct data_value {
  data_kind kind;
  int line;                 /* line where the value starts */
  union {
    int boolean;
    long long integer;
    double number;
    struct { char *s; size_t len; } string;   /* NUL-terminated, may hold NULs */
    struct { data_field *fields; size_t n; } table;  /* in source order */
  } u;
};

/* A parse failure: where, and what.  key is the path of the field being
** read ("legal_persons.criminal.adopted"), empty when the failure is not
** inside a keyed field.  Both strings are owned by the struct. */
typedef struct {
  int line;
  char message[256];
  char key[160];
} data_error;

/* Limits that keep a hostile file from exhausting the process. */
#define DATA_MAX_DEPTH 64           /* nested tables */
#define DATA_MAX_BYTES (16u << 20)  /* one file */

/* Parse the text [src, src+len) as a data file: an optional "return" followed
** by exactly one value, then end of input.  Returns a tree owned by the caller
** (free with data_free) or NULL with *err filled in.  Duplicate keys in one
** table are an error.  Never reads outside the buffer; the buffer need not be
** NUL-terminated. */
data_value *data_parse(const char *src, size_t len, data_error *err);

/* Read and parse a file.  On failure returns NULL; err->line is 0 when the
** file could not be read (message says why). */
data_value *data_parse_file(const char *path, data_error *err);

void data_free(data_value *v);

/* data_parse_file, the tree carved from blocks of its own rather than
** allocated a value, a key and an array at a time: on success *blocks holds
** them, and the tree is freed whole with data_blocks_free(*blocks), never
** with data_free, and no part of it may be moved into another tree.  On
** failure NULL, with *blocks NULL.  The same tree, messages and limits as
** data_parse_file. */
typedef struct data_blocks data_blocks;
data_value *data_parse_file_in_blocks(const char *path, data_error *err, data_blocks **blocks);
void data_blocks_free(data_blocks *blocks);

/* The bytes the blocks take, their headers included (what data_blocks_free
** gives back, malloc's own headers aside). */
size_t data_blocks_bytes(const data_blocks *blocks);

/* data_parse_file_in_blocks for a file's bytes [buf, buf+len) read already
** (infile_read, at most DATA_MAX_BYTES): the same tree and messages. */
data_value *data_parse_bytes_in_blocks(const char *buf, size_t len, data_error *err, data_blocks **blocks);

/* data_parse_bytes_in_blocks for bytes that parsed without an error before
** (the caller knows them the same: profile.c's keyed digest): the same
** tree, without the check for duplicate keys, which could find none (on
** any other bytes a duplicate would be kept, not refused). */
data_value *data_parse_bytes_again_in_blocks(const char *buf, size_t len, data_error *err, data_blocks **blocks);

/* Deep copy; NULL on allocation failure. */
data_value *data_clone(const data_value *v);

/* Lookups.  data_get returns the value of a keyed field or NULL; data_at the
** positional item with that 1-based index or NULL; data_field_of the field
** struct itself (for its line). */
const data_value *data_get(const data_value *table, const char *key);
const data_field *data_field_of(const data_value *table, const char *key);
const data_value *data_at(const data_value *table, long long index);
/* Number of positional items (the length of the sequence 1..n). */
size_t data_len(const data_value *table);

/* A key path into a data tree, as messages name it ("offences.x.conduct[2]"),
** built in place while walking: enter a field or an item going down, leave
** it going up, and read s only to report something.  It holds at most
** DATA_PATH_MAX - 1 bytes, cut where snprintf into a DATA_PATH_MAX buffer
** would cut the whole path.  Start from { "", 0 }. */
#define DATA_PATH_MAX 512
typedef struct {
  char s[DATA_PATH_MAX];
  size_t len;
} data_path;

/* Append ".key" (or "key" at the top); returns the mark to leave to. */
size_t data_path_enter_key(data_path *p, const char *key);
/* Append "[index]"; returns the mark to leave to. */
size_t data_path_enter_index(data_path *p, long long index);
/* Cut the path back to what it was at mark. */
void data_path_leave(data_path *p, size_t mark);

/* A key path kept as its steps (the keys themselves, not copied, and the
** indexes) while walking a tree, made into text only when something is
** reported: a walk that finds nothing to say writes no path.  The text
** (data_trail_text) is the data_path the same steps make.  Steps past
** DATA_PATH_MAX are counted but not kept (no tree the parser makes is that
** deep: DATA_MAX_DEPTH).  Start from depth 0; each key must outlive its
** step. */
typedef struct {
  const char *key;           /* NULL: an item */
  long long index;
} data_step;
typedef struct {
  data_step step[DATA_PATH_MAX];
  size_t depth;
} data_trail;

/* Step into the field key; returns the mark to leave to. */
static inline size_t data_trail_key(data_trail *t, const char *key) {
  size_t mark = t->depth++;
  if (mark < DATA_PATH_MAX) t->step[mark].key = key;
  return mark;
}
/* Step into item index; returns the mark to leave to. */
static inline size_t data_trail_index(data_trail *t, long long index) {
  size_t mark = t->depth++;
  if (mark < DATA_PATH_MAX) { t->step[mark].key = NULL; t->step[mark].index = index; }
  return mark;
}
/* Go back up to mark. */
static inline void data_trail_leave(data_trail *t, size_t mark) { t->depth = mark; }
/* The steps' text into *out (overwritten). */
void data_trail_text(const data_trail *t, data_path *out);

/* String value or NULL if v is not a string. */
const char *data_str(const data_value *v);

/* Name of a kind for messages: "nil", "boolean", "integer", "number",
** "string", "table". */
const char *data_kind_name(data_kind kind);

/* Deep merge for rule test fragments: a copy of base in which each keyed field
** of overlay replaces (or, when both are tables with keyed fields, is merged
** into) the base field; a table with positional items replaces wholesale.
** Returns NULL on allocation failure. */
data_value *data_merge(const data_value *base, const data_value *overlay);

#endif
