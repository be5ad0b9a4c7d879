/* bif_lists.c — :lists built-ins that take no funs (the fun-taking ones are
 * written in Elixir by the stdlib). Lists are copied into C arrays only
 * after the heap words for the result are reserved, so nothing collects
 * while a C array holds raw terms. */
#include <stdlib.h>
#include "bif.h"
#include "compare.h"

static Term function_clause(Process *p) { RAISE_ERROR(p, AM(function_clause)); }

/* Cons the n terms of a[] into a list ending in tail, in h (2n words). */
static Term build_list(Term *h, const Term *a, size_t n, Term tail) {
    Term list = tail;
    for (size_t i = n; i-- > 0;) {
        h[2 * i] = a[i];
        h[2 * i + 1] = list;
        list = make_list(h + 2 * i);
    }
    return list;
}

/* The first n elements of list l copied in front of tail (n <= length). */
static Term copy_prefix(Term *h, Term l, size_t n, Term tail) {
    if (n == 0) return tail;
    for (size_t i = 0; i < n; i++, l = CDR(l)) {
        h[2 * i] = CAR(l);
        h[2 * i + 1] = i + 1 < n ? make_list(h + 2 * i + 2) : tail;
    }
    return make_list(h);
}

static bool small_arg(Term t, SInt lo, SInt *v) {
    if (!is_small(t) || small_val(t) < lo) return false;
    *v = small_val(t);
    return true;
}

/* ---- reverse, append, flatten ---- */

Term bif_lists_reverse_2(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    BIF_RESERVE(h, p, 2 * n);
    Term acc = args[1];
    for (Term l = args[0]; is_cons(l); l = CDR(l), h += 2) {
        h[0] = CAR(l);
        h[1] = acc;
        acc = make_list(h);
    }
    return acc;
}

Term bif_lists_reverse_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return function_clause(p);
    args[1] = NIL;
    p->nx = 2;
    return bif_lists_reverse_2(p, args);
}

Term bif_lists_append_2(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    BIF_RESERVE(h, p, 2 * n);
    return copy_prefix(h, args[0], n, args[1]);
}

Term bif_lists_append_1(Process *p, Term *args) {
    size_t outer, total = 0, n;
    if (!bif_list_length(args[0], &outer)) return function_clause(p);
    for (Term l = args[0]; is_cons(l); l = CDR(l)) {
        if (!is_cons(CDR(l))) break;   /* the last one is the tail, any term */
        if (!bif_list_length(CAR(l), &n)) return bif_badarg(p);
        total += n;
    }
    if (outer == 0) return NIL;
    BIF_RESERVE(h, p, 2 * total);
    Term tail = NIL, last = THE_NON_VALUE;
    Term *out = h;
    Term *link = &tail;
    for (Term l = args[0]; is_cons(l); l = CDR(l)) {
        if (!is_cons(CDR(l))) { last = CAR(l); break; }
        for (Term e = CAR(l); is_cons(e); e = CDR(e), out += 2) {
            out[0] = CAR(e);
            *link = make_list(out);
            link = out + 1;
        }
    }
    *link = last;
    return tail;
}

/* Words a flattened copy needs; false unless every nested list is proper. */
static bool flat_count(Term l, size_t *n, int depth) {
    if (depth > 10000) return false;
    for (; is_cons(l); l = CDR(l)) {
        if (is_list(CAR(l))) {
            if (!flat_count(CAR(l), n, depth + 1)) return false;
        } else {
            (*n)++;
        }
    }
    return is_nil(l);
}

static Term *flat_copy(Term l, Term *out, Term **link) {
    for (; is_cons(l); l = CDR(l)) {
        if (is_list(CAR(l))) {
            out = flat_copy(CAR(l), out, link);
        } else {
            out[0] = CAR(l);
            **link = make_list(out);
            *link = out + 1;
            out += 2;
        }
    }
    return out;
}

