/*
 * sqlite_lazy.h -- the SQLite library loaded when the store first needs it.
 *
 * Most commands never open a store (a plain `assess`, `rules`, `test`,
 * `--version`), yet a library linked in is loaded and relocated at every
 * start: SQLite's relocations were about 1.1 million instructions, some 17
 * page faults and 0.2 ms of each run.  So the executable is linked without
 * it (-Wl,--as-needed drops a library it no longer calls directly), and the
 * store (store.c, the one file that calls SQLite) reaches every function
 * through the table below, filled by dlopen of the system's shared library
 * (the same file the linker would have named: its updates apply as before)
 * and dlsym at the first call.  A program that links SQLite itself (the
 * unit tests) gets the library already loaded: the same functions.
 *
 * If the library cannot be loaded or lacks a function, the first call into
 * the store prints why and exits with status 127, as the dynamic linker
 * does for a missing library (before, such a lexgap would not start).
 *
 * Include it after <sqlite3.h>, in a file that calls SQLite: it names each
 * function sqlite3_NAME as the table's NAME.
 */
#ifndef LX_SQLITE_LAZY_H
#define LX_SQLITE_LAZY_H

#include <sqlite3.h>

/* The shared library opened (its soname). */
#define LX_SQLITE_LIBRARY "libsqlite3.so.0"

/* Every SQLite function the store calls. */
#define LX_SQLITE_FUNCTIONS(X) \
  X(bind_blob) X(bind_int) X(bind_int64) X(bind_null) X(bind_text) X(bind_value) X(busy_timeout) \
  X(clear_bindings) X(close) X(close_v2) X(column_blob) X(column_bytes) X(column_count) X(column_int) \
  X(column_int64) X(column_name) X(column_text) X(column_type) X(column_value) X(db_config) X(db_readonly) X(errcode) X(errmsg) \
  X(errstr) X(exec) X(extended_result_codes) X(file_control) X(finalize) X(free) X(get_autocommit) \
  X(last_insert_rowid) X(open) X(open_v2) X(prepare_v2) X(prepare_v3) X(reset) X(sleep) X(step) \
  X(system_errno) X(vfs_find)

#define LX_SQLITE_SLOT(name) __typeof__(sqlite3_##name) *name;
typedef struct {
  int loaded;
  LX_SQLITE_FUNCTIONS(LX_SQLITE_SLOT)
} lx_sqlite_api;
#undef LX_SQLITE_SLOT

extern lx_sqlite_api lx_sqlite;

/* The table, filled (the library loaded) at the first call; never returns
** an incomplete one: exits with status 127 and a message instead. */
const lx_sqlite_api *lx_sqlite_load(void);

static inline const lx_sqlite_api *lx_sqlite_get(void) {
  return lx_sqlite.loaded ? &lx_sqlite : lx_sqlite_load();
}

#ifndef LX_SQLITE_LAZY_IMPLEMENTATION
#define sqlite3_bind_blob (lx_sqlite_get()->bind_blob)
#define sqlite3_bind_int (lx_sqlite_get()->bind_int)
#define sqlite3_bind_int64 (lx_sqlite_get()->bind_int64)
#define sqlite3_bind_null (lx_sqlite_get()->bind_null)
#define sqlite3_bind_text (lx_sqlite_get()->bind_text)
#define sqlite3_bind_value (lx_sqlite_get()->bind_value)
#define sqlite3_busy_timeout (lx_sqlite_get()->busy_timeout)
#define sqlite3_clear_bindings (lx_sqlite_get()->clear_bindings)
#define sqlite3_close (lx_sqlite_get()->close)
#define sqlite3_close_v2 (lx_sqlite_get()->close_v2)
#define sqlite3_column_blob (lx_sqlite_get()->column_blob)
#define sqlite3_column_bytes (lx_sqlite_get()->column_bytes)
#define sqlite3_column_count (lx_sqlite_get()->column_count)
#define sqlite3_column_int (lx_sqlite_get()->column_int)
#define sqlite3_column_int64 (lx_sqlite_get()->column_int64)
#define sqlite3_column_name (lx_sqlite_get()->column_name)
#define sqlite3_column_text (lx_sqlite_get()->column_text)
#define sqlite3_column_type (lx_sqlite_get()->column_type)
#define sqlite3_column_value (lx_sqlite_get()->column_value)
#define sqlite3_db_config (lx_sqlite_get()->db_config)
#define sqlite3_db_readonly (lx_sqlite_get()->db_readonly)
#define sqlite3_errcode (lx_sqlite_get()->errcode)
#define sqlite3_errmsg (lx_sqlite_get()->errmsg)
#define sqlite3_errstr (lx_sqlite_get()->errstr)
#define sqlite3_exec (lx_sqlite_get()->exec)
#define sqlite3_extended_result_codes (lx_sqlite_get()->extended_result_codes)
#define sqlite3_file_control (lx_sqlite_get()->file_control)
#define sqlite3_finalize (lx_sqlite_get()->finalize)
#define sqlite3_free (lx_sqlite_get()->free)
#define sqlite3_get_autocommit (lx_sqlite_get()->get_autocommit)
#define sqlite3_last_insert_rowid (lx_sqlite_get()->last_insert_rowid)
#define sqlite3_open (lx_sqlite_get()->open)
#define sqlite3_open_v2 (lx_sqlite_get()->open_v2)
#define sqlite3_prepare_v2 (lx_sqlite_get()->prepare_v2)
#define sqlite3_prepare_v3 (lx_sqlite_get()->prepare_v3)
#define sqlite3_reset (lx_sqlite_get()->reset)
#define sqlite3_sleep (lx_sqlite_get()->sleep)
#define sqlite3_step (lx_sqlite_get()->step)
#define sqlite3_system_errno (lx_sqlite_get()->system_errno)
#define sqlite3_vfs_find (lx_sqlite_get()->vfs_find)
#endif

#endif
