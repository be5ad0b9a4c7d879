/* map.c — immutable maps: flat sorted maps up to MAP_FLAT_MAX keys and a
 * hash array mapped trie above (layouts in map.h). Updates copy the path
 * from the root to the changed slot; everything else is shared. Each update
 * first measures the words it may need, reserves them (the only point that
 * may collect), then builds without further checks. */
#include <stdlib.h>
#include "map.h"
#include "gc.h"
#include "atom.h"
#include "compare.h"
#include "hash.h"

#define HAMT_COLLISION (-1)
#define HAMT_MAX_DEPTH 13     /* nodes at this depth are collision nodes */

static Term oom(Process *p) { return proc_raise(p, AM(error), AM(system_limit)); }

static inline bool key_eq(Term a, Term b) {
    return a == b || (!is_immed(a) && !is_immed(b) && term_exact(a, b));
}

/* ---- node access ---- */

/* Index of the bitmap word: the root keeps its size before it. */
static inline unsigned bm_at(bool root) { return root ? 2 : 1; }
static inline size_t nslots(const Term *o, unsigned b) { return header_size(o[0]) - b; }
/* Digits come from the top of the trie key, so that slot order is key order;
 * the 13th takes the last 4 bits. */
static inline unsigned slot_index(uint64_t h, unsigned depth) {
    return (unsigned)(depth < 12 ? h >> (59 - 5 * depth) : h << 1) & 31;
}

/* The trie key: BEAM's hash with its 4-bit digits reversed and complemented
 * on top, so that ascending keys walk BEAM's trie from its highest digit
 * down, as maps:to_list does. The low half, vial's own hash, parts keys whose
 * BEAM hashes collide. */
static inline uint64_t trie_key(Term key) {
    uint32_t h = __builtin_bswap32(hash_internal(key));
    h = (h & 0x0F0F0F0Fu) << 4 | (h >> 4 & 0x0F0F0F0Fu);
    return (uint64_t)~h << 32 | (uint32_t)term_hash(key);
}

/* Slots before bit in bitmap bm. By hand: without -mpopcnt the builtin is
 * a libgcc call, and this runs on every level of every lookup. */
