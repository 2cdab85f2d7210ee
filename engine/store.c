/*
 * store.c -- the assessment store (SQLite).  See store.h and docs/store.md.
 *
 * Sections: errors; SHA-256; location; schema and migrations; opening;
 * statements; saving; reading runs; loading a run back; diff; matrix;
 * provision search.
 */
#include "store.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <sqlite3.h>

#include "sqlite_lazy.h"   /* after sqlite3.h: the store calls SQLite through it */

#include "data.h"
#include "diag.h"
#include "infile.h"
#include "rating.h"
#include "strbuf.h"

/* ---------------------------------------------------------------------- */
/* Statements: prepared once per connection, reused                        */
/* ---------------------------------------------------------------------- */

typedef enum {
  S_BEGIN, S_COMMIT, S_ROLLBACK, S_QUICK_CHECK, S_IDENTITY,
  S_RULESET_FIND, S_RULESET_INS, S_INSTRUMENT_INS, S_RULE_INS, S_LINK_INS, S_SERVES_INS,
  S_PROFILE_INS, S_PROFILE_FIND, S_RUN_INS, S_BINDING_INS, S_FINDING_INS,
  S_MISSING_INS, S_QUESTION_INS, S_EVIDENCE_INS, S_RATING_INS,
  S_RUNS, S_RUNS_STATE, S_RUN_ONE, S_RUNS_LATEST, S_RESOLVE_STATE, S_RUN_EXTRA,
  S_INSTRUMENT_SEL, S_RULE_SEL, S_LINK_SEL, S_SERVES_SEL, S_BINDING_SEL, S_FINDING_SEL,
  S_MISSING_SEL, S_QUESTION_SEL, S_EVIDENCE_SEL,
  S_DIFF_BOTH, S_DIFF_ONLY, S_RULES_ONLY, S_RULES_LEVEL,
  S_MATRIX_OBLIGATION, S_MATRIX_ARTICLE, S_RUN_TALLY_INS, S_ARTICLE_TALLY_INS,
  S_OBLIGATION_FINDINGS, S_OBLIGATION_LIST_INS, S_OBLIGATION_LIST_FIND, S_OBLIGATION_TALLY_INS,
  S_OBLIGATION_LIST_SEL, S_RUN_IDS,
  S_RUNS_STAGED, S_RULESET_SEL, S_PROFILE_SEL, S_OBLIGATION_STAGED,
  S_COUNT
} stmt_id;

/* A saved rating's coverage in words (rating_coverage, in short), after
** its grade: " (provisional: 22/26 articles rated, 94/144 obligations
** settled)"; runs saved before the coverage was recorded say so. */
#define RATING_COVERAGE \
  "CASE WHEN g.obligations IS NULL THEN ' (coverage not recorded)' WHEN g.grade = 'N/A' THEN ''" \
  " ELSE ' (' || CASE WHEN g.withheld THEN 'withheld: ' WHEN g.settled < g.obligations" \
  " OR g.articles_rated < g.articles THEN 'provisional: ' ELSE '' END" \
  " || coalesce(g.articles_rated || '/' || g.articles || ' articles rated, ', '')" \
  " || g.settled || '/' || g.obligations || ' obligations settled)' END"

/* The instrument ratings of run ?1 in words, as history shows them:
** "untoc PC (provisional: ...), cybercrime LC (prospective) (...)"; counted
** into run_tally when the run is saved. */
#define RUN_RATINGS \
  "(SELECT group_concat(g.instrument || ' ' || g.grade || CASE WHEN EXISTS (SELECT 1 FROM binding b" \
  "   WHERE b.run_id = ?1 AND b.instrument = g.instrument AND b.kind = 'prospective')" \
  "   THEN ' (prospective)' ELSE '' END || " RATING_COVERAGE ", ', ') FROM rating g" \
  "  WHERE g.run_id = ?1 AND g.scope = 'instrument')"

#define RUN_INFO_SELECT \
  "SELECT r.id, r.created, r.as_of, r.engine, r.state_code, r.state_name, r.state_name_fr," \
  " r.describes, r.profile_file, p.hash, s.hash, s.dir, r.prospective," \
  " t.findings, t.gaps, t.met, t.partly_met, t.not_met, t.unknown, t.not_applicable, t.error, t.ratings" \
  " FROM run r JOIN profile p ON p.id = r.profile_id JOIN ruleset s ON s.id = r.ruleset_id" \
  " LEFT JOIN run_tally t ON t.run_id = r.id "

/* The latest run of each State: the one with the latest as-of date (the
** most recent state of its law), the last saved among equal dates.  Each
** State (its code compared case-insensitively) looked up once in the index
** run_latest (schema version 6), which holds its latest run first: the same
** runs as a row_number() over every run partitioned by State, without
** numbering 5,000 runs to keep 500. */
#define LATEST_RUNS "SELECT (SELECT q.id FROM run q WHERE q.state_code = s.code COLLATE NOCASE" \
  " ORDER BY q.as_of DESC, q.id DESC LIMIT 1) FROM (SELECT DISTINCT state_code COLLATE NOCASE AS code FROM run) s"

