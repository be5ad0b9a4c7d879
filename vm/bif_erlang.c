/* bif_erlang.c — :erlang built-ins on numbers, booleans, type tests, tuples,
 * list basics, exceptions, the process dictionary, time and references.
 * Each follows Erlang's semantics and error reasons (badarg, badarith). */
#include <math.h>
#include <stdlib.h>
#include <time.h>
#include "bif.h"
#include "bignum.h"
#include "binary.h"
#include "compare.h"
#include "map.h"
#include "bytecode.h"
#include "module.h"

/* ---- arithmetic ---- */

typedef enum { AR_ADD, AR_SUB, AR_MUL } ArithOp;

static Term float_result(Process *p, double d) {
    if (!isfinite(d)) return bif_badarith(p);
    return bif_make_float(p, d);
}

static Term arith(Process *p, Term *args, ArithOp op) {
    Term a = args[0], b = args[1];
    if (is_small(a) && is_small(b)) {
        SInt x = small_val(a), y = small_val(b), r;
        bool ovf = op == AR_ADD ? __builtin_add_overflow(x, y, &r)
                 : op == AR_SUB ? __builtin_sub_overflow(x, y, &r)
                 : __builtin_mul_overflow(x, y, &r);
        if (!ovf && small_fits(r)) return make_small(r);
    }
    if (is_integer(a) && is_integer(b))
        return op == AR_ADD ? big_add(p) : op == AR_SUB ? big_sub(p) : big_mul(p);
    double x, y;
    if (!bif_get_double(a, &x) || !bif_get_double(b, &y)) return bif_badarith(p);
    return float_result(p, op == AR_ADD ? x + y : op == AR_SUB ? x - y : x * y);
}

Term bif_erlang_add_2(Process *p, Term *args) { return arith(p, args, AR_ADD); }
Term bif_erlang_sub_2(Process *p, Term *args) { return arith(p, args, AR_SUB); }
Term bif_erlang_mul_2(Process *p, Term *args) { return arith(p, args, AR_MUL); }

Term bif_erlang_fdiv_2(Process *p, Term *args) {
    double x, y;
    if (!bif_get_double(args[0], &x) || !bif_get_double(args[1], &y) || y == 0.0)
        return bif_badarith(p);
    return float_result(p, x / y);
}

Term bif_erlang_div_2(Process *p, Term *args) {
    Term a = args[0], b = args[1];
    if (!is_integer(a) || !is_integer(b)) return bif_badarith(p);
    if (is_small(a) && is_small(b)) {
        if (small_val(b) == 0) return bif_badarith(p);
        return bif_make_int(p, small_val(a) / small_val(b));
    }
    return big_div(p);
}

Term bif_erlang_rem_2(Process *p, Term *args) {
    Term a = args[0], b = args[1];
    if (!is_integer(a) || !is_integer(b)) return bif_badarith(p);
    if (is_small(a) && is_small(b)) {
        if (small_val(b) == 0) return bif_badarith(p);
        return make_small(small_val(a) % small_val(b));
    }
    return big_rem(p);
}

Term bif_erlang_neg_1(Process *p, Term *args) {
    Term a = args[0];
    if (is_small(a)) return bif_make_int(p, -small_val(a));
    if (is_bignum(a)) return big_neg(p);
    if (is_float(a)) return bif_make_float(p, -float_val(a));
    return bif_badarith(p);
}

Term bif_erlang_plus_1(Process *p, Term *args) {
    return is_number(args[0]) ? args[0] : bif_badarith(p);
}

Term bif_erlang_abs_1(Process *p, Term *args) {
    Term a = args[0];
    if (is_small(a)) return bif_make_int(p, llabs(small_val(a)));
    if (is_bignum(a)) return boxed_kind(a) == KIND_NEG_BIG ? big_neg(p) : a;
    /* -0.0 is not below zero: Erlang leaves it as it is */
    if (is_float(a)) return float_val(a) < 0 ? bif_make_float(p, -float_val(a)) : a;
    return bif_badarg(p);
}

/* A float rounded to an integer by f; small when it fits. */
static Term float_to_int(Process *p, double d) {
    if (d >= -1e18 && d <= 1e18) return bif_make_int(p, (int64_t)d);
    return big_from_double(p, d);
}

static Term round_with(Process *p, Term a, double (*f)(double)) {
    if (is_integer(a)) return a;
    if (!is_float(a)) return bif_badarg(p);
    return float_to_int(p, f(float_val(a)));
}

