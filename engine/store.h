/*
 * store.h -- the assessment store: every saved run kept in one SQLite file.
 *
 * A run is one assessment of one profile: when it was made (UTC), the as-of
 * date, the engine version, the rule set it was made with (a SHA-256 over
 * the rule files and the schema, and every rule's id, reference, level,
 * titles and text), the exact bytes of the profile, the binding per
 * instrument, every finding in columns and child tables, and the ratings
 * (rating.h) derived at save time.  From those
 * rows the store answers the questions of the record: the runs of a State
 * (history), what changed between two runs (diff), where States stand
 * article by article (matrix), and the saved report again (a run loaded
 * back into an lx_assessment the report writers take unchanged).
 *
 * SQLite is used the way its authors use it: STRICT tables, foreign keys
 * on, WAL with a busy timeout, statements prepared once per connection and
 * reused, every write of one command in one BEGIN IMMEDIATE transaction,
 * and a schema versioned by PRAGMA user_version that migrates forward one
 * step per transaction.  A file is checked before anything is written to
 * it: a file that is not SQLite, a SQLite file of another application, a
 * database written by a newer lexgap and a damaged database are refused
 * with a clear message and left untouched.  docs/store.md describes the
 * schema and the commands.
 *
 * Every function returns 0 on success, or -1 with *err filled in (err->rc
 * says which kind of failure, err->message says it to a person).
 */
#ifndef LX_STORE_H
#define LX_STORE_H

#include <stddef.h>

#include "evaluate.h"
#include "profile.h"
#include "rules.h"

#define STORE_SCHEMA_VERSION 7          /* PRAGMA user_version this lexgap writes */
#define STORE_APPLICATION_ID 0x4C584750 /* PRAGMA application_id: "LXGP" */
#define STORE_BUSY_TIMEOUT_MS 5000      /* default; LEXGAP_DB_TIMEOUT overrides */

typedef struct lx_store lx_store;

typedef enum {
  STORE_OK = 0,
  STORE_ERROR,      /* anything else (message says what) */
  STORE_NOMEM,
  STORE_NOTFOUND,   /* no database file (when reading), no such run */
  STORE_BUSY,       /* another process held the write lock past the timeout */
  STORE_NOTADB,     /* not a SQLite file, or a SQLite file of another program */
  STORE_NEWER,      /* written by a newer lexgap (user_version too high) */
  STORE_CORRUPT,    /* a damaged database */
  STORE_READONLY,   /* the file or its directory cannot be written */
  STORE_FULL,       /* disk full or file size limit reached */
  STORE_IOERR,      /* an I/O error */
  STORE_SCHEMA      /* a lexgap database whose schema is not exactly the one lexgap
                    ** creates (a trigger, view, index, table or column added or changed) */
} store_rc;

typedef struct {
  store_rc rc;
  char message[1400];
} store_error;

typedef enum {
  STORE_READ,       /* the file must exist; nothing is written unless an
                    ** older schema must be migrated */
  STORE_WRITE       /* created (with its directories) when missing; a path
                    ** that goes back ("..") out of a directory that does
                    ** not exist (or a symbolic link to nothing) is
                    ** refused, nothing made */
} store_mode;

/* The database file to use, into buf: opt (--db) if given, else $LEXGAP_DB
** (if set and not empty), else $XDG_DATA_HOME/lexgap/lexgap.db, else
** $HOME/.local/share/lexgap/lexgap.db.  Returns 0, or -1 when opt is given
** but empty (it names no file: refused, never read as "not given", so that
** a script's unset variable does not reach the user's own store), when none
** can be determined (no HOME) or it is too long. */
int store_path(const char *opt, char *buf, size_t size, store_error *err);

/* The checks store_open(STORE_WRITE) makes of a database path before it
** reads or makes anything, made alone: the path names a file, not a
** directory; a symbolic link at its end resolves; its meets no error but "not found" (a component that is no directory,
** a directory that cannot be searched: "cannot open PATH: why"); SQLite can
** name the file (its full path within SQLite's limit, said with its length);
** and, for a new database, a file name that leaves room, within the file
** system's longest name, for the files kept beside it and no ".." after a
** directory that does not exist (make_parent_dirs would refuse it), for an
** existing one, a directory that can be written.  So a command that will open the store
** only after long work (assess --save) refuses before it starts a path it
** would refuse anyway.  Reads nothing but the file system's names and
** modes.  0, or -1 with err set. */
int store_check_path(const char *path, store_error *err);

