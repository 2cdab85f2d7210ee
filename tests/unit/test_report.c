/*
 * test_report.c -- gap reports (engine/report_*.c) and the counts they rest
 * on (assessment_summary, lx_is_gap).
 *
 * The group setup writes a small rules directory under /tmp (mkdtemp): the
 * real rules/schema.lua (from $LEXGAP_ROOT), an untoc/instrument.lua and four
 * obligations of UNTOC art. 15 whose findings are, for the profile below:
 *   untoc:15.1.a  mandatory  met, through an option, with evidence
 *   untoc:15.1.b  mandatory  not_met (a gap), with what is missing
 *   untoc:15.3    mandatory  unknown, with an open question
 *   untoc:15.2.a  optional   not_met (not a gap)
 * The profile carries hostile strings (quotes, backslashes, control
 * characters, HTML, non-ASCII) that every report must carry safely.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "fixture.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "evaluate.h"
#include "profile.h"
#include "report.h"
#include "rules.h"
#include "sandbox.h"

/* The same string as C sees it and as written in the Lua-syntax profile. */
#define HOSTILE_C   "Say \"hi\" C:\\dir\\ line1\nline2\ttab \x01 <script>alert(1)</script> caf\xc3\xa9"
#define HOSTILE_LUA "Say \\\"hi\\\" C:\\\\dir\\\\ line1\\nline2\\ttab \\1 <script>alert(1)</script> caf\xc3\xa9"

#define INSTRUMENT \
  "return {\n" \
  "  id = \"untoc\",\n" \
  "  title = { en = \"United Nations Convention against Transnational Organized Crime\",\n" \
  "            fr = \"Convention des Nations unies contre la criminalit\xc3\xa9 transnationale organis\xc3\xa9\x65\" },\n" \
  "  short = { en = \"UNTOC\", fr = \"CTO\" },\n" \
  "  kind = \"treaty\",\n" \
  "  in_force = \"2003-09-29\",\n" \
  "  days_after_deposit = 30,\n" \
  "  denunciation_years = 1,\n" \
  "  clusters = { { en = \"Criminalization and jurisdiction\", fr = \"Incrimination et comp\xc3\xa9tence\" } },\n" \
  "}\n"

#define RULES \
  "obligation {\n" \
  "  ref = \"untoc:15.1.a\", level = \"mandatory\", category = \"jurisdiction\", cluster = 1,\n" \
  "  title = { en = \"Territorial jurisdiction\", fr = \"Comp\xc3\xa9tence territoriale\" },\n" \
  "  text = { en = \"(a) The offence is committed in the territory of that State Party;\" },\n" \
  "  facts = { \"jurisdiction.territory\" },\n" \
  "  check = function(ctx)\n" \
  "    local m = ctx:measure(\"jurisdiction.territory\")\n" \
  "    if m.state ~= \"adopted\" then return ctx:not_met(\"no\") end\n" \
  "    return ctx:met({ en = \"Territorial jurisdiction is established.\",\n" \
  "                     fr = \"La comp\xc3\xa9tence territoriale est \xc3\xa9tablie.\" },\n" \
  "                   { id = \"territory\", en = \"territorial jurisdiction\", fr = \"comp\xc3\xa9tence territoriale\" })\n" \
  "  end,\n" \
  "}\n" \
  "obligation {\n" \
  "  ref = \"untoc:15.1.b\", level = \"mandatory\", category = \"jurisdiction\", cluster = 1,\n" \
  "  title = { en = \"Flag jurisdiction\", fr = \"Comp\xc3\xa9tence du pavillon\" },\n" \
  "  text = { en = \"(b) The offence is committed on board a vessel flying its flag.\" },\n" \
  "  facts = { \"jurisdiction.flag_vessels\" },\n" \
  "  check = function(ctx)\n" \
  "    return lx.measure_finding(ctx, \"jurisdiction.flag_vessels\",\n" \
  "      { what = { en = \"flag jurisdiction\", fr = \"la comp\xc3\xa9tence du pavillon\" } })\n" \
  "  end,\n" \
  "}\n" \
  "obligation {\n" \
  "  ref = \"untoc:15.3\", level = \"mandatory\", category = \"jurisdiction\", cluster = 1,\n" \
  "  title = { en = \"Jurisdiction where nationals are not extradited\", fr = \"Comp\xc3\xa9tence sans extradition\" },\n" \
  "  text = { en = \"3. For the purposes of article 16(10)...\" },\n" \
  "  facts = { \"jurisdiction.non_extradited_nationals\" },\n" \
  "  check = function(ctx)\n" \
  "    return lx.measure_finding(ctx, \"jurisdiction.non_extradited_nationals\",\n" \
  "      { what = { en = \"jurisdiction over nationals not extradited\", fr = \"la comp\xc3\xa9tence\" } })\n" \
  "  end,\n" \
  "}\n" \
  "obligation {\n" \
  "  ref = \"untoc:15.2.a\", level = \"optional\", category = \"jurisdiction\", cluster = 1,\n" \
  "  title = { en = \"Passive personality\", fr = \"Personnalit\xc3\xa9 passive\" },\n" \
  "  text = { en = \"(a) The offence is committed against a national of that State Party;\" },\n" \
  "  facts = { \"jurisdiction.passive_personality\" },\n" \
  "  check = function(ctx)\n" \
  "    return lx.measure_finding(ctx, \"jurisdiction.passive_personality\",\n" \
  "      { what = { en = \"passive personality jurisdiction\", fr = \"la comp\xc3\xa9tence personnelle passive\" } })\n" \
  "  end,\n" \
  "}\n"