Term bif_erlang_trunc_1(Process *p, Term *args) { return round_with(p, args[0], trunc); }
Term bif_erlang_round_1(Process *p, Term *args) { return round_with(p, args[0], round); }
Term bif_erlang_floor_1(Process *p, Term *args) { return round_with(p, args[0], floor); }
Term bif_erlang_ceil_1(Process *p, Term *args) { return round_with(p, args[0], ceil); }

Term bif_erlang_float_1(Process *p, Term *args) {
    Term a = args[0];
    if (is_float(a)) return a;
    double d;
    if (!bif_get_double(a, &d)) return bif_badarg(p);
    if (!isfinite(d)) return bif_badarg(p);
    return bif_make_float(p, d);
}

/* ---- bitwise operations ----
 * Bignums take the general path: both operands as two's complement limb
 * arrays one limb wider than the larger, the operation limb by limb, and
 * the result back to sign and magnitude. */

typedef enum { BW_AND, BW_OR, BW_XOR } BitOp;

/* Two's complement of integer t in n limbs (n > its magnitude's limbs). */
static void twos(Term t, uint64_t *out, size_t n) {
    memset(out, 0, n * sizeof *out);
    bool neg;
    if (is_small(t)) {
        SInt v = small_val(t);
        neg = v < 0;
        out[0] = neg ? -(uint64_t)v : (uint64_t)v;
    } else {
        neg = boxed_kind(t) == KIND_NEG_BIG;
        memcpy(out, boxed_ptr(t) + 1, header_size(*boxed_ptr(t)) * sizeof *out);
    }
    if (!neg) return;
    unsigned carry = 1;
    for (size_t i = 0; i < n; i++) {
        out[i] = ~out[i] + carry;
        carry = carry && out[i] == 0;
    }
}

static size_t limbs_of(Term t) { return is_small(t) ? 1 : header_size(*boxed_ptr(t)); }

/* The integer whose two's complement is r[0..n). May collect. */
static Term from_twos(Process *p, uint64_t *r, size_t n) {
    bool neg = r[n - 1] >> 63;
    if (neg) {
        unsigned carry = 1;
        for (size_t i = 0; i < n; i++) { r[i] = ~r[i] + carry; carry = carry && r[i] == 0; }
    }
    while (n > 1 && r[n - 1] == 0) n--;
    if (n == 1 && r[0] <= (uint64_t)SMALL_MAX) return make_small(neg ? -(SInt)r[0] : (SInt)r[0]);
    if (n == 1 && neg && r[0] == (uint64_t)SMALL_MAX + 1) return make_small(SMALL_MIN);
    BIF_RESERVE(h, p, n + 1);
    h[0] = make_header(neg ? KIND_NEG_BIG : KIND_POS_BIG, n);
    memcpy(h + 1, r, n * sizeof *r);
    return make_boxed(h);
}

static Term bitwise(Process *p, Term *args, BitOp op) {
    Term a = args[0], b = args[1];
    if (!is_integer(a) || !is_integer(b)) return bif_badarith(p);
    if (is_small(a) && is_small(b)) {
        SInt x = small_val(a), y = small_val(b);
        return make_small(op == BW_AND ? (x & y) : op == BW_OR ? (x | y) : (x ^ y));
    }
    size_t n = (limbs_of(a) > limbs_of(b) ? limbs_of(a) : limbs_of(b)) + 1;
    uint64_t *x = malloc(2 * n * sizeof *x);
    if (!x) return bif_oom(p);
    uint64_t *y = x + n;
    twos(a, x, n);
    twos(b, y, n);
    for (size_t i = 0; i < n; i++)
        x[i] = op == BW_AND ? (x[i] & y[i]) : op == BW_OR ? (x[i] | y[i]) : (x[i] ^ y[i]);
    Term r = from_twos(p, x, n);
    free(x);
    return r;
}

Term bif_erlang_band_2(Process *p, Term *args) { return bitwise(p, args, BW_AND); }
Term bif_erlang_bor_2(Process *p, Term *args) { return bitwise(p, args, BW_OR); }
Term bif_erlang_bxor_2(Process *p, Term *args) { return bitwise(p, args, BW_XOR); }

