/* bignum.c — arbitrary-precision integers on the process heap, computed with
 * GMP's mpn_* layer (never mpz, which mallocs and aborts). Every operation
 * reserves its result's words first (which may collect), then reads its
 * operands from p->x[], computes into the heap and normalises the result:
 * zero limbs trimmed, values that fit returned as small integers. */
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include "bignum.h"
#include "gc.h"
#include "atom.h"

_Static_assert(sizeof(mp_limb_t) == 8, "64-bit limbs");

/* An integer operand as sign and magnitude; a small one uses buf. Zero is
 * one zero limb, so every mpn call sees at least one limb. */
typedef struct { const mp_limb_t *d; size_t n; bool neg; mp_limb_t buf; } Num;

static void num_of(Term t, Num *x) {
    if (is_small(t)) {
        SInt v = small_val(t);
        x->neg = v < 0;
        x->buf = v < 0 ? (mp_limb_t)0 - (mp_limb_t)v : (mp_limb_t)v;
        x->d = &x->buf;
        x->n = 1;
    } else {
        x->d = (const mp_limb_t *)big_limbs(t);
        x->n = big_nlimbs(t);
        x->neg = big_is_neg(t);
    }
}

static size_t nlimbs(Term t) { return is_small(t) ? 1 : big_nlimbs(t); }

static Term badarith(Process *p) { return proc_raise(p, AM(error), AM(badarith)); }
static Term sys_limit(Process *p) { return proc_raise(p, AM(error), AM(system_limit)); }

static bool fits_small(const mp_limb_t *d, size_t n, bool neg) {
    if (n == 0) return true;
    if (n > 1) return false;
    return neg ? d[0] <= (mp_limb_t)1 << (SMALL_BITS - 1) : d[0] <= (mp_limb_t)SMALL_MAX;
}

static Term small_of(const mp_limb_t *d, size_t n, bool neg) {
    if (n == 0) return make_small(0);
    return make_small(neg ? (SInt)(0 - d[0]) : (SInt)d[0]);
}

/* Reserves a result object of up to n limbs; NULL after raising. May collect. */
static Term *reserve(Process *p, size_t n) {
    if (n > BIG_MAX_LIMBS) {
        sys_limit(p);
        return NULL;
    }
    Term *h = heap_reserve(p, n + 1);
    if (!h) sys_limit(p);
    return h;
}

/* Normalises the n limbs written at obj+1, the last allocation on p. */
static Term finish(Process *p, Term *obj, size_t n, bool neg) {
    mp_limb_t *d = (mp_limb_t *)(obj + 1);
    while (n > 0 && d[n - 1] == 0) n--;
    if (fits_small(d, n, neg)) {
        Term r = small_of(d, n, neg);
        p->htop = obj;
        return r;
    }
    obj[0] = make_header(neg ? KIND_NEG_BIG : KIND_POS_BIG, n);
    p->htop = obj + 1 + n;
    return make_boxed(obj);
}

Term big_make(Process *p, const uint64_t *limbs, size_t n, bool neg) {
    while (n > 0 && limbs[n - 1] == 0) n--;
    if (fits_small(limbs, n, neg)) return small_of(limbs, n, neg);
    Term *h = reserve(p, n);
    if (!h) return THE_NON_VALUE;
    memcpy(h + 1, limbs, n * sizeof(Term));
    return finish(p, h, n, neg);
}

Term big_from_uint64(Process *p, uint64_t v) { return big_make(p, &v, 1, false); }

Term big_from_int64(Process *p, int64_t v) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return big_make(p, &m, 1, v < 0);
}

/* ---- add, subtract, multiply, divide ---- */

