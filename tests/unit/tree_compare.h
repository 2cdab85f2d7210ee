/*
 * tree_compare.h -- two data trees compared value for value, for the unit
 * suites that check one way of making a tree against another
 * (test_schema_bundled.c, test_data.c).  Header-only; include it after
 * cmocka.h.
 */
#ifndef LX_TEST_TREE_COMPARE_H
#define LX_TEST_TREE_COMPARE_H

#include <stdio.h>
#include <string.h>

#include "data.h"

/* Fail, naming where, unless a and b are the same tree: kinds, lines,
** keys, indices, strings with their lengths, numbers bit for bit, the
** order of every table. */
static void assert_same_tree(const data_value *a, const data_value *b, const char *where) {
  if (a->kind != b->kind || a->line != b->line) fail_msg("%s: kind %d/%d, line %d/%d", where, a->kind, b->kind, a->line, b->line);
  switch (a->kind) {
    case DATA_NIL: return;
    case DATA_BOOLEAN: if (a->u.boolean != b->u.boolean) fail_msg("%s: boolean", where); return;
    case DATA_INTEGER: if (a->u.integer != b->u.integer) fail_msg("%s: integer", where); return;
    case DATA_NUMBER: if (memcmp(&a->u.number, &b->u.number, sizeof a->u.number) != 0) fail_msg("%s: number", where); return;
    case DATA_STRING:
      if (a->u.string.len != b->u.string.len || memcmp(a->u.string.s, b->u.string.s, a->u.string.len + 1) != 0)
        fail_msg("%s: string", where);
      return;
    case DATA_TABLE: break;
  }
  if (a->u.table.n != b->u.table.n) fail_msg("%s: %zu/%zu fields", where, a->u.table.n, b->u.table.n);
  for (size_t i = 0; i < a->u.table.n; i++) {
    const data_field *fa = &a->u.table.fields[i], *fb = &b->u.table.fields[i];
    char sub[1024];
    if (fa->key) snprintf(sub, sizeof sub, "%s.%s", where, fa->key);
    else snprintf(sub, sizeof sub, "%s[%lld]", where, fa->index);
    if (!fa->key != !fb->key || (fa->key && strcmp(fa->key, fb->key) != 0) || fa->index != fb->index || fa->line != fb->line)
      fail_msg("%s: field %zu differs (key, index or line)", sub, i);
    assert_same_tree(fa->value, fb->value, sub);
  }
}

#endif
