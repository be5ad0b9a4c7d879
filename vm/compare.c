/* compare.c — Erlang's term order, equality and hashing. Structures are
 * walked with an explicit stack of element ranges, so neither long lists nor
 * deep nesting can overflow the C stack. Numbers compare by exact value
 * (integers against floats included); in exact mode an integer sorts before
 * an equal float, which is the order of map keys. */
#include <math.h>
#include <stdlib.h>
#include "compare.h"
#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "map.h"

/* number < atom < reference < fun < port < pid < tuple < map < list < bitstring */
static int rank(Term t) {
    switch (term_primary(t)) {
    case TAG_LIST: return 8;
    case TAG_BOXED:
        switch (boxed_kind(t)) {
        case KIND_TUPLE: return 6;
        case KIND_FUN: case KIND_EXPORT: return 3;
        case KIND_MAP: case KIND_HAMT: return 7;
        case KIND_SUB_BIN: case KIND_REFC_BIN: case KIND_HEAP_BIN: return 9;
        case KIND_FLOAT: case KIND_POS_BIG: case KIND_NEG_BIG: return 0;
        case KIND_REF: return 2;
        default: return 10;
        }
    default:
        if (is_small(t)) return 0;
        if (is_atom(t)) return 1;
        if (is_pid(t)) return 5;
        if ((t & TAG_IMM1_MASK) == TAG_PORT) return 4;
        if (is_nil(t)) return 8;
        return 11;
    }
}

static int sign(int64_t c) { return (c > 0) - (c < 0); }

/* ---- numbers ---- */

/* An integer against a finite double, exactly. */
static int cmp_int_float(Term i, double d) {
    if (is_small(i) && small_val(i) >= -(SInt)9007199254740992 && small_val(i) <= (SInt)9007199254740992) {
        double x = (double)small_val(i);
        return (x > d) - (x < d);
    }
    /* |i| > 2^53: a double of smaller magnitude decides by the sign of i;
     * otherwise d is integral and compares exactly as an integer */
    bool ineg = is_small(i) ? small_val(i) < 0 : big_is_neg(i);
    if (d > -9007199254740992.0 && d < 9007199254740992.0) return ineg ? -1 : 1;
    uint64_t limbs[20] = {0};
    int exp;
    double m = frexp(d < 0 ? -d : d, &exp);
    if (exp > 1024) return d < 0 ? 1 : -1;
    uint64_t mant = (uint64_t)ldexp(m, 53);
    size_t s = (size_t)(exp - 53);
    limbs[s / 64] = mant << (s % 64);
    if (s % 64) limbs[s / 64 + 1] = mant >> (64 - s % 64);
    size_t n = s / 64 + 2;
    while (n > 0 && limbs[n - 1] == 0) n--;
    bool dneg = d < 0;
    if (ineg != dneg) return ineg ? -1 : 1;
    int c;
    if (is_small(i)) {
        uint64_t mag = small_val(i) < 0 ? 0 - (uint64_t)small_val(i) : (uint64_t)small_val(i);
        c = n > 1 ? -1 : (mag > limbs[0]) - (mag < limbs[0]);
    } else {
        size_t in = big_nlimbs(i);
        const uint64_t *il = big_limbs(i);
        if (in != n) c = in > n ? 1 : -1;
        else {
            c = 0;
            for (size_t k = n; k-- > 0 && !c; ) c = (il[k] > limbs[k]) - (il[k] < limbs[k]);
        }
    }
    return ineg ? -c : c;
}

static int cmp_num(Term a, Term b, bool exact) {
    bool af = is_float(a), bf = is_float(b);
    if (!af && !bf) return big_compare(a, b);
    if (af && bf) {
        double x = float_val(a), y = float_val(b);
        return (x > y) - (x < y);
    }
    /* map key order puts every integer before every float */
    if (exact) return af ? 1 : -1;
    return af ? -cmp_int_float(b, float_val(a)) : cmp_int_float(a, float_val(b));
}

/* ---- bitstrings ---- */

static uint8_t byte_at(BinView v, size_t i) {
    size_t off = v.bit_offset + 8 * i;
    unsigned sh = off & 7;
    const uint8_t *s = v.bytes + off / 8;
    if (!sh) return s[0];
    return (uint8_t)((s[0] << sh) | (s[1] >> (8 - sh)));
}

/* The top `n` (1..7) bits after whole byte i. */
static uint8_t bits_at(BinView v, size_t i, unsigned n) {
    size_t off = v.bit_offset + 8 * i;
    unsigned sh = off & 7;
    const uint8_t *s = v.bytes + off / 8;
    unsigned x = (unsigned)s[0] << sh;
    if (sh + n > 8) x |= s[1] >> (8 - sh);
    return (uint8_t)(x & (0xFF00u >> n));
}

