/* test_bignum.c — bignum arithmetic against GMP's mpz on random values
 * (mpz is fine here, in tests only), under collections. */
#include <gmp.h>
#include <stdlib.h>
#include "unit.h"
#include "bignum.h"
#include "gc.h"

static Term from_mpz(Process *p, const mpz_t z) {
    size_t n = mpz_size(z);
    uint64_t limbs[64] = {0};
    for (size_t i = 0; i < n && i < 64; i++) limbs[i] = mpz_getlimbn(z, i);
    return big_make(p, limbs, n, mpz_sgn(z) < 0);
}

static void to_mpz(mpz_t z, Term t) {
    if (is_small(t)) {
        mpz_set_si(z, small_val(t));
        return;
    }
    mpz_import(z, big_nlimbs(t), -1, 8, 0, 0, big_limbs(t));
    if (big_is_neg(t)) mpz_neg(z, z);
}

static bool same(Term t, const mpz_t z) {
    mpz_t x;
    mpz_init(x);
    to_mpz(x, t);
    bool ok = mpz_cmp(x, z) == 0;
    /* normal form: small whenever it fits */
    if (ok && is_bignum(t) && mpz_sizeinbase(z, 2) < SMALL_BITS - 1) ok = false;
    mpz_clear(x);
    return ok;
}

static void random_mpz(mpz_t z, gmp_randstate_t rs) {
    static const unsigned sizes[] = {1, 8, 40, 59, 60, 61, 63, 64, 65, 100, 128, 200, 500, 1000};
    mpz_urandomb(z, rs, sizes[rand() % 14]);
    if (rand() % 2) mpz_neg(z, z);
}

TEST(bignum_random_arith) {
    Process *p = proc_new();
    gmp_randstate_t rs;
    gmp_randinit_default(rs);
    gmp_randseed_ui(rs, 42);
    mpz_t a, b, r;
    mpz_inits(a, b, r, NULL);
    for (int i = 0; i < 3000; i++) {
        random_mpz(a, rs);
        random_mpz(b, rs);
        p->nx = 2;
        p->x[0] = from_mpz(p, a);
        p->x[1] = from_mpz(p, b);
        CHECK(same(p->x[0], a) && same(p->x[1], b));
        mpz_add(r, a, b); CHECK(same(big_add(p), r));
        mpz_sub(r, a, b); CHECK(same(big_sub(p), r));
        mpz_mul(r, a, b); CHECK(same(big_mul(p), r));
        if (mpz_sgn(b)) {
            mpz_tdiv_q(r, a, b); CHECK(same(big_div(p), r));
            mpz_tdiv_r(r, a, b); CHECK(same(big_rem(p), r));
        } else {
            CHECK(big_div(p) == THE_NON_VALUE);
        }
        mpz_and(r, a, b); CHECK(same(big_band(p), r));
        mpz_ior(r, a, b); CHECK(same(big_bor(p), r));
        mpz_xor(r, a, b); CHECK(same(big_bxor(p), r));
        mpz_com(r, a); CHECK(same(big_bnot(p), r));
        mpz_neg(r, a); CHECK(same(big_neg(p), r));
        CHECK(big_compare(p->x[0], p->x[1]) == (mpz_cmp(a, b) > 0) - (mpz_cmp(a, b) < 0));
        unsigned s = (unsigned)(rand() % 200);
        p->x[1] = make_small(s);
        mpz_mul_2exp(r, a, s); CHECK(same(big_bsl(p), r));
        mpz_fdiv_q_2exp(r, a, s); CHECK(same(big_bsr(p), r));
        unsigned e = (unsigned)(rand() % 12);
        p->x[1] = make_small(e);
        mpz_pow_ui(r, a, e); CHECK(same(big_pow(p), r));
        unsigned base = 2 + (unsigned)(rand() % 35);
        char *txt = big_to_string(p->x[0], base);
        char *ref = mpz_get_str(NULL, -(int)base, a);
        CHECK(txt && strcmp(txt, ref) == 0);
        Term back = big_from_string(p, txt, strlen(txt), base);
        CHECK(same(back, a));
        free(txt);
        free(ref);
    }
    mpz_clears(a, b, r, NULL);
    gmp_randclear(rs);
    proc_free(p);
}

TEST(bignum_edges) {
    Process *p = proc_new();
    p->nx = 2;
    p->x[0] = make_small(SMALL_MAX);
    p->x[1] = make_small(1);
    Term t = big_add(p);
    CHECK(is_bignum(t));
    p->x[0] = t;
    p->x[1] = make_small(1);
    CHECK(big_sub(p) == make_small(SMALL_MAX));
    p->x[0] = make_small(SMALL_MIN);
    p->x[1] = make_small(-1);
    CHECK(is_bignum(big_div(p)));
    CHECK(big_rem(p) == make_small(0));
    p->x[0] = make_small(5);
    p->x[1] = make_small(0);
    CHECK(big_div(p) == THE_NON_VALUE);
    p->x[0] = make_small(-7);
    p->x[1] = make_small(2);
    CHECK(big_div(p) == make_small(-3) && big_rem(p) == make_small(-1));
    CHECK(big_bsr(p) == make_small(-2));
    p->x[0] = make_small(1);
    p->x[1] = make_small((SInt)1 << 40);
    CHECK(big_bsl(p) == THE_NON_VALUE);
    CHECK(big_from_string(p, "12x", 3, 10) == THE_NON_VALUE);
    CHECK(big_from_string(p, "-ff", 3, 16) == make_small(-255));
    CHECK(big_from_double(p, -3.9) == make_small(-3));
    Term big = big_from_double(p, 1e30);
    char *s = big_to_string(big, 10);
    CHECK(strcmp(s, "1000000000000000019884624838656") == 0);   /* trunc(1.0e30) in Elixir */
    free(s);
    CHECK(big_to_double(big) == 1e30);
    proc_free(p);
}

TEST(bignum_gc_stress) {
    int old = gc_stress;
    gc_stress = 1;
    Process *p = proc_new();
    p->nx = 2;
    p->x[0] = make_small(3);
    p->x[1] = make_small(200);
    Term r = big_pow(p);
    p->x[0] = r;
    p->x[1] = r;
    r = big_mul(p);
    mpz_t z;
    mpz_init(z);
    mpz_ui_pow_ui(z, 3, 400);
    CHECK(same(r, z));
    mpz_clear(z);
    proc_free(p);
    gc_stress = old;
}
