/*
 * test_schema.c -- profile validation against the profile model
 * (engine/schema.c, engine/profile.c) with the real rules/schema.lua.
 *
 * Profiles are written as C strings, parsed with data_parse and validated
 * with profile_from_data; a few go through files and profile_load.  Every
 * problem is checked for its line, its key path and its exact message.
 *
 * LEXGAP_ROOT must name the repository root.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data.h"
#include "diag.h"
#include "profile.h"
#include "schema.h"
#include "strbuf.h"

static data_value *schema;   /* rules/schema.lua, parsed once */

static int setup(void **state) {
  const char *root = getenv("LEXGAP_ROOT");
  char path[4096];
  data_error err;
  (void)state;
  if (!root) { fprintf(stderr, "LEXGAP_ROOT is not set\n"); return -1; }
  snprintf(path, sizeof path, "%s/rules/schema.lua", root);
  schema = data_parse_file(path, &err);
  if (!schema) { fprintf(stderr, "%s:%d: %s\n", path, err.line, err.message); return -1; }
  return 0;
}

static int teardown(void **state) {
  (void)state;
  data_free(schema);
  schema = NULL;
  return 0;
}

/* Parse src (which must be well formed) and validate it as "p.lua".
** Returns profile_from_data's result; problems go to d (initialised here). */
static int check_profile(const char *src, lx_profile *p, diag_list *d) {
  data_error err;
  data_value *v = data_parse(src, strlen(src), &err);
  if (!v) fail_msg("test profile does not parse: line %d: %s", err.line, err.message);
  diag_init(d);
  return profile_from_data(p, "p.lua", v, schema, d);
}

/* The problem with this key path; fails if there is none or several. */
static const diag *problem_at(const diag_list *d, const char *key) {
  const diag *found = NULL;
  for (size_t i = 0; i < d->n; i++) {
    if (d->items[i].key && strcmp(d->items[i].key, key) == 0) {
      if (found) fail_msg("two problems at %s", key);
      found = &d->items[i];
    }
  }
  if (!found) {
    diag_print(d, stderr);
    fail_msg("no problem reported at key %s", key);
  }
  return found;
}

/* Exactly one problem at key, on line, with this message. */
static void expect_problem(const diag_list *d, const char *key, int line, const char *message) {
  const diag *p = problem_at(d, key);
  assert_string_equal(p->file, "p.lua");
  assert_string_equal(p->message, message);
  assert_int_equal(p->line, line);
}

/* The profile must be refused with exactly n problems. */
static void expect_refused(const char *src, size_t n, diag_list *d) {
  lx_profile p;
  int rc = check_profile(src, &p, d);
  if (rc == 0) { profile_free(&p); fail_msg("profile accepted, expected %zu problems", n); }
  assert_int_equal(rc, -1);
  assert_null(p.data);             /* refused: left empty, tree freed */
  assert_null(p.file);
  if (d->n != n) { diag_print(d, stderr); fail_msg("%zu problems, expected %zu", d->n, n); }
  assert_int_equal(d->oom, 0);
}

#define HEAD_WITH(code, name) "return {\n  profile_format = 1,\n  state = { code = \"" code "\", name = \"" name "\" },\n" \
                              "  describes_law_as_of = \"2024-01-01\",\n"
#define HEAD HEAD_WITH("MIN", "Minimalia")
/* HEAD takes lines 1-4; the next line of a profile is line 5. */

/*
** Valid profiles
*/

static void test_minimal_profile_passes(void **state) {
  lx_profile p;
  diag_list d;
  (void)state;
  assert_int_equal(check_profile(HEAD "}\n", &p, &d), 0);
  assert_int_equal(d.n, 0);
  assert_non_null(p.data);
  assert_string_equal(p.file, "p.lua");
  assert_string_equal(p.state_code, "MIN");
  assert_string_equal(p.state_name, "Minimalia");
  assert_null(p.state_name_fr);
  assert_string_equal(p.describes, "2024-01-01");
  profile_free(&p);
  assert_null(p.data);
  diag_free(&d);
}

static void test_rich_profile_passes(void **state) {
  lx_profile p;
  diag_list d;
  (void)state;
  int rc = check_profile(
      "return {\n"
      "  profile_format = 1,\n"
      "  state = { code = \"FRA\", name = \"France\", name_fr = \"France\", kind = \"state\",\n"
      "            eu_member = { from = \"1958-01-01\" } },\n"
      "  describes_law_as_of = \"2024-02-29\",\n"
      "  parties = { untoc = { signed = \"2000-12-12\", deposited = \"2002-10-29\", means = \"approval\" } },\n"
      "  reservations = { { instrument = \"untoc\", provisions = { \"untoc:35.2\" }, from = \"2002-10-29\" } },\n"
      "  notifications = { { provision = \"untoc:18.13\", date = \"2003-01-01\" } },\n"
      "  penalty_scale = { max_prison_years = { 0.5, 1, 2, 3, 5, 7, 10 }, life_imprisonment = true, closed = true },\n"
      "  offences = {\n"
      "    fr_cp_324_1 = { name = \"Blanchiment\", source = \"Code pénal, art. 324-1\", max_prison_years = 5,\n"
      "                    conduct = { \"laundering_conversion_transfer\", \"laundering_concealment_disguise\" },\n"
      "                    mental = { \"intent\" }, predicates = { scope = \"all_offences\" },\n"
      "                    foreign_predicates = \"dual_criminality\", self_laundering = true },\n"
      "    [\"fr-cp-450-1\"] = { name = \"Association de malfaiteurs\", source = \"Code pénal, art. 450-1\" },\n"
      "  },\n"
      "  jurisdiction = { territory = { adopted = true, source = \"Code pénal, art. 113-2\", from = \"1994-03-01\" },\n"
      "                   flag_vessels = { adopted = \"partly\", missing = { \"aircraft\" } } },\n"
      "  legal_persons = { monetary_sanctions = { adopted = true, max_fine = 5000000, currency = \"EUR\" } },\n"
      "  extradition = { nationals = { adopted = true, policy = \"not_extradited\" } },\n"
      "}\n", &p, &d);
  if (rc != 0) diag_print(&d, stderr);
  assert_int_equal(rc, 0);
  assert_int_equal(d.n, 0);
  assert_string_equal(p.state_code, "FRA");
  assert_string_equal(p.state_name_fr, "France");
  profile_free(&p);
  diag_free(&d);
}

/*
** Unknown keys
*/

static void test_unknown_key_nested(void **state) {
  diag_list d;
  char line[1024];
  (void)state;
  expect_refused(HEAD
                 "  jurisdiction = {\n"
                 "    territroy = { adopted = true, source = \"Penal Code s. 1\" },\n"
                 "  },\n"
                 "}\n", 1, &d);
  expect_problem(&d, "jurisdiction.territroy", 6, "unknown key 'territroy' (did you mean 'territory'?)");
  diag_format(&d.items[0], line, sizeof line);
  assert_string_equal(line, "p.lua:6: jurisdiction.territroy: unknown key 'territroy' (did you mean 'territory'?)");
  diag_free(&d);
}