/* |a| + |b| or ||a| - |b|| into r, with the result's sign; r has max+1 limbs. */
static size_t add_mag(mp_limb_t *r, const Num *a, const Num *b, bool sub, bool *neg) {
    bool bneg = b->neg != sub;
    if (a->neg == bneg) {
        *neg = a->neg;
        const Num *x = a->n >= b->n ? a : b, *y = a->n >= b->n ? b : a;
        r[x->n] = mpn_add(r, x->d, x->n, y->d, y->n);
        return x->n + 1;
    }
    int c = a->n != b->n ? (a->n > b->n ? 1 : -1) : mpn_cmp(a->d, b->d, a->n);
    const Num *x = c >= 0 ? a : b, *y = c >= 0 ? b : a;
    *neg = c >= 0 ? a->neg : bneg;
    mpn_sub(r, x->d, x->n, y->d, y->n);
    return x->n;
}

static Term add_sub(Process *p, bool sub) {
    if (!is_integer(p->x[0]) || !is_integer(p->x[1])) return badarith(p);
    size_t n = (nlimbs(p->x[0]) > nlimbs(p->x[1]) ? nlimbs(p->x[0]) : nlimbs(p->x[1])) + 1;
    Term *h = reserve(p, n);
    if (!h) return THE_NON_VALUE;
    Num a, b;
    num_of(p->x[0], &a);
    num_of(p->x[1], &b);
    bool neg;
    size_t rn = add_mag((mp_limb_t *)(h + 1), &a, &b, sub, &neg);
    return finish(p, h, rn, neg);
}

Term big_add(Process *p) { return add_sub(p, false); }
Term big_sub(Process *p) { return add_sub(p, true); }

Term big_mul(Process *p) {
    if (!is_integer(p->x[0]) || !is_integer(p->x[1])) return badarith(p);
    Term *h = reserve(p, nlimbs(p->x[0]) + nlimbs(p->x[1]));
    if (!h) return THE_NON_VALUE;
    Num a, b;
    num_of(p->x[0], &a);
    num_of(p->x[1], &b);
    const Num *x = a.n >= b.n ? &a : &b, *y = a.n >= b.n ? &b : &a;
    mpn_mul((mp_limb_t *)(h + 1), x->d, x->n, y->d, y->n);
    return finish(p, h, a.n + b.n, a.neg != b.neg);
}

static bool is_zero(Term t) { return t == make_small(0); }

/* Quotient (want_q) or remainder of x[0] by x[1], truncating. */
static Term divide(Process *p, bool want_q) {
    if (!is_integer(p->x[0]) || !is_integer(p->x[1]) || is_zero(p->x[1])) return badarith(p);
    size_t an = nlimbs(p->x[0]), bn = nlimbs(p->x[1]);
    if (an < bn) return want_q ? make_small(0) : p->x[0];
    size_t qn = an - bn + 1;
    Term *h = reserve(p, want_q ? qn : bn);
    if (!h) return THE_NON_VALUE;
    mp_limb_t local[64];
    size_t other = want_q ? bn : qn;
    mp_limb_t *tmp = other <= 64 ? local : malloc(other * sizeof(mp_limb_t));
    if (!tmp) {
        p->htop = h;
        return sys_limit(p);
    }
    Num a, b;
    num_of(p->x[0], &a);
    num_of(p->x[1], &b);
    mp_limb_t *out = (mp_limb_t *)(h + 1);
    mpn_tdiv_qr(want_q ? out : tmp, want_q ? tmp : out, 0, a.d, a.n, b.d, b.n);
    if (tmp != local) free(tmp);
    return finish(p, h, want_q ? qn : bn, want_q ? a.neg != b.neg : a.neg);
}

Term big_div(Process *p) { return divide(p, true); }
Term big_rem(Process *p) { return divide(p, false); }

Term big_neg(Process *p) {
    if (!is_integer(p->x[0])) return badarith(p);
    Term *h = reserve(p, nlimbs(p->x[0]));
    if (!h) return THE_NON_VALUE;
    Num a;
    num_of(p->x[0], &a);
    memcpy(h + 1, a.d, a.n * sizeof(mp_limb_t));
    return finish(p, h, a.n, !a.neg);
}

/* ---- bitwise operations, in two's complement ---- */

