/* gc.h — internal: the per-process copying collector and heap reservation.
 *
 * The rule every C function that builds terms follows: reserve, then build.
 *
 *     if (!heap_has(p, n)) gc_collect(p, n);   // may collect
 *     Term *h = heap_alloc(p, n);              // never collects
 *
 * A collection moves every term on p's heap. After any call that "may
 * collect", every Term held in a C local is stale: keep what you still need
 * in p->x[] (with p->nx covering it), on the stack, in a GcRoots array
 * (GC_PROTECT below), or re-read it. Roots are the stack [stop, hend),
 * x[0..nx), dict, exc_*, pending_exit, the mailbox's messages and the
 * GcRoots chain.
 * Return addresses and other header-tagged words on the stack are skipped.
 * Literals (outside the heap) are never copied. VIAL_GC_STRESS=1 makes every
 * reservation collect.
 *
 * The collector (gc.c) is generational and copying (Cheney's): the block
 * is the young generation; a minor collection copies its live terms into a
 * fresh block, promoting those that survived once already to the old heap;
 * a full collection, when the old heap is full, copies both generations.
 * Block sizes follow a Fibonacci-like sequence, so that live data fills at
 * most about a quarter of a block after growing, and a busy process keeps a
 * block of a few NURSERY_WORDS (gc.c) even when little of its data
 * survives; the stack is moved to the top of the new block unchanged (it
 * holds no pointers into itself). Heap fragments (HeapFrag: messages built
 * off-heap by a sender) are merged by the copy. Off-heap binaries that did
 * not survive lose one reference. Nothing may write a pointer into an
 * existing term: old terms are never scanned for young ones.
 */
#ifndef VIAL_GC_H
#define VIAL_GC_H

#include "process.h"

extern int gc_stress;   /* set from VIAL_GC_STRESS by gc_init; see stress_may_skip in gc.c */

/* Reads the environment (VIAL_GC_STRESS). Call once at start-up. */
void gc_init(void);

static inline bool heap_has(Process *p, size_t n) {
    return !gc_stress && (size_t)(p->stop - p->htop) >= n;
}
static inline Term *heap_alloc(Process *p, size_t n) {
    Term *h = p->htop;
    p->htop += n;
    return h;
}

/* Collect p so that at least `need` words are free between heap and stack,
 * growing the block when live data needs it. May collect (always does).
 * Returns false only when memory is exhausted (then p is unchanged except
 * that nothing was freed and the `need` words may not be free). */
bool gc_collect(Process *p, size_t need);

/* A full collection of both generations (:erlang.garbage_collect). May
 * collect (always does); false when out of memory. */
bool gc_collect_full(Process *p);

/* Reserve n words, collecting if needed. May collect. NULL when out of memory. */
static inline Term *heap_reserve(Process *p, size_t n) {
    if (!heap_has(p, n) && (!gc_collect(p, n) || (size_t)(p->stop - p->htop) < n)) return NULL;
    return heap_alloc(p, n);
}

/* Native code protects Term locals by pushing an array of them on the
 * process for the duration of a call that may collect:
 *     Term t[2] = {a, b};
 *     GC_PROTECT(p, r, t, 2);  ...may collect...  a = t[0];  GC_UNPROTECT(p, r);
 * Pushes and pops nest like the C stack. */
typedef struct GcRoots { struct GcRoots *next; Term *terms; size_t n; } GcRoots;
#define GC_PROTECT(p, name, arr, count) \
    GcRoots name = {(p)->roots, (arr), (count)}; (p)->roots = &name
#define GC_UNPROTECT(p, name) ((p)->roots = (name).next)

/* A heap fragment: terms built outside a process block (a message copied by
 * its sender). Once attached to a process, its terms may be referenced from
 * the process's roots; the next collection copies what is live into the
 * block and frees the fragment. REFC_BIN objects built in a fragment are
 * chained on frag->offheap (binary.h: bin_link). */
typedef struct HeapFrag {
    struct HeapFrag *next;
    Term *offheap;
    size_t size, used;
    Term data[];
} HeapFrag;

HeapFrag *gc_frag_new(size_t words);            /* NULL when out of memory */
static inline Term *gc_frag_alloc(HeapFrag *f, size_t n) {
    if (f->size - f->used < n) return NULL;
    Term *h = f->data + f->used;
    f->used += n;
    return h;
}
void gc_frag_attach(Process *p, HeapFrag *f);   /* p owns f from now on */
void gc_frag_free(HeapFrag *f);                 /* a fragment never attached */

/* Words of the young block (heap + stack), and of both generations. */
size_t gc_block_words(const Process *p);
size_t gc_heap_words(const Process *p);
void gc_free_old(Process *p);       /* frees the old generation (proc_free) */

#endif
