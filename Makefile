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
#   make install PREFIX=/usr/local
#
# Dependencies are found with pkg-config; scripts/install-deps.sh installs them.

PREFIX    ?= /usr/local
DATADIR   ?= $(PREFIX)/share/lexgap
CC        ?= cc
PKG_CONFIG ?= pkg-config

LUA_PKG   := $(shell $(PKG_CONFIG) --exists lua5.4 && echo lua5.4 || echo lua-5.4)
DEPS      := $(LUA_PKG) jansson sqlite3
DEP_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
DEP_LIBS   := $(shell $(PKG_CONFIG) --libs $(DEPS) 2>/dev/null)
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

# -Wno-format-truncation: messages are built with snprintf into bounded
# buffers on purpose; truncating a long path in a message is the intent.
WARN      := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-format-truncation
CFLAGS    ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(DEP_CFLAGS) -Iengine -Ibuild
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

ENGINE_SRC := lx.c strbuf.c date.c diag.c infile.c data.c schema.c profile.c sandbox.c sandbox_limits.c sandbox_readonly.c rules.c \
              cli.c cli_assess.c cli_rules.c cli_test.c cli_questionnaire.c questionnaire.c \
              applicability.c evaluate.c rating.c report_common.c report_doc.c report_json.c \
              report_html.c report_csv.c ruletest.c texts.c cli_coverage.c
ENGINE_SRC += store.c cli_store.c
ENGINE_SRC += caveats.c instrument.c
ENGINE_SRC += report_summary.c
ENGINE_SRC += report_transposition.c
ENGINE_OBJ := $(ENGINE_SRC:%.c=build/%.o) build/lua_lexgap.o
SAN_OBJ    := $(ENGINE_SRC:%.c=build/san/%.o) build/san/lua_lexgap.o
UNIT_TESTS := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))
FUZZ_TARGETS := data texts

.PHONY: all check check-plain check-san unit rule-tests e2e demo bench fuzz install uninstall clean deps

all: lexgap

deps:
	scripts/install-deps.sh

# Install missing system packages (scripts/install-deps.sh), then check that
# pkg-config finds every library.
build/.deps-ok: scripts/install-deps.sh
	@mkdir -p build
	@missing=; for p in $(DEPS) cmocka; do $(PKG_CONFIG) --exists $$p || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ] || ! command -v cc >/dev/null || ! command -v chromium >/dev/null; then scripts/install-deps.sh; fi
	@for p in $(DEPS) cmocka; do \
	  $(PKG_CONFIG) --exists $$p || { echo "missing library: $$p (see scripts/install-deps.sh)"; exit 1; }; \
	done
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

lexgap: $(ENGINE_OBJ) build/main.o
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(DEP_LIBS) -lm

# The sanitizer build: the same sources, objects kept apart.
build/san/%.o: engine/%.c engine/*.h build/config.h | build/.deps-ok
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/lua_lexgap.o: build/lua_lexgap.c
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/san/lexgap: $(SAN_OBJ) build/san/main.o
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $^ $(DEP_LIBS) -lm

build/test_%: tests/unit/test_%.c $(ENGINE_OBJ) $(wildcard tests/unit/*.h)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Itests/unit -o $@ $< $(ENGINE_OBJ) $(DEP_LIBS) $(CMOCKA_LIBS) -lm

build/san/test_%: tests/unit/test_%.c $(SAN_OBJ) $(wildcard tests/unit/*.h)
	@mkdir -p build/san
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) $(CMOCKA_CFLAGS) -Itests/unit -o $@ $< $(SAN_OBJ) $(DEP_LIBS) $(CMOCKA_LIBS) -lm

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
FUZZ_CFLAGS := $(filter-out -Werror -Wno-format-truncation,$(ALL_CFLAGS)) -O1 -g \
               -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ   := $(ENGINE_SRC:%.c=build/fuzz/%.o) build/fuzz/lua_lexgap.o

build/fuzz/%.o: engine/%.c engine/*.h build/config.h | build/.deps-ok
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/lua_lexgap.o: build/lua_lexgap.c
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

install: lexgap
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)
	install -m 755 lexgap $(DESTDIR)$(PREFIX)/bin/lexgap
	cp -R rules $(DESTDIR)$(DATADIR)/
	install -d $(DESTDIR)$(DATADIR)/profiles
	install -m 644 profiles/*.lua $(DESTDIR)$(DATADIR)/profiles/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/lexgap
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build lexgap
