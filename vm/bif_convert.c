/* bif_convert.c — :erlang conversions between atoms, integers, floats,
 * binaries and lists, and the binary size/slicing built-ins. Parsing is
 * Erlang's strict kind: no whitespace, no underscores, badarg otherwise. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "bif.h"
#include "bignum.h"
#include "binary.h"
#include "compare.h"
#include "etf.h"
#include "fmt_float.h"

/* ---- text helpers ---- */

/* The bytes of the binary t into b; false unless t is a binary. */
static bool binary_bytes(Term t, Buf *b) {
    if (!is_bitstring(t) || bin_view(t).bits % 8) return false;
    return bif_iolist_collect(t, b);
}

/* A flat list of code points as UTF-8 into b; false on anything else. */
static bool charlist_utf8(Term l, Buf *b) {
    for (; is_cons(l); l = CDR(l)) {
        uint8_t u[4];
        size_t n;
        if (!is_small(CAR(l)) || small_val(CAR(l)) < 0 || small_val(CAR(l)) > 0x10FFFF
            || !(n = bin_utf8_encode((uint32_t)small_val(CAR(l)), u)))
            return false;
        bif_buf_put(b, u, n);
    }
    return is_nil(l) && !b->oom;
}

/* The list of bytes s[0..n) (s must not be on the heap). May collect. */
static Term bytes_to_list(Process *p, const uint8_t *s, size_t n) {
    BIF_RESERVE(h, p, 2 * n);
    Term list = NIL;
    for (size_t i = n; i-- > 0;) {
        h[2 * i] = make_small(s[i]);
        h[2 * i + 1] = list;
        list = make_list(h + 2 * i);
    }
    return list;
}

/* The list of code points of valid UTF-8 s[0..n) (not on the heap). May collect. */
static Term utf8_to_list(Process *p, const uint8_t *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += (s[i] & 0xC0) != 0x80;
    BIF_RESERVE(h, p, 2 * count);
    Term list = NIL, *link = &list;
    uint32_t cp;
    for (size_t i = 0, len; i < n; i += len, h += 2) {
        len = bin_utf8_decode(s + i, n - i, &cp);
        if (!len) { len = 1; cp = s[i]; }
        h[0] = make_small(cp);
        *link = make_list(h);
        link = h + 1;
    }
    *link = NIL;
    return list;
}

static bool valid_utf8(const uint8_t *s, size_t n) {
    uint32_t cp;
    for (size_t i = 0, len; i < n; i += len)
        if (!(len = bin_utf8_decode(s + i, n - i, &cp))) return false;
    return true;
}

static bool is_atom_named(Term t, const char *name) {
    size_t len;
    const char *s = is_atom(t) ? atom_text(t, &len) : NULL;
    return s && strlen(name) == len && memcmp(s, name, len) == 0;
}

/* ---- atoms ---- */

/* Atom text as bytes in encoding enc (utf8/unicode or latin1) into b. */
static bool atom_bytes(Term a, Term enc, Buf *b) {
    size_t len;
    const uint8_t *s = (const uint8_t *)atom_text(a, &len);
    if (enc == AM(utf8) || is_atom_named(enc, "unicode")) { bif_buf_put(b, s, len); return true; }
    if (!is_atom_named(enc, "latin1")) return false;
    uint32_t cp;
    for (size_t i = 0, n; i < len; i += n) {
        n = bin_utf8_decode(s + i, len - i, &cp);
        if (!n || cp > 255) return false;
        bif_buf_byte(b, (uint8_t)cp);
    }
    return true;
}

Term bif_erlang_atom_to_binary_2(Process *p, Term *args) {
    Buf b;
    bif_buf_init(&b);
    if (!is_atom(args[0]) || !atom_bytes(args[0], args[1], &b)) {
        bif_buf_free(&b);
        return bif_badarg(p);
    }
    return bif_buf_to_bin(p, &b);
}

Term bif_erlang_atom_to_binary_1(Process *p, Term *args) {
    args[1] = AM(utf8);
    return bif_erlang_atom_to_binary_2(p, args);
}

Term bif_erlang_atom_to_list_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    size_t len;
    const uint8_t *s = (const uint8_t *)atom_text(args[0], &len);
    return utf8_to_list(p, s, len);   /* atom texts live outside every heap */
}

/* Intern (or look up, when existing) UTF-8 text. */
static Term make_atom_from(Process *p, Buf *b, bool existing) {
    Term a = THE_NON_VALUE;
    if (!valid_utf8(b->data, b->len)) {
        bif_buf_free(b);
        return bif_badarg(p);
    }
    a = existing ? atom_lookup((const char *)b->data, b->len)
                 : atom_intern((const char *)b->data ? (const char *)b->data : "", b->len);
    bif_buf_free(b);
    if (a == THE_NON_VALUE) RAISE_ERROR(p, existing ? AM(badarg) : AM(system_limit));
    return a;
}