Term bif_lists_flatten_2(Process *p, Term *args) {
    size_t n = 0;
    if (!flat_count(args[0], &n, 0) || !is_list(args[1])) return function_clause(p);
    BIF_RESERVE(h, p, 2 * n);
    Term result = NIL, *link = &result;
    flat_copy(args[0], h, &link);
    *link = args[1];
    return result;
}

Term bif_lists_flatten_1(Process *p, Term *args) {
    args[1] = NIL;
    p->nx = 2;
    return bif_lists_flatten_2(p, args);
}

/* ---- membership and keys ---- */

Term bif_lists_member_2(Process *p, Term *args) {
    Term l = args[1];
    for (; is_cons(l); l = CDR(l))
        if (term_exact(CAR(l), args[0])) return ATOM_true;
    return is_nil(l) ? ATOM_false : bif_badarg(p);
}

/* Position (0-based) of the first tuple whose element n equals key, or -1;
 * -2 when the list is improper. */
static SInt key_pos(Term key, size_t n, Term l) {
    SInt i = 0;
    for (; is_cons(l); l = CDR(l), i++) {
        Term e = CAR(l);
        if (is_tuple(e) && tuple_arity(e) >= n && term_equal(TUPLE_ELEM(e, n - 1), key)) return i;
    }
    return is_nil(l) ? -1 : -2;
}

/* The cell holding element i (0-based) of l, which has more than i. */
static Term nth_cell(Term l, SInt i) {
    while (i-- > 0) l = CDR(l);
    return l;
}
static Term nth_elem(Term l, SInt i) { return CAR(nth_cell(l, i)); }

Term bif_lists_keyfind_3(Process *p, Term *args) {
    SInt n;
    if (!small_arg(args[1], 1, &n)) return bif_badarg(p);
    SInt i = key_pos(args[0], (size_t)n, args[2]);
    if (i == -2) return bif_badarg(p);
    return i < 0 ? ATOM_false : nth_elem(args[2], i);
}

/* {value, Tuple} or false: keyfind's old form. */
Term bif_lists_keysearch_3(Process *p, Term *args) {
    Term t = bif_lists_keyfind_3(p, args);
    return t == THE_NON_VALUE || t == ATOM_false ? t : bif_tuple2(p, atom_intern("value", 5), t);
}

Term bif_lists_keymember_3(Process *p, Term *args) {
    SInt n;
    if (!small_arg(args[1], 1, &n)) return bif_badarg(p);
    SInt i = key_pos(args[0], (size_t)n, args[2]);
    if (i == -2) return bif_badarg(p);
    return make_bool(i >= 0);
}

/* The list in x[li] with its element at index i replaced by x[ri], or
 * removed when ri < 0. May collect. */
static Term replace_at(Process *p, unsigned li, SInt i, int ri) {
    BIF_RESERVE(h, p, 2 * (size_t)(i + 1));
    Term l = p->x[li];
    Term rest = CDR(nth_cell(l, i));
    if (ri >= 0) {
        h[2 * i] = p->x[ri];
        h[2 * i + 1] = rest;
        rest = make_list(h + 2 * i);
    }
    return copy_prefix(h, l, (size_t)i, rest);
}

Term bif_lists_delete_2(Process *p, Term *args) {
    SInt i = 0;
    Term l = args[1];
    for (; is_cons(l); l = CDR(l), i++)
        if (term_exact(CAR(l), args[0])) return replace_at(p, 1, i, -1);
    return is_nil(l) ? args[1] : function_clause(p);
}

/* ---- sorting: natural merge sorts on a C array ----
 * The list is cut into runs, which are then merged stably, so sorted and
 * reversed lists cost one pass. usort is stable. sort/1 and keysort/2 are
 * not quite, and Enum.sort and List.keysort show it when terms compare
 * equal but differ (1 and 1.0): OTP cuts its runs in its own way, and we
 * cut them the same way so that such terms come out where Elixir prints
 * them. */

typedef struct { size_t key; } SortCtx;   /* key: tuple position (1-based), 0 for whole terms */