static int cmp_bits(Term a, Term b) {
    BinView x = bin_view(a), y = bin_view(b);
    size_t n = (x.bits < y.bits ? x.bits : y.bits) / 8;
    if (!x.bit_offset && !y.bit_offset) {
        int c = n ? memcmp(x.bytes, y.bytes, n) : 0;
        if (c) return sign(c);
    } else {
        for (size_t i = 0; i < n; i++) {
            int c = byte_at(x, i) - byte_at(y, i);
            if (c) return sign(c);
        }
    }
    size_t rest = (x.bits < y.bits ? x.bits : y.bits) - 8 * n;
    if (rest) {
        int c = bits_at(x, n, (unsigned)rest) - bits_at(y, n, (unsigned)rest);
        if (c) return sign(c);
    }
    return (x.bits > y.bits) - (x.bits < y.bits);
}

static int cmp_atoms(Term a, Term b) {
    size_t la, lb;
    const char *sa = atom_text(a, &la), *sb = atom_text(b, &lb);
    int c = memcmp(sa, sb, la < lb ? la : lb);
    return c ? sign(c) : (la > lb) - (la < lb);
}

/* ---- the walk ---- */

/* Pending work: compare a[i] with b[i] for i < n. */
typedef struct { const Term *a, *b; size_t n; bool exact; } Range;

typedef struct {
    Range local[32], *items;
    size_t n, cap;
    void **owned;       /* arrays of sorted HAMT entries, freed at the end */
    size_t nowned;
    bool oom;
} Work;

static void push(Work *w, const Term *a, const Term *b, size_t n, bool exact) {
    if (!n) return;
    if (w->n == w->cap) {
        Range *r = malloc(2 * w->cap * sizeof *r);
        if (!r) { w->oom = true; return; }
        memcpy(r, w->items, w->n * sizeof *r);
        if (w->items != w->local) free(w->items);
        w->items = r;
        w->cap *= 2;
    }
    w->items[w->n++] = (Range){a, b, n, exact};
}

static int cmp_key_exact(const void *x, const void *y) {
    return term_compare_exact(((const Term *)x)[0], ((const Term *)y)[0]);
}

/* A large map's pairs sorted by key: keys then values, in one owned array. */
static Term *sorted_pairs(Work *w, Term map, size_t n) {
    Term *kv = malloc(2 * n * sizeof(Term)), *out = malloc(2 * n * sizeof(Term));
    void **o = realloc(w->owned, (w->nowned + 1) * sizeof *o);
    if (!kv || !out || !o) { free(kv); free(out); if (o) w->owned = o; w->oom = true; return NULL; }
    w->owned = o;
    MapIter it;
    map_iter_init(&it, map);
    for (size_t i = 0; i < n && map_iter_next(&it, &kv[2 * i], &kv[2 * i + 1]); i++) {}
    qsort(kv, n, 2 * sizeof(Term), cmp_key_exact);
    for (size_t i = 0; i < n; i++) { out[i] = kv[2 * i]; out[n + i] = kv[2 * i + 1]; }
    free(kv);
    w->owned[w->nowned++] = out;
    return out;
}

/* Maps: by size, then all keys (exact order), then the values in key order. */
static int cmp_maps(Work *w, Term a, Term b, bool exact) {
    size_t na = map_size(a), nb = map_size(b);
    if (na != nb) return na < nb ? -1 : 1;
    if (boxed_kind(a) == KIND_MAP && boxed_kind(b) == KIND_MAP) {
        const Term *x = boxed_ptr(a), *y = boxed_ptr(b);
        push(w, x + 2, y + 2, na, exact);
        if (x[1] != y[1]) push(w, tuple_elems(x[1]), tuple_elems(y[1]), na, true);
        return 0;
    }
    const Term *x = sorted_pairs(w, a, na), *y = sorted_pairs(w, b, nb);
    if (!x || !y) return 0;
    push(w, x + na, y + na, na, exact);
    push(w, x, y, na, true);
    return 0;
}