static inline size_t slot_pos(uint32_t bm, uint32_t bit) {
    uint32_t x = bm & (bit - 1);
    x -= (x >> 1) & 0x55555555u;
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    return (((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
}

size_t map_size(Term map) {
    const Term *o = boxed_ptr(map);
    if (header_kind(o[0]) == KIND_MAP) return header_size(o[0]) - 1;
    return (size_t)small_val(o[1]);
}

/* ---- lookup ---- */

static Term flat_get(const Term *o, Term key) {
    size_t n = header_size(o[0]) - 1;
    const Term *keys = tuple_elems(o[1]);
    if (is_immed(key)) {
        for (size_t i = 0; i < n; i++) if (keys[i] == key) return o[2 + i];
        return THE_NON_VALUE;
    }
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = term_compare_exact(keys[mid], key);
        if (c == 0) return o[2 + mid];
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return THE_NON_VALUE;
}

static Term hamt_get(const Term *o, Term key) {
    uint64_t h = trie_key(key);
    unsigned b = 2;
    for (unsigned depth = 0;; depth++) {
        SInt bm = small_val(o[b]);
        const Term *slots = o + b + 1;
        if (bm == HAMT_COLLISION) {
            for (size_t i = 0; i < nslots(o, b); i++)
                if (key_eq(CAR(slots[i]), key)) return CDR(slots[i]);
            return THE_NON_VALUE;
        }
        uint32_t bit = (uint32_t)1 << slot_index(h, depth);
        if (!((uint32_t)bm & bit)) return THE_NON_VALUE;
        Term s = slots[slot_pos((uint32_t)bm, bit)];
        if (is_cons(s)) return key_eq(CAR(s), key) ? CDR(s) : THE_NON_VALUE;
        o = boxed_ptr(s);
        b = 1;
    }
}

Term map_get(Term map, Term key) {
    const Term *o = boxed_ptr(map);
    return header_kind(o[0]) == KIND_MAP ? flat_get(o, key) : hamt_get(o, key);
}

/* ---- flat maps ---- */

/* Position of key in the sorted keys, or -1 with *at the insertion point. */
static ptrdiff_t flat_find(const Term *o, Term key, size_t *at) {
    size_t lo = 0, hi = header_size(o[0]) - 1;
    const Term *keys = tuple_elems(o[1]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = term_compare_exact(keys[mid], key);
        if (c == 0) return (ptrdiff_t)mid;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    *at = lo;
    return -1;
}

/* A flat map from n sorted, distinct pairs kv[2i], kv[2i+1] (protected by
 * the caller: kv is re-read after the reservation). */
/* Writes the flat map of n sorted pairs into 2n + 3 words at h: the keys
 * tuple, then the map. */
static Term write_flat(Term *h, const Term *kv, size_t n) {
    h[0] = make_header(KIND_TUPLE, n);
    Term *m = h + n + 1;
    m[0] = make_header(KIND_MAP, n + 1);
    m[1] = make_boxed(h);
    for (size_t i = 0; i < n; i++) {
        h[1 + i] = kv[2 * i];
        m[2 + i] = kv[2 * i + 1];
    }
    return make_boxed(m);
}

static Term flat_from_sorted(Process *p, const Term *kv, size_t n) {
    Term *h = heap_reserve(p, 2 * n + 3);
    if (!h) return oom(p);
    return write_flat(h, kv, n);
}

static Term hamt_from_pairs(Process *p, Term *kv, size_t n);
static Term *heap_alloc_cb(void *ctx, size_t words);

/* r[0] map, r[1] key, r[2] value: all protected. */
static Term flat_put(Process *p, Term *r) {
    const Term *o = boxed_ptr(r[0]);
    size_t n = header_size(o[0]) - 1, at = 0;
    ptrdiff_t i = flat_find(o, r[1], &at);
    if (i >= 0) {
        if (o[2 + i] == r[2]) return r[0];
        Term *h = heap_reserve(p, n + 2);
        if (!h) return oom(p);
        o = boxed_ptr(r[0]);
        memcpy(h, o, (n + 2) * sizeof(Term));
        h[2 + i] = r[2];
        return make_boxed(h);
    }
    if (n == MAP_FLAT_MAX) {
        Term kv[2 * MAP_FLAT_MAX + 2];
        for (size_t k = 0; k < n; k++) {
            kv[2 * k] = TUPLE_ELEM(o[1], k);
            kv[2 * k + 1] = o[2 + k];
        }
        kv[2 * n] = r[1];
        kv[2 * n + 1] = r[2];
        return hamt_from_pairs(p, kv, n + 1);
    }
    Term *h = heap_reserve(p, 2 * n + 5);
    if (!h) return oom(p);
    o = boxed_ptr(r[0]);
    const Term *keys = tuple_elems(o[1]);
    Term *m = h + n + 2;
    h[0] = make_header(KIND_TUPLE, n + 1);
    m[0] = make_header(KIND_MAP, n + 2);
    m[1] = make_boxed(h);
    memcpy(h + 1, keys, at * sizeof(Term));
    memcpy(m + 2, o + 2, at * sizeof(Term));
    h[1 + at] = r[1];
    m[2 + at] = r[2];
    memcpy(h + 2 + at, keys + at, (n - at) * sizeof(Term));
    memcpy(m + 3 + at, o + 2 + at, (n - at) * sizeof(Term));
    return make_boxed(m);
}

static Term flat_remove(Process *p, Term *r) {
    const Term *o = boxed_ptr(r[0]);
    size_t n = header_size(o[0]) - 1, at;
    ptrdiff_t i = flat_find(o, r[1], &at);
    if (i < 0) return r[0];
    Term *h = heap_reserve(p, 2 * n + 1);
    if (!h) return oom(p);
    o = boxed_ptr(r[0]);
    const Term *keys = tuple_elems(o[1]);
    Term *m = h + n;
    h[0] = make_header(KIND_TUPLE, n - 1);
    m[0] = make_header(KIND_MAP, n);
    m[1] = make_boxed(h);
    memcpy(h + 1, keys, (size_t)i * sizeof(Term));
    memcpy(m + 2, o + 2, (size_t)i * sizeof(Term));
    memcpy(h + 1 + i, keys + i + 1, (n - (size_t)i - 1) * sizeof(Term));
    memcpy(m + 2 + i, o + 3 + i, (n - (size_t)i - 1) * sizeof(Term));
    return make_boxed(m);
}

/* ---- HAMT insertion ---- */

typedef struct { Process *p; Term key, val; uint64_t h; bool added; } Ins;

/* Words along the trie path of hash h: each node's size plus `extra`. */
static size_t path_words(const Term *o, uint64_t h, size_t extra) {
    size_t words = 0;
    unsigned b = 2;
    for (unsigned depth = 0;; depth++) {
        words += header_size(o[0]) + extra;
        SInt bm = small_val(o[b]);
        if (bm == HAMT_COLLISION) break;
        uint32_t bit = (uint32_t)1 << slot_index(h, depth);
        if (!((uint32_t)bm & bit)) break;
        Term s = o[b + 1 + slot_pos((uint32_t)bm, bit)];
        if (is_cons(s)) break;
        o = boxed_ptr(s);
        b = 1;
    }
    return words;
}

/* Upper bound of the words an insertion of a key with hash h allocates. */
static size_t put_bound(const Term *o, uint64_t h) {
    return path_words(o, h, 2) + 2 + 3 * (HAMT_MAX_DEPTH + 1) + 4;
}

static Term new_leaf(Process *p, Term k, Term v) {
    Term *c = heap_alloc(p, 2);
    c[0] = k;
    c[1] = v;
    return make_list(c);
}

/* A node at depth holding two leaves with hashes h1, h2. */
static Term pair_node(Process *p, unsigned depth, Term l1, uint64_t h1, Term l2, uint64_t h2) {
    if (depth >= HAMT_MAX_DEPTH) {
        Term *n = heap_alloc(p, 4);
        n[0] = make_header(KIND_HAMT, 3);
        n[1] = make_small(HAMT_COLLISION);
        n[2] = l1;
        n[3] = l2;
        return make_boxed(n);
    }
    unsigned i1 = slot_index(h1, depth), i2 = slot_index(h2, depth);
    if (i1 == i2) {
        Term child = pair_node(p, depth + 1, l1, h1, l2, h2);
        Term *n = heap_alloc(p, 3);
        n[0] = make_header(KIND_HAMT, 2);
        n[1] = make_small((SInt)1 << i1);
        n[2] = child;
        return make_boxed(n);
    }
    Term *n = heap_alloc(p, 4);
    n[0] = make_header(KIND_HAMT, 3);
    n[1] = make_small(((SInt)1 << i1) | ((SInt)1 << i2));
    n[2] = i1 < i2 ? l1 : l2;
    n[3] = i1 < i2 ? l2 : l1;
    return make_boxed(n);
}

/* A copy of node o with `extra` more slots (0 or 1); returns the copy. */
static Term *copy_node(Process *p, const Term *o, size_t extra) {
    size_t n = header_size(o[0]) + 1;
    Term *c = heap_alloc(p, n + extra);
    memcpy(c, o, n * sizeof(Term));
    c[0] = make_header(KIND_HAMT, n - 1 + extra);
    return c;
}

/* The node replacing o after inserting; THE_NON_VALUE if nothing changes. */
static Term ins_node(Ins *c, const Term *o, unsigned b, unsigned depth) {
    Process *p = c->p;
    SInt bm = small_val(o[b]);
    size_t n = nslots(o, b);
    if (bm == HAMT_COLLISION) {
        for (size_t i = 0; i < n; i++) {
            Term s = o[b + 1 + i];
            if (!key_eq(CAR(s), c->key)) continue;
            if (CDR(s) == c->val) return THE_NON_VALUE;
            Term *cp = copy_node(p, o, 0);
            cp[b + 1 + i] = new_leaf(p, c->key, c->val);
            return make_boxed(cp);
        }
        Term *cp = copy_node(p, o, 1);
        cp[b + 1 + n] = new_leaf(p, c->key, c->val);
        c->added = true;
        return make_boxed(cp);
    }
    unsigned idx = slot_index(c->h, depth);
    uint32_t bit = (uint32_t)1 << idx;
    size_t pos = slot_pos((uint32_t)bm, bit);
    if (!((uint32_t)bm & bit)) {
        Term *cp = copy_node(p, o, 1);
        memmove(cp + b + 2 + pos, cp + b + 1 + pos, (n - pos) * sizeof(Term));
        cp[b] = make_small(bm | (SInt)bit);
        cp[b + 1 + pos] = new_leaf(p, c->key, c->val);
        c->added = true;
        return make_boxed(cp);
    }
    Term s = o[b + 1 + pos], repl;
    if (is_cons(s)) {
        if (key_eq(CAR(s), c->key)) {
            if (CDR(s) == c->val) return THE_NON_VALUE;
            repl = new_leaf(p, c->key, c->val);
        } else {
            Term leaf = new_leaf(p, c->key, c->val);
            repl = pair_node(p, depth + 1, s, trie_key(CAR(s)), leaf, c->h);
            c->added = true;
        }
    } else {
        repl = ins_node(c, boxed_ptr(s), 1, depth + 1);
        if (repl == THE_NON_VALUE) return repl;
    }
    Term *cp = copy_node(p, o, 0);
    cp[b + 1 + pos] = repl;
    return make_boxed(cp);
}

/* r[0] map, r[1] key, r[2] value: all protected. */
static Term hamt_put(Process *p, Term *r) {
    uint64_t h = trie_key(r[1]);
    size_t need = put_bound(boxed_ptr(r[0]), h);
    if (!heap_reserve(p, need)) return oom(p);
    p->htop -= need;
    Term *start = p->htop;
    Ins c = {p, r[1], r[2], h, false};
    Term root = ins_node(&c, boxed_ptr(r[0]), 2, 0);
    if (root == THE_NON_VALUE) {
        p->htop = start;
        return r[0];
    }
    if (c.added) boxed_ptr(root)[1] = make_small(small_val(boxed_ptr(r[0])[1]) + 1);
    return root;
}

/* A HAMT from n > MAP_FLAT_MAX distinct pairs kv (protected here). */
static Term hamt_from_pairs(Process *p, Term *kv, size_t n) {
    GC_PROTECT(p, roots, kv, 2 * n);
    Term res = map_build(kv, n, false, heap_alloc_cb, p);
    GC_UNPROTECT(p, roots);
    return res != THE_NON_VALUE ? res : oom(p);
}

Term map_put(Process *p, Term map, Term key, Term value) {
    Term r[3] = {map, key, value};
    GC_PROTECT(p, roots, r, 3);
    Term res = boxed_kind(map) == KIND_MAP ? flat_put(p, r) : hamt_put(p, r);
    GC_UNPROTECT(p, roots);
    return res;
}

/* ---- HAMT removal ---- */


/* The term replacing node o once key (known present) is gone: a node, or a
 * single leaf that the parent stores in place of a one-leaf inner node. */
static Term rem_node(Process *p, const Term *o, unsigned b, unsigned depth, Term key, uint64_t h) {
    SInt bm = small_val(o[b]);
    size_t n = nslots(o, b), pos = 0;
    Term repl = THE_NON_VALUE;   /* THE_NON_VALUE: the slot goes away */
    if (bm == HAMT_COLLISION) {
        while (!key_eq(CAR(o[b + 1 + pos]), key)) pos++;
    } else {
        uint32_t bit = (uint32_t)1 << slot_index(h, depth);
        pos = slot_pos((uint32_t)bm, bit);
        Term s = o[b + 1 + pos];
        if (!is_cons(s)) repl = rem_node(p, boxed_ptr(s), 1, depth + 1, key, h);
        if (repl == THE_NON_VALUE) bm &= ~(SInt)bit;
    }
    if (b == 1 && repl == THE_NON_VALUE && n == 2) {
        Term other = o[b + 1 + (pos ^ 1)];
        if (is_cons(other)) return other;   /* collapse into the parent */
    }
    if (b == 1 && n == 1 && is_cons(repl)) return repl;
    Term *cp = copy_node(p, o, 0);
    if (repl != THE_NON_VALUE) {
        cp[b + 1 + pos] = repl;
        return make_boxed(cp);
    }
    memmove(cp + b + 1 + pos, cp + b + 2 + pos, (n - pos - 1) * sizeof(Term));
    cp[0] = make_header(KIND_HAMT, header_size(o[0]) - 1);
    p->htop--;
    if (bm != HAMT_COLLISION) cp[b] = make_small(bm);
    return make_boxed(cp);
}

static Term hamt_remove(Process *p, Term *r) {
    if (hamt_get(boxed_ptr(r[0]), r[1]) == THE_NON_VALUE) return r[0];
    size_t n = map_size(r[0]);
    if (n == MAP_FLAT_MAX + 1) {
        Term kv[2 * MAP_FLAT_MAX + 2], k, v;
        size_t m = 0;
        MapIter it;
        map_iter_init(&it, r[0]);
        while (map_iter_next(&it, &k, &v))
            if (!key_eq(k, r[1])) { kv[2 * m] = k; kv[2 * m + 1] = v; m++; }
        return map_new_from_pairs(p, kv, m);
    }
    uint64_t h = trie_key(r[1]);
    size_t need = path_words(boxed_ptr(r[0]), h, 1);
    if (!heap_reserve(p, need)) return oom(p);
    p->htop -= need;
    Term root = rem_node(p, boxed_ptr(r[0]), 2, 0, r[1], h);
    boxed_ptr(root)[1] = make_small((SInt)n - 1);
    return root;
}

Term map_remove(Process *p, Term map, Term key) {
    Term r[2] = {map, key};
    GC_PROTECT(p, roots, r, 2);
    Term res = boxed_kind(map) == KIND_MAP ? flat_remove(p, r) : hamt_remove(p, r);
    GC_UNPROTECT(p, roots);
    return res;
}

/* ---- building ---- */

static Term *heap_alloc_cb(void *ctx, size_t words) { return heap_reserve(ctx, words); }

/* Sorts n pairs by key (stable), keeping the last of equal keys; returns the
 * new count. n is at most MAP_FLAT_MAX. */
static size_t sort_pairs(Term *kv, size_t n) {
    for (size_t i = 1; i < n; i++) {
        Term k = kv[2 * i], v = kv[2 * i + 1];
        size_t j = i;
        while (j > 0 && term_compare_exact(kv[2 * (j - 1)], k) > 0) {
            kv[2 * j] = kv[2 * (j - 1)];
            kv[2 * j + 1] = kv[2 * (j - 1) + 1];
            j--;
        }
        kv[2 * j] = k;
        kv[2 * j + 1] = v;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && key_eq(kv[2 * (m - 1)], kv[2 * i])) m--;
        kv[2 * m] = kv[2 * i];
        kv[2 * m + 1] = kv[2 * i + 1];
        m++;
    }
    return m;
}

Term map_new_from_pairs(Process *p, const Term *pairs, size_t npairs) {
    if (npairs <= MAP_FLAT_MAX) {
        Term kv[2 * MAP_FLAT_MAX];
        if (npairs) memcpy(kv, pairs, 2 * npairs * sizeof(Term));
        size_t n = sort_pairs(kv, npairs);
        GC_PROTECT(p, roots, kv, 2 * n);
        Term res = flat_from_sorted(p, kv, n);
        GC_UNPROTECT(p, roots);
        return res;
    }
    Term *kv = malloc(2 * npairs * sizeof(Term));
    if (!kv) return oom(p);
    memcpy(kv, pairs, 2 * npairs * sizeof(Term));
    GC_PROTECT(p, roots, kv, 2 * npairs);
    Term res = map_build(kv, npairs, false, heap_alloc_cb, p);
    GC_UNPROTECT(p, roots);
    free(kv);
    return res != THE_NON_VALUE ? res : oom(p);
}

Term map_from_keys(Process *p, Term keys, const Term *values) {
    size_t n = tuple_arity(keys);
    Term r[MAP_FLAT_MAX + 1];
    if (n > MAP_FLAT_MAX) return oom(p);
    r[0] = keys;
    memcpy(r + 1, values, n * sizeof(Term));
    GC_PROTECT(p, roots, r, n + 1);
    Term *m = heap_reserve(p, n + 2);
    GC_UNPROTECT(p, roots);
    if (!m) return oom(p);
    m[0] = make_header(KIND_MAP, n + 1);
    memcpy(m + 1, r, (n + 1) * sizeof(Term));
    return make_boxed(m);
}

/* Merging two flat maps whose union stays flat: one sorted merge. */
static Term merge_flat(Process *p, Term *r) {
    const Term *a = boxed_ptr(r[0]), *b = boxed_ptr(r[1]);
    size_t na = header_size(a[0]) - 1, nb = header_size(b[0]) - 1, i = 0, j = 0, n = 0;
    Term kv[4 * MAP_FLAT_MAX];
    const Term *ka = tuple_elems(a[1]), *kb = tuple_elems(b[1]);
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : term_compare_exact(ka[i], kb[j]);
        if (c < 0) { kv[2 * n] = ka[i]; kv[2 * n + 1] = a[2 + i]; i++; }
        else { kv[2 * n] = kb[j]; kv[2 * n + 1] = b[2 + j]; j++; if (c == 0) i++; }
        n++;
    }
    if (n > MAP_FLAT_MAX) return hamt_from_pairs(p, kv, n);
    GC_PROTECT(p, roots, kv, 2 * n);
    Term res = flat_from_sorted(p, kv, n);
    GC_UNPROTECT(p, roots);
    return res;
}

Term map_merge(Process *p, Term a, Term b) {
    Term r[2] = {a, b};
    if (map_size(b) == 0) return a;
    if (map_size(a) == 0) return b;
    GC_PROTECT(p, roots, r, 2);
    Term res;
    if (boxed_kind(a) == KIND_MAP && boxed_kind(b) == KIND_MAP) {
        res = merge_flat(p, r);
        GC_UNPROTECT(p, roots);
        return res;
    }
    /* put the smaller map's pairs into the larger one; pairs of a only
     * where b has no such key, so b's values win */
    bool into_b = map_size(a) < map_size(b);
    Term small = into_b ? a : b;
    size_t n = map_size(small), m = 0;
    Term *kv = malloc(2 * n * sizeof(Term) + 1), k, v;
    if (!kv) {
        GC_UNPROTECT(p, roots);
        return oom(p);
    }
    MapIter it;
    map_iter_init(&it, small);
    while (map_iter_next(&it, &k, &v))
        if (!into_b || map_get(b, k) == THE_NON_VALUE) { kv[2 * m] = k; kv[2 * m + 1] = v; m++; }
    GcRoots all = {p->roots, kv, 2 * m};
    p->roots = &all;
    res = into_b ? r[1] : r[0];
    for (size_t i = 0; i < m && res != THE_NON_VALUE; i++) res = map_put(p, res, kv[2 * i], kv[2 * i + 1]);
    p->roots = all.next;
    GC_UNPROTECT(p, roots);
    free(kv);
    return res;
}

/* ---- building in one go ---- */

typedef struct { uint64_t h; size_t i; } Leaf;   /* hash, index of the pair */

/* Trie order is key order; equal keys keep their input order, so the last
 * of equal keys is found last. */
static int cmp_leaf(const void *x, const void *y) {
    const Leaf *a = x, *b = y;
    if (a->h != b->h) return a->h < b->h ? -1 : 1;
    return (a->i > b->i) - (a->i < b->i);
}

/* Words of the subtrie of leaves [lo, hi) at depth (leaves themselves excluded). */
static size_t trie_words(const Leaf *l, size_t lo, size_t hi, unsigned depth) {
    if (depth >= HAMT_MAX_DEPTH) return 2 + (hi - lo);
    size_t words = 2;
    for (size_t i = lo; i < hi; ) {
        size_t j = i + 1;
        unsigned d = slot_index(l[i].h, depth);
        while (j < hi && slot_index(l[j].h, depth) == d) j++;
        words += 1 + (j - i > 1 ? trie_words(l, i, j, depth + 1) : 0);
        i = j;
    }
    return words;
}

static Term build_trie(const Leaf *l, size_t lo, size_t hi, unsigned depth, Term *kv, Term **h, bool root) {
    Term *node = *h;
    unsigned b = bm_at(root);
    size_t n = 0;
    Term *slots = node + b + 1;
    if (depth >= HAMT_MAX_DEPTH) {
        *h += b + 1 + (hi - lo);
        for (size_t i = lo; i < hi; i++) {
            Term *c = *h;
            *h += 2;
            c[0] = kv[2 * l[i].i];
            c[1] = kv[2 * l[i].i + 1];
            slots[n++] = make_list(c);
        }
        node[b] = make_small(HAMT_COLLISION);
    } else {
        SInt bm = 0;
        for (size_t i = lo; i < hi; ) {
            size_t j = i + 1;
            unsigned d = slot_index(l[i].h, depth);
            while (j < hi && slot_index(l[j].h, depth) == d) j++;
            bm |= (SInt)1 << d;
            n++;
            i = j;
        }
        *h += b + 1 + n;
        node[b] = make_small(bm);
        n = 0;
        for (size_t i = lo; i < hi; ) {
            size_t j = i + 1;
            unsigned d = slot_index(l[i].h, depth);
            while (j < hi && slot_index(l[j].h, depth) == d) j++;
            if (j - i == 1) {
                Term *c = *h;
                *h += 2;
                c[0] = kv[2 * l[i].i];
                c[1] = kv[2 * l[i].i + 1];
                slots[n++] = make_list(c);
            } else {
                slots[n++] = build_trie(l, i, j, depth + 1, kv, h, false);
            }
            i = j;
        }
    }
    node[0] = make_header(KIND_HAMT, b + n);
    return make_boxed(node);
}

/* Drops all but the last of equal keys (they are adjacent among equal
 * hashes); returns the new count, or SIZE_MAX with dups_fail and a dup. */
static size_t dedup_leaves(Leaf *l, size_t n, const Term *kv, bool dups_fail) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t j = m; j-- > 0 && l[j].h == l[i].h; )
            if (key_eq(kv[2 * l[j].i], kv[2 * l[i].i])) {
                if (dups_fail) return SIZE_MAX;
                l[j] = l[i];
                dup = true;
                break;
            }
        if (!dup) l[m++] = l[i];
    }
    return m;
}

