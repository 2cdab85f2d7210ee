# lexgap -- build, test, install.
#
#   make               build ./lexgap
#   make check         unit tests (cmocka), rule-pack tests, end-to-end tests,
#                      then the same again under AddressSanitizer and
#                      UndefinedBehaviorSanitizer
#   make demo          the main job: a gap report for the bundled example profile
#   make bench         measure evaluation speed (prints figures)
#   make fuzz          fuzz the data-file and official-text parsers with
#                      libFuzzer (clang), FUZZ_SECONDS (60) each
#   make install PREFIX=/usr/local   (DESTDIR= for staging; make uninstall)
#
#   make deps          install the build and test packages now
#
# Dependencies are found with pkg-config; scripts/install-deps.sh installs
# them: `make` and `make demo` the build packages only, `make check` also the
# test packages (cmocka, Chromium, groff, jq, python3, sqlite3).

PREFIX    ?= /usr/local
DATADIR   ?= $(PREFIX)/share/lexgap
DOCDIR    ?= $(PREFIX)/share/doc/lexgap
MANDIR    ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
CC        ?= cc
PKG_CONFIG ?= pkg-config

# Everything read from the system (pkg-config, compiler probes) is read on
# first use, in a recipe, never when the Makefile is parsed: on a bare
# machine pkg-config, the headers and the compiler are put there by the
# first recipe of the build (build/.deps-ok), after parsing.
# $(call once,VAR,COMMAND): COMMAND's output, run when VAR is first expanded
# and kept in VAR from then on.  A variable built from these must be
# recursive too (=, not :=): a := would run pkg-config at parse time again.
once = $(eval $1 := $$(shell $2))$($1)

