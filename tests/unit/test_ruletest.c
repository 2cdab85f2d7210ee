/*
 * test_ruletest.c -- `lexgap test` (engine/ruletest.c): what an expectation
 * may say of a finding's explanation (explains, explains_fr, explains_not,
 * explains_not_fr), passing, failing and malformed.
 *
 * Each test builds its own rules directory under /tmp (mkdtemp): a copy of
 * $LEXGAP_ROOT/rules/schema.lua, an untoc pack of one obligation whose
 * finding depends on the assessment date only, its tests/base.lua, and a
 * case file written from the C strings below; then runs ruletest_run and
 * reads what it printed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "fixture.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "rules.h"
#include "ruletest.h"
#include "sandbox.h"

#define INSTRUMENT \
  "return {\n" \
  "  id = \"untoc\",\n" \
  "  title = { en = \"United Nations Convention against Transnational Organized Crime\",\n" \
  "            fr = \"Convention des Nations unies contre la criminalit\xc3\xa9 transnationale organis\xc3\xa9\x65\" },\n" \
  "  short = { en = \"UNTOC\", fr = \"CTO\", es = \"UNTOC\" },\n" \
  "  kind = \"treaty\",\n" \
  "  adopted = \"2000-11-15\",\n" \
  "  in_force = \"2003-09-29\",\n" \
  "  days_after_deposit = 30,\n" \
  "  denunciation_years = 1,\n" \
  "  clusters = { { en = \"Criminalization\", fr = \"Incrimination\" } },\n" \
  "}\n"

/* One obligation: unknown before 2020, not met before 2025, met from then
** to 2030, from when it fails (an error finding has no explanation).
** Its texts hold the characters a Lua pattern would read as magic ( ) . -
** so that a plain match is tested. */
#define RULE \
  "obligation {\n" \
  "  ref = \"untoc:5.1.a\", level = \"mandatory\", category = \"criminalization\", cluster = 1,\n" \
  "  title = { en = \"Title\", fr = \"Titre\" }, text = { en = \"Text.\" },\n" \
  "  facts = { \"legal_persons.criminal\" },\n" \
  "  check = function(ctx)\n" \
  "    if ctx.as_of < \"2020-01-01\" then\n" \
  "      ctx:ask(\"legal_persons.criminal\")\n" \
  "      return ctx:unknown({ en = \"Not known before 2020.\", fr = \"Inconnu avant 2020.\" })\n" \
  "    end\n" \
  "    if ctx.as_of < \"2025-01-01\" then\n" \
  "      return ctx:not_met({ en = \"Made only on 2027-03-01 (art. 5(1)); none before.\",\n" \
  "                           fr = \"Faite seulement le 2027-03-01 (art. 5, par. 1) ; aucune avant.\" })\n" \
  "    end\n" \
  "    if ctx.as_of >= \"2030-01-01\" then error(\"broken from 2030\") end\n" \
  "    return ctx:met({ en = \"Made on 2024-12-31 (art. 5(1)).\", fr = \"Faite le 2024-12-31 (art. 5, par. 1).\" })\n" \
  "  end,\n" \
  "}\n"

#define BASE \
  "return {\n" \
  "  profile_format = 1,\n" \
  "  state = { code = \"TST\", name = \"Testland\", kind = \"state\" },\n" \
  "  describes_law_as_of = \"2024-01-01\",\n" \
  "  parties = { untoc = { signed = \"2000-12-12\", deposited = \"2003-01-15\", means = \"ratification\" } },\n" \
  "}\n"

/* Cases that exercise the rule for met, a shortfall and unknown, so that a
** run of them alone passes; a test appends its own case after them.  Two
** lines each, starting at lines 2, 4 and 6; the appended case starts at
** line 8. */
#define EXERCISED \
  "return {\n" \
  "  { name = \"unknown\", as_of = \"2019-01-01\",\n" \
  "    expect = { [\"untoc:5.1.a\"] = \"unknown\" } },\n" \
  "  { name = \"not met\", as_of = \"2024-01-01\",\n" \
  "    expect = { [\"untoc:5.1.a\"] = \"not_met\" } },\n" \
  "  { name = \"met\", as_of = \"2025-06-01\",\n" \
  "    expect = { [\"untoc:5.1.a\"] = \"met\" } },\n"

typedef struct {
  lx_sandbox *sb;
  char dir[64];
  char *out;          /* what ruletest_run printed */
  size_t nout;
  int rc;             /* what it returned */
} fixture;

static void copy_schema(const char *dir) {
  const char *root = getenv("LEXGAP_ROOT");
  char from[4096], to[4096];
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  snprintf(from, sizeof from, "%s/rules/schema.lua", root);
  snprintf(to, sizeof to, "%s/schema.lua", dir);
  if (fx_copy_file(from, to) != 0) fail_msg("cannot copy %s to %s", from, to);
}

