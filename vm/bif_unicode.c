/* bif_unicode.c — :unicode.characters_to_binary and characters_to_list over
 * chardata (nested lists of code points and binaries), from and to UTF-8,
 * Latin-1, UTF-16 and UTF-32 (either byte order). Invalid data gives Erlang's {:error | :incomplete,
 * converted, rest}; rest is the unconverted remainder as chardata. The
 * characters_to_nf*_binary functions normalize the result with utf8proc. */
#include <stdlib.h>
#include <utf8proc.h>
#include "bif.h"
#include "binary.h"

typedef enum { CD_OK, CD_ERROR, CD_INCOMPLETE, CD_BADARG } CdStatus;

typedef enum { ENC_BAD = -1, ENC_UTF8, ENC_LATIN1, ENC_UTF16BE, ENC_UTF16LE, ENC_UTF32BE, ENC_UTF32LE } Enc;

typedef struct {
    Enc in, out;
    uint32_t *cps;              /* converted code points */
    size_t n, cap;
    /* where it stopped (CD_ERROR, CD_INCOMPLETE): the item, the byte offset
     * in it when it is a binary, then the tails still to convert, innermost
     * first. All roots while the result is built. */
    Term *stops;                /* [item, tail, outer tails...] */
    size_t nstops;
    size_t bin_off;
    bool truncated;             /* stopped in a truncated sequence with data after it */
} Walk;

static bool push_cp(Walk *w, uint32_t cp) {
    if (w->n == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 64;
        uint32_t *c = realloc(w->cps, cap * sizeof *c);
        if (!c) return false;
        w->cps = c;
        w->cap = cap;
    }
    w->cps[w->n++] = cp;
    return true;
}

static bool cp_ok(const Walk *w, SInt c) {
    SInt max = w->in == ENC_LATIN1 || w->out == ENC_LATIN1 ? 255 : 0x10FFFF;
    return c >= 0 && c <= max && !(c >= 0xD800 && c <= 0xDFFF);
}

static uint32_t read_be(const uint8_t *s, unsigned n) {
    uint32_t v = 0;
    for (unsigned i = 0; i < n; i++) v = v << 8 | s[i];
    return v;
}

static uint32_t read_unit(Enc enc, const uint8_t *s, unsigned n) {
    if (enc == ENC_UTF16BE || enc == ENC_UTF32BE) return read_be(s, n);
    uint32_t v = 0;
    for (unsigned i = n; i-- > 0;) v = v << 8 | s[i];
    return v;
}

/* The code point at the start of s[0..n) in enc: its byte length, or 0
 * when the bytes are not one (then *incomplete says whether more bytes
 * could complete it). */
static size_t decode_cp(Enc enc, const uint8_t *s, size_t n, uint32_t *cp, bool *incomplete) {
    size_t len;
    *incomplete = true;
    switch (enc) {
    case ENC_LATIN1:
        *cp = s[0];
        return 1;
    case ENC_UTF16BE: case ENC_UTF16LE:
        if (n < 2) return 0;
        *cp = read_unit(enc, s, 2);
        if (*cp >= 0xDC00 && *cp <= 0xDFFF) break;
        if (*cp < 0xD800 || *cp > 0xDBFF) return 2;
        if (n < 4) return 0;
        len = read_unit(enc, s + 2, 2);
        if (len < 0xDC00 || len > 0xDFFF) break;
        *cp = 0x10000 + ((*cp - 0xD800) << 10) + ((uint32_t)len - 0xDC00);
        return 4;
    case ENC_UTF32BE: case ENC_UTF32LE:
        if (n < 4) return 0;
        *cp = read_unit(enc, s, 4);
        return 4;
    default:
        if ((len = bin_utf8_decode(s, n, cp))) return len;
        if (bif_utf8_incomplete(s, n)) return 0;
        break;
    }
    *incomplete = false;
    return 0;
}

/* Converts a binary's characters; on a bad or truncated sequence returns
 * its status and sets *off. */
static CdStatus walk_binary(Walk *w, Term bin, size_t *off) {
    Buf b;
    bif_buf_init(&b);
    if (bin_view(bin).bits % 8 || !bif_iolist_collect(bin, &b)) { bif_buf_free(&b); return CD_BADARG; }
    CdStatus st = CD_OK;
    uint32_t cp;
    bool incomplete;
    for (size_t i = 0, len; i < b.len; i += len) {
        len = decode_cp(w->in, b.data + i, b.len - i, &cp, &incomplete);
        if (!len) st = incomplete ? CD_INCOMPLETE : CD_ERROR;
        else if (!cp_ok(w, (SInt)cp)) st = CD_ERROR;
        else if (!push_cp(w, cp)) st = CD_BADARG;
        if (st != CD_OK) { *off = i; break; }
    }
    bif_buf_free(&b);
    return st;
}