LUA_PKG    = $(call once,LUA_PKG,$(PKG_CONFIG) --exists lua5.4 && echo lua5.4 || echo lua-5.4)
DEPS       = $(LUA_PKG) sqlite3
DEP_CFLAGS = $(call once,DEP_CFLAGS,$(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
DEP_LIBS   = $(call once,DEP_LIBS,$(PKG_CONFIG) --libs $(DEPS) 2>/dev/null) $(DL_LIBS)
# dlopen (the store loads SQLite at its first call, engine/sqlite_lazy.h): in
# the C library itself since glibc 2.34, in libdl before.
DL_LIBS    = $(call once,DL_LIBS,printf '\043include <dlfcn.h>\nint main(void) { return dlopen("x", RTLD_NOW) != 0; }\n' | $(CC) -x c -o /dev/null - >/dev/null 2>&1 || echo -ldl)
CMOCKA_CFLAGS = $(call once,CMOCKA_CFLAGS,$(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   = $(call once,CMOCKA_LIBS,$(PKG_CONFIG) --libs cmocka 2>/dev/null)
# Jansson is the unit tests' oracle for the JSON the tool writes itself
# (engine/json_writer.h); the lexgap binary does not link it.
JANSSON_CFLAGS = $(call once,JANSSON_CFLAGS,$(PKG_CONFIG) --cflags jansson 2>/dev/null)
JANSSON_LIBS   = $(call once,JANSSON_LIBS,$(PKG_CONFIG) --libs jansson 2>/dev/null)

# -Wno-format-truncation: messages are built with snprintf into bounded
# buffers on purpose; truncating a long path in a message is the intent.
# Passed only to a compiler that has the warning (GCC does, Clang before 18
# does not and refuses the unknown flag under -Werror); GCC accepts any
# -Wno-X silently, so the probe asks for the positive form.
NO_TRUNC_WARN = $(call once,NO_TRUNC_WARN,$(CC) -Werror -Wformat-truncation -fsyntax-only -x c /dev/null >/dev/null 2>&1 && echo -Wno-format-truncation)
# The executable's relative relocations packed (DT_RELR): the dynamic
# linker reads a few kilobytes instead of a 420 kB table of 17,000 entries
# at every start.  Passed only when a probe links and runs a program with
# it (binutils 2.38 and glibc 2.36 and later; an older linker ignores the
# option with a warning, which the probe makes fatal, and a binary packed
# for a newer C library would not start on an older one).
RELR_FLAG    := -Wl,-z,pack-relative-relocs
RELR_PROBE   := -Wl,--fatal-warnings $(RELR_FLAG)
RELR_LDFLAGS = $(call once,RELR_LDFLAGS,mkdir -p build && printf 'int main(void) { return 0; }\n' > build/.relr-probe.c && $(CC) $(RELR_PROBE) -o build/.relr-probe build/.relr-probe.c >/dev/null 2>&1 && build/.relr-probe && echo '$(RELR_FLAG)'; rm -f build/.relr-probe build/.relr-probe.c)
WARN      = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes $(NO_TRUNC_WARN)
CFLAGS    ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(DEP_CFLAGS) -Iengine -Ibuild
# The sanitizer build also leaves out the SSE2 scans (-U__SSE2__): the
# portable byte-at-a-time paths beside them (data.c, json_writer.c,
# report_*.c) then run every test too, as on a machine without SSE2.
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -U__SSE2__

ENGINE_SRC := lx.c strbuf.c date.c diag.c infile.c data.c schema.c profile.c sandbox.c sandbox_limits.c sandbox_readonly.c rules.c \
              cli.c cli_assess.c cli_rules.c cli_test.c cli_questionnaire.c questionnaire.c \
              applicability.c evaluate.c rating.c report_common.c report_doc.c json_writer.c report_json.c \
              report_html.c report_csv.c ruletest.c texts.c cli_coverage.c
ENGINE_SRC += store.c cli_store.c
ENGINE_SRC += caveats.c instrument.c
ENGINE_SRC += report_summary.c report_stream.c
ENGINE_SRC += report_transposition.c
ENGINE_SRC += precompiled.c
ENGINE_SRC += sandbox_template.c
ENGINE_SRC += sandbox_join.c
ENGINE_SRC += sandbox_measure.c
ENGINE_SRC += declarations.c
ENGINE_SRC += schema_bundled.c
ENGINE_SRC += sqlite_lazy.c
# The engine without the snapshot of declarations, which the build tool
# that makes it (tools/declare.c) links in place of its own empty one.
ENGINE_CORE_OBJ := $(ENGINE_SRC:%.c=build/%.o) build/lua_lexgap.o build/precompiled_rules.o build/schema_bundled_data.o
ENGINE_OBJ := $(ENGINE_CORE_OBJ) build/declarations_snapshot.o
SAN_OBJ    := $(ENGINE_SRC:%.c=build/san/%.o) build/san/lua_lexgap.o build/san/precompiled_rules.o \
              build/san/schema_bundled_data.o build/san/declarations_snapshot.o
# The rule files of the bundled packs (folders holding instrument.lua, less
# their data files), compiled into the executable (engine/precompiled.h).
RULE_FILES := $(sort $(filter-out %/instrument.lua %/levels.lua,\
                $(foreach pack,$(dir $(wildcard rules/*/instrument.lua)),$(wildcard $(pack)*.lua))))
# Their official texts, kept whole in the executable: a text file still
# byte-identical to one of them need not be parsed by a command that does
# not show it (texts_load_pack).
TEXT_FILES := $(sort $(foreach pack,$(dir $(wildcard rules/*/instrument.lua)),$(wildcard $(pack)texts/*.lua)))
# The bundled profile model, parsed and checked into the executable
# (engine/schema_bundled.h): its fragments, by name.
SCHEMA_FRAGMENTS := $(sort $(wildcard rules/schema/*.lua))
UNIT_TESTS := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))
FUZZ_TARGETS := data texts

.PHONY: all check check-plain check-san unit rule-tests e2e demo bench fuzz install uninstall clean deps

all: lexgap

deps:
	scripts/install-deps.sh --test

# The system packages, in two steps: what building needs (the compiler,
# pkg-config, the libraries: enough for `make` and `make demo`), and what the
# tests add (cmocka, Jansson, Chromium, groff, jq, python3, sqlite3).  Each step
# installs what is missing (scripts/install-deps.sh) only when a check here
# fails, then checks again and names what is still missing.
HAVE_CC    = command -v $(firstword $(CC)) >/dev/null 2>&1
HAVE_LIBS  = command -v $(PKG_CONFIG) >/dev/null 2>&1 && { $(PKG_CONFIG) --exists lua5.4 || $(PKG_CONFIG) --exists lua-5.4; } && $(PKG_CONFIG) --exists sqlite3
HAVE_TEST  = $(PKG_CONFIG) --exists cmocka jansson && { command -v groff && command -v jq && command -v python3 && command -v sqlite3 && { command -v chromium || command -v chromium-browser; }; } >/dev/null 2>&1

build/.deps-ok: scripts/install-deps.sh
	@mkdir -p build
	@if ! { $(HAVE_CC) && $(HAVE_LIBS); }; then scripts/install-deps.sh; fi
	@$(HAVE_CC) || { echo "missing: the C compiler '$(CC)'"; exit 1; }
	@$(HAVE_LIBS) || { echo "missing: pkg-config or a library (Lua 5.4, SQLite 3); see scripts/install-deps.sh"; exit 1; }
	@touch $@

build/.test-deps-ok: scripts/install-deps.sh | build/.deps-ok
	@if ! { $(HAVE_TEST); }; then scripts/install-deps.sh --test; fi
	@$(HAVE_TEST) || { echo "missing: cmocka, Jansson, groff, jq, python3, sqlite3 or Chromium (the tests need them); see scripts/install-deps.sh --test"; exit 1; }
	@touch $@

# Where the installed binary looks for its rules; rewritten only when PREFIX
# or DATADIR change, so that `make install PREFIX=...` rebuilds what needs it.
build/config.h: FORCE | build/.deps-ok
	@printf '#define LX_DATADIR "%s"\n' '$(DATADIR)' > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv $@.new $@

.PHONY: FORCE
FORCE:

build/lua_lexgap.c: engine/lua/lexgap.lua scripts/embed-lua.sh | build/.deps-ok
	scripts/embed-lua.sh $< lx_lib_source > $@

build/%.o: engine/%.c engine/*.h build/config.h | build/.deps-ok
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/lua_lexgap.o: build/lua_lexgap.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The bytecode of the bundled rule files and of the rule library, by a build
# tool linked with the same Lua; used at run time only for a text that is
# still byte-identical (engine/precompiled.h); and the bundled official texts.
build/precompile: tools/precompile.c tools/c_literal.h engine/precompiled.h | build/.deps-ok
	$(CC) $(ALL_CFLAGS) -o $@ $< $(DEP_LIBS) -lm

build/precompiled_rules.c: build/precompile $(RULE_FILES) engine/lua/lexgap.lua $(TEXT_FILES)
	build/precompile $@ $(RULE_FILES) engine/lua/lexgap.lua --texts $(TEXT_FILES)

build/precompiled_rules.o: build/precompiled_rules.c engine/precompiled.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# What the bundled rule files declare, taken by running them with the
# engine's own loader (engine/declarations.h): used at run time only while
# each file, its pack's descriptor and the facts it names are unchanged.
DESCRIPTOR_FILES := $(wildcard rules/*/instrument.lua)
build/declare: tools/declare.c tools/declarations_none.c tools/c_literal.h $(ENGINE_CORE_OBJ) | build/.deps-ok
	$(CC) $(ALL_CFLAGS) -o $@ tools/declare.c tools/declarations_none.c $(ENGINE_CORE_OBJ) $(DEP_LIBS) -lm

build/declarations_snapshot.c: build/declare $(RULE_FILES) $(DESCRIPTOR_FILES) rules/schema.lua $(SCHEMA_FRAGMENTS) rules/eu-members.lua
	build/declare $@ rules $(RULE_FILES)

build/declarations_snapshot.o: build/declarations_snapshot.c engine/declarations.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The bundled profile model parsed at build time, by a tool linked with the
# engine's own parser and checks; used at run time only while rules/schema.lua
# and rules/schema/*.lua are byte-identical to what it was made from.
SCHEMA_TOOL_OBJ := build/data.o build/schema.o build/diag.o build/infile.o build/date.o build/lx.o build/strbuf.o
build/embed_schema: tools/embed_schema.c $(SCHEMA_TOOL_OBJ) | build/.deps-ok
	$(CC) $(ALL_CFLAGS) -o $@ $< $(SCHEMA_TOOL_OBJ) -lm

build/schema_bundled_data.c: build/embed_schema rules/schema.lua $(SCHEMA_FRAGMENTS)
	build/embed_schema $@ rules $(notdir $(SCHEMA_FRAGMENTS))

build/schema_bundled_data.o: build/schema_bundled_data.c engine/schema_bundled.h engine/data.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# --as-needed: SQLite, which the executable no longer calls directly (the
# store loads it at its first call, engine/sqlite_lazy.h), is not loaded and
# relocated at every start.
lexgap: $(ENGINE_OBJ) build/main.o
	$(CC) $(ALL_CFLAGS) $(RELR_LDFLAGS) -o $@ $^ -Wl,--as-needed $(DEP_LIBS) -lm

# The sanitizer build: the same sources, objects kept apart.
build/san/%.o: engine/%.c engine/*.h build/config.h | build/.deps-ok
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/lua_lexgap.o: build/lua_lexgap.c
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/precompiled_rules.o: build/precompiled_rules.c engine/precompiled.h
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/declarations_snapshot.o: build/declarations_snapshot.c engine/declarations.h
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/schema_bundled_data.o: build/schema_bundled_data.c engine/schema_bundled.h engine/data.h
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/lexgap: $(SAN_OBJ) build/san/main.o
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $^ -Wl,--as-needed $(DEP_LIBS) -lm

build/test_%: tests/unit/test_%.c $(ENGINE_OBJ) $(wildcard tests/unit/*.h) | build/.test-deps-ok
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(JANSSON_CFLAGS) -Itests/unit -o $@ $< $(ENGINE_OBJ) $(DEP_LIBS) $(CMOCKA_LIBS) $(JANSSON_LIBS) -lm

build/san/test_%: tests/unit/test_%.c $(SAN_OBJ) $(wildcard tests/unit/*.h) | build/.test-deps-ok
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) $(CMOCKA_CFLAGS) $(JANSSON_CFLAGS) -Itests/unit -o $@ $< $(SAN_OBJ) $(DEP_LIBS) $(CMOCKA_LIBS) $(JANSSON_LIBS) -lm

# The store under crashes and concurrent writers (tests/store/harness.c).
build/store_harness: tests/store/harness.c $(ENGINE_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(ENGINE_OBJ) $(DEP_LIBS) -lm

build/san/store_harness: tests/store/harness.c $(SAN_OBJ)
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $< $(SAN_OBJ) $(DEP_LIBS) -lm

# The fuzz targets' corpus replayed without libFuzzer (tests/fuzz/replay.c).
build/fuzz_replay_%: tests/fuzz/replay.c tests/fuzz/fuzz_%.c $(ENGINE_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_$*.c $(ENGINE_OBJ) $(DEP_LIBS) -lm

build/san/fuzz_replay_%: tests/fuzz/replay.c tests/fuzz/fuzz_%.c $(SAN_OBJ)
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_$*.c $(SAN_OBJ) $(DEP_LIBS) -lm

# ---- tests --------------------------------------------------------------

check: check-plain check-san
	@echo "make check: all suites passed (plain and sanitizers)"

check-plain: lexgap $(UNIT_TESTS:%=build/%) build/store_harness $(FUZZ_TARGETS:%=build/fuzz_replay_%)
	@echo "== unit tests"
	@for t in $(UNIT_TESTS); do LEXGAP_ROOT=$(CURDIR) build/$$t || exit 1; done
	@echo "== fuzz corpus replayed (tests/fuzz/corpus)"
	@for t in $(FUZZ_TARGETS); do build/fuzz_replay_$$t tests/fuzz/corpus/$$t || exit 1; done
	@echo "== rule-pack tests"
	./lexgap test --rules rules
	@echo "== end-to-end tests"
	LEXGAP=$(CURDIR)/lexgap tests/e2e/run.sh
	@echo "== store: writer killed during saves, concurrent writers"
	build/store_harness $(CURDIR) crash $(CURDIR)/build/store-crash.db 200 60
	build/store_harness $(CURDIR) concurrent $(CURDIR)/build/store-concurrent.db 4 4
	@echo "== browser tests (headless Chromium; artefacts in build/artifacts)"
	LEXGAP=$(CURDIR)/lexgap tests/browser/run.sh
	@echo "== the Makefile: nothing read at parse time; make install and uninstall, the man page, completion"
	CC="$(CC)" tests/make/run.sh

check-san: build/san/lexgap $(UNIT_TESTS:%=build/san/%) build/san/store_harness $(FUZZ_TARGETS:%=build/san/fuzz_replay_%)
	@echo "== unit tests (ASan, UBSan)"
	@for t in $(UNIT_TESTS); do LEXGAP_ROOT=$(CURDIR) ASAN_OPTIONS=detect_leaks=1 build/san/$$t || exit 1; done
	@echo "== fuzz corpus replayed (ASan, UBSan)"
	@for t in $(FUZZ_TARGETS); do ASAN_OPTIONS=detect_leaks=1 build/san/fuzz_replay_$$t tests/fuzz/corpus/$$t || exit 1; done
	@echo "== rule-pack tests (ASan, UBSan)"
	ASAN_OPTIONS=detect_leaks=1 build/san/lexgap test --rules rules
	@echo "== end-to-end tests (ASan, UBSan)"
	LEXGAP=$(CURDIR)/build/san/lexgap LEXGAP_RULES=$(CURDIR)/rules tests/e2e/run.sh
	@echo "== store: writer killed during saves, concurrent writers (ASan, UBSan)"
	ASAN_OPTIONS=detect_leaks=1 build/san/store_harness $(CURDIR) crash $(CURDIR)/build/san/store-crash.db 100 30
	ASAN_OPTIONS=detect_leaks=1 build/san/store_harness $(CURDIR) concurrent $(CURDIR)/build/san/store-concurrent.db 3 3

# ---- the main job -----------------------------------------------------------
# The report, and the run recorded in the default database ($$LEXGAP_DB, else
# $$XDG_DATA_HOME/lexgap/lexgap.db, else ~/.local/share/lexgap/lexgap.db).

demo: lexgap
	./lexgap assess profiles/france.lua --as-of 2026-01-01 --save --format html -o build/demo-france.html --summary; test $$? -ne 1

bench: lexgap build/bench
	tests/bench/run.sh rules ./lexgap profiles/france.lua profiles/arcadia.lua profiles/borduria.lua

build/bench: tests/bench/bench.c $(ENGINE_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(ENGINE_OBJ) $(DEP_LIBS) -lm

# ---- fuzzing ------------------------------------------------------------
# libFuzzer (clang) with ASan and UBSan, FUZZ_SECONDS per target.  New inputs
# go to build/fuzz/corpus-TARGET, crashes to build/fuzz/crash-TARGET-*; a
# crash, once fixed, is copied to tests/fuzz/corpus/TARGET/ so that
# `make check` replays it for ever.  -Werror is left out: clang's warnings
# are not the build's.

FUZZ_SECONDS ?= 60
CLANG      ?= clang
FUZZ_CFLAGS = $(filter-out -Werror -Wno-format-truncation,$(ALL_CFLAGS)) -O1 -g \
               -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ   := $(ENGINE_SRC:%.c=build/fuzz/%.o) build/fuzz/lua_lexgap.o build/fuzz/precompiled_rules.o \
              build/fuzz/schema_bundled_data.o build/fuzz/declarations_snapshot.o

build/fuzz/%.o: engine/%.c engine/*.h build/config.h | build/.deps-ok
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/lua_lexgap.o: build/lua_lexgap.c
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/precompiled_rules.o: build/precompiled_rules.c engine/precompiled.h
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/declarations_snapshot.o: build/declarations_snapshot.c engine/declarations.h
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/schema_bundled_data.o: build/schema_bundled_data.c engine/schema_bundled.h engine/data.h
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(DEP_LIBS) -lm

fuzz:
	@command -v $(CLANG) >/dev/null || { echo "make fuzz needs clang with libFuzzer (apt-get install clang)"; exit 1; }
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
	  echo "== fuzzing $$t for $(FUZZ_SECONDS) s"; mkdir -p build/fuzz/corpus-$$t; \
	  build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/crash-$$t- build/fuzz/corpus-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# ---- install ------------------------------------------------------------

# The binary; the rules and example profiles (DATADIR); the documentation
# (DOCDIR); the man page lexgap(1) and bash completion, with the installed
# paths and the version (engine/lx.h) written into them.
VERSION = $(shell sed -n 's/^\#define LX_VERSION "\(.*\)"/\1/p' engine/lx.h)
INSTALL_PATHS = sed -e 's|@DATADIR@|$(DATADIR)|g' -e 's|@DOCDIR@|$(DOCDIR)|g' -e 's|@VERSION@|$(VERSION)|g'

install: lexgap
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR)
	install -m 755 lexgap $(DESTDIR)$(PREFIX)/bin/lexgap
	cp -R rules $(DESTDIR)$(DATADIR)/
	install -d $(DESTDIR)$(DATADIR)/profiles
	install -m 644 profiles/*.lua $(DESTDIR)$(DATADIR)/profiles/
	install -m 644 docs/*.md $(DESTDIR)$(DOCDIR)/
	$(INSTALL_PATHS) docs/lexgap.1.in > $(DESTDIR)$(MANDIR)/man1/lexgap.1
	$(INSTALL_PATHS) scripts/completion.bash > $(DESTDIR)$(BASHCOMPDIR)/lexgap
	chmod 644 $(DESTDIR)$(MANDIR)/man1/lexgap.1 $(DESTDIR)$(BASHCOMPDIR)/lexgap

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/lexgap
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)
	rm -f $(DESTDIR)$(MANDIR)/man1/lexgap.1 $(DESTDIR)$(BASHCOMPDIR)/lexgap

clean:
	rm -rf build lexgap
