/*
 * texts.h -- the official texts of the instruments, as provisions.
 *
 * An instrument's text (shared/instruments/untoc.en.txt: "Article N", a
 * title, numbered paragraphs "1.   text", sub-paragraph markers "(a)", "a)",
 * "(i)", "a." on their own line before their text) is parsed into provisions
 * keyed by canonical reference: untoc:5, untoc:5.1, untoc:5.1.a,
 * untoc:5.1.a.ii, untoc:5.1.a.ii.b, and untoc:23.a for an article whose
 * lettered sub-paragraphs are not in numbered paragraphs.  Each provision
 * keeps its own words: a sub-paragraph's words, a paragraph's chapeau.
 * A text with no "Article" heading at all (a background paper) is read as
 * numbered paragraphs "12." at the top level with items "a)" below them
 * (untoc-wg:35.b); blank-separated heading blocks ("I. Introduction") and
 * footnotes after the rule of underscores are skipped, and wrapped lines
 * continue the words above them.
 *
 * `lexgap texts import` writes them as a data file (texts_write), shipped in
 * a rule pack as <pack>/texts/<lang>.lua; the rule set reads those files back
 * (texts_load_pack), so that a pack never needs the source text at run time.
 *
 * The words that close a list of sub-paragraphs (UNTOC 3(1): "where the
 * offence is transnational in nature...") are the provision's `tail`; in a
 * data file they follow its chapeau after TEXTS_TAIL_SEP.
 */
#ifndef LX_TEXTS_H
#define LX_TEXTS_H

#include <stddef.h>
#include <stdio.h>

#include "data.h"
#include "diag.h"
#include "lx.h"

/* The pseudo-article holding an annex of interpretative notes: its
** numbered paragraphs are the notes, "cybercrime:note.3". */
#define TEXTS_NOTE_ARTICLE "note"

/* Between a chapeau and its tail in a data file: where the sub-paragraphs go. */
#define TEXTS_TAIL_SEP " [\xe2\x80\xa6] "

typedef struct {
  char *ref;        /* canonical reference: "untoc:5.1.a.ii.b" */
  char *text;       /* own words (a paragraph's chapeau); "" when none, as 6(1)(a) */
  char *tail;       /* words after its sub-paragraphs, or NULL */
  int parent;       /* index of the enclosing provision; -1 for an article */
  int nchildren;    /* direct sub-provisions */
  int line;         /* line in the source text; 0 when read from a data file */
} lx_provision;

typedef struct {
  char *number;     /* "5" */
  char *title;      /* NULL when the copy gives none */
} lx_article;

typedef struct {
  char *instrument; /* "untoc" */
  char *lang;       /* "en", "fr", "es" */
  char *source;     /* the official text it was made from: "untoc.en.txt" */
  char *file;       /* the data file it was read from, or NULL */
  lx_article *articles;
  size_t narticles;
  lx_provision *provisions;   /* in reading order (lx_ref_compare order) */
  size_t nprovisions;
} lx_texts;

/* Parse an official text [src, src+len) of instrument in lang into *out
** (zeroed first; free with texts_free even on failure).  file names the
** source in diagnostics and becomes out->source (its last path component).
** Running page headers of the Official Journal are skipped; the English
** misprint "l." for "1." opening a paragraph is read as "1."; the
** testimonium ("IN WITNESS WHEREOF", "EN FOI DE QUOI", "EN FE DE LO CUAL")
** ends the text.  Oddities (an article without title or text, a numbering
** out of sequence) are warnings ("warning: ..."); a duplicate reference or a
** text that holds no article is an error.  Returns 0, or -1 on an error. */
int texts_parse(const char *src, size_t len, const char *instrument, const char *lang,
                const char *file, lx_texts *out, diag_list *diags);

/* texts_parse on the contents of path.  -1 when it cannot be read. */
int texts_parse_file(const char *path, const char *instrument, const char *lang,
                     lx_texts *out, diag_list *diags);

/* Write t as a data file:
**   return { instrument = "untoc", lang = "en", source = "untoc.en.txt",
**            articles = { ["5"] = { title = "..." }, ... },
**            provisions = { ["untoc:5.1.a"] = "text", ... } }
** in reading order.  Returns 0, or -1 on a write error. */
int texts_write(const lx_texts *t, FILE *f);

