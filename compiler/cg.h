/* cg.h — internal: state shared by the code generator's files.
 *
 * compile.c walks modules and definitions, expr.c compiles expressions,
 * pattern.c compiles patterns and guards, rewrite.c turns sugar (pipes,
 * captures, comprehensions) into plain calls and fns.
 *
 * Registers: a function's frame holds its arguments in R(0..arity-1), then
 * variables and temporaries, Lua-style. `freereg` is the first free register;
 * a temporary is taken by bumping it and released by resetting it, but never
 * below `varfloor`, which stays above every register a visible variable
 * lives in. Calls put their window at freereg (see opcodes.def).
 */
#ifndef VIAL_CG_H
#define VIAL_CG_H

#include <setjmp.h>
#include <stdbool.h>

#include "ast.h"
#include "compile.h"
#include "emit.h"

enum { ANY = -1, NEXT = -2 };   /* cg_expr destinations besides a register */

typedef struct {
    const char *name;
    int reg;
    bool is_float;      /* as BEAM's compiler knows */
} VarBinding;

typedef struct FunDef {
    const char *name;
    uint32_t arity;
    bool private;
    Node **clauses;        /* each: the def call's args [head, body-keywords] */
    size_t nclauses, cap;
    uint32_t func;         /* index in the module's function table */
    uint32_t label;
    uint32_t line;
    Node **defaults;       /* per parameter: the default expression or NULL */
    uint32_t *calls;       /* indices of the local functions it calls or captures */
    size_t ncalls, capcalls;
    bool reached;          /* from a public function: else a private one is unused */
    bool wrapper;          /* a clause default arguments imply */
} FunDef;

/* line and report: where a module-level directive is, for the warning when nothing uses it */
typedef struct { const char *short_name; const char *full; uint32_t line; bool report; } Alias;
/* defguard name(params) when body: expanded in place wherever it is called */
typedef struct { const char *name; Node **params; size_t nparams; Node *body; bool private; } GuardDef;
typedef struct { const char *name; Node *value; bool accumulate; bool used; uint32_t line; } Attr;
typedef struct { const char *module; Node *opts; uint32_t line; bool report; } Import;

typedef struct PendingLambda {
    Node *fn;              /* the fn node */
    const char **free;     /* captured variable names */
    size_t nfree;
    uint32_t lambda, func, label;
    const char *parent_name;
    uint32_t parent_arity;
    uint32_t index;        /* the N of -parent/arity-fun-N- */
} PendingLambda;

/* The function a script's module gets for the code in its body outside
 * definitions (Elixir runs that code while defining the module). */
#define BODY_FUN "__vial_module_body__"
#define SITE_FUN "__vial_defined__"   /* where a script's defmodule was (cg_module_site) */

typedef struct ModCtx ModCtx;
typedef struct Unit Unit;

struct ModCtx {
    Unit *unit;
    const char *name;      /* "Elixir.Foo.Bar" */
    const char *path;      /* the source file it is defined in, as messages and frames name it */
    const char *file;      /* and in full, as __ENV__.file does */
    Emitter *e;
    Alias *aliases; size_t naliases, capaliases;
    Attr *attrs; size_t nattrs, capattrs;
    Import *imports; size_t nimports, capimports;
    FunDef *defs; size_t ndefs, capdefs;
    PendingLambda *lambdas; size_t nlambdas, caplambdas, lambdas_done;
    GuardDef *guards; size_t nguards, capguards;
    Node **body; size_t nbody, capbody;   /* module-body code outside definitions */
    Node *struct_fields;   /* defstruct's argument, or NULL */
    Node *enforce_keys;
    bool is_exception;
    bool is_script;
    /* in a script, what its defmodule prints when it runs: the module's
     * warnings, and when it failed to compile, the error (then halts) */
    char *failure;
    Node *src;             /* the defmodule (the script: its top level), for warnings */
    StrBuf warnings;       /* printed once the whole unit compiles, module by module */
    StrBuf failing_calls;  /* fold.c's warnings, found before the code and put after the others */
    StrBuf expansion;      /* those also printed when it fails: Elixir emits them as it expands */
};

typedef struct FnCtx {
    ModCtx *mod;
    Emitter *e;
    int freereg, varfloor, maxreg;
    VarBinding *vars; size_t nvars, capvars;
    const char *name;      /* the function being compiled, for lambda names */
    uint32_t arity;
    const char *def_name;  /* the enclosing def, for lambda names */
    uint32_t def_arity;
    uint32_t def_line;     /* where the enclosing def starts, for expansion errors */
    int stacktrace_reg;    /* inside rescue/catch: where __STACKTRACE__ lives, else -1 */
    /* patterns: variables bound by the pattern being compiled */
    size_t pattern_vars_start;
    bool in_guard;
    uint32_t guard_fail;
} FnCtx;

