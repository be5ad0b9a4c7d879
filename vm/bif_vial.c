/* bif_vial.c — :vial.inspect/2 and :vial.to_string/1, the natives behind
 * Kernel.inspect and string interpolation: option parsing here, the
 * printing itself in inspect.c (into a C buffer, so it never collects).
 * to_string raises Elixir's own exception structs for what it cannot print. */
#include "bif.h"
#include "binary.h"
#include "inspect.h"
#include "map.h"

static bool atom_is(Term t, const char *name) {
    size_t len;
    const char *s = is_atom(t) ? atom_text(t, &len) : NULL;
    return s && strlen(name) == len && !memcmp(s, name, len);
}

/* A non-negative integer or :infinity (-1). */
static bool limit_value(Term v, int *out) {
    if (atom_is(v, "infinity")) { *out = -1; return true; }
    if (!is_small(v) || small_val(v) < 0) return false;
    *out = small_val(v) > (1 << 30) ? (1 << 30) : (int)small_val(v);
    return true;
}

/* Reads the inspect options Elixir's Inspect.Opts knows; unknown keys are
 * ignored as Elixir ignores them. False on a bad value. */
static bool parse_opts(Term l, InspectOpts *o) {
    inspect_default_opts(o);
    for (; is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (!is_tuple(e) || tuple_arity(e) != 2 || !is_atom(TUPLE_ELEM(e, 0))) return false;
        Term k = TUPLE_ELEM(e, 0), v = TUPLE_ELEM(e, 1);
        bool ok = true;
        if (atom_is(k, "limit")) ok = limit_value(v, &o->limit);
        else if (atom_is(k, "printable_limit")) ok = limit_value(v, &o->printable_limit);
        else if (atom_is(k, "width")) ok = limit_value(v, &o->width);
        else if (atom_is(k, "pretty")) { ok = is_bool(v); o->pretty = v == ATOM_true; }
        else if (atom_is(k, "structs")) { ok = is_bool(v); o->structs = v == ATOM_true; }
        else if (atom_is(k, "base")) {
            o->base = atom_is(v, "hex") ? 16 : atom_is(v, "octal") ? 8 : atom_is(v, "binary") ? 2 : 10;
            ok = o->base != 10 || atom_is(v, "decimal");
        }
        else if (atom_is(k, "charlists")) {
            o->charlists = atom_is(v, "as_lists") ? INSPECT_AS_LISTS
                         : atom_is(v, "as_charlists") ? INSPECT_AS_CHARLISTS : INSPECT_INFER;
        } else if (atom_is(k, "binaries")) {
            o->binaries = atom_is(v, "as_binaries") ? INSPECT_AS_BINARIES
                        : atom_is(v, "as_strings") ? INSPECT_AS_STRINGS : INSPECT_INFER;
        }
        if (!ok) return false;
    }
    return is_nil(l);
}

static Term strbuf_to_bin(Process *p, StrBuf *b) {
    Term t = bin_from_bytes(p, b->data ? b->data : "", b->len);
    sb_free(b);
    return t == THE_NON_VALUE ? bif_oom(p) : t;
}

/* :vial.inspect(term, opts) -> binary */
Term bif_vial_inspect_2(Process *p, Term *args) {
    InspectOpts o;
    if (!parse_opts(args[1], &o)) return bif_badarg(p);
    StrBuf b = {0};
    inspect_term(&b, args[0], &o);
    return strbuf_to_bin(p, &b);
}

/* ---- to_string and its errors ---- */

/* Raises error %Mod{__exception__: true, k1: v1, ...} with the n values
 * in x[vi..vi+n), keys given as C strings. May collect. */