static Term binary_to_atom(Process *p, Term *args, bool existing) {
    Buf b, u;
    bif_buf_init(&b);
    if (!binary_bytes(args[0], &b)) { bif_buf_free(&b); return bif_badarg(p); }
    if (args[1] == AM(utf8) || is_atom_named(args[1], "unicode")) return make_atom_from(p, &b, existing);
    if (!is_atom_named(args[1], "latin1")) { bif_buf_free(&b); return bif_badarg(p); }
    bif_buf_init(&u);
    for (size_t i = 0; i < b.len; i++) {
        uint8_t e[4];
        bif_buf_put(&u, e, bin_utf8_encode(b.data[i], e));
    }
    bif_buf_free(&b);
    return make_atom_from(p, &u, existing);
}

Term bif_erlang_binary_to_atom_2(Process *p, Term *args) { return binary_to_atom(p, args, false); }
Term bif_erlang_binary_to_existing_atom_2(Process *p, Term *args) { return binary_to_atom(p, args, true); }
Term bif_erlang_binary_to_atom_1(Process *p, Term *args) {
    args[1] = AM(utf8);
    return binary_to_atom(p, args, false);
}
Term bif_erlang_binary_to_existing_atom_1(Process *p, Term *args) {
    args[1] = AM(utf8);
    return binary_to_atom(p, args, true);
}

static Term list_to_atom(Process *p, Term l, bool existing) {
    Buf b;
    bif_buf_init(&b);
    if (!charlist_utf8(l, &b)) { bif_buf_free(&b); return bif_badarg(p); }
    return make_atom_from(p, &b, existing);
}

Term bif_erlang_list_to_atom_1(Process *p, Term *args) { return list_to_atom(p, args[0], false); }
Term bif_erlang_list_to_existing_atom_1(Process *p, Term *args) { return list_to_atom(p, args[0], true); }

/* ---- integers ---- */

static bool get_base(Term t, unsigned *base) {
    if (!is_small(t) || small_val(t) < 2 || small_val(t) > 36) return false;
    *base = (unsigned)small_val(t);
    return true;
}

/* Text of integer t in base (upper-case digits), malloc'd; NULL on OOM. */
static char *int_text(Term t, unsigned base) {
    if (is_bignum(t)) {
        char *s = big_to_string(t, base);
        for (char *c = s; s && *c; c++)
            if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 'a' + 'A');
        return s;
    }
    SInt v = small_val(t);
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    char tmp[72], *e = tmp + sizeof tmp, *c = e;
    *--c = 0;
    do { *--c = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[u % base]; u /= base; } while (u);
    if (v < 0) *--c = '-';
    return strdup(c);
}

static Term integer_to(Process *p, Term *args, Term base_t, bool as_list) {
    unsigned base;
    if (!is_integer(args[0]) || !get_base(base_t, &base)) return bif_badarg(p);
    if (is_small(args[0]) && base == 10 && !as_list) {
        Term r = bin_from_small(p, small_val(args[0]));
        return r != THE_NON_VALUE ? r : bif_oom(p);
    }
    char *s = int_text(args[0], base);
    if (!s) RAISE_ERROR(p, AM(system_limit));
    Term r = as_list ? bytes_to_list(p, (const uint8_t *)s, strlen(s)) : bin_from_cstr(p, s);
    free(s);
    return r;
}

Term bif_erlang_integer_to_binary_1(Process *p, Term *args) { return integer_to(p, args, make_small(10), false); }
Term bif_erlang_integer_to_binary_2(Process *p, Term *args) { return integer_to(p, args, args[1], false); }
Term bif_erlang_integer_to_list_1(Process *p, Term *args) { return integer_to(p, args, make_small(10), true); }
Term bif_erlang_integer_to_list_2(Process *p, Term *args) { return integer_to(p, args, args[1], true); }

static int digit_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parse [+-]digits in base, the whole text. Frees b. */
Term bif_parse_integer(Process *p, Buf *b, unsigned base) {
    const uint8_t *s = b->data;
    size_t n = b->len, i = 0;
    bool neg = false;
    if (n && (s[0] == '+' || s[0] == '-')) { neg = s[0] == '-'; i = 1; }
    if (i == n) { bif_buf_free(b); return THE_NON_VALUE; }
    for (size_t k = i; k < n; k++)
        if (digit_value(s[k]) >= (int)base) { bif_buf_free(b); return THE_NON_VALUE; }
    Term r;
    if (n - i <= 15) {
        int64_t v = 0;
        for (size_t k = i; k < n; k++) v = v * base + digit_value(s[k]);
        r = bif_make_int(p, neg ? -v : v);
    } else {
        /* big_from_string takes an optional '-' only */
        size_t off = neg ? i - 1 : i;
        r = big_from_string(p, (const char *)s + off, n - off, base);
    }
    bif_buf_free(b);
    return r;
}

