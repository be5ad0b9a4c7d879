/* xref.h — the check Elixir makes once a script has run: each Mod.fun/arity
 * that a module's functions call or capture must exist, and must not be
 * deprecated. What is missing from a module of the program, from a module
 * vial shares with Elixir (judged by Elixir's names, since vial has part of
 * them), or is no module a script could load, gets Elixir's warning on
 * stderr. Functions of OTP modules that vial lacks go unchecked. */
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