static void write_in(const fixture *fx, const char *name, const char *text) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", fx->dir, name);
  if (fx_write_file(path, text) != 0) fail_msg("cannot write %s: %s", path, strerror(errno));
}

static int setup(void **state) {
  fixture *fx = calloc(1, sizeof *fx);
  sandbox_error err;
  char path[4096];
  if (!fx) return -1;
  fx->sb = sandbox_new(&err);
  if (!fx->sb) { fprintf(stderr, "sandbox_new: %s\n", err.message); free(fx); return -1; }
  snprintf(fx->dir, sizeof fx->dir, "/tmp/lexgap-ruletest-XXXXXX");
  if (!mkdtemp(fx->dir)) { sandbox_free(fx->sb); free(fx); return -1; }
  copy_schema(fx->dir);
  snprintf(path, sizeof path, "%s/untoc", fx->dir);
  if (mkdir(path, 0700) != 0) return -1;
  snprintf(path, sizeof path, "%s/untoc/tests", fx->dir);
  if (mkdir(path, 0700) != 0) return -1;
  write_in(fx, "untoc/instrument.lua", INSTRUMENT);
  write_in(fx, "untoc/art05.lua", RULE);
  write_in(fx, "untoc/tests/base.lua", BASE);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  fixture *fx = *state;
  free(fx->out);
  sandbox_free(fx->sb);
  fx_remove_tree(fx->dir);
  free(fx);
  return 0;
}

/* Write the exercised cases plus `extra` (further cases, the closing brace
** added here) as untoc/tests/art05.lua, load the pack and run its tests;
** fx->out holds what was printed, fx->rc what ruletest_run returned. */
static void run_cases(fixture *fx, const char *extra) {
  size_t n = strlen(EXERCISED) + strlen(extra) + 8;
  char *text = malloc(n);
  assert_non_null(text);
  snprintf(text, n, "%s%s}\n", EXERCISED, extra);
  write_in(fx, "untoc/tests/art05.lua", text);
  free(text);
  lx_ruleset rs;
  diag_list d;
  diag_init(&d);
  if (ruleset_load(&rs, fx->sb, fx->dir, NULL, 0, &d) != 0) {
    diag_print(&d, stderr);
    fail_msg("ruleset_load failed");
  }
  diag_free(&d);
  FILE *f = open_memstream(&fx->out, &fx->nout);
  assert_non_null(f);
  fx->rc = ruletest_run(fx->sb, &rs, 0, f);
  assert_int_equal(fclose(f), 0);
  ruleset_free(&rs, fx->sb);
}

/* The output holds want (as written). */
static void assert_printed(const fixture *fx, const char *want) {
  if (!strstr(fx->out, want)) fail_msg("the output does not hold \"%s\"; it reads:\n%s", want, fx->out);
}

static void assert_not_printed(const fixture *fx, const char *unwanted) {
  if (strstr(fx->out, unwanted)) fail_msg("the output holds \"%s\"; it reads:\n%s", unwanted, fx->out);
}

/* The run passed: rc 0 and "N passed, 0 failed" (N: the cases and the rule). */
static void assert_passed(const fixture *fx, int ncases) {
  char line[64];
  snprintf(line, sizeof line, "%d passed, 0 failed\n", ncases + 1);
  if (fx->rc != 0 || strcmp(fx->out, line) != 0) fail_msg("expected only \"%s\", got (rc %d):\n%s", line, fx->rc, fx->out);
}

/* The run failed with exactly nfailed failures. */
static void assert_failed(const fixture *fx, int nfailed) {
  char tail[64];
  snprintf(tail, sizeof tail, " passed, %d failed\n", nfailed);
  assert_int_equal(fx->rc, -1);
  size_t lt = strlen(tail), lo = strlen(fx->out);
  if (lo < lt || strcmp(fx->out + lo - lt, tail) != 0) fail_msg("expected a run ending \"%s\", got:\n%s", tail, fx->out);
}

/*
** Passing
*/

static void test_explains_found_in_both_languages(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"the words\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\", explains = \"only on 2027-03-01\",\n"
    "                                   explains_fr = \"seulement le 2027-03-01 (art. 5, par. 1) ;\" } } },\n");
  assert_passed(fx, 4);
}

static void test_explains_list_of_texts(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"several\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\", explains = { \"Made only\", \"(art. 5(1)); none before.\" },\n"
    "                                   explains_fr = { \"Faite\", \"aucune avant.\" } } } },\n");
  assert_passed(fx, 4);
}

