/* test_gc.c — the collector: random structures (lists, tuples, maps,
 * floats, bignums, heap/refc/sub binaries) survive collections unchanged,
 * checked against an ETF snapshot taken before; shared subterms stay
 * shared; the stack keeps its layout; dead off-heap binaries are released. */
#include <stdlib.h>
#include "unit.h"
#include "helpers.h"
#include "binary.h"
#include "bignum.h"
#include "compare.h"
#include "etf.h"
#include "map.h"
#include "atom.h"

/* A random term of roughly `budget` nodes; may collect. */
static Term random_term(Process *p, int budget) {
    int k = rand() % 10;
    if (budget <= 0) k = rand() % 4;
    switch (k) {
    case 0: return make_small(rand() % 1000 - 500);
    case 1: return t_float(p, rand() / 7.0);
    case 2: {
        static uint8_t bytes[300];
        for (size_t i = 0; i < sizeof bytes; i++) bytes[i] = (uint8_t)rand();
        size_t n = rand() % 2 ? (size_t)(rand() % 60) : 65 + (size_t)(rand() % 200);
        Term b = bin_from_bytes(p, bytes, n);
        if (n > 10 && rand() % 2) b = bin_sub(p, b, 3, n * 8 - 20);
        return b;
    }
    case 3: {
        uint64_t l[3] = {(uint64_t)rand() << 33 | (uint64_t)rand(), (uint64_t)rand(), 7};
        return big_make(p, l, 3, rand() % 2);
    }
    case 4: case 5: {
        int n = rand() % 5;
        Term list = NIL;
        p->x[p->nx++] = list;
        for (int i = 0; i < n; i++) {
            Term e = random_term(p, budget / 4);
            p->x[p->nx - 1] = t_cons(p, e, p->x[p->nx - 1]);
        }
        return p->x[--p->nx];
    }
    case 6: case 7: {
        int n = 1 + rand() % 4;
        Term r[4];
        GC_PROTECT(p, roots, r, 0);
        for (int i = 0; i < n; i++) {
            Term e = random_term(p, budget / 4);
            r[i] = e;
            roots.n = (size_t)i + 1;
        }
        GC_UNPROTECT(p, roots);
        return t_tuple(p, (size_t)n, r);
    }
    default: {
        int n = rand() % 3 ? rand() % 5 : 40;
        Term m = map_new_from_pairs(p, NULL, 0);
        p->x[p->nx++] = m;
        for (int i = 0; i < n; i++) {
            Term v = random_term(p, budget / 8);
            p->x[p->nx - 1] = map_put(p, p->x[p->nx - 1], make_small(rand() % 100), v);
        }
        return p->x[--p->nx];
    }
    }
}

TEST(gc_random_structures) {
    srand(7);
    Process *p = proc_new();
    for (int round = 0; round < 60; round++) {
        p->nx = 0;
        Term t = random_term(p, 60);
        size_t len;
        uint8_t *snap = etf_encode(t, &len);
        CHECK(snap);
        /* the term lives in a stack slot; return addresses and catch
         * markers beside it must come through untouched */
        p->stop -= 3;
        p->stop[0] = 0x1000;          /* a "return address" */
        p->stop[1] = t;
        p->stop[2] = make_catch(5);
        for (int i = 0; i < 3; i++) {
            gc_collect(p, (size_t)(rand() % 100));
            p->htop += rand() % 50;   /* some garbage between collections */
        }
        CHECK(p->stop[0] == 0x1000 && p->stop[2] == make_catch(5));
        size_t len2;
        uint8_t *again = etf_encode(p->stop[1], &len2);
        CHECK(again && len == len2 && memcmp(snap, again, len) == 0);
        Term decoded = etf_decode(p, snap, len, false);
        CHECK(decoded != THE_NON_VALUE && term_exact(decoded, p->stop[1]));
        free(snap);
        free(again);
        p->stop += 3;
    }
    proc_free(p);
}

