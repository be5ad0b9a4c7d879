/* gc.h — internal: the per-process copying collector and heap reservation.
 *
 * The rule every C function that builds terms follows: reserve, then build.
 *
 *     if (!heap_has(p, n)) gc_collect(p, n);   // may collect
 *     Term *h = heap_alloc(p, n);              // never collects
 *
 * A collection moves every term on p's heap. After any call that "may
 * collect", every Term held in a C local is stale: keep what you still need
 * in p->x[] (with p->nx covering it), on the stack, or re-read it. Roots are
 * the stack [stop, hend), x[0..nx), dict, exc_*. Return addresses and other
 * header-tagged words on the stack are skipped. Literals (outside the heap)
 * are never copied. VIAL_GC_STRESS=1 makes every reservation collect.
 */
#ifndef VIAL_GC_H
#define VIAL_GC_H

#include "process.h"

extern int gc_stress;   /* set from VIAL_GC_STRESS at start-up */

static inline bool heap_has(Process *p, size_t n) {
    return !gc_stress && (size_t)(p->stop - p->htop) >= n;
}
static inline Term *heap_alloc(Process *p, size_t n) {
    Term *h = p->htop;
    p->htop += n;
    return h;
}

/* Collect p so that at least `need` words are free between heap and stack,
 * growing the block when live data needs it. May collect (always does). */
void gc_collect(Process *p, size_t need);

/* Reserve n words, collecting if needed. May collect. */
static inline Term *heap_reserve(Process *p, size_t n) {
    if (!heap_has(p, n)) gc_collect(p, n);
    return heap_alloc(p, n);
}

#endif