static void test_unknown_key_at_every_depth(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  jurisdictoin = {},\n"                                          /* 5: top level */
                 "  state_ = 1,\n"                                                 /* 6 */
                 "  parties = { untoc = { deposted = \"2004-06-01\" } },\n"        /* 7: map entry */
                 "  jurisdiction = { territory = { adoptd = true } },\n"          /* 8: named type */
                 "  offences = { x = { name = \"n\", source = \"s\",\n"            /* 9 */
                 "    predicates = { scope = \"list\", ofences = {} } } },\n"      /* 10: nested record */
                 "  legal_persons = { monetary_sanctions = { max_fines = 1 } },\n" /* 11: measure extra */
                 "  zzzzzzzzzz = true,\n"                                          /* 12: no suggestion */
                 "}\n", 7, &d);
  expect_problem(&d, "jurisdictoin", 5, "unknown key 'jurisdictoin' (did you mean 'jurisdiction'?)");
  expect_problem(&d, "state_", 6, "unknown key 'state_' (did you mean 'state'?)");
  expect_problem(&d, "parties.untoc.deposted", 7, "unknown key 'deposted' (did you mean 'deposited'?)");
  expect_problem(&d, "jurisdiction.territory.adoptd", 8, "unknown key 'adoptd' (did you mean 'adopted'?)");
  expect_problem(&d, "offences.x.predicates.ofences", 10, "unknown key 'ofences' (did you mean 'offences'?)");
  expect_problem(&d, "legal_persons.monetary_sanctions.max_fines", 11,
                 "unknown key 'max_fines' (did you mean 'max_fine'?)");
  expect_problem(&d, "zzzzzzzzzz", 12, "unknown key 'zzzzzzzzzz'");
  diag_free(&d);
}

/*
** Wrong types
*/

static void test_wrong_types(void **state) {
  diag_list d;
  (void)state;
  expect_refused("return {\n"
                 "  profile_format = \"1\",\n"                                     /* 2 */
                 "  state = { code = \"X\", name = { \"Xland\" } },\n"             /* 3 */
                 "  describes_law_as_of = 20240101,\n"                             /* 4 */
                 "  jurisdiction = {\n"
                 "    territory = { adopted = \"yes\", considered = \"yes\" },\n" /* 6 */
                 "    flag_vessels = { adopted = 1, source = true },\n"           /* 7 */
                 "    registered_aircraft = \"adopted\",\n"                        /* 8 */
                 "  },\n"
                 "  penalty_scale = { max_prison_years = { 5, \"ten\", -1 } },\n"  /* 10 */
                 "  offences = { x = { name = \"n\", source = \"s\", conduct = \"bribery_indirect\" } },\n" /* 11 */
                 "  parties = \"untoc\",\n"                                         /* 12 */
                 "  notifications = { { provision = \"untoc:5\", date = \"2020-01-01\", content = 7 } },\n" /* 13 */
                 "}\n", 13, &d);
  expect_problem(&d, "profile_format", 2, "expected an integer, found a string");
  expect_problem(&d, "state.name", 3, "expected a string, found a table");
  expect_problem(&d, "describes_law_as_of", 4, "expected a date \"YYYY-MM-DD\", found an integer");
  expect_problem(&d, "jurisdiction.territory.adopted", 6, "expected true, false or \"partly\", found \"yes\"");
  expect_problem(&d, "jurisdiction.territory.considered", 6, "expected true or false, found a string");
  expect_problem(&d, "jurisdiction.flag_vessels.adopted", 7, "expected true, false or \"partly\", found an integer");
  expect_problem(&d, "jurisdiction.flag_vessels.source", 7, "expected a string, found a boolean");
  expect_problem(&d, "jurisdiction.registered_aircraft", 8, "expected a table of named fields, found a string");
  expect_problem(&d, "penalty_scale.max_prison_years[2]", 10, "expected a number, found a string");
  expect_problem(&d, "penalty_scale.max_prison_years[3]", 10, "expected a number of zero or more");
  expect_problem(&d, "offences.x.conduct", 11, "expected a list { ... }, found a string");
  expect_problem(&d, "parties", 12, "expected a table of named entries, found a string");
  expect_problem(&d, "notifications[1].content", 13, "expected a string, found an integer");
  diag_free(&d);
}

static void test_number_accepts_integers_and_floats(void **state) {
  lx_profile p;
  diag_list d;
  (void)state;
  assert_int_equal(check_profile(HEAD "  penalty_scale = { max_prison_years = { 0, 0.5, 10, 1e1 } },\n}\n", &p, &d), 0);
  profile_free(&p);
  diag_free(&d);
  /* but an integer field refuses a float */
  expect_refused("return { profile_format = 1.0, state = { code = \"X\", name = \"Y\" },"
                 " describes_law_as_of = \"2024-01-01\" }", 1, &d);
  expect_problem(&d, "profile_format", 1, "expected an integer, found a number");
  diag_free(&d);
}

/* profile_format names a version this lexgap reads; any other is refused
** with file, line and key, together with the profile's other problems. */
static void test_profile_format_versions(void **state) {
  diag_list d;
  (void)state;
  static const char *const bad[] = { "0", "2", "-1", "9223372036854775807" };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char src[256];
    snprintf(src, sizeof src, "return {\n  profile_format = %s,\n  state = { code = \"X\", name = \"Y\" },"
             " describes_law_as_of = \"2024-01-01\", bogus = 1 }", bad[i]);
    expect_refused(src, 2, &d);
    const diag *p = problem_at(&d, "profile_format");
    assert_int_equal(p->line, 2);
    assert_true(strncmp(p->message, "unsupported profile format ", 27) == 0);
    assert_non_null(strstr(p->message, "this lexgap reads format 1"));
    problem_at(&d, "bogus");
    diag_free(&d);
  }
}

/*
** Dates
*/

static void test_malformed_dates(void **state) {
  diag_list d;
  (void)state;
  expect_refused("return {\n"
                 "  profile_format = 1,\n"
                 "  state = { code = \"X\", name = \"Y\" },\n"
                 "  describes_law_as_of = \"2024-02-30\",\n"                        /* 4 */
                 "  parties = { untoc = { signed = \"2024-1-01\",\n"                /* 5 */
                 "                        deposited = \"yesterday\",\n"              /* 6 */
                 "                        denounced = \"2023-02-29\" } },\n"         /* 7 */
                 "  jurisdiction = { territory = { from = \"2024-13-01\", repealed = \"2024-02-29\" } },\n" /* 8 */
                 "}\n", 5, &d);
  expect_problem(&d, "describes_law_as_of", 4,
                 "'2024-02-30' is not a valid date (expected YYYY-MM-DD, a real calendar day)");
  expect_problem(&d, "parties.untoc.signed", 5,
                 "'2024-1-01' is not a valid date (expected YYYY-MM-DD, a real calendar day)");
  expect_problem(&d, "parties.untoc.deposited", 6,
                 "'yesterday' is not a valid date (expected YYYY-MM-DD, a real calendar day)");
  expect_problem(&d, "parties.untoc.denounced", 7,
                 "'2023-02-29' is not a valid date (expected YYYY-MM-DD, a real calendar day)");
  expect_problem(&d, "jurisdiction.territory.from", 8,
                 "'2024-13-01' is not a valid date (expected YYYY-MM-DD, a real calendar day)");
  diag_free(&d);
}

/*
** Enumerations
*/

static void test_enum_misspelt_with_suggestion(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  offences = {\n"
                 "    x = { name = \"n\", source = \"s\",\n"                                   /* 6 */
                 "          conduct = { \"laundering_conversion_transfr\",\n"                  /* 7 */
                 "                      \"participation_conspiracy\",\n"                       /* 8 */
                 "                      \"bribery_indirectly\" },\n"                           /* 9 */
                 "          mental = { \"intnet\" },\n"                                        /* 10 */
                 "          foreign_predicates = \"something else entirely\" },\n"             /* 11 */
                 "  },\n"
                 "  extradition = { nationals = { policy = \"extradite\" } },\n"               /* 13 */
                 "  unused_nil = nil,\n"                                        /* 14 */
                 "}\n", 6, &d);
  expect_problem(&d, "offences.x.conduct[1]", 7,
                 "'laundering_conversion_transfr' is not an accepted value (did you mean 'laundering_conversion_transfer'?)");
  expect_problem(&d, "offences.x.conduct[3]", 9,
                 "'bribery_indirectly' is not an accepted value (did you mean 'bribery_indirect'?)");
  expect_problem(&d, "offences.x.mental[1]", 10, "'intnet' is not an accepted value (did you mean 'intent'?)");
  expect_problem(&d, "offences.x.foreign_predicates", 11,
                 "'something else entirely' is not an accepted value; expected one of: covered, dual_criminality, not_covered");
  /* an enum added through `extra` of a measure */
  expect_problem(&d, "extradition.nationals.policy", 13,
                 "'extradite' is not an accepted value (did you mean 'extradited'?)");
  expect_problem(&d, "unused_nil", 14, "unknown key 'unused_nil'");
  diag_free(&d);
}