/* The name under which SQLite is handed the file at path, into out: path
** itself when it is absolute, else "./" and path.  SQLite reads some names
** as something else than a file's: one starting "file:" as a URI (Debian's
** SQLite does so even without SQLITE_OPEN_URI), ":memory:" as a database
** in memory, "" as a temporary one; none of these starts with '/' or "./",
** so the file SQLite opens is always the one lexgap examined under path
** (store_open passes the file a symbolic link resolves to: see there).
** Every connection to a store's file is made through it (the store's, a
** batch's staging file's, and the tests' harness).  Returns 0, or -1 when it does not fit in size. */
int store_sqlite_name(const char *path, char *out, size_t size);

/* Open the database at path.  Checks, before any read or write: path names
** a file (its last component is not empty, "." or ".."; refused in either
** mode before anything is made, STORE_ERROR, naming the path), the file is
** a regular SQLite file, its application_id is lexgap's (or it is empty),
** its schema version is not newer than STORE_SCHEMA_VERSION, and its schema
** is exactly what lexgap's migrations create for that version (every table,
** column, index, trigger and view, compared with sqlite_schema; anything
** else is refused, STORE_SCHEMA, naming the object); in STORE_WRITE mode
** also that it can be written.  Every connection runs in SQLite's defensive
** mode with trusted_schema off and triggers and views disabled, and is made
** under store_sqlite_name of the file examined: path, or, when path's last
** component is a symbolic link, the file it resolves to (realpath), whose
** side files (-wal, -shm, -journal, -checked) and directory are the ones
** examined, as SQLite resolves the link and uses the target's (a link to
** nothing is refused naming it, in either mode, before anything is made):
** the file examined is the file opened, side files included.  Messages and
** store_filename name path as given.
** Then sets WAL (write mode), the busy timeout
** (STORE_BUSY_TIMEOUT_MS, or $LEXGAP_DB_TIMEOUT milliseconds) and foreign
** keys, and migrates an older schema forward.  *out is NULL on failure. */
int store_open(lx_store **out, const char *path, store_mode mode, store_error *err);

/* Close the connection and finalize every cached statement.  NULL is fine. */
void store_close(lx_store *st);

/* The file name the store was opened with. */
const char *store_filename(const lx_store *st);

/* The SQLite connection, for tests and diagnostics only (the schema is the
** store's business). */
struct sqlite3 *store_handle(lx_store *st);

/* How many saves on this connection ran the full integrity check (PRAGMA
** quick_check, which reads the whole file): 0 while the file is as lexgap's
** own last save left it (see store_save).  For tests and diagnostics. */
int store_full_checks(const lx_store *st);

/* ---- saving ----------------------------------------------------------- */

/* One assessment to save, with the exact bytes of its profile file. */
typedef struct {
  const lx_assessment *a;
  const char *profile_src;
  size_t profile_len;
  int prospective;              /* --prospective was given */
} store_item;

/* Called after each run is written (done of total). */
typedef void (*store_progress_fn)(void *ctx, size_t done, size_t total);

/* The content hash of a rule set as 64 hex digits into out: SHA-256 over
** the rule files actually loaded (schema.lua, the schema fragments, and for each
** loaded instrument <id>/instrument.lua and its rule files), sorted by path
** relative to the rules directory, each as "path\0" + 8-byte big-endian
** length + content. */
int store_ruleset_hash(const lx_ruleset *rs, char out[65], store_error *err);

/* Save n assessments as n runs, all in one BEGIN IMMEDIATE transaction:
** either every run is committed or none is.  Inside the transaction,
** before the first write, the schema is verified again and the whole file
** checked (PRAGMA quick_check) unless it is exactly as lexgap's own last
** save left it (the stamp FILE-checked: docs/store.md); a damaged page the
** save reads is refused all the same (SQLITE_CORRUPT, rolled back).
** created is the UTC time to record ("YYYY-MM-DDTHH:MM:SSZ"), or NULL for
** now.  run_ids (n entries, may be NULL) receives the new run ids.  The
** runs are written straight into the store, the n assessments held by the
** caller until it returns (assess --save of one profile; a batch of more is
** staged: store_batch). */
int store_save(lx_store *st, const store_item *items, size_t n, const char *created,
               long long *run_ids, store_progress_fn progress, void *ctx, store_error *err);