/* Compares one pair; pushes the elements of compound terms. */
static int step(Work *w, Term a, Term b, bool exact) {
    if (a == b) return 0;
    int ra = rank(a), rb = rank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    switch (ra) {
    case 0: return cmp_num(a, b, exact);
    case 1: return cmp_atoms(a, b);
    case 4: case 5: return (a > b) - (a < b);
    case 6: {
        size_t na = tuple_arity(a), nb = tuple_arity(b);
        if (na != nb) return na < nb ? -1 : 1;
        push(w, tuple_elems(a), tuple_elems(b), na, exact);
        return 0;
    }
    case 7: return cmp_maps(w, a, b, exact);
    case 8:
        if (is_nil(a) || is_nil(b)) return is_nil(a) ? -1 : 1;
        push(w, list_ptr(a), list_ptr(b), 2, exact);
        return 0;
    case 9: return cmp_bits(a, b);
    default: {
        /* references, funs, match states: kind, size, then the payload words */
        const Term *x = boxed_ptr(a), *y = boxed_ptr(b);
        if (boxed_kind(a) != boxed_kind(b)) return boxed_kind(a) < boxed_kind(b) ? -1 : 1;
        size_t na = header_size(x[0]), nb = header_size(y[0]);
        if (na != nb) return na < nb ? -1 : 1;
        if (boxed_kind(a) >= KIND_FIRST_RAW || boxed_kind(a) == KIND_EXPORT) {
            for (size_t i = 1; i <= na; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        }
        if (x[1] != y[1]) return x[1] < y[1] ? -1 : 1;
        push(w, x + 2, y + 2, na - 1, exact);
        return 0;
    }
    }
}

static int compare(Term a, Term b, bool exact) {
    Work w;
    w.items = w.local;
    w.n = 0;
    w.cap = 32;
    w.owned = NULL;
    w.nowned = 0;
    w.oom = false;
    int c = step(&w, a, b, exact);
    while (!c && w.n && !w.oom) {
        Range *r = &w.items[w.n - 1];
        const Term *x = r->a, *y = r->b;
        bool ex = r->exact;
        if (--r->n) { r->a++; r->b++; } else w.n--;
        c = step(&w, *x, *y, ex);
    }
    if (w.items != w.local) free(w.items);
    for (size_t i = 0; i < w.nowned; i++) free(w.owned[i]);
    free(w.owned);
    return c;
}

int term_compare(Term a, Term b) { return a == b ? 0 : compare(a, b, false); }
int term_compare_exact(Term a, Term b) { return a == b ? 0 : compare(a, b, true); }
bool term_equal(Term a, Term b) { return a == b || compare(a, b, false) == 0; }
bool term_exact(Term a, Term b) { return a == b || compare(a, b, true) == 0; }

/* ---- hashing ---- */

static inline uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

static inline uint64_t finalize(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

static uint64_t hash_bits(uint64_t h, Term t) {
    BinView v = bin_view(t);
    size_t n = v.bits / 8, i = 0;
    h = mix(h, v.bits);
    if (!v.bit_offset) {
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, v.bytes + i, 8);
            h = mix(h, w);
        }
    }
    uint64_t acc = 0;
    for (; i < n; i++) acc = acc << 8 | byte_at(v, i);
    if (v.bits % 8) acc = acc << 8 | bits_at(v, n, (unsigned)(v.bits % 8));
    return mix(h, acc);
}

static uint64_t hash_term(Term t, unsigned depth);

/* Order-independent, so any two layouts of the same pairs agree. */
static uint64_t hash_map(Term m, unsigned depth) {
    uint64_t sum = 0;
    if (depth > 100) return map_size(m);
    MapIter it;
    Term k, v;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) sum += finalize(hash_term(k, depth + 1) * 31 + hash_term(v, depth + 1));
    return mix(map_size(m), sum);
}

static uint64_t hash_term(Term t, unsigned depth) {
    Term local[32], *stack = local;
    size_t n = 0, cap = 32;
    uint64_t h = 0x2545f4914f6cdd1dull;
    for (;;) {
        if (is_cons(t)) {
            h = mix(h, 1);
            if (n == cap) {
                Term *s = malloc(2 * cap * sizeof(Term));
                if (!s) break;
                memcpy(s, stack, n * sizeof(Term));
                if (stack != local) free(stack);
                stack = s;
                cap *= 2;
            }
            stack[n++] = CDR(t);
            t = CAR(t);
            continue;
        }
        if (!is_boxed(t)) {
            h = mix(h, t);
        } else {
            const Term *o = boxed_ptr(t);
            unsigned k = header_kind(o[0]);
            if (k == KIND_TUPLE && header_size(o[0]) > 0) {
                h = mix(h, o[0]);
                size_t a = header_size(o[0]);
                /* the last element continues the loop; the others recurse
                 * only through this function's bounded depth */
                for (size_t i = 0; i + 1 < a; i++) h = mix(h, depth < 200 ? hash_term(o[1 + i], depth + 1) : 0);
                t = o[a];
                continue;
            } else if (k == KIND_MAP || k == KIND_HAMT) {
                h = mix(h, hash_map(t, depth));
            } else if (k == KIND_FLOAT) {
                double d = float_val(t);
                if (d == 0) d = 0.0;   /* 0.0 === -0.0 */
                uint64_t bits;
                memcpy(&bits, &d, 8);
                h = mix(mix(h, 8), bits);
            } else if (k == KIND_HEAP_BIN || k == KIND_REFC_BIN || k == KIND_SUB_BIN) {
                h = hash_bits(mix(h, 11), t);
            } else if (k >= KIND_FIRST_RAW || k == KIND_EXPORT) {
                for (size_t i = 0; i <= header_size(o[0]); i++) h = mix(h, o[i]);
            } else {
                h = mix(mix(h, o[0]), o[1]);
                for (size_t i = 2; i <= header_size(o[0]); i++)
                    h = mix(h, depth < 200 ? hash_term(o[i], depth + 1) : 0);
            }
        }
        if (!n) break;
        t = stack[--n];
    }
    if (stack != local) free(stack);
    return h;
}

uint64_t term_hash(Term t) {
    if (is_immed(t)) return finalize(t);
    return finalize(hash_term(t, 0));
}