static void test_enum_wrong_type(void **state) {
  diag_list d;
  (void)state;
  expect_refused("return { profile_format = 1, state = { code = \"X\", name = \"Y\", kind = true },"
                 " describes_law_as_of = \"2024-01-01\" }", 1, &d);
  expect_problem(&d, "state.kind", 1, "expected one of: state, reio; found a boolean");
  diag_free(&d);
}

/*
** Required keys
*/

static void test_missing_required_keys(void **state) {
  diag_list d;
  (void)state;
  expect_refused("return {\n"                               /* 1: the root table */
                 "  profile_format = 1,\n"
                 "  state = {\n"                            /* 3: the state table */
                 "    name = \"Nameless\",\n"
                 "  },\n"
                 "  offences = { x = { name = \"n\" } },\n" /* 6 */
                 "  reservations = { { instrument = \"untoc\" } },\n" /* 7 */
                 "}\n", 5, &d);
  expect_problem(&d, "state.code", 3, "missing required key 'code'");
  expect_problem(&d, "describes_law_as_of", 1, "missing required key 'describes_law_as_of'");
  expect_problem(&d, "offences.x.source", 6, "missing required key 'source'");
  expect_problem(&d, "reservations[1].provisions", 7, "missing required key 'provisions'");
  expect_problem(&d, "reservations[1].from", 7, "missing required key 'from'");
  diag_free(&d);
}

static void test_empty_profile(void **state) {
  diag_list d;
  (void)state;
  expect_refused("return {}", 3, &d);
  expect_problem(&d, "profile_format", 1, "missing required key 'profile_format'");
  expect_problem(&d, "state", 1, "missing required key 'state'");
  expect_problem(&d, "describes_law_as_of", 1, "missing required key 'describes_law_as_of'");
  diag_free(&d);
}

static void test_profile_not_a_table(void **state) {
  diag_list d;
  lx_profile p;
  (void)state;
  assert_int_equal(check_profile("return \"France\"", &p, &d), -1);
  assert_int_equal(d.n, 1);
  assert_null(d.items[0].key);
  assert_string_equal(d.items[0].message, "expected a table of named fields, found a string");
  diag_free(&d);
}

/*
** Positional items and named fields in the wrong place
*/

static void test_positional_where_named_expected(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  jurisdiction = { { adopted = true } },\n"                          /* 5 */
                 "  parties = { { deposited = \"2004-06-01\" } },\n"                   /* 6 */
                 "  legal_persons = { criminal = { true, source = \"x\" } },\n"        /* 7 */
                 "}\n", 3, &d);
  expect_problem(&d, "jurisdiction[1]", 5, "unexpected list item: this table takes named fields only");
  expect_problem(&d, "parties[1]", 6, "entries here need a name (name = { ... })");
  expect_problem(&d, "legal_persons.criminal[1]", 7, "unexpected list item: this table takes named fields only");
  diag_free(&d);
}