Term bif_erlang_bnot_1(Process *p, Term *args) {
    if (is_small(args[0])) return make_small(~small_val(args[0]));
    if (is_bignum(args[0])) {   /* bnot x == -x - 1 */
        args[1] = make_small(1);
        p->nx = 2;
        args[0] = big_neg(p);
        if (args[0] == THE_NON_VALUE) return THE_NON_VALUE;
        return big_sub(p);
    }
    return bif_badarith(p);
}

/* 2^n as an integer, for shifts that leave the small range. May collect. */
static Term power_of_two(Process *p, SInt n) {
    if (n < SMALL_BITS - 2) return make_small((SInt)1 << n);
    size_t limbs = (size_t)n / 64 + 1;
    BIF_RESERVE(h, p, limbs + 1);
    h[0] = make_header(KIND_POS_BIG, limbs);
    memset(h + 1, 0, limbs * sizeof(Term));
    h[limbs] = (Term)1 << (n % 64);
    return make_boxed(h);
}

static Term shift(Process *p, Term *args, bool left) {
    Term a = args[0], b = args[1];
    if (!is_integer(a) || !is_small(b)) return bif_badarith(p);
    SInt n = small_val(b);
    if (!left) n = -n;
    if (n > (1 << 26)) RAISE_ERROR(p, AM(system_limit));
    if (is_small(a)) {
        SInt x = small_val(a);
        if (n <= 0) return make_small(n <= -63 ? (x < 0 ? -1 : 0) : x >> -n);
        if (n < 62) {
            SInt r = (SInt)((uint64_t)x << n);
            if ((r >> n) == x && small_fits(r)) return make_small(r);
        }
    }
    if (n >= 0) {   /* a * 2^n */
        p->nx = 2;
        args[1] = power_of_two(p, n);
        return args[1] == THE_NON_VALUE ? THE_NON_VALUE : big_mul(p);
    }
    /* bignum >> k: floor division by 2^k; all bits gone leaves 0 or -1 */
    if ((uint64_t)-n >= 64 * (uint64_t)limbs_of(a))
        return make_small(boxed_kind(a) == KIND_NEG_BIG ? -1 : 0);
    args[2] = args[0];
    p->nx = 3;
    args[1] = power_of_two(p, -n);
    if (args[1] == THE_NON_VALUE) return THE_NON_VALUE;
    Term q = big_div(p);
    if (q == THE_NON_VALUE) return q;
    if (boxed_kind(args[2]) == KIND_NEG_BIG) {
        args[0] = q;
        /* truncation rounded toward zero; floor needs one less unless exact */
        Term back = big_mul(p);
        if (back == THE_NON_VALUE) return back;
        if (!term_equal(back, args[2])) {
            args[1] = make_small(1);
            return big_sub(p);
        }
        return args[0];
    }
    return q;
}

Term bif_erlang_bsl_2(Process *p, Term *args) { return shift(p, args, true); }
Term bif_erlang_bsr_2(Process *p, Term *args) { return shift(p, args, false); }

/* ---- comparisons and booleans ---- */

Term bif_erlang_eq_2(Process *p, Term *args) { return make_bool(term_equal(args[0], args[1])); }
Term bif_erlang_ne_2(Process *p, Term *args) { return make_bool(!term_equal(args[0], args[1])); }
Term bif_erlang_eqx_2(Process *p, Term *args) { return make_bool(term_exact(args[0], args[1])); }
Term bif_erlang_nex_2(Process *p, Term *args) { return make_bool(!term_exact(args[0], args[1])); }
Term bif_erlang_lt_2(Process *p, Term *args) { return make_bool(term_compare(args[0], args[1]) < 0); }
Term bif_erlang_gt_2(Process *p, Term *args) { return make_bool(term_compare(args[0], args[1]) > 0); }
Term bif_erlang_le_2(Process *p, Term *args) { return make_bool(term_compare(args[0], args[1]) <= 0); }
Term bif_erlang_ge_2(Process *p, Term *args) { return make_bool(term_compare(args[0], args[1]) >= 0); }

Term bif_erlang_max_2(Process *p, Term *args) {
    return term_compare(args[0], args[1]) >= 0 ? args[0] : args[1];
}
Term bif_erlang_min_2(Process *p, Term *args) {
    return term_compare(args[0], args[1]) <= 0 ? args[0] : args[1];
}

Term bif_erlang_not_1(Process *p, Term *args) {
    if (!is_bool(args[0])) return bif_badarg(p);
    return make_bool(args[0] == ATOM_false);
}

