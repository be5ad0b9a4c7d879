/* bif_util.c — helpers shared by the C built-ins: raising, number boxing,
 * malloc'd byte buffers, iolist flattening, binary slicing and UTF-8.
 * Everything that builds follows gc.h: reserve first, then read roots. */
#include <stdlib.h>
#include "bif.h"
#include "atom.h"
#include "binary.h"
#include "bignum.h"

/* ---- raising ---- */

Term bif_oom(Process *p) { RAISE_ERROR(p, AM(system_limit)); }
Term bif_badarg(Process *p) { RAISE_ERROR(p, AM(badarg)); }
Term bif_badarith(Process *p) { RAISE_ERROR(p, AM(badarith)); }

Term bif_raise2(Process *p, Term tag, Term val) {
    Term t = bif_tuple2(p, tag, val);
    return t ? proc_raise(p, AM(error), t) : t;
}

/* ---- numbers ---- */

Term bif_make_int(Process *p, int64_t v) {
    return small_fits(v) ? make_small(v) : big_from_int64(p, v);
}

Term bif_make_float(Process *p, double d) {
    BIF_RESERVE(h, p, 2);
    h[0] = make_header(KIND_FLOAT, 1);
    memcpy(h + 1, &d, sizeof d);
    return make_boxed(h);
}

bool bif_get_double(Term t, double *d) {
    if (is_small(t)) *d = (double)small_val(t);
    else if (is_float(t)) *d = float_val(t);
    else if (is_bignum(t)) *d = big_to_double(t);
    else return false;
    return true;
}

/* ---- lists and tuples ---- */

bool bif_list_length(Term l, size_t *n) {
    size_t k = 0;
    while (is_cons(l)) { k++; l = CDR(l); }
    *n = k;
    return is_nil(l);
}

Term bif_tuple2(Process *p, Term a, Term b) {
    unsigned mark = p->nx;
    unsigned ia = bif_push(p, a), ib = bif_push(p, b);
    Term t = bif_tuple2x(p, ia, ib);
    bif_pop(p, mark);
    return t;
}

Term bif_tuple2x(Process *p, unsigned ia, unsigned ib) {
    BIF_RESERVE(h, p, 3);
    h[0] = make_header(KIND_TUPLE, 2);
    h[1] = p->x[ia];
    h[2] = p->x[ib];
    return make_boxed(h);
}

/* ---- byte buffers ---- */

void bif_buf_init(Buf *b) { b->data = NULL; b->len = b->cap = 0; b->oom = false; }

static bool grow(Buf *b, size_t extra) {
    if (b->oom) return false;
    if (b->len + extra <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra) cap *= 2;
    uint8_t *d = realloc(b->data, cap);
    if (!d) { b->oom = true; return false; }
    b->data = d;
    b->cap = cap;
    return true;
}

void bif_buf_put(Buf *b, const void *data, size_t len) {
    if (len && grow(b, len)) { memcpy(b->data + b->len, data, len); b->len += len; }
}

void bif_buf_byte(Buf *b, uint8_t c) {
    if (grow(b, 1)) b->data[b->len++] = c;
}

void bif_buf_free(Buf *b) { free(b->data); bif_buf_init(b); }

Term bif_buf_to_bin(Process *p, Buf *b) {
    if (b->oom) { bif_buf_free(b); RAISE_ERROR(p, AM(system_limit)); }
    Term t = bin_from_bytes(p, b->data ? b->data : (const uint8_t *)"", b->len);
    bif_buf_free(b);
    if (t == THE_NON_VALUE) RAISE_ERROR(p, AM(system_limit));
    return t;
}

/* ---- iolists ---- */

/* Append a bitstring's bytes; false unless it is whole bytes. */
static bool put_binary(Term t, Buf *b) {
    BinView v = bin_view(t);
    if (v.bits % 8) return false;
    if (v.bit_offset == 0) { bif_buf_put(b, v.bytes, v.bits / 8); return true; }
    for (size_t i = 0; i < v.bits / 8; i++)
        bif_buf_byte(b, (uint8_t)((v.bytes[i] << v.bit_offset) | (v.bytes[i + 1] >> (8 - v.bit_offset))));
    return true;
}