#define PROFILE \
  "return {\n" \
  "  profile_format = 1,\n" \
  "  state = { code = \"HST\", name = \"" HOSTILE_LUA "\", name_fr = \"Hostilie\" },\n" \
  "  describes_law_as_of = \"2023-12-31\",\n" \
  "  parties = { untoc = { signed = \"2000-12-12\", deposited = \"2004-06-01\" } },\n" \
  "  jurisdiction = {\n" \
  "    territory = { adopted = true, source = \"" HOSTILE_LUA "\",\n" \
  "                  url = \"https://example.org/a?b=1&c=<2>\", note = \"Note <b>bold</b>\" },\n" \
  "    flag_vessels = { adopted = false, source = \"Code maritime, art. 1\" },\n" \
  "    passive_personality = { adopted = false },\n" \
  "  },\n" \
  "}\n"

#define Q_NON_EXTRADITED \
  "Do national courts have jurisdiction when the alleged offender is present and is not extradited because he or she is a national?"

typedef struct {
  char dir[64];
  lx_sandbox *sb;
  lx_ruleset rs;
  lx_profile p;
  lx_assessment a;
  int have_rs, have_p, have_a;
  /* reports, rendered once on first use and freed by the group teardown
  ** (so that a failing assertion leaks nothing) */
  char *out[3][2][3];        /* [writer][lang en/fr][n] */
  json_t *json[3];           /* parsed JSON report of n assessments */
} fixture;

static fixture fx;

/*
** Setup
*/




static int group_teardown(void **state) {
  (void)state;
  for (int w = 0; w < 3; w++)
    for (int l = 0; l < 2; l++)
      for (int n = 0; n < 3; n++) free(fx.out[w][l][n]);
  for (int n = 0; n < 3; n++) json_decref(fx.json[n]);
  if (fx.have_a) assessment_free(&fx.a);
  if (fx.have_p) profile_free(&fx.p);
  if (fx.have_rs) ruleset_free(&fx.rs, fx.sb);
  if (fx.sb) sandbox_free(fx.sb);
  if (fx.dir[0]) fx_remove_tree(fx.dir);
  memset(&fx, 0, sizeof fx);
  return 0;
}

static int fail_setup(const char *why, diag_list *d) {
  fprintf(stderr, "setup: %s\n", why);
  if (d) { diag_print(d, stderr); diag_free(d); }
  group_teardown(NULL);
  return -1;
}

static int group_setup(void **state) {
  const char *root = getenv("LEXGAP_ROOT");
  char path[4096], from[4096];
  sandbox_error err;
  diag_list d;
  (void)state;
  memset(&fx, 0, sizeof fx);
  diag_init(&d);
  if (!root) return fail_setup("LEXGAP_ROOT is not set", NULL);
  snprintf(fx.dir, sizeof fx.dir, "/tmp/lexgap-report-XXXXXX");
  if (!mkdtemp(fx.dir)) { fx.dir[0] = '\0'; return fail_setup("mkdtemp", NULL); }
  snprintf(from, sizeof from, "%s/rules/schema.lua", root);
  snprintf(path, sizeof path, "%s/schema.lua", fx.dir);
  if (fx_copy_file(from, path) != 0) return fail_setup("cannot copy the schema", NULL);
  snprintf(path, sizeof path, "%s/untoc", fx.dir);
  if (mkdir(path, 0700) != 0) return fail_setup("mkdir", NULL);
  snprintf(path, sizeof path, "%s/untoc/instrument.lua", fx.dir);
  if (fx_write_file(path, INSTRUMENT) != 0) return fail_setup("write instrument", NULL);
  snprintf(path, sizeof path, "%s/untoc/art15.lua", fx.dir);
  if (fx_write_file(path, RULES) != 0) return fail_setup("write rules", NULL);

  fx.sb = sandbox_new(&err);
  if (!fx.sb) return fail_setup(err.message, NULL);
  fx.have_rs = 1;
  if (ruleset_load(&fx.rs, fx.sb, fx.dir, NULL, 0, &d) != 0 || d.n != 0) return fail_setup("ruleset_load", &d);
  for (size_t i = 0; i < fx.rs.n; i++)
    if (fx.rs.rules[i].invalid) return fail_setup(fx.rs.rules[i].invalid, &d);

  data_error perr;
  data_value *v = data_parse(PROFILE, strlen(PROFILE), &perr);
  if (!v) { fprintf(stderr, "line %d: %s\n", perr.line, perr.message); return fail_setup("profile syntax", &d); }
  if (profile_from_data(&fx.p, "hostile.lua", v, fx.rs.schema, &d) != 0) return fail_setup("profile", &d);
  fx.have_p = 1;
  if (evaluate(&fx.a, fx.sb, &fx.rs, &fx.p, "2024-01-01", 0) != 0) return fail_setup("evaluate", &d);
  fx.have_a = 1;
  diag_free(&d);
  return 0;
}

/*
** Helpers
*/

typedef int (*writer_fn)(FILE *, lx_assessment *const *, size_t, const report_options *);

