/* bif_format.c — Erlang's :io.format, :io.fwrite and :io_lib.format: the
 * control sequences (~p ~w ~s ~c ~f ~e ~g ~b ~B ~x ~X ~# ~+ ~i ~n ~~ with
 * field width, precision, padding and the t modifier) and the Erlang-syntax
 * term printer they need, with io_lib_pretty's line breaking at 80 columns
 * for ~p. Output is built as code points: the devices are Unicode. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "bif.h"
#include "bignum.h"
#include "binary.h"
#include "fmt_float.h"
#include "map.h"

/* ---- code point buffers ---- */

typedef struct { uint32_t *d; size_t n, cap; bool oom; } Cps;

static void put(Cps *c, uint32_t cp) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        uint32_t *d = realloc(c->d, cap * sizeof *d);
        if (!d) { c->oom = true; return; }
        c->d = d;
        c->cap = cap;
    }
    c->d[c->n++] = cp;
}

static void puts_ascii(Cps *c, const char *s) { while (*s) put(c, (uint8_t)*s++); }
static void put_cps(Cps *c, const Cps *s, size_t from, size_t n) { for (size_t i = 0; i < n; i++) put(c, s->d[from + i]); }

/* ---- the flat term writer (~w, and ~p for what fits) ---- */

typedef struct { bool pretty, unicode; } Style;

static bool is_reserved(const char *s, size_t n) {
    static const char *const words[] = {"after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl",
        "bsr", "bxor", "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
        "orelse", "receive", "rem", "try", "when", "xor", NULL};
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && !memcmp(words[i], s, n)) return true;
    return false;
}

static void put_escaped(Cps *c, uint32_t ch, uint32_t quote) {
    switch (ch) {
    case '\n': puts_ascii(c, "\\n"); return;
    case '\r': puts_ascii(c, "\\r"); return;
    case '\t': puts_ascii(c, "\\t"); return;
    case '\v': puts_ascii(c, "\\v"); return;
    case '\b': puts_ascii(c, "\\b"); return;
    case '\f': puts_ascii(c, "\\f"); return;
    case 27: puts_ascii(c, "\\e"); return;
    case 127: puts_ascii(c, "\\d"); return;
    case '\\': puts_ascii(c, "\\\\"); return;
    default:
        if (ch == quote) { put(c, '\\'); put(c, ch); return; }
        if (ch < 32) { char b[8]; snprintf(b, sizeof b, "\\^%c", (char)(ch + 64)); puts_ascii(c, b); return; }
        put(c, ch);
    }
}

static void write_atom(Cps *c, Term a) {
    size_t n;
    const uint8_t *s = (const uint8_t *)atom_text(a, &n);
    bool plain = n > 0 && s[0] >= 'a' && s[0] <= 'z' && !is_reserved((const char *)s, n);
    for (size_t i = 0; plain && i < n; i++)
        plain = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')
                || s[i] == '_' || s[i] == '@';
    if (!plain) put(c, '\'');
    uint32_t cp;
    for (size_t i = 0, len; i < n; i += len) {
        len = bin_utf8_decode(s + i, n - i, &cp);
        if (!len) { len = 1; cp = s[i]; }
        if (plain) put(c, cp); else put_escaped(c, cp, '\'');
    }
    if (!plain) put(c, '\'');
}

static bool printable_char(uint32_t ch, bool unicode) {
    if ((ch >= 32 && ch <= 126) || (ch >= 8 && ch <= 13) || ch == 27) return true;
    if (ch >= 160 && ch <= 255) return true;
    return unicode && ch > 255 && ch <= 0x10FFFF && !(ch >= 0xD800 && ch <= 0xDFFF) && ch != 0xFFFE && ch != 0xFFFF;
}

/* A non-empty proper list of printable characters (latin1 range only:
 * io's default printable range). */
static bool printable_list(Term l) {
    if (!is_cons(l)) return false;
    for (; is_cons(l); l = CDR(l))
        if (!is_small(CAR(l)) || small_val(CAR(l)) < 0 || !printable_char((uint32_t)small_val(CAR(l)), false))
            return false;
    return is_nil(l);
}

static void write_term(Cps *c, Term t, Style st);

static void write_number(Cps *c, Term t) {
    if (is_float(t)) {
        char b[FMT_FLOAT_MAX];
        fmt_float_short(b, float_val(t));
        puts_ascii(c, b);
    } else if (is_small(t)) {
        char b[32];
        snprintf(b, sizeof b, "%lld", (long long)small_val(t));
        puts_ascii(c, b);
    } else {
        char *s = big_to_string(t, 10);
        if (s) puts_ascii(c, s);
        free(s);
    }
}

