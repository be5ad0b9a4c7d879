/* bignum.h — internal: arbitrary-precision integers. A bignum is a boxed
 * KIND_POS_BIG/KIND_NEG_BIG object holding magnitude limbs (GMP mp_limb_t,
 * little-endian, top limb nonzero) on the process heap; arithmetic uses
 * GMP's mpn_* layer on memory we own. Results that fit in a small integer
 * are always returned as small integers. Functions that build may collect:
 * their operands are read from p->x[0], p->x[1] after reserving. */
#ifndef VIAL_BIGNUM_H
#define VIAL_BIGNUM_H

#include "process.h"

/* Integer arithmetic on x[0] op x[1] (small or big). May collect. */
Term big_add(Process *p);
Term big_sub(Process *p);
Term big_mul(Process *p);
Term big_div(Process *p);   /* truncating; THE_NON_VALUE + badarith on zero */
Term big_rem(Process *p);
Term big_neg(Process *p);   /* of x[0] */
Term big_from_int64(Process *p, int64_t v);
Term big_from_double(Process *p, double d);       /* trunc toward zero; d finite */
double big_to_double(Term t);                      /* may be inf when too large */
int big_compare(Term a, Term b);                   /* integers; -1, 0, 1 */
/* Decimal (or any base 2..36) text of an integer. Writes into a malloc'd
 * NUL-terminated buffer the caller frees. Never collects. */
char *big_to_string(Term t, unsigned base);
/* Parse digits (no sign prefix handling beyond an optional '-'); returns
 * THE_NON_VALUE if the text is not a valid integer. May collect. */
Term big_from_string(Process *p, const char *s, size_t len, unsigned base);

#endif
