/*
 * sqlite_lazy.c -- the SQLite library loaded at the store's first call
 * (sqlite_lazy.h).
 */
#define LX_SQLITE_LAZY_IMPLEMENTATION
#include "sqlite_lazy.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

lx_sqlite_api lx_sqlite;

/* Say why the library cannot serve, and stop as the dynamic linker would
** have stopped at start. */
static void cannot_load(const char *what, const char *why) {
  fprintf(stderr, "lexgap: cannot load the SQLite library %s (%s): %s\n", LX_SQLITE_LIBRARY, what,
          why ? why : "unknown error");
  fflush(stderr);
  exit(127);
}

const lx_sqlite_api *lx_sqlite_load(void) {
  if (lx_sqlite.loaded) return &lx_sqlite;
  void *lib = dlopen(LX_SQLITE_LIBRARY, RTLD_NOW | RTLD_LOCAL);   /* kept open for the process */
  if (!lib) cannot_load("opening it", dlerror());
  lx_sqlite_api api = { 0 };
#define LX_SQLITE_FIND(name)                                                   \
  *(void **)(void *)&api.name = dlsym(lib, "sqlite3_" #name);                  \
  if (!api.name) cannot_load("sqlite3_" #name, dlerror());
  LX_SQLITE_FUNCTIONS(LX_SQLITE_FIND)
#undef LX_SQLITE_FIND
  api.loaded = 1;
  lx_sqlite = api;
  return &lx_sqlite;
}
