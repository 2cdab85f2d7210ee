/*
 * fuzz_data.c -- fuzz target: the data-file parser (engine/data.c), which
 * reads every profile, the schema and the test cases.
 *
 * Any input must come back as a tree or as an error with a line, never as a
 * crash, a leak, undefined behaviour or a read outside the buffer: the
 * input is handed over in a buffer of exactly its size, not NUL-terminated.
 * Built with libFuzzer by `make fuzz`; replayed over tests/fuzz/corpus/data
 * by `make check` through tests/fuzz/replay.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size) {
  char *copy = malloc(size ? size : 1);   /* exactly size bytes: overreads are caught */
  if (!copy) return 0;
  memcpy(copy, bytes, size);
  data_error err;
  data_value *v = data_parse(copy, size, &err);
  if (v) {
    data_value *c = data_clone(v);       /* the copy the rule tests make */
    data_free(c);
    data_free(v);
  } else if (err.message[0] == '\0') {
    abort();                             /* a refusal always says why */
  }
  free(copy);
  return 0;
}
