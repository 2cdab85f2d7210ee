/*
 * sandbox.h -- the Lua state that rules (untrusted code) run in.
 *
 * One lua_State serves every rule and every profile of a run.  It opens only
 * an allow-list: base functions without loaders, string (no dump, bounded
 * pattern matching), table, math (no random), utf8, and an `os` reduced to
 * date arithmetic.  `load` is wrapped: text chunks only, in the caller's
 * sandbox environment.  The string metatable is protected.  Each rule file
 * gets a fresh environment with its own copies of the libraries, so nothing
 * writable is shared between rules.
 *
 * Every entry into Lua goes through sandbox_call() (or sandbox_call_each():
 * several calls under one lua_pcall, each as sandbox_call would make it):
 * lua_pcall with a message handler, an instruction budget (count hook, plus
 * the work C library functions do and the bytes the call allocates, charged
 * as instructions: sandbox_limits.c) and memory budgets (capped allocator):
 * per call, and per account (a rule file) for what it holds across calls.
 * Errors come back as a sandbox_error {file, line, message}.
 *
 * Data shared by every rule (profile, schema, the tables of `lx`) reaches
 * rules as read-only views (sandbox_readonly.c).
 */
#ifndef LX_SANDBOX_H
#define LX_SANDBOX_H

#include <stddef.h>
#include <lua.h>
#include <lauxlib.h>

typedef struct lx_sandbox lx_sandbox;

typedef struct {
  char file[1024];      /* rule file the error arose in ("" if unknown) */
  int line;             /* line in that file (0 if unknown) */
  char message[768];
  int budget;           /* 1 if an instruction or memory budget ran out */
} sandbox_error;

#define SANDBOX_DEFAULT_INSTRUCTIONS 20000000LL   /* per sandbox_call */
#define SANDBOX_DEFAULT_MEMORY (64u << 20)        /* bytes per sandbox_call */
#define SANDBOX_DEFAULT_FILE_MEMORY (64u << 20)   /* bytes a rule file holds across calls */
#define SANDBOX_DEFAULT_PACK_MEMORY (256u << 20)  /* bytes all rule files hold together */
#define SANDBOX_DEFAULT_SECONDS 5.0               /* wall clock per call: a backstop */

/* Create the state and load the embedded rule library (`lx`).  Returns NULL
** and fills err when that fails. */
lx_sandbox *sandbox_new(sandbox_error *err);
void sandbox_free(lx_sandbox *sb);

/* Declare that the process exits when the current command returns: from
** then on sandbox_free and ruleset_free leave what they hold to the operating
** system (closing the Lua state and freeing every rule, text and schema node
** one by one costs a millisecond or two and changes nothing the user sees).
** Only the command line's main calls it; unit tests, the bench and the
** harnesses free everything.  Builds with AddressSanitizer ignore it, so
** their leak checks still see every allocation released. */
void sandbox_leave_to_exit(void);

/* 1 unless sandbox_leave_to_exit took effect: whether freeing functions
** must release what they hold. */
int sandbox_releases_memory(void);
lua_State *sandbox_state(lx_sandbox *sb);

/* Budgets for each later sandbox_call (0 keeps the current value). */
void sandbox_set_budget(lx_sandbox *sb, long long instructions, size_t memory);

/* The wall-clock limit of each call (a backstop for instructions whose cost
** grows with their operands; 0 keeps the current value). */
void sandbox_set_time_limit(lx_sandbox *sb, double seconds);

/* Budgets for what accounts hold across calls: each rule file, and all of
** them together (0 keeps the current value). */
void sandbox_set_held_budget(lx_sandbox *sb, size_t file, size_t pack);

/* A new memory account (one per rule file): what the blocks allocated while
** it is in use hold, until freed, counts against the file budget.  Returns
** its id, or 0 (the engine's account) if out of memory: the file's code
** must then not run (rules.c refuses the file). */
int sandbox_new_account(lx_sandbox *sb);

/* [-0, +0] Charge the blocks allocated from now on to account (0: the
** engine).  Outside every call only: a rule file's account (not 0) also
** has the rule library use that file's memos (made empty by the engine at
** the account's first use, which allocates; what the file's calls put in
** them is the file's), so that what one file's rules compute never
** changes what another file's pay; 0 leaves the memos of the file charged
** last selected.  Returns 0, or -1 when the file's memos could not be made
** (out of memory; nothing raised): the account is charged but the memos
** are another file's, so the caller must run none of the file's code. */
int sandbox_use_account(lx_sandbox *sb, int account);

/* [-0, +0, m] Give the rule library a memo of the paths found declared
** for the table at idx, one of the engine's own `facts` lists (a rule's
** ctx.declared: a read-only view of the nfacts paths facts, made once per
** rule (again, with its memo, when two rules sharing one check function
** alternate: push_rule_constants), never changed), holding those paths already.  Outside every call:
** engine work, charged to no call's budget.  The library remembers paths
** found declared only in these memos (engine.declared_lists), so that any
** other list a rule puts in its context's place is searched every time,
** and no call adds a list to the table of memos every file's rules read.
** Nothing is done before the library registered that table. */
void sandbox_note_facts_list(lua_State *L, int idx, const char *const *facts, int nfacts);

