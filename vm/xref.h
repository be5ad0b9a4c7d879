/* xref.h — the check Elixir makes once a script has run: each Mod.fun/arity
 * that a module's functions call or capture must exist. A module that is not
 * available, or a function missing from a module of the program, gets
 * Elixir's warning on stderr. The standard library and Erlang modules are
 * left unchecked: vial implements part of them, so a function it lacks may
 * well exist in Elixir. */
#ifndef VIAL_XREF_H
#define VIAL_XREF_H

#include <stddef.h>

/* A call Mod.fun(...) or capture &Mod.fun/arity written in a module's
 * functions, as the compiler records it. */
typedef struct {
    const char *module, *name;            /* "Elixir.Foo", "bar" */
    unsigned arity;
    const char *file;
    unsigned line;
    const char *caller_module, *caller;   /* where: "Elixir.A", "f" */
    unsigned caller_arity;
} XrefCall;

void xref_report(const XrefCall *calls, size_t n);

#endif
