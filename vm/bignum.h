/* bignum.h — internal: arbitrary-precision integers. A bignum is a boxed
 * KIND_POS_BIG/KIND_NEG_BIG object holding magnitude limbs (GMP mp_limb_t,
 * 64-bit, little-endian, top limb nonzero) on the process heap; arithmetic
 * uses GMP's mpn_* layer on memory we own. Results that fit in a small
 * integer are always returned as small integers. Functions that build may
 * collect: their operands are read from p->x[0], p->x[1] after reserving.
 * Errors (badarith, system_limit) are raised on p and THE_NON_VALUE returned. */
#ifndef VIAL_BIGNUM_H
#define VIAL_BIGNUM_H

#include "process.h"

#define BIG_MAX_LIMBS ((size_t)1 << 20)   /* 64 Mbit; larger results: system_limit */

/* Integer arithmetic on x[0] op x[1] (small or big). May collect.
 * Non-integer operands raise badarith. */
Term big_add(Process *p);
Term big_sub(Process *p);
Term big_mul(Process *p);
Term big_div(Process *p);   /* truncating; THE_NON_VALUE + badarith on zero */
Term big_rem(Process *p);   /* sign of the dividend */
Term big_neg(Process *p);   /* of x[0] */
Term big_band(Process *p);  /* bitwise, two's complement semantics as Erlang */
Term big_bor(Process *p);
Term big_bxor(Process *p);
Term big_bnot(Process *p);  /* of x[0] */
Term big_bsl(Process *p);   /* x[0] << x[1]; a negative count shifts right */
Term big_bsr(Process *p);   /* x[0] >> x[1], arithmetic (rounds toward -inf) */
Term big_pow(Process *p);   /* x[0] ** x[1], x[1] >= 0 (Integer.pow) */

Term big_from_int64(Process *p, int64_t v);
Term big_from_uint64(Process *p, uint64_t v);
/* An integer from n magnitude limbs (not on p's heap) and a sign. May collect. */
Term big_make(Process *p, const uint64_t *limbs, size_t n, bool neg);
Term big_from_double(Process *p, double d);       /* trunc toward zero; d finite */
double big_to_double(Term t);                      /* any integer; inf when too large */
bool big_to_int64(Term t, int64_t *out);           /* false if it does not fit */
int big_compare(Term a, Term b);                   /* integers; -1, 0, 1 */
static inline size_t big_nlimbs(Term t) { return header_size(*boxed_ptr(t)); }
static inline const uint64_t *big_limbs(Term t) { return (const uint64_t *)(boxed_ptr(t) + 1); }
static inline bool big_is_neg(Term t) { return boxed_kind(t) == KIND_NEG_BIG; }
/* Text of an integer in base 2..36 (uppercase letters, as Integer.to_string/2),
 * in a malloc'd NUL-terminated buffer the caller frees; NULL when out of
 * memory. Never collects. */
char *big_to_string(Term t, unsigned base);
/* Parse digits with an optional leading '-' or '+'; returns THE_NON_VALUE if
 * the text is not a valid integer in base. May collect. */
Term big_from_string(Process *p, const char *s, size_t len, unsigned base);

#endif