static void write_binary(Cps *c, Term t, Style st) {
    Buf b;
    bif_buf_init(&b);
    BinView v = bin_view(t);
    size_t whole = v.bits / 8, rest = v.bits % 8;
    Term bytes = t;
    (void)bytes;
    for (size_t i = 0; i < whole; i++)
        bif_buf_byte(&b, v.bit_offset ? (uint8_t)((v.bytes[i] << v.bit_offset) | (v.bytes[i + 1] >> (8 - v.bit_offset)))
                                       : v.bytes[i]);
    puts_ascii(c, "<<");
    bool latin1 = st.pretty && whole > 0 && rest == 0, utf8 = false;
    for (size_t i = 0; latin1 && i < whole; i++) latin1 = printable_char(b.data[i], false);
    if (st.pretty && st.unicode && whole > 0 && rest == 0) {
        utf8 = true;
        bool ascii = true;
        uint32_t cp;
        for (size_t i = 0, len; utf8 && i < whole; i += len) {
            len = bin_utf8_decode(b.data + i, whole - i, &cp);
            utf8 = len && printable_char(cp, true);
            ascii = ascii && cp < 128;
            if (!len) len = 1;
        }
        if (ascii) utf8 = false;
    }
    if (utf8 || latin1) {
        put(c, '"');
        uint32_t cp;
        for (size_t i = 0, len; i < whole; i += len) {
            len = utf8 ? bin_utf8_decode(b.data + i, whole - i, &cp) : (cp = b.data[i], 1);
            put_escaped(c, cp, '"');
        }
        put(c, '"');
        if (utf8) puts_ascii(c, "/utf8");
    } else {
        char num[16];
        for (size_t i = 0; i < whole; i++) {
            snprintf(num, sizeof num, i ? ",%u" : "%u", b.data[i]);
            puts_ascii(c, num);
        }
        if (rest) {
            unsigned last = (unsigned)(v.bytes[whole] << v.bit_offset);
            if (v.bit_offset + rest > 8) last |= v.bytes[whole + 1] >> (8 - v.bit_offset);
            snprintf(num, sizeof num, whole ? ",%u:%zu" : "%u:%zu", (last & 0xFF) >> (8 - rest), rest);
            puts_ascii(c, num);
        }
    }
    puts_ascii(c, ">>");
    bif_buf_free(&b);
}

static void write_list(Cps *c, Term t, Style st) {
    if (st.pretty && printable_list(t)) {
        put(c, '"');
        for (; is_cons(t); t = CDR(t)) put_escaped(c, (uint32_t)small_val(CAR(t)), '"');
        put(c, '"');
        return;
    }
    put(c, '[');
    for (bool first = true; is_cons(t); t = CDR(t), first = false) {
        if (!first) put(c, ',');
        write_term(c, CAR(t), st);
        if (!is_list(CDR(t))) { put(c, '|'); write_term(c, CDR(t), st); break; }
    }
    put(c, ']');
}

static void write_map(Cps *c, Term t, Style st) {
    puts_ascii(c, "#{");
    MapIter it;
    Term k, v;
    bool first = true;
    map_iter_init(&it, t);
    while (map_iter_next(&it, &k, &v)) {
        if (!first) put(c, ',');
        first = false;
        write_term(c, k, st);
        puts_ascii(c, st.pretty ? " => " : "=>");
        write_term(c, v, st);
    }
    put(c, '}');
}

static void write_term(Cps *c, Term t, Style st) {
    char b[64];
    if (is_number(t)) write_number(c, t);
    else if (is_atom(t)) write_atom(c, t);
    else if (is_list(t)) write_list(c, t, st);
    else if (is_tuple(t)) {
        put(c, '{');
        for (size_t i = 0; i < tuple_arity(t); i++) {
            if (i) put(c, ',');
            write_term(c, TUPLE_ELEM(t, i), st);
        }
        put(c, '}');
    } else if (is_map(t)) write_map(c, t, st);
    else if (is_bitstring(t)) write_binary(c, t, st);
    else if (is_pid(t)) { snprintf(b, sizeof b, "<0.%llu.0>", (unsigned long long)pid_index(t)); puts_ascii(c, b); }
    else if (is_ref(t)) { snprintf(b, sizeof b, "#Ref<0.0.0.%llu>", (unsigned long long)boxed_ptr(t)[1]); puts_ascii(c, b); }
    else if (is_fun(t)) puts_ascii(c, "#Fun<>");
    else puts_ascii(c, "#Port<0.0>");
}