/* x as n limbs of two's complement (n > x's limb count). */
static void to_twos(const Num *x, mp_limb_t *out, size_t n) {
    memcpy(out, x->d, x->n * sizeof(mp_limb_t));
    memset(out + x->n, 0, (n - x->n) * sizeof(mp_limb_t));
    if (x->neg) {
        mpn_sub_1(out, out, n, 1);
        mpn_com(out, out, n);
    }
}

static Term bitwise(Process *p, int op) {
    if (!is_integer(p->x[0]) || !is_integer(p->x[1])) return badarith(p);
    size_t n = (nlimbs(p->x[0]) > nlimbs(p->x[1]) ? nlimbs(p->x[0]) : nlimbs(p->x[1])) + 1;
    Term *h = reserve(p, n);
    if (!h) return THE_NON_VALUE;
    mp_limb_t *tb = malloc(n * sizeof(mp_limb_t));
    if (!tb) {
        p->htop = h;
        return sys_limit(p);
    }
    Num a, b;
    num_of(p->x[0], &a);
    num_of(p->x[1], &b);
    mp_limb_t *r = (mp_limb_t *)(h + 1);
    to_twos(&a, r, n);
    to_twos(&b, tb, n);
    if (op == '&') mpn_and_n(r, r, tb, n);
    else if (op == '|') mpn_ior_n(r, r, tb, n);
    else mpn_xor_n(r, r, tb, n);
    free(tb);
    bool neg = r[n - 1] >> 63;
    if (neg) {
        mpn_com(r, r, n);
        mpn_add_1(r, r, n, 1);
    }
    return finish(p, h, n, neg);
}

Term big_band(Process *p) { return bitwise(p, '&'); }
Term big_bor(Process *p) { return bitwise(p, '|'); }
Term big_bxor(Process *p) { return bitwise(p, '^'); }

/* bnot(x) = -x - 1 */
Term big_bnot(Process *p) {
    if (!is_integer(p->x[0])) return badarith(p);
    size_t n = nlimbs(p->x[0]) + 1;
    Term *h = reserve(p, n);
    if (!h) return THE_NON_VALUE;
    Num a;
    num_of(p->x[0], &a);
    mp_limb_t *r = (mp_limb_t *)(h + 1);
    if (a.neg) {
        mpn_sub_1(r, a.d, a.n, 1);
        return finish(p, h, a.n, false);
    }
    r[a.n] = mpn_add_1(r, a.d, a.n, 1);
    return finish(p, h, n, true);
}

/* ---- shifts ---- */

static Term shift_left(Process *p, size_t s) {
    size_t n = nlimbs(p->x[0]) + s / 64 + 1;
    if (s / 64 > BIG_MAX_LIMBS) return sys_limit(p);
    Term *h = reserve(p, n);
    if (!h) return THE_NON_VALUE;
    Num a;
    num_of(p->x[0], &a);
    mp_limb_t *r = (mp_limb_t *)(h + 1);
    memset(r, 0, (s / 64) * sizeof(mp_limb_t));
    if (s % 64) r[n - 1] = mpn_lshift(r + s / 64, a.d, a.n, (unsigned)(s % 64));
    else {
        memcpy(r + s / 64, a.d, a.n * sizeof(mp_limb_t));
        r[n - 1] = 0;
    }
    return finish(p, h, n, a.neg);
}

/* floor(x / 2^s): for negative x that is -(((|x| - 1) >> s) + 1). */
static Term shift_right(Process *p, size_t s) {
    size_t an = nlimbs(p->x[0]);
    Num a;
    num_of(p->x[0], &a);
    if (s / 64 >= an) return make_small(a.neg ? -1 : 0);
    size_t n = an - s / 64 + 1;
    Term *h = reserve(p, n);
    if (!h) return THE_NON_VALUE;
    num_of(p->x[0], &a);
    mp_limb_t *r = (mp_limb_t *)(h + 1);
    memcpy(r, a.d, an * sizeof(mp_limb_t));
    if (a.neg) mpn_sub_1(r, r, an, 1);
    size_t m = an - s / 64;
    memmove(r, r + s / 64, m * sizeof(mp_limb_t));
    if (s % 64) mpn_rshift(r, r, m, (unsigned)(s % 64));
    r[m] = 0;
    if (a.neg) mpn_add_1(r, r, m + 1, 1);
    return finish(p, h, m + 1, a.neg);
}