static Term build_hamt(Term *kv, size_t n, bool dups_fail, MapAlloc alloc, void *ctx) {
    Leaf *l = malloc(n * sizeof *l);
    if (!l) return THE_NON_VALUE;
    for (size_t i = 0; i < n; i++) l[i] = (Leaf){trie_key(kv[2 * i]), i};
    qsort(l, n, sizeof *l, cmp_leaf);
    size_t m = dedup_leaves(l, n, kv, dups_fail);
    Term res = THE_NON_VALUE;
    if (m != SIZE_MAX && m <= MAP_FLAT_MAX) {
        /* duplicates brought it down to a flat map */
        Term small[2 * MAP_FLAT_MAX];
        for (size_t i = 0; i < m; i++) { small[2 * i] = kv[2 * l[i].i]; small[2 * i + 1] = kv[2 * l[i].i + 1]; }
        memcpy(kv, small, 2 * m * sizeof(Term));   /* kv stays the protected copy */
        free(l);
        return map_build(kv, m, dups_fail, alloc, ctx);
    }
    if (m != SIZE_MAX) {
        size_t words = trie_words(l, 0, m, 0) + 1 + 2 * m;
        Term *h = alloc(ctx, words);
        if (h) {
            res = build_trie(l, 0, m, 0, kv, &h, true);
            boxed_ptr(res)[1] = make_small((SInt)m);
        }
    }
    free(l);
    return res;
}