/* What a writer produces for n copies of the assessment in lang; rendered
** into a tmpfile once, owned by the fixture. */
static const char *render(writer_fn writer, const char *lang, size_t n) {
  int w = writer == report_text ? 0 : writer == report_markdown ? 1 : 2;
  int l = strcmp(lang, "fr") == 0;
  assert_true(n >= 1 && n <= 2);
  if (fx.out[w][l][n]) return fx.out[w][l][n];
  FILE *f = tmpfile();
  lx_assessment *as[2] = { &fx.a, &fx.a };
  report_options o = { .lang = lang, .rules_dir = "rules" };
  assert_non_null(f);
  int rc = writer(f, as, n, &o);
  long size = ftell(f);
  char *s = size > 0 ? malloc((size_t)size + 1) : NULL;
  rewind(f);
  size_t got = s ? fread(s, 1, (size_t)size, f) : 0;
  fclose(f);
  if (s) s[got] = '\0';
  fx.out[w][l][n] = s;
  assert_int_equal(rc, 0);
  assert_non_null(s);
  assert_int_equal(got, (size_t)size);
  return s;
}

/* The JSON report of n assessments, parsed back with Jansson (from a file,
** as a consumer would read it); owned by the fixture. */
static json_t *json_report(size_t n) {
  assert_true(n >= 1 && n <= 2);
  if (fx.json[n]) return fx.json[n];
  FILE *f = tmpfile();
  lx_assessment *as[2] = { &fx.a, &fx.a };
  report_options o = { .lang = "en" };
  json_error_t jerr;
  assert_non_null(f);
  int rc = report_json(f, as, n, &o);
  rewind(f);
  fx.json[n] = json_loadf(f, 0, &jerr);
  fclose(f);
  assert_int_equal(rc, 0);
  if (!fx.json[n]) fail_msg("report_json wrote invalid JSON: line %d: %s", jerr.line, jerr.text);
  return fx.json[n];
}

static json_t *get(json_t *o, const char *key) {
  json_t *v = json_object_get(o, key);
  if (!v) fail_msg("missing JSON field '%s'", key);
  return v;
}

static const char *get_str(json_t *o, const char *key) {
  json_t *v = get(o, key);
  if (!json_is_string(v)) fail_msg("JSON field '%s' is not a string", key);
  return json_string_value(v);
}

static json_int_t get_int(json_t *o, const char *key) {
  json_t *v = get(o, key);
  if (!json_is_integer(v)) fail_msg("JSON field '%s' is not an integer", key);
  return json_integer_value(v);
}

static json_t *at(json_t *a, size_t i) {
  if (!json_is_array(a)) fail_msg("not a JSON array");
  if (i >= json_array_size(a)) fail_msg("JSON array has %zu items, wanted item %zu", json_array_size(a), i);
  return json_array_get(a, i);
}

/* The finding of the assessment with this id. */
static const lx_finding *finding(const char *id) {
  for (size_t i = 0; i < fx.a.n; i++)
    if (strcmp(fx.a.findings[i].rule->id, id) == 0) return &fx.a.findings[i];
  fail_msg("no finding for %s", id);
  return NULL;
}

/* Position of needle in hay, failing if absent. */
static size_t offset_of(const char *hay, const char *needle) {
  const char *p = strstr(hay, needle);
  if (!p) fail_msg("\"%s\" not found in the report", needle);
  return (size_t)(p - hay);
}

/*
** The assessment itself
*/

static void test_findings_as_expected(void **state) {
  (void)state;
  assert_int_equal(fx.a.n, 4);
  assert_int_equal(finding("untoc:15.1.a")->status, LX_MET);
  assert_int_equal(finding("untoc:15.1.b")->status, LX_NOT_MET);
  assert_int_equal(finding("untoc:15.3")->status, LX_UNKNOWN);
  assert_int_equal(finding("untoc:15.2.a")->status, LX_NOT_MET);
  assert_int_equal(fx.a.bindings[0].kind, BOUND);
  assert_string_equal(fx.a.bindings[0].since, "2004-07-01");
  /* the parts of a report */
  assert_int_equal(report_part_of(finding("untoc:15.1.b")), PART_GAPS);
  assert_int_equal(report_part_of(finding("untoc:15.3")), PART_UNKNOWN);
  assert_int_equal(report_part_of(finding("untoc:15.1.a")), PART_OTHER);
  assert_int_equal(report_part_of(finding("untoc:15.2.a")), PART_OTHER);
  size_t n, n_err;
  size_t *idx = report_select(&fx.a, PART_OTHER, &n);
  assert_non_null(idx);
  const lx_rule *first = n > 0 ? fx.a.findings[idx[0]].rule : NULL;
  const lx_rule *second = n > 1 ? fx.a.findings[idx[1]].rule : NULL;
  free(idx);
  idx = report_select(&fx.a, PART_ERRORS, &n_err);
  free(idx);
  assert_int_equal(n, 2);
  assert_string_equal(first->id, "untoc:15.1.a");
  assert_string_equal(second->id, "untoc:15.2.a");
  assert_int_equal(n_err, 0);
}

/*
** Summary counts and gaps
*/

