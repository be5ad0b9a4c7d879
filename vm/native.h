/* native.h — internal: the interface of native functions (C built-ins).
 *
 * A native function is an export of a "native module" (:erlang, :lists,
 * :maps, :math, ...) implemented in C. vm/bifs.def lists them, one line each:
 *
 *     BIF("erlang", "length", 1, bif_erlang_length_1)
 *          module     name   arity  C function
 *
 * module.c walks that table at start-up and registers every line as an
 * Export entry, so remote calls (`:erlang.length(x)`), apply/3 and the
 * compiler's BIF instruction all reach the same C function.
 */
#ifndef VIAL_NATIVE_H
#define VIAL_NATIVE_H

#include "process.h"

/* The calling convention. On entry args == p->x and p->nx == arity.
 * Return the result, or THE_NON_VALUE after proc_raise() (or RAISE_ERROR)
 * to raise; the interpreter adds the stack trace. A native may collect
 * (heap_reserve, bignum/map/binary builders...): after a collection re-read
 * args[i], never keep a Term in a C local across it. A native must not
 * leave anything of its own on the process stack. */
typedef Term (*NativeFn)(Process *p, Term *args);

/* Prototypes of every native in the table. */
#define BIF(mod, name, arity, fn) Term fn(Process *p, Term *args);
#include "bifs.def"
#undef BIF

#endif