/* Records where conversion stopped: the item and every pending tail. */
static void stop_at(Walk *w, Term item, Term tail, const Term *stack, size_t depth) {
    w->stops = malloc((depth + 2) * sizeof *w->stops);
    if (!w->stops) return;
    w->stops[0] = item;
    w->stops[1] = tail;
    for (size_t i = 0; i < depth; i++) w->stops[2 + i] = stack[depth - 1 - i];
    w->nstops = depth + 2;
}

/* Whether chardata holds a character: nested empty lists do not. */
static bool has_data(Term t) {
    if (is_bitstring(t)) return bin_view(t).bits != 0;
    if (!is_list(t)) return true;
    for (; is_cons(t); t = CDR(t))
        if (has_data(CAR(t))) return true;
    return !is_nil(t) && has_data(t);
}

static bool data_follows(Term tail, const Term *stack, size_t depth) {
    for (size_t i = 0; i < depth; i++)
        if (has_data(stack[i])) return true;
    return has_data(tail);
}

static CdStatus walk(Walk *w, Term t) {
    if (is_bitstring(t)) {
        CdStatus st = walk_binary(w, t, &w->bin_off);
        if (st == CD_ERROR || st == CD_INCOMPLETE) stop_at(w, t, THE_NON_VALUE, NULL, 0);
        return st;
    }
    if (!is_list(t)) return CD_BADARG;
    size_t cap = 16, depth = 0;
    Term *stack = malloc(cap * sizeof *stack);
    CdStatus st = stack ? CD_OK : CD_BADARG;
    while (st == CD_OK) {
        if (is_nil(t)) {
            if (depth == 0) break;
            t = stack[--depth];
            continue;
        }
        if (!is_cons(t) && !is_bitstring(t)) { st = CD_BADARG; break; }   /* a tail must be [] or a binary */
        Term h = is_cons(t) ? CAR(t) : t, tail = is_cons(t) ? CDR(t) : NIL;
        if (is_small(h)) {
            if (!cp_ok(w, small_val(h))) { st = CD_ERROR; stop_at(w, h, tail, stack, depth); break; }
            if (!push_cp(w, (uint32_t)small_val(h))) st = CD_BADARG;
        } else if (is_bitstring(h)) {
            st = walk_binary(w, h, &w->bin_off);
            if (st == CD_INCOMPLETE && data_follows(tail, stack, depth)) {
                st = CD_ERROR;
                w->truncated = true;
            }
            if (st == CD_ERROR || st == CD_INCOMPLETE) { stop_at(w, h, tail, stack, depth); break; }
        } else if (is_list(h) && is_cons(t)) {
            if (depth == cap) {
                Term *s2 = realloc(stack, 2 * cap * sizeof *stack);
                if (!s2) { st = CD_BADARG; break; }
                stack = s2;
                cap *= 2;
            }
            stack[depth++] = tail;
            t = h;
            continue;
        } else {
            st = CD_BADARG;
        }
        t = tail;
    }
    free(stack);
    return st;
}

/* ---- results ---- */

static void put_unit(Buf *b, Enc enc, uint32_t v, unsigned n) {
    for (unsigned i = 0; i < n; i++) {
        unsigned shift = enc == ENC_UTF16BE || enc == ENC_UTF32BE ? 8 * (n - 1 - i) : 8 * i;
        bif_buf_byte(b, (uint8_t)(v >> shift));
    }
}

static void encode_cp(Buf *b, Enc enc, uint32_t cp) {
    uint8_t u[4];
    switch (enc) {
    case ENC_LATIN1: bif_buf_byte(b, (uint8_t)cp); break;
    case ENC_UTF32BE: case ENC_UTF32LE: put_unit(b, enc, cp, 4); break;
    case ENC_UTF16BE: case ENC_UTF16LE:
        if (cp < 0x10000) { put_unit(b, enc, cp, 2); break; }
        put_unit(b, enc, 0xD800 + ((cp - 0x10000) >> 10), 2);
        put_unit(b, enc, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2);
        break;
    default: bif_buf_put(b, u, bin_utf8_encode(cp, u)); break;
    }
}