#define BOOL_BIF(name, expr)                                              \
    Term bif_erlang_##name##_2(Process *p, Term *args) {                  \
        if (!is_bool(args[0]) || !is_bool(args[1])) return bif_badarg(p); \
        bool a = args[0] == ATOM_true, b = args[1] == ATOM_true;          \
        return make_bool(expr);                                           \
    }
BOOL_BIF(and, a && b)
BOOL_BIF(or, a || b)
BOOL_BIF(xor, a != b)

/* ---- type tests ---- */

#define TYPE_BIF(name, test) \
    Term bif_erlang_##name##_1(Process *p, Term *args) { return make_bool(test(args[0])); }
static bool is_binary_term(Term t) { return is_bitstring(t) && bin_view(t).bits % 8 == 0; }
TYPE_BIF(is_atom, is_atom)
TYPE_BIF(is_binary, is_binary_term)
TYPE_BIF(is_bitstring, is_bitstring)
TYPE_BIF(is_boolean, is_bool)
TYPE_BIF(is_float, is_float)
TYPE_BIF(is_function, is_fun)
TYPE_BIF(is_integer, is_integer)
TYPE_BIF(is_list, is_list)
TYPE_BIF(is_map, is_map)
TYPE_BIF(is_number, is_number)
TYPE_BIF(is_pid, is_pid)
static bool is_port_term(Term t) { return (t & TAG_IMM1_MASK) == TAG_PORT; }
TYPE_BIF(is_port, is_port_term)
TYPE_BIF(is_reference, is_ref)
TYPE_BIF(is_tuple, is_tuple)

Term bif_erlang_is_function_2(Process *p, Term *args) {
    if (!is_small(args[1]) || small_val(args[1]) < 0) return bif_badarg(p);
    if (!is_fun(args[0])) return ATOM_false;
    Term *f = boxed_ptr(args[0]);
    uint32_t arity = boxed_kind(args[0]) == KIND_FUN ? ((const FunEntry *)(uintptr_t)f[1])->arity
                                                     : ((const Export *)(uintptr_t)f[1])->arity;
    return make_bool(arity == small_val(args[1]));
}

/* ---- tuples ---- */

static bool tuple_index(Term tuple, Term index, size_t *i) {
    if (!is_tuple(tuple) || !is_small(index)) return false;
    SInt k = small_val(index);
    if (k < 1 || (size_t)k > tuple_arity(tuple)) return false;
    *i = (size_t)k - 1;
    return true;
}

Term bif_erlang_element_2(Process *p, Term *args) {
    size_t i;
    if (!tuple_index(args[1], args[0], &i)) return bif_badarg(p);
    return TUPLE_ELEM(args[1], i);
}

Term bif_erlang_setelement_3(Process *p, Term *args) {
    size_t i;
    if (!tuple_index(args[1], args[0], &i)) return bif_badarg(p);
    size_t n = tuple_arity(args[1]);
    BIF_RESERVE(h, p, n + 1);
    memcpy(h, boxed_ptr(args[1]), (n + 1) * sizeof(Term));
    h[i + 1] = args[2];
    return make_boxed(h);
}

Term bif_erlang_tuple_size_1(Process *p, Term *args) {
    if (!is_tuple(args[0])) return bif_badarg(p);
    return make_small((SInt)tuple_arity(args[0]));
}

#define MAX_TUPLE ((SInt)1 << 24)

Term bif_erlang_make_tuple_2(Process *p, Term *args) {
    if (!is_small(args[0]) || small_val(args[0]) < 0 || small_val(args[0]) > MAX_TUPLE)
        return bif_badarg(p);
    size_t n = (size_t)small_val(args[0]);
    BIF_RESERVE(h, p, n + 1);
    h[0] = make_header(KIND_TUPLE, n);
    for (size_t i = 0; i < n; i++) h[i + 1] = args[1];
    return make_boxed(h);
}

Term bif_erlang_make_tuple_3(Process *p, Term *args) {
    size_t len;
    if (!is_small(args[0]) || small_val(args[0]) < 0 || small_val(args[0]) > MAX_TUPLE
        || !bif_list_length(args[2], &len))
        return bif_badarg(p);
    SInt n = small_val(args[0]);
    for (Term l = args[2]; is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (!is_tuple(e) || tuple_arity(e) != 2 || !is_small(TUPLE_ELEM(e, 0))
            || small_val(TUPLE_ELEM(e, 0)) < 1 || small_val(TUPLE_ELEM(e, 0)) > n)
            return bif_badarg(p);
    }
    Term t = bif_erlang_make_tuple_2(p, args);
    if (t == THE_NON_VALUE) return t;
    for (Term l = args[2]; is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        TUPLE_ELEM(t, small_val(TUPLE_ELEM(e, 0)) - 1) = TUPLE_ELEM(e, 1);
    }
    return t;
}