static const char *const stmt_sql[S_COUNT] = {
  [S_BEGIN] = "BEGIN IMMEDIATE",
  [S_COMMIT] = "COMMIT",
  [S_ROLLBACK] = "ROLLBACK",
  [S_QUICK_CHECK] = "PRAGMA quick_check(1)",
  [S_IDENTITY] = "SELECT (SELECT application_id FROM pragma_application_id),"
                 " (SELECT user_version FROM pragma_user_version),"
                 " (SELECT count(*) FROM sqlite_schema)",
  [S_RULESET_FIND] = "SELECT id FROM ruleset WHERE hash = ?1 AND dir = ?2",
  [S_RULESET_INS] = "INSERT INTO ruleset(hash, dir, nrules) VALUES (?1, ?2, ?3)",
  [S_INSTRUMENT_INS] = "INSERT INTO instrument(ruleset_id, seq, id, kind, title_en, title_fr, title_es,"
                       " short_en, short_fr, short_es, file, descriptor)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  [S_RULE_INS] = "INSERT INTO rule(ruleset_id, seq, id, ref, clause, instrument, article, level,"
                 " title_en, title_fr, title_es, category, cluster, text_en, text_fr, text_es, file, line,"
                 " invalid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                 " ?16, ?17, ?18, ?19)",
  [S_LINK_INS] = "INSERT INTO rule_link(ruleset_id, seq, kind, pos, target) VALUES (?1, ?2, ?3, ?4, ?5)",
  [S_SERVES_INS] = "INSERT INTO rule_serves(ruleset_id, seq, pos, target) VALUES (?1, ?2, ?3, ?4)",
  [S_PROFILE_INS] = "INSERT INTO profile(hash, content) VALUES (?1, ?2) ON CONFLICT(hash) DO NOTHING",
  [S_PROFILE_FIND] = "SELECT id FROM profile WHERE hash = ?1",
  [S_RUN_INS] = "INSERT INTO run(created, as_of, engine, ruleset_id, profile_id, profile_file,"
                " state_code, state_name, state_name_fr, describes, prospective)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  [S_BINDING_INS] = "INSERT INTO binding(run_id, seq, instrument, kind, since, reason_en, reason_fr)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [S_FINDING_INS] = "INSERT INTO finding(run_id, seq, rule_seq, rule_id, ref, instrument, article, level,"
                    " status, gap, why_en, why_fr, why_es, option_id, option_en, option_fr, option_es,"
                    " error_file, error_line, error_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                    " ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
  [S_MISSING_INS] = "INSERT INTO finding_missing(run_id, seq, pos, en, fr, es) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [S_QUESTION_INS] = "INSERT INTO finding_question(run_id, seq, pos, fact, en, fr, es)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [S_EVIDENCE_INS] = "INSERT INTO finding_evidence(run_id, seq, pos, fact, label, source, url, note,"
                     " from_date, repealed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  [S_RATING_INS] = "INSERT INTO rating(run_id, pos, scope, instrument, key, grade, major, moderate, minor,"
                   " unknown, errors, obligations, settled, articles, articles_rated, withheld)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
  [S_RUNS] = RUN_INFO_SELECT "ORDER BY r.id",
  /* one State's: a statement of its own, so that run_by_state is used (an
  ** "?1 IS NULL OR" would have every run read) */
  [S_RUNS_STATE] = RUN_INFO_SELECT "WHERE r.state_code = ?1 COLLATE NOCASE ORDER BY r.id",
  [S_RUN_ONE] = RUN_INFO_SELECT "WHERE r.id = ?1",
  [S_RUNS_LATEST] = RUN_INFO_SELECT "WHERE r.id IN (" LATEST_RUNS ") ORDER BY r.state_code COLLATE NOCASE",
  [S_RESOLVE_STATE] = "SELECT id FROM run WHERE state_code = ?1 COLLATE NOCASE ORDER BY id DESC"
                      " LIMIT 1 OFFSET ?2",
  [S_RUN_EXTRA] = "SELECT r.ruleset_id, s.nrules, p.content FROM run r JOIN ruleset s ON s.id = r.ruleset_id"
                  " JOIN profile p ON p.id = r.profile_id WHERE r.id = ?1",
  [S_INSTRUMENT_SEL] = "SELECT seq, id, kind, title_en, title_fr, title_es, short_en, short_fr, short_es,"
                       " file, descriptor"
                       " FROM instrument WHERE ruleset_id = ?1 ORDER BY seq",
  [S_RULE_SEL] = "SELECT seq, id, ref, clause, instrument, level, title_en, title_fr, title_es, category,"
                 " cluster, text_en, text_fr, text_es, file, line, invalid"
                 " FROM rule WHERE ruleset_id = ?1 ORDER BY seq",
  [S_LINK_SEL] = "SELECT seq, kind, target FROM rule_link WHERE ruleset_id = ?1 ORDER BY seq, kind, pos",
  [S_SERVES_SEL] = "SELECT seq, target FROM rule_serves WHERE ruleset_id = ?1 ORDER BY seq, pos",
  [S_BINDING_SEL] = "SELECT seq, kind, since, reason_en, reason_fr FROM binding WHERE run_id = ?1 ORDER BY seq",
  [S_FINDING_SEL] = "SELECT seq, rule_seq, status, why_en, why_fr, why_es, option_id, option_en, option_fr,"
                    " option_es, error_file, error_line, error_message FROM finding WHERE run_id = ?1"
                    " ORDER BY seq",
  [S_MISSING_SEL] = "SELECT seq, en, fr, es FROM finding_missing WHERE run_id = ?1 ORDER BY seq, pos",
  [S_QUESTION_SEL] = "SELECT seq, fact, en, fr, es FROM finding_question WHERE run_id = ?1 ORDER BY seq, pos",
  [S_EVIDENCE_SEL] = "SELECT seq, fact, label, source, url, note, from_date, repealed FROM finding_evidence"
                     " WHERE run_id = ?1 ORDER BY seq, pos",
  [S_DIFF_BOTH] = "SELECT a.rule_id, coalesce(b.ref, a.ref), a.level, b.level, a.status, b.status, a.gap,"
                  " b.gap, a.why_en, a.why_fr, a.why_es, b.why_en, b.why_fr, b.why_es"
                  " FROM finding a JOIN finding b ON b.run_id = ?2 AND b.rule_id = a.rule_id"
                  " WHERE a.run_id = ?1 AND (a.status <> b.status OR a.gap <> b.gap)",
  [S_DIFF_ONLY] = "SELECT a.rule_id, a.ref, a.level, a.status, a.gap, a.why_en, a.why_fr, a.why_es"
                  " FROM finding a WHERE a.run_id = ?1 AND NOT EXISTS"
                  " (SELECT 1 FROM finding b WHERE b.run_id = ?2 AND b.rule_id = a.rule_id)",
  [S_RULES_ONLY] = "SELECT a.id, a.ref, a.level FROM rule a WHERE a.ruleset_id = ?1 AND NOT EXISTS"
                   " (SELECT 1 FROM rule b WHERE b.ruleset_id = ?2 AND b.id = a.id)",
  [S_RULES_LEVEL] = "SELECT a.id, a.ref, a.level, b.level FROM rule a JOIN rule b"
                    " ON b.ruleset_id = ?2 AND b.id = a.id WHERE a.ruleset_id = ?1 AND a.level <> b.level",
  /* a run's obligation cells as its save laid them out (tally_obligations) */
  [S_MATRIX_OBLIGATION] = "SELECT list_id, cells FROM obligation_tally WHERE run_id = ?1",
  /* a run's article cells as its save counted them (save_tallies) */
  [S_MATRIX_ARTICLE] = "SELECT article, severity, findings, gaps, grade, instrument"
                       " FROM article_tally WHERE run_id = ?1 AND (?2 IS NULL OR instrument = ?2)",
  /* A run's tallies, from its findings and ratings once they are written.
  ** severity is max over (mandatory * 10 + severity): the worst mandatory
  ** status when the article has a mandatory obligation, else the worst of
  ** all.  The same definitions as migration 4 -> 5, for one run. */
  [S_RUN_TALLY_INS] = "INSERT INTO run_tally SELECT ?1, count(*), coalesce(sum(gap), 0),"
                      " coalesce(sum(status = 'met'), 0), coalesce(sum(status = 'partly_met'), 0),"
                      " coalesce(sum(status = 'not_met'), 0), coalesce(sum(status = 'unknown'), 0),"
                      " coalesce(sum(status = 'not_applicable'), 0), coalesce(sum(status = 'error'), 0), "
                      RUN_RATINGS " FROM finding WHERE run_id = ?1",
  [S_ARTICLE_TALLY_INS] = "INSERT INTO article_tally SELECT ?1, x.instrument, x.article, x.severity, x.n, x.gaps, g.grade"
                          " FROM (SELECT f.instrument, f.article,"
                          " max((f.level = 'mandatory') * 10 + CASE f.status WHEN 'error' THEN 5"
                          " WHEN 'not_met' THEN 4 WHEN 'partly_met' THEN 3 WHEN 'unknown' THEN 2"
                          " WHEN 'met' THEN 1 ELSE 0 END) AS severity, count(*) AS n, sum(f.gap) AS gaps"
                          " FROM finding f WHERE f.run_id = ?1 AND f.article IS NOT NULL"
                          " AND f.instrument IS NOT NULL GROUP BY f.instrument, f.article) x"
                          /* the article grades grouped once, not searched for each article */
                          " LEFT JOIN (SELECT instrument, key, max(grade) AS grade FROM rating"
                          " WHERE run_id = ?1 AND scope = 'article' GROUP BY instrument, key) g"
                          " ON g.instrument = x.instrument AND g.key = x.article",
  /* A run's findings as matrix --by obligation reads them: each (instrument,
  ** rule id) once, and of findings sharing both (duplicate rule ids) the
  ** last in the order of finding_summary, the index matrix read them through
  ** before schema version 6 (a later cell replaced an earlier). */
  [S_OBLIGATION_FINDINGS] = "SELECT instrument, rule_id, status, gap FROM finding WHERE run_id = ?1"
                            " ORDER BY instrument, rule_id, article, level, status, gap, seq",
  [S_OBLIGATION_LIST_INS] = "INSERT INTO obligation_list(hash, entries) VALUES (?1, ?2) ON CONFLICT(hash) DO NOTHING",
  [S_OBLIGATION_LIST_FIND] = "SELECT id, entries = ?2 FROM obligation_list WHERE hash = ?1",
  [S_OBLIGATION_TALLY_INS] = "INSERT INTO obligation_tally(run_id, list_id, cells) VALUES (?1, ?2, ?3)",
  [S_OBLIGATION_LIST_SEL] = "SELECT entries FROM obligation_list WHERE id = ?1",
  [S_RUN_IDS] = "SELECT id FROM run ORDER BY id",
  /* a staged batch, read back for its copy into the store (store_batch_commit):
  ** its columns are staged_col's, those from profile_file on in S_RUN_INS's order */
  [S_RUNS_STAGED] = "SELECT id, as_of, engine, ruleset_id, profile_id, profile_file, state_code, state_name,"
                    " state_name_fr, describes, prospective FROM run ORDER BY id",
  [S_RULESET_SEL] = "SELECT hash, dir, nrules FROM ruleset WHERE id = ?1",
  [S_PROFILE_SEL] = "SELECT hash, content FROM profile WHERE id = ?1",
  [S_OBLIGATION_STAGED] = "SELECT l.entries, t.cells FROM obligation_tally t JOIN obligation_list l ON l.id = t.list_id"
                          " WHERE t.run_id = ?1",
};

/* One object of a database's schema, as sqlite_schema lists it. */
typedef struct {
  char *type, *name, *tbl, *sql;   /* sql NULL for automatic indexes */
  int odd;                         /* a column neither text nor NULL, or holding a NUL (schema_col) */
} schema_obj;

typedef struct {
  schema_obj *v;
  size_t n;
} schema_list;

struct lx_store {
  sqlite3 *db;
  char *path;                 /* as the user gave it: named in messages */
  char *file;                 /* the file examined and opened: path, or when
                              ** path's last component is a symbolic link, the
                              ** file it resolves to (realpath), as SQLite
                              ** resolves it, side files included */
  int timeout_ms;
  sqlite3_stmt *stmt[S_COUNT];
  schema_list expected;       /* what the migrations create, for expected_version */
  int expected_version;       /* -1: not derived yet */
  int checked_save;           /* a save on this connection found the file whole and wrote */
  int full_checks;            /* saves on this connection that ran quick_check */
};

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */
/* ---------------------------------------------------------------------- */

static int fail(store_error *err, store_rc rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(store_error *err, store_rc rc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  err->rc = rc;
  diag_vformat(err->message, sizeof err->message, fmt, ap);   /* paths, run ids, names: cleaned, shortened */
  va_end(ap);
  return -1;
}

/* Turn a SQLite result code into a store error that says what it means for
** the file; what is "what we were doing" ("cannot save"...). */
static int sql_fail(const lx_store *st, sqlite3 *db, int src, const char *what, store_error *err) {
  const char *path = st ? st->path : "database";
  const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(src);
  int sys = db ? sqlite3_system_errno(db) : 0;
  switch (src & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return fail(err, STORE_BUSY, "%s: database is busy: another process is writing to %s "
                  "(waited %d ms); try again", what, path, st ? st->timeout_ms : 0);
    case SQLITE_NOMEM: return fail(err, STORE_NOMEM, "%s: out of memory", what);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return fail(err, STORE_CORRUPT, "%s: the database %s is damaged (%s)", what, path, msg);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return fail(err, STORE_READONLY, "%s: %s cannot be written (%s)", what, path,
                  sys ? strerror(sys) : msg);
    case SQLITE_CANTOPEN:
      return fail(err, STORE_READONLY, "%s: cannot open %s or its journal (%s)", what, path,
                  sys ? strerror(sys) : msg);
    case SQLITE_FULL:
      return fail(err, STORE_FULL, "%s: %s: disk full or database size limit reached", what, path);
    case SQLITE_IOERR:
      if (sys == ENOSPC || sys == EFBIG || sys == EDQUOT)
        return fail(err, STORE_FULL, "%s: %s: %s", what, path, strerror(sys));
      if (src == SQLITE_IOERR_WRITE || src == SQLITE_IOERR_FSYNC || src == SQLITE_IOERR_TRUNCATE)
        return fail(err, STORE_IOERR, "%s: cannot write %s (%s): is the disk full, or a file size limit "
                    "reached?", what, path, sys ? strerror(sys) : msg);
      return fail(err, STORE_IOERR, "%s: I/O error on %s (%s%s%s)", what, path, msg,
                  sys ? ": " : "", sys ? strerror(sys) : "");
    default:
      return fail(err, STORE_ERROR, "%s: %s: %s", what, path, msg);
  }
}

/* ---------------------------------------------------------------------- */
/* SHA-256 (FIPS 180-4)                                                    */
/* ---------------------------------------------------------------------- */

typedef struct {
  uint32_t h[8];
  uint64_t len;
  unsigned char buf[64];
  size_t nbuf;
} sha256_ctx;

static const uint32_t sha_k[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(sha256_ctx *c, const unsigned char *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  /* the eight working variables in locals, not an array shifted each round,
  ** so that they stay in registers (the rule set is hashed at every save) */
  uint32_t a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3], e = c->h[4], f = c->h[5], g = c->h[6], h = c->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
    uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
    h = g; g = f; f = e; e = d + t1;
    d = cc; cc = b; b = a; a = t1 + t2;
  }
  c->h[0] += a; c->h[1] += b; c->h[2] += cc; c->h[3] += d;
  c->h[4] += e; c->h[5] += f; c->h[6] += g; c->h[7] += h;
}

static void sha256_init(sha256_ctx *c) {
  static const uint32_t h0[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
  memcpy(c->h, h0, sizeof h0);
  c->len = 0;
  c->nbuf = 0;
}

static void sha256_update(sha256_ctx *c, const void *data, size_t n) {
  const unsigned char *p = data;
  c->len += n;
  while (n) {
    size_t k = 64 - c->nbuf < n ? 64 - c->nbuf : n;
    memcpy(c->buf + c->nbuf, p, k);
    c->nbuf += k; p += k; n -= k;
    if (c->nbuf == 64) { sha256_block(c, c->buf); c->nbuf = 0; }
  }
}

/* Finish into 64 hex digits and a NUL. */
static void sha256_hex(sha256_ctx *c, char out[65]) {
  uint64_t bits = c->len * 8;
  unsigned char pad = 0x80, zero = 0, len[8];
  sha256_update(c, &pad, 1);
  while (c->nbuf != 56) sha256_update(c, &zero, 1);
  for (int i = 0; i < 8; i++) len[i] = (unsigned char)(bits >> (56 - 8 * i));
  sha256_update(c, len, 8);
  for (int i = 0; i < 8; i++) snprintf(out + 8 * i, 9, "%08x", (unsigned)c->h[i]);
}

static void sha256_of(const void *data, size_t n, char out[65]) {
  sha256_ctx c;
  sha256_init(&c);
  sha256_update(&c, data, n);
  sha256_hex(&c, out);
}

/* ---------------------------------------------------------------------- */
/* Location                                                                */
/* ---------------------------------------------------------------------- */

int store_path(const char *opt, char *buf, size_t size, store_error *err) {
  const char *env = getenv("LEXGAP_DB");
  const char *xdg = getenv("XDG_DATA_HOME");
  const char *home = getenv("HOME");
  int n;
  if (opt && !*opt)
    return fail(err, STORE_ERROR, "--db names no file (the path is empty): give the database's path, or leave "
                "--db out for $LEXGAP_DB or the default");
  if (opt) n = snprintf(buf, size, "%s", opt);
  else if (env && *env) n = snprintf(buf, size, "%s", env);
  else if (xdg && xdg[0] == '/') n = snprintf(buf, size, "%s/lexgap/lexgap.db", xdg);  /* XDG: absolute only */
  else if (home && *home) n = snprintf(buf, size, "%s/.local/share/lexgap/lexgap.db", home);
  else return fail(err, STORE_ERROR, "no database location: set --db, LEXGAP_DB, XDG_DATA_HOME or HOME");
  if (n < 0 || (size_t)n >= size) return fail(err, STORE_ERROR, "database path too long");
  return 0;
}

int store_sqlite_name(const char *path, char *out, size_t size) {
  int n = snprintf(out, size, "%s%s", path[0] == '/' ? "" : "./", path);
  return n < 0 || (size_t)n >= size ? -1 : 0;
}

/* 0 when path's last component names a file; -1 with err filled in when
** it is empty (the path ends in '/'), "." or "..": a directory, never the
** database's file, and, when it does not exist yet, one whose directories
** make_parent_dirs would make before the open fails on it (--db new/sub/..
** would leave new/sub behind, --db new/ and --db new/. new).  Checked
** before anything is read or made, when reading as when writing. */
static int check_names_file(const char *path, store_error *err) {
  const char *slash = strrchr(path, '/');
  const char *last = slash ? slash + 1 : path;
  if (*last && strcmp(last, ".") != 0 && strcmp(last, "..") != 0) return 0;
  return fail(err, STORE_ERROR, "cannot use %s as the database: the path must name a file, and it ends in '%s'",
              path, *last ? last : "/");
}

/* The directories of path that make_parent_dirs would make, checked before
** anything is made: 0, or -1 with err set.  A ".." right after a directory that does
** not exist yet is refused before anything is made: the kernel goes back
** out of x in "x/.." only through an x that exists, so x would be made only
** to be left behind, empty (--db /new/x/../y.db would leave /new/x).  An x
** that is a symbolic link to nothing is refused so too, the message saying
** it is such a link (it exists, but the kernel cannot go through it). */
static int check_parent_dirs(const char *path, store_error *err) {
  char dir[4096];
  if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir) return fail(err, STORE_ERROR, "path too long");
  char *slash = strrchr(dir, '/');
  if (!slash || slash == dir) return 0;
  *slash = '\0';
  int missing = 0;                    /* a directory of the path so far does not exist */
  for (char *p = dir + 1, *name = dir; ; p++) {
    if (*p != '/' && *p != '\0') continue;
    char c = *p;
    *p = '\0';
    struct stat sb;
    if (missing && strcmp(name, "..") == 0) {
      name[-1] = '\0';                  /* the directory it goes back out of */
      int dangling = lstat(dir, &sb) == 0 && S_ISLNK(sb.st_mode);
      return fail(err, STORE_ERROR, "cannot create the directory of the database %s: it goes back ('..') out of "
                  "%s, %s: write the path without it", path, dir,
                  dangling ? "a symbolic link to nothing (its target does not exist)" : "which does not exist");
    }
    if (!missing && stat(dir, &sb) != 0 && errno == ENOENT) missing = 1;
    *p = c;
    if (!c) break;
    name = p + 1;
  }
  return 0;
}

/* mkdir -p of the directory part of path.  Its one caller, store_open,
** has run check_save_dir, so check_parent_dirs has already refused a path
** whose directories cannot all be made as written (a ".." after one that
** does not exist): not walked again here. */
static int make_parent_dirs(const char *path, store_error *err) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (!slash || slash == dir) return 0;
  *slash = '\0';
  for (char *p = dir + 1; ; p++) {
    if (*p == '/' || *p == '\0') {
      char c = *p;
      *p = '\0';
      if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        int e = errno;
        return fail(err, e == EACCES || e == EROFS || e == EPERM ? STORE_READONLY : STORE_ERROR,
                    "cannot create the directory %s for the database: %s", dir, strerror(e));
      }
      *p = c;
      if (!c) break;
    }
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Schema and migrations                                                   */
/* ---------------------------------------------------------------------- */

/* migrations[k] takes the schema from version k to k + 1; each runs in its
** own transaction together with the user_version update.  Never edit a
** step that has shipped: add the next one. */
static const char *const migrations[STORE_SCHEMA_VERSION] = {
  /* 0 -> 1: the first schema */
  "CREATE TABLE ruleset (\n"
  "  id       INTEGER PRIMARY KEY,\n"
  "  hash     TEXT NOT NULL CHECK (length(hash) = 64),\n"
  "  dir      TEXT NOT NULL,\n"
  "  nrules   INTEGER NOT NULL,\n"
  "  UNIQUE (hash, dir)\n"
  ") STRICT;\n"
  "CREATE TABLE instrument (\n"
  "  ruleset_id INTEGER NOT NULL REFERENCES ruleset(id),\n"
  "  seq      INTEGER NOT NULL,\n"
  "  id       TEXT NOT NULL,\n"
  "  kind     TEXT,\n"
  "  title_en TEXT, title_fr TEXT, title_es TEXT,\n"
  "  short_en TEXT, short_fr TEXT, short_es TEXT,\n"
  "  file     TEXT,\n"
  "  descriptor BLOB,\n"
  "  PRIMARY KEY (ruleset_id, seq)\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE rule (\n"
  "  ruleset_id INTEGER NOT NULL REFERENCES ruleset(id),\n"
  "  seq      INTEGER NOT NULL,\n"
  "  id       TEXT NOT NULL,\n"
  "  ref      TEXT,\n"
  "  clause   TEXT,\n"
  "  instrument TEXT,\n"
  "  article  TEXT,\n"
  "  level    TEXT NOT NULL CHECK (level IN ('mandatory', 'consider', 'endeavour', 'optional')),\n"
  "  title_en TEXT, title_fr TEXT, title_es TEXT,\n"
  "  category TEXT,\n"
  "  cluster  INTEGER NOT NULL,\n"
  "  text_en  TEXT, text_fr TEXT, text_es TEXT,\n"
  "  file     TEXT,\n"
  "  line     INTEGER NOT NULL,\n"
  "  invalid  TEXT,\n"
  "  PRIMARY KEY (ruleset_id, seq)\n"
  ") STRICT;\n"
  "CREATE INDEX rule_by_id ON rule(ruleset_id, id);\n"
  "CREATE TABLE rule_link (\n"
  "  ruleset_id INTEGER NOT NULL,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  kind     TEXT NOT NULL CHECK (kind IN ('depends', 'covers')),\n"
  "  pos      INTEGER NOT NULL,\n"
  "  target   TEXT NOT NULL,\n"
  "  PRIMARY KEY (ruleset_id, seq, kind, pos),\n"
  "  FOREIGN KEY (ruleset_id, seq) REFERENCES rule(ruleset_id, seq)\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE profile (\n"
  "  id       INTEGER PRIMARY KEY,\n"
  "  hash     TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),\n"
  "  content  BLOB NOT NULL\n"
  ") STRICT;\n"
  "CREATE TABLE run (\n"
  "  id       INTEGER PRIMARY KEY,\n"
  "  created  TEXT NOT NULL,\n"
  "  as_of    TEXT NOT NULL,\n"
  "  engine   TEXT NOT NULL,\n"
  "  ruleset_id INTEGER NOT NULL REFERENCES ruleset(id),\n"
  "  profile_id INTEGER NOT NULL REFERENCES profile(id),\n"
  "  profile_file TEXT NOT NULL,\n"
  "  state_code TEXT NOT NULL,\n"
  "  state_name TEXT NOT NULL,\n"
  "  state_name_fr TEXT,\n"
  "  describes TEXT,\n"
  "  prospective INTEGER NOT NULL CHECK (prospective IN (0, 1))\n"
  ") STRICT;\n"
  "CREATE INDEX run_by_state ON run(state_code COLLATE NOCASE, id);\n"
  "CREATE TABLE binding (\n"
  "  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  instrument TEXT NOT NULL,\n"
  "  kind     TEXT NOT NULL CHECK (kind IN ('bound', 'not_bound', 'prospective', 'good_practice')),\n"
  "  since    TEXT,\n"
  "  reason_en TEXT NOT NULL,\n"
  "  reason_fr TEXT NOT NULL,\n"
  "  PRIMARY KEY (run_id, seq)\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE finding (\n"
  "  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  rule_seq INTEGER NOT NULL,\n"
  "  rule_id  TEXT NOT NULL,\n"
  "  ref      TEXT,\n"
  "  instrument TEXT,\n"
  "  article  TEXT,\n"
  "  level    TEXT NOT NULL CHECK (level IN ('mandatory', 'consider', 'endeavour', 'optional')),\n"
  "  status   TEXT NOT NULL CHECK (status IN ('met', 'partly_met', 'not_met', 'unknown',"
  " 'not_applicable', 'error')),\n"
  "  gap      INTEGER NOT NULL CHECK (gap IN (0, 1)),\n"
  "  why_en   TEXT, why_fr TEXT, why_es TEXT,\n"
  "  option_id TEXT, option_en TEXT, option_fr TEXT, option_es TEXT,\n"
  "  error_file TEXT,\n"
  "  error_line INTEGER,\n"
  "  error_message TEXT,\n"
  "  PRIMARY KEY (run_id, seq)\n"
  ") STRICT;\n"
  "CREATE INDEX finding_by_rule ON finding(run_id, rule_id);\n"
  "CREATE TABLE finding_missing (\n"
  "  run_id   INTEGER NOT NULL,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  pos      INTEGER NOT NULL,\n"
  "  en TEXT, fr TEXT, es TEXT,\n"
  "  PRIMARY KEY (run_id, seq, pos),\n"
  "  FOREIGN KEY (run_id, seq) REFERENCES finding(run_id, seq) ON DELETE CASCADE\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE finding_question (\n"
  "  run_id   INTEGER NOT NULL,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  pos      INTEGER NOT NULL,\n"
  "  fact     TEXT,\n"
  "  en TEXT, fr TEXT, es TEXT,\n"
  "  PRIMARY KEY (run_id, seq, pos),\n"
  "  FOREIGN KEY (run_id, seq) REFERENCES finding(run_id, seq) ON DELETE CASCADE\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE finding_evidence (\n"
  "  run_id   INTEGER NOT NULL,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  pos      INTEGER NOT NULL,\n"
  "  fact     TEXT,\n"
  "  label    TEXT,\n"
  "  source   TEXT,\n"
  "  url      TEXT,\n"
  "  note     TEXT,\n"
  "  from_date TEXT,\n"
  "  repealed TEXT,\n"
  "  PRIMARY KEY (run_id, seq, pos),\n"
  "  FOREIGN KEY (run_id, seq) REFERENCES finding(run_id, seq) ON DELETE CASCADE\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE rating (\n"
  "  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,\n"
  "  pos      INTEGER NOT NULL,\n"
  "  scope    TEXT NOT NULL CHECK (scope IN ('instrument', 'cluster', 'article')),\n"
  "  instrument TEXT NOT NULL,\n"
  "  key      TEXT NOT NULL,\n"
  "  grade    TEXT NOT NULL CHECK (grade IN ('C', 'LC', 'PC', 'NC', 'N/A', '--')),\n"
  "  major    INTEGER NOT NULL,\n"
  "  moderate INTEGER NOT NULL,\n"
  "  minor    INTEGER NOT NULL,\n"
  "  unknown  INTEGER NOT NULL,\n"
  "  errors   INTEGER NOT NULL,\n"
  "  PRIMARY KEY (run_id, pos)\n"
  ") STRICT, WITHOUT ROWID;\n"
  "PRAGMA application_id = 1280853840;\n",   /* STORE_APPLICATION_ID */
  /* 1 -> 2: how much each rating rests on (rating.h: coverage).  NULL in
  ** the runs saved before; obligations and settled are derived here from
  ** their findings, articles and articles_rated stay unknown. */
  "ALTER TABLE rating ADD COLUMN obligations INTEGER;\n"
  "ALTER TABLE rating ADD COLUMN settled INTEGER;\n"
  "ALTER TABLE rating ADD COLUMN articles INTEGER;\n"
  "ALTER TABLE rating ADD COLUMN articles_rated INTEGER;\n"
  "ALTER TABLE rating ADD COLUMN withheld INTEGER CHECK (withheld IN (0, 1));\n"
  "UPDATE rating SET obligations = (SELECT count(*) FROM finding f JOIN run u ON u.id = f.run_id"
  " JOIN rule r ON r.ruleset_id = u.ruleset_id AND r.seq = f.rule_seq"
  " WHERE f.run_id = rating.run_id AND f.instrument = rating.instrument AND f.level <> 'optional'"
  " AND f.status NOT IN ('not_applicable', 'error') AND (rating.scope = 'instrument'"
  " OR (rating.scope = 'article' AND f.article = rating.key)"
  " OR (rating.scope = 'cluster' AND r.cluster = CAST(rating.key AS INTEGER)))),"
  " settled = (SELECT count(*) FROM finding f JOIN run u ON u.id = f.run_id"
  " JOIN rule r ON r.ruleset_id = u.ruleset_id AND r.seq = f.rule_seq"
  " WHERE f.run_id = rating.run_id AND f.instrument = rating.instrument AND f.level <> 'optional'"
  " AND f.status NOT IN ('not_applicable', 'error', 'unknown') AND (rating.scope = 'instrument'"
  " OR (rating.scope = 'article' AND f.article = rating.key)"
  " OR (rating.scope = 'cluster' AND r.cluster = CAST(rating.key AS INTEGER))));\n",
  /* 2 -> 3: the obligations of other instruments a rule serves (rules.h:
  ** serves), so that a saved report shows good practice beside them */
  "CREATE TABLE rule_serves (\n"
  "  ruleset_id INTEGER NOT NULL,\n"
  "  seq      INTEGER NOT NULL,\n"
  "  pos      INTEGER NOT NULL,\n"
  "  target   TEXT NOT NULL,\n"
  "  PRIMARY KEY (ruleset_id, seq, pos),\n"
  "  FOREIGN KEY (ruleset_id, seq) REFERENCES rule(ruleset_id, seq)\n"
  ") STRICT, WITHOUT ROWID;\n",
  /* 3 -> 4: what matrix and history read of each finding, in one index
  ** that covers their queries, so that they read no finding's texts */
  "CREATE INDEX finding_summary ON finding(run_id, instrument, article, level, status, gap, rule_id, seq);\n",
  /* 4 -> 5: what history and matrix show of a run, counted once when it is
  ** saved (save_tallies) instead of from its findings on every read: the
  ** findings of each status, the instrument ratings in words, and each article's worst status (mandatory *
  ** 10 + severity, as S_MATRIX_ARTICLE reads it), findings, gaps and rating.
  ** Runs saved before are counted here, by the same definitions. */
  "CREATE TABLE run_tally (\n"
  "  run_id   INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,\n"
  "  findings INTEGER NOT NULL,\n"
  "  gaps     INTEGER NOT NULL,\n"
  "  met INTEGER NOT NULL, partly_met INTEGER NOT NULL, not_met INTEGER NOT NULL,\n"
  "  unknown INTEGER NOT NULL, not_applicable INTEGER NOT NULL, error INTEGER NOT NULL,\n"
  "  ratings  TEXT\n"
  ") STRICT;\n"
  "CREATE TABLE article_tally (\n"
  "  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,\n"
  "  instrument TEXT NOT NULL,\n"
  "  article  TEXT NOT NULL,\n"
  "  severity INTEGER NOT NULL,\n"
  "  findings INTEGER NOT NULL,\n"
  "  gaps     INTEGER NOT NULL,\n"
  "  grade    TEXT,\n"
  "  PRIMARY KEY (run_id, instrument, article)\n"
  ") STRICT, WITHOUT ROWID;\n"
  "INSERT INTO run_tally SELECT r.id, count(f.seq), coalesce(sum(f.gap), 0),"
  " coalesce(sum(f.status = 'met'), 0), coalesce(sum(f.status = 'partly_met'), 0),"
  " coalesce(sum(f.status = 'not_met'), 0), coalesce(sum(f.status = 'unknown'), 0),"
  " coalesce(sum(f.status = 'not_applicable'), 0), coalesce(sum(f.status = 'error'), 0),"
  " (SELECT group_concat(g.instrument || ' ' || g.grade || CASE WHEN EXISTS (SELECT 1 FROM binding b"
  " WHERE b.run_id = r.id AND b.instrument = g.instrument AND b.kind = 'prospective')"
  " THEN ' (prospective)' ELSE '' END || CASE WHEN g.obligations IS NULL THEN ' (coverage not recorded)'"
  " WHEN g.grade = 'N/A' THEN '' ELSE ' (' || CASE WHEN g.withheld THEN 'withheld: '"
  " WHEN g.settled < g.obligations OR g.articles_rated < g.articles THEN 'provisional: ' ELSE '' END"
  " || coalesce(g.articles_rated || '/' || g.articles || ' articles rated, ', '')"
  " || g.settled || '/' || g.obligations || ' obligations settled)' END, ', ') FROM rating g"
  " WHERE g.run_id = r.id AND g.scope = 'instrument')"
  " FROM run r LEFT JOIN finding f ON f.run_id = r.id GROUP BY r.id;\n"
  "INSERT INTO article_tally SELECT x.run_id, x.instrument, x.article, x.severity, x.n, x.gaps, g.grade"
  " FROM (SELECT f.run_id, f.instrument, f.article,"
  " max((f.level = 'mandatory') * 10 + CASE f.status WHEN 'error' THEN 5 WHEN 'not_met' THEN 4"
  " WHEN 'partly_met' THEN 3 WHEN 'unknown' THEN 2 WHEN 'met' THEN 1 ELSE 0 END) AS severity,"
  " count(*) AS n, sum(f.gap) AS gaps FROM finding f WHERE f.article IS NOT NULL AND f.instrument IS NOT NULL"
  " GROUP BY f.run_id, f.instrument, f.article) x"
  " LEFT JOIN (SELECT run_id, instrument, key, max(grade) AS grade FROM rating WHERE scope = 'article'"
  " GROUP BY run_id, instrument, key) g ON g.run_id = x.run_id AND g.instrument = x.instrument"
  " AND g.key = x.article;\n",
  /* 5 -> 6: what matrix --by obligation shows of a run, laid out once when
  ** it is saved (tally_obligations) instead of read from its findings on
  ** every read: the obligations its findings name, a list shared by every
  ** run that names the same (a rule set's runs), and one byte per
  ** obligation, its status and gap.  Runs saved before are laid out by
  ** migration_fills[5], the same function a save calls. */
  "CREATE TABLE obligation_list (\n"
  "  id       INTEGER PRIMARY KEY,\n"
  "  hash     TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),\n"
  "  entries  BLOB NOT NULL\n"
  ") STRICT;\n"
  "CREATE TABLE obligation_tally (\n"
  "  run_id   INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,\n"
  "  list_id  INTEGER NOT NULL REFERENCES obligation_list(id),\n"
  "  cells    BLOB NOT NULL\n"
  ") STRICT;\n"
  /* and the latest run of each State (LATEST_RUNS) first among its runs
  ** in this index */
  "CREATE INDEX run_latest ON run(state_code COLLATE NOCASE, as_of DESC, id DESC);\n",
  /* 6 -> 7: each CHECK "x IN (a, b, c, ...)" of three values or more
  ** written "x = a OR x = b OR x = c ...": SQLite (3.40) evaluates such an IN
  ** by building a temporary table for every row written (OpenEphemeral in
  ** the INSERT's program), while the OR chain is a few comparisons.  The two
  ** refuse and accept exactly the same values: both compare with the
  ** column's own affinity and collation (BINARY: case counts), and both are
  ** NULL, so pass, for a NULL, which NOT NULL refuses where it did before.
  ** Only the text of four CREATE statements changes, never a row nor the
  ** file's format, and every row satisfies the new constraints as it did
  ** the old, so the statements are rewritten in sqlite_schema
  ** (exec_migration: writable_schema; SQLite documents such edits for
  ** removing a CHECK, which this is, with an equivalent CHECK added that
  ** every row passes: docs/store.md weighs it) instead of the tables
  ** rebuilt: a rebuild copies every finding of the store and builds its indexes again
  ** (docs/store.md gives both times at 5,000 runs).  An IN of two values
  ** (gap, prospective, withheld, rule_link's kind) is compiled as two
  ** comparisons already and stays. */
  "UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(sql,"
  " 'level IN (''mandatory'', ''consider'', ''endeavour'', ''optional'')',"
  " 'level = ''mandatory'' OR level = ''consider'' OR level = ''endeavour'' OR level = ''optional'''),"
  " 'status IN (''met'', ''partly_met'', ''not_met'', ''unknown'', ''not_applicable'', ''error'')',"
  " 'status = ''met'' OR status = ''partly_met'' OR status = ''not_met'' OR status = ''unknown''"
  " OR status = ''not_applicable'' OR status = ''error'''),"
  " 'kind IN (''bound'', ''not_bound'', ''prospective'', ''good_practice'')',"
  " 'kind = ''bound'' OR kind = ''not_bound'' OR kind = ''prospective'' OR kind = ''good_practice'''),"
  " 'scope IN (''instrument'', ''cluster'', ''article'')',"
  " 'scope = ''instrument'' OR scope = ''cluster'' OR scope = ''article'''),"
  " 'grade IN (''C'', ''LC'', ''PC'', ''NC'', ''N/A'', ''--'')',"
  " 'grade = ''C'' OR grade = ''LC'' OR grade = ''PC'' OR grade = ''NC'' OR grade = ''N/A'' OR grade = ''--''')"
  " WHERE type = 'table' AND name IN ('rule', 'binding', 'finding', 'rating');\n",
};

/* The steps that rewrite CREATE statements in sqlite_schema (1 for each):
** exec_migration runs them with writable_schema. */
static const unsigned char migration_edits_schema[STORE_SCHEMA_VERSION] = {
  [6] = 1,
};

static int tally_every_run(lx_store *st, store_error *err);

/* What a migration step computes in C, after its SQL and in the same
** transaction (NULL: nothing).  It fills rows, never changes the schema:
** expected_schema runs the SQL alone. */
static int (*const migration_fills[STORE_SCHEMA_VERSION])(lx_store *st, store_error *err) = {
  [5] = tally_every_run,
};

/* Run migrations[k]'s SQL on db, inside the caller's transaction when there
** is one.  Returns a SQLite code; *msg (may be NULL) as sqlite3_exec sets it.
**
** A step of migration_edits_schema writes sqlite_schema, which SQLite's
** defensive mode forbids, and the store's connections run in it on purpose
** (db_connect: the file is untrusted).  So for that step alone, and for
** nothing else, the mode is turned off and writable_schema on; both are
** restored before returning, whatever happened (writable_schema by RESET,
** which also reads the schema again, as the edited statements define it).
** What the window allows is the step's own SQL: the schema it edits was
** verified inside the same transaction (migrate), triggers and views stay
** disabled and trusted_schema off, so nothing of the file's runs in it.
** Then the schema cookie is incremented, as SQLite's documentation of such
** edits asks, so that every other connection reads the schema again (the
** cookie can be set only out of defensive mode too).  A connection made
** here (expected_schema's, staging's) is not in defensive mode: the same
** steps, nothing to turn off. */
static int exec_migration(sqlite3 *db, int k, char **msg) {
  if (!migration_edits_schema[k]) return sqlite3_exec(db, migrations[k], NULL, NULL, msg);
  int defensive = 0;
  int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  if (rc == SQLITE_OK && defensive) rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, (int *)NULL);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, "PRAGMA writable_schema = ON", NULL, NULL, msg);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, migrations[k], NULL, NULL, msg);
  int reset = sqlite3_exec(db, "PRAGMA writable_schema = RESET", NULL, NULL, NULL);
  if (rc == SQLITE_OK) rc = reset;
  sqlite3_stmt *s = NULL;
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &s, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_step(s) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(db);
  if (rc == SQLITE_OK) {
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA schema_version = %lld", sqlite3_column_int64(s, 0) + 1);
    rc = sqlite3_exec(db, sql, NULL, NULL, msg);
  }
  sqlite3_finalize(s);
  if (defensive && sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL) != SQLITE_OK && rc == SQLITE_OK)
    rc = SQLITE_ERROR;
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Statements                                                              */
/* ---------------------------------------------------------------------- */

/* The cached statement, reset and with its bindings cleared; NULL with err
** set when it cannot be prepared. */
static sqlite3_stmt *prep(lx_store *st, stmt_id id, store_error *err) {
  sqlite3_stmt *s = st->stmt[id];
  if (s) {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return s;
  }
  int rc = sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &s, NULL);
  if (rc != SQLITE_OK) {
    sql_fail(st, st->db, rc, "cannot read the database", err);
    sqlite3_finalize(s);
    return NULL;
  }
  st->stmt[id] = s;
  return s;
}