static Term cps_to_binary(Process *p, const Walk *w) {
    Buf b;
    bif_buf_init(&b);
    for (size_t i = 0; i < w->n; i++) encode_cp(&b, w->out, w->cps[i]);
    return bif_buf_to_bin(p, &b);
}

static Term cps_to_list(Process *p, const Walk *w) {
    BIF_RESERVE(h, p, 2 * w->n);
    Term list = NIL;
    for (size_t i = w->n; i-- > 0;) {
        h[2 * i] = make_small(w->cps[i]);
        h[2 * i + 1] = list;
        list = make_list(h + 2 * i);
    }
    return list;
}

/* The unconverted rest, shaped as Erlang shapes it: the item (a binary from
 * the stop offset) consed onto its tail (a binary alone when the tail is
 * empty), then for each outer level [rest] or [rest, outer_tail]. */
/* A truncated sequence with data after it: [the bytes, what follows], the
 * pending tails consed from the innermost out, as Erlang shapes it. */
static Term truncated_rest(Process *p, Walk *w) {
    Term *s = w->stops;   /* GC-protected: s[1] accumulates */
    for (size_t i = 2; i < w->nstops; i++) {
        if (is_nil(s[1])) { s[1] = s[i]; continue; }
        BIF_RESERVE(h, p, 2);
        h[0] = s[1];
        h[1] = s[i];
        s[1] = make_list(h);
    }
    BIF_RESERVE(h, p, 4);
    h[0] = s[0];
    h[1] = make_list(h + 2);
    h[2] = s[1];
    h[3] = NIL;
    return make_list(h);
}

static Term build_rest(Process *p, Walk *w, bool incomplete) {
    Term *s = w->stops;
    if (is_bitstring(s[0])) {
        size_t bytes = bin_view(s[0]).bits / 8;
        Term sub = bin_sub(p, s[0], w->bin_off * 8, (bytes - w->bin_off) * 8);
        if (sub == THE_NON_VALUE) return sub;
        s[0] = sub;
    }
    if (s[1] == THE_NON_VALUE || incomplete) return s[0];   /* the input was a binary, or ended early */
    if (w->truncated) return truncated_rest(p, w);
    if (!is_bitstring(s[0]) || !is_nil(s[1])) {
        BIF_RESERVE(h, p, 2);
        h[0] = s[0];
        h[1] = s[1];
        s[0] = make_list(h);
    }
    for (size_t i = 2; i < w->nstops; i++) {
        BIF_RESERVE(h, p, 4);
        h[0] = s[0];
        h[1] = is_nil(s[i]) ? NIL : make_list(h + 2);
        h[2] = s[i];
        h[3] = NIL;
        if (is_nil(s[i])) p->htop -= 2;
        s[0] = make_list(h);
    }
    return s[0];
}

static Term convert(Process *p, Term data, Enc in, Enc out, bool to_list) {
    Walk w = {0};
    w.in = in;
    w.out = out;
    CdStatus st = walk(&w, data);
    if (st == CD_BADARG || ((st == CD_ERROR || st == CD_INCOMPLETE) && !w.stops)) {
        free(w.cps);
        free(w.stops);
        return bif_badarg(p);
    }
    Term res[3] = {NIL, NIL, NIL};
    if (st == CD_OK) {
        Term r = to_list ? cps_to_list(p, &w) : cps_to_binary(p, &w);
        free(w.cps);
        return r;
    }
    GC_PROTECT(p, roots, w.stops, w.nstops);
    GC_PROTECT(p, roots2, res, 3);
    res[0] = to_list ? cps_to_list(p, &w) : cps_to_binary(p, &w);
    if (res[0] != THE_NON_VALUE) res[1] = build_rest(p, &w, st == CD_INCOMPLETE);
    Term r = THE_NON_VALUE;
    if (res[0] != THE_NON_VALUE && res[1] != THE_NON_VALUE) {
        Term *h = heap_reserve(p, 4);
        if (h) {
            h[0] = make_header(KIND_TUPLE, 3);
            h[1] = st == CD_ERROR ? AM(error) : atom_intern("incomplete", 10);
            h[2] = res[0];
            h[3] = res[1];
            r = make_boxed(h);
        } else {
            r = bif_oom(p);
        }
    }
    GC_UNPROTECT(p, roots2);
    GC_UNPROTECT(p, roots);
    free(w.cps);
    free(w.stops);
    return r;
}