/* "(", ")", "." and "-" are matched as written: "5(1))" is found, and
** "2027.03" (which a Lua pattern would match against "2027-03") is not. */
static void test_explains_is_a_plain_match(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"no patterns\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\", explains = \"art. 5(1));\", explains_not = \"2027.03\",\n"
    "                                   explains_not_fr = { \"2027.03\", \"%d\" } } } },\n");
  assert_passed(fx, 4);
}

static void test_explains_not_absent_words(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"absent\", as_of = \"2025-06-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"met\", explains_not = { \"none before\", \"only\" },\n"
    "                                   explains_not_fr = \"aucune\" } } },\n");
  assert_passed(fx, 4);
}

/*
** Failing
*/

static void test_explains_missing_fails_quoting_the_explanation(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"wrong date\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\",\n"
    "                                   explains = \"only on 2027-03-02\" } } },\n");
  char want[4400];
  snprintf(want, sizeof want,
           "FAIL %s/untoc/tests/art05.lua:8: case 'wrong date': line 10: untoc:5.1.a: explains: the English explanation "
           "does not contain \"only on 2027-03-02\"\n"
           "     explanation: Made only on 2027-03-01 (art. 5(1)); none before.\n", fx->dir);
  assert_printed(fx, want);
  assert_failed(fx, 1);
}

static void test_explains_fr_missing_names_french(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"french\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\", explains = \"only on 2027-03-01\",\n"
    "                                   explains_fr = { \"Faite\", \"only on 2027-03-01\" } } } },\n");
  assert_printed(fx, "case 'french': line 10: untoc:5.1.a: explains_fr: the French explanation does not contain "
                     "\"only on 2027-03-01\"\n"
                     "     explanation: Faite seulement le 2027-03-01 (art. 5, par. 1) ; aucune avant.\n");
  assert_not_printed(fx, "\"Faite\"");          /* the text found is not reported */
  assert_failed(fx, 1);
}

static void test_explains_not_present_fails(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"doubled\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\", explains_not = \"none before\" } } },\n");
  assert_printed(fx, "case 'doubled': line 9: untoc:5.1.a: explains_not: the English explanation contains \"none before\"\n"
                     "     explanation: Made only on 2027-03-01 (art. 5(1)); none before.\n");
  assert_failed(fx, 1);
}

/* A wrong status and missing words: both reported, one failed case. */
static void test_wrong_status_and_words_both_reported(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"both\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"met\", explains = \"Made on 2024-12-31\" } } },\n");
  assert_printed(fx, "case 'both': line 9: untoc:5.1.a: expected met, got not_met\n");
  assert_printed(fx, "case 'both': line 9: untoc:5.1.a: explains: the English explanation does not contain \"Made on 2024-12-31\"\n");
  assert_failed(fx, 1);
}

/* The words of one obligation are looked for in its own finding, in each
** case's own assessment: the met case's words are not in the not_met case. */
static void test_explains_per_case(void **state) {
  fixture *fx = *state;
  run_cases(fx,
    "  { name = \"met words\", as_of = \"2025-06-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"met\", explains = \"Made on 2024-12-31\" } } },\n"
    "  { name = \"met words, not met\", as_of = \"2024-06-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\", explains = \"Made on 2024-12-31\" } } },\n");
  assert_not_printed(fx, "case 'met words':");
  assert_printed(fx, "case 'met words, not met': line 11: untoc:5.1.a: explains: the English explanation does not contain");
  assert_failed(fx, 1);
}

/*
** Malformed: refused with the file, line, obligation and key, the case failed
*/

static void malformed(fixture *fx, const char *value, const char *want) {
  char cases[1024], line[4400];
  snprintf(cases, sizeof cases,
           "  { name = \"malformed\", as_of = \"2024-01-01\",\n"
           "    expect = { [\"untoc:5.1.a\"] = { status = \"not_met\",\n"
           "      %s } } },\n", value);
  run_cases(fx, cases);
  snprintf(line, sizeof line, "FAIL %s/untoc/tests/art05.lua:8: case 'malformed': line 10: untoc:5.1.a: %s\n", fx->dir, want);
  assert_printed(fx, line);
  assert_failed(fx, 1);
}

static void test_malformed_number(void **state) {
  malformed(*state, "explains = 3", "explains: expected a text or a list of texts, not a number");
}

static void test_malformed_boolean(void **state) {
  malformed(*state, "explains_fr = true", "explains_fr: expected a text or a list of texts, not true or false");
}

static void test_malformed_empty_text(void **state) {
  malformed(*state, "explains_not = \"\"", "explains_not: the text is empty");
}

static void test_malformed_empty_list(void **state) {
  malformed(*state, "explains = {}", "explains: the list is empty");
}

static void test_malformed_item(void **state) {
  malformed(*state, "explains = { \"Made\", 5 }", "explains[2]: expected a text, not a number");
}