static int cmp_terms(const SortCtx *c, Term a, Term b) {
    if (c->key) { a = TUPLE_ELEM(a, c->key - 1); b = TUPLE_ELEM(b, c->key - 1); }
    if (is_small(a) && is_small(b)) return (small_val(a) > small_val(b)) - (small_val(a) < small_val(b));
    return term_compare(a, b);
}

static void reverse(Term *a, size_t n) {
    for (size_t lo = 0, hi = n; lo + 1 < hi; lo++, hi--) { Term t = a[lo]; a[lo] = a[hi - 1]; a[hi - 1] = t; }
}

/* Merges the sorted a[0..m) and a[m..n) through tmp (m words); ties go to
 * the first. */
static void merge(const SortCtx *c, Term *a, Term *tmp, size_t m, size_t n) {
    if (cmp_terms(c, a[m - 1], a[m]) <= 0) return;
    memcpy(tmp, a, m * sizeof *a);
    size_t i = 0, j = m, k = 0;
    while (i < m && j < n) a[k++] = cmp_terms(c, a[j], tmp[i]) < 0 ? a[j++] : tmp[i++];
    while (i < m) a[k++] = tmp[i++];
}

/* ends[k] is the end of the k-th sorted run of a; merges neighbours until
 * one run is left. */
static void merge_runs(const SortCtx *c, Term *a, Term *tmp, size_t *ends, size_t nr) {
    while (nr > 1) {
        size_t out = 0, start = 0;
        for (size_t k = 0; k < nr; k += 2) {
            if (k + 1 < nr) merge(c, a + start, tmp, ends[k] - start, ends[k + 1] - start);
            size_t end = ends[k + 1 < nr ? k + 1 : k];
            ends[out++] = end;
            start = end;
        }
        nr = out;
    }
}

/* The stable cut: ascending runs, and strictly descending ones reversed.
 * Returns the number of runs. */
static size_t stable_runs(const SortCtx *c, Term *a, size_t *ends, size_t n) {
    size_t nr = 0;
    for (size_t i = 0; i < n; i = ends[nr++]) {
        size_t j = i + 1;
        if (j < n && cmp_terms(c, a[i], a[j]) > 0) {
            while (j + 1 < n && cmp_terms(c, a[j], a[j + 1]) > 0) j++;
            reverse(a + i, j + 1 - i);
        } else {
            while (j + 1 < n && cmp_terms(c, a[j], a[j + 1]) <= 0) j++;
        }
        ends[nr] = j + 1 < n ? j + 1 : n;
    }
    return nr;
}

/* Whether b may follow a in a run going dir. keysort's descending runs
 * are strict, which keeps equal keys in their order. */
static bool may_follow(const SortCtx *c, int dir, Term a, Term b) {
    int k = cmp_terms(c, a, b);
    return dir > 0 ? k <= 0 : c->key ? k > 0 : k >= 0;
}

/* OTP's cut, for sort/1 and keysort/2 of the n >= 4 elements of list l
 * into a. The first neighbours that differ (as whole terms) choose a
 * direction for all runs by their keys; the equal ones before them begin
 * the first run. A run is extended by the next element that may follow
 * its last, or that fits between its last two, or that may precede both
 * while it has only two. Any other element is set aside; the next such
 * one ends the run, and the two begin the next. A descending sort/1
 * stores its runs from the back of a, so that the stable merge lets later
 * runs win ties, as OTP's merges do there. run: n words of scratch.
 * Returns the number of runs, their ends in ends. */