static Enc encoding_name(Term t, bool wide16) {
    size_t len;
    const char *s = is_atom(t) ? atom_text(t, &len) : NULL;
    if (!s) return ENC_BAD;
    if (len == 5 && !memcmp(s, "utf16", 5)) return ENC_UTF16BE;
    if (len == 5 && !memcmp(s, "utf32", 5)) return ENC_UTF32BE;
    if (wide16) return ENC_BAD;
    if ((len == 7 && !memcmp(s, "unicode", 7)) || (len == 4 && !memcmp(s, "utf8", 4))) return ENC_UTF8;
    if (len == 6 && !memcmp(s, "latin1", 6)) return ENC_LATIN1;
    return ENC_BAD;
}

/* An encoding: an atom, or {utf16 | utf32, big | little}. */
static Enc encoding(Term t) {
    if (!is_tuple(t)) return encoding_name(t, false);
    if (tuple_arity(t) != 2) return ENC_BAD;
    Enc e = encoding_name(TUPLE_ELEM(t, 0), true);
    Term endian = TUPLE_ELEM(t, 1);
    if (e == ENC_BAD || (endian != AM(big) && endian != AM(little))) return ENC_BAD;
    return endian == AM(big) ? e : e + 1;   /* the _LE follows its _BE */
}

Term bif_unicode_characters_to_binary_1(Process *p, Term *args) {
    return convert(p, args[0], ENC_UTF8, ENC_UTF8, false);
}

Term bif_unicode_characters_to_binary_2(Process *p, Term *args) {
    Enc in = encoding(args[1]);
    if (in == ENC_BAD) return bif_badarg(p);
    return convert(p, args[0], in, ENC_UTF8, false);
}

Term bif_unicode_characters_to_binary_3(Process *p, Term *args) {
    Enc in = encoding(args[1]), out = encoding(args[2]);
    if (in == ENC_BAD || out == ENC_BAD) return bif_badarg(p);
    return convert(p, args[0], in, out, false);
}

Term bif_unicode_characters_to_list_1(Process *p, Term *args) {
    return convert(p, args[0], ENC_UTF8, ENC_UTF8, true);
}

Term bif_unicode_characters_to_list_2(Process *p, Term *args) {
    Enc in = encoding(args[1]);
    if (in == ENC_BAD) return bif_badarg(p);
    return convert(p, args[0], in, ENC_UTF8, true);
}

/* ---- normalization: characters_to_nf*_binary ---- */

/* The binary in x[xi] normalized by utf8proc with opts. May collect. */
static Term normalize_binary(Process *p, unsigned xi, int opts) {
    Buf in;
    bif_buf_init(&in);
    bif_iolist_collect(p->x[xi], &in);
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t m = utf8proc_map(in.data ? in.data : (const uint8_t *)"", (utf8proc_ssize_t)in.len,
                                      &dst, (utf8proc_option_t)(opts | UTF8PROC_STABLE));
    bif_buf_free(&in);
    if (m < 0) { free(dst); return bif_badarg(p); }
    Term r = bin_from_bytes(p, dst, (size_t)m);
    free(dst);
    return r == THE_NON_VALUE ? bif_oom(p) : r;
}

/* {:error, args[1], args[2]}: the parts stay in args, as reserving may
 * collect. */
static Term error_tuple(Process *p, Term *args) {
    BIF_RESERVE(h, p, 4);
    h[0] = make_header(KIND_TUPLE, 3);
    h[1] = AM(error);
    h[2] = args[1];
    h[3] = args[2];
    return make_boxed(h);
}

/* Chardata to UTF-8, then normalized; on invalid data {:error, the
 * normalized valid prefix, rest}. May collect. */
static Term normalize(Process *p, Term *args, int opts) {
    p->nx = 3;
    args[1] = args[2] = NIL;
    args[1] = bif_unicode_characters_to_binary_1(p, args);
    if (args[1] == THE_NON_VALUE) return THE_NON_VALUE;
    if (is_bitstring(args[1])) return normalize_binary(p, 1, opts);
    args[2] = TUPLE_ELEM(args[1], 2);
    args[1] = TUPLE_ELEM(args[1], 1);
    args[1] = normalize_binary(p, 1, opts);
    return args[1] == THE_NON_VALUE ? THE_NON_VALUE : error_tuple(p, args);
}