Term bif_erlang_append_element_2(Process *p, Term *args) {
    if (!is_tuple(args[0])) return bif_badarg(p);
    size_t n = tuple_arity(args[0]);
    BIF_RESERVE(h, p, n + 2);
    memcpy(h + 1, tuple_elems(args[0]), n * sizeof(Term));
    h[0] = make_header(KIND_TUPLE, n + 1);
    h[n + 1] = args[1];
    return make_boxed(h);
}

Term bif_erlang_tuple_to_list_1(Process *p, Term *args) {
    if (!is_tuple(args[0])) return bif_badarg(p);
    size_t n = tuple_arity(args[0]);
    BIF_RESERVE(h, p, 2 * n);
    Term list = NIL;
    for (size_t i = n; i-- > 0;) {
        h[2 * i] = TUPLE_ELEM(args[0], i);
        h[2 * i + 1] = list;
        list = make_list(h + 2 * i);
    }
    return list;
}

Term bif_erlang_list_to_tuple_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    BIF_RESERVE(h, p, n + 1);
    h[0] = make_header(KIND_TUPLE, n);
    size_t i = 1;
    for (Term l = args[0]; is_cons(l); l = CDR(l)) h[i++] = CAR(l);
    return make_boxed(h);
}

/* ---- list basics ---- */

Term bif_erlang_length_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    return make_small((SInt)n);
}

Term bif_erlang_hd_1(Process *p, Term *args) {
    return is_cons(args[0]) ? CAR(args[0]) : bif_badarg(p);
}

Term bif_erlang_tl_1(Process *p, Term *args) {
    return is_cons(args[0]) ? CDR(args[0]) : bif_badarg(p);
}

Term bif_erlang_append_2(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    if (n == 0) return args[1];
    BIF_RESERVE(h, p, 2 * n);
    Term l = args[0];
    for (size_t i = 0; i < n; i++, l = CDR(l)) {
        h[2 * i] = CAR(l);
        h[2 * i + 1] = i + 1 < n ? make_list(h + 2 * i + 2) : args[1];
    }
    return make_list(h);
}

/* left -- right: each element of right removes the first exactly-equal
 * element of left. Right is sorted once so the whole is O((n+m) log m). */
typedef struct { Term t; size_t next; } Slot;

static int cmp_exact(Term a, Term b) {
    if (is_small(a) && is_small(b)) return (small_val(a) > small_val(b)) - (small_val(a) < small_val(b));
    return a == b ? 0 : term_compare_exact(a, b);
}

static int cmp_slot(const void *a, const void *b) {
    return cmp_exact(((const Slot *)a)->t, ((const Slot *)b)->t);
}

/* Index of the first slot of the run equal to t, or m when absent. */
static size_t find_run(const Slot *s, size_t m, Term t) {
    size_t lo = 0, hi = m;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_exact(s[mid].t, t) < 0) lo = mid + 1; else hi = mid;
    }
    return lo < m && cmp_exact(s[lo].t, t) == 0 ? lo : m;
}

/* The right-hand list as a sorted multiset; NULL when out of memory. */
static Slot *multiset(Term right, size_t m) {
    Slot *s = malloc(m * sizeof *s);
    if (!s) return NULL;
    size_t k = 0;
    for (Term l = right; is_cons(l); l = CDR(l)) s[k++].t = CAR(l);
    qsort(s, m, sizeof *s, cmp_slot);
    for (size_t i = 0; i < m; i++) s[i].next = i;   /* per run: next unused slot */
    return s;
}

/* Walks left removing the multiset's elements until it is used up; with
 * out, copies the kept cells there and returns the result, otherwise only
 * counts them into *kept. Never collects. */