/* Between two evaluations of a run (no call running): a full collection of
** the Lua heap when it holds more than twice what the last such collection
** left, so that a batch's major collections fall here, where the heap holds
** only what lasts, rather than inside an evaluation.  The first call only
** notes the heap's size.  Changes no value a rule can see. */
void sandbox_between_evaluations(lx_sandbox *sb);

/* Bytes the account holds now. */
size_t sandbox_account_memory(lx_sandbox *sb, int account);

/* Charge units (about one VM instruction each) of work done in C to the
** running call's instruction budget; raises a Lua error when the budget
** cannot pay.  Does nothing outside sandbox_call. */
void sandbox_charge(lua_State *L, double units);

/* [-nargs, +nresults, e] Call fn with the nargs values on top as engine
** work, also inside a rule's call (a profile's view converted when a rule
** first reads it): what it allocates is the engine's (account 0), charged to
** neither the call's instruction and memory budgets nor the rule file, and
** the call's memory limits move up by those bytes.  An error of fn is
** raised again once the budgets are as they were. */
void sandbox_engine_work(lua_State *L, lua_CFunction fn, int nargs, int nresults);

/* [-(nargs+1), +1, e] Call the function below the nargs values on top, a
** Lua function of the engine's (the rule library's), as engine work, as
** sandbox_engine_work calls a C function (on the calling thread), and leave
** its first result: what it allocates is the engine's (account 0), charged
** to no rule file, and no budget applies to it, so it must run no rule
** code and be bounded by data of bounded size (the engine's profile and
** schema).  Only outside every rule's call, where no count hook is set
** (budget_end removes it), so that its VM instructions count nowhere:
** while a call runs, or engine work in C suspended a call's budgets, it
** runs nothing and raises "engine work in Lua inside a rule's call" (there
** the work would move the call's count).  An error of the function (a
** yield is one) is raised again once engine mode is left, its error object
** as the function raised it (on a real out-of-memory, Lua's preallocated
** "not enough memory").  Engine work may nest: this called inside engine
** work outside calls runs, and the work around it is still engine work
** after it. */
void sandbox_engine_call(lua_State *L, int nargs);

/* Whether the State is bound by instrument id at the as-of date, as the
** engine decides it for the evaluation running (evaluate.c): 1 bound, 0 not
** bound, -1 the profile does not record it (no parties.<id>), -2 no answer
** (no such instrument, or soft law, which binds no one): why (size bytes)
** then says so.  The rule library's primitive bound_by(id) asks it. */
typedef int (*sandbox_bound_fn)(void *ud, const char *id, char *why, size_t size);

/* Set (fn not NULL) or clear the source of bound_by's answers: the engine
** sets it for the calls of one evaluation and clears it after; with none,
** bound_by answers that no evaluation is running. */
void sandbox_set_bound_source(lx_sandbox *sb, sandbox_bound_fn fn, void *ud);

/* Print from rules goes to stderr when tracing is on, nowhere otherwise. */
void sandbox_set_trace(lx_sandbox *sb, int on);

/* [-0, +1] Push a fresh environment for one rule file: allow-listed globals,
** private copies of the libraries, and `lx`. */
void sandbox_push_env(lx_sandbox *sb);

/* [-1, +1] Compile [buf, buf+len) as a text chunk named chunkname ("@path"),
** with the environment on top of the stack as its _ENV; replaces the
** environment with the compiled function.  Returns 0, or -1 with err filled
** (and the environment popped, nothing pushed). */
int sandbox_load(lx_sandbox *sb, const char *buf, size_t len, const char *chunkname,
                 sandbox_error *err);

/* [-(nargs+1), +nresults] Call the function below the nargs arguments under the
** budgets.  Returns 0, or -1 with err filled and nothing pushed. */
int sandbox_call(lx_sandbox *sb, int nargs, int nresults, sandbox_error *err);

/* Make calls 0 .. n-1, each under budgets of its own exactly as if made by
** sandbox_call, as many as possible inside one lua_pcall: an error or a
** spent budget ends that call only, and the series goes on from the next.
** For call i, prepare(ud, i) runs first, outside any budget: it returns -1
** when there is nothing to call (i settled in C; done is not called for
** it), or pushes a function and its arguments and returns the number of
** arguments; it may also choose the
** memory account (sandbox_use_account) the call is charged to.  Then
** done(ud, i, NULL) with the nresults results on top of the stack, which it
** must pop; or, when the call failed (or prepare raised an error),
** done(ud, i, err) with nothing pushed.  done chooses the account from then
** on.  prepare and done run inside the series' C function: between them they
** may use at most LUA_MINSTACK stack slots (or check the stack), and leave
** it as they found it.  Returns 0. */
typedef int (*sandbox_prepare_fn)(void *ud, int i);
typedef void (*sandbox_done_fn)(void *ud, int i, const sandbox_error *err);
int sandbox_call_each(lx_sandbox *sb, int n, int nresults, sandbox_prepare_fn prepare,
                      sandbox_done_fn done, void *ud);

