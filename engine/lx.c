/*
 * lx.c -- statuses, levels, and the "did you mean" helper.
 */
#include "lx.h"

#include <string.h>

static const char *const status_names[LX_NSTATUS] = {
  "met", "partly_met", "not_met", "unknown", "not_applicable", "error"
};

static const char *const level_names[LX_NLEVEL] = {
  "mandatory", "consider", "endeavour", "optional"
};

const char *lx_status_name(lx_status s) {
  return (s >= 0 && s < LX_NSTATUS) ? status_names[s] : "?";
}

const char *lx_level_name(lx_level l) {
  return (l >= 0 && l < LX_NLEVEL) ? level_names[l] : "?";
}

int lx_status_parse(const char *name) {
  for (int i = 0; i < LX_NSTATUS; i++)
    if (name && strcmp(name, status_names[i]) == 0) return i;
  return -1;
}

int lx_level_parse(const char *name) {
  for (int i = 0; i < LX_NLEVEL; i++)
    if (name && strcmp(name, level_names[i]) == 0) return i;
  return -1;
}

int lx_is_gap(lx_level level, lx_status status) {
  return level == LX_MANDATORY && (status == LX_NOT_MET || status == LX_PARTLY_MET);
}

int lx_edit_distance(const char *a, const char *b, int cap) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64) return cap + 1;      /* suggestions are for short keys */
  int row[65];
  for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
  for (size_t i = 1; i <= la; i++) {
    int diag = row[0], best = (int)i;
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int up = row[j];
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = diag + cost;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      if (up + 1 < v) v = up + 1;
      row[j] = v;
      diag = up;
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
  }
  return row[lb] > cap ? cap + 1 : row[lb];
}

const char *lx_suggest(const char *word, const char *const *candidates, int n) {
  int len = (int)strlen(word);
  int cap = len <= 3 ? 1 : (len <= 6 ? 2 : 3);
  const char *best = NULL;
  int bestd = cap + 1;
  for (int i = 0; i < n; i++) {
    int d = lx_edit_distance(word, candidates[i], cap);
    if (d < bestd) { bestd = d; best = candidates[i]; }
  }
  return best;
}