static Term to_integer(Process *p, Term t, Term base_t, bool from_list) {
    unsigned base;
    Buf b;
    bif_buf_init(&b);
    bool ok = get_base(base_t, &base) && (from_list ? charlist_utf8(t, &b) : binary_bytes(t, &b));
    if (!ok) { bif_buf_free(&b); return bif_badarg(p); }
    Term r = bif_parse_integer(p, &b, base);
    return r == THE_NON_VALUE ? bif_badarg(p) : r;
}

Term bif_erlang_binary_to_integer_1(Process *p, Term *args) { return to_integer(p, args[0], make_small(10), false); }
Term bif_erlang_binary_to_integer_2(Process *p, Term *args) { return to_integer(p, args[0], args[1], false); }
Term bif_erlang_list_to_integer_1(Process *p, Term *args) { return to_integer(p, args[0], make_small(10), true); }
Term bif_erlang_list_to_integer_2(Process *p, Term *args) { return to_integer(p, args[0], args[1], true); }

/* ---- floats ---- */

/* Rounds on the exact binary value, as Erlang does (printf rounds ties to
 * even). */
size_t bif_format_decimals(char *out, size_t cap, double d, int decimals, bool compact) {
    char exact[1500];
    int n = snprintf(exact, sizeof exact, "%.1100f", fabs(d));
    char *dot = strchr(exact, '.');
    size_t ip = (size_t)(dot - exact);
    /* digits without the point: integer part then fraction */
    memmove(dot, dot + 1, (size_t)n - ip);
    size_t keep = ip + (size_t)decimals;
    bool up = exact[keep] >= '5';
    exact[keep] = 0;
    if (up) {
        size_t k = keep;
        while (k > 0 && exact[k - 1] == '9') exact[--k] = '0';
        if (k == 0) { memmove(exact + 1, exact, keep + 1); exact[0] = '1'; ip++; keep++; }
        else exact[k - 1]++;
    }
    size_t len = 0;
    if (signbit(d) && len < cap) out[len++] = '-';
    for (size_t i = 0; i < keep && len + 2 < cap; i++) {
        if (i == ip) out[len++] = '.';
        out[len++] = exact[i];
    }
    if (compact && decimals > 0) {
        while (out[len - 1] == '0' && out[len - 2] != '.') len--;
    }
    out[len] = 0;
    return len;
}

/* float_to_binary/2 options into text. False on bad options. */
static bool float_text(double d, Term opts, char *out, size_t cap) {
    int decimals = -1, scientific = 20;
    bool compact = false, shortest = false;
    size_t n;
    if (!bif_list_length(opts, &n)) return false;
    for (Term l = opts; is_cons(l); l = CDR(l)) {
        Term o = CAR(l);
        if (is_atom_named(o, "compact")) compact = true;
        else if (is_atom_named(o, "short")) shortest = true;
        else if (is_tuple(o) && tuple_arity(o) == 2 && is_small(TUPLE_ELEM(o, 1))) {
            SInt v = small_val(TUPLE_ELEM(o, 1));
            if (is_atom_named(TUPLE_ELEM(o, 0), "decimals") && v >= 0 && v <= 253) { decimals = (int)v; scientific = -1; }
            else if (is_atom_named(TUPLE_ELEM(o, 0), "scientific") && v >= 0 && v <= 249) { scientific = (int)v; decimals = -1; }
            else return false;
        } else return false;
    }
    if (shortest) fmt_float_short(out, d);
    else if (decimals >= 0) {
        /* Erlang formats into a 256-byte buffer: longer results are badarg */
        if (bif_format_decimals(out, cap, d, decimals, compact) > 255) return false;
    } else snprintf(out, cap, "%.*e", scientific, d);
    return true;
}

static Term float_to(Process *p, Term f, Term opts, bool as_list) {
    char text[1600];
    if (!is_float(f) || !float_text(float_val(f), opts, text, sizeof text)) return bif_badarg(p);
    return as_list ? bytes_to_list(p, (const uint8_t *)text, strlen(text)) : bin_from_cstr(p, text);
}