/* What a deep list may hold: iolists bytes and binaries, chardata code
 * points and binaries, file names code points and atoms (an atom as a tail
 * too, as Erlang takes it). */
typedef enum { C_BYTES, C_CHARS, C_NAME } Collect;

/* One list element: a byte, or a code point sent as UTF-8. */
static bool put_int(SInt c, Buf *b, Collect what) {
    if (what == C_BYTES) {
        if (c < 0 || c > 255) return false;
        bif_buf_byte(b, (uint8_t)c);
        return true;
    }
    uint8_t u[4];
    size_t n = c < 0 || c > 0x10FFFF ? 0 : bin_utf8_encode((uint32_t)c, u);
    bif_buf_put(b, u, n);
    return n > 0;
}

static void put_atom(Term a, Buf *b) {
    size_t len;
    const char *s = atom_text(a, &len);
    bif_buf_put(b, s, len);
}

/* A piece that is not a list: an element, or the tail that ends a list
 * (where [] adds nothing). */
static bool put_piece(Term t, Buf *b, Collect what) {
    if (is_small(t)) return put_int(small_val(t), b, what);
    if (is_bitstring(t) && what != C_NAME) return put_binary(t, b);
    if (is_atom(t) && what == C_NAME) { put_atom(t, b); return true; }
    return false;
}

/* An explicit stack of pending tails: deeply nested iolists (built by
 * prepending in a loop) must not overflow the C stack. */
static bool collect(Term t, Buf *b, Collect what) {
    size_t cap = 32, n = 0;
    Term *stack = malloc(cap * sizeof *stack);
    if (!stack) return false;
    bool ok = true;
    for (;;) {
        if (is_cons(t) && is_list(CAR(t))) {
            if (n == cap) {
                Term *s2 = realloc(stack, 2 * cap * sizeof *stack);
                if (!s2) { ok = false; break; }
                stack = s2;
                cap *= 2;
            }
            stack[n++] = CDR(t);
            t = CAR(t);
        } else if (is_cons(t)) {
            if (!(ok = put_piece(CAR(t), b, what))) break;
            t = CDR(t);
        } else {
            /* the tail ending this list: [] adds nothing, a number is no tail */
            if (!is_nil(t) && (is_small(t) || !put_piece(t, b, what))) { ok = false; break; }
            if (n == 0) break;
            t = stack[--n];
        }
    }
    free(stack);
    return ok && !b->oom;
}

bool bif_iolist_collect(Term t, Buf *b) { return collect(t, b, C_BYTES); }
bool bif_chardata_collect(Term t, Buf *b) { return collect(t, b, C_CHARS); }
bool bif_name_collect(Term t, Buf *b) { return collect(t, b, C_NAME); }

/* ---- sub-binaries ---- */

Term bif_make_sub(Term *h, Term bin, size_t off, size_t len) {
    size_t base = 0;
    if (boxed_kind(bin) == KIND_SUB_BIN) {
        base = (size_t)small_val(boxed_ptr(bin)[2]);
        bin = boxed_ptr(bin)[3];
    }
    h[0] = make_header(KIND_SUB_BIN, 3);
    h[1] = make_small((SInt)(len * 8));
    h[2] = make_small((SInt)(base + off * 8));
    h[3] = bin;
    return make_boxed(h);
}

Term bif_slices_list(Process *p, unsigned xi, const size_t *offs, const size_t *lens, size_t n) {
    BIF_RESERVE(h, p, (BIF_SUB_WORDS + 2) * n);
    Term list = NIL;
    for (size_t i = n; i-- > 0;) {
        Term *cell = h + (BIF_SUB_WORDS + 2) * i;
        cell[0] = bif_make_sub(cell + 2, p->x[xi], offs[i], lens[i]);
        cell[1] = list;
        list = make_list(cell);
    }
    return list;
}

/* ---- UTF-8 ---- */

/* True when s[0..n) is a valid but truncated prefix of a UTF-8 sequence. */
bool bif_utf8_incomplete(const uint8_t *s, size_t n) {
    if (n == 0) return false;
    uint8_t c = s[0];
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || n >= len) return false;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return false;
    return true;
}