struct Unit {
    AstArena *arena;
    const char *path, *file;   /* the source being compiled (ModCtx's) */
    CompileOptions *opts;
    ModCtx **mods; size_t nmods, capmods;
    jmp_buf fail;
    char *error;
    /* C buffers in use when an error unwinds: freed then (cg_scratch_*) */
    StrBuf *scratch[8];
    int nscratch;
    uint32_t script_fun_counter;
    StrBuf *warnings, *expansion;   /* those of the module being compiled */
    XrefCall *calls; size_t ncalls, capcalls;   /* remote calls to check after the run (arena strings) */
    bool expanded;         /* the error came after expansion: its warnings are printed too */
    bool runner_frame;     /* CompileResult.runner_frame */
};

/* ---- errors (compile.c) ---- */
__attribute__((noreturn, format(printf, 3, 4)))
void cg_error(Unit *u, const Node *at, const char *fmt, ...);
__attribute__((noreturn, format(printf, 3, 4)))
void cg_expand_error(FnCtx *f, const Node *at, const char *fmt, ...);
__attribute__((noreturn, format(printf, 3, 4)))
void cg_script_error(Unit *u, const Node *at, const char *fmt, ...);
void cg_warn(Unit *u, const Node *at, const char *context, const char *fmt, ...);
void cg_warn_col(Unit *u, const Node *at, const char *msg);

/* ---- memory: the unit's arena, freed with it even when an error unwinds ---- */
void *cg_alloc(FnCtx *f, size_t bytes);
void *cg_grow(FnCtx *f, void *old, size_t oldn, size_t newn, size_t elem);

static inline void cg_scratch_push(Unit *u, StrBuf *b) { if (u->nscratch < 8) u->scratch[u->nscratch++] = b; }
static inline void cg_scratch_pop(Unit *u) { if (u->nscratch > 0) u->nscratch--; }

/* ---- registers and scopes (expr.c) ---- */
int cg_tmp(FnCtx *f);
void cg_release(FnCtx *f, int mark);
int cg_bind(FnCtx *f, const char *name, int reg);
int cg_lookup(FnCtx *f, const char *name);
typedef struct { size_t nvars; int varfloor, freereg; } Scope;
Scope cg_scope_save(FnCtx *f);
void cg_scope_restore(FnCtx *f, Scope s);

/* ---- expressions (expr.c) ---- */
int cg_expr(FnCtx *f, Node *n, int dst);
void cg_tail(FnCtx *f, Node *n);
int cg_contiguous(FnCtx *f, Node **items, size_t n, int front);
void cg_body_clauses(FnCtx *f, Node **clauses, size_t n, int subject, int dst, bool tail, int err_op, uint32_t line);
uint32_t cg_literal_of(FnCtx *f, Node *n);   /* n must satisfy ast_is_constant */
bool ast_is_constant(FnCtx *f, Node *n);
void cg_encode_constant(FnCtx *f, StrBuf *b, Node *n);
uint32_t cg_atom(FnCtx *f, const char *s);
int cg_call_remote(FnCtx *f, const char *mod, const char *name, Node **args, size_t nargs, int dst, bool tail, Node *at);
void cg_move(FnCtx *f, int dst, int src);
/* Appends inspect/1 of the term a literal node stands for. */
void cg_inspect(StrBuf *b, const Node *n);
int cg_segment_bits(FnCtx *f, Node *segment);
/* ~w(...) of constant text as the list of its words, or NULL. */
Node *cg_sigil_words(FnCtx *f, Node *n);
Node *cg_sigil_literal(FnCtx *f, Node *n);
/* Fails the compilation when a script's own code uses the struct of a
 * module the script defines (arity: of the __struct__ it would expand). */
void cg_check_struct_access(FnCtx *f, Node *at, const char *mod, int arity);
/* The Bitwise function a name or operator stands for (band for band and
 * &&&), or NULL. */
const char *cg_bitwise_fun(const char *name);
/* The :erlang function a Kernel call name/arity is inlined into, or NULL. */
const char *cg_inline_erlang_name(const char *name, size_t arity);
/* A segment's spec literal, its value and size nodes (size NULL: the type's
 * default) and whether it is a sizeless binary/bits tail. */
uint32_t cg_segment_spec(FnCtx *f, Node *item, Node **value, Node **size, bool *is_tail_binary);

/* The segments with each "string"::utf16 / ::utf32 split into one per code point. */
Node **cg_split_utf_strings(FnCtx *f, Node **segs, size_t *n);