/* Step once: SQLITE_ROW or SQLITE_DONE, or -1 with err set (and the
** statement reset). */
static int step(lx_store *st, sqlite3_stmt *s, const char *what, store_error *err) {
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return rc;
  sql_fail(st, st->db, rc, what, err);
  sqlite3_reset(s);
  return -1;
}

/* Run a statement that returns no row we need. */
static int exec_stmt(lx_store *st, stmt_id id, const char *what, store_error *err) {
  sqlite3_stmt *s = prep(st, id, err);
  if (!s) return -1;
  int rc = step(st, s, what, err);
  sqlite3_reset(s);
  return rc < 0 ? -1 : 0;
}

static void rollback(lx_store *st) {
  if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* A column as a malloc'd string, NULL for SQL NULL; *oom set when a copy
** fails. */
static char *col_dup(sqlite3_stmt *s, int i, int *oom) {
  const unsigned char *v = sqlite3_column_text(s, i);
  if (!v) return NULL;
  char *d = strdup((const char *)v);
  if (!d) *oom = 1;
  return d;
}

/* Column i as text into out (size > 0), cut to fit; "" for NULL. */
static void col_copy(sqlite3_stmt *s, int i, char *out, size_t size) {
  const char *v = (const char *)sqlite3_column_text(s, i);
  size_t n = v ? strnlen(v, size - 1) : 0;
  if (n) memcpy(out, v, n);
  out[n] = '\0';
}

static void col_text3(sqlite3_stmt *s, int i, lx_text *t, int *oom) {
  t->en = col_dup(s, i, oom);
  t->fr = col_dup(s, i + 1, oom);
  t->es = col_dup(s, i + 2, oom);
}

static void bind_text3(sqlite3_stmt *s, int i, const lx_text *t) {
  sqlite3_bind_text(s, i, t->en, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, i + 1, t->fr, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, i + 2, t->es, -1, SQLITE_STATIC);
}

/* Grow *v (elements of size elem) so that it holds at least need. */
/* A column's level or status (lx_level, lx_status), -1 when NULL or none. */
static int level_of(sqlite3_stmt *s, int i) {
  const unsigned char *v = sqlite3_column_text(s, i);
  return v ? lx_level_parse((const char *)v) : -1;
}

static int status_of(sqlite3_stmt *s, int i) {
  const unsigned char *v = sqlite3_column_text(s, i);
  return v ? lx_status_parse((const char *)v) : -1;
}

static int grow(void **v, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap * 2 : 8;
  while (ncap < need) ncap *= 2;
  void *nv = realloc(*v, ncap * elem);
  if (!nv) return -1;
  memset((char *)nv + *cap * elem, 0, (ncap - *cap) * elem);
  *v = nv;
  *cap = ncap;
  return 0;
}

/* ---------------------------------------------------------------------- */
/* The schema is exactly ours                                              */
/* ---------------------------------------------------------------------- */

/* A lexgap database is a file anyone may hand us.  A trigger planted in it
** would run inside our own save and could rewrite earlier runs; a view, an
** index on an expression or a virtual table would run code of the file's
** author on our reads.  So a database is used only when its schema is
** exactly what our migrations create for its version: the expected schema is
** derived by running those migrations on an empty in-memory database (never
** a second, hand-written copy that could drift), and compared object by
** object (type, name, table, CREATE statement) with the file's
** sqlite_schema, every byte of each: an object whose column holds a NUL, or
** is not text, differs (schema_col).  The columns of a table are those of
** its CREATE statement, so comparing statements compares columns too. */

static void schema_list_free(schema_list *l) {
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].type); free(l->v[i].name); free(l->v[i].tbl); free(l->v[i].sql);
  }
  free(l->v);
  memset(l, 0, sizeof *l);
}

/* Column i of a row of sqlite_schema as a malloc'd string, NULL for SQL
** NULL; *oom set when the copy fails.  *odd set when the column is neither
** text nor NULL, or its text holds a NUL byte: the C string would stop
** there, and a comparison of it would pass over whatever follows (a
** CREATE statement with a tail after a NUL, carried by a migration into the
** next version).  lexgap's migrations never write such a column, so an
** object with one is never lexgap's (verify_schema). */
static char *schema_col(sqlite3_stmt *s, int i, int *oom, int *odd) {
  int type = sqlite3_column_type(s, i);
  if (type == SQLITE_NULL) return NULL;
  const char *v = (const char *)sqlite3_column_text(s, i);
  if (!v) {                        /* out of memory, or a zero-length BLOB */
    if (type == SQLITE_TEXT) *oom = 1;
    else *odd = 1;
    return NULL;
  }
  size_t n = (size_t)sqlite3_column_bytes(s, i);
  if (type != SQLITE_TEXT || memchr(v, '\0', n)) *odd = 1;
  char *d = strdup(v);
  if (!d) *oom = 1;
  return d;
}

/* The schema of db, ordered by type and name.  Returns a SQLite code. */
static int schema_read(sqlite3 *db, schema_list *out) {
  sqlite3_stmt *s = NULL;
  size_t cap = 0;
  memset(out, 0, sizeof *out);
  int rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name",
                              -1, &s, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    rc = SQLITE_OK;
    if (grow((void **)&out->v, &cap, out->n + 1, sizeof *out->v) != 0) { rc = SQLITE_NOMEM; break; }
    schema_obj *o = &out->v[out->n++];
    int oom = 0;
    o->type = schema_col(s, 0, &oom, &o->odd);
    o->name = schema_col(s, 1, &oom, &o->odd);
    o->tbl = schema_col(s, 2, &oom, &o->odd);
    o->sql = schema_col(s, 3, &oom, &o->odd);
    if (oom || !o->type || !o->name) rc = SQLITE_NOMEM;
  }
  sqlite3_finalize(s);
  if (rc == SQLITE_DONE) return SQLITE_OK;
  schema_list_free(out);
  return rc;
}

/* The schema migrations[0..version-1] create, derived once per version. */
static int expected_schema(lx_store *st, int version, store_error *err) {
  if (st->expected_version == version) return 0;
  schema_list_free(&st->expected);
  st->expected_version = -1;
  sqlite3 *mem = NULL;
  int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE, NULL);
  for (int k = 0; rc == SQLITE_OK && k < version && k < STORE_SCHEMA_VERSION; k++)
    rc = exec_migration(mem, k, NULL);
  if (rc == SQLITE_OK) rc = schema_read(mem, &st->expected);
  sqlite3_close_v2(mem);
  if (rc != SQLITE_OK)
    return fail(err, rc == SQLITE_NOMEM ? STORE_NOMEM : STORE_ERROR, "cannot derive lexgap's schema: %s",
                sqlite3_errstr(rc));
  st->expected_version = version;
  return 0;
}

static int obj_cmp(const schema_obj *a, const schema_obj *b) {
  int c = strcmp(a->type, b->type);
  return c ? c : strcmp(a->name, b->name);
}

static int same_text(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Refuse the database unless its schema is exactly what lexgap creates for
** version; the message names the first object that differs. */
static int verify_schema(lx_store *st, int version, store_error *err) {
  if (expected_schema(st, version, err) != 0) return -1;
  schema_list got;
  int rc = schema_read(st->db, &got);
  if (rc != SQLITE_OK) return sql_fail(st, st->db, rc, "cannot read the database schema", err);
  const schema_list *want = &st->expected;
  size_t i = 0, j = 0;
  char what[700] = "";
  while (!what[0] && (i < got.n || j < want->n)) {
    int c = i == got.n ? 1 : j == want->n ? -1 : obj_cmp(&got.v[i], &want->v[j]);
    const schema_obj *g = i < got.n ? &got.v[i] : NULL;
    if (c < 0) {
      int on_table = strcmp(g->type, "trigger") == 0 || strcmp(g->type, "index") == 0;
      int virtual_table = g->sql && strncmp(g->sql, "CREATE VIRTUAL TABLE", 20) == 0;
      diag_sformat(what, sizeof what, "unexpected %s%s '%s'%s%s%s", virtual_table ? "virtual " : "", g->type,
                   g->name, on_table ? " on table '" : "", on_table ? g->tbl : "", on_table ? "'" : "");
    } else if (c > 0) {
      diag_sformat(what, sizeof what, "%s '%s' missing", want->v[j].type, want->v[j].name);
    } else if (g->odd || !same_text(g->sql, want->v[j].sql) ||
               strcmp(g->tbl ? g->tbl : "", want->v[j].tbl ? want->v[j].tbl : "") != 0) {
      diag_sformat(what, sizeof what, "%s '%s' defined differently", g->type, g->name);
    }
    if (c <= 0) i++;
    if (c >= 0) j++;
  }
  schema_list_free(&got);
  if (what[0])
    return fail(err, STORE_SCHEMA, "%s: its schema is not exactly lexgap's (version %d): %.*s; refused, "
                "nothing was read from or written to it", st->path, version, (int)sizeof what, what);
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Opening                                                                 */
/* ---------------------------------------------------------------------- */

/* The file at file (the store's, named path in messages) must start with
** the SQLite header string. */
static int check_header(const char *file, const char *path, store_error *err) {
  static const char magic[16] = "SQLite format 3";
  char head[16];
  int fd = open(file, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);   /* never blocks on a FIFO */
  if (fd < 0) return fail(err, errno == EACCES ? STORE_READONLY : STORE_ERROR, "cannot open %s: %s", path, strerror(errno));
  struct stat sb;
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    close(fd);
    return fail(err, STORE_NOTADB, "%s is not a regular file; nothing was written to it", path);
  }
  ssize_t n = read(fd, head, sizeof head);
  close(fd);
  if (n != (ssize_t)sizeof head || memcmp(head, magic, sizeof magic) != 0)
    return fail(err, STORE_NOTADB, "%s is not a lexgap database (not a SQLite file); nothing was written to it", path);
  return 0;
}

/* Read application_id, user_version and the number of schema objects. */
static int read_identity(lx_store *st, int *app, int *version, int *objects, store_error *err) {
  sqlite3_stmt *s = prep(st, S_IDENTITY, err);
  if (!s) return -1;
  int rc = step(st, s, "cannot read the database", err);
  if (rc == SQLITE_ROW) {
    *app = sqlite3_column_int(s, 0);
    *version = sqlite3_column_int(s, 1);
    *objects = sqlite3_column_int(s, 2);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) return fail(err, STORE_ERROR, "cannot read the database identity of %s", st->path);
  return rc < 0 ? -1 : 0;
}

/* Refuse what is not ours, or too new.  *empty set for a database with
** nothing in it yet. */
static int check_identity(lx_store *st, int *version, int *empty, store_error *err) {
  int app = 0, objects = 0;
  if (read_identity(st, &app, version, &objects, err) != 0) {
    if (err->rc == STORE_CORRUPT)
      return fail(err, STORE_CORRUPT, "the database %s is damaged (%s); nothing was written to it",
                  st->path, sqlite3_errmsg(st->db));
    return -1;
  }
  *empty = app == 0 && *version == 0 && objects == 0;
  if (!*empty && app != STORE_APPLICATION_ID)
    return fail(err, STORE_NOTADB, "%s is a SQLite database of another program, not a lexgap database; "
                "nothing was written to it", st->path);
  if (*version > STORE_SCHEMA_VERSION)
    return fail(err, STORE_NEWER, "%s was written by a newer lexgap (schema version %d; this lexgap "
                "knows up to %d): upgrade lexgap to use it; nothing was written to it",
                st->path, *version, STORE_SCHEMA_VERSION);
  return 0;
}

static int needs_dir_access(const char *path);

/* A read-only connection to a WAL database needs its -shm file, or a
** directory where it can be made.  When neither exists (a database on
** read-only media), the file is opened as immutable: nothing can write it. */
static int needs_immutable(const char *path) {
  char shm[4200];
  snprintf(shm, sizeof shm, "%s-shm", path);
  return access(shm, F_OK) != 0 && needs_dir_access(path);
}

/* 1 when the directory of path cannot be written. */
static int needs_dir_access(const char *path) {
  char dir[4200];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (slash) *(slash == dir ? slash + 1 : slash) = '\0';
  else snprintf(dir, sizeof dir, ".");
  return access(dir, W_OK) != 0;
}

/* A connection to the store's file, as st->db: opened under
** store_sqlite_name(st->file), so that SQLite opens the very file
** store_open examined (a name such as "file:x.db" or ":memory:" is never
** read as a URI or a database in memory); read-only as immutable when
** needs_immutable says so, through a URI that names the same file: "file:"
** and the name's bytes, each one not plainly safe in a URI escaped %XX
** (':', '?', '#', '%' included), an absolute name after an empty authority
** ("file:///dir/x.db": a name "//dir/x.db" would otherwise be read as the
** authority "dir").  Defensive mode and the rest set (see below).  0, or -1
** with err set and st->db NULL. */
static int db_connect(lx_store *st, int flags, store_error *err) {
  char name[4200], uri[13000];
  const char *open_name = name;
  if (store_sqlite_name(st->file, name, sizeof name) != 0) return fail(err, STORE_ERROR, "database path too long");
  if (flags == SQLITE_OPEN_READONLY && needs_immutable(st->file)) {
    size_t n = (size_t)snprintf(uri, sizeof uri, "file:%s", name[0] == '/' ? "//" : "");
    for (const char *p = name; *p && n + 4 < sizeof uri; p++) {
      unsigned char c = (unsigned char)*p;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("/._-~", c)) uri[n++] = (char)c;
      else n += (size_t)snprintf(uri + n, sizeof uri - n, "%%%02X", c);
    }
    snprintf(uri + n, sizeof uri - n, "?immutable=1");
    open_name = uri;
    flags |= SQLITE_OPEN_URI;
  }
  int rc = sqlite3_open_v2(open_name, &st->db, flags, NULL);
  if (rc != SQLITE_OK) {
    sql_fail(st, st->db, rc, "cannot open the database", err);
    sqlite3_close_v2(st->db);
    st->db = NULL;
    return -1;
  }
  sqlite3_extended_result_codes(st->db, 1);
  sqlite3_busy_timeout(st->db, st->timeout_ms);
  /* The file is untrusted (see verify_schema): no function with side effects
  ** from its schema, no writes to sqlite_schema or shadow tables, and since
  ** lexgap's schema has neither, no trigger fires and no view is used. */
  if (sqlite3_db_config(st->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL) != SQLITE_OK ||
      sqlite3_db_config(st->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL) != SQLITE_OK ||
      sqlite3_db_config(st->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL) != SQLITE_OK ||
      sqlite3_db_config(st->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, (int *)NULL) != SQLITE_OK) {
    fail(err, STORE_ERROR, "cannot open %s: this SQLite cannot run in defensive mode", st->path);
    sqlite3_close_v2(st->db);
    st->db = NULL;
    return -1;
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* The integrity stamp                                                     */
/* ---------------------------------------------------------------------- */

/* A save refuses a damaged database.  PRAGMA quick_check reads the whole
** file, so it costs in proportion to the runs stored (2.5 s at 5,000 runs);
** it runs only when the file may have changed outside lexgap since the last
** check.  After each committed save, and again when the connection is
** closed (SQLite has then moved its write-ahead log into the file), the
** state lexgap's own write left is written beside the file to FILE-checked: the file's identity and times
** (device, inode, size, modification and status-change times, to the
** nanosecond), a SHA-256 of its 100-byte header (page size, page count,
** change counter, schema cookie, application id, version), and the log's
** size and times if one is left.  The next save runs quick_check only if
** any of these differ.  Every write to the file, by lexgap or anything
** else, changes its status-change time, which no program can set back; the
** header is compared as well, for file systems whose times cannot be
** trusted.  So a file written only by lexgap is never scanned again, and a
** file touched by anything else always is.  Damage that changes nothing of
** this (a failing disk) is found by SQLite itself when the save reads a
** damaged page (SQLITE_CORRUPT: refused, rolled back); at every open the
** header is read and the schema verified (check_header, verify_schema). */

#define STAMP_SUFFIX "-checked"
#define STAMP_FORMAT "lexgap-checked 2"   /* 1: without the header's hash */
#define DB_HEADER_SIZE 100                /* SQLite's database header */

/* The database's 100-byte header.  While the connection is open it is read
** through SQLite's own file descriptor: opening and closing another one on
** the file would release every POSIX lock this process holds on it (they
** belong to the process and the file, not to a descriptor), and another
** process could then checkpoint or write under our transaction.  Once the
** connection is closed (st->db NULL), the file is opened directly.
** 0, or -1 if the header cannot be read whole. */
static int read_db_header(const lx_store *st, unsigned char hdr[DB_HEADER_SIZE]) {
  if (st->db) {
    sqlite3_file *fp = NULL;
    if (sqlite3_file_control(st->db, "main", SQLITE_FCNTL_FILE_POINTER, &fp) != SQLITE_OK || !fp || !fp->pMethods)
      return -1;
    return fp->pMethods->xRead(fp, hdr, DB_HEADER_SIZE, 0) == SQLITE_OK ? 0 : -1;
  }
  int fd = open(st->file, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return -1;
  int whole = read(fd, hdr, DB_HEADER_SIZE) == DB_HEADER_SIZE;
  close(fd);
  return whole ? 0 : -1;
}

/* The stamp of the store's database as text; 0, or -1 if it cannot be read.
** The file's identity and times come from stat(), which opens nothing. */
static int file_stamp(const lx_store *st, char *out, size_t size) {
  struct stat a, w;
  char wal[4200], hdr_hash[65];
  unsigned char hdr[DB_HEADER_SIZE];
  if (stat(st->file, &a) != 0 || !S_ISREG(a.st_mode) || read_db_header(st, hdr) != 0) return -1;
  sha256_of(hdr, sizeof hdr, hdr_hash);
  snprintf(wal, sizeof wal, "%s-wal", st->file);
  int has_wal = stat(wal, &w) == 0 && w.st_size > 0;   /* an empty log holds nothing */
  int n = snprintf(out, size, STAMP_FORMAT " %llu %llu %lld %lld.%09ld %lld.%09ld hdr %s",
                   (unsigned long long)a.st_dev, (unsigned long long)a.st_ino, (long long)a.st_size,
                   (long long)a.st_mtim.tv_sec, a.st_mtim.tv_nsec, (long long)a.st_ctim.tv_sec, a.st_ctim.tv_nsec,
                   hdr_hash);
  if (has_wal && n > 0 && (size_t)n < size)
    n += snprintf(out + n, size - (size_t)n, " wal %lld %lld.%09ld %lld.%09ld", (long long)w.st_size,
                  (long long)w.st_mtim.tv_sec, w.st_mtim.tv_nsec, (long long)w.st_ctim.tv_sec, w.st_ctim.tv_nsec);
  return n > 0 && (size_t)n < size ? 0 : -1;
}

/* Does the stamp written after the last checked save still describe the
** file?  1 if so (quick_check may be skipped), else 0. */
static int stamp_holds(const lx_store *st) {
  char name[4200], want[512], have[512];
  snprintf(name, sizeof name, "%s" STAMP_SUFFIX, st->file);
  if (file_stamp(st, want, sizeof want) != 0) return 0;
  int fd = open(name, O_RDONLY | O_NOFOLLOW);
  if (fd < 0) return 0;
  ssize_t n = read(fd, have, sizeof have - 1);
  close(fd);
  if (n <= 0) return 0;
  have[n] = '\0';
  return strcmp(have, want) == 0;
}

/* Write the stamp of the store's database (replacing the file in one
** step); a failure only means the next save runs the full check. */
static void stamp_write(const lx_store *st) {
  char name[4200], tmp[4300], text[512];
  snprintf(name, sizeof name, "%s" STAMP_SUFFIX, st->file);
  snprintf(tmp, sizeof tmp, "%s.%ld", name, (long)getpid());
  if (file_stamp(st, text, sizeof text) != 0) return;
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0644);
  if (fd < 0) return;
  size_t len = strlen(text);
  int ok = write(fd, text, len) == (ssize_t)len;
  if (close(fd) != 0) ok = 0;
  if (!ok || rename(tmp, name) != 0) unlink(tmp);
}

static void disconnect(lx_store *st) {
  for (int i = 0; i < S_COUNT; i++) { sqlite3_finalize(st->stmt[i]); st->stmt[i] = NULL; }
  sqlite3_close_v2(st->db);
  st->db = NULL;
}

/* Step the schema forward from its version to STORE_SCHEMA_VERSION, one
** transaction per step.  The version is read again inside each transaction:
** another process may have migrated meanwhile. */
static int migrate(lx_store *st, store_error *err) {
  int version = 0, empty = 0;
  if (check_identity(st, &version, &empty, err) != 0) return -1;
  if (version == STORE_SCHEMA_VERSION) return 0;     /* the usual case: no lock taken */
  for (;;) {
    if (exec_stmt(st, S_BEGIN, "cannot prepare the database", err) != 0) return -1;
    if (check_identity(st, &version, &empty, err) != 0) { rollback(st); return -1; }
    if (version >= STORE_SCHEMA_VERSION) {
      rollback(st);
      return 0;
    }
    /* the step runs on exactly lexgap's schema of its version, as verified
    ** at open but now under the write lock, and must leave exactly the next:
    ** a step that edits sqlite_schema's text (exec_migration) relies on it */
    if (migration_edits_schema[version] && verify_schema(st, version, err) != 0) { rollback(st); return -1; }
    char *msg = NULL;
    int rc = exec_migration(st->db, version, &msg);
    if (rc == SQLITE_OK && migration_edits_schema[version] && verify_schema(st, version + 1, err) != 0) {
      rollback(st);         /* err says why; the database is as it was */
      sqlite3_free(msg);
      return -1;
    }
    if (rc == SQLITE_OK && migration_fills[version] && migration_fills[version](st, err) != 0) {
      rollback(st);         /* err says why; the database is as it was */
      sqlite3_free(msg);
      return -1;
    }
    if (rc == SQLITE_OK) {
      char sql[64];
      snprintf(sql, sizeof sql, "PRAGMA user_version = %d", version + 1);
      rc = sqlite3_exec(st->db, sql, NULL, NULL, &msg);
    }
    if (rc == SQLITE_OK) rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK) {
      char what[96];
      snprintf(what, sizeof what, "cannot upgrade the database schema to version %d", version + 1);
      sql_fail(st, st->db, rc, what, err);
      rollback(st);
      return -1;
    }
  }
}

/* A writer killed during the database's first transaction (before the switch
** to WAL) leaves a hot rollback journal beside it.  Only a read-write
** connection can roll it back (SQLite does so on the first read); a read-only
** one fails with SQLITE_READONLY_ROLLBACK, and the store would stay unusable.
** So the journal is rolled back first, restoring the last committed state,
** which the read-only examination then checks like any file.  A journal
** beside a file another process is still writing in its first transaction
** is that writer's, not hot: the store is then busy (after the timeout),
** like any other wait for a writer.  Returns 0, or -1 with err filled (busy,
** or no write access to roll it back). */
static int roll_back_hot_journal(lx_store *st, store_error *err) {
  char journal[4200];
  struct stat jbuf;
  snprintf(journal, sizeof journal, "%s-journal", st->file);
  if (stat(journal, &jbuf) != 0 || !S_ISREG(jbuf.st_mode) || jbuf.st_size == 0) return 0;
  if (db_connect(st, SQLITE_OPEN_READWRITE, err) != 0) return -1;
  int rc = sqlite3_exec(st->db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
    /* a live writer holds the file (its first transaction, still in rollback
    ** mode): the journal is its own, not hot; busy, as any other wait */
    sql_fail(st, st->db, rc, "cannot open the database", err);
    disconnect(st);
    return -1;
  }
  if (rc != SQLITE_OK) {
    fail(err, (rc & 0xff) == SQLITE_READONLY ? STORE_READONLY : STORE_ERROR,
         "%s: a write was interrupted and must be rolled back first, which needs write access (%s)",
         st->path, sqlite3_errmsg(st->db));
    disconnect(st);
    return -1;
  }
  disconnect(st);
  return 0;
}

/* st->file, the file store_open examines and SQLite opens: st->path, or,
** when its last component is a symbolic link, the file that link resolves
** to (realpath).  SQLite (unixFullPathname) resolves such a link and keeps
** its -wal, -shm and -journal beside the target, so the side files, the
** directory that must be writable and the stamp are the target's: examined
** under the link's name they were other files (a WAL of committed runs
** beside the target, a read-only directory of the link: the store was read
** as immutable without its log).  A link whose target does not exist, or
** that cannot be resolved, is refused naming it, before anything is read
** or made (SQLite would create the target).  A link in a directory of the
** path is the kernel's and SQLite's alike (the same side files): left as
** written.  0, or -1 with err set. */
static int resolve_file(lx_store *st, store_error *err) {
  struct stat lb;
  if (lstat(st->path, &lb) != 0 || !S_ISLNK(lb.st_mode)) {
    st->file = strdup(st->path);
    return st->file ? 0 : fail(err, STORE_NOMEM, "out of memory");
  }
  st->file = realpath(st->path, NULL);
  if (st->file) return 0;
  int e = errno;
  if (e == ENOMEM) return fail(err, STORE_NOMEM, "out of memory");
  return fail(err, e == ENOENT ? STORE_NOTFOUND : STORE_ERROR,
              "cannot use %s as the database: it is a symbolic link %s%s%s; nothing was read or made", st->path,
              e == ENOENT ? "to nothing (its target does not exist)" : "that cannot be resolved (",
              e == ENOENT ? "" : strerror(e), e == ENOENT ? "" : ")");
}

/* The length of file's full path, the current directory and the links of
** its longest part that exists resolved (realpath), the rest as written. */
static size_t resolved_length(const char *file) {
  char part[4200];
  snprintf(part, sizeof part, "%s", file);
  size_t rest = 0;
  for (;;) {
    char *real = realpath(part, NULL);
    if (real) { size_t n = strlen(real) + rest; free(real); return n; }
    char *up = strrchr(part, '/');
    if (!up || up == part) {
      char cwd[4200];
      size_t base = up ? 0 : getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
      return base + strlen(file) + (up ? 0 : 1);
    }
    rest = strlen(file) - (size_t)(up - part);
    *up = '\0';
  }
}

/* 0 when SQLite can name st->file: its default VFS makes the name absolute,
** following every symbolic link on the way, into at most mxPathname bytes
** (512 on Unix), and refuses to open a longer one.  Checked before anything
** is read or made, so that a path it would refuse leaves no directory behind
** (make_parent_dirs runs before the open) and is refused saying why, not
** with SQLite's "cannot open" naming a missing file. */
static int check_sqlite_can_name(const lx_store *st, const char *path, store_error *err) {
  char name[4200];
  sqlite3_vfs *vfs = sqlite3_vfs_find(NULL);
  if (!vfs) return fail(err, STORE_ERROR, "cannot open %s: SQLite has no file system layer", path);
  char *full = malloc((size_t)vfs->mxPathname + 1);
  if (!full) return fail(err, STORE_NOMEM, "out of memory");
  int rc = store_sqlite_name(st->file, name, sizeof name) != 0 ? SQLITE_CANTOPEN
         : vfs->xFullPathname(vfs, name, vfs->mxPathname + 1, full);
  free(full);
  if ((rc & 0xff) == SQLITE_OK) return 0;   /* SQLITE_OK_SYMLINK too: a link was followed */
  size_t len = resolved_length(st->file);
  if (len > (size_t)vfs->mxPathname)
    return fail(err, STORE_ERROR, "cannot use %s as the database: SQLite cannot name it (its full path, with the "
                "current directory and every symbolic link resolved, is %zu bytes long and must fit in %d); "
                "nothing was read or made", path, len, vfs->mxPathname);
  return fail(err, STORE_ERROR, "cannot use %s as the database: SQLite cannot make its full path (every symbolic "
              "link on it must be followed); nothing was read or made", path);
}

/* 0 when the file system lets the path be looked up: the first error of
** the lookup other than "not found" (a component that is no directory, a
** directory that cannot be searched, a loop of links) is reported as
** store_open's own stat would: "cannot open PATH: why". */
static int check_lookup(const lx_store *st, const char *path, store_error *err) {
  struct stat sb;
  if (lstat(st->file, &sb) == 0 || errno == ENOENT) return 0;
  return fail(err, STORE_ERROR, "cannot open %s: %s", path, strerror(errno));
}

/* 0 when the last component of path leaves room, within the longest name
** its directory's file system allows (pathconf _PC_NAME_MAX of the nearest
** directory of the path that exists; NAME_MAX when none answers), for the
** longest name made beside the database: the integrity stamp's temporary
** file, STAMP_SUFFIX "." and a process id (7 digits at most: Linux's
** PID_MAX_LIMIT is 4194304).  A longer name would be refused by the open,
** after the whole assessment, or leave every save without its stamp. */
#define SIDE_SUFFIX_MAX (sizeof STAMP_SUFFIX - 1 + 1 + 7)
static int check_name_length(const char *path, store_error *err) {
  char dir[4200];
  const char *slash = strrchr(path, '/');
  const char *last = slash ? slash + 1 : path;
  size_t len = strlen(last);
  if (slash) snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
  else snprintf(dir, sizeof dir, ".");
  long name_max = -1;
  for (;;) {
    errno = 0;
    name_max = pathconf(dir, _PC_NAME_MAX);
    if (name_max > 0 || errno == 0) break;   /* errno 0: no limit */
    char *up = strrchr(dir, '/');
    if (!up) { if (strcmp(dir, ".") == 0) break; snprintf(dir, sizeof dir, "."); continue; }
    if (up == dir) { if (dir[1] == '\0') break; dir[1] = '\0'; continue; }
    *up = '\0';
  }
  if (name_max == -1 && errno != 0) name_max = NAME_MAX;
  if (name_max <= 0 || len + SIDE_SUFFIX_MAX <= (size_t)name_max) return 0;
  return fail(err, STORE_ERROR, "cannot use %s as the database: its file name is %zu bytes long; it may be at most "
              "%zu (the file system takes names of %ld bytes, and lexgap adds up to %zu to it for the files it keeps "
              "beside the database); nothing was read or made", path, len, (size_t)name_max - SIDE_SUFFIX_MAX,
              name_max, SIDE_SUFFIX_MAX);
}

/* The checks of st->path that need nothing read from the database nor
** anything made: it names a file, a link at its end resolves (st->file
** set), SQLite can name the file.  0, or -1 with err set. */
static int check_path(lx_store *st, store_error *err) {
  if (check_names_file(st->path, err) != 0 || resolve_file(st, err) != 0) return -1;
  if (check_lookup(st, st->path, err) != 0) return -1;
  return check_sqlite_can_name(st, st->path, err);
}

/* What a save would refuse of the directory: a database that exists must be
** in a directory that can be written (SQLite keeps its write-ahead log
** there); a new one must have a name that leaves room for its side files
** (check_name_length: a database that exists under a longer name, made by
** another program or an older lexgap, is still read and written, its
** stamp only not kept), and its directories be made without a ".." after
** one that does not exist (check_parent_dirs).  0, or -1 with err set. */
static int check_save_dir(const lx_store *st, int exists, store_error *err) {
  if (!exists) return check_name_length(st->file, err) != 0 ? -1 : check_parent_dirs(st->path, err);
  if (!needs_dir_access(st->file)) return 0;
  int link = strcmp(st->file, st->path) != 0;
  return fail(err, STORE_READONLY, "cannot write in the directory of %s%s%s%s (SQLite keeps its write-ahead log "
              "there): %s; nothing was written", st->path, link ? " (a symbolic link to " : "", link ? st->file : "",
              link ? ")" : "", strerror(EACCES));
}

int store_check_path(const char *path, store_error *err) {
  lx_store st = { 0 };
  err->rc = STORE_OK;
  err->message[0] = '\0';
  if (!(st.path = strdup(path))) return fail(err, STORE_NOMEM, "out of memory");
  struct stat sb;
  int rc = check_path(&st, err);
  if (rc == 0) rc = check_save_dir(&st, stat(st.file, &sb) == 0, err);
  free(st.file);
  free(st.path);
  return rc;
}

int store_open(lx_store **out, const char *path, store_mode mode, store_error *err) {
  int rc = 0, version = 0, empty = 1;
  struct stat sbuf;
  *out = NULL;
  err->rc = STORE_OK;
  err->message[0] = '\0';
  lx_store *st = calloc(1, sizeof *st);
  if (!st || !(st->path = strdup(path))) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  st->expected_version = -1;
  const char *tmo = getenv("LEXGAP_DB_TIMEOUT");
  long ms = tmo && *tmo ? strtol(tmo, NULL, 10) : STORE_BUSY_TIMEOUT_MS;   /* not atoi: no overflow */
  st->timeout_ms = ms < 0 ? 0 : ms > 3600000 ? 3600000 : (int)ms;

  if ((rc = check_path(st, err)) != 0) goto done;
  int exists = stat(st->file, &sbuf) == 0;
  if (!exists && errno != ENOENT) { rc = fail(err, STORE_ERROR, "cannot open %s: %s", path, strerror(errno)); goto done; }
  if (exists && !S_ISREG(sbuf.st_mode)) { rc = fail(err, STORE_NOTADB, "%s is not a regular file", path); goto done; }
  if (!exists && mode == STORE_READ) {
    rc = fail(err, STORE_NOTFOUND, "no database at %s yet (lexgap assess --save creates it)", path);
    goto done;
  }
  /* An existing file is examined through a read-only connection first, so
  ** that a file we refuse is never written, not even by SQLite itself. */
  if (exists && sbuf.st_size > 0) {
    if ((rc = check_header(st->file, path, err)) != 0) goto done;
    if ((rc = roll_back_hot_journal(st, err)) != 0) goto done;
    if ((rc = db_connect(st, SQLITE_OPEN_READONLY, err)) != 0) goto done;
    /* one read transaction: the version and the schema from one snapshot,
    ** even while another process migrates the file */
    sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL);
    rc = check_identity(st, &version, &empty, err);
    if (rc == 0) rc = verify_schema(st, version, err);
    sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
    disconnect(st);
    if (rc != 0) goto done;
  }
  if (mode == STORE_READ && empty) {
    rc = fail(err, STORE_NOTFOUND, "no run saved in %s yet", path);
    goto done;
  }
  if (mode == STORE_WRITE && (rc = check_save_dir(st, exists, err)) != 0) goto done;
  if (mode == STORE_WRITE && !exists && (rc = make_parent_dirs(path, err)) != 0) goto done;
  int flags = mode == STORE_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            : version < STORE_SCHEMA_VERSION ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if ((rc = db_connect(st, flags, err)) != 0) goto done;
  int must_write = mode == STORE_WRITE || version < STORE_SCHEMA_VERSION;
  if (must_write && sqlite3_db_readonly(st->db, "main") == 1) {
    rc = fail(err, STORE_READONLY, "%s is read-only%s; nothing was written", path,
              mode == STORE_READ ? " and its schema must be upgraded by a lexgap that can write it" : "");
    goto done;
  }
  if (sqlite3_exec(st->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK) {
    rc = sql_fail(st, st->db, sqlite3_errcode(st->db), "cannot open the database", err);
    goto done;
  }
  if (mode == STORE_WRITE) {
    /* WAL: readers never block the writer; a crash never leaves a hot
    ** journal to roll back.  Persistent once set.  While several processes
    ** create the same new file, SQLite may answer SQLITE_BUSY here without
    ** calling the busy handler (it would risk a deadlock), so the switch is
    ** retried, with short sleeps, for as long as the busy timeout allows. */
    int src = SQLITE_OK, wal = 0, waited_ms = 0;
    for (;;) {
      src = SQLITE_OK;
      for (int k = 0; k < 2 && !wal && (src == SQLITE_OK || src == SQLITE_ROW || src == SQLITE_DONE); k++) {
        sqlite3_stmt *s = NULL;      /* read the mode first: setting it takes a lock */
        src = sqlite3_prepare_v2(st->db, k == 0 ? "PRAGMA journal_mode" : "PRAGMA journal_mode = WAL", -1, &s, NULL);
        if (src == SQLITE_OK) src = sqlite3_step(s);
        wal = src == SQLITE_ROW && sqlite3_column_text(s, 0) &&
              strcmp((const char *)sqlite3_column_text(s, 0), "wal") == 0;
        sqlite3_finalize(s);
      }
      if (wal || (src & 0xff) != SQLITE_BUSY || waited_ms >= st->timeout_ms) break;
      sqlite3_sleep(20);
      waited_ms += 20;
    }
    if (!wal) {
      if (src == SQLITE_ROW || src == SQLITE_DONE) src = SQLITE_CANTOPEN;
      rc = sql_fail(st, st->db, src, "cannot open the database", err);
      goto done;
    }
  }
  if (must_write) rc = migrate(st, err);
done:
  if (rc != 0) {
    if (st) { if (st->db) disconnect(st); schema_list_free(&st->expected); free(st->path); free(st->file); free(st); }
    return -1;
  }
  *out = st;
  return 0;
}

void store_close(lx_store *st) {
  if (!st) return;
  disconnect(st);
  if (st->checked_save) stamp_write(st);   /* the log is in the file now */
  schema_list_free(&st->expected);
  free(st->path);
  free(st->file);
  free(st);
}

const char *store_filename(const lx_store *st) { return st->path; }

struct sqlite3 *store_handle(lx_store *st) { return st->db; }

int store_full_checks(const lx_store *st) { return st->full_checks; }

/* ---------------------------------------------------------------------- */
/* Rule set hash                                                           */
/* ---------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append to *list the .lua files directly in dir/sub (as "sub/name"). */
static int list_lua(const char *dir, const char *sub, char ***list, size_t *n, size_t *cap) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, sub);
  DIR *d = opendir(path);
  if (!d) return 0;
  int rc = 0;
  struct dirent *e;
  while (rc == 0 && (e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (e->d_name[0] == '.' || l <= 4 || strcmp(e->d_name + l - 4, ".lua") != 0) continue;
    char full[4400];
    struct stat sb;
    snprintf(full, sizeof full, "%s/%s", path, e->d_name);
    if (stat(full, &sb) != 0 || !S_ISREG(sb.st_mode)) continue;
    char rel[4400];
    snprintf(rel, sizeof rel, "%s/%s", sub, e->d_name);
    if (grow((void **)list, cap, *n + 1, sizeof **list) != 0 || !((*list)[*n] = strdup(rel))) rc = -1;
    else (*n)++;
  }
  closedir(d);
  return rc;
}

