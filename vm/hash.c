/* hash.c — Erlang's internal term hash (see hash.h). The mixing step is Bob
 * Jenkins' lookup2 (public domain), as in BEAM; each kind of term feeds it
 * the words BEAM feeds, tagged with the same multiples of lookup2's golden
 * ratio, so that the values agree. A term is walked with an explicit stack:
 * tuple elements, list heads and map pairs in order, a list's tail last. */
#include <stdlib.h>
#include <string.h>
#include "hash.h"
#include "binary.h"
#include "map.h"
#include "module.h"

#define GOLDEN 0x9e3779b9u
#define TAG(n) ((uint32_t)(n) * GOLDEN)   /* BEAM's kind tags */
#define SEED 3432918353u                  /* BEAM's starting value */

/* A mark on the walk stack (never a term): the tail that ends a list,
 * [] included, follows. */
#define WALK_TAIL THE_NON_VALUE

/* lookup2's mix of three words; the result is c. */
static inline void mix3(uint32_t *pa, uint32_t *pb, uint32_t *pc) {
    uint32_t a = *pa, b = *pb, c = *pc;
    a -= b; a -= c; a ^= c >> 13;
    b -= c; b -= a; b ^= a << 8;
    c -= a; c -= b; c ^= b >> 13;
    a -= b; a -= c; a ^= c >> 12;
    b -= c; b -= a; b ^= a << 16;
    c -= a; c -= b; c ^= b >> 5;
    a -= b; a -= c; a ^= c >> 3;
    b -= c; b -= a; b ^= a << 10;
    c -= a; c -= b; c ^= b >> 15;
    *pa = a; *pb = b; *pc = c;
}

/* Two 32-bit words under a kind tag. */
static inline uint32_t mix2(uint32_t h, uint32_t x, uint32_t y, uint32_t tag) {
    uint32_t a = tag + x, b = tag + y;
    mix3(&a, &b, &h);
    return h;
}

static inline uint32_t mix_word(uint32_t h, uint64_t w, uint32_t tag) {
    return mix2(h, (uint32_t)w, (uint32_t)(w >> 32), tag);
}

/* A light stir for a bare tag: the cons cell around a list element. */
static inline uint32_t stir(uint32_t h, uint32_t tag) {
    h ^= tag;
    return (h << 17) ^ (h >> 15);
}

static inline uint32_t le32(const uint8_t *k) {
    return k[0] | (uint32_t)k[1] << 8 | (uint32_t)k[2] << 16 | (uint32_t)k[3] << 24;
}

/* lookup2's hash of a byte block, continuing from c: twelve bytes a round,
 * then the length and the last bytes (c's low byte is the length's). */
static uint32_t hash_block(const uint8_t *k, size_t len, uint32_t c) {
    uint32_t a = GOLDEN, b = GOLDEN;
    size_t left = len;
    for (; left >= 12; k += 12, left -= 12) {
        a += le32(k);
        b += le32(k + 4);
        c += le32(k + 8);
        mix3(&a, &b, &c);
    }
    c += (uint32_t)len;
    uint8_t tail[12] = {0};
    memcpy(tail, k, left);
    a += le32(tail);
    b += le32(tail + 4);
    c += le32(tail + 8) << 8;
    mix3(&a, &b, &c);
    return c;
}

typedef struct { Term *items, local[32]; size_t n, cap; bool full; } Walk;

static void walk_push(Walk *w, Term t) {
    if (w->n == w->cap) {
        Term *s = w->full ? NULL : malloc(2 * w->cap * sizeof(Term));
        if (!s) {   /* out of memory: hash the rest as if it were absent */
            w->full = true;
            return;
        }
        memcpy(s, w->items, w->n * sizeof(Term));
        if (w->items != w->local) free(w->items);
        w->items = s;
        w->cap *= 2;
    }
    w->items[w->n++] = t;
}

static uint32_t hash_binary(uint32_t h, Term t) {
    BinView v = bin_view(t);
    size_t n = v.bits / 8;
    unsigned rest = (unsigned)(v.bits % 8);
    h += TAG(13);
    if (!v.bits) return h;
    uint8_t local[64], *buf = NULL;
    const uint8_t *bytes = v.bytes;
    if (v.bit_offset) {
        size_t len = n + (rest != 0);
        buf = len <= sizeof local ? local : malloc(len);
        if (!buf) return h;
        bin_copy_bits(buf, 0, v.bytes, v.bit_offset, v.bits);
        bytes = buf;
    }
    h = hash_block(bytes, n, h);
    if (rest) h = mix2(h, rest, bytes[n] >> (8 - rest), TAG(15));
    if (buf && buf != local) free(buf);
    return h;
}

