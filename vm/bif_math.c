/* bif_math.c — :math: C library functions on doubles. Erlang's rules: a
 * non-number argument is badarg; a result that is not a finite number (a
 * domain error, an overflow, an integer too large for a double) is badarith. */
#include <math.h>
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