/* [-0, +1] Push the rule library table (the real one; engine use only). */
void sandbox_push_lib(lx_sandbox *sb);

/* [-0, +1] Push a data tree (profile, schema) as read-only views
** (sandbox_readonly.c). */
struct data_value;
void data_push(lua_State *L, const struct data_value *v);

/* [-0, +1] data_push for a tree that outlives the Lua state and never
** changes (the built-in schema, static data): the same views, read from
** the tree itself rather than from a copy; the root view's metatable keeps
** the tree for schema_question_lua. */
void data_push_lasting(lua_State *L, const struct data_value *v);

/* [-0, +1] A read-only copy of the value at idx: non-tables and views as
** they are; any other table copied deeply into views (cycles kept). */
void readonly_push_copy(lua_State *L, int idx);

/* [-1, +1] Replace the table on top by a read-only view whose content it
** becomes: what readonly_push_copy gives, without the copy, for a table
** the caller has just made, holds nowhere else and whose values are not
** tables. */
void readonly_wrap_fresh(lua_State *L);

/* Is the value at idx a read-only view? */
int readonly_is_view(lua_State *L, int idx);

/* lx.readonly(v) for Lua: readonly_push_copy of argument 1. */
int readonly_lua(lua_State *L);

/* is_view(v) for the rule library: whether argument 1 is a read-only view
** (a table the engine made read-only, whose content never changes). */
int readonly_is_view_lua(lua_State *L);

/* schema_question(schema, path) for the rule library: when schema is the
** root view of a tree that outlives the state (data_push_lasting: the
** built-in model) and path a string, the question the library's search
** finds for path (schema_question_keys), read through the schema's views
** along the keys found (so the very value the search returns, and only the
** tables on the way converted), or false when it finds none; nil when it
** cannot say, or for any other schema: the library searches itself.  The
** search is charged to the running call's instruction budget. */
int schema_question_lua(lua_State *L);

/* template_filler(fill) for the rule library: lx.t in C, a closure that
** hands what it does not fill exactly as the Lua fill does to fill, and
** fill_with(template, name, value, ...), the same fill without a values
** table, for the library's own use (sandbox_template.c). */
int template_filler_lua(lua_State *L);

/* bilingual_maker(bilingual, text_checked) for the rule library: the
** library's bilingual(x, what) and text_checked(x, what) in C, closures
** that hand those Lua functions the errors they do not raise exactly as
** they do, and finding_text(x, what), bilingual but nothing for a table
** with a metatable (sandbox_template.c). */
int bilingual_maker_lua(lua_State *L);

/* The two ends of the library's bilingual C primitives (lx.t, lx.join),
** closures whose upvalues are: 1, the Lua function that does what the C
** primitive does not do exactly as it does; 2 and 3, the keys "en" and
** "fr" (BILINGUAL_EN, BILINGUAL_FR: a key pushed from there is looked up
** without the C string's hashing that lua_getfield does each time).
** bilingual_push_keys: [-0, +2] pushes "en" and "fr", for making one.
** bilingual_push_pair: [-0, +1] a new table { en = the value at en_idx,
** fr = the value at fr_idx }; returns 1 (the result count).
** bilingual_call_lua: [-?, +1] hands the first nargs arguments to the Lua
** function (upvalue 1) and returns its one result; returns 1.
** bilingual_text_start: [-0, +(0|1)] where to write a text of exactly
** size bytes: in text->local, on the C stack, when it fits (nothing
** pushed), else in a Lua buffer (pushed); bilingual_text_push: [-(0|1),
** +1] the text written pushed as a string, in place of the buffer. */
#define BILINGUAL_EN lua_upvalueindex(2)
#define BILINGUAL_FR lua_upvalueindex(3)
typedef struct {
  size_t size;
  int in_lua;
  luaL_Buffer buffer;
  char local[512];
} bilingual_text;
char *bilingual_text_start(lua_State *L, bilingual_text *text, size_t size);
void bilingual_text_push(lua_State *L, bilingual_text *text);
void bilingual_push_keys(lua_State *L);
int bilingual_push_pair(lua_State *L, int en_idx, int fr_idx);
int bilingual_call_lua(lua_State *L, int nargs);

/* joiner(join, sep, last) for the rule library: lx.join in C, a closure
** that hands what it does not join exactly as the Lua join does to join,
** sep and last being the default separators (sandbox_join.c). */
int joiner_lua(lua_State *L);

/* measure_reader(ctx_meta, ctx, own_check_declared, declared_found,
** viewed_profile, own_cite, in_force_at, own_ask, own_question_for) for the
** rule library: measured, the common path of its measure_of in C, a
** closure that answers nothing where measure_of must go on in Lua
** (sandbox_measure.c). */
int measure_reader_lua(lua_State *L);

/* Wrap the library functions that work in C in proportion to their
** arguments so that they charge that work, and replace the global type()
** by one that gives the same names without a C string lookup
** (sandbox_limits.c). */
void limits_install(lua_State *L);

/* Bytes currently allocated by the state (for the benchmark). */
size_t sandbox_memory(lx_sandbox *sb);

#endif