static int hash_file(sha256_ctx *c, const char *dir, const char *rel, store_error *err) {
  char path[8400];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  char why[256];
  size_t size = 0;
  char *body = infile_read(path, DATA_MAX_BYTES, &size, why, sizeof why);
  if (!body) return fail(err, STORE_ERROR, "cannot read %s: %s", path, why);
  unsigned char len[8];
  uint64_t n = size;
  for (int i = 0; i < 8; i++) len[i] = (unsigned char)(n >> (56 - 8 * i));
  sha256_update(c, rel, strlen(rel) + 1);
  sha256_update(c, len, 8);
  sha256_update(c, body, size);
  free(body);
  return 0;
}

int store_ruleset_hash(const lx_ruleset *rs, char out[65], store_error *err) {
  char **files = NULL;
  size_t n = 0, cap = 0;
  int rc = 0;
  sha256_ctx c;
  if (grow((void **)&files, &cap, 1, sizeof *files) != 0 || !(files[0] = strdup("schema.lua"))) {
    rc = fail(err, STORE_NOMEM, "out of memory");
    goto done;
  }
  n = 1;
  rc = list_lua(rs->dir, "schema", &files, &n, &cap);
  for (size_t i = 0; rc == 0 && i < rs->ninstruments; i++) rc = list_lua(rs->dir, rs->instruments[i].id, &files, &n, &cap);
  if (rc != 0) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  qsort(files, n, sizeof *files, cmp_str);
  sha256_init(&c);
  for (size_t i = 0; rc == 0 && i < n; i++) rc = hash_file(&c, rs->dir, files[i], err);
  if (rc == 0) sha256_hex(&c, out);
done:
  for (size_t i = 0; i < n; i++) free(files[i]);
  free(files);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Saving                                                                  */
/* ---------------------------------------------------------------------- */

static const char *const binding_names[] = { "bound", "not_bound", "prospective", "good_practice" };

/* The id of the rule set row for rs with this hash, inserted with its
** instruments and rules when new. */
static int save_ruleset(lx_store *st, const lx_ruleset *rs, const char *hash, long long *id, store_error *err) {
  const char *what = "cannot save";
  sqlite3_stmt *s = prep(st, S_RULESET_FIND, err);
  if (!s) return -1;
  sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, rs->dir, -1, SQLITE_STATIC);
  int rc = step(st, s, what, err);
  if (rc == SQLITE_ROW) { *id = sqlite3_column_int64(s, 0); sqlite3_reset(s); return 0; }
  sqlite3_reset(s);
  if (rc < 0) return -1;
  if (!(s = prep(st, S_RULESET_INS, err))) return -1;
  sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, rs->dir, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, (sqlite3_int64)rs->n);
  if (step(st, s, what, err) < 0) return -1;
  sqlite3_reset(s);
  *id = sqlite3_last_insert_rowid(st->db);
  for (size_t i = 0; i < rs->ninstruments; i++) {
    const lx_instrument *ins = &rs->instruments[i];
    if (!(s = prep(st, S_INSTRUMENT_INS, err))) return -1;
    sqlite3_bind_int64(s, 1, *id);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
    sqlite3_bind_text(s, 3, ins->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, ins->kind, -1, SQLITE_STATIC);
    bind_text3(s, 5, &ins->title);
    bind_text3(s, 8, &ins->short_name);
    sqlite3_bind_text(s, 11, ins->file, -1, SQLITE_STATIC);
    char why[256];               /* the descriptor, so that a run shows its clusters again */
    size_t dlen = 0;
    char *desc = ins->file ? infile_read(ins->file, DATA_MAX_BYTES, &dlen, why, sizeof why) : NULL;
    if (desc) sqlite3_bind_blob(s, 12, desc, (int)dlen, SQLITE_STATIC);
    int src = step(st, s, what, err);
    free(desc);
    if (src < 0) return -1;
  }
  for (size_t i = 0; i < rs->n; i++) {
    const lx_rule *r = &rs->rules[i];
    char article[32] = "";
    if (r->ref) lx_ref_article(r->ref, article, sizeof article);
    if (!(s = prep(st, S_RULE_INS, err))) return -1;
    sqlite3_bind_int64(s, 1, *id);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
    sqlite3_bind_text(s, 3, r->id ? r->id : "?", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, r->ref, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, r->clause, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, r->instrument, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 7, article[0] ? article : NULL, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 8, lx_level_name(r->level), -1, SQLITE_STATIC);
    bind_text3(s, 9, &r->title);
    sqlite3_bind_text(s, 12, r->category, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 13, r->cluster);
    bind_text3(s, 14, &r->text);
    sqlite3_bind_text(s, 17, r->file, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 18, r->line);
    sqlite3_bind_text(s, 19, r->invalid, -1, SQLITE_STATIC);
    if (step(st, s, what, err) < 0) return -1;
    for (int k = 0; k < 2; k++) {
      char **v = k == 0 ? r->depends : r->covers;
      int nv = k == 0 ? r->ndepends : r->ncovers;
      for (int j = 0; j < nv; j++) {
        if (!(s = prep(st, S_LINK_INS, err))) return -1;
        sqlite3_bind_int64(s, 1, *id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        sqlite3_bind_text(s, 3, k == 0 ? "depends" : "covers", -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 4, j);
        sqlite3_bind_text(s, 5, v[j], -1, SQLITE_STATIC);
        if (step(st, s, what, err) < 0) return -1;
      }
    }
    for (int j = 0; j < r->nserves; j++) {
      if (!(s = prep(st, S_SERVES_INS, err))) return -1;
      sqlite3_bind_int64(s, 1, *id);
      sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
      sqlite3_bind_int(s, 3, j);
      sqlite3_bind_text(s, 4, r->serves[j], -1, SQLITE_STATIC);
      if (step(st, s, what, err) < 0) return -1;
    }
  }
  return 0;
}

static int save_profile(lx_store *st, const store_item *it, const char *hash, long long *id, store_error *err) {
  const char *what = "cannot save";
  sqlite3_stmt *s = prep(st, S_PROFILE_INS, err);
  if (!s) return -1;
  sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_blob(s, 2, it->profile_src ? it->profile_src : "", (int)it->profile_len, SQLITE_STATIC);
  if (step(st, s, what, err) < 0) return -1;
  if (!(s = prep(st, S_PROFILE_FIND, err))) return -1;
  sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
  int rc = step(st, s, what, err);
  if (rc == SQLITE_ROW) *id = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) return fail(err, STORE_ERROR, "cannot save: the profile row vanished");
  return rc < 0 ? -1 : 0;
}