Term map_build(Term *kv, size_t n, bool dups_fail, MapAlloc alloc, void *ctx) {
    if (n > MAP_FLAT_MAX) return build_hamt(kv, n, dups_fail, alloc, ctx);
    Term s[2 * MAP_FLAT_MAX];
    memcpy(s, kv, 2 * n * sizeof(Term));
    size_t m = sort_pairs(s, n);
    if (m != n && dups_fail) return THE_NON_VALUE;
    Term *h = alloc(ctx, 2 * m + 3);
    if (!h) return THE_NON_VALUE;
    /* alloc may have collected: kv moved with its roots, s did not */
    memcpy(s, kv, 2 * n * sizeof(Term));
    sort_pairs(s, n);
    return write_flat(h, s, m);
}

/* ---- lists ---- */

enum { L_KEYS, L_VALUES, L_PAIRS };

static Term to_list(Process *p, Term map, int what) {
    size_t n = map_size(map), per = what == L_PAIRS ? 5 : 2;
    Term r[1] = {map};
    GC_PROTECT(p, roots, r, 1);
    Term *h = heap_reserve(p, n * per);
    GC_UNPROTECT(p, roots);
    if (!h) return oom(p);
    Term list = NIL, *prev = NULL, k, v;
    MapIter it;
    map_iter_init(&it, r[0]);
    while (map_iter_next(&it, &k, &v)) {
        Term x = what == L_KEYS ? k : v;
        if (what == L_PAIRS) {
            h[0] = make_header(KIND_TUPLE, 2);
            h[1] = k;
            h[2] = v;
            x = make_boxed(h);
            h += 3;
        }
        h[0] = x;
        h[1] = NIL;
        if (prev) prev[1] = make_list(h); else list = make_list(h);
        prev = h;
        h += 2;
    }
    return list;
}