static Term subtract_walk(Slot *s, size_t m, Term left, Term *out, size_t *kept) {
    Term result = NIL, *last = &result;
    size_t remaining = m;
    *kept = 0;
    for (; remaining > 0 && is_cons(left); left = CDR(left)) {
        Term e = CAR(left);
        size_t r = find_run(s, m, e);
        if (r < m && s[r].next < m && cmp_exact(s[s[r].next].t, e) == 0) {
            s[r].next++;
            remaining--;
            continue;
        }
        (*kept)++;
        if (!out) continue;
        out[0] = e;
        *last = make_list(out);
        last = out + 1;
        out += 2;
    }
    *last = left;   /* the rest is shared, not copied */
    return result;
}

/* Counting first lets the reservation be exact: reserving for the whole
 * left list would force a collection on every large subtraction. */
Term bif_erlang_subtract_2(Process *p, Term *args) {
    size_t n, m, kept;
    if (!bif_list_length(args[0], &n) || !bif_list_length(args[1], &m)) return bif_badarg(p);
    if (n == 0 || m == 0) return args[0];
    Slot *s = multiset(args[1], m);
    if (!s) return bif_oom(p);
    subtract_walk(s, m, args[0], NULL, &kept);
    free(s);
    BIF_RESERVE(h, p, 2 * kept);   /* no collection after this point */
    s = multiset(args[1], m);
    if (!s) return bif_oom(p);
    Term r = subtract_walk(s, m, args[0], h, &kept);
    free(s);
    return r;
}

/* ---- exceptions ---- */

Term bif_erlang_error_1(Process *p, Term *args) { return proc_raise(p, AM(error), args[0]); }
/* erlang:error(Reason, Args): Args (a list) stand in the top frame for
 * the arity of the function that raised. */
Term bif_erlang_error_2(Process *p, Term *args) {
    proc_raise(p, AM(error), args[0]);
    if (is_list(args[1])) p->exc_args = args[1];
    return THE_NON_VALUE;
}
/* erlang:error(Reason, Args | none, Options): an error_info map among the
 * options goes into the top frame's location, as BEAM puts it. */
Term bif_erlang_error_3(Process *p, Term *args) {
    bif_erlang_error_2(p, args);
    for (Term l = args[2]; is_cons(l); l = CDR(l)) {
        Term o = CAR(l);
        if (is_tuple(o) && tuple_arity(o) == 2 && TUPLE_ELEM(o, 0) == atom_intern("error_info", 10) &&
            is_map(TUPLE_ELEM(o, 1)))
            p->exc_info = TUPLE_ELEM(o, 1);
    }
    return THE_NON_VALUE;
}
Term bif_erlang_throw_1(Process *p, Term *args) { return proc_raise(p, AM(throw), args[0]); }
Term bif_erlang_exit_1(Process *p, Term *args) { return proc_raise(p, AM(exit), args[0]); }

/* ---- maps (guard BIFs) ---- */

Term bif_erlang_map_size_1(Process *p, Term *args) {
    if (!is_map(args[0])) return bif_raise2(p, AM(badmap), args[0]);
    return make_small((SInt)map_size(args[0]));
}

Term bif_erlang_map_get_2(Process *p, Term *args) {
    if (!is_map(args[1])) return bif_raise2(p, AM(badmap), args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == THE_NON_VALUE) return bif_raise2(p, AM(badkey), args[0]);
    return v;
}

Term bif_erlang_is_map_key_2(Process *p, Term *args) {
    if (!is_map(args[1])) return bif_raise2(p, AM(badmap), args[1]);
    return make_bool(map_get(args[1], args[0]) != THE_NON_VALUE);
}

/* ---- the process dictionary: p->dict is NIL (empty) or a map ---- */

/* Makes p->dict a map; false (raised) when out of memory. */
static bool dict_map(Process *p) {
    if (is_map(p->dict)) return true;
    Term m = map_new_from_pairs(p, NULL, 0);
    if (m == THE_NON_VALUE) return false;
    p->dict = m;
    return true;
}

Term bif_erlang_put_2(Process *p, Term *args) {
    if (!dict_map(p)) return THE_NON_VALUE;
    Term old = map_get(p->dict, args[0]);
    unsigned io = bif_push(p, old == THE_NON_VALUE ? AM(undefined) : old);
    Term d = map_put(p, p->dict, args[0], args[1]);
    if (d == THE_NON_VALUE) return d;
    p->dict = d;
    return p->x[io];
}

Term bif_erlang_get_1(Process *p, Term *args) {
    Term v = is_map(p->dict) ? map_get(p->dict, args[0]) : THE_NON_VALUE;
    return v == THE_NON_VALUE ? AM(undefined) : v;
}