TEST(gc_sharing_and_offheap) {
    Process *p = proc_new();
    uint8_t bytes[100] = {1, 2, 3};
    Term b = bin_from_bytes(p, bytes, sizeof bytes);
    Binary *bin = (Binary *)(uintptr_t)boxed_ptr(b)[2];
    Term elems[2] = {b, b};
    p->nx = 1;
    p->x[0] = t_tuple(p, 2, elems);
    bin_retain(bin);                  /* watch it */
    gc_collect(p, 0);
    CHECK(TUPLE_ELEM(p->x[0], 0) == TUPLE_ELEM(p->x[0], 1));   /* still one object */
    CHECK(bin->refc == 2);
    /* on its generation's chain: young, or old if a collection (stress
     * mode collects in t_tuple) already aged it */
    Term *obj = boxed_ptr(TUPLE_ELEM(p->x[0], 0));
    CHECK(p->offheap == obj || p->old_offheap == obj);
    p->nx = 0;
    gc_collect_full(p);
    CHECK(bin->refc == 1 && p->offheap == NULL && p->old_offheap == NULL);
    bin_release(bin);
    /* the block shrinks back when almost everything is garbage */
    p->htop += 10000 < (size_t)(p->stop - p->htop) ? 10000 : 0;
    gc_collect(p, 100000);
    size_t big = gc_block_words(p);
    gc_collect(p, 0);
    CHECK(gc_block_words(p) < big);
    proc_free(p);
}

TEST(gc_fragments) {
    Process *p = proc_new();
    HeapFrag *f = gc_frag_new(10);
    Term *h = gc_frag_alloc(f, 3);
    h[0] = make_header(KIND_TUPLE, 2);
    h[1] = AM(ok);
    h[2] = make_small(42);
    gc_frag_attach(p, f);
    p->nx = 1;
    p->x[0] = make_boxed(h);
    gc_collect(p, 0);
    CHECK(p->frags == NULL);
    CHECK(boxed_ptr(p->x[0]) >= p->heap && boxed_ptr(p->x[0]) < p->htop);
    CHECK(TUPLE_ELEM(p->x[0], 1) == make_small(42));
    proc_free(p);
}

static bool in_young(const Process *p, Term t) {
    const Term *ptr = is_cons(t) ? list_ptr(t) : boxed_ptr(t);
    return ptr >= p->heap && ptr < p->hend;
}

static int64_t list_sum(Term l) {
    int64_t n = 0;
    for (; is_cons(l); l = CDR(l)) n += small_val(CAR(l));
    return n;
}

/* Surviving two minor collections moves a term to the old generation,
 * which minor collections then leave alone; a full one keeps it there. */
TEST(gc_generations) {
    Process *p = proc_new();
    p->nx = 1;
    p->x[0] = NIL;
    for (int i = 1; i <= 1000; i++) p->x[0] = t_cons(p, make_small(i), p->x[0]);
    gc_collect(p, 0);
    gc_collect(p, 0);
    CHECK(!in_young(p, p->x[0]) && p->old != NULL);
    CHECK(list_sum(p->x[0]) == 500500);
    Term old = p->x[0];
    p->x[1] = t_cons(p, make_small(0), p->x[0]);   /* young, pointing to old */
    p->nx = 2;
    gc_collect(p, 0);
    CHECK(p->x[0] == old && in_young(p, p->x[1]) && CDR(p->x[1]) == old);
    gc_collect_full(p);
    CHECK(!in_young(p, p->x[0]) && !in_young(p, p->x[1]) && CDR(p->x[1]) == p->x[0]);
    CHECK(list_sum(p->x[1]) == 500500);
    proc_free(p);
}

TEST(gc_idle_process_small) {
    Process *p = proc_new();
    CHECK(sizeof(Process) + gc_block_words(p) * sizeof(Term) < 1024);
    proc_free(p);
}
