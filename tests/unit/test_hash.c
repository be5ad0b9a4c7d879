/* test_hash.c — BEAM's internal term hash: vial's values against those OTP 25
 * computed for the same terms (hash_cases.h), and the order they give maps. */
#include "unit.h"
#include "helpers.h"
#include "hash.h"
#include "etf.h"
#include "map.h"
#include "hash_cases.h"

TEST(hash_matches_otp) {
    Process *p = proc_new();
    for (size_t i = 0; i < sizeof hash_cases / sizeof hash_cases[0]; i++) {
        Term t = etf_decode(p, hash_cases[i].etf, hash_cases[i].len, false);
        CHECK(t != THE_NON_VALUE);
        if (hash_internal(t) != hash_cases[i].hash) fprintf(stderr, "hash case %zu\n", i);
        CHECK(hash_internal(t) == hash_cases[i].hash);
    }
    proc_free(p);
}

/* Map.keys(Map.new(1..40, &{&1, &1})) in Elixir 1.14 / OTP 25 */
static const int otp_order[40] = {33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13,
    40, 20, 15, 14, 2, 7, 1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16};

TEST(hash_orders_large_maps) {
    Process *p = proc_new();
    Term kv[80];
    for (int i = 0; i < 40; i++) kv[2 * i] = kv[2 * i + 1] = make_small(40 - i);
    Term m = map_new_from_pairs(p, kv, 40);
    MapIter it;
    Term k, v;
    map_iter_init(&it, m);
    for (int i = 0; i < 40; i++) {
        CHECK(map_iter_next(&it, &k, &v) && k == make_small(otp_order[i]));
    }
    map_iter_init_fold(&it, m);
    for (int i = 39; i >= 0; i--) {
        CHECK(map_iter_next(&it, &k, &v) && k == make_small(otp_order[i]));
    }
    CHECK(!map_iter_next(&it, &k, &v));
    proc_free(p);
}
