/* compile.h — the compiler's entry point: Elixir source in, BcModules out.
 *
 * One call compiles one or more source files as a unit (functions of every
 * module in the unit are known to the others). Each defmodule becomes a
 * BcModule; in script mode the top-level code becomes the function
 * __FILE__/1 of a module named "elixir_compiler_1", as Elixir names it.
 */
#ifndef VIAL_COMPILE_H
#define VIAL_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

#include "bytecode.h"
#include "xref.h"

typedef struct {
    const char *path;         /* as messages and stack frames name it: relative to the working directory */
    const char *file;         /* in full, for __ENV__.file and __DIR__; NULL: path */
    const char *src;
    size_t len;
} CompileSource;

typedef struct CompileOptions {
    bool script;              /* top-level code allowed, compiled into __FILE__/1 */
    /* the top-level code is what `elixir -e` evaluates with Erlang's
     * evaluator: Erlang's compiler never sees it (no warnings of calls bound
     * to fail, no built-ins of its own making), and its variables are the
     * evaluation's result, never unused */
    bool eval;
    /* vial's own standard library: its stack frames show Elixir's (and
     * OTP's) files, and the line of a line ending in a `#@ N` comment is N,
     * the line of Elixir's code for it. */
    bool stdlib;
    /* Answers whether a module compiled elsewhere (the standard library)
     * exports name/arity; NULL when nothing is known beyond the unit. */
    bool (*exports)(const char *module, const char *name, unsigned arity);
    /* Lists a module's exported functions for `import Mod` without only:,
     * calling fn for each; returns false when the module is unknown. */
    bool (*each_export)(const char *module, void (*fn)(void *ctx, const char *name, unsigned arity), void *ctx);
} CompileOptions;

typedef struct {
    BcModule **mods;
    size_t nmods;
    XrefCall *calls;          /* on success: to check once the script has run */
    size_t ncalls;
    char *strings;            /* the calls' strings, one block */
    char *error;              /* on failure: the whole message, e.g. "** (CompileError) f.exs:3: ..." */
    bool runner_frame;        /* it came from expanding a script's own code: Elixir's runner frame follows */
} CompileResult;

/* Returns true on success. Either way the caller frees with compile_result_free. */
bool compile_sources(const CompileSource *srcs, size_t n, CompileOptions *opts, CompileResult *out);
void compile_result_free(CompileResult *r, bool free_modules);

/* Runs fn(arg) on a thread with a stack deep enough for the most deeply
 * nested source the parser accepts; false when no thread could be made. */
bool compile_run_deep(void *(*fn)(void *), void *arg);

#endif