static Term shift(Process *p, bool left) {
    Term x = p->x[0], c = p->x[1];
    if (!is_integer(x) || !is_integer(c)) return badarith(p);
    if (!is_small(c)) {
        /* counts beyond any memory: only zero survives a left shift */
        if (big_is_neg(c) == left) return make_small(is_small(x) ? (small_val(x) < 0 ? -1 : 0) : (big_is_neg(x) ? -1 : 0));
        return is_zero(x) ? x : sys_limit(p);
    }
    SInt s = small_val(c);
    if (!left) s = -s;
    if (is_zero(x) || s == 0) return x;
    if (s > 0) return shift_left(p, (size_t)s);
    return shift_right(p, (size_t)(0 - (uint64_t)s));
}

Term big_bsl(Process *p) { return shift(p, true); }
Term big_bsr(Process *p) { return shift(p, false); }

/* ---- power ---- */

/* x ** e by squaring into malloc'd buffers (sized by the result bound),
 * then copied onto the heap. */
Term big_pow(Process *p) {
    Term x = p->x[0], e = p->x[1];
    if (!is_integer(x) || !is_integer(e) || (is_small(e) ? small_val(e) < 0 : big_is_neg(e))) return badarith(p);
    if (is_small(x) && small_val(x) >= -1 && small_val(x) <= 1) {
        SInt v = small_val(x);
        bool odd = is_small(e) ? (small_val(e) & 1) : (big_limbs(e)[0] & 1);
        if (v == 0) return make_small(is_zero(e) ? 1 : 0);
        return make_small(v == -1 && odd ? -1 : 1);
    }
    if (!is_small(e)) return sys_limit(p);
    uint64_t k = (uint64_t)small_val(e);
    Num a;
    num_of(x, &a);
    uint64_t bits = a.n * 64 - (uint64_t)__builtin_clzll(a.d[a.n - 1]);
    if (k && bits > (uint64_t)BIG_MAX_LIMBS * 64 / k) return sys_limit(p);
    if (k == 0) return make_small(1);
    size_t cap = (size_t)(bits * k / 64) + a.n + 4;
    mp_limb_t *r = malloc(cap * 8), *b = malloc(cap * 8), *t = malloc(cap * 8);
    Term res = THE_NON_VALUE;
    if (!r || !b || !t) { res = sys_limit(p); goto done; }
    size_t rn = 1, bn = a.n;
    r[0] = 1;
    memcpy(b, a.d, a.n * 8);
    for (;;) {
        if (k & 1) {
            if (rn >= bn) mpn_mul(t, r, rn, b, bn); else mpn_mul(t, b, bn, r, rn);
            rn += bn;
            while (rn > 1 && t[rn - 1] == 0) rn--;
            memcpy(r, t, rn * 8);
        }
        k >>= 1;
        if (!k) break;
        mpn_sqr(t, b, bn);
        bn *= 2;
        while (bn > 1 && t[bn - 1] == 0) bn--;
        memcpy(b, t, bn * 8);
    }
    res = big_make(p, r, rn, a.neg && (small_val(p->x[1]) & 1));
done:
    free(r);
    free(b);
    free(t);
    return res;
}

/* ---- conversions ---- */

Term big_from_double(Process *p, double d) {
    d = trunc(d);
    if (d != d || d - d != 0) return badarith(p);
    if (fabs(d) < 1152921504606846976.0) return make_small((SInt)d);   /* 2^60 */
    int exp;
    double m = frexp(fabs(d), &exp);           /* |d| = m * 2^exp, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);    /* exact: 53 significant bits */
    size_t s = (size_t)exp - 53;
    size_t n = s / 64 + 2;
    uint64_t limbs[20] = {0};
    if (n > 20) return badarith(p);
    limbs[s / 64] = mant << (s % 64);
    if (s % 64) limbs[s / 64 + 1] = mant >> (64 - s % 64);
    return big_make(p, limbs, n, d < 0);
}