/* A batch of runs saved all or none without holding them in memory (assess
** --save of many profiles): each run is written, as it is assessed, into a
** staging database of the batch's own, a file on disk made with mode 0600
** in $SQLITE_TMPDIR, else $TMPDIR, else /var/tmp (/tmp if /var/tmp cannot
** be written), and unlinked as soon as it is open, so nothing is left of
** it when the process ends, however it ends; the store is not touched.  A
** directory named in the environment that cannot take the file fails the
** batch (store_batch_begin), naming it; another is never tried.  store_batch_commit then copies every
** staged run into the store in one transaction, as store_save describes;
** the store's write lock is held for that copy only.  Memory stays flat in
** the number of runs; the temporary file holds them all (about what they
** take in the store) while the batch lasts. */
typedef struct store_batch store_batch;

/* A new, empty batch, its staging file made.  *out is NULL on failure, and
** err names the directory the file was to be made in. */
int store_batch_begin(store_batch **out, store_error *err);

/* Stage one run: the rows store_save would write for it, the rule set
** hashed when it differs from the last run's.  The assessment and the
** profile's bytes may be freed once this returns.  After a failure the
** batch can only be freed (store_batch_commit refuses it); after a
** successful store_batch_commit, it is refused too. */
int store_batch_add(store_batch *b, const store_item *it, store_error *err);

/* The runs staged so far. */
size_t store_batch_count(const store_batch *b);

/* Save every staged run into st, in the order staged, in one BEGIN
** IMMEDIATE transaction with store_save's checks: all of them or none.
** created, run_ids (store_batch_count entries, may be NULL), progress
** (called after each run copied) as for store_save.  The batch stays
** staged either way (free it with store_batch_free): after a failed commit
** (the store busy...) it may be committed again; after a successful one,
** every later store_batch_add or store_batch_commit fails and saves
** nothing (its runs are in the store once). */
int store_batch_commit(store_batch *b, lx_store *st, const char *created, long long *run_ids,
                       store_progress_fn progress, void *ctx, store_error *err);

/* Drop the batch and its temporary file.  NULL is fine. */
void store_batch_free(store_batch *b);

/* ---- reading ------------------------------------------------------------ */

/* What history shows of a run. */
typedef struct {
  long long id;
  char created[32];             /* UTC, "YYYY-MM-DDTHH:MM:SSZ" */
  char as_of[11];
  char engine[32];              /* lexgap version that made the run */
  char *state_code, *state_name, *state_name_fr, *describes;
  char *profile_file;           /* as given on the command line */
  char profile_hash[65];
  char ruleset_hash[65];
  char *rules_dir;
  int prospective;
  int nfindings, gaps;
  int by_status[LX_NSTATUS];
  char ratings[512];            /* instrument ratings at save time with their coverage,
                                ** " (prospective)" after an instrument assessed as if
                                ** binding: "cybercrime LC (prospective) (provisional: 4/9
                                ** articles rated, 12/30 obligations settled), untoc PC (...)" */
} store_run_info;

/* The runs of a State (state_code compared case-insensitively; NULL for
** every State), oldest first.  *out is malloc'd (free with
** store_run_infos_free); *n may be 0. */
int store_runs(lx_store *st, const char *state, store_run_info **out, size_t *n, store_error *err);
void store_run_infos_free(store_run_info *v, size_t n);

/* A run named on the command line: its id ("12"), a State code for that
** State's latest run ("FRA"), or "FRA~N" for the run N before the latest.
** STORE_NOTFOUND when there is no such run. */
int store_resolve_run(lx_store *st, const char *spec, long long *id, store_error *err);

/* A saved run rebuilt for the report writers: a points at profile and rules
** (the rule set as it was saved, whatever the rule files say today). */
typedef struct {
  store_run_info info;
  lx_assessment a;
  lx_profile profile;           /* file and names only (data is NULL) */
  lx_ruleset rules;             /* rules and instruments as saved; no Lua */
  char *profile_src;            /* the exact bytes of the profile */
  size_t profile_len;
} store_run;

int store_load_run(lx_store *st, long long id, store_run **out, store_error *err);
void store_run_free(store_run *r);

/* ---- diff ------------------------------------------------------------------ */

