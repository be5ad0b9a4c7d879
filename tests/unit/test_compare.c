/* test_compare.c — term order across types, numbers by exact value, and
 * hashing consistent with exact equality. */
#include <math.h>
#include "unit.h"
#include "helpers.h"
#include "compare.h"
#include "bignum.h"
#include "binary.h"
#include "map.h"
#include "atom.h"

TEST(compare_type_order) {
    int stress;
    Process *p = t_roomy_proc(1 << 20, &stress);
    /* number < atom < reference < fun < port < pid < tuple < map < list < bitstring */
    Term ref[2];
    Term *r = heap_reserve(p, 2);
    r[0] = make_header(KIND_REF, 1);
    r[1] = 12345;
    ref[0] = make_boxed(r);
    Term order[9];
    order[0] = make_small(5);
    order[1] = AM(ok);
    order[2] = ref[0];
    order[3] = make_pid(3);
    order[4] = t_tuple(p, 0, NULL);
    order[5] = map_new_from_pairs(p, NULL, 0);
    order[6] = NIL;
    order[7] = t_cons(p, make_small(1), NIL);
    order[8] = bin_from_bytes(p, "", 0);
    for (int i = 0; i < 9; i++)
        for (int j = 0; j < 9; j++) {
            int c = term_compare(order[i], order[j]);
            CHECK(i < j ? c < 0 : i > j ? c > 0 : c == 0);
        }
    proc_free(p);
    gc_stress = stress;
}

TEST(compare_numbers) {
    int stress;
    Process *p = t_roomy_proc(1 << 20, &stress);
    Term one = make_small(1), onef = t_float(p, 1.0), half = t_float(p, 1.5);
    CHECK(term_compare(one, onef) == 0 && term_equal(one, onef) && !term_exact(one, onef));
    CHECK(term_compare_exact(one, onef) < 0 && term_compare_exact(onef, one) > 0);
    CHECK(term_compare(one, half) < 0 && term_compare(half, make_small(2)) < 0);
    /* 2^64 + 1 against the float 2^64: the integer is larger, exactly */
    uint64_t l[2] = {1, 1};
    Term big = big_make(p, l, 2, false);
    Term f64 = t_float(p, 18446744073709551616.0);
    CHECK(term_compare(big, f64) > 0);
    l[0] = 0;
    Term big0 = big_make(p, l, 2, false);
    CHECK(term_compare(big0, f64) == 0 && !term_exact(big0, f64));
    CHECK(term_compare(t_float(p, 1e300), big) > 0);
    CHECK(term_compare(t_float(p, -1e300), big) < 0);
    /* 2^53 + 1 is not equal to the float 2^53 */
    Term s = make_small(9007199254740993);
    CHECK(term_compare(s, t_float(p, 9007199254740992.0)) > 0);
    CHECK(term_compare(t_float(p, 0.0), t_float(p, -0.0)) == 0);
    proc_free(p);
    gc_stress = stress;
}

TEST(compare_structures) {
    int stress;
    Process *p = t_roomy_proc(1 << 20, &stress);
    Term a[2] = {make_small(1), make_small(2)}, b[3] = {make_small(0), make_small(0), make_small(0)};
    CHECK(term_compare(t_tuple(p, 2, a), t_tuple(p, 3, b)) < 0);   /* size first */
    Term l1 = t_cons(p, make_small(1), t_cons(p, make_small(2), NIL));
    p->nx = 1;
    p->x[0] = l1;
    Term l2 = t_cons(p, make_small(1), t_cons(p, make_small(3), NIL));
    CHECK(term_compare(p->x[0], l2) < 0);
    Term l3 = t_cons(p, make_small(1), NIL);
    CHECK(term_compare(l3, l2) < 0);
    /* binaries: bytes first, then length */
    Term x = bin_from_bytes(p, "abc", 3), y = bin_from_bytes(p, "abd", 3), z = bin_from_bytes(p, "ab", 2);
    CHECK(term_compare(x, y) < 0 && term_compare(z, x) < 0);
    /* atoms by text */
    CHECK(term_compare(AM(error), AM(ok)) < 0 && term_compare(AM(ok), AM(error)) > 0);
    /* a long list compares without deep recursion */
    Term long1 = NIL;
    p->x[0] = NIL;
    for (int i = 0; i < 200000; i++) p->x[0] = t_cons(p, make_small(i), p->x[0]);
    p->nx = 2;
    p->x[1] = NIL;
    for (int i = 0; i < 200000; i++) p->x[1] = t_cons(p, make_small(i), p->x[1]);
    CHECK(term_compare(p->x[0], p->x[1]) == 0 && term_hash(p->x[0]) == term_hash(p->x[1]));
    /* deep nesting too */
    p->x[0] = NIL;
    for (int i = 0; i < 100000; i++) p->x[0] = t_cons(p, p->x[0], NIL);
    p->x[1] = NIL;
    for (int i = 0; i < 100000; i++) p->x[1] = t_cons(p, p->x[1], NIL);
    CHECK(term_exact(p->x[0], p->x[1]));
    (void)long1;
    proc_free(p);
    gc_stress = stress;
}

TEST(compare_maps_and_hash) {
    int stress;
    Process *p = t_roomy_proc(1 << 20, &stress);
    /* maps: size, then keys, then values */
    Term p1[4] = {atom_intern("a", 1), make_small(2), atom_intern("b", 1), make_small(1)};
    Term p2[4] = {atom_intern("a", 1), make_small(1), atom_intern("c", 1), make_small(1)};
    p->nx = 2;
    p->x[0] = map_new_from_pairs(p, p1, 2);
    p->x[1] = map_new_from_pairs(p, p2, 2);
    CHECK(term_compare(p->x[0], p->x[1]) < 0);   /* keys decide before values */
    /* equal HAMTs built in different orders are exact-equal with equal hashes */
    p->x[0] = map_new_from_pairs(p, NULL, 0);
    p->x[1] = map_new_from_pairs(p, NULL, 0);
    for (int i = 0; i < 100; i++) p->x[0] = map_put(p, p->x[0], make_small(i), make_small(i));
    for (int i = 99; i >= 0; i--) p->x[1] = map_put(p, p->x[1], make_small(i), make_small(i));
    CHECK(term_exact(p->x[0], p->x[1]) && term_hash(p->x[0]) == term_hash(p->x[1]));
    p->x[1] = map_put(p, p->x[1], make_small(5), make_small(6));
    CHECK(term_compare(p->x[0], p->x[1]) < 0);
    CHECK(term_hash(t_float(p, 0.0)) == term_hash(t_float(p, -0.0)));
    CHECK(term_hash(make_small(1)) != term_hash(t_float(p, 1.0)));
    proc_free(p);
    gc_stress = stress;
}