/* A run of small integers 0..255 at the head of a list, four to a word; the
 * first cell that is not such a run's, or the list's tail. */
static Term hash_bytes(uint32_t *h, Term t) {
    uint32_t word = 0, count = 0;
    while (is_cons(t) && is_small(CAR(t)) && (uint64_t)small_val(CAR(t)) <= 255) {
        word = word << 8 | (uint32_t)small_val(CAR(t));
        if (++count == 4) {
            *h = mix2(*h, word, 0, TAG(4));
            word = count = 0;
        }
        t = CDR(t);
    }
    if (count) *h = mix2(*h, word, count, TAG(22));
    return t;
}

/* Pushes a map's pairs so that they pop in order: size, then k1, v1, k2... */
static uint32_t hash_map(uint32_t h, Term m, Walk *w) {
    size_t n = map_size(m), base = w->n;
    h = mix2(h, (uint32_t)n, 0, TAG(16));
    MapIter it;
    Term k, v;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) {
        walk_push(w, k);
        walk_push(w, v);
    }
    /* reversed, so that k1 pops first */
    for (size_t i = base, j = w->n; i + 1 < j; i++, j--) {
        Term x = w->items[i];
        w->items[i] = w->items[j - 1];
        w->items[j - 1] = x;
    }
    return h;
}

static uint32_t hash_boxed(uint32_t h, Term t, Walk *w) {
    const Term *o = boxed_ptr(t);
    size_t size = header_size(o[0]);
    switch (header_kind(o[0])) {
    case KIND_TUPLE:
        h = mix2(h, (uint32_t)size, 0, TAG(9));
        for (size_t i = size; i > 0; i--) walk_push(w, o[i]);
        return h;
    case KIND_MAP:
    case KIND_HAMT:
        return hash_map(h, t, w);
    case KIND_FLOAT: {
        double d = float_val(t);
        uint64_t bits;
        if (d == 0) d = 0.0;   /* -0.0 =:= 0.0 */
        memcpy(&bits, &d, sizeof bits);
        return mix_word(h, bits, TAG(12));
    }
    case KIND_POS_BIG:
    case KIND_NEG_BIG: {
        uint32_t tag = header_kind(o[0]) == KIND_NEG_BIG ? TAG(10) : TAG(11);
        for (size_t i = 1; i <= size; i++) h = mix_word(h, o[i], tag);
        return h;
    }
    case KIND_HEAP_BIN:
    case KIND_REFC_BIN:
    case KIND_SUB_BIN:
        return hash_binary(h, t);
    case KIND_FUN: {
        const FunEntry *fe = (const FunEntry *)o[1];
        h = mix2(h, fe->nfree, (uint32_t)fe->module, TAG(20));
        h = mix2(h, fe->index, fe->uniq, TAG(21));
        for (size_t i = size; i > 1; i--) walk_push(w, o[i]);
        return h;
    }
    case KIND_EXPORT: {
        const Export *e = (const Export *)o[1];
        h = mix2(h, (uint32_t)e->module, (uint32_t)e->name, TAG(14));
        return mix2(h, e->arity, 0, TAG(14));
    }
    default:   /* references: their id words */
        for (size_t i = 1; i <= size; i++) h = mix_word(h, o[i], TAG(7));
        return h;
    }
}

uint32_t hash_internal(Term t) {
    uint32_t h = SEED;
    if (is_immed(t)) return mix_word(h, t, GOLDEN);
    Walk w = {.n = 0, .cap = 32};
    w.items = w.local;
    for (;;) {
        if (is_cons(t)) {
            t = hash_bytes(&h, t);
            if (is_cons(t)) {
                h = stir(h, TAG(17));
                walk_push(&w, CDR(t));
                if (!is_cons(CDR(t))) walk_push(&w, WALK_TAIL);
                t = CAR(t);
            }
            continue;
        }
        h = is_immed(t) ? mix_word(h, t, GOLDEN) : hash_boxed(h, t, &w);
        for (;;) {
            if (!w.n) {
                if (w.items != w.local) free(w.items);
                return h;
            }
            t = w.items[--w.n];
            if (t != WALK_TAIL) break;
            h = stir(h, TAG(18));
        }
    }
}
