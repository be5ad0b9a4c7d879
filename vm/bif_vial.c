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

/* IO.ANSI's names for SGR codes. */
static const struct { const char *name; int code; } ansi_codes[] = {
    {"reset", 0}, {"bright", 1}, {"faint", 2}, {"italic", 3}, {"underline", 4}, {"blink_slow", 5},
    {"blink_rapid", 6}, {"inverse", 7}, {"reverse", 7}, {"conceal", 8}, {"crossed_out", 9},
    {"primary_font", 10}, {"normal", 22}, {"not_italic", 23}, {"no_underline", 24}, {"blink_off", 25},
    {"inverse_off", 27}, {"reverse_off", 27}, {"black", 30}, {"red", 31}, {"green", 32}, {"yellow", 33},
    {"blue", 34}, {"magenta", 35}, {"cyan", 36}, {"white", 37}, {"default_color", 39},
    {"black_background", 40}, {"red_background", 41}, {"green_background", 42},
    {"yellow_background", 43}, {"blue_background", 44}, {"magenta_background", 45},
    {"cyan_background", 46}, {"white_background", 47}, {"default_background", 49}, {"framed", 51},
    {"encircled", 52}, {"overlined", 53}, {"not_framed_encircled", 54}, {"not_overlined", 55},
    {"light_black", 90}, {"light_red", 91}, {"light_green", 92}, {"light_yellow", 93},
    {"light_blue", 94}, {"light_magenta", 95}, {"light_cyan", 96}, {"light_white", 97},
    {"light_black_background", 100}, {"light_red_background", 101}, {"light_green_background", 102},
    {"light_yellow_background", 103}, {"light_blue_background", 104},
    {"light_magenta_background", 105}, {"light_cyan_background", 106},
    {"light_white_background", 107},
};

/* IO.ANSI.format_fragment of ansidata: names, binaries, lists of them. */
static void ansi_text(Term v, char *out, size_t cap, int depth) {
    size_t len = strlen(out);
    if (is_atom(v)) {
        for (size_t i = 0; i < sizeof ansi_codes / sizeof ansi_codes[0]; i++)
            if (atom_is(v, ansi_codes[i].name)) snprintf(out + len, cap - len, "\x1b[%dm", ansi_codes[i].code);
    } else if (bin_is_binary(v)) {
        BinView b = bin_view(v);
        size_t n = b.bits / 8 < cap - len - 1 ? b.bits / 8 : cap - len - 1;
        if (!b.bit_offset) { memcpy(out + len, b.bytes, n); out[len + n] = 0; }
    } else if (depth < 8) {
        for (; is_cons(v); v = CDR(v)) ansi_text(CAR(v), out, cap, depth + 1);
    }
}

/* syntax_colors: [kind: ansidata]; kinds it does not name stay plain. */
static void syntax_colors(Term l, InspectOpts *o) {
    for (; is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (!is_tuple(e) || tuple_arity(e) != 2) continue;
        for (int k = 0; k < 11; k++)
            if (atom_is(TUPLE_ELEM(e, 0), inspect_color_names[k])) {
                o->colors[k][0] = 0;
                ansi_text(TUPLE_ELEM(e, 1), o->colors[k], sizeof o->colors[k], 0);
            }
    }
}

/* What Elixir would fail in, while printing, for a bad option value. */
typedef enum { OPTS_OK, OPTS_NOT_KEYWORD, OPTS_LIMIT, OPTS_PRINTABLE_LIMIT, OPTS_WIDTH, OPTS_CASE, OPTS_BASE } OptsError;

/* Whether printing t writes an integer in the :base: an integer or the
 * bytes of a binary, anywhere inside. */
static bool has_based(Term t, int depth) {
    if (depth > 1000 || is_integer(t)) return true;
    if (is_bitstring(t)) return bin_view(t).bits > 0;
    if (is_tuple(t)) {
        for (size_t i = 0; i < tuple_arity(t); i++)
            if (has_based(TUPLE_ELEM(t, i), depth + 1)) return true;
        return false;
    }
    if (is_map(t)) {
        MapIter it;
        Term k, v;
        map_iter_init(&it, t);
        while (map_iter_next(&it, &k, &v))
            if (has_based(k, depth + 1) || has_based(v, depth + 1)) return true;
        return false;
    }
    if (!is_list(t)) return false;
    for (; is_cons(t); t = CDR(t))
        if (has_based(CAR(t), depth + 1)) return true;
    return !is_nil(t) && has_based(t, depth + 1);
}

/* Elixir fails on a bad size option or base only when printing uses it: a
 * limit for containers, a printable limit for text, a width when pretty, a
 * base for integers and bytes. */
static bool uses(OptsError e, Term t, const InspectOpts *o) {
    switch (e) {
    case OPTS_LIMIT: return is_cons(t) || is_tuple(t) || is_map(t) || is_bitstring(t);
    case OPTS_PRINTABLE_LIMIT: return is_cons(t) || is_bitstring(t);
    case OPTS_WIDTH: return o->pretty;
    case OPTS_BASE: return has_based(t, 0);
    default: return true;
    }
}