static void test_assessment_summary(void **state) {
  lx_summary s;
  (void)state;
  memset(&s, 0x7f, sizeof s);
  assessment_summary(&fx.a, &s);
  assert_int_equal(s.by_status[LX_MET], 1);
  assert_int_equal(s.by_status[LX_PARTLY_MET], 0);
  assert_int_equal(s.by_status[LX_NOT_MET], 2);
  assert_int_equal(s.by_status[LX_UNKNOWN], 1);
  assert_int_equal(s.by_status[LX_NOT_APPLICABLE], 0);
  assert_int_equal(s.by_status[LX_ERROR], 0);
  assert_int_equal(s.by_level[LX_MANDATORY][LX_MET], 1);
  assert_int_equal(s.by_level[LX_MANDATORY][LX_NOT_MET], 1);
  assert_int_equal(s.by_level[LX_MANDATORY][LX_UNKNOWN], 1);
  assert_int_equal(s.by_level[LX_OPTIONAL][LX_NOT_MET], 1);
  assert_int_equal(s.by_level[LX_OPTIONAL][LX_MET], 0);
  assert_int_equal(s.by_level[LX_CONSIDER][LX_NOT_MET], 0);
  assert_int_equal(s.by_level[LX_ENDEAVOUR][LX_NOT_MET], 0);
  assert_int_equal(s.gaps, 1);       /* the optional not_met is not a gap */
  assert_int_equal(s.errors, 0);
}

/* Every level x status combination once: each cell counted once, gaps are
** exactly the two mandatory shortfalls, errors one per level. */
static void test_assessment_summary_every_combination(void **state) {
  lx_rule rules[LX_NLEVEL];
  lx_finding findings[LX_NLEVEL * LX_NSTATUS];
  lx_assessment a;
  lx_summary s;
  (void)state;
  memset(rules, 0, sizeof rules);
  memset(findings, 0, sizeof findings);
  memset(&a, 0, sizeof a);
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    rules[lv].level = (lx_level)lv;
    rules[lv].id = (char *)"untoc:1";
    for (int st = 0; st < LX_NSTATUS; st++) {
      findings[lv * LX_NSTATUS + st].rule = &rules[lv];
      findings[lv * LX_NSTATUS + st].status = (lx_status)st;
    }
  }
  a.findings = findings;
  a.n = LX_NLEVEL * LX_NSTATUS;
  assessment_summary(&a, &s);
  for (int st = 0; st < LX_NSTATUS; st++) assert_int_equal(s.by_status[st], LX_NLEVEL);
  for (int lv = 0; lv < LX_NLEVEL; lv++)
    for (int st = 0; st < LX_NSTATUS; st++) assert_int_equal(s.by_level[lv][st], 1);
  assert_int_equal(s.gaps, 2);
  assert_int_equal(s.errors, LX_NLEVEL);
  /* an empty assessment counts nothing */
  a.n = 0;
  assessment_summary(&a, &s);
  assert_int_equal(s.gaps, 0);
  assert_int_equal(s.errors, 0);
  assert_int_equal(s.by_status[LX_MET], 0);
}

static void test_is_gap_truth_table(void **state) {
  /* rows: mandatory, consider, endeavour, optional;
  ** columns: met, partly_met, not_met, unknown, not_applicable, error */
  static const int want[LX_NLEVEL][LX_NSTATUS] = {
    { 0, 1, 1, 0, 0, 0 },
    { 0, 0, 0, 0, 0, 0 },
    { 0, 0, 0, 0, 0, 0 },
    { 0, 0, 0, 0, 0, 0 },
  };
  (void)state;
  assert_int_equal(LX_NLEVEL, 4);
  assert_int_equal(LX_NSTATUS, 6);
  for (int lv = 0; lv < LX_NLEVEL; lv++)
    for (int st = 0; st < LX_NSTATUS; st++)
      if (!!lx_is_gap((lx_level)lv, (lx_status)st) != want[lv][st])
        fail_msg("lx_is_gap(%s, %s) should be %d", lx_level_name((lx_level)lv),
                 lx_status_name((lx_status)st), want[lv][st]);
}

/*
** JSON
*/

static void test_json_top_level(void **state) {
  (void)state;
  json_t *root = json_report(1);
  assert_string_equal(get_str(root, "lexgap_version"), LX_VERSION);
  assert_int_equal(get_int(root, "report_format"), 1);
  json_t *as = get(root, "assessments");
  assert_int_equal(json_array_size(as), 1);
  json_t *a = at(as, 0);
  json_t *profile = get(a, "profile");
  assert_string_equal(get_str(profile, "state_code"), "HST");
  assert_string_equal(get_str(profile, "file"), "hostile.lua");
  assert_string_equal(get_str(profile, "describes_law_as_of"), "2023-12-31");
  assert_string_equal(get_str(a, "as_of"), "2024-01-01");
  json_t *ins = at(get(a, "instruments"), 0);
  assert_int_equal(json_array_size(get(a, "instruments")), 1);
  assert_string_equal(get_str(ins, "id"), "untoc");
  assert_string_equal(get_str(ins, "binding"), "bound");
  assert_string_equal(get_str(ins, "bound_since"), "2004-07-01");
  assert_string_equal(get_str(get(ins, "reason"), "en"), "The State is bound by UNTOC since 2004-07-01.");
  assert_string_equal(get_str(get(ins, "reason"), "fr"), "L'\xc3\x89tat est li\xc3\xa9 par la CTO depuis le 1er juillet 2004.");
}

