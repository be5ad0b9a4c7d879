/* inspect.h — internal: printing terms exactly as Elixir 1.14 does: inspect/2
 * (Inspect.Algebra's pretty printer and the Inspect implementations of the
 * built-in types) and Kernel.to_string/1. Output goes to a growable C buffer,
 * never to a process heap, so printing never collects. */
#ifndef VIAL_INSPECT_H
#define VIAL_INSPECT_H

#include "strbuf.h"
#include "term.h"

/* ---- inspect/2 ---- */
typedef struct {
    int limit;            /* default 50; -1 = :infinity */
    int printable_limit;  /* default 4096; -1 = :infinity */
    int width;            /* default 80; -1 = :infinity */
    int charlists;        /* INSPECT_INFER (default), INSPECT_AS_LISTS, INSPECT_AS_CHARLISTS */
    int binaries;         /* INSPECT_INFER (default), INSPECT_AS_BINARIES, INSPECT_AS_STRINGS */
    bool pretty;          /* default false: Kernel.inspect/2 never breaks lines
                             (width is ignored); IO.inspect sets pretty: true */
    bool structs;         /* default true */
    int base;             /* integers: 10 (default), or 2, 8, 16 printed as 0b.., 0o.., 0x.. */
    char colors[11][32];  /* syntax_colors: the ANSI escape before each kind of
                             text (INSPECT_COLOR_*), "" for none; the reset one
                             follows each colored text, "\e[0m" when "" */
} InspectOpts;

enum { INSPECT_COLOR_ATOM, INSPECT_COLOR_BINARY, INSPECT_COLOR_BOOLEAN, INSPECT_COLOR_LIST,
       INSPECT_COLOR_MAP, INSPECT_COLOR_NIL, INSPECT_COLOR_NUMBER, INSPECT_COLOR_STRING,
       INSPECT_COLOR_TUPLE, INSPECT_COLOR_CHARLIST, INSPECT_COLOR_RESET };
/* The names syntax_colors uses for them, in that order. */
extern const char *const inspect_color_names[11];

enum { INSPECT_INFER = 0, INSPECT_AS_LISTS = 1, INSPECT_AS_CHARLISTS = 2 };
enum { INSPECT_AS_BINARIES = 1, INSPECT_AS_STRINGS = 2 };

void inspect_default_opts(InspectOpts *o);
/* Appends the text of inspect(t, opts) to out. Never collects, never fails
 * (a term nested deeper than INSPECT_MAX_DEPTH prints "..." below that). */
void inspect_term(StrBuf *out, Term t, const InspectOpts *o);
#define INSPECT_MAX_DEPTH 5000   /* about 500 bytes of C stack a level */

/* Kernel.to_string / string interpolation for integers, floats, atoms,
 * binaries and chardata (nested lists of code points and binaries, with a
 * binary or [] tail). Returns false, with out unchanged, for terms that have
 * no String.Chars implementation (tuples, maps, pids, bitstrings...) or for
 * a list that is not valid chardata; the caller raises. */
bool inspect_to_string(StrBuf *out, Term t);

/* ---- pieces the VM needs to print funs and module names ---- */

/* Set by the VM: appends the full text of a fun, for an export
 * "&Mod.name/arity" (use inspect_remote_fun) and for a closure
 * "#Function<Index.Uniq/Arity in Mod.fun/Arity>". When unset, funs print as
 * "#Function<>". */
extern void (*inspect_fun_hook)(StrBuf *out, Term fun);

/* Set by the VM: when the map's __struct__ names a module whose struct has
 * exactly the map's keys, points *fields at its nfields field names in
 * definition order (the order Elixir prints them; __struct__ and
 * __exception__ may be among them and are skipped) and returns true. Elixir
 * prints any other map with a __struct__ key as a plain map. When unset,
 * every map whose __struct__ is an atom prints as a struct, in key order.
 * The fields must stay valid while printing; the hook must not collect. */
extern bool (*inspect_struct_hook)(Term map, const Term **fields, size_t *nfields);

/* An atom as Elixir writes it in code: :foo, :"a b", Foo.Bar, nil, :+ */
void inspect_atom(StrBuf *out, Term atom);
/* A function name as a remote call writes it: foo, +, "a b", "Foo" */
void inspect_call_name(StrBuf *out, Term name);
/* "&Mod.name/arity", quoting the name when needed: &:erlang."a b"/0 */
void inspect_remote_fun(StrBuf *out, Term mod, Term name, unsigned arity);

/* Pids print as #PID<0.Index.0>, ports as #Port<0.Index>, and references as
 * #Reference<0.W(n-1)...W0>, where W0.. are the KIND_REF payload words,
 * least significant first, each printed as an unsigned decimal, and missing
 * words up to three as 0: a one-word ref 42 is #Reference<0.0.0.42>. */

#endif
