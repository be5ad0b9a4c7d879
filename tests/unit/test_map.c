/* test_map.c — maps: random put/get/remove against a plain array, flat and
 * HAMT forms, building and looking up a million keys (timed). */
#include <stdlib.h>
#include <time.h>
#include "unit.h"
#include "helpers.h"
#include "map.h"
#include "atom.h"
#include "compare.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static Term empty_map(Process *p) { return map_new_from_pairs(p, NULL, 0); }

/* Random operations on keys 0..range against ref[] (-1 = absent). */
static bool random_ops(Process *p, int range, int ops) {
    int *ref = malloc(range * sizeof *ref);
    for (int i = 0; i < range; i++) ref[i] = -1;
    p->nx = 1;
    p->x[0] = empty_map(p);
    size_t count = 0;
    bool ok = true;
    for (int i = 0; i < ops && ok; i++) {
        int k = rand() % range, op = rand() % 3;
        /* mix key types: small ints and tuples {k} */
        Term key = make_small(k);
        if (k % 7 == 0) { Term e[1] = {key}; key = t_tuple(p, 1, e); }
        if (op < 2) {
            int v = rand();
            p->x[0] = map_put(p, p->x[0], key, make_small(v));
            if (ref[k] < 0) count++;
            ref[k] = v;
        } else {
            p->x[0] = map_remove(p, p->x[0], key);
            if (ref[k] >= 0) count--;
            ref[k] = -1;
        }
        ok = map_size(p->x[0]) == count;
        if (i % 97 == 0) {
            for (int j = 0; j < range && ok; j++) {
                Term kk = make_small(j);
                if (j % 7 == 0) { Term e[1] = {kk}; kk = t_tuple(p, 1, e); }
                Term v = map_get(p->x[0], kk);
                ok = ref[j] < 0 ? v == THE_NON_VALUE : v == make_small(ref[j]);
            }
            /* iteration sees every pair once */
            MapIter it;
            Term k2, v2;
            size_t n = 0;
            map_iter_init(&it, p->x[0]);
            while (ok && map_iter_next(&it, &k2, &v2)) n++;
            ok = ok && n == count;
        }
    }
    free(ref);
    return ok;
}

TEST(map_random_small) {
    Process *p = proc_new();
    srand(1);
    CHECK(random_ops(p, 40, 20000));
    proc_free(p);
}

TEST(map_random_large) {
    Process *p = proc_new();
    srand(2);
    CHECK(random_ops(p, 3000, 40000));
    proc_free(p);
}

TEST(map_random_gc_stress) {
    int old = gc_stress;
    gc_stress = 1;
    Process *p = proc_new();
    srand(3);
    CHECK(random_ops(p, 100, 1500));
    proc_free(p);
    gc_stress = old;
}

TEST(map_flat_order_and_merge) {
    int stress;
    Process *p = t_roomy_proc(1 << 16, &stress);
    Term pairs[8] = {AM(ok), make_small(1), make_small(2), make_small(2), ATOM_nil, make_small(3), make_small(2), make_small(4)};
    Term m = map_new_from_pairs(p, pairs, 4);
    CHECK(map_size(m) == 3);
    CHECK(map_get(m, make_small(2)) == make_small(4));   /* later keys win */
    Term keys = tuple_elems(boxed_ptr(m)[1])[0];
    CHECK(keys == make_small(2));                         /* numbers before atoms */
    p->nx = 1;
    p->x[0] = m;
    Term f = t_float(p, 2.0);
    m = map_put(p, p->x[0], f, AM(float));
    CHECK(map_size(m) == 4 && map_get(m, make_small(2)) == make_small(4));
    p->x[0] = m;
    /* merge two flat maps into a HAMT and back */
    Term big = empty_map(p);
    for (int i = 0; i < 40; i++) big = map_put(p, big, make_small(i), make_small(-i));
    CHECK(map_size(big) == 40 && boxed_kind(big) == KIND_HAMT);
    Term merged = map_merge(p, p->x[0], big);
    CHECK(map_size(merged) == 43);
    CHECK(map_get(merged, make_small(2)) == make_small(-2));
    for (int i = 39; i >= 0; i--) big = map_remove(p, big, make_small(i));
    CHECK(map_size(big) == 0 && boxed_kind(big) == KIND_MAP);
    proc_free(p);
    gc_stress = stress;
}

TEST(map_million_keys) {
    if (gc_stress) return;   /* a collection per put: quadratic by design */
    Process *p = proc_new();
    p->nx = 1;
    p->x[0] = empty_map(p);
    double t0 = now();
    for (SInt i = 0; i < 1000000; i++) p->x[0] = map_put(p, p->x[0], make_small(i), make_small(i * 2));
    double t1 = now();
    long found = 0;
    for (SInt i = 0; i < 1000000; i++) found += map_get(p->x[0], make_small(i)) == make_small(i * 2);
    double t2 = now();
    printf("  map: 1,000,000 puts %.3f s, 1,000,000 gets %.3f s (%zu collections)\n", t1 - t0, t2 - t1, p->gc_count);
    CHECK(found == 1000000 && map_size(p->x[0]) == 1000000);
    Term pairs[2] = {make_small(5), make_small(5)};
    Term single = map_new_from_pairs(p, pairs, 1);
    CHECK(!term_equal(single, p->x[0]));
    proc_free(p);
}