static size_t otp_runs(const SortCtx *c, Term l, Term *a, Term *run, size_t *ends, size_t n) {
    size_t len = 0, filled = 0, nr = 0;
    while (is_cons(CDR(l)) && term_compare(CAR(l), CAR(CDR(l))) == 0) { run[len++] = CAR(l); l = CDR(l); }
    if (!is_cons(CDR(l))) {                     /* all equal: already sorted */
        run[len++] = CAR(l);
        memcpy(a, run, n * sizeof *a);
        ends[0] = n;
        return 1;
    }
    int dir = cmp_terms(c, CAR(l), CAR(CDR(l))) <= 0 ? 1 : -1;
    bool back = dir < 0 && !c->key;   /* later runs win ties */
    run[len++] = CAR(l); l = CDR(l);
    run[len++] = CAR(l); l = CDR(l);
    Term spare = THE_NON_VALUE;
    for (;; l = CDR(l)) {
        Term z = is_cons(l) ? CAR(l) : THE_NON_VALUE;
        if (z != THE_NON_VALUE) {
            Term x = run[len - 2], y = run[len - 1];
            if (may_follow(c, dir, y, z)) { run[len++] = z; continue; }
            if (may_follow(c, dir, x, z)) { run[len - 1] = z; run[len++] = y; continue; }
            if (len == 2) { run[2] = y; run[1] = x; run[0] = z; len = 3; continue; }
            if (spare == THE_NON_VALUE) { spare = z; continue; }
        }
        /* the run ends: store it, ascending */
        if (dir < 0) reverse(run, len);
        memcpy(back ? a + n - filled - len : a + filled, run, len * sizeof *a);
        filled += len;
        ends[nr++] = len;
        if (z == THE_NON_VALUE) break;
        /* when equal, the one set aside comes first in the result */
        int sz = cmp_terms(c, spare, z);
        bool spare_first = dir > 0 ? sz <= 0 : sz > 0;
        run[0] = spare_first ? spare : z;
        run[1] = spare_first ? z : spare;
        len = 2;
        spare = THE_NON_VALUE;
    }
    if (spare != THE_NON_VALUE) {
        a[back ? n - filled - 1 : filled] = spare;
        ends[nr++] = 1;
    }
    /* ends holds the runs' lengths in the order they were cut */
    if (back)
        for (size_t lo = 0, hi = nr; lo + 1 < hi; lo++, hi--) { size_t t = ends[lo]; ends[lo] = ends[hi - 1]; ends[hi - 1] = t; }
    for (size_t k = 0, end = 0; k < nr; k++) ends[k] = end += ends[k];
    return nr;
}
/* Sorts the proper list in x[0] (already validated, n elements); when
 * unique, drops elements equal to the one before; stable unless otp_cut.
 * May collect (first). */
static Term sort_list(Process *p, size_t n, size_t key, bool unique, bool otp_cut) {
    Term *a = malloc(2 * n * sizeof *a + 1), *tmp = a + n;
    size_t *ends = malloc((n + 1) * sizeof *ends);
    if (!a || !ends) { free(a); free(ends); return bif_oom(p); }
    Term *h = heap_reserve(p, 2 * n);   /* no collection after this */
    if (!h) { free(a); free(ends); return bif_oom(p); }
    SortCtx c = { key };
    size_t nr;
    if (otp_cut && n > 3) {          /* OTP sorts up to three stably */
        nr = otp_runs(&c, p->x[0], a, tmp, ends, n);
    } else {
        size_t i = 0;
        for (Term l = p->x[0]; is_cons(l); l = CDR(l)) a[i++] = CAR(l);
        nr = stable_runs(&c, a, ends, n);
    }
    merge_runs(&c, a, tmp, ends, nr);
    free(ends);
    size_t m = n;
    if (unique && n > 0) {
        m = 1;
        for (size_t i = 1; i < n; i++)
            if (cmp_terms(&c, a[m - 1], a[i]) != 0) a[m++] = a[i];
    }
    Term list = build_list(h, a, m, NIL);
    p->htop = h + 2 * m;
    free(a);
    return list;
}

Term bif_lists_sort_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return function_clause(p);
    return sort_list(p, n, 0, false, true);
}

Term bif_lists_usort_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return function_clause(p);
    return sort_list(p, n, 0, true, false);
}