static void test_malformed_empty_item(void **state) {
  malformed(*state, "explains_not_fr = { \"x\", \"\" }", "explains_not_fr[2]: the text is empty");
}

static void test_malformed_named_fields(void **state) {
  malformed(*state, "explains = { en = \"Made\" }",
            "explains: expected a text or a list of texts, not a table with named fields");
}

static void test_malformed_nul_byte(void **state) {
  malformed(*state, "explains = \"Made\\0only\"", "explains: the text holds a NUL byte");
}

/* A misspelt key is refused, not ignored (it would make a test that cannot
** fail). */
static void test_unknown_key_refused(void **state) {
  malformed(*state, "explain = \"Made\"",
            "unknown key 'explain' in the expectation (status, option, explains, explains_fr, explains_not, explains_not_fr)");
}

/* explains meets a finding with no explanation (the rule failed: an error
** finding has none): the case fails on its status and on the words, said
** so, not passed over; explains_not has nothing to find there. */
static void test_explains_no_explanation_fails(void **state) {
  fixture *fx = *state;
  char line[4400];
  run_cases(fx,
    "  { name = \"no words\", as_of = \"2031-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = { status = \"met\", explains_not = \"Made\",\n"
    "                                   explains = \"Made\" } } },\n");
  snprintf(line, sizeof line, "FAIL %s/untoc/tests/art05.lua:8: case 'no words': line 10: untoc:5.1.a: explains: "
           "the finding (error) has no English explanation to look for \"Made\" in\n", fx->dir);
  assert_printed(fx, line);
  assert_printed(fx, "line 9: untoc:5.1.a: expected met, got error\n");
  assert_not_printed(fx, "explains_not:");
  assert_failed(fx, 1);
}

/* status and option must be texts; a missing status is named */
static void test_option_not_a_text(void **state) {
  malformed(*state, "option = 7", "option: expected a text, not a number");
}

static void test_status_not_a_text(void **state) {
  fixture *fx = *state;
  char line[4400];
  run_cases(fx,
    "  { name = \"malformed\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = {\n"
    "      status = 3 } } },\n");
  snprintf(line, sizeof line, "FAIL %s/untoc/tests/art05.lua:8: case 'malformed': line 10: untoc:5.1.a: status: "
           "expected a text, not a number\n", fx->dir);
  assert_printed(fx, line);
  assert_failed(fx, 1);
}

static void test_status_missing(void **state) {
  fixture *fx = *state;
  char line[4400];
  run_cases(fx,
    "  { name = \"malformed\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = {\n"
    "      explains = \"Made\" } } },\n");
  snprintf(line, sizeof line, "FAIL %s/untoc/tests/art05.lua:8: case 'malformed': line 9: untoc:5.1.a: "
           "the expectation has no status\n", fx->dir);
  assert_printed(fx, line);
  assert_failed(fx, 1);
}

static void test_expectation_not_text_or_table(void **state) {
  fixture *fx = *state;
  char line[4400];
  run_cases(fx,
    "  { name = \"malformed\", as_of = \"2024-01-01\",\n"
    "    expect = { [\"untoc:5.1.a\"] = 3 } },\n");
  snprintf(line, sizeof line, "FAIL %s/untoc/tests/art05.lua:8: case 'malformed': line 9: untoc:5.1.a: "
           "expected a status text or a table, not a number\n", fx->dir);
  assert_printed(fx, line);
  assert_failed(fx, 1);
}

/* A malformed case does not stop the others: the exercised cases pass. */
static void test_malformed_counts_once(void **state) {
  fixture *fx = *state;
  malformed(fx, "explains = 3", "explains: expected a text or a list of texts, not a number");
  assert_printed(fx, "4 passed, 1 failed\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_explains_found_in_both_languages, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_list_of_texts, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_is_a_plain_match, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_not_absent_words, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_missing_fails_quoting_the_explanation, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_fr_missing_names_french, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_not_present_fails, setup, teardown),
    cmocka_unit_test_setup_teardown(test_wrong_status_and_words_both_reported, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_per_case, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_number, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_boolean, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_empty_text, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_empty_list, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_item, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_empty_item, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_named_fields, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_nul_byte, setup, teardown),
    cmocka_unit_test_setup_teardown(test_unknown_key_refused, setup, teardown),
    cmocka_unit_test_setup_teardown(test_malformed_counts_once, setup, teardown),
    cmocka_unit_test_setup_teardown(test_explains_no_explanation_fails, setup, teardown),
    cmocka_unit_test_setup_teardown(test_option_not_a_text, setup, teardown),
    cmocka_unit_test_setup_teardown(test_status_not_a_text, setup, teardown),
    cmocka_unit_test_setup_teardown(test_status_missing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_expectation_not_text_or_table, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