/* Limb by limb from the top, as BEAM does, so results agree bit for bit. */
double big_to_double(Term t) {
    if (is_small(t)) return (double)small_val(t);
    const uint64_t *l = big_limbs(t);
    double d = 0.0;
    for (size_t i = big_nlimbs(t); i-- > 0; ) d = d * 18446744073709551616.0 + (double)l[i];
    return big_is_neg(t) ? -d : d;
}

bool big_to_int64(Term t, int64_t *out) {
    if (is_small(t)) { *out = small_val(t); return true; }
    if (!is_bignum(t) || big_nlimbs(t) != 1) return false;
    uint64_t m = big_limbs(t)[0];
    if (big_is_neg(t)) {
        if (m > (uint64_t)1 << 63) return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    }
    return true;
}

int big_compare(Term a, Term b) {
    if (is_small(a) && is_small(b)) return (small_val(a) > small_val(b)) - (small_val(a) < small_val(b));
    Num x, y;
    num_of(a, &x);
    num_of(b, &y);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c;
    /* a small's magnitude is always below a bignum's */
    if (is_small(a) != is_small(b)) c = is_small(a) ? -1 : 1;
    else if (x.n != y.n) c = x.n > y.n ? 1 : -1;
    else c = mpn_cmp(x.d, y.d, x.n);
    c = (c > 0) - (c < 0);
    return x.neg ? -c : c;
}

static const char digit_chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

char *big_to_string(Term t, unsigned base) {
    if (base < 2 || base > 36 || !is_integer(t)) return NULL;
    Num a;
    num_of(t, &a);
    size_t cap = a.n * 64 + 3;
    char *s = malloc(cap);
    mp_limb_t *tmp = malloc(a.n * sizeof(mp_limb_t) + 8);
    if (!s || !tmp) { free(s); free(tmp); return NULL; }
    size_t len;
    if (a.n == 1 && a.d[0] == 0) {
        s[0] = 0;
        len = 1;
    } else {
        memcpy(tmp, a.d, a.n * sizeof(mp_limb_t));   /* mpn_get_str clobbers its input */
        len = mpn_get_str((unsigned char *)s + 1, (int)base, tmp, (mp_size_t)a.n);
        memmove(s, s + 1, len);
    }
    free(tmp);
    size_t off = a.neg ? 1 : 0;
    memmove(s + off, s, len);
    for (size_t i = 0; i < len; i++) s[off + i] = digit_chars[(unsigned char)s[off + i]];
    if (a.neg) s[0] = '-';
    s[off + len] = 0;
    return s;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

Term big_from_string(Process *p, const char *s, size_t len, unsigned base) {
    if (base < 2 || base > 36) return THE_NON_VALUE;
    bool neg = false;
    if (len && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; s++; len--; }
    if (!len) return THE_NON_VALUE;
    for (size_t i = 0; i < len; i++) if ((unsigned)digit_value(s[i]) >= base) return THE_NON_VALUE;
    while (len > 1 && s[0] == '0') { s++; len--; }
    if (len <= 15 && base <= 10) {
        SInt v = 0;
        for (size_t i = 0; i < len; i++) v = v * (SInt)base + digit_value(s[i]);
        return make_small(neg ? -v : v);
    }
    size_t n = len * 6 / 64 + 2;
    if (n > BIG_MAX_LIMBS) return sys_limit(p);
    unsigned char *dig = malloc(len);
    mp_limb_t *l = malloc(n * sizeof(mp_limb_t));
    Term r = THE_NON_VALUE;
    if (dig && l) {
        for (size_t i = 0; i < len; i++) dig[i] = (unsigned char)digit_value(s[i]);
        size_t ln = dig[0] ? (size_t)mpn_set_str(l, dig, len, (int)base) : 0;
        r = big_make(p, l, ln, neg);
    } else {
        r = sys_limit(p);
    }
    free(dig);
    free(l);
    return r;
}