Term bif_lists_keysort_2(Process *p, Term *args) {
    SInt k;
    size_t n;
    if (!small_arg(args[0], 1, &k) || !bif_list_length(args[1], &n)) return bif_badarg(p);
    if (n < 2) return args[1];   /* as in Erlang: nothing compared, nothing checked */
    for (Term l = args[1]; is_cons(l); l = CDR(l))
        if (!is_tuple(CAR(l)) || tuple_arity(CAR(l)) < (size_t)k) return bif_badarg(p);
    args[0] = args[1];
    return sort_list(p, n, (size_t)k, false, true);
}


/* ---- numbers: seq, sum, max, min ---- */

static Term seq(Process *p, SInt from, SInt to, SInt inc) {
    SInt n = inc > 0 ? (to - from) / inc + 1 : inc < 0 ? (from - to) / -inc + 1 : 1;
    if (n <= 0) return NIL;
    if (n > ((SInt)1 << 40)) RAISE_ERROR(p, AM(system_limit));
    BIF_RESERVE(h, p, 2 * (size_t)n);
    Term list = NIL;
    for (SInt i = n; i-- > 0;) {
        h[2 * i] = make_small(from + i * inc);
        h[2 * i + 1] = list;
        list = make_list(h + 2 * i);
    }
    return list;
}

Term bif_lists_seq_2(Process *p, Term *args) {
    if (!is_small(args[0]) || !is_small(args[1]) || small_val(args[0]) - 1 > small_val(args[1]))
        return function_clause(p);
    return seq(p, small_val(args[0]), small_val(args[1]), 1);
}

Term bif_lists_seq_3(Process *p, Term *args) {
    if (!is_small(args[0]) || !is_small(args[1]) || !is_small(args[2])) return bif_badarg(p);
    SInt from = small_val(args[0]), to = small_val(args[1]), inc = small_val(args[2]);
    bool ok = inc > 0 ? from - inc <= to : inc < 0 ? from - inc >= to : from == to;
    if (!ok) return bif_badarg(p);
    return seq(p, from, to, inc);
}

Term bif_lists_sum_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return function_clause(p);
    p->x[2] = args[0];
    p->x[0] = make_small(0);
    p->nx = 3;
    while (is_cons(p->x[2])) {
        p->x[1] = CAR(p->x[2]);
        p->x[2] = CDR(p->x[2]);
        Term r = bif_erlang_add_2(p, p->x);
        if (r == THE_NON_VALUE) return r;
        p->x[0] = r;
    }
    return p->x[0];
}

static Term extreme(Process *p, Term l, int sign) {
    size_t n;
    if (!is_cons(l) || !bif_list_length(l, &n)) return function_clause(p);
    Term best = CAR(l);
    for (l = CDR(l); is_cons(l); l = CDR(l))
        if (term_compare(CAR(l), best) * sign > 0) best = CAR(l);
    return best;
}

Term bif_lists_max_1(Process *p, Term *args) { return extreme(p, args[0], 1); }
Term bif_lists_min_1(Process *p, Term *args) { return extreme(p, args[0], -1); }

/* ---- positions ---- */

Term bif_lists_nth_2(Process *p, Term *args) {
    SInt k;
    size_t n;
    if (!small_arg(args[0], 1, &k) || !bif_list_length(args[1], &n) || (size_t)k > n)
        return function_clause(p);
    return nth_elem(args[1], k - 1);
}

Term bif_lists_nthtail_2(Process *p, Term *args) {
    SInt k;
    if (!small_arg(args[0], 0, &k)) return function_clause(p);
    Term l = args[1];
    for (; k > 0; k--) {
        if (!is_cons(l)) return function_clause(p);
        l = CDR(l);
    }
    return l;
}

Term bif_lists_last_1(Process *p, Term *args) {
    Term l = args[0];
    if (!is_cons(l)) return function_clause(p);
    while (is_cons(CDR(l))) l = CDR(l);
    return CAR(l);
}

Term bif_lists_duplicate_2(Process *p, Term *args) {
    SInt n;
    if (!small_arg(args[0], 0, &n)) return function_clause(p);
    if (n > ((SInt)1 << 40)) RAISE_ERROR(p, AM(system_limit));
    BIF_RESERVE(h, p, 2 * (size_t)n);
    Term list = NIL;
    for (SInt i = 0; i < n; i++, h += 2) {
        h[0] = args[1];
        h[1] = list;
        list = make_list(h);
    }
    return list;
}