/* The pairs of the dictionary as [{K, V}] (keys_only: [K]), optionally
 * only those whose value is exactly `value` (kept in x[vi]). May collect. */
static Term dict_list(Process *p, bool keys_only, int vi) {
    size_t n = is_map(p->dict) ? map_size(p->dict) : 0;
    BIF_RESERVE(h, p, n * (keys_only ? 2 : 5));
    Term list = NIL;
    if (n == 0) return list;
    MapIter it;
    Term k, v;
    map_iter_init(&it, p->dict);
    while (map_iter_next(&it, &k, &v)) {
        if (vi >= 0 && !term_exact(v, p->x[vi])) continue;
        Term e = k;
        if (!keys_only) {
            h[0] = make_header(KIND_TUPLE, 2); h[1] = k; h[2] = v;
            e = make_boxed(h);
            h += 3;
        }
        h[0] = e; h[1] = list;
        list = make_list(h);
        h += 2;
    }
    p->htop = h;
    return list;
}

Term bif_erlang_get_0(Process *p, Term *args) { return dict_list(p, false, -1); }
Term bif_erlang_get_keys_0(Process *p, Term *args) { return dict_list(p, true, -1); }
Term bif_erlang_get_keys_1(Process *p, Term *args) { return dict_list(p, true, 0); }

Term bif_erlang_erase_0(Process *p, Term *args) {
    Term all = dict_list(p, false, -1);
    p->dict = NIL;
    return all;
}

Term bif_erlang_erase_1(Process *p, Term *args) {
    Term old = is_map(p->dict) ? map_get(p->dict, args[0]) : THE_NON_VALUE;
    if (old == THE_NON_VALUE) return AM(undefined);
    unsigned io = bif_push(p, old);
    Term d = map_remove(p, p->dict, args[0]);
    if (d == THE_NON_VALUE) return d;
    p->dict = d;
    return p->x[io];
}

/* ---- time, unique integers, references ---- */

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Nanoseconds per unit, or 0 for an unknown unit. Native is nanoseconds. */
static int64_t unit_divisor(Term unit) {
    int64_t pps = 0;
    if (is_small(unit) && small_val(unit) > 0) pps = small_val(unit);
    else {
        size_t len;
        const char *s = is_atom(unit) ? atom_text(unit, &len) : NULL;
        if (!s) return 0;
        static const struct { const char *name; int64_t pps; } units[] = {
            {"second", 1}, {"seconds", 1}, {"millisecond", 1000}, {"milli_seconds", 1000},
            {"microsecond", 1000000}, {"micro_seconds", 1000000},
            {"nanosecond", 1000000000}, {"nano_seconds", 1000000000},
            {"native", 1000000000}, {"perf_counter", 1000000000},
        };
        for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
            if (strlen(units[i].name) == len && memcmp(units[i].name, s, len) == 0) pps = units[i].pps;
        if (!pps) return 0;
    }
    return pps;
}

static Term time_in(Process *p, clockid_t id, Term unit) {
    int64_t pps = unit_divisor(unit);
    if (!pps) return bif_badarg(p);
    int64_t ns = clock_ns(id);
    if (pps >= 1000000000) return bif_make_int(p, ns * (pps / 1000000000));
    int64_t per = 1000000000 / pps;
    return bif_make_int(p, ns >= 0 ? ns / per : -((-ns + per - 1) / per));
}

Term bif_erlang_system_time_0(Process *p, Term *args) { return bif_make_int(p, clock_ns(CLOCK_REALTIME)); }
Term bif_erlang_system_time_1(Process *p, Term *args) { return time_in(p, CLOCK_REALTIME, args[0]); }
Term bif_erlang_monotonic_time_0(Process *p, Term *args) { return bif_make_int(p, clock_ns(CLOCK_MONOTONIC)); }
Term bif_erlang_monotonic_time_1(Process *p, Term *args) { return time_in(p, CLOCK_MONOTONIC, args[0]); }

static uint64_t unique_counter;

Term bif_erlang_unique_integer_0(Process *p, Term *args) {
    return bif_make_int(p, (int64_t)__atomic_add_fetch(&unique_counter, 1, __ATOMIC_RELAXED));
}