Term bif_erlang_float_to_binary_1(Process *p, Term *args) { return float_to(p, args[0], NIL, false); }
Term bif_erlang_float_to_binary_2(Process *p, Term *args) { return float_to(p, args[0], args[1], false); }
Term bif_erlang_float_to_list_1(Process *p, Term *args) { return float_to(p, args[0], NIL, true); }
Term bif_erlang_float_to_list_2(Process *p, Term *args) { return float_to(p, args[0], args[1], true); }

/* Erlang float syntax: [+-]digits.digits[(e|E)[+-]digits], the whole text. */
static bool parse_float(const uint8_t *s, size_t n, double *out) {
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    size_t d0 = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == d0 || i >= n || s[i] != '.') return false;
    size_t f0 = ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == f0) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t e0 = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == e0) return false;
    }
    if (i != n || n > 4096) return false;
    char buf[4100];
    memcpy(buf, s, n);
    buf[n] = 0;
    errno = 0;
    *out = strtod(buf, NULL);
    return isfinite(*out);
}

static Term to_float(Process *p, Term t, bool from_list) {
    Buf b;
    double d;
    bif_buf_init(&b);
    bool ok = (from_list ? charlist_utf8(t, &b) : binary_bytes(t, &b)) && parse_float(b.data, b.len, &d);
    bif_buf_free(&b);
    return ok ? bif_make_float(p, d) : bif_badarg(p);
}

Term bif_erlang_binary_to_float_1(Process *p, Term *args) { return to_float(p, args[0], false); }
Term bif_erlang_list_to_float_1(Process *p, Term *args) { return to_float(p, args[0], true); }

/* ---- iolists and binaries ---- */

Term bif_erlang_iolist_to_binary_1(Process *p, Term *args) {
    if (is_bitstring(args[0])) return bin_view(args[0]).bits % 8 ? bif_badarg(p) : args[0];
    if (!is_list(args[0])) return bif_badarg(p);
    return bin_iolist_to_binary(p, args[0]);
}

Term bif_erlang_list_to_binary_1(Process *p, Term *args) {
    if (!is_list(args[0])) return bif_badarg(p);
    return bin_iolist_to_binary(p, args[0]);
}

Term bif_erlang_iolist_size_1(Process *p, Term *args) {
    if (is_bitstring(args[0])) {
        BinView v = bin_view(args[0]);
        return v.bits % 8 ? bif_badarg(p) : make_small((SInt)(v.bits / 8));
    }
    int64_t n = is_list(args[0]) ? bin_iolist_size(args[0]) : -1;
    return n < 0 ? bif_badarg(p) : bif_make_int(p, n);
}

/* Bytes [from, to) of the binary in x[0] as a list. May collect. */
static Term binary_range_list(Process *p, size_t from, size_t to) {
    BIF_RESERVE(h, p, 2 * (to - from));
    BinView v = bin_view(p->x[0]);
    Term list = NIL;
    for (size_t i = to; i-- > from;) {
        uint8_t c = v.bit_offset ? (uint8_t)((v.bytes[i] << v.bit_offset) | (v.bytes[i + 1] >> (8 - v.bit_offset)))
                                 : v.bytes[i];
        h[0] = make_small(c);
        h[1] = list;
        list = make_list(h);
        h += 2;
    }
    return list;
}

Term bif_erlang_binary_to_list_1(Process *p, Term *args) {
    if (!bin_is_binary(args[0])) return bif_badarg(p);
    return binary_range_list(p, 0, bin_view(args[0]).bits / 8);
}

Term bif_erlang_binary_to_list_3(Process *p, Term *args) {
    if (!bin_is_binary(args[0]) || !is_small(args[1]) || !is_small(args[2])) return bif_badarg(p);
    SInt size = (SInt)(bin_view(args[0]).bits / 8), a = small_val(args[1]), b = small_val(args[2]);
    if (a < 1 || b > size || a > b) return bif_badarg(p);
    return binary_range_list(p, (size_t)a - 1, (size_t)b);
}

/* Whole bytes as integers, then the trailing bits as a bitstring. */
Term bif_erlang_bitstring_to_list_1(Process *p, Term *args) {
    if (!is_bitstring(args[0])) return bif_badarg(p);
    size_t bits = bin_view(args[0]).bits;
    if (bits % 8 == 0) return binary_range_list(p, 0, bits / 8);
    p->nx = 2;
    args[1] = bin_sub(p, args[0], bits / 8 * 8, bits % 8);
    if (args[1] == THE_NON_VALUE) return THE_NON_VALUE;
    BIF_RESERVE(h, p, 2);
    h[0] = args[1];
    h[1] = NIL;
    args[1] = make_list(h);
    Term front = binary_range_list(p, 0, bits / 8);
    /* link the tail cell after the bytes */
    Term l = front;
    if (is_nil(l)) return args[1];
    while (is_cons(CDR(l))) l = CDR(l);
    CDR(l) = args[1];
    return front;
}