/* Read a data file written by texts_write into *out (zeroed first; free with
** texts_free).  Checks the shape, that lang is en, fr or es, and that every
** reference is canonical and belongs to the instrument; problems go to
** diags with the file and line.  Returns 0 or -1. */
int texts_load_file(const char *path, lx_texts *out, diag_list *diags);

/* Load every <packdir>/texts/NAME.lua (none is fine) and append them to
** *list / *n (a realloc'd array).  Each file must be of `instrument` and of
** the language its name says (en.lua holds lang = "en").  Returns 0, or -1
** when a file is bad (diags say why; the good files are kept).  With keep
** 0 the texts are only checked, for a command that does not show them: a
** file byte-identical to the bundled text of its pack
** (precompiled_text_is_bundled_file) is compared but not parsed, any other is
** loaded and checked as with keep 1; nothing is appended either way, and
** a missing, unreadable or broken file is refused with the same messages. */
int texts_load_pack(const char *packdir, const char *instrument,
                    lx_texts **list, size_t *n, int keep, diag_list *diags);

void texts_free(lx_texts *t);

/* Index of the provision ref, or -1. */
int texts_find(const lx_texts *t, const char *ref);

/* The article numbered number ("5"), or NULL. */
const lx_article *texts_article(const lx_texts *t, const char *number);

/* The provision with its sub-provisions and tail, as one text with the
** markers lawyers print in that language ("(a)", "(i)", "a." in English;
** "a)", "i)", "a." in French and Spanish).  malloc'd; NULL when out of
** memory or index is out of range. */
char *texts_full_text(const lx_texts *t, int index);

/* ---- deontic cues (shared/DOMAIN.md section 2) ---------------------------- */

/* No duty on States: a definition, a saving clause, a final clause. */
#define TEXTS_LEVEL_NONE ((int)LX_NLEVEL)
/* In a levels table: no entry for the provision. */
#define TEXTS_LEVEL_UNSET (-1)

/* Bit (1u << level) set for each deontic cue in text, read in lang ("en",
** "fr"; other languages have no cue words and give 0):
**   shall / adopte, prend, veille, s'assure...  mandatory (also "shall not",
**       "may not", "ne peut": prohibitions)
**   shall consider / envisage                   consider
**   shall endeavour, shall seek / s'efforce     endeavour
**   may / peut; "may consider", "peut envisager" optional
** "as may be necessary" and relative clauses ("that may") are not cues.
** TEXTS_CUE_BARE is also set when the words hold "seek" / "endeavour" /
** "consider" without a modal of their own: a sub-paragraph completing a
** chapeau that ends in "shall:" (UNTOC 16(5)(b)). */
#define TEXTS_CUE_BARE_ENDEAVOUR (1u << 8)
#define TEXTS_CUE_BARE_CONSIDER (1u << 9)
unsigned texts_cues(const char *text, const char *lang);

/* The strongest level in a cue mask (mandatory, consider, endeavour,
** optional, in that order), or TEXTS_LEVEL_NONE. */
int texts_cue_level(unsigned cues);

/* The level of every provision of t into level[t->nprovisions], from
** override[] (TEXTS_LEVEL_UNSET, TEXTS_LEVEL_NONE or an lx_level, one per
** provision; NULL for none) and the cue words of t:
**   1. the nearest entry of override[] among the provision and its
**      ancestors (an entry covers its sub-provisions);
**   2. else the cues of its own words (a chapeau's for a paragraph);
**   3. else the level of the chapeau it completes (its nearest ancestor
**      with cues), where a bare "seek" or "consider" completing "shall:"
**      makes it endeavour or consider;
**   4. else, for a provision with sub-provisions, the strongest of theirs;
**   5. else TEXTS_LEVEL_NONE.
** cues[] (may be NULL) receives the cue mask of each provision's own words
** (the levels of its clauses), with the bit of its override; 0 under a
** "none" override. */
void texts_levels(const lx_texts *t, const int *override, int *level, unsigned *cues);

/* ---- the commands built on the texts (cli_coverage.c) --------------------- */

/* lexgap texts import FILE --instrument ID --lang LANG | texts show REF */
int cmd_texts(int argc, char **argv);
/* lexgap coverage [--instrument ID] [--format text|json] [--lang en|fr] */
int cmd_coverage(int argc, char **argv);

#endif