/* ---- patterns and guards (pattern.c) ---- */
void cg_match(FnCtx *f, Node *pat, int src, uint32_t fail);
void cg_guard(FnCtx *f, Node *guard, uint32_t fail);
void cg_pattern_begin(FnCtx *f);
/* Splits `head when guard` into the head and the guard (NULL if none). */
Node *cg_split_guard(Node *clause_head, Node **guard);

/* ---- rewrites (rewrite.c) ---- */
Node *rw_pipe(FnCtx *f, Node *n);
Node *rw_capture(FnCtx *f, Node *n);      /* & forms other than &M.f/a and &f/a */
Node *rw_for(FnCtx *f, Node *n);
/* Kernel macros that expand to plain calls (**, =~, is_struct...), or NULL. */
Node *cg_kernel_sugar(FnCtx *f, Node *n);
Node *mk_call(Unit *u, const Node *at, const char *name, Node **args, size_t n);
Node *mk_remote(Unit *u, const Node *at, const char *mod, const char *name, Node **args, size_t n);
Node *mk_var(Unit *u, const Node *at, const char *name);
Node *mk_atom(Unit *u, const Node *at, const char *name);
Node *mk_list(Unit *u, const Node *at, Node **items, size_t n);
Node *mk_tuple2(Unit *u, const Node *at, Node *a, Node *b);
Node *mk_fn1(Unit *u, const Node *at, Node **params, size_t nparams, Node *body);
Node *mk_clause(Unit *u, const Node *at, Node **params, size_t nparams, Node *body);

/* ---- warnings about the module's source (unused.c), into m->warnings:
 * variables nothing reads, clauses of one function apart ---- */
void cg_warn_source(ModCtx *m);
/* unused aliases and imports, when the module is done */
void cg_warn_directives(ModCtx *m);
/* Built-in calls with literal arguments that must fail (fold.c): marks
 * them (Node.fails) before the code is generated; their warnings go to
 * m->failing_calls, to come after the module's others. */
void cg_fold_failing_calls(ModCtx *m);

/* ---- modules (compile.c) ---- */
const char *cg_resolve_alias(FnCtx *f, Node *aliases);   /* {:__aliases__,...} -> "Elixir.A.B" */
/* A def's head: name, parameters (defaults[i]: the default stripped from
 * parameter i, or NULL) and guard (NULL if none). */
typedef struct { const char *name; Node **params; size_t nparams; Node *guard; Node **defaults; } Head;
Head cg_split_head(Unit *u, Node *head);
FunDef *cg_find_def(ModCtx *m, const char *name, uint32_t arity);
/* Adds a clause (a def node) of a public function the compiler makes. */
void cg_add_def(ModCtx *m, Node *def);

/* ---- the clause heads a FunctionClauseError lists (clauses.c) ---- */
/* Gives a module compiled to a file its __vial_clauses__/0. */
void clauses_define(ModCtx *m);
/* Records that the function being compiled calls or captures d. */
void cg_note_call(FnCtx *f, FunDef *d);
bool cg_module_exports(Unit *u, const char *module, const char *name, uint32_t arity);
/* Records a call or capture module.name/arity at `at` in the function being
 * compiled, for the check after the run (XrefCall). */
void cg_note_remote(FnCtx *f, const char *module, const char *name, uint32_t arity, const Node *at);
/* The body of the defguard module.name/nargs (module NULL: this module's or
 * an imported one) with the arguments put in, or NULL when there is none. */
Node *cg_expand_guard(FnCtx *f, const char *module, const char *name, Node **args, size_t nargs);
bool cg_module_has_guard(Unit *u, const char *module, const char *name, size_t arity);
/* In a script, the code that stands where `defmodule` was (the call
 * __vial_defined__(module) the gathering leaves there). */
Node *cg_module_site(FnCtx *f, const char *module, const Node *at);
/* Whether import's only:/except: let name/arity through. */
bool cg_import_allows(const Import *im, const char *name, size_t arity);
/* A fun of fn (compiled later), or of the existing function func when fn is NULL. */
PendingLambda *cg_add_lambda(FnCtx *f, Node *fn, const char **free, size_t nfree, uint32_t arity, int64_t func);
uint32_t cg_local_function_index(FnCtx *f, const char *name, uint32_t arity);

/* ---- small AST helpers (compile.c) ---- */
bool is_call(const Node *n, const char *name);
bool is_call_n(const Node *n, const char *name, size_t nargs);
Node *kw_get(Node *kwlist, const char *key);   /* [key: v] -> v, or NULL */
bool is_keyword_list(const Node *n);
const char *atom_of(const Node *n);           /* AST_ATOM text or NULL */

#endif