static int save_finding(lx_store *st, long long run, size_t seq, const lx_ruleset *rs, const lx_finding *f,
                        store_error *err) {
  const char *what = "cannot save";
  const lx_rule *r = f->rule;
  char article[32] = "";
  if (r->ref) lx_ref_article(r->ref, article, sizeof article);
  sqlite3_stmt *s = prep(st, S_FINDING_INS, err);
  if (!s) return -1;
  sqlite3_bind_int64(s, 1, run);
  sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
  sqlite3_bind_int64(s, 3, (sqlite3_int64)(r - rs->rules));
  sqlite3_bind_text(s, 4, r->id ? r->id : "?", -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, r->ref, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 6, r->instrument, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 7, article[0] ? article : NULL, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, lx_level_name(r->level), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 9, lx_status_name(f->status), -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 10, lx_is_gap(r->level, f->status));
  bind_text3(s, 11, &f->explanation);
  sqlite3_bind_text(s, 14, f->option_id, -1, SQLITE_STATIC);
  bind_text3(s, 15, &f->option);
  sqlite3_bind_text(s, 18, f->error_file, -1, SQLITE_STATIC);
  if (f->status == LX_ERROR) sqlite3_bind_int(s, 19, f->error_line);
  sqlite3_bind_text(s, 20, f->error_message, -1, SQLITE_STATIC);
  if (step(st, s, what, err) < 0) return -1;
  for (int i = 0; i < f->nmissing; i++) {
    if (!(s = prep(st, S_MISSING_INS, err))) return -1;
    sqlite3_bind_int64(s, 1, run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
    sqlite3_bind_int(s, 3, i);
    bind_text3(s, 4, &f->missing[i]);
    if (step(st, s, what, err) < 0) return -1;
  }
  for (int i = 0; i < f->nquestions; i++) {
    if (!(s = prep(st, S_QUESTION_INS, err))) return -1;
    sqlite3_bind_int64(s, 1, run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
    sqlite3_bind_int(s, 3, i);
    sqlite3_bind_text(s, 4, f->questions[i].fact, -1, SQLITE_STATIC);
    bind_text3(s, 5, &f->questions[i].text);
    if (step(st, s, what, err) < 0) return -1;
  }
  for (int i = 0; i < f->nevidence; i++) {
    const lx_evidence *e = &f->evidence[i];
    if (!(s = prep(st, S_EVIDENCE_INS, err))) return -1;
    sqlite3_bind_int64(s, 1, run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
    sqlite3_bind_int(s, 3, i);
    sqlite3_bind_text(s, 4, e->fact, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, e->label, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, e->source, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 7, e->url, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 8, e->note, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 9, e->from, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 10, e->repealed, -1, SQLITE_STATIC);
    if (step(st, s, what, err) < 0) return -1;
  }
  return 0;
}

/* The ratings as they were derived at save time (history and matrix show
** them; show derives them again from the findings). */
static int save_ratings(lx_store *st, long long run, const lx_assessment *a, store_error *err) {
  static const char *const scopes[] = { "instrument", "cluster", "article" };
  lx_rating *list = NULL;
  size_t n = rating_compute(a, &list);
  int rc = 0;
  if (a->n && !list) return fail(err, STORE_NOMEM, "out of memory");
  for (size_t i = 0; rc == 0 && i < n; i++) {
    const lx_rating *r = &list[i];
    sqlite3_stmt *s = prep(st, S_RATING_INS, err);
    if (!s) { rc = -1; break; }
    sqlite3_bind_int64(s, 1, run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
    sqlite3_bind_text(s, 3, scopes[r->scope], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, r->instrument, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, r->key, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, rating_grade_name(r->grade), -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 7, r->major);
    sqlite3_bind_int(s, 8, r->moderate);
    sqlite3_bind_int(s, 9, r->minor);
    sqlite3_bind_int(s, 10, r->unknown);
    sqlite3_bind_int(s, 11, r->errors);
    sqlite3_bind_int(s, 12, r->rated);
    sqlite3_bind_int(s, 13, rating_settled(r));
    if (r->scope == SCOPE_ARTICLE) {
      sqlite3_bind_null(s, 14);
      sqlite3_bind_null(s, 15);
    } else {
      sqlite3_bind_int(s, 14, rating_articles_applicable(r));
      sqlite3_bind_int(s, 15, rating_articles_rated(r));
    }
    sqlite3_bind_int(s, 16, r->withheld ? 1 : 0);
    if (step(st, s, "cannot save", err) < 0) rc = -1;
  }
  rating_free(list, n);
  return rc;
}

/* ---- What matrix --by obligation shows of a run (schema version 6) ---- */

/* An obligation list (obligation_list.entries) names, for each distinct
** (instrument, rule id) among a run's findings, in the order of
** S_OBLIGATION_FINDINGS: a byte, 1 when the instrument is given (0 for
** NULL), then the instrument's length (LEB128) and bytes when given, then
** the rule id's length and bytes.  A run's cells (obligation_tally.cells)
** are one byte per entry of its list, in the same order: the finding's
** status (lx_status, or CELL_NO_STATUS for a text that is none) and
** CELL_GAP when it is a gap.  Runs of one rule set name the same list,
** kept once. */
#define CELL_STATUS 0x07
#define CELL_NO_STATUS 0x07
#define CELL_GAP 0x08

static void put_bytes(strbuf *b, const void *p, size_t n) {
  size_t v = n;
  do {
    sb_putc(b, (char)((v & 0x7f) | (v > 0x7f ? 0x80 : 0)));
    v >>= 7;
  } while (v);
  sb_putn(b, p, n);
}

/* The next length-prefixed field of an entry list at *p (before end):
** *out and *n, *p moved past it; -1 when the list ends inside it. */
static int get_bytes(const unsigned char **p, const unsigned char *end, const char **out, size_t *n) {
  size_t v = 0;
  for (int shift = 0;; shift += 7) {
    if (*p == end || shift > 56) return -1;
    unsigned char c = *(*p)++;
    v |= (size_t)(c & 0x7f) << shift;
    if (!(c & 0x80)) break;
  }
  if ((size_t)(end - *p) < v) return -1;
  *out = (const char *)*p;
  *n = v;
  *p += v;
  return 0;
}

/* Does column i of s hold the bytes at prev (prev_n of them; NULL when
** prev_null)? */
static int same_column(sqlite3_stmt *s, int i, const char *prev, size_t prev_n, int prev_null) {
  if (sqlite3_column_type(s, i) == SQLITE_NULL) return prev_null;
  const void *v = sqlite3_column_blob(s, i);
  size_t n = (size_t)sqlite3_column_bytes(s, i);
  return !prev_null && n == prev_n && (n == 0 || memcmp(v, prev, n) == 0);
}

/* Append column i of s to b, length first; where its bytes start in b. */
static size_t put_column(strbuf *b, sqlite3_stmt *s, int i, size_t *n) {
  const void *v = sqlite3_column_blob(s, i);
  *n = (size_t)sqlite3_column_bytes(s, i);
  put_bytes(b, v ? v : "", *n);
  return b->len - *n;
}

/* The id of the obligation list holding entries (n bytes), added when no
** run named it yet. */
static int obligation_list_id(lx_store *st, const char *entries, size_t n, const char *what, long long *id,
                              store_error *err) {
  char hash[65];
  sha256_of(entries, n, hash);
  sqlite3_stmt *s = prep(st, S_OBLIGATION_LIST_INS, err);
  if (!s) return -1;
  sqlite3_bind_text(s, 1, hash, 64, SQLITE_STATIC);
  sqlite3_bind_blob(s, 2, n ? entries : "", (int)n, SQLITE_STATIC);
  if (step(st, s, what, err) < 0) return -1;
  if (!(s = prep(st, S_OBLIGATION_LIST_FIND, err))) return -1;
  sqlite3_bind_text(s, 1, hash, 64, SQLITE_STATIC);
  sqlite3_bind_blob(s, 2, n ? entries : "", (int)n, SQLITE_STATIC);
  int rc = step(st, s, what, err);
  if (rc < 0) return -1;
  int same = rc == SQLITE_ROW && sqlite3_column_int(s, 1);
  *id = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (!same) return fail(err, STORE_ERROR, "%s: an obligation list of %s holds other entries under the same hash",
                         what, st->path);
  return 0;
}

/* Lay out what matrix --by obligation shows of run, from its findings as
** they are written, in the transaction open: its obligation list and its
** cells (obligation_tally).  A save calls it for each run; the migration to
** schema version 6, for every run saved before. */
static int tally_obligations(lx_store *st, long long run, const char *what, store_error *err) {
  strbuf entries, cells;
  size_t ins_at = 0, ins_n = 0, id_at = 0, id_n = 0;   /* the last entry's fields in entries */
  int ins_null = 0, rc = 0, src;
  long long list = 0;
  sqlite3_stmt *s = prep(st, S_OBLIGATION_FINDINGS, err);
  if (!s) return -1;
  sb_init(&entries);
  sb_init(&cells);
  sqlite3_bind_int64(s, 1, run);
  while ((src = step(st, s, what, err)) == SQLITE_ROW) {
    int status = status_of(s, 2);
    char cell = (char)((status >= 0 ? status : CELL_NO_STATUS) | (sqlite3_column_int(s, 3) ? CELL_GAP : 0));
    if (cells.len && same_column(s, 0, entries.s + ins_at, ins_n, ins_null) &&
        same_column(s, 1, entries.s + id_at, id_n, 0)) {
      cells.s[cells.len - 1] = cell;    /* the same obligation again: the last one counts */
      continue;
    }
    ins_null = sqlite3_column_type(s, 0) == SQLITE_NULL;
    sb_putc(&entries, ins_null ? 0 : 1);
    if (!ins_null) ins_at = put_column(&entries, s, 0, &ins_n);
    id_at = put_column(&entries, s, 1, &id_n);
    sb_putc(&cells, cell);
    if (sb_failed(&entries) || sb_failed(&cells)) { src = SQLITE_NOMEM; break; }
  }
  sqlite3_reset(s);
  if (src == SQLITE_NOMEM) rc = fail(err, STORE_NOMEM, "out of memory");
  else if (src < 0) rc = -1;
  if (rc == 0) rc = obligation_list_id(st, entries.s, entries.len, what, &list, err);
  if (rc == 0 && (s = prep(st, S_OBLIGATION_TALLY_INS, err)) == NULL) rc = -1;
  if (rc == 0) {
    sqlite3_bind_int64(s, 1, run);
    sqlite3_bind_int64(s, 2, list);
    sqlite3_bind_blob(s, 3, cells.len ? cells.s : "", (int)cells.len, SQLITE_STATIC);
    if (step(st, s, what, err) < 0) rc = -1;
  }
  sb_free(&entries);
  sb_free(&cells);
  return rc;
}

/* Migration to schema version 6: every run saved before laid out by
** tally_obligations, as its save would have. */
static int tally_every_run(lx_store *st, store_error *err) {
  const char *what = "cannot upgrade the database schema to version 6";
  long long *ids = NULL;
  size_t n = 0, cap = 0;
  int src, rc = 0;
  sqlite3_stmt *s = prep(st, S_RUN_IDS, err);
  if (!s) return -1;
  while ((src = step(st, s, what, err)) == SQLITE_ROW)
    if (grow((void **)&ids, &cap, n + 1, sizeof *ids) != 0) { src = SQLITE_NOMEM; break; }
    else ids[n++] = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (src == SQLITE_NOMEM) rc = fail(err, STORE_NOMEM, "out of memory");
  else if (src < 0) rc = -1;
  for (size_t i = 0; rc == 0 && i < n; i++) rc = tally_obligations(st, ids[i], what, err);
  free(ids);
  return rc;
}

/* What history and matrix show of run, counted from its findings and
** ratings just written, in the same transaction (run_tally, article_tally,
** obligation_tally). */
static int save_tallies(lx_store *st, long long run, store_error *err) {
  static const stmt_id tallies[] = { S_RUN_TALLY_INS, S_ARTICLE_TALLY_INS };
  for (size_t i = 0; i < sizeof tallies / sizeof *tallies; i++) {
    sqlite3_stmt *s = prep(st, tallies[i], err);
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, run);
    if (step(st, s, "cannot save", err) < 0) return -1;
  }
  return tally_obligations(st, run, "cannot save", err);
}

static int save_run(lx_store *st, const store_item *it, const char *created, long long ruleset_id,
                    long long profile_id, long long *run, store_error *err) {
  const char *what = "cannot save";
  const lx_assessment *a = it->a;
  const lx_profile *p = a->profile;
  sqlite3_stmt *s = prep(st, S_RUN_INS, err);
  if (!s) return -1;
  sqlite3_bind_text(s, 1, created, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, a->as_of, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, LX_VERSION, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 4, ruleset_id);
  sqlite3_bind_int64(s, 5, profile_id);
  sqlite3_bind_text(s, 6, p->file ? p->file : "", -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 7, p->state_code ? p->state_code : "", -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, p->state_name ? p->state_name : "", -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 9, p->state_name_fr, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 10, p->describes, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 11, it->prospective ? 1 : 0);
  if (step(st, s, what, err) < 0) return -1;
  *run = sqlite3_last_insert_rowid(st->db);
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    const binding *b = &a->bindings[i];
    if (!(s = prep(st, S_BINDING_INS, err))) return -1;
    sqlite3_bind_int64(s, 1, *run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
    sqlite3_bind_text(s, 3, a->rules->instruments[i].id, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, binding_names[b->kind], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, b->since[0] ? b->since : NULL, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, b->reason_en, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 7, b->reason_fr, -1, SQLITE_STATIC);
    if (step(st, s, what, err) < 0) return -1;
  }
  for (size_t i = 0; i < a->n; i++)
    if (save_finding(st, *run, i, a->rules, &a->findings[i], err) != 0) return -1;
  if (save_ratings(st, *run, a, err) != 0) return -1;
  return save_tallies(st, *run, err);
}

static void utc_now(char out[32]) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ---- A batch staged, then saved in one short transaction ---------------- */

/* Why the runs of a batch are staged (assess --save in flat memory, issue
** 13).  The runs of one command are saved all or none, in one transaction;
** holding every assessment in memory until the end cost 0.65 MiB a profile.
** Writing them into the store as they are assessed, in one transaction
** opened before the first, would hold the store's write lock for the whole
** batch (minutes for every State), and any other save waiting on it fails
** after the busy timeout (5 s).  So each run is written, as soon as it is
** assessed, by the very functions a save uses (save_ruleset, save_profile,
** save_run: the same rows, the same tallies), into a staging database of
** its own: a file lexgap creates (mkstemp: mode 0600, a name of its own)
** and unlinks as soon as SQLite has it open, so that a process killed
** leaves nothing behind, with no journal (no file beside it) and no sync,
** its page cache bounded by SQLite's default (2 MiB).  It is always a file
** on disk, whatever temp_store the system's SQLite was compiled with: an
** empty name would be a database in memory on some builds.  Memory stays
** flat; the disk holds the runs once more while the batch lasts (about 0.6
** MiB a run, in the directory stage_dir chooses).  At the end,
** store_batch_commit copies the staged rows into the store, row for row, in
** one BEGIN IMMEDIATE transaction, after the same checks as any save: the
** write lock is held for the copy only, no longer than a save of the same
** runs held it before.  Row for row, not INSERT ... SELECT: that needs the
** staging file ATTACHed to the store's connection, that is opened again by
** name, and once unlinked its only name is /proc/self/fd/N, a symbolic link
** SQLite resolves (readlink) to "DIR/lexgap-batch-XXXXXX (deleted)" and
** opens: a name another user may create in a sticky directory, whose file
** the ATTACH would then read (tried with SQLite 3.40; SQLITE_OPEN_NOFOLLOW
** refuses the link instead).  docs/store.md weighs it. */

/* The directory of a batch's staging file: $SQLITE_TMPDIR, else $TMPDIR
** (the first set and not empty), else /var/tmp, else /tmp when /var/tmp is
** missing or cannot be written.  A directory named in the environment is
** never passed over: if it is unusable, the batch fails naming it.  *from
** is the variable that named it, or NULL. */
static const char *stage_dir(const char **from) {
  static const char *const vars[] = { "SQLITE_TMPDIR", "TMPDIR" };
  for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
    const char *d = getenv(vars[i]);
    if (d && *d) { *from = vars[i]; return d; }
  }
  *from = NULL;
  return access("/var/tmp", W_OK | X_OK) == 0 ? "/var/tmp" : "/tmp";
}

/* The rows a run owns, and those a rule set owns, as they are copied: every
** column as staged but the first (run_id, ruleset_id), which takes the id in
** the store, in the order the save wrote them.  The staging database has
** the store's schema exactly (the same migrations), so "SELECT *" and
** "INSERT ... VALUES" of as many columns match column for column.  Run ids
** and the ids of profiles and obligation lists are given by the store, as a
** save gives them (obligation_tally, whose list id is the store's, is
** copied apart: copy_obligations). */
typedef struct {
  const char *table, *key, *order;
} copied_table;

static const copied_table run_tables[] = {
  { "binding", "run_id", "seq" },
  { "finding", "run_id", "seq" },
  { "finding_missing", "run_id", "seq, pos" },
  { "finding_question", "run_id", "seq, pos" },
  { "finding_evidence", "run_id", "seq, pos" },
  { "rating", "run_id", "pos" },
  { "run_tally", "run_id", "run_id" },
  { "article_tally", "run_id", "instrument, article" },
};
static const copied_table ruleset_tables[] = {
  { "instrument", "ruleset_id", "seq" },
  { "rule", "ruleset_id", "seq" },
  { "rule_link", "ruleset_id", "seq, kind, pos" },
  { "rule_serves", "ruleset_id", "seq, pos" },
};
#define NRUN_TABLES (sizeof run_tables / sizeof *run_tables)
#define NRULESET_TABLES (sizeof ruleset_tables / sizeof *ruleset_tables)

/* The columns of S_RUNS_STAGED.  Those from STAGED_PROFILE_FILE on are
** bound as they are, to S_RUN_INS's parameters 6 to 11. */
typedef enum {
  STAGED_ID, STAGED_AS_OF, STAGED_ENGINE, STAGED_RULESET_ID, STAGED_PROFILE_ID,
  STAGED_PROFILE_FILE, STAGED_STATE_CODE, STAGED_STATE_NAME, STAGED_STATE_NAME_FR, STAGED_DESCRIBES,
  STAGED_PROSPECTIVE, STAGED_NCOLS
} staged_col;

struct store_batch {
  lx_store stage;               /* the staging database, written like a store */
  size_t n;                     /* runs staged */
  const lx_ruleset *rules;      /* the rule set of the last run staged (NULL: none yet), */
  long long ruleset_id;         /* its row in the staging database */
  char rules_hash[65];          /* and its hash */
  int broken;                   /* a run could not be staged: the batch can only be freed */
  int committed;                /* its runs are in a store: the batch can only be freed */
};

/* Drop from the staging database every index its schema's SQL made that
** enforces nothing (the store's own keep them for reading): staged rows
** are read back by key only, and written faster without them.  The indexes
** that come with a primary key or a UNIQUE constraint (no SQL), and any
** CREATE UNIQUE INDEX, stay: a row the store refuses as a duplicate,
** staging refuses too (a CHECK constraint is left to the copy into the
** store: store_batch_begin). */
static int drop_made_indexes(sqlite3 *db) {
  sqlite3_stmt *q = NULL;
  strbuf drops;
  sb_init(&drops);
  int rc = sqlite3_prepare_v2(db, "SELECT s.name FROM sqlite_schema s JOIN pragma_index_list(s.tbl_name) l ON l.name = s.name"
                              " WHERE s.type = 'index' AND s.sql IS NOT NULL AND l.\"unique\" = 0", -1, &q,
                              NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    sb_puts(&drops, "DROP INDEX \"");
    for (const char *c = (const char *)sqlite3_column_text(q, 0); c && *c; c++) {
      if (*c == '"') sb_putc(&drops, '"');     /* a quoted identifier's quote, doubled */
      sb_putc(&drops, *c);
    }
    sb_puts(&drops, "\";");
    rc = SQLITE_OK;
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  sqlite3_finalize(q);                          /* the schema is read: now it may change */
  if (rc == SQLITE_OK && sb_failed(&drops)) rc = SQLITE_NOMEM;
  if (rc == SQLITE_OK && drops.len) rc = sqlite3_exec(db, drops.s, NULL, NULL, NULL);
  sb_free(&drops);
  return rc;
}

/* Is dir a directory where no other user can replace the staging file's
** name between mkstemp and SQLite's open of it: owned by the user or by
** root, and, if others may write in it, sticky (as /tmp and /var/tmp are:
** only an entry's owner may rename or remove it).  0, or -1 with why set
** to the reason. */
static int stage_dir_safe(const char *dir, const char **why) {
  struct stat st;
  if (stat(dir, &st) != 0) { *why = strerror(errno); return -1; }
  if (!S_ISDIR(st.st_mode)) { *why = strerror(ENOTDIR); return -1; }
  if (st.st_uid != geteuid() && st.st_uid != 0) {
    *why = "the directory belongs to another user, who could replace the file";
    return -1;
  }
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX)) {
    *why = "others may write in the directory and it is not sticky: they could replace the file";
    return -1;
  }
  return 0;
}

/* The staging file of b, made in dir and opened by SQLite as b->stage.db,
** its name unlinked at once.  The directory must be safe (stage_dir_safe):
** SQLite opens the file again by its name, so no one else may be able to
** put another file, or a link, in its place (and SQLite is told not to
** follow a symbolic link).  The file is named as store_sqlite_name names
** a store's (a relative dir read from "./"), so that a name starting
** "file:" is never taken for a URI.  0, or -1 with err set (naming dir). */
static int stage_open(store_batch *b, const char *dir, store_error *err) {
  char in_dir[PATH_MAX], path[PATH_MAX];
  const char *why;
  if (stage_dir_safe(dir, &why) != 0)
    return fail(err, STORE_READONLY, "cannot save: cannot create %s: %s", b->stage.path, why);
  int n = snprintf(in_dir, sizeof in_dir, "%s/lexgap-batch-XXXXXX", dir);
  if (n < 0 || (size_t)n >= sizeof in_dir || store_sqlite_name(in_dir, path, sizeof path) != 0)
    return fail(err, STORE_ERROR, "cannot save: cannot create %s: the directory's name is too long", b->stage.path);
  int fd = mkstemp(path);                       /* mode 0600, a name no one else has */
  if (fd < 0)
    return fail(err, STORE_READONLY, "cannot save: cannot create %s: %s", b->stage.path, strerror(errno));
  int rc = sqlite3_open_v2(path, &b->stage.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, NULL);
  unlink(path);                                 /* SQLite holds it open: gone with the process, however it ends */
  close(fd);
  if (rc != SQLITE_OK) return sql_fail(&b->stage, b->stage.db, rc, "cannot save", err);
  return 0;
}

int store_batch_begin(store_batch **out, store_error *err) {
  *out = NULL;
  const char *from;
  const char *dir = stage_dir(&from);
  store_batch *b = calloc(1, sizeof *b);
  strbuf name;
  sb_init(&name);
  sb_printf(&name, "the temporary file of the runs being saved (in %s%s%s)", dir, from ? ", from $" : "",
            from ? from : "");
  if (!b || sb_failed(&name)) {
    sb_free(&name);
    free(b);
    return fail(err, STORE_NOMEM, "out of memory");
  }
  b->stage.path = sb_take(&name);
  b->stage.expected_version = -1;
  /* the connection is the batch's alone: no mutex to take on every call */
  if (stage_open(b, dir, err) != 0) {
    store_batch_free(b);
    return -1;
  }
  sqlite3_extended_result_codes(b->stage.db, 1);
  /* nothing to recover: a batch that fails is dropped whole; no journal,
  ** so no file is ever made beside the staging file's vanished name.  No
  ** CHECK constraint either: every staged row is checked once, when it is
  ** copied into the store, by the same constraints (the same migrations),
  ** and a row that fails them fails the commit, all or none.  (Before
  ** schema version 7 they were "x IN (a, b, c)", which SQLite 3.40 checks
  ** by building a temporary table for every row: a 100-profile batch spent
  ** about 0.25 s of user CPU, 17%, on them in staging alone.  Since, they
  ** are a few comparisons a row, still not worth making twice.)  The staging
  ** connection is not in defensive mode: exec_migration runs version 7's
  ** edit of sqlite_schema on it as on any new store. */
  int rc = sqlite3_exec(b->stage.db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                        " PRAGMA ignore_check_constraints = ON", NULL, NULL, NULL);
  for (int k = 0; rc == SQLITE_OK && k < STORE_SCHEMA_VERSION; k++)
    rc = exec_migration(b->stage.db, k, NULL);   /* the store's schema; no row to fill */
  if (rc == SQLITE_OK) rc = drop_made_indexes(b->stage.db);
  if (rc == SQLITE_OK) rc = sqlite3_exec(b->stage.db, "BEGIN", NULL, NULL, NULL);   /* one transaction, never committed */
  if (rc != SQLITE_OK) {
    sql_fail(&b->stage, b->stage.db, rc, "cannot save", err);
    store_batch_free(b);
    return -1;
  }
  *out = b;
  return 0;
}

int store_batch_add(store_batch *b, const store_item *it, store_error *err) {
  if (b->committed) return fail(err, STORE_ERROR, "cannot save: this batch was saved already");
  if (b->broken) return fail(err, STORE_ERROR, "cannot save: a run of this batch could not be staged");
  const char *created = "";     /* given when the batch is committed */
  char phash[65];
  long long profile_id = 0, run = 0;
  int rc = 0;
  if (it->a->rules != b->rules) {
    b->rules = NULL;
    if ((rc = store_ruleset_hash(it->a->rules, b->rules_hash, err)) == 0 &&
        (rc = save_ruleset(&b->stage, it->a->rules, b->rules_hash, &b->ruleset_id, err)) == 0)
      b->rules = it->a->rules;
  }
  sha256_of(it->profile_src ? it->profile_src : "", it->profile_len, phash);
  if (rc == 0) rc = save_profile(&b->stage, it, phash, &profile_id, err);
  if (rc == 0) rc = save_run(&b->stage, it, created, b->ruleset_id, profile_id, &run, err);
  if (rc != 0) b->broken = 1;
  else b->n++;
  return rc;
}

size_t store_batch_count(const store_batch *b) { return b->n; }

/* A statement on db, prepared from the printf-style format; NULL with err
** set (for the store st) when it cannot be. */
static sqlite3_stmt *prepare_sqlf(lx_store *st, sqlite3 *db, store_error *err, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
static sqlite3_stmt *prepare_sqlf(lx_store *st, sqlite3 *db, store_error *err, const char *fmt, ...) {
  char sql[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(sql, sizeof sql, fmt, ap);
  va_end(ap);
  if (n < 0 || (size_t)n >= sizeof sql) {
    fail(err, STORE_ERROR, "cannot save: a statement of the copy is too long (%d bytes)", n);
    return NULL;
  }
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
  if (rc != SQLITE_OK) {
    sql_fail(st, db, rc, "cannot save", err);
    sqlite3_finalize(s);
    return NULL;
  }
  return s;
}

/* The copy of one table (copied_table) between the staging database and
** the store: the staged rows of one key, and their insertion. */
typedef struct {
  sqlite3_stmt *from, *into;
} table_copy;

static void table_copies_free(table_copy *c, size_t n) {
  for (size_t i = 0; i < n; i++) {
    sqlite3_finalize(c[i].from);
    sqlite3_finalize(c[i].into);
  }
}

static int table_copies_prepare(store_batch *b, lx_store *st, const copied_table *t, size_t n, table_copy *c,
                                store_error *err) {
  for (size_t i = 0; i < n; i++) {
    if (!(c[i].from = prepare_sqlf(&b->stage, b->stage.db, err, "SELECT * FROM %s WHERE %s = ?1 ORDER BY %s",
                                   t[i].table, t[i].key, t[i].order))) return -1;
    char values[256] = "?1";
    size_t used = strlen(values);
    for (int k = 2; k <= sqlite3_column_count(c[i].from); k++) {
      int wrote = snprintf(values + used, sizeof values - used, ", ?%d", k);
      if (wrote < 0 || (size_t)wrote >= sizeof values - used)
        return fail(err, STORE_ERROR, "cannot save: the table %s has too many columns to copy", t[i].table);
      used += (size_t)wrote;
    }
    if (!(c[i].into = prepare_sqlf(st, st->db, err, "INSERT INTO %s VALUES (%s)", t[i].table, values))) return -1;
  }
  return 0;
}

/* Copy the rows staged under key from into the store under key to. */
static int copy_rows(store_batch *b, lx_store *st, table_copy *c, long long from, long long to, store_error *err) {
  int src, ncols = sqlite3_column_count(c->from);
  sqlite3_reset(c->from);
  sqlite3_bind_int64(c->from, 1, from);
  while ((src = step(&b->stage, c->from, "cannot save", err)) == SQLITE_ROW) {
    sqlite3_reset(c->into);
    sqlite3_bind_int64(c->into, 1, to);
    for (int k = 1; k < ncols; k++) sqlite3_bind_value(c->into, k + 1, sqlite3_column_value(c->from, k));
    if (step(st, c->into, "cannot save", err) < 0) { sqlite3_reset(c->from); return -1; }
  }
  sqlite3_reset(c->from);
  return src < 0 ? -1 : 0;
}

/* The store's row for the staged rule set staged_id: found by its hash and
** directory, or inserted with its instruments and rules (save_ruleset's
** rows, copied). */
static int copy_ruleset(store_batch *b, lx_store *st, table_copy *c, long long staged_id, long long *id,
                        store_error *err) {
  sqlite3_stmt *g = prep(&b->stage, S_RULESET_SEL, err), *s;
  if (!g) return -1;
  sqlite3_bind_int64(g, 1, staged_id);
  int rc = step(&b->stage, g, "cannot save", err);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(g);
    return rc < 0 ? -1 : fail(err, STORE_ERROR, "cannot save: a staged rule set vanished");
  }
  if (!(s = prep(st, S_RULESET_FIND, err))) { sqlite3_reset(g); return -1; }
  sqlite3_bind_value(s, 1, sqlite3_column_value(g, 0));
  sqlite3_bind_value(s, 2, sqlite3_column_value(g, 1));
  rc = step(st, s, "cannot save", err);
  if (rc == SQLITE_ROW) *id = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) { sqlite3_reset(g); return rc < 0 ? -1 : 0; }   /* found, or failed */
  if (!(s = prep(st, S_RULESET_INS, err))) { sqlite3_reset(g); return -1; }
  for (int k = 0; k < 3; k++) sqlite3_bind_value(s, k + 1, sqlite3_column_value(g, k));
  rc = step(st, s, "cannot save", err);
  sqlite3_reset(s);
  sqlite3_reset(g);
  if (rc < 0) return -1;
  *id = sqlite3_last_insert_rowid(st->db);
  for (size_t i = 0; i < NRULESET_TABLES; i++)
    if (copy_rows(b, st, &c[i], staged_id, *id, err) != 0) return -1;
  return 0;
}

/* The store's row for the staged profile staged_id (save_profile: found by
** its hash, or inserted). */
static int copy_profile(store_batch *b, lx_store *st, long long staged_id, long long *id, store_error *err) {
  sqlite3_stmt *g = prep(&b->stage, S_PROFILE_SEL, err);
  if (!g) return -1;
  sqlite3_bind_int64(g, 1, staged_id);
  int rc = step(&b->stage, g, "cannot save", err);
  if (rc == SQLITE_ROW) {
    store_item it = { NULL, sqlite3_column_blob(g, 1), (size_t)sqlite3_column_bytes(g, 1), 0 };
    rc = save_profile(st, &it, (const char *)sqlite3_column_text(g, 0), id, err);
  } else if (rc == SQLITE_DONE) rc = fail(err, STORE_ERROR, "cannot save: a staged profile vanished");
  sqlite3_reset(g);
  return rc < 0 ? -1 : 0;
}

/* What matrix --by obligation shows of the staged run staged_run, for run
** in the store: its cells, under the store's id of its obligation list
** (obligation_list_id: found, or added). */
static int copy_obligations(store_batch *b, lx_store *st, long long staged_run, long long run, store_error *err) {
  const char *what = "cannot save";
  sqlite3_stmt *g = prep(&b->stage, S_OBLIGATION_STAGED, err), *s;
  if (!g) return -1;
  sqlite3_bind_int64(g, 1, staged_run);
  int rc = step(&b->stage, g, what, err);
  long long list = 0;
  if (rc == SQLITE_ROW) {
    rc = obligation_list_id(st, sqlite3_column_blob(g, 0), (size_t)sqlite3_column_bytes(g, 0), what, &list, err);
    if (rc == 0 && !(s = prep(st, S_OBLIGATION_TALLY_INS, err))) rc = -1;
    if (rc == 0) {
      sqlite3_bind_int64(s, 1, run);
      sqlite3_bind_int64(s, 2, list);
      sqlite3_bind_value(s, 3, sqlite3_column_value(g, 1));
      rc = step(st, s, what, err) < 0 ? -1 : 0;
    }
  } else if (rc == SQLITE_DONE) rc = fail(err, STORE_ERROR, "cannot save: a staged run has no obligation cells");
  sqlite3_reset(g);
  return rc < 0 ? -1 : 0;
}

/* Begin the write transaction of a save on st, with its checks: a damaged
** database is not written to (the full check runs unless the file is as
** the last checked save left it: see "The integrity stamp"), and the schema
** is verified again under the write lock.  0, or -1 with err set and no
** transaction left open. */
static int begin_checked_write(lx_store *st, store_error *err) {
  if (exec_stmt(st, S_BEGIN, "cannot save", err) != 0) return -1;
  if (!stamp_holds(st)) {
    st->full_checks++;
    sqlite3_stmt *s = prep(st, S_QUICK_CHECK, err);
    int src = s ? step(st, s, "cannot save", err) : -1;
    if (src < 0) { rollback(st); return -1; }
    const unsigned char *verdict = src == SQLITE_ROW ? sqlite3_column_text(s, 0) : NULL;
    if (!verdict || strcmp((const char *)verdict, "ok") != 0) {
      char why[256];
      snprintf(why, sizeof why, "%s", verdict ? (const char *)verdict : "no verdict");
      for (char *c = why; *c; c++) if (*c == '\n') *c = ' ';
      fail(err, STORE_CORRUPT, "cannot save: the database %s is damaged (%s); nothing was written", st->path, why);
      sqlite3_reset(s);
      rollback(st);
      return -1;
    }
    sqlite3_reset(s);
  }
  /* Checked at open, and again under the write lock: nothing planted since. */
  if (verify_schema(st, STORE_SCHEMA_VERSION, err) != 0) { rollback(st); return -1; }
  return 0;
}

/* End the write transaction begin_checked_write began: committed when rc is
** 0 (and the integrity stamp written: the next save trusts the state our
** commit left, the log included), else, or when the commit fails, rolled
** back.  0, or -1 with err set (by the commit, or before by the caller). */
static int end_checked_write(lx_store *st, int rc, store_error *err) {
  if (rc == 0) rc = exec_stmt(st, S_COMMIT, "cannot save", err);
  if (rc != 0) {
    rollback(st);
    return -1;
  }
  st->checked_save = 1;
  stamp_write(st);
  return 0;
}

int store_batch_commit(store_batch *b, lx_store *st, const char *created, long long *run_ids,
                       store_progress_fn progress, void *ctx, store_error *err) {
  const char *what = "cannot save";
  char now[32];
  table_copy runs_c[NRUN_TABLES], rules_c[NRULESET_TABLES];
  memset(runs_c, 0, sizeof runs_c);
  memset(rules_c, 0, sizeof rules_c);
  if (b->committed) return fail(err, STORE_ERROR, "cannot save: this batch was saved already");
  if (b->broken) return fail(err, STORE_ERROR, "cannot save: a run of this batch could not be staged");
  if (!created) { utc_now(now); created = now; }
  if (begin_checked_write(st, err) != 0) return -1;
  int rc = table_copies_prepare(b, st, run_tables, NRUN_TABLES, runs_c, err);
  if (rc == 0) rc = table_copies_prepare(b, st, ruleset_tables, NRULESET_TABLES, rules_c, err);
  sqlite3_stmt *g = rc == 0 ? prep(&b->stage, S_RUNS_STAGED, err) : NULL;
  if (!g) rc = -1;
  long long staged_ruleset = 0, ruleset_id = 0;
  size_t done = 0;
  int src = SQLITE_DONE;
  assert(!g || sqlite3_column_count(g) == STAGED_NCOLS);
  while (rc == 0 && (src = step(&b->stage, g, what, err)) == SQLITE_ROW) {
    long long staged_run = sqlite3_column_int64(g, STAGED_ID), profile_id = 0, run = 0;
    if (done == 0 || sqlite3_column_int64(g, STAGED_RULESET_ID) != staged_ruleset) {
      staged_ruleset = sqlite3_column_int64(g, STAGED_RULESET_ID);
      if ((rc = copy_ruleset(b, st, rules_c, staged_ruleset, &ruleset_id, err)) != 0) break;
    }
    if ((rc = copy_profile(b, st, sqlite3_column_int64(g, STAGED_PROFILE_ID), &profile_id, err)) != 0) break;
    sqlite3_stmt *s = prep(st, S_RUN_INS, err);
    if (!s) { rc = -1; break; }
    sqlite3_bind_text(s, 1, created, -1, SQLITE_STATIC);
    sqlite3_bind_value(s, 2, sqlite3_column_value(g, STAGED_AS_OF));
    sqlite3_bind_value(s, 3, sqlite3_column_value(g, STAGED_ENGINE));
    sqlite3_bind_int64(s, 4, ruleset_id);
    sqlite3_bind_int64(s, 5, profile_id);
    for (int k = STAGED_PROFILE_FILE; k < STAGED_NCOLS; k++) sqlite3_bind_value(s, k + 1, sqlite3_column_value(g, k));
    if ((rc = step(st, s, what, err) < 0 ? -1 : 0) != 0) break;
    run = sqlite3_last_insert_rowid(st->db);
    for (size_t i = 0; rc == 0 && i < NRUN_TABLES; i++) rc = copy_rows(b, st, &runs_c[i], staged_run, run, err);
    if (rc == 0) rc = copy_obligations(b, st, staged_run, run, err);
    if (rc != 0) break;
    if (run_ids) run_ids[done] = run;
    done++;
    if (progress) progress(ctx, done, b->n);
  }
  if (g) sqlite3_reset(g);
  if (rc == 0 && src < 0) rc = -1;
  table_copies_free(runs_c, NRUN_TABLES);
  table_copies_free(rules_c, NRULESET_TABLES);
  if (end_checked_write(st, rc, err) != 0) return -1;
  b->committed = 1;
  return 0;
}

void store_batch_free(store_batch *b) {
  if (!b) return;
  disconnect(&b->stage);   /* the temporary file goes with the connection */
  schema_list_free(&b->stage.expected);
  free(b->stage.path);
  free(b);
}

int store_save(lx_store *st, const store_item *items, size_t n, const char *created,
               long long *run_ids, store_progress_fn progress, void *ctx, store_error *err) {
  int rc = 0;
  char now[32];
  char (*rhash)[65] = calloc(n + 1, sizeof *rhash);
  char (*phash)[65] = calloc(n + 1, sizeof *phash);
  if (!rhash || !phash) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  if (!created) { utc_now(now); created = now; }
  /* Hash first: reading files is no work to do while holding the lock. */
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && items[i].a->rules == items[i - 1].a->rules) memcpy(rhash[i], rhash[i - 1], 65);
    else if ((rc = store_ruleset_hash(items[i].a->rules, rhash[i], err)) != 0) goto done;
    sha256_of(items[i].profile_src ? items[i].profile_src : "", items[i].profile_len, phash[i]);
  }
  if ((rc = begin_checked_write(st, err)) != 0) goto done;
  long long ruleset_id = 0;
  for (size_t i = 0; rc == 0 && i < n; i++) {
    long long profile_id = 0, run = 0;
    if (i == 0 || strcmp(rhash[i], rhash[i - 1]) != 0 || items[i].a->rules != items[i - 1].a->rules)
      rc = save_ruleset(st, items[i].a->rules, rhash[i], &ruleset_id, err);
    if (rc == 0) rc = save_profile(st, &items[i], phash[i], &profile_id, err);
    if (rc == 0) rc = save_run(st, &items[i], created, ruleset_id, profile_id, &run, err);
    if (rc == 0 && run_ids) run_ids[i] = run;
    if (rc == 0 && progress) progress(ctx, i + 1, n);
  }
  rc = end_checked_write(st, rc, err);