Term bif_unicode_characters_to_nfc_binary_1(Process *p, Term *args) { return normalize(p, args, UTF8PROC_COMPOSE); }
Term bif_unicode_characters_to_nfd_binary_1(Process *p, Term *args) { return normalize(p, args, UTF8PROC_DECOMPOSE); }
Term bif_unicode_characters_to_nfkc_binary_1(Process *p, Term *args) {
    return normalize(p, args, UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
}
Term bif_unicode_characters_to_nfkd_binary_1(Process *p, Term *args) {
    return normalize(p, args, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
}

/* characters_to_nf*_list: the same, as code points. May collect. */
static Term normalize_list(Process *p, Term *args, int opts) {
    Term r = normalize(p, args, opts);
    if (r == THE_NON_VALUE) return r;
    if (is_bitstring(r)) {
        args[0] = r;
        return convert(p, args[0], ENC_UTF8, ENC_UTF8, true);
    }
    args[2] = TUPLE_ELEM(r, 2);
    args[1] = convert(p, TUPLE_ELEM(r, 1), ENC_UTF8, ENC_UTF8, true);
    return args[1] == THE_NON_VALUE ? THE_NON_VALUE : error_tuple(p, args);
}

Term bif_unicode_characters_to_nfc_list_1(Process *p, Term *args) { return normalize_list(p, args, UTF8PROC_COMPOSE); }
Term bif_unicode_characters_to_nfd_list_1(Process *p, Term *args) { return normalize_list(p, args, UTF8PROC_DECOMPOSE); }
Term bif_unicode_characters_to_nfkc_list_1(Process *p, Term *args) {
    return normalize_list(p, args, UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
}
Term bif_unicode_characters_to_nfkd_list_1(Process *p, Term *args) {
    return normalize_list(p, args, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
}

/* ---- byte order marks ---- */

static const struct { Enc enc; uint8_t len; uint8_t bytes[4]; } boms[] = {
    {ENC_UTF8, 3, {0xEF, 0xBB, 0xBF}},
    {ENC_UTF32BE, 4, {0x00, 0x00, 0xFE, 0xFF}},
    {ENC_UTF32LE, 4, {0xFF, 0xFE, 0x00, 0x00}},   /* before UTF-16 LE, its prefix */
    {ENC_UTF16BE, 2, {0xFE, 0xFF}},
    {ENC_UTF16LE, 2, {0xFF, 0xFE}},
};

/* An encoding as Erlang names it: utf8, latin1 or {utf16 | utf32, endian}. May collect. */
static Term encoding_term(Process *p, Enc e) {
    if (e == ENC_UTF8) return AM(utf8);
    if (e == ENC_LATIN1) return atom_intern("latin1", 6);
    Term name = e == ENC_UTF16BE || e == ENC_UTF16LE ? AM(utf16) : AM(utf32);
    return bif_tuple2(p, name, e == ENC_UTF16BE || e == ENC_UTF32BE ? AM(big) : AM(little));
}

/* :unicode.bom_to_encoding(bin) -> {encoding, bom_length}; {latin1, 0} without a BOM */
Term bif_unicode_bom_to_encoding_1(Process *p, Term *args) {
    if (!bin_is_binary(args[0])) return bif_badarg(p);
    Buf b;
    bif_buf_init(&b);
    BinView v = bin_view(args[0]);
    const uint8_t *s = v.bytes;
    size_t n = v.bits / 8;
    if (v.bit_offset) { bif_iolist_collect(args[0], &b); s = b.data; }
    size_t k = 0, count = sizeof boms / sizeof boms[0];
    while (k < count && !(n >= boms[k].len && !memcmp(s, boms[k].bytes, boms[k].len))) k++;
    bif_buf_free(&b);
    Term enc = encoding_term(p, k < count ? boms[k].enc : ENC_LATIN1);
    if (enc == THE_NON_VALUE) return enc;
    return bif_tuple2(p, enc, make_small(k < count ? boms[k].len : 0));
}

/* :unicode.encoding_to_bom(encoding) -> the BOM (empty for latin1) */
Term bif_unicode_encoding_to_bom_1(Process *p, Term *args) {
    Enc e = encoding(args[0]);
    if (e == ENC_BAD) return bif_badarg(p);
    for (size_t k = 0; k < sizeof boms / sizeof boms[0]; k++)
        if (boms[k].enc == e) {
            Term r = bin_from_bytes(p, boms[k].bytes, boms[k].len);
            return r == THE_NON_VALUE ? bif_oom(p) : r;
        }
    Term r = bin_from_bytes(p, "", 0);
    return r == THE_NON_VALUE ? bif_oom(p) : r;
}