static void test_json_summary(void **state) {
  (void)state;
  json_t *root = json_report(1);
  json_t *summary = get(at(get(root, "assessments"), 0), "summary");
  json_t *by_status = get(summary, "by_status");
  assert_int_equal(get_int(summary, "findings"), 4);
  assert_int_equal(get_int(by_status, "met"), 1);
  assert_int_equal(get_int(by_status, "partly_met"), 0);
  assert_int_equal(get_int(by_status, "not_met"), 2);
  assert_int_equal(get_int(by_status, "unknown"), 1);
  assert_int_equal(get_int(by_status, "not_applicable"), 0);
  assert_int_equal(get_int(by_status, "error"), 0);
  assert_int_equal(json_object_size(by_status), LX_NSTATUS);
  json_t *by_level = get(summary, "by_level");
  assert_int_equal(get_int(get(by_level, "mandatory"), "not_met"), 1);
  assert_int_equal(get_int(get(by_level, "optional"), "not_met"), 1);
  assert_int_equal(get_int(get(by_level, "consider"), "met"), 0);
  assert_int_equal(get_int(summary, "gaps"), 1);
  assert_int_equal(get_int(summary, "errors"), 0);
}

static void test_json_findings_order(void **state) {
  (void)state;
  json_t *root = json_report(1);
  json_t *findings = get(at(get(root, "assessments"), 0), "findings");
  assert_int_equal(json_array_size(findings), 4);
  /* gaps first, then open questions, then the others in instrument order */
  assert_string_equal(get_str(at(findings, 0), "id"), "untoc:15.1.b");
  assert_string_equal(get_str(at(findings, 1), "id"), "untoc:15.3");
  assert_string_equal(get_str(at(findings, 2), "id"), "untoc:15.1.a");
  assert_string_equal(get_str(at(findings, 3), "id"), "untoc:15.2.a");
  assert_true(json_is_true(get(at(findings, 0), "gap")));
  for (size_t i = 1; i < 4; i++) assert_true(json_is_false(get(at(findings, i), "gap")));
}

static void test_json_gap_finding(void **state) {
  (void)state;
  json_t *root = json_report(1);
  json_t *f = at(get(at(get(root, "assessments"), 0), "findings"), 0);
  assert_string_equal(get_str(f, "id"), "untoc:15.1.b");
  assert_string_equal(get_str(f, "ref"), "untoc:15.1.b");
  assert_true(json_is_null(get(f, "clause")));
  assert_string_equal(get_str(f, "instrument"), "untoc");
  assert_string_equal(get_str(f, "article"), "15");
  assert_string_equal(get_str(get(f, "display"), "en"), "UNTOC art. 15(1)(b)");
  assert_string_equal(get_str(get(f, "display"), "fr"), "CTO, art. 15, par. 1, b)");
  assert_string_equal(get_str(f, "level"), "mandatory");
  assert_string_equal(get_str(f, "status"), "not_met");
  assert_string_equal(get_str(f, "category"), "jurisdiction");
  assert_int_equal(get_int(f, "cluster"), 1);
  assert_string_equal(get_str(get(f, "title"), "en"), "Flag jurisdiction");
  assert_string_equal(get_str(get(f, "explanation"), "en"),
                      "National law does not provide for flag jurisdiction (Code maritime, art. 1).");
  assert_string_equal(get_str(get(f, "explanation"), "fr"),
                      "Le droit national ne pr\xc3\xa9voit pas la comp\xc3\xa9tence du pavillon (Code maritime, art. 1).");
  assert_true(json_is_null(get(f, "option")));
  json_t *missing = get(f, "missing");
  assert_int_equal(json_array_size(missing), 1);
  assert_string_equal(get_str(at(missing, 0), "en"), "flag jurisdiction");
  assert_string_equal(get_str(at(missing, 0), "fr"), "la comp\xc3\xa9tence du pavillon");
  assert_int_equal(json_array_size(get(f, "questions")), 0);
  json_t *ev = at(get(f, "evidence"), 0);
  assert_string_equal(get_str(ev, "fact"), "jurisdiction.flag_vessels");
  assert_string_equal(get_str(ev, "source"), "Code maritime, art. 1");
  assert_true(json_is_null(get(ev, "url")));
  assert_true(json_is_null(get(f, "error")));
  assert_string_equal(get_str(get(f, "rule"), "file"), finding("untoc:15.1.b")->rule->file);
  assert_int_equal(get_int(get(f, "rule"), "line"), 14);
}

static void test_json_unknown_finding(void **state) {
  (void)state;
  json_t *root = json_report(1);
  json_t *f = at(get(at(get(root, "assessments"), 0), "findings"), 1);
  assert_string_equal(get_str(f, "id"), "untoc:15.3");
  assert_string_equal(get_str(f, "status"), "unknown");
  assert_string_equal(get_str(f, "level"), "mandatory");
  json_t *questions = get(f, "questions");
  assert_int_equal(json_array_size(questions), 1);
  assert_string_equal(get_str(at(questions, 0), "fact"), "jurisdiction.non_extradited_nationals");
  assert_string_equal(get_str(at(questions, 0), "en"), Q_NON_EXTRADITED);
  assert_non_null(strstr(get_str(at(questions, 0), "fr"), "Les juridictions nationales sont-elles comp\xc3\xa9tentes"));
  assert_string_equal(get_str(get(f, "explanation"), "en"),
                      "The profile does not say whether national law provides for jurisdiction over nationals not extradited.");
  assert_int_equal(json_array_size(get(f, "evidence")), 0);
}