static void test_named_where_positional_expected(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  offences = { x = { name = \"n\", source = \"s\",\n"
                 "    conduct = { \"bribery_indirect\", first = \"participation_conspiracy\" } } },\n" /* 6 */
                 "  reservations = { main = { instrument = \"untoc\", provisions = {}, from = \"2004-01-01\" } },\n" /* 7 */
                 "}\n", 2, &d);
  expect_problem(&d, "offences.x.conduct.first", 6,
                 "unexpected named field 'first': this is a list of items");
  expect_problem(&d, "reservations.main", 7, "unexpected named field 'main': this is a list of items");
  diag_free(&d);
}

/* The key path is built going down and cut back going up: a problem after a
** deeper one, in a sibling or a parent, names its own path, and list
** indices of several digits are written whole. */
static void test_paths_after_deeper_problems(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  offences = { x = { name = \"n\", source = \"s\",\n"            /* 5 */
                 "    conduct = { \"bribery_indirect\", \"bribery_indirect\", \"bribery_indirect\",\n"
                 "      \"bribery_indirect\", \"bribery_indirect\", \"bribery_indirect\", \"bribery_indirect\",\n"
                 "      \"bribery_indirect\", \"bribery_indirect\", \"bribery_indirect\", \"bribery_indirect\",\n"
                 "      \"zzzzzzzzzzzzzzzz\" },\n"                                       /* 9 */
                 "    zzzz = 1 },\n"                                                  /* 10 */
                 "    y = { name = \"n\", source = \"s\", zzzzz = 1 } },\n"             /* 11 */
                 "  zzzzzz = 1,\n"                                                    /* 12 */
                 "}\n", 4, &d);
  assert_int_equal(problem_at(&d, "offences.x.conduct[12]")->line, 9);
  expect_problem(&d, "offences.x.zzzz", 10, "unknown key 'zzzz'");
  expect_problem(&d, "offences.y.zzzzz", 11, "unknown key 'zzzzz'");
  expect_problem(&d, "zzzzzz", 12, "unknown key 'zzzzzz'");
  diag_free(&d);
}

/* A key path longer than 511 bytes is cut at 511 bytes, and what follows
** it (a field, an index) does not show. */
static void test_long_path_is_cut(void **state) {
  diag_list d;
  char src[2048], want[512];
  char key[601];
  (void)state;
  memset(key, 'a', 600);
  key[600] = '\0';
  snprintf(src, sizeof src, HEAD "  offences = { %s = { name = \"n\", source = \"s\", zzzz = 1 } },\n}\n", key);
  expect_refused(src, 1, &d);
  snprintf(want, sizeof want, "offences.%s", key);
  assert_int_equal(strlen(want), 511);
  expect_problem(&d, want, 5, "unknown key 'zzzz'");
  diag_free(&d);
}

/* The cross-reference checks name each problem by its own key path, also
** after a deeper problem and in a later sibling. */
static void test_reference_problem_paths(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  definitions = { org = { scope = \"all_offences\" }, bad = { ref = \"org\" } },\n"     /* 5 */
                 "  offences = { x = { name = \"n\", source = \"s\",\n"                        /* 6 */
                 "    predicates = { scope = \"list\", offences = { \"x\", \"qqqqqqqq\" } },\n"   /* 7 */
                 "    aims_at = { ref = \"wwwwwwww\" } },\n"                                    /* 8 */
                 "    y = { name = \"n\", source = \"s\", aims_at = { scope = \"all_offences\", ref = \"org\" } } },\n" /* 9 */
                 "}\n", 4, &d);
  expect_problem(&d, "definitions.bad", 5, "a definition states its own scope; it may not refer to another (ref)");
  expect_problem(&d, "offences.x.predicates.offences[2]", 7, "'qqqqqqqq' is not an offence of this profile");
  expect_problem(&d, "offences.x.aims_at", 8, "'wwwwwwww' is not a definition of this profile (definitions)");
  expect_problem(&d, "offences.y.aims_at", 9, "give either scope or ref (a definition under `definitions`), not both");
  diag_free(&d);
}

/* The cross-reference walks step over values that are not tables, except
** under `definitions`, where each entry is a scope: a definition written as
** a string is still said to lack its scope, and an offence list is found
** under a table among strings. */
static void test_reference_walks_past_leaves(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  definitions = { org = \"all_offences\", list = { note = \"n\", scope = \"list\", offences = { \"zz\" } } },\n"  /* 5 */
                 "}\n", 3, &d);
  /* the model's problem, then the walks', in their order */
  assert_string_equal(d.items[0].key, "definitions.org");
  assert_string_equal(d.items[0].message, "expected a table of named fields, found a string");
  expect_problem(&d, "definitions.list.offences[1]", 5, "'zz' is not an offence of this profile");
  assert_string_equal(d.items[2].key, "definitions.org");
  assert_int_equal(d.items[2].line, 5);
  assert_string_equal(d.items[2].message, "missing required key 'scope' (or ref, the name of a definition under `definitions`)");
  diag_free(&d);
}

/* The reference checks walk the profile once: a scope fault is found
** wherever it is the only one (in a list of offences, among definitions
** as a string, in a table of no scope), and an offence fault inside a
** scope that has none; a scope inside a scope is not a scope. */
static void test_reference_faults_found_alone(void **state) {
  static const struct { const char *body; const char *key; int line; const char *message; } cases[] = {
    { "  late = { offences = { { aims_at = { note = \"n\" } } } },\n", "late.offences[1].aims_at", 5,
      "missing required key 'scope' (or ref, the name of a definition under `definitions`)" },
    { "  definitions = { d = \"plain\" },\n", "definitions.d", 5,
      "missing required key 'scope' (or ref, the name of a definition under `definitions`)" },
    { "  x = { y = { predicates = { ref = \"nope\" } } },\n", "x.y.predicates", 5,
      "'nope' is not a definition of this profile (definitions)" },
    { "  x = { aims_at = { scope = \"list\", offences = { \"zz\" } } },\n", "x.aims_at.offences[1]", 5,
      "'zz' is not an offence of this profile" },
    { "  x = { aims_at = { ref = \"nope\", scope = { predicates = { note = \"n\" } } } },\n", "x.aims_at", 5,
      "give either scope or ref (a definition under `definitions`), not both" },
  };
  char src[1024];
  diag_list d;
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    snprintf(src, sizeof src, HEAD "%s}\n", cases[i].body);
    expect_refused(src, 2, &d);   /* the model's problem (an unknown key, a string), then the walk's */
    assert_string_equal(d.items[1].key, cases[i].key);
    assert_int_equal(d.items[1].line, cases[i].line);
    assert_string_equal(d.items[1].message, cases[i].message);
    diag_free(&d);
  }
}

/* A schema with more nodes than the walk remembers (each resolved afresh
** past that) still checks every value against its own node. */
static void test_schema_with_many_nodes(void **state) {
  enum { FIELDS = 1500 };
  strbuf sch, prof;
  data_error err;
  diag_list d;
  char name[32];
  (void)state;
  sb_init(&sch);
  sb_init(&prof);
  sb_puts(&sch, "return { root = \"profile\", types = {}, profile = { type = \"record\", fields = {\n");
  sb_puts(&prof, "return {\n");
  for (int i = 0; i < FIELDS; i++) {
    snprintf(name, sizeof name, "f%d", i);
    sb_printf(&sch, "  %s = { type = \"%s\" },\n", name, i % 2 ? "integer" : "string");
    /* every value right except the last two */
    if (i < FIELDS - 2) sb_printf(&prof, "  %s = %s,\n", name, i % 2 ? "1" : "\"s\"");
    else sb_printf(&prof, "  %s = %s,\n", name, i % 2 ? "\"s\"" : "1");
  }
  sb_puts(&sch, "} } }\n");
  sb_puts(&prof, "}\n");
  data_value *big = data_parse(sch.s, sch.len, &err);
  data_value *v = data_parse(prof.s, prof.len, &err);
  assert_non_null(big);
  assert_non_null(v);
  diag_init(&d);
  assert_int_equal(schema_check(big, v, "p.lua", &d), 2);
  expect_problem(&d, "f1498", FIELDS, "expected a string, found an integer");
  expect_problem(&d, "f1499", FIELDS + 1, "expected an integer, found a string");
  diag_free(&d);
  data_free(v);
  data_free(big);
  sb_free(&sch);
  sb_free(&prof);
}

/*
** Map keys
*/

static void test_map_keys_must_be_identifiers(void **state) {
  diag_list d;
  lx_profile p;
  (void)state;
  expect_refused(HEAD
                 "  offences = {\n"
                 "    [\"fr cp 1\"] = { name = \"a\", source = \"b\" },\n"     /* 6 */
                 "    [\"1abc\"] = { name = \"a\", source = \"b\" },\n"        /* 7 */
                 "    [\"\"] = { name = \"a\", source = \"b\" },\n"            /* 8 */
                 "    [\"a.b\"] = { name = \"a\", source = \"b\" },\n"         /* 9 */
                 "    [\"caf\\u{E9}\"] = { name = \"a\", source = \"b\" },\n"  /* 10 */
                 "    [\"-x\"] = { name = \"a\", source = \"b\" },\n"          /* 11 */
                 "  },\n"
                 "}\n", 6, &d);
  expect_problem(&d, "offences.fr cp 1", 6, "'fr cp 1' is not a valid identifier (letters, digits, _ and -)");
  expect_problem(&d, "offences.1abc", 7, "'1abc' is not a valid identifier (letters, digits, _ and -)");
  expect_problem(&d, "offences.", 8, "'' is not a valid identifier (letters, digits, _ and -)");
  expect_problem(&d, "offences.a.b", 9, "'a.b' is not a valid identifier (letters, digits, _ and -)");
  expect_problem(&d, "offences.caf\xc3\xa9", 10,
                 "'caf\xc3\xa9' is not a valid identifier (letters, digits, _ and -)");
  expect_problem(&d, "offences.-x", 11, "'-x' is not a valid identifier (letters, digits, _ and -)");
  diag_free(&d);
  /* bracketed keys that are identifiers are fine, hyphens after the first */
  assert_int_equal(check_profile(HEAD "  offences = { [\"fr-cp-1\"] = { name = \"a\", source = \"b\" },"
                                 " _x9 = { name = \"a\", source = \"b\" } },\n}\n", &p, &d), 0);
  profile_free(&p);
  diag_free(&d);
}

/*
** Several problems, and references
*/

static void test_all_problems_reported(void **state) {
  diag_list d;
  lx_profile p;
  const char *src =
      "return {\n"
      "  profile_format = 1,\n"
      "  state = { name = \"X\" },\n"                                       /* 3: code missing */
      "  describes_law_as_of = \"2024-02-30\",\n"                           /* 4: bad date */
      "  jurisdiction = { territroy = { adopted = true } },\n"             /* 5: unknown key */
      "  offences = { x = { name = \"n\", source = \"s\", conduct = { \"bribery_indirekt\" } } },\n" /* 6 */
      "  general_part = { attempt = { adopted = \"maybe\" } },\n"          /* 7: adoption */
      "  notifications = { { provision = \"UNTOC:5\", date = \"2020-01-01\" } },\n" /* 8: ref */
      "}\n";
  data_error err;
  data_value *v = data_parse(src, strlen(src), &err);
  (void)state;
  assert_non_null(v);
  diag_init(&d);
  /* schema_check returns the number of problems it added */
  assert_int_equal(schema_check(schema, v, "p.lua", &d), 6);
  assert_int_equal(d.n, 6);
  data_free(v);
  expect_problem(&d, "notifications[1].provision", 8,
                 "'UNTOC:5' is not a canonical provision reference (e.g. \"untoc:5.1.a.ii\")");
  expect_problem(&d, "general_part.attempt.adopted", 7, "expected true, false or \"partly\", found \"maybe\"");
  /* problems come in source order, the missing key after its table's fields */
  assert_string_equal(d.items[0].key, "state.code");
  assert_string_equal(d.items[1].key, "describes_law_as_of");
  assert_string_equal(d.items[2].key, "jurisdiction.territroy");
  assert_string_equal(d.items[3].key, "offences.x.conduct[1]");
  diag_free(&d);
  /* and profile_from_data reports the same six */
  assert_int_equal(check_profile(src, &p, &d), -1);
  assert_int_equal(d.n, 6);
  diag_free(&d);
}

static void test_ref_values_checked(void **state) {
  diag_list d;
  (void)state;
  expect_refused(HEAD
                 "  reservations = { { instrument = \"untoc\", from = \"2004-01-01\",\n"
                 "    provisions = { \"untoc:35.2\", \"untoc:5a\", 35 } } },\n"            /* 6 */
                 "}\n", 2, &d);
  expect_problem(&d, "reservations[1].provisions[2]", 6,
                 "'untoc:5a' is not a canonical provision reference (e.g. \"untoc:5.1.a.ii\")");
  expect_problem(&d, "reservations[1].provisions[3]", 6,
                 "expected a provision reference such as \"untoc:5.1.a\", found an integer");
  diag_free(&d);
}

/*
** Files: profile_load
*/

static char *write_temp(const char *text) {
  static char path[64];
  snprintf(path, sizeof path, "/tmp/lexgap-schema-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  size_t n = strlen(text);
  assert_int_equal(write(fd, text, n), (ssize_t)n);
  close(fd);
  return path;
}

static void test_load_file_ok(void **state) {
  lx_profile p;
  diag_list d;
  char *path = write_temp(HEAD "}\n");
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load(&p, path, schema, &d), 0);
  assert_int_equal(d.n, 0);
  assert_string_equal(p.file, path);
  assert_string_equal(p.state_code, "MIN");
  profile_free(&p);
  unlink(path);
  diag_free(&d);
}

static void test_load_file_with_problem_names_the_file(void **state) {
  lx_profile p;
  diag_list d;
  char *path = write_temp(HEAD "  jurisdiction = {\n    territroy = {},\n  },\n}\n");
  char line[1024], want[1024];
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load(&p, path, schema, &d), -1);
  assert_null(p.data);
  assert_int_equal(d.n, 1);
  diag_format(&d.items[0], line, sizeof line);
  snprintf(want, sizeof want, "%s:6: jurisdiction.territroy: unknown key 'territroy' (did you mean 'territory'?)", path);
  assert_string_equal(line, want);
  unlink(path);
  diag_free(&d);
}

static void test_syntax_error_unclosed_brace(void **state) {
  lx_profile p;
  diag_list d;
  char *path = write_temp("return {\n"
                          "  profile_format = 1,\n"
                          "  state = {\n"
                          "    code = \"X\",\n"
                          "  describes_law_as_of = \"2024-01-01\",\n"
                          "}\n");
  (void)state;
  diag_init(&d);
  memset(&p, 0x5a, sizeof p);
  assert_int_equal(profile_load(&p, path, schema, &d), -1);
  assert_null(p.data);          /* no tree */
  assert_null(p.file);
  assert_int_equal(d.n, 1);     /* the syntax error only: nothing validated */
  assert_string_equal(d.items[0].file, path);
  assert_int_equal(d.items[0].line, 7);
  assert_null(d.items[0].key);
  assert_string_equal(d.items[0].message, "expected '}' to close '{' at line 1 near <eof>");
  unlink(path);
  diag_free(&d);
}

static void test_missing_file(void **state) {
  lx_profile p;
  diag_list d;
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load(&p, "/nonexistent/lexgap/profile.lua", schema, &d), -1);
  assert_null(p.data);
  assert_int_equal(d.n, 1);
  assert_int_equal(d.items[0].line, 0);
  assert_string_equal(d.items[0].file, "/nonexistent/lexgap/profile.lua");
  diag_free(&d);
}