static Term raise_struct(Process *p, const char *mod, const char *const *keys, unsigned vi, unsigned n) {
    unsigned base = p->nx;
    if (base + 2 * (n + 2) > PROC_MAX_ARGS) return bif_badarg(p);
    Term *x = p->x + base;
    x[0] = AM(__exception__); x[1] = ATOM_true;
    x[2] = AM(__struct__); x[3] = atom_intern(mod, strlen(mod));
    for (unsigned i = 0; i < n; i++) {
        x[4 + 2 * i] = atom_intern(keys[i], strlen(keys[i]));
        x[5 + 2 * i] = p->x[vi + i];
    }
    p->nx = base + 2 * (n + 2);
    Term e = map_new_from_pairs(p, p->x + base, n + 2);
    p->nx = base;
    if (e == THE_NON_VALUE) return e;
    return proc_raise(p, AM(error), e);
}

/* The message part UnicodeConversionError derives from the rest. */
static void describe_rest(StrBuf *b, Term rest) {
    while (is_cons(rest) && !is_small(CAR(rest))) rest = CAR(rest);
    if (is_cons(rest)) { sb_printf(b, "code point %lld", (long long)small_val(CAR(rest))); return; }
    if (is_nil(rest)) { sb_puts(b, "empty list"); return; }
    InspectOpts o;
    inspect_default_opts(&o);
    sb_puts(b, "encoding starting at ");
    inspect_term(b, rest, &o);
}

/* to_string of a list: its chardata as UTF-8, or Elixir's errors. */
static Term list_to_string(Process *p, Term *args) {
    static const char *const unicode_keys[] = {"encoded", "message"};
    static const char *const message_key[] = {"message"};
    p->nx = 3;
    args[1] = args[2] = NIL;
    args[1] = bif_unicode_characters_to_binary_1(p, args);
    if (args[1] != THE_NON_VALUE && is_bitstring(args[1])) return args[1];
    StrBuf b = {0};
    if (args[1] != THE_NON_VALUE && is_tuple(args[1]) && tuple_arity(args[1]) == 3) {
        sb_puts(&b, TUPLE_ELEM(args[1], 0) == AM(error) ? "invalid " : "incomplete ");
        describe_rest(&b, TUPLE_ELEM(args[1], 2));
        args[2] = strbuf_to_bin(p, &b);
        if (args[2] == THE_NON_VALUE) return THE_NON_VALUE;
        args[1] = TUPLE_ELEM(args[1], 1);
        return raise_struct(p, "Elixir.UnicodeConversionError", unicode_keys, 1, 2);
    }
    InspectOpts o;
    inspect_default_opts(&o);
    sb_puts(&b, "cannot convert the given list to a string.\n\n"
                "To be converted to a string, a list must either be empty or only\n"
                "contain the following elements:\n\n"
                "  * strings\n"
                "  * integers representing Unicode code points\n"
                "  * a list containing one of these three elements\n\n"
                "Please check the given list or call inspect/1 to get the list representation, got:\n\n");
    inspect_term(&b, args[0], &o);
    sb_putc(&b, '\n');
    args[1] = strbuf_to_bin(p, &b);
    if (args[1] == THE_NON_VALUE) return THE_NON_VALUE;
    return raise_struct(p, "Elixir.ArgumentError", message_key, 1, 1);
}

/* :vial.to_string(term) -> binary (Kernel.to_string and interpolation).
 * Terms String.Chars does not cover raise what Elixir raises for them. */
Term bif_vial_to_string_1(Process *p, Term *args) {
    static const char *const keys[] = {"protocol", "value", "description"};
    if (bin_is_binary(args[0])) return args[0];
    if (is_list(args[0])) return list_to_string(p, args);
    if (is_small(args[0])) {
        Term r = bin_from_small(p, small_val(args[0]));
        return r != THE_NON_VALUE ? r : bif_oom(p);
    }
    StrBuf b = {0};
    if (inspect_to_string(&b, args[0])) return strbuf_to_bin(p, &b);
    sb_free(&b);
    p->nx = 4;
    args[3] = NIL;
    args[1] = atom_intern("Elixir.String.Chars", 19);
    args[2] = args[0];
    args[3] = bin_from_cstr(p, is_bitstring(args[0]) ? "cannot convert a bitstring to a string" : "");
    if (args[3] == THE_NON_VALUE) return bif_oom(p);
    return raise_struct(p, "Elixir.Protocol.UndefinedError", keys, 1, 3);
}