Term bif_erlang_unique_integer_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    for (Term l = args[0]; is_cons(l); l = CDR(l)) {
        size_t len;
        const char *s = is_atom(CAR(l)) ? atom_text(CAR(l), &len) : NULL;
        if (!s || !((len == 8 && !memcmp(s, "positive", 8)) || (len == 9 && !memcmp(s, "monotonic", 9))))
            return bif_badarg(p);
    }
    return bif_erlang_unique_integer_0(p, args);
}

/* time_offset: system time minus monotonic time. */
Term bif_erlang_time_offset_0(Process *p, Term *args) {
    return bif_make_int(p, clock_ns(CLOCK_REALTIME) - clock_ns(CLOCK_MONOTONIC));
}

Term bif_erlang_time_offset_1(Process *p, Term *args) {
    int64_t pps = unit_divisor(args[0]);
    if (!pps) return bif_badarg(p);
    __int128 v = (__int128)(clock_ns(CLOCK_REALTIME) - clock_ns(CLOCK_MONOTONIC)) * pps;
    return bif_make_int(p, (int64_t)(v >= 0 ? v / 1000000000 : -((-v + 999999999) / 1000000000)));
}

/* convert_time_unit: rounds toward negative infinity, as Erlang does. */
Term bif_erlang_convert_time_unit_3(Process *p, Term *args) {
    int64_t from = unit_divisor(args[1]), to = unit_divisor(args[2]);
    if (!from || !to || !is_small(args[0])) return bif_badarg(p);
    __int128 v = (__int128)small_val(args[0]) * to;
    __int128 q = v / from;
    if (v % from != 0 && v < 0) q--;
    if (q > INT64_MAX || q < INT64_MIN) return bif_badarg(p);
    return bif_make_int(p, (int64_t)q);
}

Term bif_erlang_insert_element_3(Process *p, Term *args) {
    if (!is_tuple(args[1]) || !is_small(args[0]) || small_val(args[0]) < 1
        || (size_t)small_val(args[0]) > tuple_arity(args[1]) + 1)
        return bif_badarg(p);
    size_t n = tuple_arity(args[1]), at = (size_t)small_val(args[0]) - 1;
    BIF_RESERVE(h, p, n + 2);
    h[0] = make_header(KIND_TUPLE, n + 1);
    memcpy(h + 1, tuple_elems(args[1]), at * sizeof(Term));
    h[at + 1] = args[2];
    memcpy(h + at + 2, tuple_elems(args[1]) + at, (n - at) * sizeof(Term));
    return make_boxed(h);
}

Term bif_erlang_delete_element_2(Process *p, Term *args) {
    size_t at;
    if (!tuple_index(args[1], args[0], &at)) return bif_badarg(p);
    size_t n = tuple_arity(args[1]);
    BIF_RESERVE(h, p, n);
    h[0] = make_header(KIND_TUPLE, n - 1);
    memcpy(h + 1, tuple_elems(args[1]), at * sizeof(Term));
    memcpy(h + 1 + at, tuple_elems(args[1]) + at + 1, (n - at - 1) * sizeof(Term));
    return make_boxed(h);
}

Term bif_erlang_node_0(Process *p, Term *args) { return atom_intern("nonode@nohost", 13); }

/* ---- statistics and garbage_collect ---- */

static int64_t vm_start_ns, last_wall_ns, last_cpu_ns;

__attribute__((constructor)) static void note_start(void) {
    vm_start_ns = last_wall_ns = clock_ns(CLOCK_MONOTONIC);
}

/* statistics(:runtime | :wall_clock) -> {total_ms, ms_since_last_call} */
Term bif_erlang_statistics_1(Process *p, Term *args) {
    size_t len;
    const char *k = is_atom(args[0]) ? atom_text(args[0], &len) : NULL;
    int64_t now, total, since;
    if (k && len == 7 && !memcmp(k, "runtime", 7)) {
        now = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
        total = now;
        since = now - last_cpu_ns;
        last_cpu_ns = now;
    } else if (k && len == 10 && !memcmp(k, "wall_clock", 10)) {
        now = clock_ns(CLOCK_MONOTONIC);
        total = now - vm_start_ns;
        since = now - last_wall_ns;
        last_wall_ns = now;
    } else {
        return bif_badarg(p);
    }
    BIF_RESERVE(h, p, 3);
    h[0] = make_header(KIND_TUPLE, 2);
    h[1] = make_small(total / 1000000);
    h[2] = make_small(since / 1000000);
    return make_boxed(h);
}