/* Replace the file at path with text. */
static void rewrite(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fputs(text, f) >= 0, 1);
  assert_int_equal(fclose(f), 0);
}

/* Every problem of d formatted, one a line, into out. */
static void format_all(const diag_list *d, char *out, size_t size) {
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < d->n && len < size; i++) {
    char line[1024];
    diag_format(&d->items[i], line, sizeof line);
    len += (size_t)snprintf(out + len, size - len, "%s\n", line);
  }
}

/* profile_load_seen notes what it read; profile_load_again takes the same
** bytes as they are, and checks changed ones (of the same length too) in
** full, with profile_load's messages and fields. */
static void test_load_again_checks_changed_bytes(void **state) {
  static const char valid[] = HEAD "}\n";
  char *path = write_temp(valid);
  lx_profile p, q;
  profile_seen seen;
  diag_list d, dq;
  char got[4096], want[4096];
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load_seen(&p, path, schema, 0, &seen, &d), 0);
  assert_int_equal(seen.known, 1);
  assert_int_equal(seen.len, strlen(valid));
  profile_free(&p);
  /* the same bytes: the same profile */
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), 0);
  assert_int_equal(d.n, 0);
  assert_string_equal(p.file, path);
  assert_string_equal(p.state_code, "MIN");
  assert_string_equal(p.state_name, "Minimalia");
  assert_string_equal(p.describes, "2024-01-01");
  profile_free(&p);
  /* another valid profile of the same length: read as it is now */
  rewrite(path, HEAD_WITH("MAX", "Maximalia") "}\n");
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), 0);
  assert_string_equal(p.state_code, "MAX");
  assert_string_equal(p.state_name, "Maximalia");
  profile_free(&p);
  /* a key misspelt, the same length: refused as profile_load refuses it */
  rewrite(path, "return {\n  profile_format = 1,\n  state = { code = \"MIN\", nome = \"Minimalia\" },\n"
                "  describes_law_as_of = \"2024-01-01\",\n}\n");
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), -1);
  assert_null(p.data);
  assert_null(p.file);
  assert_true(d.n > 0);
  diag_init(&dq);
  assert_int_equal(profile_load(&q, path, schema, &dq), -1);
  format_all(&d, got, sizeof got);
  format_all(&dq, want, sizeof want);
  assert_string_equal(got, want);
  diag_free(&d);
  diag_free(&dq);
  /* a key doubled, the same length: its bytes were not the ones checked, so
  ** their keys are checked for duplicates (data_parse_bytes_again_in_blocks
  ** is for the bytes checked only) and the profile refused */
  diag_init(&d);
  rewrite(path, "return {\n  profile_format = 1,\n  state = { code = \"MIN\", code = \"Minimalia\" },\n"
                "  describes_law_as_of = \"2024-01-01\",\n}\n");
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), -1);
  assert_int_equal(d.n, 1);
  assert_int_equal(d.items[0].line, 3);
  format_all(&d, got, sizeof got);
  assert_non_null(strstr(got, "duplicate key 'code'"));
  diag_free(&d);
  /* a syntax error: the parser's message */
  diag_init(&d);
  rewrite(path, "return {\n  profile_format = 1,,\n}\n");
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), -1);
  assert_int_equal(d.n, 1);
  assert_int_equal(d.items[0].line, 2);
  diag_free(&d);
  /* gone: the reading's message */
  unlink(path);
  diag_init(&d);
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), -1);
  assert_int_equal(d.n, 1);
  assert_int_equal(d.items[0].line, 0);
  diag_free(&d);
}