static void test_json_met_finding_with_option_and_evidence(void **state) {
  (void)state;
  json_t *root = json_report(1);
  json_t *f = at(get(at(get(root, "assessments"), 0), "findings"), 2);
  assert_string_equal(get_str(f, "id"), "untoc:15.1.a");
  assert_string_equal(get_str(f, "status"), "met");
  assert_string_equal(get_str(get(f, "explanation"), "en"), "Territorial jurisdiction is established.");
  assert_string_equal(get_str(get(f, "explanation"), "fr"), "La comp\xc3\xa9tence territoriale est \xc3\xa9tablie.");
  json_t *option = get(f, "option");
  assert_string_equal(get_str(option, "id"), "territory");
  assert_string_equal(get_str(option, "en"), "territorial jurisdiction");
  assert_string_equal(get_str(option, "fr"), "comp\xc3\xa9tence territoriale");
  assert_int_equal(json_array_size(get(f, "missing")), 0);
  assert_int_equal(json_array_size(get(f, "questions")), 0);
  json_t *evidence = get(f, "evidence");
  assert_int_equal(json_array_size(evidence), 1);
  json_t *ev = at(evidence, 0);
  assert_string_equal(get_str(ev, "fact"), "jurisdiction.territory");
  assert_string_equal(get_str(ev, "source"), HOSTILE_C);
  assert_string_equal(get_str(ev, "url"), "https://example.org/a?b=1&c=<2>");
  assert_string_equal(get_str(ev, "note"), "Note <b>bold</b>");
  assert_string_equal(get_str(get(f, "provision_text"), "en"), "(a) The offence is committed in the territory of that State Party;");
  /* the optional shortfall */
  f = at(get(at(get(root, "assessments"), 0), "findings"), 3);
  assert_string_equal(get_str(f, "level"), "optional");
  assert_string_equal(get_str(f, "status"), "not_met");
  assert_true(json_is_false(get(f, "gap")));
}

/* Hostile strings come back byte for byte, and the writer itself escaped
** them (no raw control character in the output). */
static void test_json_hostile_strings_round_trip(void **state) {
  (void)state;
  json_t *root = json_report(1);
  json_t *profile = get(at(get(root, "assessments"), 0), "profile");
  json_t *name = get(profile, "state_name");
  assert_true(json_is_string(name));
  assert_int_equal(json_string_length(name), strlen(HOSTILE_C));
  assert_memory_equal(json_string_value(name), HOSTILE_C, strlen(HOSTILE_C));
  assert_string_equal(json_string_value(name), fx.p.state_name);

  const char *raw = render(report_json, "en", 1);
  assert_null(strchr(raw, '\x01'));
  assert_null(strchr(raw, '\t'));
  assert_non_null(strstr(raw, "\\u0001"));
  assert_non_null(strstr(raw, "Say \\\"hi\\\" C:\\\\dir\\\\ line1\\nline2\\ttab"));
  assert_non_null(strstr(raw, "caf\xc3\xa9"));     /* UTF-8 kept as is */
}

static void test_json_several_assessments(void **state) {
  (void)state;
  json_t *root = json_report(2);
  json_t *as = get(root, "assessments");
  assert_int_equal(json_array_size(as), 2);
  assert_true(json_equal(at(as, 0), at(as, 1)));
}

/*
** Markdown and text
*/

static void test_markdown_escapes_html(void **state) {
  (void)state;
  const char *md = render(report_markdown, "en", 1);
  /* the profile's strings appear, but never as live HTML */
  assert_non_null(strstr(md, "alert(1)"));
  if (strstr(md, "<script>")) {
    const char *p = strstr(md, "<script>");
    const char *line = p;
    while (line > md && line[-1] != '\n') line--;
    fail_msg("raw <script> in the Markdown report, in: %.*s", (int)strcspn(line, "\n"), line);
  }
  assert_null(strstr(md, "<b>"));
  assert_non_null(strstr(md, "\\<script\\>alert(1)\\</script\\>"));
}

/* A newline in profile text must not end the heading it appears in (the
** rest would become free Markdown: "===" or "- " lines are structure). */
static void test_markdown_state_heading_on_one_line(void **state) {
  (void)state;
  const char *md = render(report_markdown, "en", 1);
  const char *h = strstr(md, "\n# Gap report");
  assert_non_null(h);
  h++;
  size_t len = strcspn(h, "\n");
  if (len < 6 || strncmp(h + len - 6, " (HST)", 6) != 0)
    fail_msg("the state heading is broken across lines: %.*s", (int)len, h);
}

static void test_markdown_structure(void **state) {
  (void)state;
  const char *md = render(report_markdown, "en", 1);
  size_t gaps = offset_of(md, "\n## Gaps: mandatory obligations not met or partly met\n");
  size_t open = offset_of(md, "\n## Open questions: obligations the profile cannot settle\n");
  size_t other = offset_of(md, "\n## Other findings\n");
  assert_true(gaps < open && open < other);
  size_t b = offset_of(md, "#### UNTOC art. 15(1)(b) — Flag jurisdiction");
  size_t a = offset_of(md, "#### UNTOC art. 15(1)(a) — Territorial jurisdiction");
  assert_true(gaps < b && b < open);
  assert_true(other < a);
  assert_null(strstr(md, "Errors: rules that could not be evaluated"));   /* no errors, no part */
}