/* Reads the inspect options Elixir's Inspect.Opts knows; unknown keys are
 * ignored as Elixir ignores them. An unknown :charlists or :binaries value
 * acts as :as_lists or :as_binaries, and :structs is a truthy value, as in
 * Elixir's tests of them. *bad is the value a failing case would not match;
 * a bad size or base goes to *size_error, for the caller to judge. */
static OptsError parse_opts(Term l, InspectOpts *o, Term *bad, OptsError *size_error) {
    inspect_default_opts(o);
    for (; is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (!is_tuple(e) || tuple_arity(e) != 2) return OPTS_NOT_KEYWORD;
        Term k = TUPLE_ELEM(e, 0), v = TUPLE_ELEM(e, 1);
        if (atom_is(k, "limit")) { if (!limit_value(v, &o->limit)) *size_error = OPTS_LIMIT; }
        else if (atom_is(k, "printable_limit")) { if (!limit_value(v, &o->printable_limit)) *size_error = OPTS_PRINTABLE_LIMIT; }
        else if (atom_is(k, "width")) { if (!limit_value(v, &o->width)) *size_error = OPTS_WIDTH; }
        else if (atom_is(k, "pretty")) {
            if (!is_bool(v)) { *bad = v; return OPTS_CASE; }
            o->pretty = v == ATOM_true;
        }
        else if (atom_is(k, "structs")) o->structs = v != ATOM_false && v != ATOM_nil;
        else if (atom_is(k, "base")) {
            o->base = atom_is(v, "hex") ? 16 : atom_is(v, "octal") ? 8 : atom_is(v, "binary") ? 2 : 10;
            /* a bad base is still not :decimal: binaries print as bytes */
            if (o->base == 10 && !atom_is(v, "decimal")) { *bad = v; *size_error = OPTS_BASE; o->base = 16; }
        }
        else if (atom_is(k, "syntax_colors")) syntax_colors(v, o);
        else if (atom_is(k, "charlists")) {
            o->charlists = atom_is(v, "as_charlists") ? INSPECT_AS_CHARLISTS
                         : atom_is(v, "infer") ? INSPECT_INFER : INSPECT_AS_LISTS;
        } else if (atom_is(k, "binaries")) {
            o->binaries = atom_is(v, "as_strings") ? INSPECT_AS_STRINGS
                        : atom_is(v, "infer") ? INSPECT_INFER : INSPECT_AS_BINARIES;
        }
    }
    return is_nil(l) ? OPTS_OK : OPTS_NOT_KEYWORD;
}

static Term strbuf_to_bin(Process *p, StrBuf *b) {
    Term t = bin_from_bytes(p, b->data ? b->data : "", b->len);
    sb_free(b);
    return t == THE_NON_VALUE ? bif_oom(p) : t;
}

/* FunctionClauseError for Mod.fun/arity, without arguments. Every value
 * is immediate, so the pairs need not live where the collector looks. */
static Term raise_clause(Process *p, const char *mod, const char *fun, unsigned arity) {
    Term kv[] = {AM(__exception__), ATOM_true, AM(__struct__), atom_intern("Elixir.FunctionClauseError", 26),
                 atom_intern("module", 6), atom_intern(mod, strlen(mod)), atom_intern("function", 8),
                 atom_intern(fun, strlen(fun)), atom_intern("arity", 5), make_small(arity),
                 atom_intern("kind", 4), ATOM_nil, atom_intern("args", 4), ATOM_nil,
                 atom_intern("clauses", 7), ATOM_nil};
    Term e = map_new_from_pairs(p, kv, sizeof kv / sizeof kv[0] / 2);
    if (e == THE_NON_VALUE) return e;
    return proc_raise(p, AM(error), e);
}

/* :vial.inspect(term, opts) -> binary. Bad options fail as Elixir's
 * printing fails on them; where Elixir fails only when a nested term uses
 * the option, vial judges by the outermost term. */
Term bif_vial_inspect_2(Process *p, Term *args) {
    InspectOpts o;
    Term bad = NIL;
    OptsError size_error = OPTS_OK, e = parse_opts(args[1], &o, &bad, &size_error);
    if (e == OPTS_OK && size_error != OPTS_OK && uses(size_error, args[0], &o)) e = size_error;
    switch (e) {
    case OPTS_OK: break;
    case OPTS_NOT_KEYWORD: return raise_clause(p, "Elixir.Kernel", "-struct/2-fun-0-", 2);
    case OPTS_LIMIT: return raise_clause(p, "Elixir.Inspect.Algebra", "container_each", 6);
    case OPTS_PRINTABLE_LIMIT: return raise_clause(p, "Elixir.String", "printable?", 2);
    case OPTS_WIDTH: return raise_clause(p, "Elixir.Inspect.Algebra", "format", 2);
    case OPTS_CASE: case OPTS_BASE: return bif_raise2(p, AM(case_clause), bad);
    }
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