/* schema_check_lasting finds what schema_check finds, the same problems in
** the same order, at its first check and at every later one, and when it is
** given another schema in between (its memo is then of that one, and back):
** profiles with problems at every kind of node, and valid ones. */
static void test_check_lasting_as_check(void **state) {
  static const char *const srcs[] = {
    HEAD "}\n",
    "return {\n  profile_format = 1,\n  state = { name = \"X\", kind = \"stat\" },\n"
    "  describes_law_as_of = \"2024-02-30\",\n"
    "  jurisdiction = { territroy = { adopted = true } },\n"
    "  offences = { x = { name = \"n\", source = \"s\", conduct = { \"bribery_indirekt\", 3 } },\n"
    "               [\"not an id\"] = { name = 1 } },\n"
    "  general_part = { attempt = { adopted = \"maybe\" } },\n"
    "  notifications = { { provision = \"UNTOC:5\", date = \"2020-01-01\" }, x = 1 },\n"
    "  parties = { UNTOC = { deposited = \"2020-01-01\" }, untoc = 5 },\n"
    "  liability = { 1, 2 },\n"
    "}\n",
    HEAD "  offences = { y = { name = \"n\", source = \"s\", conduct = {}, penalty = { max_years = -1 } } },\n"
    "  extradition = { nationals = { adopted = \"partly\", source = \"s\", policy = \"extradite\" } },\n}\n",
    "return {\n  profile_format = \"1\",\n  state = 4,\n  jurisdiction = 3,\n}\n",
  };
  data_value *other = data_clone(schema);   /* the model at other addresses, without `jurisdiction` */
  (void)state;
  assert_non_null(other);
  const data_value *root = data_get(other, data_str(data_get(other, "root")));
  data_field *renamed = (data_field *)data_field_of(data_get(root, "fields"), "jurisdiction");
  assert_non_null(renamed);
  free(renamed->key);
  renamed->key = strdup("jurisdictio");
  for (int round = 0; round < 3; round++) {
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
      data_error err;
      data_value *v = data_parse(srcs[i], strlen(srcs[i]), &err);
      if (!v) fail_msg("source %zu does not parse: line %d: %s", i, err.line, err.message);
      const data_value *model = round == 1 && i % 2 == 1 ? other : schema;
      diag_list want, got;
      diag_init(&want);
      diag_init(&got);
      int nwant = schema_check(model, v, "p.lua", &want);
      int ngot = schema_check_lasting(model, v, "p.lua", &got);
      assert_int_equal(ngot, nwant);
      assert_int_equal(got.n, want.n);
      char a[8192], b[8192];
      format_all(&want, a, sizeof a);
      format_all(&got, b, sizeof b);
      assert_string_equal(b, a);
      if (i == 1) assert_true(want.n >= 8);   /* the broken one is broken everywhere */
      if (i == 3 && model == other) assert_non_null(strstr(a, "unknown key 'jurisdiction' (did you mean 'jurisdictio'?)"));
      diag_free(&want);
      diag_free(&got);
      data_free(v);
    }
  }
  diag_list d;
  diag_init(&d);
  schema_check_lasting(schema, other, "p.lua", &d);   /* its memo left of the schema that outlives the test */
  diag_free(&d);
  data_free(other);
}

/* profile_load_seen takes no digest of a tree its caller keeps (one of
** at most keep_room bytes), and one of every larger tree; a profile noted
** without a digest, read again, is checked in full. */
static void test_load_seen_digest_only_if_read_again(void **state) {
  static const char valid[] = HEAD "}\n";
  char *path = write_temp(valid);
  lx_profile p;
  profile_seen seen;
  diag_list d;
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load_seen(&p, path, schema, SIZE_MAX, &seen, &d), 0);
  size_t tree = data_blocks_bytes(p.blocks);
  assert_true(tree > 0);
  profile_free(&p);
  assert_int_equal(seen.known, 0);               /* kept: never read again */
  assert_int_equal(seen.len, strlen(valid));
  assert_int_equal(profile_load_seen(&p, path, schema, tree, &seen, &d), 0);
  profile_free(&p);
  assert_int_equal(seen.known, 0);               /* just fits */
  assert_int_equal(profile_load_seen(&p, path, schema, tree - 1, &seen, &d), 0);
  profile_free(&p);
  assert_int_equal(seen.known, 1);               /* does not fit: read again later */
  /* noted without a digest, then misspelt at the same length: refused */
  assert_int_equal(profile_load_seen(&p, path, schema, SIZE_MAX, &seen, &d), 0);
  profile_free(&p);
  rewrite(path, "return {\n  profile_format = 1,\n  state = { code = \"MIN\", nome = \"Minimalia\" },\n"
                "  describes_law_as_of = \"2024-01-01\",\n}\n");
  assert_int_equal(profile_load_again(&p, path, schema, &seen, &d), -1);
  assert_true(d.n > 0);
  unlink(path);
  diag_free(&d);
}

/* profile_load_seen_keeping keeps a profile whose tree and bytes together
** fit keep_room: its bytes handed over (the very bytes read) and no digest
** taken; one that does not fit hands no bytes and is noted with a digest,
** so that read again unchanged it is taken without a second check. */
static void test_load_seen_keeping_bytes_within_room(void **state) {
  static const char valid[] = HEAD "}\n";
  char *path = write_temp(valid);
  lx_profile p;
  profile_seen seen;
  diag_list d;
  char *src = NULL;
  size_t len = 0;
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load_seen_keeping(&p, path, schema, SIZE_MAX, &seen, &src, &len, &d), 0);
  size_t held = data_blocks_bytes(p.blocks) + strlen(valid);
  profile_free(&p);
  assert_non_null(src);                          /* kept: its bytes with it */
  assert_int_equal(len, strlen(valid));
  assert_memory_equal(src, valid, len);
  assert_int_equal(seen.known, 0);
  free(src);
  assert_int_equal(profile_load_seen_keeping(&p, path, schema, held, &seen, &src, &len, &d), 0);
  profile_free(&p);
  assert_non_null(src);                          /* just fits, bytes counted */
  assert_int_equal(seen.known, 0);
  free(src);
  assert_int_equal(profile_load_seen_keeping(&p, path, schema, held - 1, &seen, &src, &len, &d), 0);
  profile_free(&p);
  assert_null(src);                              /* does not fit: read again at its turn */
  assert_int_equal(len, 0);
  assert_int_equal(seen.known, 1);
  assert_int_equal(seen.len, strlen(valid));
  assert_int_equal(profile_load_again_keeping(&p, path, schema, &seen, &src, &len, &d), 0);
  assert_non_null(src);
  assert_memory_equal(src, valid, strlen(valid));
  profile_free(&p);
  free(src);
  assert_int_equal(d.n, 0);
  unlink(path);
  diag_free(&d);
}

/* A refused profile leaves what profile_load_seen notes empty. */
static void test_load_seen_refused_notes_nothing(void **state) {
  char *path = write_temp(HEAD "  jurisdiction = {\n    territroy = {},\n  },\n}\n");
  lx_profile p;
  profile_seen seen;
  diag_list d;
  (void)state;
  diag_init(&d);
  assert_int_equal(profile_load_seen(&p, path, schema, 0, &seen, &d), -1);
  assert_int_equal(seen.known, 0);
  assert_int_equal(seen.len, 0);
  assert_int_equal(d.n, 1);
  unlink(path);
  diag_free(&d);
}

/*
** schema_is_ref
*/