static void test_text_gaps_before_other_findings(void **state) {
  (void)state;
  const char *txt = render(report_text, "en", 1);
  size_t gaps = offset_of(txt, "\nGaps: mandatory obligations not met or partly met\n-----");
  size_t open = offset_of(txt, "\nOpen questions: obligations the profile cannot settle\n");
  size_t other = offset_of(txt, "\nOther findings\n");
  assert_true(gaps < open && open < other);
  size_t b = offset_of(txt, "[not met] UNTOC art. 15(1)(b) — Flag jurisdiction (mandatory)");
  size_t q = offset_of(txt, "[unknown] UNTOC art. 15(3)");
  size_t a = offset_of(txt, "[met] UNTOC art. 15(1)(a) — Territorial jurisdiction (mandatory)");
  size_t o = offset_of(txt, "[not adopted (optional)] UNTOC art. 15(2)(a) — Passive personality (optional)");
  assert_true(gaps < b && b < open);
  assert_true(open < q && q < other);
  assert_true(other < a && a < o);
  /* the open question is shown with the fact that settles it */
  assert_true(offset_of(txt, "[jurisdiction.non_extradited_nationals]") > q);
  /* no colours unless asked */
  assert_null(strchr(txt, '\033'));
}

/* Profile text never reaches the terminal as control characters (an
** escape sequence could rewrite the screen); newlines only. */
static void test_no_control_characters_in_documents(void **state) {
  (void)state;
  const char *docs[2] = { render(report_text, "en", 1), render(report_markdown, "en", 1) };
  for (int k = 0; k < 2; k++) {
    assert_non_null(strstr(docs[k], "alert(1)"));    /* the hostile text is there */
    for (const char *p = docs[k]; *p; p++) {
      unsigned char c = (unsigned char)*p;
      if ((c < 0x20 && c != '\n') || c == 0x7f)
        fail_msg("%s report: control character 0x%02x at offset %ld", k ? "Markdown" : "text", c, (long)(p - docs[k]));
    }
  }
}

static void test_text_in_french(void **state) {
  (void)state;
  const char *txt = render(report_text, "fr", 1);
  size_t gaps = offset_of(txt, "\xc3\x89\x63\x61rts\xe2\x80\xaf: obligations imp\xc3\xa9ratives non remplies ou partiellement remplies");
  size_t other = offset_of(txt, "\nAutres constats\n");
  size_t b = offset_of(txt, "[non rempli] CTO, art. 15, par. 1, b)");
  assert_true(gaps < b && b < other);
  assert_non_null(strstr(txt, "Hostilie"));     /* state name in French */
}

static void test_text_summary_line(void **state) {
  (void)state;
  const char *txt = render(report_text, "en", 1);
  /* counts by status, separated by commas */
  if (!strstr(txt, "4 findings: 1 met, 2 not met, 1 unknown")) {
    const char *p = strstr(txt, "4 findings:");
    fail_msg("summary line reads: %.*s", p ? (int)strcspn(p, "\n") : 0, p ? p : "");
  }
}

/* A report of the assessment in format fmt with options o; caller frees. */
static char *render_with(const char *fmt, const report_options *o) {
  FILE *f = tmpfile();
  lx_assessment *as[1] = { &fx.a };
  assert_non_null(f);
  assert_int_equal(report_write(f, fmt, as, 1, o), 0);
  long size = ftell(f);
  char *s = malloc((size_t)size + 1);
  assert_non_null(s);
  rewind(f);
  size_t got = fread(s, 1, (size_t)size, f);
  fclose(f);
  s[got] = '\0';
  return s;
}

/* Every format says that lexgap assesses the law on the books, not its
** effectiveness (issue 14). */
static void test_scope_note_everywhere(void **state) {
  (void)state;
  static const char *const fmts[] = { "text", "md", "html", "json", "summary" };
  report_options o = { .lang = "en" };
  for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
    char *s = render_with(fmts[i], &o);
    if (!strstr(s, "assesses the law on the books")) fail_msg("%s: no scope note", fmts[i]);
    free(s);
  }
  char *csv = render_with("csv", &o);
  assert_non_null(strstr(csv, ",warnings,scope,"));
  assert_non_null(strstr(csv, ",\"law on the books, not its effectiveness\","));
  free(csv);
  o.lang = "fr";
  char *fr = render_with("md", &o);
  assert_non_null(strstr(fr, "il n'évalue pas l'effectivité"));
  free(fr);
}

/* CommonMark: no space before a closing ** (else the asterisks show). */
static void test_markdown_emphasis_closes(void **state) {
  (void)state;
  for (int l = 0; l < 2; l++) {
    const char *md = render(report_markdown, l ? "fr" : "en", 1);
    for (const char *p = strstr(md, "**"); p; p = strstr(p + 2, "**"))
      if (p > md && p[-1] == ' ' && p[2] != '*' && (p[2] == '\n' || p[2] == ' ' || p[2] == '\0'))
        fail_msg("a closing ** after a space: %.40s", p - 20 > md ? p - 20 : md);
  }
  assert_non_null(strstr(render(report_markdown, "en", 1), "- **Provision:**\n"));
  const char *fr = strstr(render(report_markdown, "fr", 1), "- **Disposition");
  assert_non_null(fr);
  assert_int_equal(strncmp(fr + strcspn(fr, "\n") - 6, LX_NNBSP ":**", 6), 0);
}

/* French chrome: counts agree, a narrow no-break space before ':' and ';'. */
static void test_french_agreement(void **state) {
  (void)state;
  const char *txt = render(report_text, "fr", 1);
  if (!strstr(txt, "4 constats" LX_NNBSP ": 1 rempli, 2 non remplis, 1 inconnu" LX_NNBSP "; 1 écart")) {
    const char *p = strstr(txt, "4 constats");
    fail_msg("summary line reads: %.*s", p ? (int)strcspn(p, "\n") : 0, p ? p : "");
  }
  assert_null(strstr(txt, "Statut :"));
  assert_null(strstr(txt, "État : "));
  const char *en = render(report_text, "en", 1);
  assert_non_null(strstr(en, "1 gap"));
  assert_null(strstr(en, "1 gaps"));
}