done:
  free(rhash);
  free(phash);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Reading runs                                                            */
/* ---------------------------------------------------------------------- */

static void info_free(store_run_info *r) {
  free(r->state_code); free(r->state_name); free(r->state_name_fr); free(r->describes);
  free(r->profile_file); free(r->rules_dir);
  memset(r, 0, sizeof *r);
}

/* Fill r from a row of RUN_INFO_SELECT. */
static int info_read(sqlite3_stmt *s, store_run_info *r) {
  int oom = 0;
  memset(r, 0, sizeof *r);
  r->id = sqlite3_column_int64(s, 0);
  col_copy(s, 1, r->created, sizeof r->created);
  col_copy(s, 2, r->as_of, sizeof r->as_of);
  col_copy(s, 3, r->engine, sizeof r->engine);
  r->state_code = col_dup(s, 4, &oom);
  r->state_name = col_dup(s, 5, &oom);
  r->state_name_fr = col_dup(s, 6, &oom);
  r->describes = col_dup(s, 7, &oom);
  r->profile_file = col_dup(s, 8, &oom);
  col_copy(s, 9, r->profile_hash, sizeof r->profile_hash);
  col_copy(s, 10, r->ruleset_hash, sizeof r->ruleset_hash);
  r->rules_dir = col_dup(s, 11, &oom);
  r->prospective = sqlite3_column_int(s, 12);
  r->nfindings = sqlite3_column_int(s, 13);
  r->gaps = sqlite3_column_int(s, 14);
  for (int k = 0; k < LX_NSTATUS; k++) r->by_status[k] = sqlite3_column_int(s, 15 + k);
  col_copy(s, 21, r->ratings, sizeof r->ratings);
  if (oom) { info_free(r); return -1; }
  return 0;
}

/* All the rows of a RUN_INFO_SELECT statement already bound. */
static int infos_collect(lx_store *st, sqlite3_stmt *s, store_run_info **out, size_t *n, store_error *err) {
  size_t cap = 0;
  int rc;
  *out = NULL;
  *n = 0;
  while ((rc = step(st, s, "cannot read the database", err)) == SQLITE_ROW) {
    if (grow((void **)out, &cap, *n + 1, sizeof **out) != 0 || info_read(s, &(*out)[*n]) != 0) {
      rc = fail(err, STORE_NOMEM, "out of memory");
      break;
    }
    (*n)++;
  }
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) { store_run_infos_free(*out, *n); *out = NULL; *n = 0; return -1; }
  return 0;
}

int store_runs(lx_store *st, const char *state, store_run_info **out, size_t *n, store_error *err) {
  sqlite3_stmt *s = prep(st, state ? S_RUNS_STATE : S_RUNS, err);
  *out = NULL;
  *n = 0;
  if (!s) return -1;
  if (state) sqlite3_bind_text(s, 1, state, -1, SQLITE_STATIC);
  return infos_collect(st, s, out, n, err);
}

void store_run_infos_free(store_run_info *v, size_t n) {
  for (size_t i = 0; v && i < n; i++) info_free(&v[i]);
  free(v);
}

static int run_info(lx_store *st, long long id, store_run_info *r, store_error *err) {
  sqlite3_stmt *s = prep(st, S_RUN_ONE, err);
  if (!s) return -1;
  sqlite3_bind_int64(s, 1, id);
  int rc = step(st, s, "cannot read the database", err);
  if (rc == SQLITE_ROW && info_read(s, r) != 0) rc = fail(err, STORE_NOMEM, "out of memory");
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) return fail(err, STORE_NOTFOUND, "no run %lld in %s", id, st->path);
  return rc == SQLITE_ROW ? 0 : -1;
}

int store_resolve_run(lx_store *st, const char *spec, long long *id, store_error *err) {
  char state[64];
  long back = 0;
  const char *p = spec;
  if (!*spec) return fail(err, STORE_NOTFOUND, "empty run name");
  while (*p >= '0' && *p <= '9') p++;
  if (!*p) {                                  /* a run id */
    store_run_info r;
    errno = 0;
    *id = strtoll(spec, NULL, 10);
    if (errno) return fail(err, STORE_NOTFOUND, "no run %s", spec);
    if (run_info(st, *id, &r, err) != 0) return -1;
    info_free(&r);
    return 0;
  }
  const char *tilde = strchr(spec, '~');
  size_t len = tilde ? (size_t)(tilde - spec) : strlen(spec);
  if (len == 0 || len >= sizeof state) return fail(err, STORE_NOTFOUND, "'%s' names no run", spec);
  memcpy(state, spec, len);
  state[len] = '\0';
  if (tilde) {
    char *end;
    back = strtol(tilde + 1, &end, 10);
    if (tilde[1] == '\0') back = 1;
    else if (*end || back < 0) return fail(err, STORE_NOTFOUND, "'%s' names no run (use STATE~N)", spec);
  }
  sqlite3_stmt *s = prep(st, S_RESOLVE_STATE, err);
  if (!s) return -1;
  sqlite3_bind_text(s, 1, state, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, back);
  int rc = step(st, s, "cannot read the database", err);
  if (rc == SQLITE_ROW) *id = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) {
    if (back) return fail(err, STORE_NOTFOUND, "%s has fewer than %ld earlier runs", state, back);
    return fail(err, STORE_NOTFOUND, "no run saved for '%s' (not a run id nor a State code with saved runs)", spec);
  }
  return rc == SQLITE_ROW ? 0 : -1;
}

/* ---------------------------------------------------------------------- */
/* Loading a run back                                                      */
/* ---------------------------------------------------------------------- */