Term bif_erlang_byte_size_1(Process *p, Term *args) {
    if (!is_bitstring(args[0])) return bif_badarg(p);
    return make_small((SInt)((bin_view(args[0]).bits + 7) / 8));
}

Term bif_erlang_bit_size_1(Process *p, Term *args) {
    if (!is_bitstring(args[0])) return bif_badarg(p);
    return make_small((SInt)bin_view(args[0]).bits);
}

/* Erlang's binary_part: Len may be negative, counting back from Start. */
static Term part(Process *p, Term start, Term len) {
    if (!bin_is_binary(p->x[0]) || !is_small(start) || !is_small(len)) return bif_badarg(p);
    SInt size = (SInt)(bin_view(p->x[0]).bits / 8), s = small_val(start), l = small_val(len);
    if (l < 0) { s += l; l = -l; }
    if (s < 0 || s + l > size) return bif_badarg(p);
    return bin_sub(p, p->x[0], (size_t)s * 8, (size_t)l * 8);
}

Term bif_erlang_binary_part_3(Process *p, Term *args) { return part(p, args[1], args[2]); }

Term bif_erlang_binary_part_2(Process *p, Term *args) {
    if (!is_tuple(args[1]) || tuple_arity(args[1]) != 2) return bif_badarg(p);
    return part(p, TUPLE_ELEM(args[1], 0), TUPLE_ELEM(args[1], 1));
}

Term bif_erlang_split_binary_2(Process *p, Term *args) {
    if (!bin_is_binary(args[0]) || !is_small(args[1])) return bif_badarg(p);
    SInt size = (SInt)(bin_view(args[0]).bits / 8), pos = small_val(args[1]);
    if (pos < 0 || pos > size) return bif_badarg(p);
    p->nx = 4;
    args[2] = args[3] = NIL;
    args[2] = bin_sub(p, args[0], 0, (size_t)pos * 8);
    if (args[2] == THE_NON_VALUE) return THE_NON_VALUE;
    args[3] = bin_sub(p, args[0], (size_t)pos * 8, (size_t)(size - pos) * 8);
    if (args[3] == THE_NON_VALUE) return THE_NON_VALUE;
    return bif_tuple2x(p, 2, 3);
}

/* ---- external term format and hashing ---- */

Term bif_erlang_term_to_binary_1(Process *p, Term *args) {
    size_t len;
    uint8_t *bytes = etf_encode(args[0], &len);
    if (!bytes) return bif_badarg(p);
    Term r = bin_from_bytes(p, bytes, len);
    free(bytes);
    return r == THE_NON_VALUE ? bif_oom(p) : r;
}

/* Options (compressed, minor_version, deterministic) only change the bytes'
 * form; the uncompressed form is always valid, so they are accepted and
 * ignored. */
Term bif_erlang_term_to_binary_2(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[1], &n)) return bif_badarg(p);
    return bif_erlang_term_to_binary_1(p, args);
}

static Term decode_term(Process *p, Term *args, bool safe) {
    if (!bin_is_binary(args[0])) return bif_badarg(p);
    Term t = etf_decode_binary(p, args[0], safe);
    return t == THE_NON_VALUE ? bif_badarg(p) : t;
}

Term bif_erlang_binary_to_term_1(Process *p, Term *args) { return decode_term(p, args, false); }

Term bif_erlang_binary_to_term_2(Process *p, Term *args) {
    size_t n;
    bool safe = false;
    if (!bif_list_length(args[1], &n)) return bif_badarg(p);
    for (Term l = args[1]; is_cons(l); l = CDR(l)) {
        if (CAR(l) == AM(safe)) safe = true;
        else if (!is_atom_named(CAR(l), "used")) return bif_badarg(p);
    }
    return decode_term(p, args, safe);
}

/* phash2 ranges over [0, range); the hash is vial's own term hash, so the
 * values differ from the BEAM's (only their distribution matters). */
Term bif_erlang_phash2_2(Process *p, Term *args) {
    if (!is_small(args[1]) || small_val(args[1]) < 1 || small_val(args[1]) > ((SInt)1 << 32))
        return bif_badarg(p);
    return make_small((SInt)(term_hash(args[0]) % (uint64_t)small_val(args[1])));
}

Term bif_erlang_phash2_1(Process *p, Term *args) {
    args[1] = make_small((SInt)1 << 27);
    return bif_erlang_phash2_2(p, args);
}