static void test_is_ref(void **state) {
  static const char *const good[] = {
    "untoc:5.1.a.ii.b", "untoc:23.a", "eu-2004-80:12.2", "cybercrime:22.1.a",
    "untoc:5", "untoc:34.2", "untoc:5.1.a.ii.b.c",
  };
  static const char *const bad[] = {
    "untoc:", "UNTOC:5", "untoc:a.1", "untoc:5..1", "untoc:5a", "untoc:5.1.a.ii.b.c.d",
    "", ":5", "untoc", "untoc:5.", "untoc:.5", "untoc:5.1.A", "untoc:5 .1", "un toc:5",
    "untoc:5.1#x", "untoc:5.1.a-i",
  };
  (void)state;
  for (size_t i = 0; i < sizeof good / sizeof *good; i++)
    if (!schema_is_ref(good[i])) fail_msg("schema_is_ref(\"%s\") refused a reference", good[i]);
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    if (schema_is_ref(bad[i])) fail_msg("schema_is_ref(\"%s\") accepted a non-reference", bad[i]);
  assert_false(schema_is_ref(NULL));
}

/*
** schema_has_path
*/

static void test_has_path(void **state) {
  const char *hint = "sentinel";
  (void)state;
  assert_true(schema_has_path(schema, "jurisdiction.territory", &hint));
  assert_null(hint);
  hint = "sentinel";
  assert_true(schema_has_path(schema, "offences", &hint));
  assert_null(hint);
  /* map and list levels accept any key; named types resolve */
  assert_true(schema_has_path(schema, "offences.fr_cp_324_1.conduct", &hint));
  assert_true(schema_has_path(schema, "parties.untoc.deposited", &hint));
  assert_true(schema_has_path(schema, "legal_persons.monetary_sanctions.max_fine", &hint));
  assert_true(schema_has_path(schema, "extradition.nationals.policy", &hint));
  assert_true(schema_has_path(schema, "jurisdiction.territory.source", &hint));

  assert_false(schema_has_path(schema, "jurisdiction.teritory", &hint));
  assert_non_null(hint);
  assert_string_equal(hint, "territory");
  assert_false(schema_has_path(schema, "jurisdicton", &hint));
  assert_non_null(hint);
  assert_string_equal(hint, "jurisdiction");
  assert_false(schema_has_path(schema, "nothing_like_this_at_all", &hint));
  assert_null(hint);
  /* below a scalar there is nothing */
  assert_false(schema_has_path(schema, "describes_law_as_of.year", &hint));
  assert_false(schema_has_path(schema, "jurisdiction.territory.adopted.x", &hint));
}

/*
** schema_self_check
*/

static data_value *parse_or_fail(const char *src) {
  data_error err;
  data_value *v = data_parse(src, strlen(src), &err);
  if (!v) fail_msg("line %d: %s", err.line, err.message);
  return v;
}

static void test_self_check_real_schema(void **state) {
  diag_list d;
  (void)state;
  diag_init(&d);
  assert_int_equal(schema_self_check(schema, "schema.lua", &d), 0);
  assert_int_equal(d.n, 0);
}

static void test_self_check_unknown_type(void **state) {
  diag_list d;
  data_value *s = parse_or_fail(
      "return {\n"
      "  root = \"profile\",\n"
      "  types = { thing = { type = \"record\", fields = { when = \"dat\" } } },\n"   /* 3 */
      "  profile = { type = \"record\", fields = {\n"
      "    a = \"strnig\",\n"                                                     /* 5 */
      "    b = { type = \"list\", of = \"widget\" },\n"                           /* 6 */
      "    c = \"thing\",\n"
      "    d = \"string\",\n"
      "  } },\n"
      "}\n");
  (void)state;
  diag_init(&d);
  assert_int_equal(schema_self_check(s, "s.lua", &d), 3);
  assert_int_equal(d.n, 3);
  int seen_a = 0, seen_b = 0, seen_when = 0;
  for (size_t i = 0; i < d.n; i++) {
    const diag *p = &d.items[i];
    assert_string_equal(p->file, "s.lua");
    if (strcmp(p->message, "unknown type 'strnig'") == 0) {
      seen_a = 1;
      assert_string_equal(p->key, "a");
      assert_int_equal(p->line, 5);
    } else if (strcmp(p->message, "unknown type 'widget'") == 0) {
      seen_b = 1;
      assert_string_equal(p->key, "b");
    } else if (strcmp(p->message, "unknown type 'dat'") == 0) {
      seen_when = 1;
      assert_string_equal(p->key, "types.thing.when");
      assert_int_equal(p->line, 3);
    } else {
      fail_msg("unexpected problem: %s", p->message);
    }
  }
  assert_true(seen_a && seen_b && seen_when);
  diag_free(&d);
  data_free(s);
}

static void test_self_check_not_a_schema(void **state) {
  diag_list d;
  data_value *s = parse_or_fail("return { version = 1 }");
  data_value *t = parse_or_fail("return { root = \"nowhere\" }");
  data_value *u = parse_or_fail("return { root = \"p\", p = { type = \"enum\" } }");
  (void)state;
  diag_init(&d);
  assert_int_equal(schema_self_check(s, "s.lua", &d), 1);
  assert_int_equal(schema_self_check(t, "t.lua", &d), 1);
  assert_string_equal(d.items[1].message, "the root type is not defined");
  assert_int_equal(schema_self_check(u, "u.lua", &d), 1);
  assert_string_equal(d.items[2].message, "enum without values");
  diag_free(&d);
  data_free(s);
  data_free(t);
  data_free(u);
}

/* A profile checked against a schema that names an unknown type is refused
** rather than accepted. */
static void test_check_with_broken_schema(void **state) {
  diag_list d;
  data_value *s = parse_or_fail("return { root = \"p\", p = { type = \"record\", fields = { a = \"strnig\" } } }");
  data_value *v = parse_or_fail("return { a = \"x\" }");
  (void)state;
  diag_init(&d);
  assert_int_equal(schema_check(s, v, "p.lua", &d), 1);
  assert_string_equal(d.items[0].key, "a");
  assert_string_equal(d.items[0].message, "the schema names an unknown type 'strnig'");
  diag_free(&d);
  data_free(s);
  data_free(v);
}