static int load_ruleset(lx_store *st, long long ruleset_id, size_t nrules, lx_ruleset *rs, store_error *err) {
  const char *what = "cannot read the database";
  int oom = 0, rc;
  size_t cap = 0;
  sqlite3_stmt *s = prep(st, S_INSTRUMENT_SEL, err);
  if (!s) return -1;
  sqlite3_bind_int64(s, 1, ruleset_id);
  while ((rc = step(st, s, what, err)) == SQLITE_ROW) {
    if (grow((void **)&rs->instruments, &cap, rs->ninstruments + 1, sizeof *rs->instruments) != 0) { oom = 1; break; }
    lx_instrument *ins = &rs->instruments[rs->ninstruments++];
    ins->id = col_dup(s, 1, &oom);
    ins->kind = col_dup(s, 2, &oom);
    col_text3(s, 3, &ins->title, &oom);
    col_text3(s, 6, &ins->short_name, &oom);
    ins->file = col_dup(s, 9, &oom);
    ins->denunciation_years = 1;
    if (sqlite3_column_type(s, 10) == SQLITE_BLOB) {   /* the descriptor: clusters, dates */
      data_error de;
      ins->raw = data_parse(sqlite3_column_blob(s, 10), (size_t)sqlite3_column_bytes(s, 10), &de);
      if (ins->raw) {
        ins->clusters = (data_value *)data_get(ins->raw, "clusters");
        const char *v = data_str(data_get(ins->raw, "in_force"));
        if (v && !(ins->in_force = strdup(v))) oom = 1;
        if ((v = data_str(data_get(ins->raw, "deadline"))) && !(ins->deadline = strdup(v))) oom = 1;
        const data_value *d = data_get(ins->raw, "days_after_deposit");
        if (d && d->kind == DATA_INTEGER) ins->days_after_deposit = (int)d->u.integer;
        d = data_get(ins->raw, "denunciation_years");
        if (d && d->kind == DATA_INTEGER) ins->denunciation_years = (int)d->u.integer;
      }
    }
    if (!ins->id) oom = 1;
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  if (rc < 0) return -1;
  rs->rules = calloc(nrules + 1, sizeof *rs->rules);
  if (!rs->rules) return fail(err, STORE_NOMEM, "out of memory");
  if (!(s = prep(st, S_RULE_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, ruleset_id);
  while ((rc = step(st, s, what, err)) == SQLITE_ROW) {
    sqlite3_int64 seq = sqlite3_column_int64(s, 0);
    if (seq != (sqlite3_int64)rs->n || rs->n >= nrules) { sqlite3_reset(s); return fail(err, STORE_CORRUPT, "the database %s is damaged (rules of rule set %lld out of sequence)", st->path, ruleset_id); }
    lx_rule *r = &rs->rules[rs->n++];
    r->id = col_dup(s, 1, &oom);
    r->ref = col_dup(s, 2, &oom);
    r->clause = col_dup(s, 3, &oom);
    r->instrument = col_dup(s, 4, &oom);
    int lv = lx_level_parse((const char *)sqlite3_column_text(s, 5) ? (const char *)sqlite3_column_text(s, 5) : "");
    r->level = lv < 0 ? LX_MANDATORY : (lx_level)lv;
    col_text3(s, 6, &r->title, &oom);
    r->category = col_dup(s, 9, &oom);
    r->cluster = sqlite3_column_int(s, 10);
    col_text3(s, 11, &r->text, &oom);
    r->file = col_dup(s, 14, &oom);
    r->line = sqlite3_column_int(s, 15);
    r->invalid = col_dup(s, 16, &oom);
    r->check_ref = LUA_NOREF;    /* no Lua behind a stored rule */
    r->seq = (int)seq;
    if (!r->id) oom = 1;
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  if (rc < 0) return -1;
  if (rs->n != nrules) return fail(err, STORE_CORRUPT, "the database %s is damaged (rule set %lld has %zu of its %zu rules)", st->path, ruleset_id, rs->n, nrules);
  if (!(s = prep(st, S_LINK_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, ruleset_id);
  while ((rc = step(st, s, what, err)) == SQLITE_ROW) {
    sqlite3_int64 seq = sqlite3_column_int64(s, 0);
    if (seq < 0 || (size_t)seq >= rs->n) continue;
    lx_rule *r = &rs->rules[seq];
    const char *kind = (const char *)sqlite3_column_text(s, 1);
    int deps = kind && strcmp(kind, "depends") == 0;
    char ***v = deps ? &r->depends : &r->covers;
    int *nv = deps ? &r->ndepends : &r->ncovers;
    char **nl = realloc(*v, (size_t)(*nv + 1) * sizeof **v);
    if (!nl) { oom = 1; break; }
    *v = nl;
    if (!((*v)[*nv] = col_dup(s, 2, &oom))) { oom = 1; break; }
    (*nv)++;
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  if (rc < 0) return -1;
  if (!(s = prep(st, S_SERVES_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, ruleset_id);
  while ((rc = step(st, s, what, err)) == SQLITE_ROW) {
    sqlite3_int64 seq = sqlite3_column_int64(s, 0);
    if (seq < 0 || (size_t)seq >= rs->n) continue;
    lx_rule *r = &rs->rules[seq];
    char **nl = realloc(r->serves, (size_t)(r->nserves + 1) * sizeof *nl);
    if (!nl) { oom = 1; break; }
    r->serves = nl;
    if (!(r->serves[r->nserves] = col_dup(s, 1, &oom))) { oom = 1; break; }
    r->nserves++;
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  /* a soft-law instrument's rules are good practice, as when they were loaded */
  for (size_t i = 0; i < rs->n; i++) {
    const lx_instrument *ins = rs->rules[i].instrument ? ruleset_instrument(rs, rs->rules[i].instrument) : NULL;
    rs->rules[i].good_practice = ins && ins->kind && strcmp(ins->kind, "soft_law") == 0;
  }
  return rc < 0 ? -1 : 0;
}

/* The finding with this seq (findings are read in seq order, so it is at
** index seq); NULL when the row points nowhere. */
static lx_finding *finding_at(lx_assessment *a, sqlite3_int64 seq) {
  return seq >= 0 && (size_t)seq < a->n ? &a->findings[seq] : NULL;
}

static int load_findings(lx_store *st, long long id, store_run *r, store_error *err) {
  const char *what = "cannot read the database";
  lx_assessment *a = &r->a;
  int oom = 0, rc;
  size_t cap = 0;
  a->bindings = calloc(r->rules.ninstruments + 1, sizeof *a->bindings);
  if (!a->bindings) return fail(err, STORE_NOMEM, "out of memory");
  sqlite3_stmt *s = prep(st, S_BINDING_SEL, err);
  if (!s) return -1;
  sqlite3_bind_int64(s, 1, id);
  while ((rc = step(st, s, what, err)) == SQLITE_ROW) {
    sqlite3_int64 seq = sqlite3_column_int64(s, 0);
    if (seq < 0 || (size_t)seq >= r->rules.ninstruments) continue;
    binding *b = &a->bindings[seq];
    const char *kind = (const char *)sqlite3_column_text(s, 1);
    b->kind = BOUND;
    for (int k = 0; k < 4; k++) if (kind && strcmp(kind, binding_names[k]) == 0) b->kind = (binding_kind)k;
    col_copy(s, 2, b->since, sizeof b->since);
    col_copy(s, 3, b->reason_en, sizeof b->reason_en);
    col_copy(s, 4, b->reason_fr, sizeof b->reason_fr);
  }
  sqlite3_reset(s);
  if (rc < 0) return -1;
  if (!(s = prep(st, S_FINDING_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, id);
  while ((rc = step(st, s, what, err)) == SQLITE_ROW) {
    sqlite3_int64 seq = sqlite3_column_int64(s, 0), rseq = sqlite3_column_int64(s, 1);
    if (seq != (sqlite3_int64)a->n || rseq < 0 || (size_t)rseq >= r->rules.n) {
      sqlite3_reset(s);
      return fail(err, STORE_CORRUPT, "the database %s is damaged (findings of run %lld do not match its rule set)", st->path, id);
    }
    if (grow((void **)&a->findings, &cap, a->n + 1, sizeof *a->findings) != 0) { oom = 1; break; }
    lx_finding *f = &a->findings[a->n++];
    f->rule = &r->rules.rules[rseq];
    int stt = lx_status_parse((const char *)sqlite3_column_text(s, 2) ? (const char *)sqlite3_column_text(s, 2) : "");
    f->status = stt < 0 ? LX_ERROR : (lx_status)stt;
    col_text3(s, 3, &f->explanation, &oom);
    f->option_id = col_dup(s, 6, &oom);
    col_text3(s, 7, &f->option, &oom);
    f->error_file = col_dup(s, 10, &oom);
    f->error_line = sqlite3_column_int(s, 11);
    f->error_message = col_dup(s, 12, &oom);
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  if (rc < 0) return -1;
  /* missing, questions, evidence: rows in (seq, pos) order, appended */
  if (!(s = prep(st, S_MISSING_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, id);
  while (!oom && (rc = step(st, s, what, err)) == SQLITE_ROW) {
    lx_finding *f = finding_at(a, sqlite3_column_int64(s, 0));
    if (!f) continue;
    lx_text *nv = realloc(f->missing, (size_t)(f->nmissing + 1) * sizeof *nv);
    if (!nv) { oom = 1; break; }
    f->missing = nv;
    memset(&f->missing[f->nmissing], 0, sizeof *nv);
    col_text3(s, 1, &f->missing[f->nmissing++], &oom);
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  if (rc < 0) return -1;
  if (!(s = prep(st, S_QUESTION_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, id);
  while (!oom && (rc = step(st, s, what, err)) == SQLITE_ROW) {
    lx_finding *f = finding_at(a, sqlite3_column_int64(s, 0));
    if (!f) continue;
    lx_question *nv = realloc(f->questions, (size_t)(f->nquestions + 1) * sizeof *nv);
    if (!nv) { oom = 1; break; }
    f->questions = nv;
    lx_question *q = &f->questions[f->nquestions++];
    memset(q, 0, sizeof *q);
    q->fact = col_dup(s, 1, &oom);
    col_text3(s, 2, &q->text, &oom);
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  if (rc < 0) return -1;
  if (!(s = prep(st, S_EVIDENCE_SEL, err))) return -1;
  sqlite3_bind_int64(s, 1, id);
  while (!oom && (rc = step(st, s, what, err)) == SQLITE_ROW) {
    lx_finding *f = finding_at(a, sqlite3_column_int64(s, 0));
    if (!f) continue;
    lx_evidence *nv = realloc(f->evidence, (size_t)(f->nevidence + 1) * sizeof *nv);
    if (!nv) { oom = 1; break; }
    f->evidence = nv;
    lx_evidence *e = &f->evidence[f->nevidence++];
    e->fact = col_dup(s, 1, &oom);
    e->label = col_dup(s, 2, &oom);
    e->source = col_dup(s, 3, &oom);
    e->url = col_dup(s, 4, &oom);
    e->note = col_dup(s, 5, &oom);
    e->from = col_dup(s, 6, &oom);
    e->repealed = col_dup(s, 7, &oom);
  }
  sqlite3_reset(s);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  return rc < 0 ? -1 : 0;
}

int store_load_run(lx_store *st, long long id, store_run **out, store_error *err) {
  int rc = 0;
  long long ruleset_id = 0;
  size_t nrules = 0;
  *out = NULL;
  store_run *r = calloc(1, sizeof *r);
  if (!r) return fail(err, STORE_NOMEM, "out of memory");
  if ((rc = run_info(st, id, &r->info, err)) != 0) goto done;
  sqlite3_stmt *s = prep(st, S_RUN_EXTRA, err);
  if (!s) { rc = -1; goto done; }
  sqlite3_bind_int64(s, 1, id);
  int src = step(st, s, "cannot read the database", err);
  if (src == SQLITE_ROW) {
    ruleset_id = sqlite3_column_int64(s, 0);
    nrules = (size_t)sqlite3_column_int64(s, 1);
    int len = sqlite3_column_bytes(s, 2);
    const void *blob = sqlite3_column_blob(s, 2);
    r->profile_src = malloc((size_t)len + 1);
    if (!r->profile_src) src = fail(err, STORE_NOMEM, "out of memory");
    else {
      if (len) memcpy(r->profile_src, blob, (size_t)len);
      r->profile_src[len] = '\0';
      r->profile_len = (size_t)len;
    }
  }
  sqlite3_reset(s);
  if (src == SQLITE_DONE) src = fail(err, STORE_NOTFOUND, "no run %lld", id);
  if (src != SQLITE_ROW) { rc = -1; goto done; }
  if ((rc = load_ruleset(st, ruleset_id, nrules, &r->rules, err)) != 0) goto done;
  r->rules.dir = r->info.rules_dir ? strdup(r->info.rules_dir) : NULL;
  r->rules.schema_ref = r->rules.facts_ref = LUA_NOREF;
  r->profile.file = strdup(r->info.profile_file ? r->info.profile_file : "");
  if (!r->profile.file) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  r->profile.state_code = r->info.state_code;
  r->profile.state_name = r->info.state_name;
  r->profile.state_name_fr = r->info.state_name_fr;
  r->profile.describes = r->info.describes;
  r->a.profile = &r->profile;
  r->a.rules = &r->rules;
  snprintf(r->a.as_of, sizeof r->a.as_of, "%s", r->info.as_of);
  rc = load_findings(st, id, r, err);
  /* the warnings of the report (caveats.h) follow from what was saved: the
  ** profile's bytes, the as-of date, the instruments of the rule set */
  if (rc == 0) {
    data_error de;
    r->profile.data = data_parse(r->profile_src, r->profile_len, &de);
    if (caveats_collect(&r->rules, &r->profile, r->a.as_of, &r->a.caveats, &r->a.ncaveats) != 0)
      rc = fail(err, STORE_NOMEM, "out of memory");
  }
done:
  if (rc != 0) { store_run_free(r); return -1; }
  *out = r;
  return 0;
}

void store_run_free(store_run *r) {
  if (!r) return;
  assessment_free(&r->a);
  ruleset_free(&r->rules, NULL);
  profile_free(&r->profile);
  info_free(&r->info);
  free(r->profile_src);
  free(r);
}

/* ---------------------------------------------------------------------- */
/* Diff                                                                    */
/* ---------------------------------------------------------------------- */

static int by_rule_id(const void *pa, const void *pb) {
  const store_change *a = pa, *b = pb;
  int c = lx_ref_compare(a->rule_id, b->rule_id);
  return c ? c : strcmp(a->rule_id, b->rule_id);
}

static int by_rule_change(const void *pa, const void *pb) {
  const store_rule_change *a = pa, *b = pb;
  int c = lx_ref_compare(a->rule_id, b->rule_id);
  return c ? c : strcmp(a->rule_id, b->rule_id);
}

static void text_clear(lx_text *t) { free(t->en); free(t->fr); free(t->es); memset(t, 0, sizeof *t); }

static long long run_ruleset(lx_store *st, long long run, store_error *err) {
  sqlite3_stmt *s = prep(st, S_RUN_EXTRA, err);
  if (!s) return -1;
  sqlite3_bind_int64(s, 1, run);
  int rc = step(st, s, "cannot read the database", err);
  long long id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) fail(err, STORE_NOTFOUND, "no run %lld", run);
  return id;
}

int store_diff_runs(lx_store *st, long long a, long long b, store_diff *d, store_error *err) {
  const char *what = "cannot read the database";
  int rc = 0, src = SQLITE_DONE, oom = 0;
  size_t cap = 0, rcap = 0;
  memset(d, 0, sizeof *d);
  if ((rc = run_info(st, a, &d->a, err)) != 0 || (rc = run_info(st, b, &d->b, err)) != 0) goto done;
  d->same_rules = strcmp(d->a.ruleset_hash, d->b.ruleset_hash) == 0;
  /* findings of both runs that differ */
  sqlite3_stmt *s = prep(st, S_DIFF_BOTH, err);
  if (!s) { rc = -1; goto done; }
  sqlite3_bind_int64(s, 1, a);
  sqlite3_bind_int64(s, 2, b);
  while ((src = step(st, s, what, err)) == SQLITE_ROW) {
    if (grow((void **)&d->changes, &cap, d->nchanges + 1, sizeof *d->changes) != 0) { oom = 1; break; }
    store_change *c = &d->changes[d->nchanges++];
    c->rule_id = col_dup(s, 0, &oom);
    c->ref = col_dup(s, 1, &oom);
    c->level_a = level_of(s, 2);
    c->level_b = level_of(s, 3);
    c->status_a = status_of(s, 4);
    c->status_b = status_of(s, 5);
    c->gap_a = sqlite3_column_int(s, 6);
    c->gap_b = sqlite3_column_int(s, 7);
    col_text3(s, 8, &c->why_a, &oom);
    col_text3(s, 11, &c->why_b, &oom);
    if (!c->rule_id) oom = 1;
  }
  sqlite3_reset(s);
  if (oom) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  if (src < 0) { rc = -1; goto done; }
  /* findings only one run has */
  for (int side = 0; side < 2; side++) {
    if (!(s = prep(st, S_DIFF_ONLY, err))) { rc = -1; goto done; }
    sqlite3_bind_int64(s, 1, side ? b : a);
    sqlite3_bind_int64(s, 2, side ? a : b);
    while ((src = step(st, s, what, err)) == SQLITE_ROW) {
      if (grow((void **)&d->changes, &cap, d->nchanges + 1, sizeof *d->changes) != 0) { oom = 1; break; }
      store_change *c = &d->changes[d->nchanges++];
      c->rule_id = col_dup(s, 0, &oom);
      c->ref = col_dup(s, 1, &oom);
      c->level_a = c->level_b = c->status_a = c->status_b = -1;
      if (side == 0) {
        c->level_a = level_of(s, 2); c->status_a = status_of(s, 3); c->gap_a = sqlite3_column_int(s, 4);
        col_text3(s, 5, &c->why_a, &oom);
      } else {
        c->level_b = level_of(s, 2); c->status_b = status_of(s, 3); c->gap_b = sqlite3_column_int(s, 4);
        col_text3(s, 5, &c->why_b, &oom);
      }
      if (!c->rule_id) oom = 1;
    }
    sqlite3_reset(s);
    if (oom) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
    if (src < 0) { rc = -1; goto done; }
  }
  if (d->nchanges) qsort(d->changes, d->nchanges, sizeof *d->changes, by_rule_id);
  if (!d->same_rules) {
    long long ra = run_ruleset(st, a, err), rb = ra < 0 ? -1 : run_ruleset(st, b, err);
    if (ra < 0 || rb < 0) { rc = -1; goto done; }
    for (int pass = 0; pass < 3; pass++) {   /* removed, added, level changed */
      if (!(s = prep(st, pass == 2 ? S_RULES_LEVEL : S_RULES_ONLY, err))) { rc = -1; goto done; }
      sqlite3_bind_int64(s, 1, pass == 1 ? rb : ra);
      sqlite3_bind_int64(s, 2, pass == 1 ? ra : rb);
      while ((src = step(st, s, what, err)) == SQLITE_ROW) {
        if (grow((void **)&d->rules, &rcap, d->nrules + 1, sizeof *d->rules) != 0) { oom = 1; break; }
        store_rule_change *c = &d->rules[d->nrules++];
        c->rule_id = col_dup(s, 0, &oom);
        c->ref = col_dup(s, 1, &oom);
        c->level_a = pass == 1 ? -1 : level_of(s, 2);
        c->level_b = pass == 0 ? -1 : pass == 1 ? level_of(s, 2) : level_of(s, 3);
        if (!c->rule_id) oom = 1;
      }
      sqlite3_reset(s);
      if (oom) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
      if (src < 0) { rc = -1; goto done; }
    }
    if (d->nrules) qsort(d->rules, d->nrules, sizeof *d->rules, by_rule_change);
  }
done:
  if (rc != 0) store_diff_free(d);
  return rc;
}

store_change_kind store_change_classify(const store_change *c) {
  if (c->status_a < 0) return DIFF_ONLY_B;
  if (c->status_b < 0) return DIFF_ONLY_A;
  if (c->level_a != c->level_b) return DIFF_LEVEL_CHANGED;
  if (c->status_b == LX_NOT_APPLICABLE && c->status_a != LX_NOT_APPLICABLE) return DIFF_NO_LONGER_APPLICABLE;
  if (c->status_a == LX_NOT_APPLICABLE && c->status_b != LX_NOT_APPLICABLE) return DIFF_NEWLY_APPLICABLE;
  if (c->gap_a && !c->gap_b) return DIFF_GAP_CLOSED;
  if (!c->gap_a && c->gap_b) return DIFF_NEW_GAP;
  return DIFF_OTHER;
}

void store_diff_free(store_diff *d) {
  for (size_t i = 0; i < d->nchanges; i++) {
    free(d->changes[i].rule_id); free(d->changes[i].ref);
    text_clear(&d->changes[i].why_a); text_clear(&d->changes[i].why_b);
  }
  free(d->changes);
  for (size_t i = 0; i < d->nrules; i++) { free(d->rules[i].rule_id); free(d->rules[i].ref); }
  free(d->rules);
  info_free(&d->a);
  info_free(&d->b);
  memset(d, 0, sizeof *d);
}

/* ---------------------------------------------------------------------- */
/* Matrix                                                                  */
/* ---------------------------------------------------------------------- */

static int cmp_ref_ptr(const void *pa, const void *pb) {
  const char *a = *(char *const *)pa, *b = *(char *const *)pb;
  int c = lx_ref_compare(a, b);
  return c ? c : strcmp(a, b);
}

static const lx_status severity_status[6] = { LX_NOT_APPLICABLE, LX_MET, LX_UNKNOWN, LX_PARTLY_MET, LX_NOT_MET, LX_ERROR };

/* The columns met while reading the cells: each distinct key once, in the
** order met, found again by its hash (FNV-1a, open addressing), so that a
** cell costs no comparison of references (a matrix by obligation of 500
** States reads 270,000 cells). */
typedef struct {
  char **keys;                  /* owned, in the order met */
  size_t n, cap;
  size_t *slots;                /* 1 + index into keys, 0 when free */
  size_t nslots;                /* a power of 2, at least twice n */
} key_set;

static size_t key_hash(const char *s) {
  uint64_t h = 14695981039346656037u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return (size_t)h;
}

/* The slot of key in ks: holding it, or the free one where it belongs. */
static size_t key_slot(const key_set *ks, const char *key) {
  size_t i = key_hash(key) & (ks->nslots - 1);
  while (ks->slots[i] && strcmp(ks->keys[ks->slots[i] - 1], key) != 0) i = (i + 1) & (ks->nslots - 1);
  return i;
}

/* The index of key in ks, added (copied) when it is new; -1 when out of memory. */
static long key_index(key_set *ks, const char *key) {
  if (2 * (ks->n + 1) > ks->nslots) {
    size_t nslots = ks->nslots ? 2 * ks->nslots : 256;
    size_t *old = ks->slots, oldn = ks->nslots;
    if (!(ks->slots = calloc(nslots, sizeof *ks->slots))) { ks->slots = old; return -1; }
    ks->nslots = nslots;
    for (size_t k = 0; k < oldn; k++)
      if (old[k]) ks->slots[key_slot(ks, ks->keys[old[k] - 1])] = old[k];
    free(old);
  }
  size_t i = key_slot(ks, key);
  if (ks->slots[i]) return (long)(ks->slots[i] - 1);
  char *copy = strdup(key);
  if (!copy || grow((void **)&ks->keys, &ks->cap, ks->n + 1, sizeof *ks->keys) != 0) { free(copy); return -1; }
  ks->keys[ks->n] = copy;
  ks->slots[i] = ++ks->n;
  return (long)(ks->n - 1);
}

/* One cell as read, before the columns are put in order. */
typedef struct {
  size_t row, key;              /* m->rows index, key_set index */
  store_cell cell;
} read_cell;

/* The articles' cells of m's rows (S_MATRIX_ARTICLE, a run at a time):
** into *cells (malloc'd, in the order read), their keys into ks. */
static int matrix_read_articles(lx_store *st, const store_matrix *m, const char *instrument, key_set *ks,
                                read_cell **cells, size_t *ncells, store_error *err) {
  size_t cap = 0;
  int src = SQLITE_DONE, oom = 0;
  char *joined = NULL;          /* an article's key, "untoc:5" */
  size_t jcap = 0;
  for (size_t row = 0; row < m->nrows && !oom && src == SQLITE_DONE; row++) {
    sqlite3_stmt *s = prep(st, S_MATRIX_ARTICLE, err);
    if (!s) { src = -1; break; }
    sqlite3_bind_int64(s, 1, m->rows[row].id);
    sqlite3_bind_text(s, 2, instrument, -1, SQLITE_STATIC);
    while ((src = step(st, s, "cannot read the database", err)) == SQLITE_ROW) {
      const char *key = (const char *)sqlite3_column_text(s, 0);
      if (!key) continue;
      /* joined here: no string made by SQLite per row */
      const char *ins = (const char *)sqlite3_column_text(s, 5);
      size_t ni = ins ? strlen(ins) : 0, na = strlen(key);
      if (grow((void **)&joined, &jcap, ni + na + 2, 1) != 0) { oom = 1; break; }
      if (ni) memcpy(joined, ins, ni);
      joined[ni] = ':';
      memcpy(joined + ni + 1, key, na + 1);
      long k = key_index(ks, joined);
      if (k < 0 || grow((void **)cells, &cap, *ncells + 1, sizeof **cells) != 0) { oom = 1; break; }
      read_cell *rc = &(*cells)[(*ncells)++];
      rc->row = row;
      rc->key = (size_t)k;
      store_cell *c = &rc->cell;
      int v = sqlite3_column_int(s, 1) % 10;
      c->status = (int)severity_status[v >= 0 && v < 6 ? v : 0];
      c->findings = sqlite3_column_int(s, 2);
      c->gaps = sqlite3_column_int(s, 3);
      col_copy(s, 4, c->rating, sizeof c->rating);
    }
    sqlite3_reset(s);
  }
  free(joined);
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  return src < 0 ? -1 : 0;
}

/* An obligation list as matrix reads it: each entry's key (key_set index),
** or -1 when its instrument is not the one asked for; then, once the
** columns are in order, each entry's column. */
typedef struct {
  long long id;
  long *at;
  size_t n;
} column_list;

/* A run's obligation cells as read (obligation_tally): the row they fill,
** their list (index into the lists), one byte per entry (owned). */
typedef struct {
  size_t row, list;
  unsigned char *cells;
  size_t n;
} tally_row;

typedef struct {
  column_list *lists;
  size_t nlists, lists_cap;
  tally_row *rows;
  size_t nrows, rows_cap;
} tally_read;

static void tally_read_free(tally_read *t) {
  for (size_t i = 0; i < t->nlists; i++) free(t->lists[i].at);
  for (size_t i = 0; i < t->nrows; i++) free(t->rows[i].cells);
  free(t->lists);
  free(t->rows);
  memset(t, 0, sizeof *t);
}

/* Read obligation list id into l: each entry's key in ks (its rule id up
** to a NUL byte, as SQLite's text of it reads), -1 when instrument is given
** and the entry's is not exactly it.  A list that ends inside an entry
** ends before it. */
static int column_list_read(lx_store *st, long long id, const char *instrument, key_set *ks, column_list *l,
                            store_error *err) {
  sqlite3_stmt *s = prep(st, S_OBLIGATION_LIST_SEL, err);
  if (!s) return -1;
  sqlite3_bind_int64(s, 1, id);
  int src = step(st, s, "cannot read the database", err), oom = 0;
  if (src < 0) return -1;
  l->id = id;
  const unsigned char *p = src == SQLITE_ROW ? sqlite3_column_blob(s, 0) : NULL;
  const unsigned char *end = p ? p + sqlite3_column_bytes(s, 0) : NULL;
  size_t cap = 0, want = instrument ? strlen(instrument) : 0, kcap = 0;
  char *key = NULL;
  while (p && p < end) {
    const char *ins = NULL, *rid;
    size_t ins_n = 0, rid_n;
    int has_ins = *p++ != 0;
    if ((has_ins && get_bytes(&p, end, &ins, &ins_n) != 0) || get_bytes(&p, end, &rid, &rid_n) != 0) break;
    if (grow((void **)&l->at, &cap, l->n + 1, sizeof *l->at) != 0) { oom = 1; break; }
    long k = -1;
    if (!instrument || (has_ins && ins_n == want && memcmp(ins, instrument, want) == 0)) {
      size_t len = strnlen(rid, rid_n);
      if (grow((void **)&key, &kcap, len + 1, 1) != 0) { oom = 1; break; }
      memcpy(key, rid, len);
      key[len] = '\0';
      if ((k = key_index(ks, key)) < 0) { oom = 1; break; }
    }
    l->at[l->n++] = k;
  }
  sqlite3_reset(s);
  free(key);
  return oom ? fail(err, STORE_NOMEM, "out of memory") : 0;
}

/* The obligations' cells of m's rows (S_MATRIX_OBLIGATION, a run at a
** time): each run's cells and list into t, each list read once and its
** keys into ks. */
static int matrix_read_obligations(lx_store *st, const store_matrix *m, const char *instrument, key_set *ks,
                                   tally_read *t, store_error *err) {
  int src = SQLITE_DONE, oom = 0;
  for (size_t row = 0; row < m->nrows && !oom && src == SQLITE_DONE; row++) {
    sqlite3_stmt *s = prep(st, S_MATRIX_OBLIGATION, err);
    if (!s) { src = -1; break; }
    sqlite3_bind_int64(s, 1, m->rows[row].id);
    while ((src = step(st, s, "cannot read the database", err)) == SQLITE_ROW) {
      long long id = sqlite3_column_int64(s, 0);
      size_t l = 0;
      while (l < t->nlists && t->lists[l].id != id) l++;
      size_t n = (size_t)sqlite3_column_bytes(s, 1);
      const void *cells = sqlite3_column_blob(s, 1);
      if (grow((void **)&t->rows, &t->rows_cap, t->nrows + 1, sizeof *t->rows) != 0) { oom = 1; break; }
      tally_row *r = &t->rows[t->nrows];
      if (n && (!(r->cells = malloc(n)) || !cells)) { oom = 1; break; }
      if (n) memcpy(r->cells, cells, n);
      r->row = row;
      r->list = l;
      r->n = n;
      t->nrows++;
      if (l == t->nlists) {              /* met first: its keys (another statement) */
        if (grow((void **)&t->lists, &t->lists_cap, t->nlists + 1, sizeof *t->lists) != 0) { oom = 1; break; }
        t->nlists++;
        if (column_list_read(st, id, instrument, ks, &t->lists[l], err) != 0) { src = -1; break; }
      }
    }
    sqlite3_reset(s);
  }
  if (oom) return fail(err, STORE_NOMEM, "out of memory");
  return src < 0 ? -1 : 0;
}

/* Fill m's cells from the obligation cells read (t), in the order read (a
** later cell replaces an earlier); column_of[key] is a key's column. */
static void matrix_place_obligations(store_matrix *m, tally_read *t, const size_t *column_of) {
  for (size_t l = 0; l < t->nlists; l++)
    for (size_t e = 0; e < t->lists[l].n; e++)
      if (t->lists[l].at[e] >= 0) t->lists[l].at[e] = (long)column_of[t->lists[l].at[e]];
  for (size_t i = 0; i < t->nrows; i++) {
    const tally_row *r = &t->rows[i];
    const column_list *l = &t->lists[r->list];
    store_cell *row = &m->cells[r->row * m->ncols];
    size_t n = r->n < l->n ? r->n : l->n;
    for (size_t e = 0; e < n; e++) {
      if (l->at[e] < 0) continue;
      store_cell *c = &row[l->at[e]];
      int status = r->cells[e] & CELL_STATUS;
      c->status = status < LX_NSTATUS ? status : -1;
      c->findings = 1;
      c->gaps = (r->cells[e] & CELL_GAP) != 0;
    }
  }
}

int store_matrix_build(lx_store *st, int by_article, const char *instrument, store_matrix *m, store_error *err) {
  int rc = 0;
  key_set ks = { 0 };
  read_cell *cells = NULL;
  tally_read tallies = { 0 };
  size_t ncells = 0, *column_of = NULL;
  memset(m, 0, sizeof *m);
  m->by_article = by_article;
  sqlite3_stmt *s = prep(st, S_RUNS_LATEST, err);
  if (!s) return -1;
  /* the rows and their cells from one snapshot */
  int began = sqlite3_get_autocommit(st->db) && sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  if ((rc = infos_collect(st, s, &m->rows, &m->nrows, err)) != 0) goto done;
  if (by_article) rc = matrix_read_articles(st, m, instrument, &ks, &cells, &ncells, err);
  else rc = matrix_read_obligations(st, m, instrument, &ks, &tallies, err);
  if (rc != 0) goto done;
  /* the columns in instrument order; each key's place among them */
  m->cols = malloc((ks.n + 1) * sizeof *m->cols);
  column_of = malloc((ks.n + 1) * sizeof *column_of);
  m->cells = calloc(m->nrows * ks.n + 1, sizeof *m->cells);
  if (!m->cols || !column_of || !m->cells) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  if (ks.n) memcpy(m->cols, ks.keys, ks.n * sizeof *m->cols);
  m->ncols = ks.n;
  ks.n = 0;                                     /* the keys are the matrix's now */
  qsort(m->cols, m->ncols, sizeof *m->cols, cmp_ref_ptr);
  for (size_t j = 0; j < m->ncols; j++) column_of[ks.slots[key_slot(&ks, m->cols[j])] - 1] = j;
  for (size_t i = 0; i < m->nrows * m->ncols; i++) m->cells[i].status = -1;
  for (size_t i = 0; i < ncells; i++)           /* in the order read: a later cell replaces an earlier */
    m->cells[cells[i].row * m->ncols + column_of[cells[i].key]] = cells[i].cell;
  matrix_place_obligations(m, &tallies, column_of);
done:
  if (began) sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
  for (size_t i = 0; i < ks.n; i++) free(ks.keys[i]);
  free(ks.keys);
  free(ks.slots);
  free(cells);
  tally_read_free(&tallies);
  free(column_of);
  if (rc != 0) store_matrix_free(m);
  return rc;
}

void store_matrix_free(store_matrix *m) {
  store_run_infos_free(m->rows, m->nrows);
  for (size_t i = 0; i < m->ncols; i++) free(m->cols[i]);
  free(m->cols);
  free(m->cells);
  memset(m, 0, sizeof *m);
}

/* ---------------------------------------------------------------------- */
/* Provision search                                                        */
/* ---------------------------------------------------------------------- */

#define SEARCH_MAX_TERMS 16

/* The query as terms: words, "quoted phrases", a trailing * for a prefix. */
typedef struct {
  char *text[SEARCH_MAX_TERMS];
  int prefix[SEARCH_MAX_TERMS];
  int n;
} terms;

static int word_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'' || c == '-';
}

static void terms_free(terms *t) {
  for (int i = 0; i < t->n; i++) free(t->text[i]);
  t->n = 0;
}

/* Split q; returns 0, or -1 with err set. */
static int terms_parse(const char *q, terms *t, store_error *err) {
  memset(t, 0, sizeof *t);
  const char *p = q;
  while (*p) {
    strbuf b;
    int prefix = 0;
    if (*p == '"') {                    /* a phrase: its words, single-spaced */
      p++;
      sb_init(&b);
      while (*p && *p != '"') {
        while (*p && *p != '"' && !word_char((unsigned char)*p)) p++;
        size_t k = 0;
        while (p[k] && word_char((unsigned char)p[k])) k++;
        if (k) { if (b.len) sb_putc(&b, ' '); sb_putn(&b, p, k); }
        p += k;
      }
      if (*p == '"') p++;
    } else if (word_char((unsigned char)*p)) {
      size_t k = 0;
      while (p[k] && word_char((unsigned char)p[k])) k++;
      sb_init(&b);
      sb_putn(&b, p, k);
      p += k;
      if (*p == '*') { prefix = 1; p++; }
    } else { p++; continue; }
    /* words made only of quote marks and hyphens say nothing */
    int useful = 0;
    for (size_t i = 0; i < b.len; i++) if (b.s[i] != '\'' && b.s[i] != '-' && b.s[i] != ' ') useful = 1;
    if (!useful || b.len == 0) { sb_free(&b); continue; }
    if (t->n == SEARCH_MAX_TERMS) { sb_free(&b); terms_free(t); return fail(err, STORE_ERROR, "too many words (at most %d)", SEARCH_MAX_TERMS); }
    char *s = sb_take(&b);
    if (!s) { terms_free(t); return fail(err, STORE_NOMEM, "out of memory"); }
    t->prefix[t->n] = prefix;
    t->text[t->n++] = s;
  }
  if (t->n == 0) return fail(err, STORE_ERROR, "nothing to search for (give one or more words)");
  return 0;
}

/* One text to index. */
typedef struct {
  const char *instrument;
  char *ref, *lang, *title, *body;
} ptext;

typedef struct {
  ptext *v;
  size_t n, cap;
  int oom;
} ptexts;

static void ptexts_add(ptexts *pt, const char *instrument, const char *ref, const char *lang, const char *title,
                       const char *body) {
  for (size_t i = 0; i < pt->n; i++)       /* one row per distinct text */
    if (strcmp(pt->v[i].ref, ref) == 0 && strcmp(pt->v[i].lang, lang) == 0 && strcmp(pt->v[i].body, body) == 0) return;
  if (grow((void **)&pt->v, &pt->cap, pt->n + 1, sizeof *pt->v) != 0) { pt->oom = 1; return; }
  ptext *p = &pt->v[pt->n];
  p->instrument = instrument;
  p->ref = strdup(ref);
  p->lang = strdup(lang);
  p->title = strdup(title ? title : "");
  p->body = strdup(body);
  if (!p->ref || !p->lang || !p->title || !p->body) {
    free(p->ref); free(p->lang); free(p->title); free(p->body);
    pt->oom = 1;
    return;
  }
  pt->n++;
}

static void ptexts_free(ptexts *pt) {
  for (size_t i = 0; i < pt->n; i++) { free(pt->v[i].ref); free(pt->v[i].lang); free(pt->v[i].title); free(pt->v[i].body); }
  free(pt->v);
}

/* The texts file of one language: instrument, lang, articles[n].title,
** provisions[ref] = text.  Returns 1 when it provided texts, 0 when it holds
** none, -1 on a parse error (err set). */
static int read_texts_file(const lx_instrument *ins, const char *path, const char *fname, const char *want_lang,
                           ptexts *pt, store_error *err) {
  data_error de;
  data_value *v = data_parse_file(path, &de);
  if (!v) return fail(err, STORE_ERROR, "%s:%d: %s", path, de.line, de.message);
  int rc = 0;
  const char *inst = data_str(data_get(v, "instrument"));
  const char *lang = data_str(data_get(v, "lang"));
  char flang[16];
  snprintf(flang, sizeof flang, "%.*s", (int)(strlen(fname) > 4 ? strlen(fname) - 4 : 0), fname);
  if (!lang) lang = flang;
  const data_value *prov = data_get(v, "provisions");
  const data_value *arts = data_get(v, "articles");
  if (v->kind != DATA_TABLE || (inst && strcmp(inst, ins->id) != 0)) {
    rc = fail(err, STORE_ERROR, "%s: not a texts file of instrument '%s'", path, ins->id);
  } else if (prov && prov->kind == DATA_TABLE && (!want_lang || strcmp(want_lang, lang) == 0)) {
    for (size_t i = 0; i < prov->u.table.n; i++) {
      const data_field *f = &prov->u.table.fields[i];
      const char *body = data_str(f->value);
      if (!f->key || !body) continue;
      char art[32];
      lx_ref_article(f->key, art, sizeof art);
      const data_value *a = arts ? data_get(arts, art) : NULL;
      const char *title = a ? data_str(data_get(a, "title")) : NULL;
      if (!title && a) title = data_str(a);
      ptexts_add(pt, ins->id, f->key, lang, title, body);
      rc = 1;
    }
  }
  data_free(v);
  return rc;
}

/* Gather the texts of the instruments of rs. */
static int gather_texts(const lx_ruleset *rs, const store_search_options *o, ptexts *pt, int *from_rules,
                        store_error *err) {
  static const char *const langs[] = { "en", "fr", "es" };
  for (size_t i = 0; i < rs->ninstruments; i++) {
    const lx_instrument *ins = &rs->instruments[i];
    if (o->instrument && strcmp(o->instrument, ins->id) != 0) continue;
    char dir[4400];
    snprintf(dir, sizeof dir, "%s/%s/texts", rs->dir, ins->id);
    int have[3] = { 0, 0, 0 };
    DIR *d = opendir(dir);
    struct dirent *e;
    int rc = 0;
    while (d && rc == 0 && (e = readdir(d))) {
      size_t l = strlen(e->d_name);
      if (e->d_name[0] == '.' || l <= 4 || strcmp(e->d_name + l - 4, ".lua") != 0) continue;
      char path[4800];
      snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
      size_t before = pt->n;
      rc = read_texts_file(ins, path, e->d_name, o->lang, pt, err);
      if (rc > 0) {
        for (size_t k = before; k < pt->n; k++)
          for (int g = 0; g < 3; g++) if (strcmp(pt->v[k].lang, langs[g]) == 0) have[g] = 1;
        rc = 0;
      }
    }
    if (d) closedir(d);
    if (rc < 0) return -1;
    /* the languages no texts file gives: the rules' own quotations */
    for (int g = 0; g < 3; g++) {
      if (have[g] || (o->lang && strcmp(o->lang, langs[g]) != 0)) continue;
      for (size_t k = 0; k < rs->n; k++) {
        const lx_rule *r = &rs->rules[k];
        if (!r->ref || !r->instrument || strcmp(r->instrument, ins->id) != 0) continue;
        const char *body = g == 0 ? r->text.en : g == 1 ? r->text.fr : r->text.es;
        const char *title = g == 0 ? r->title.en : g == 1 ? r->title.fr : r->title.es;
        if (!body) continue;
        ptexts_add(pt, ins->id, r->ref, langs[g], title, body);
        *from_rules = 1;
      }
    }
  }
  if (pt->oom) return fail(err, STORE_NOMEM, "out of memory");
  return 0;
}

int store_has_fts5(void) {
  sqlite3 *db = NULL;
  int ok = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
           sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x)", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close(db);
  return ok;
}

/* ASCII case-insensitive search for needle in hay; NULL when absent. */
static const char *ci_find(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (const char *p = hay; *p; p++) {
    size_t i = 0;
    while (i < n && p[i]) {
      unsigned char a = (unsigned char)p[i], b = (unsigned char)needle[i];
      if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
      if (b >= 'A' && b <= 'Z') b = (unsigned char)(b + 32);
      if (a != b) break;
      i++;
    }
    if (i == n) return p;
  }
  return NULL;
}

/* A snippet of body around the first match of the terms: about 160 bytes,
** cut at spaces, "…" where cut, every match wrapped in the marks. */
static char *like_snippet(const char *body, const terms *t, const char *mo, const char *mc) {
  const char *first = NULL;
  for (int i = 0; i < t->n; i++) {
    const char *h = ci_find(body, t->text[i]);
    if (h && (!first || h < first)) first = h;
  }
  size_t len = strlen(body);
  size_t start = 0, end = len;
  if (first) {
    size_t at = (size_t)(first - body);
    start = at > 60 ? at - 60 : 0;
    end = start + 160 < len ? start + 160 : len;
  } else if (len > 160) end = 160;
  while (start > 0 && body[start - 1] != ' ') start--;           /* whole words */
  while (end < len && body[end] != ' ') end++;
  strbuf b;
  sb_init(&b);
  if (start > 0) sb_puts(&b, "…");
  size_t i = start;
  while (i < end) {
    size_t mlen = 0;
    for (int k = 0; k < t->n; k++) {
      size_t tl = strlen(t->text[k]);
      if (i + tl <= end && ci_find(body + i, t->text[k]) == body + i) { mlen = tl; break; }
    }
    if (mlen) { sb_puts(&b, mo); sb_putn(&b, body + i, mlen); sb_puts(&b, mc); i += mlen; }
    else {
      char c = body[i++];
      sb_putc(&b, c == '\n' || c == '\t' ? ' ' : c);
    }
  }
  if (end < len) sb_puts(&b, "…");
  return sb_take(&b);
}

static int cmp_hit(const void *pa, const void *pb) {
  const store_hit *a = pa, *b = pb;
  int c = lx_ref_compare(a->ref, b->ref);
  if (c) return c;
  c = strcmp(a->ref, b->ref);
  return c ? c : strcmp(a->lang, b->lang);
}

int store_search(const lx_ruleset *rs, const char *query, const store_search_options *o,
                 store_search_result *res, store_error *err) {
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  ptexts pt = { NULL, 0, 0, 0 };
  terms t = { { NULL }, { 0 }, 0 };
  strbuf sql, match;
  int rc = 0, src;
  size_t cap = 0;
  int limit = o->limit > 0 ? o->limit : 20;
  const char *mo = o->mark_open ? o->mark_open : "[", *mc = o->mark_close ? o->mark_close : "]";
  sb_init(&sql);
  sb_init(&match);
  memset(res, 0, sizeof *res);
  if ((rc = terms_parse(query, &t, err)) != 0) goto done;
  if ((rc = gather_texts(rs, o, &pt, &res->from_rules, err)) != 0) goto done;
  res->nprovisions = pt.n;
  if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    rc = fail(err, STORE_NOMEM, "cannot open an in-memory database");
    goto done;
  }
  res->fts5 = o->method != SEARCH_LIKE &&
              sqlite3_exec(db, "CREATE VIRTUAL TABLE ptext USING fts5(instrument UNINDEXED, ref UNINDEXED,"
                               " lang UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')",
                           NULL, NULL, NULL) == SQLITE_OK;
  if (o->method == SEARCH_FTS5 && !res->fts5) {
    rc = fail(err, STORE_ERROR, "this SQLite library has no FTS5 (use --method like)");
    goto done;
  }
  if (!res->fts5 && sqlite3_exec(db, "CREATE TABLE ptext(instrument TEXT, ref TEXT, lang TEXT, title TEXT, body TEXT)",
                                 NULL, NULL, NULL) != SQLITE_OK) {
    rc = sql_fail(NULL, db, sqlite3_errcode(db), "cannot build the search index", err);
    goto done;
  }
  if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "INSERT INTO ptext VALUES (?1, ?2, ?3, ?4, ?5)", -1, &s, NULL) != SQLITE_OK) {
    rc = sql_fail(NULL, db, sqlite3_errcode(db), "cannot build the search index", err);
    goto done;
  }
  for (size_t i = 0; i < pt.n; i++) {
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, pt.v[i].instrument, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, pt.v[i].ref, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, pt.v[i].lang, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, pt.v[i].title, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, pt.v[i].body, -1, SQLITE_STATIC);
    if (sqlite3_step(s) != SQLITE_DONE) {
      rc = sql_fail(NULL, db, sqlite3_errcode(db), "cannot build the search index", err);
      goto done;
    }
  }
  sqlite3_finalize(s);
  s = NULL;
  sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  if (res->fts5) {
    for (int i = 0; i < t.n; i++) {       /* every term quoted: no FTS5 syntax from the user */
      if (i) sb_putc(&match, ' ');
      sb_putc(&match, '"');
      for (const char *c = t.text[i]; *c; c++) { if (*c == '"') sb_putc(&match, '"'); sb_putc(&match, *c); }
      sb_putc(&match, '"');
      if (t.prefix[i]) sb_putc(&match, '*');
    }
    sb_printf(&sql, "SELECT instrument, ref, lang, title, snippet(ptext, -1, ?2, ?3, '…', 24), body FROM ptext"
                    " WHERE ptext MATCH ?1 AND (?4 IS NULL OR lang = ?4) ORDER BY rank");
  } else {
    sb_puts(&sql, "SELECT instrument, ref, lang, title, NULL, body FROM ptext WHERE (?4 IS NULL OR lang = ?4)");
    for (int i = 0; i < t.n; i++)
      sb_printf(&sql, " AND (body LIKE ?%d ESCAPE '\\' OR title LIKE ?%d ESCAPE '\\')", 5 + i, 5 + i);
  }
  if (sb_failed(&sql) || sb_failed(&match)) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  if (sqlite3_prepare_v2(db, sql.s, -1, &s, NULL) != SQLITE_OK) {
    rc = sql_fail(NULL, db, sqlite3_errcode(db), "cannot search", err);
    goto done;
  }
  if (res->fts5) sqlite3_bind_text(s, 1, match.s, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, mo, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, mc, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 4, o->lang, -1, SQLITE_STATIC);
  for (int i = 0; !res->fts5 && i < t.n; i++) {
    strbuf pat;
    sb_init(&pat);
    sb_putc(&pat, '%');
    for (const char *c = t.text[i]; *c; c++) { if (*c == '%' || *c == '_' || *c == '\\') sb_putc(&pat, '\\'); sb_putc(&pat, *c); }
    sb_putc(&pat, '%');
    char *p = sb_take(&pat);
    if (!p) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
    sqlite3_bind_text(s, 5 + i, p, -1, free);
  }
  while ((src = sqlite3_step(s)) == SQLITE_ROW) {
    if (res->fts5 && res->n >= (size_t)limit) break;
    if (grow((void **)&res->hits, &cap, res->n + 1, sizeof *res->hits) != 0) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
    store_hit *h = &res->hits[res->n++];
    int oom = 0;
    h->instrument = col_dup(s, 0, &oom);
    h->ref = col_dup(s, 1, &oom);
    h->lang = col_dup(s, 2, &oom);
    h->title = col_dup(s, 3, &oom);
    if (res->fts5) h->snippet = col_dup(s, 4, &oom);
    else if (!(h->snippet = like_snippet((const char *)sqlite3_column_text(s, 5), &t, mo, mc))) oom = 1;
    if (oom) { rc = fail(err, STORE_NOMEM, "out of memory"); goto done; }
  }
  if (src != SQLITE_ROW && src != SQLITE_DONE) {
    rc = sql_fail(NULL, db, src, "cannot search", err);
    goto done;
  }
  if (!res->fts5) {      /* no ranking without FTS5: instrument order */
    if (res->n) qsort(res->hits, res->n, sizeof *res->hits, cmp_hit);
    while (res->n > (size_t)limit) {
      store_hit *h = &res->hits[--res->n];
      free(h->instrument); free(h->ref); free(h->lang); free(h->title); free(h->snippet);
    }
  }
done:
  sqlite3_finalize(s);
  sqlite3_close(db);
  ptexts_free(&pt);
  terms_free(&t);
  sb_free(&sql);
  sb_free(&match);
  if (rc != 0) store_search_free(res);
  return rc;
}

void store_search_free(store_search_result *res) {
  for (size_t i = 0; i < res->n; i++) {
    store_hit *h = &res->hits[i];
    free(h->instrument); free(h->ref); free(h->lang); free(h->title); free(h->snippet);
  }
  free(res->hits);
  memset(res, 0, sizeof *res);
}