Term bif_lists_split_2(Process *p, Term *args) {
    SInt k;
    size_t n;
    if (!small_arg(args[0], 0, &k) || !bif_list_length(args[1], &n) || (size_t)k > n)
        return bif_badarg(p);
    BIF_RESERVE(h, p, 2 * (size_t)k + 3);
    Term rest = nth_cell(args[1], k);
    Term front = copy_prefix(h, args[1], (size_t)k, NIL);
    h += 2 * k;
    h[0] = make_header(KIND_TUPLE, 2);
    h[1] = front;
    h[2] = rest;
    return make_boxed(h);
}

static Term sublist(Process *p, unsigned li, SInt start, SInt len) {
    Term l = p->x[li];
    for (SInt i = 1; i < start && is_cons(l); i++) l = CDR(l);
    SInt k = 0;
    for (Term e = l; k < len && is_cons(e); e = CDR(e)) k++;
    BIF_RESERVE(h, p, 2 * (size_t)k);
    l = p->x[li];
    for (SInt i = 1; i < start && is_cons(l); i++) l = CDR(l);
    return copy_prefix(h, l, (size_t)k, NIL);
}

Term bif_lists_sublist_2(Process *p, Term *args) {
    SInt len;
    if (!small_arg(args[1], 0, &len) || !is_list(args[0])) return function_clause(p);
    return sublist(p, 0, 1, len);
}

Term bif_lists_sublist_3(Process *p, Term *args) {
    SInt start, len;
    if (!small_arg(args[1], 1, &start) || !small_arg(args[2], 0, &len) || !is_list(args[0]))
        return function_clause(p);
    return sublist(p, 0, start, len);
}

/* ---- pairs ---- */

Term bif_lists_zip_2(Process *p, Term *args) {
    size_t n, m;
    if (!bif_list_length(args[0], &n) || !bif_list_length(args[1], &m) || n != m)
        return function_clause(p);
    BIF_RESERVE(h, p, 5 * n);
    Term result = NIL, *link = &result;
    for (Term a = args[0], b = args[1]; is_cons(a); a = CDR(a), b = CDR(b), h += 5) {
        h[0] = make_header(KIND_TUPLE, 2);
        h[1] = CAR(a);
        h[2] = CAR(b);
        h[3] = make_boxed(h);
        *link = make_list(h + 3);
        link = h + 4;
    }
    *link = NIL;
    return result;
}

Term bif_lists_unzip_1(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return function_clause(p);
    for (Term l = args[0]; is_cons(l); l = CDR(l))
        if (!is_tuple(CAR(l)) || tuple_arity(CAR(l)) != 2) return function_clause(p);
    BIF_RESERVE(h, p, 4 * n + 3);
    Term as = NIL, bs = NIL, *la = &as, *lb = &bs;
    for (Term l = args[0]; is_cons(l); l = CDR(l), h += 4) {
        h[0] = TUPLE_ELEM(CAR(l), 0);
        *la = make_list(h);
        la = h + 1;
        h[2] = TUPLE_ELEM(CAR(l), 1);
        *lb = make_list(h + 2);
        lb = h + 3;
    }
    *la = NIL;
    *lb = NIL;
    h[0] = make_header(KIND_TUPLE, 2);
    h[1] = as;
    h[2] = bs;
    return make_boxed(h);
}

Term bif_lists_subtract_2(Process *p, Term *args) { return bif_erlang_subtract_2(p, args); }

Term bif_lists_prefix_2(Process *p, Term *args) {
    Term a = args[0], b = args[1];
    for (; is_cons(a) && is_cons(b); a = CDR(a), b = CDR(b))
        if (!term_exact(CAR(a), CAR(b))) return ATOM_false;
    if (is_nil(a)) return ATOM_true;
    return is_cons(a) && is_list(b) ? ATOM_false : function_clause(p);
}