/* An enum's value is accepted as the walk of items 1..data_len accepts it,
** whatever the layout of the model's values: in order (read in place, a
** name compared when its first byte is the value's), out of order, with a
** named field among the items (not an accepted value), with a gap (the
** items past it are not accepted values), with a non-string
** item (skipped), and past the 128 names compared (refused). */
static void test_enum_values_in_every_layout(void **state) {
  strbuf src;
  diag_list d;
  (void)state;
  sb_init(&src);
  sb_printf(&src, "return { root = \"p\", p = { type = \"record\", fields = {\n"
                  "  a = { type = \"enum\", values = { \"alpha\", \"beta\", 7, \"alps\" } },\n"
                  "  b = { type = \"enum\", values = { [2] = \"beta\", [1] = \"alpha\" } },\n"
                  "  c = { type = \"enum\", values = { \"alpha\", named = \"beta\", \"gamma\" } },\n"
                  "  e = { type = \"enum\", values = { [1] = \"alpha\", [3] = \"gamma\" } },\n"
                  "  d = { type = \"enum\", values = { 0");
  for (int i = 1; i <= 130; i++) sb_printf(&src, ", \"v%d\"", i);
  sb_printf(&src, " } } } } }");
  data_value *s = parse_or_fail(src.s);
  static const struct { const char *profile; const char *refused; } cases[] = {
    { "return { a = \"alps\", b = \"beta\", c = \"gamma\", d = \"v128\" }", NULL },
    { "return { a = \"alpha\", b = \"alpha\", c = \"alpha\", d = \"v1\" }", NULL },
    { "return { a = \"al\", b = \"beta\", c = \"gamma\", d = \"v1\" }", "a" },
    { "return { a = \"alpha\", b = \"gamma\", c = \"gamma\", d = \"v1\" }", "b" },
    { "return { a = \"alpha\", b = \"beta\", c = \"beta\", d = \"v1\" }", "c" },
    { "return { a = \"alpha\", b = \"beta\", c = \"gamma\", d = \"v129\" }", "d" },
    { "return { a = \"7\", b = \"beta\", c = \"gamma\", d = \"v1\" }", "a" },
    { "return { a = \"\", b = \"beta\", c = \"gamma\", d = \"v1\" }", "a" },
    { "return { e = \"alpha\" }", NULL },
    { "return { e = \"gamma\" }", "e" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    data_value *v = parse_or_fail(cases[i].profile);
    diag_init(&d);
    assert_int_equal(schema_check(s, v, "p.lua", &d), cases[i].refused ? 1 : 0);
    if (cases[i].refused) {
      assert_string_equal(d.items[0].key, cases[i].refused);
      assert_non_null(strstr(d.items[0].message, "is not an accepted value"));
    }
    diag_free(&d);
    data_free(v);
  }
  data_free(s);
  sb_free(&src);
}

/* Instrument ids: any id of the right shape is valid (the packs present
** decide which are assessed); other shapes are refused with the key. */
static void test_instrument_ids(void **state) {
  lx_profile p;
  diag_list d;
  (void)state;
  assert_int_equal(check_profile("return { profile_format = 1, state = { code = \"TST\", name = \"T\" }, describes_law_as_of = \"2025-01-01\",\n"
                                 "  parties = { untoc = { deposited = \"2004-01-01\" }, [\"eu-2004-80\"] = {}, newpack = {} },\n"
                                 "  reservations = { { instrument = \"newpack\", provisions = { \"newpack:3.1\" }, from = \"2024-01-01\" } } }", &p, &d), 0);
  profile_free(&p);
  diag_free(&d);
  assert_int_equal(check_profile("return { profile_format = 1, state = { code = \"TST\", name = \"T\" }, describes_law_as_of = \"2025-01-01\",\n"
                                 "  parties = { UNTOC = {} },\n"
                                 "  reservations = { { instrument = \"un toc\", provisions = { \"untoc:35.2\" }, from = \"2024-01-01\" } } }", &p, &d), -1);
  expect_problem(&d, "parties.UNTOC", 2, "'UNTOC' is not an instrument id (lower-case letters, digits and -, as \"untoc\")");
  expect_problem(&d, "reservations[1].instrument", 3, "'un toc' is not an instrument id (lower-case letters, digits and -, as \"untoc\")");
  diag_free(&d);
}

/* A profile holding the template of the fact at path (a top-level fact,
** or sub inside the record top) must validate as it stands. */
static void template_validates(const char *top, const char *sub, const schema_placeholders *ph) {
  char path[256], src[8192];
  strbuf value, hint;
  lx_profile p;
  diag_list d;
  sb_init(&value);
  sb_init(&hint);
  snprintf(path, sizeof path, "%s%s%s", top, sub ? "." : "", sub ? sub : "");
  assert_int_equal(schema_template(schema, path, ph, &value, &hint), 0);
  snprintf(src, sizeof src, "return { profile_format = 1, state = { code = \"TST\", name = \"T\" }, describes_law_as_of = \"2025-01-01\",\n"
           "  %s = %s%s%s%s%s }", top, sub ? "{ " : "", sub ? sub : "", sub ? " = " : "", value.s, sub ? " }" : "");
  if (check_profile(src, &p, &d) != 0) {
    diag_print(&d, stderr);
    fail_msg("the template of %s does not validate: %s", path, value.s);
  }
  profile_free(&p);
  diag_free(&d);
  sb_free(&value);
  sb_free(&hint);
}

/* Every fact of the model, top-level and one level down, has a template of
** its own type that validates as it stands. */
static void test_templates_validate(void **state) {
  static const schema_placeholders ph = { "2025-01-01", "untoc", "untoc:5.1.a", "en" };
  const data_value *fields = data_get(data_get(schema, "profile"), "fields");
  int n = 0;
  (void)state;
  assert_non_null(fields);
  for (size_t i = 0; i < fields->u.table.n; i++) {
    const char *top = fields->u.table.fields[i].key;
    if (!strcmp(top, "profile_format") || !strcmp(top, "state") || !strcmp(top, "describes_law_as_of")) continue;
    template_validates(top, NULL, &ph);
    n++;
    const data_value *sub = data_get(fields->u.table.fields[i].value, "fields");
    for (size_t k = 0; sub && sub->kind == DATA_TABLE && k < sub->u.table.n; k++, n++)
      template_validates(top, sub->u.table.fields[k].key, &ph);
  }
  assert_true(n > 30);
  /* each from its own type */
  strbuf v, h;
  sb_init(&v);
  sb_init(&h);
  assert_int_equal(schema_template(schema, "parties", &ph, &v, &h), 0);
  assert_string_equal(v.s, "{ untoc = { deposited = \"2025-01-01\", means = \"ratification\", source = \"\" } }");
  assert_non_null(strstr(h.s, "also: signed"));
  sb_reset(&v);
  sb_reset(&h);
  assert_int_equal(schema_template(schema, "extradition.nationals", &ph, &v, &h), 0);
  assert_string_equal(v.s, "{ adopted = true, source = \"\", policy = \"extradited\" }");
  assert_non_null(strstr(h.s, "adopted: true, false or \"partly\""));
  sb_reset(&v);
  assert_int_equal(schema_template(schema, "no_such_fact", &ph, &v, &h), -1);
  sb_free(&v);
  sb_free(&h);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_minimal_profile_passes),
      cmocka_unit_test(test_profile_format_versions),
      cmocka_unit_test(test_rich_profile_passes),
      cmocka_unit_test(test_unknown_key_nested),
      cmocka_unit_test(test_unknown_key_at_every_depth),
      cmocka_unit_test(test_wrong_types),
      cmocka_unit_test(test_number_accepts_integers_and_floats),
      cmocka_unit_test(test_malformed_dates),
      cmocka_unit_test(test_enum_misspelt_with_suggestion),
      cmocka_unit_test(test_enum_wrong_type),
      cmocka_unit_test(test_missing_required_keys),
      cmocka_unit_test(test_empty_profile),
      cmocka_unit_test(test_profile_not_a_table),
      cmocka_unit_test(test_positional_where_named_expected),
      cmocka_unit_test(test_paths_after_deeper_problems),
      cmocka_unit_test(test_long_path_is_cut),
      cmocka_unit_test(test_reference_problem_paths),
      cmocka_unit_test(test_schema_with_many_nodes),
      cmocka_unit_test(test_named_where_positional_expected),
      cmocka_unit_test(test_map_keys_must_be_identifiers),
      cmocka_unit_test(test_all_problems_reported),
      cmocka_unit_test(test_check_lasting_as_check),
      cmocka_unit_test(test_ref_values_checked),
      cmocka_unit_test(test_load_file_ok),
      cmocka_unit_test(test_load_file_with_problem_names_the_file),
      cmocka_unit_test(test_syntax_error_unclosed_brace),
      cmocka_unit_test(test_missing_file),
    cmocka_unit_test(test_load_again_checks_changed_bytes),
    cmocka_unit_test(test_reference_walks_past_leaves),
    cmocka_unit_test(test_reference_faults_found_alone),
    cmocka_unit_test(test_load_seen_refused_notes_nothing),
    cmocka_unit_test(test_load_seen_digest_only_if_read_again),
    cmocka_unit_test(test_load_seen_keeping_bytes_within_room),
      cmocka_unit_test(test_is_ref),
      cmocka_unit_test(test_has_path),
      cmocka_unit_test(test_self_check_real_schema),
      cmocka_unit_test(test_self_check_unknown_type),
      cmocka_unit_test(test_self_check_not_a_schema),
      cmocka_unit_test(test_check_with_broken_schema),
      cmocka_unit_test(test_enum_values_in_every_layout),
      cmocka_unit_test(test_instrument_ids),
      cmocka_unit_test(test_templates_validate),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