/* --only gaps: the gaps, open questions and errors, nothing else, in every
** format that lists findings. */
static void test_only_gaps(void **state) {
  (void)state;
  report_options o = { .lang = "en", .brief = 1 };
  char *md = render_with("md", &o);
  assert_null(strstr(md, "Other findings"));
  assert_non_null(strstr(md, "Open questions"));
  assert_non_null(strstr(md, "lists only the gaps and the open questions"));
  free(md);
  char *html = render_with("html", &o);
  assert_null(strstr(html, "id=\"other\""));
  assert_null(strstr(html, "id=\"dashboard\""));
  assert_non_null(strstr(html, "id=\"key\""));
  free(html);
  char *json = render_with("json", &o);
  assert_non_null(strstr(json, "\"only\": \"gaps\""));
  assert_null(strstr(json, "\"status\": \"met\""));
  free(json);
  o.brief = 0;
  json = render_with("json", &o);
  assert_non_null(strstr(json, "\"status\": \"met\""));
  free(json);
}

/* The summary: the rating with its coverage, the gap one line, the open
** question counted, where the full report is. */
static void test_summary_format(void **state) {
  (void)state;
  report_options o = { .lang = "en", .full_report = "out/report.html" };
  char *s = render_with("summary", &o);
  assert_non_null(strstr(s, "  UNTOC: "));
  assert_non_null(strstr(s, "obligations settled"));
  assert_non_null(strstr(s, "\n1 gap:\n  - UNTOC art. 15(1)(b): not met"));
  assert_non_null(strstr(s, "\n1 open question\n"));
  assert_non_null(strstr(s, "Full report: out/report.html (open it in a browser)"));
  assert_null(strstr(s, "\033"));     /* a profile's control characters never reach the terminal */
  free(s);
}

/* The HTML page leads with the key findings, before the dashboard. */
static void test_html_key_findings_first(void **state) {
  (void)state;
  report_options o = { .lang = "en" };
  char *html = render_with("html", &o);
  size_t key = offset_of(html, "id=\"key\"");
  size_t dash = offset_of(html, "id=\"dashboard\"");
  size_t gaps = offset_of(html, "<section class=\"part\" id=\"gaps\"");
  assert_true(key < dash && dash < gaps);
  assert_non_null(strstr(html + key, "1 gap</strong>"));
  free(html);
}

/* One CSV field as report_csv_value writes it. */
static const char *csv_field(const char *value) {
  static char buf[512];
  FILE *f = fmemopen(buf, sizeof buf, "w");
  assert_non_null(f);
  report_csv_value(f, value);
  assert_int_equal(fclose(f), 0);
  return buf;
}

/* A value a spreadsheet would run as a formula is written as text, also
** behind the whitespace spreadsheets skip (TAB, CR, LF, space). */
static void test_csv_formula_guard(void **state) {
  (void)state;
  assert_string_equal(csv_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
  assert_string_equal(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
  assert_string_equal(csv_field("+1"), "\"'+1\"");
  assert_string_equal(csv_field("-1+1"), "\"'-1+1\"");
  assert_string_equal(csv_field("\t=HYPERLINK(\"x\")"), "\"'\t=HYPERLINK(\"\"x\"\")\"");
  assert_string_equal(csv_field("\r=1"), "\"'\r=1\"");
  assert_string_equal(csv_field("\n=1"), "\"'\n=1\"");
  assert_string_equal(csv_field("  \t @x"), "\"'  \t @x\"");
  assert_string_equal(csv_field("\tplain"), "\"'\tplain\"");        /* a leading TAB by itself (OWASP) */
  assert_string_equal(csv_field("Code pénal, art. 450-1"), "\"Code pénal, art. 450-1\"");
  assert_string_equal(csv_field("a = b"), "a = b");                      /* not at the start: text already */
  assert_string_equal(csv_field(" text"), " text");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_findings_as_expected),
      cmocka_unit_test(test_assessment_summary),
      cmocka_unit_test(test_assessment_summary_every_combination),
      cmocka_unit_test(test_is_gap_truth_table),
      cmocka_unit_test(test_json_top_level),
      cmocka_unit_test(test_json_summary),
      cmocka_unit_test(test_json_findings_order),
      cmocka_unit_test(test_json_gap_finding),
      cmocka_unit_test(test_json_unknown_finding),
      cmocka_unit_test(test_json_met_finding_with_option_and_evidence),
      cmocka_unit_test(test_json_hostile_strings_round_trip),
      cmocka_unit_test(test_json_several_assessments),
      cmocka_unit_test(test_markdown_escapes_html),
      cmocka_unit_test(test_markdown_state_heading_on_one_line),
      cmocka_unit_test(test_markdown_structure),
      cmocka_unit_test(test_text_gaps_before_other_findings),
      cmocka_unit_test(test_no_control_characters_in_documents),
      cmocka_unit_test(test_text_in_french),
      cmocka_unit_test(test_text_summary_line),
      cmocka_unit_test(test_scope_note_everywhere),
      cmocka_unit_test(test_markdown_emphasis_closes),
      cmocka_unit_test(test_french_agreement),
      cmocka_unit_test(test_only_gaps),
      cmocka_unit_test(test_summary_format),
      cmocka_unit_test(test_html_key_findings_first),
      cmocka_unit_test(test_csv_formula_guard),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