Term map_keys(Process *p, Term map) { return to_list(p, map, L_KEYS); }
Term map_values(Process *p, Term map) { return to_list(p, map, L_VALUES); }
Term map_to_list(Process *p, Term map) { return to_list(p, map, L_PAIRS); }

/* ---- iteration ---- */

void map_iter_init(MapIter *it, Term map) {
    it->map = map;
    it->pos = 0;
    it->depth = 0;
    it->backward = false;
    if (boxed_kind(map) == KIND_HAMT) {
        it->stack[0] = map;
        it->idx[0] = 0;
        it->depth = 1;
    }
}

void map_iter_init_fold(MapIter *it, Term map) {
    map_iter_init(it, map);
    it->backward = boxed_kind(map) == KIND_HAMT;
}

int map_iter_next(MapIter *it, Term *key, Term *value) {
    const Term *o = boxed_ptr(it->map);
    if (header_kind(o[0]) == KIND_MAP) {
        if (it->pos >= header_size(o[0]) - 1) return 0;
        *key = TUPLE_ELEM(o[1], it->pos);
        *value = o[2 + it->pos];
        it->pos++;
        return 1;
    }
    while (it->depth > 0) {
        unsigned d = it->depth - 1, b = bm_at(d == 0);
        const Term *node = boxed_ptr(it->stack[d]);
        if (it->idx[d] >= nslots(node, b)) {
            it->depth--;
            continue;
        }
        size_t i = it->idx[d]++;
        Term s = node[b + 1 + (it->backward ? nslots(node, b) - 1 - i : i)];
        if (is_cons(s)) {
            *key = CAR(s);
            *value = CDR(s);
            return 1;
        }
        if (it->depth < 16) {
            it->stack[it->depth] = s;
            it->idx[it->depth] = 0;
            it->depth++;
        }
    }
    return 0;
}
