/*
 * replay.c -- run a fuzz target's corpus without libFuzzer: a main that
 * feeds every file of the directories (or files) given to
 * LLVMFuzzerTestOneInput, once each.  `make check` links it with each
 * target on the plain and the sanitizer builds, so that every input ever
 * found to crash stays fixed.
 *
 *   build/fuzz_replay_data tests/fuzz/corpus/data
 */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "infile.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

#define REPLAY_MAX_BYTES (1u << 20)   /* a corpus file; libFuzzer's default -max_len is far below */

/* Feed one file; 0, or -1 when it cannot be read. */
static int replay_file(const char *path) {
  char why[256];
  size_t len = 0;
  char *buf = infile_read(path, REPLAY_MAX_BYTES, &len, why, sizeof why);
  if (!buf) { fprintf(stderr, "replay: %s: %s\n", path, why); return -1; }
  LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
  free(buf);
  return 0;
}

int main(int argc, char **argv) {
  size_t n = 0;
  int bad = 0;
  if (argc < 2) { fprintf(stderr, "usage: %s CORPUS_DIR|FILE...\n", argv[0]); return 2; }
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) { fprintf(stderr, "replay: %s: not found\n", argv[i]); bad = 1; continue; }
    if (!S_ISDIR(st.st_mode)) { bad |= replay_file(argv[i]) != 0; n++; continue; }
    DIR *d = opendir(argv[i]);
    struct dirent *e;
    while (d && (e = readdir(d))) {
      if (e->d_name[0] == '.') continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
      bad |= replay_file(path) != 0;
      n++;
    }
    if (d) closedir(d);
  }
  printf("replay: %zu input%s, none crashed\n", n, n == 1 ? "" : "s");
  return bad || n == 0 ? 1 : 0;
}
