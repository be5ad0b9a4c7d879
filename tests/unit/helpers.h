/* helpers.h — building and checking terms in unit tests. */
#ifndef VIAL_TEST_HELPERS_H
#define VIAL_TEST_HELPERS_H

#include "term.h"
#include "process.h"
#include "gc.h"

/* Terms built by these live on p's heap and may collect. */
static inline Term t_tuple(Process *p, size_t n, const Term *elems) {
    Term r[16];
    if (n) memcpy(r, elems, n * sizeof(Term));
    GC_PROTECT(p, roots, r, n);
    Term *h = heap_reserve(p, n + 1);
    GC_UNPROTECT(p, roots);
    h[0] = make_header(KIND_TUPLE, n);
    if (n) memcpy(h + 1, r, n * sizeof(Term));
    return make_boxed(h);
}

static inline Term t_cons(Process *p, Term hd, Term tl) {
    Term r[2] = {hd, tl};
    GC_PROTECT(p, roots, r, 2);
    Term *h = heap_reserve(p, 2);
    GC_UNPROTECT(p, roots);
    h[0] = r[0];
    h[1] = r[1];
    return make_list(h);
}

static inline Term t_float(Process *p, double d) {
    Term *h = heap_reserve(p, 2);
    h[0] = make_header(KIND_FLOAT, 1);
    memcpy(h + 1, &d, 8);
    return make_boxed(h);
}

/* A process with room for `words` words and stress mode off, for tests of
 * something other than the collector that keep terms in C locals. */
static inline Process *t_roomy_proc(size_t words, int *saved_stress) {
    *saved_stress = gc_stress;
    gc_stress = 0;
    Process *p = proc_new();
    gc_collect(p, words);
    return p;
}

#endif