/* One obligation whose finding differs between run a and run b.  status_a
** or status_b is -1 when the run has no finding for it (the rule was added
** or removed). */
typedef struct {
  char *rule_id, *ref;
  int level_a, level_b;         /* lx_level, or -1 */
  int status_a, status_b;       /* lx_status, or -1 */
  int gap_a, gap_b;
  lx_text why_a, why_b;         /* explanations */
} store_change;

/* A rule that differs between the two rule sets. */
typedef struct {
  char *rule_id, *ref;
  int level_a, level_b;         /* -1 when absent from that rule set */
} store_rule_change;

typedef struct {
  store_run_info a, b;
  int same_rules;               /* the rule set hashes are equal */
  store_change *changes;        /* in instrument order */
  size_t nchanges;
  store_rule_change *rules;     /* only when !same_rules; added, removed, level changed */
  size_t nrules;
} store_diff;

int store_diff_runs(lx_store *st, long long a, long long b, store_diff *out, store_error *err);

/* What a change means, so that a gap closed by the law is never confused
** with a Convention that did not bind yet, or with a rule that changed. */
typedef enum {
  DIFF_GAP_CLOSED,              /* a gap in the first run, none in the second, both applicable */
  DIFF_NEW_GAP,                 /* the reverse */
  DIFF_NO_LONGER_APPLICABLE,    /* applicable, then not applicable (not yet or no longer
                                ** bound at the second as-of date, a reservation...) */
  DIFF_NEWLY_APPLICABLE,        /* not applicable, then applicable */
  DIFF_LEVEL_CHANGED,           /* the rule's level changed between the rule sets */
  DIFF_OTHER,                   /* any other status change */
  DIFF_ONLY_A,                  /* the rule is not in the second rule set */
  DIFF_ONLY_B,                  /* the rule is not in the first rule set */
  DIFF_NKINDS
} store_change_kind;

store_change_kind store_change_classify(const store_change *c);
void store_diff_free(store_diff *d);

/* ---- matrix ------------------------------------------------------------- */

typedef struct {
  int status;                   /* lx_status summarizing the cell, -1 when empty */
  int findings;                 /* findings in the cell */
  int gaps;
  char rating[4];               /* article: its rating at save time ("C", "LC", "PC",
                                ** "NC", "N/A", "--"), or "" */
} store_cell;

/* The latest run of every State (the latest as-of date; among equal
** dates the last saved): one row per State, one column per article
** ("untoc:5") or obligation ("untoc:5.1.a"), in instrument order.  For an
** article, status is the worst status among its mandatory findings (error,
** then not_met, partly_met, unknown, met, not_applicable), or among all its
** findings when it has no mandatory obligation. */
typedef struct {
  int by_article;
  size_t nrows, ncols;
  store_run_info *rows;         /* the run shown for each State */
  char **cols;
  store_cell *cells;            /* nrows * ncols, row-major */
} store_matrix;

/* instrument: only its columns, or NULL for all. */
int store_matrix_build(lx_store *st, int by_article, const char *instrument, store_matrix *m,
                       store_error *err);
void store_matrix_free(store_matrix *m);

/* ---- provision search ------------------------------------------------------ */

/* Search the provisions of the instruments of rs.  The texts come from
** <rules>/<instrument>/texts/<lang>.lua when present, else from the `text`
** of the loaded rules.  They are indexed in an in-memory database: with
** FTS5 (unicode61, diacritics folded, ranked by bm25) when this SQLite has
** it, else a LIKE scan (every word must appear; ASCII case folded). */
typedef enum { SEARCH_AUTO, SEARCH_FTS5, SEARCH_LIKE } store_search_method;

typedef struct {
  const char *lang;             /* only texts in this language, or NULL */
  const char *instrument;       /* only this instrument, or NULL */
  int limit;                    /* at most this many hits (0: 20) */
  store_search_method method;
  const char *mark_open, *mark_close;   /* around matched words in snippets */
} store_search_options;

typedef struct {
  char *instrument, *ref, *lang, *title, *snippet;
} store_hit;

typedef struct {
  store_hit *hits;
  size_t n;
  size_t nprovisions;           /* texts indexed */
  int fts5;                     /* FTS5 was used */
  int from_rules;               /* some texts came from the rules (no texts file) */
} store_search_result;

int store_search(const lx_ruleset *rs, const char *query, const store_search_options *o,
                 store_search_result *res, store_error *err);
void store_search_free(store_search_result *res);

/* 1 when this SQLite library can create FTS5 tables. */
int store_has_fts5(void);

#endif
