/*
 * test_sqlite_lazy.c -- the store's SQLite, loaded at its first call
 * (engine/sqlite_lazy.h).
 *
 * This test links SQLite itself: the functions the table is filled with
 * must be the very functions the linker gives (the same library, loaded
 * once), every one of them; and the store works through them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#define LX_SQLITE_LAZY_IMPLEMENTATION   /* the real names here, to compare with */
#include "sqlite_lazy.h"

static void test_table_holds_the_linked_functions(void **state) {
  (void)state;
  assert_false(lx_sqlite.loaded);                  /* nothing loaded before the first call */
  const lx_sqlite_api *api = lx_sqlite_load();
  assert_ptr_equal(api, &lx_sqlite);
  assert_true(api->loaded);
  size_t n = 0;
#define LX_SQLITE_SAME(name) \
  assert_ptr_equal((void *)(uintptr_t)api->name, (void *)(uintptr_t)&sqlite3_##name); n++;
  LX_SQLITE_FUNCTIONS(LX_SQLITE_SAME)
#undef LX_SQLITE_SAME
  assert_int_equal(n, 40);
  assert_ptr_equal(lx_sqlite_get(), api);          /* loaded once */
  assert_ptr_equal(lx_sqlite_load(), api);
}

/* A database opened, written and read through the table. */
static void test_database_through_the_table(void **state) {
  (void)state;
  const lx_sqlite_api *q = lx_sqlite_get();
  sqlite3 *db = NULL;
  assert_int_equal(q->open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), SQLITE_OK);
  assert_int_equal(q->exec(db, "CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('untoc:5.1.a');", NULL, NULL, NULL),
                   SQLITE_OK);
  sqlite3_stmt *st = NULL;
  assert_int_equal(q->prepare_v2(db, "SELECT x FROM t", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(q->step(st), SQLITE_ROW);
  assert_string_equal((const char *)q->column_text(st, 0), "untoc:5.1.a");
  assert_int_equal(q->step(st), SQLITE_DONE);
  assert_int_equal(q->finalize(st), SQLITE_OK);
  assert_int_equal(q->close_v2(db), SQLITE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_table_holds_the_linked_functions),
    cmocka_unit_test(test_database_through_the_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
