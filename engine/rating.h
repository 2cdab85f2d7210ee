/*
 * rating.h -- ratings per article, review cluster and instrument, on the
 * scale assessors know from the FATF technical-compliance methodology
 * (shared/DOMAIN.md section 3).  A rating is derived from the list of
 * shortcomings, and always comes with that list.
 *
 * Derivation (docs/ratings.md):
 *   An article, from its findings:
 *     shortcomings  mandatory not met           -> major
 *                   mandatory partly met         -> moderate
 *                   consider / endeavour short   -> minor
 *                   optional obligations never count; not_applicable ones are left out;
 *                   a soft-law instrument's recommendations (good practice) are
 *                   never rated, nor is the soft-law instrument itself
 *     grade         N/A  nothing applicable (every obligation not applicable, or optional only)
 *                   --   not rated: a rule error, nothing the profile settles, or
 *                        fewer than half of its obligations settled (withheld)
 *                   NC   major shortcomings in half or more of the settled mandatory obligations
 *                   PC   any other major or moderate shortcoming
 *                   LC   minor shortcomings only
 *                   C    no shortcoming
 *   A cluster or an instrument, from the ratings of its articles (C=0, LC=1,
 *   PC=2, NC=3): the mean, rounded half up; at least LC if an article falls
 *   short, at least PC if an article is NC; N/A or -- when no article is rated;
 *   -- (withheld) when fewer than half its applicable articles are rated or
 *   fewer than half its obligations settled.
 *   A rating that rests on unknown obligations or unrated articles is provisional.
 *   Coverage: a rating is withheld (shown as --, with what it would rest on)
 *   when fewer than RATING_MIN_SHARE percent of the obligations it rests on
 *   are settled, or, for a cluster or an instrument, of its applicable
 *   articles are rated.  Every rating carries its coverage in words
 *   (rating_coverage), wherever it is shown.
 */
#ifndef LX_RATING_H
#define LX_RATING_H

#include "evaluate.h"

typedef enum { GRADE_C, GRADE_LC, GRADE_PC, GRADE_NC, GRADE_NA, GRADE_NONE } lx_grade;

typedef enum { SCOPE_INSTRUMENT, SCOPE_CLUSTER, SCOPE_ARTICLE } rating_scope;

/* A rating needs at least this share (percent) of what it rests on to be
** known: settled obligations, and for an aggregate rated articles. */
#define RATING_MIN_SHARE 50

/* French typography: the narrow no-break space before : ; ? ! */
#define LX_NNBSP "\xE2\x80\xAF"

typedef struct {
  rating_scope scope;
  char instrument[32];
  char key[32];            /* the article ("5"), the cluster ("1"), or "" */
  int cluster;             /* an article's review cluster (0: none) */
  lx_grade grade;
  int rated;               /* applicable mandatory, consider or endeavour obligations
                           ** (the obligations the rating rests on; settled = rated - unknown) */
  int mandatory_settled;   /* applicable mandatory obligations not unknown */
  int major, moderate, minor, unknown, errors;
  int articles[4];         /* cluster, instrument: articles rated C, LC, PC, NC */
  int articles_unrated;    /* cluster, instrument: articles not rated (--), withheld included */
  int withheld;            /* grade withheld (--): coverage below RATING_MIN_SHARE */
  size_t *shortcomings;    /* indexes of the findings that fall short, worst first */
  int nshortcomings;
} lx_rating;

/* All ratings of an assessment: one per instrument, then per cluster, then
** per article, each in instrument order.  Returns the count; *out is owned
** by the caller (rating_free).  0 with *out NULL on allocation failure. */
size_t rating_compute(const lx_assessment *a, lx_rating **out);
void rating_free(lx_rating *r, size_t n);
/* What rating_compute returns, for a batch: *plan (NULL at first; free it
** with rating_plan_free) keeps the groups, each group's findings and the
** articles each cluster and instrument is rated from, which depend only on
** the findings' rules, and is reused while an assessment's findings are of
** the same rules in the same order (made anew otherwise).
** The rules must stay alive while the plan is kept. */
typedef struct rating_plan rating_plan;
size_t rating_compute_planned(const lx_assessment *a, rating_plan **plan, lx_rating **out);
void rating_plan_free(rating_plan *p);

/* "C", "LC", "PC", "NC", "N/A", "--". */
const char *rating_grade_name(lx_grade g);

/* The derivation in words, in lang: the grade's meaning, the counts, and
** whether it is provisional (the shortcomings themselves are listed by the
** report writers). */
void rating_explain(const lx_rating *r, const char *lang, char *buf, size_t size);
/* rating_explain given r's coverage in lang (rating_coverage's text into a
** buffer of 400 bytes, as rating_explain makes it), for a writer that shows
** the coverage too and works it out once. */
void rating_explain_covered(const lx_rating *r, const char *lang, const char *cov, char *buf, size_t size);

/* How much the rating rests on, in lang, for every place a rating is shown:
** "provisional: 22 of 26 articles rated, 94 of 144 obligations settled",
** "all 3 obligations settled", "withheld: only 1 of 6 obligations settled
** (a rating needs at least half)"; "" when nothing applies (N/A). */
void rating_coverage(const lx_rating *r, const char *lang, char *buf, size_t size);

/* Settled obligations (applicable, not optional, not unknown). */
int rating_settled(const lx_rating *r);
/* Cluster, instrument: applicable articles (rated or not). */
int rating_articles_applicable(const lx_rating *r);
/* Cluster, instrument: rated articles. */
int rating_articles_rated(const lx_rating *r);

#endif
