/* bif_math.c — :math: C library functions on doubles. Erlang's rules: a
 * non-number argument is badarg; a result that is not a finite number (a
 * domain error, an overflow, an integer too large for a double) is badarith.
 * Also :rand.uniform (xoshiro256**, seeded from the clock: the numbers
 * differ from the BEAM's, as they do between two BEAM runs). */
#include <math.h>
#include <time.h>
#include "bif.h"

static Term finish(Process *p, double r) {
    return isfinite(r) ? bif_make_float(p, r) : bif_badarith(p);
}

static Term math1(Process *p, Term a, double (*f)(double)) {
    double x;
    if (!bif_get_double(a, &x)) return bif_badarg(p);
    if (!isfinite(x)) return bif_badarith(p);
    return finish(p, f(x));
}

static Term math2(Process *p, Term a, Term b, double (*f)(double, double)) {
    double x, y;
    if (!bif_get_double(a, &x) || !bif_get_double(b, &y)) return bif_badarg(p);
    if (!isfinite(x) || !isfinite(y)) return bif_badarith(p);
    return finish(p, f(x, y));
}

#define MATH1(name) \
    Term bif_math_##name##_1(Process *p, Term *args) { return math1(p, args[0], name); }
#define MATH2(name) \
    Term bif_math_##name##_2(Process *p, Term *args) { return math2(p, args[0], args[1], name); }

MATH1(sqrt) MATH1(exp) MATH1(log) MATH1(log2) MATH1(log10)
MATH1(sin) MATH1(cos) MATH1(tan) MATH1(asin) MATH1(acos) MATH1(atan)
MATH1(sinh) MATH1(cosh) MATH1(tanh) MATH1(asinh) MATH1(acosh) MATH1(atanh)
MATH1(floor) MATH1(ceil) MATH1(erf) MATH1(erfc)
MATH2(pow) MATH2(atan2) MATH2(fmod)

Term bif_math_pi_0(Process *p, Term *args) { return bif_make_float(p, M_PI); }
Term bif_math_tau_0(Process *p, Term *args) { return bif_make_float(p, 2 * M_PI); }

/* ---- :rand ---- */

static uint64_t rng[4];

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t next_random(void) {
    if (!(rng[0] | rng[1] | rng[2] | rng[3])) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t z = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30);
        for (int i = 0; i < 4; i++) {   /* splitmix64 spreads the seed */
            z += 0x9E3779B97F4A7C15u;
            uint64_t w = z;
            w = (w ^ (w >> 30)) * 0xBF58476D1CE4E5B9u;
            w = (w ^ (w >> 27)) * 0x94D049BB133111EBu;
            rng[i] = w ^ (w >> 31);
        }
    }
    uint64_t r = rotl(rng[1] * 5, 7) * 9, t = rng[1] << 17;
    rng[2] ^= rng[0]; rng[3] ^= rng[1]; rng[1] ^= rng[2]; rng[0] ^= rng[3];
    rng[2] ^= t;
    rng[3] = rotl(rng[3], 45);
    return r;
}

/* :rand.uniform() -> a float in [0.0, 1.0) */
Term bif_rand_uniform_0(Process *p, Term *args) {
    return bif_make_float(p, (double)(next_random() >> 11) * 0x1.0p-53);
}

/* :rand.uniform(n) -> an integer in 1..n (n a small positive integer) */
Term bif_rand_uniform_1(Process *p, Term *args) {
    if (!is_small(args[0]) || small_val(args[0]) < 1) RAISE_ERROR(p, AM(function_clause));
    uint64_t n = (uint64_t)small_val(args[0]), limit = UINT64_MAX - UINT64_MAX % n, r;
    do r = next_random(); while (r >= limit);   /* no modulo bias */
    return make_small((SInt)(r % n) + 1);
}
