/*
 * fuzz_texts.c -- fuzz target: the official-text parser (engine/texts.c),
 * which turns a plain-text treaty into provisions (`lexgap texts import`).
 *
 * Each input is parsed as English, French and Spanish text (the cue words
 * differ) from a buffer of exactly its size, and the provisions found are
 * written out as a data file, as the import does.  Built with libFuzzer by
 * `make fuzz`; replayed over tests/fuzz/corpus/texts by `make check`.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "texts.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size) {
  static const char *const langs[] = { "en", "fr", "es" };
  char *copy = malloc(size ? size : 1);
  if (!copy) return 0;
  memcpy(copy, bytes, size);
  for (size_t k = 0; k < sizeof langs / sizeof *langs; k++) {
    lx_texts t;
    diag_list d;
    diag_init(&d);
    if (texts_parse(copy, size, "untoc", langs[k], "fuzz.txt", &t, &d) == 0) {
      FILE *out = fopen("/dev/null", "w");
      if (out) { texts_write(&t, out); fclose(out); }
    }
    texts_free(&t);
    diag_free(&d);
  }
  free(copy);
  return 0;
}
