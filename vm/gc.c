/* gc.c — the per-process generational copying collector (Cheney).
 *
 * Young generation: the process block (heap below, stack above). The
 * high-water mark hwm splits the young heap: [heap, hwm) survived one
 * collection already. Old generation: a separate area [old_heap, old_top).
 *
 * A minor collection copies the live young terms breadth-first: those below
 * hwm are promoted to the old heap, the rest (and any heap fragments) go to
 * a fresh young block, whose top becomes the new hwm. Old terms are neither
 * scanned nor moved: terms are immutable, and an object below hwm is older
 * than everything above it, so nothing old can point to something young.
 * When the old heap has no room for a promotion, a full collection copies
 * everything live, young and old, into a fresh young block and drops the old
 * heap; the next minor collection promotes it all into an old heap sized for
 * it. Off-heap binaries that did not survive are released; each generation
 * keeps its own chain of them so that a minor collection leaves the old one
 * alone. See gc.h for the rules callers follow. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include "gc.h"
#include "atom.h"
#include "binary.h"

int gc_stress;

enum Mode {
    PROMOTE,    /* minor: [heap, hwm) to the old heap, the rest to the new block */
    KEEP,       /* minor without promotion: move the young generation (resizing) */
    FULL,       /* both generations into the new block */
};

typedef struct GcCtx {
    Term *lo, *hi;          /* from-space: the young block */
    Term *old_lo, *old_hi;  /* from-space too in a full collection, else empty */
    Term *aged;             /* [lo, aged) goes to the old heap */
    HeapFrag *frags;        /* also from-space */
    HeapFrag **sorted;      /* the fragments by address, when there are many (a full mailbox) */
    size_t nsorted;
    Term *htop;             /* young to-space allocation pointer */
    Term *otop;             /* old to-space allocation pointer */
} GcCtx;

void gc_init(void) {
    const char *s = getenv("VIAL_GC_STRESS");
    gc_stress = s && *s && *s != '0';
    /* Every collection mallocs a new block and frees the old one. Served by
     * mmap, each block would cost fresh zeroed pages (page faults were a
     * tenth of allocation-heavy programs); from the heap, freed blocks are
     * reused while their pages are still mapped. */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

/* ---- sizes ---- */

/* The next block size: a Fibonacci-like sequence from PROC_MIN_HEAP, so
 * growth is geometric (about 1.6x) and sizes repeat, which keeps malloc's
 * free lists useful. */
static size_t next_size(size_t words) {
    size_t a = PROC_MIN_HEAP, b = PROC_MIN_HEAP * 5 / 3;
    if (words <= a) return a;
    while (b < words) {
        size_t c = a + b;
        if (c < b) return words;   /* overflow: exact size */
        a = b;
        b = c;
    }
    return b;
}

size_t gc_block_words(const Process *p) { return (size_t)(p->hend - p->heap); }
size_t gc_heap_words(const Process *p) { return gc_block_words(p) + (size_t)(p->old_end - p->old_heap); }

/* ---- copying ---- */

static bool in_frags(const GcCtx *c, const Term *ptr) {
    if (!c->sorted) {
        for (HeapFrag *f = c->frags; f; f = f->next)
            if (ptr >= f->data && ptr < f->data + f->used) return true;
        return false;
    }
    size_t lo = 0, hi = c->nsorted;     /* the last fragment starting at or below ptr */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (c->sorted[mid]->data <= ptr) lo = mid;
        else hi = mid;
    }
    const HeapFrag *f = c->sorted[lo];
    return ptr >= f->data && ptr < f->data + f->used;
}

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(HeapFrag *const *)a, y = (uintptr_t)*(HeapFrag *const *)b;
    return x < y ? -1 : x > y;
}

/* Above a few fragments a linear search per pointer would make collecting
 * a process with a long mailbox quadratic; without memory for the index
 * it stays linear. */
static void sort_frags(GcCtx *c) {
    size_t n = 0;
    for (HeapFrag *f = c->frags; f; f = f->next) n++;
    if (n <= 8 || !(c->sorted = malloc(n * sizeof *c->sorted))) return;
    n = 0;
    for (HeapFrag *f = c->frags; f; f = f->next) c->sorted[n++] = f;
    qsort(c->sorted, n, sizeof *c->sorted, by_address);
    c->nsorted = n;
}

static inline bool in_from(const GcCtx *c, const Term *ptr) {
    if (ptr >= c->lo && ptr < c->hi) return true;
    if (ptr >= c->old_lo && ptr < c->old_hi) return true;
    return UNLIKELY(c->frags != NULL) && in_frags(c, ptr);
}

/* Where a copy of the object at ptr goes: aged terms to the old heap. */
static inline Term **dest(GcCtx *c, const Term *ptr) {
    return ptr < c->aged && ptr >= c->lo ? &c->otop : &c->htop;
}

/* The new location of t, copying its top object if not yet copied. */
static inline Term evacuate(GcCtx *c, Term t) {
    if (is_cons(t)) {
        Term *cell = list_ptr(t);
        if (!in_from(c, cell)) return t;
        if (cell[0] == THE_NON_VALUE) return cell[1];   /* forwarded */
        Term **top = dest(c, cell);
        Term *to = *top;
        *top += 2;
        to[0] = cell[0];
        to[1] = cell[1];
        cell[0] = THE_NON_VALUE;
        cell[1] = make_list(to);
        return cell[1];
    }
    if (is_boxed(t)) {
        Term *obj = boxed_ptr(t);
        if (!in_from(c, obj)) return t;
        Term hdr = obj[0];
        if (is_boxed(hdr)) return hdr;                  /* forwarded */
        size_t n = header_size(hdr) + 1;
        Term **top = dest(c, obj);
        Term *to = *top;
        *top += n;
        memcpy(to, obj, n * sizeof(Term));
        obj[0] = make_boxed(to);
        return obj[0];
    }
    return t;
}

static inline void evacuate_slot(GcCtx *c, Term *slot) {
    Term t = *slot;
    unsigned tag = term_primary(t);
    if (tag == TAG_LIST || tag == TAG_BOXED) *slot = evacuate(c, t);
}

/* Cheney scan of one to-space from `scan` up to its current top: objects
 * there still point to from-space. A header word starts a boxed object;
 * anything else a cons. Returns where it stopped. */
static Term *scan(GcCtx *c, Term *scan, Term *const *top) {
    while (scan < *top) {
        Term w = *scan;
        if (is_header(w)) {
            size_t n = header_size(w);
            if (header_kind(w) < KIND_FIRST_RAW)
                for (size_t i = 1; i <= n; i++) evacuate_slot(c, &scan[i]);
            scan += n + 1;
        } else {
            evacuate_slot(c, &scan[0]);
            evacuate_slot(c, &scan[1]);
            scan += 2;
        }
    }
    return scan;
}

/* Both to-spaces until neither has unscanned copies. */
static void scan_both(GcCtx *c, Term *young, Term *old) {
    while (young < c->htop || old < c->otop) {
        young = scan(c, young, &c->htop);
        old = scan(c, old, &c->otop);
    }
}

static void scan_roots(Process *p, GcCtx *c) {
    for (Term *s = p->stop; s < p->hend; s++) evacuate_slot(c, s);
    for (unsigned i = 0; i < p->nx && i < PROC_MAX_ARGS; i++) evacuate_slot(c, &p->x[i]);
    evacuate_slot(c, &p->dict);
    evacuate_slot(c, &p->exc_class);
    evacuate_slot(c, &p->exc_reason);
    evacuate_slot(c, &p->exc_trace);
    evacuate_slot(c, &p->pending_exit);
    if (p->mbox.nboxed)
        for (Msg *m = p->mbox.head; m; m = m->next) evacuate_slot(c, &m->term);
    for (GcRoots *r = p->roots; r; r = r->next)
        for (size_t i = 0; i < r->n; i++) evacuate_slot(c, &r->terms[i]);
}

/* Survivors of a from-space chain are relinked onto the chain of the
 * generation they were copied to; the others drop their reference. */
static void sweep_offheap(Process *p, Term *chain, enum Mode mode) {
    for (Term *o = chain; o; ) {
        Term *next = (Term *)(uintptr_t)o[3];
        if (is_boxed(o[0])) {
            Term *copy = boxed_ptr(o[0]);
            bool old = mode == PROMOTE && copy >= p->old_heap && copy < p->old_end;
            bin_link(old ? &p->old_offheap : &p->offheap, copy);
        } else {
            bin_release((Binary *)(uintptr_t)o[2]);
        }
        o = next;
    }
}

#ifdef VIAL_DEBUG
static bool in_heap(const Process *p, const Term *ptr) {
    return (ptr >= p->heap && ptr < p->htop) || (ptr >= p->old_heap && ptr < p->old_top);
}

static void verify_word(const Process *p, Term t, bool from_old) {
    if (!is_cons(t) && !is_boxed(t)) return;
    const Term *ptr = is_cons(t) ? list_ptr(t) : boxed_ptr(t);
    bool young = ptr >= p->heap && ptr < p->hend, old = ptr >= p->old_heap && ptr < p->old_end;
    if ((young || old) && !in_heap(p, ptr)) {
        fprintf(stderr, "gc: pointer %p beyond a heap top\n", (void *)ptr);
        abort();
    }
    if (from_old && young) {
        fprintf(stderr, "gc: old term points to young %p\n", (void *)ptr);
        abort();
    }
    if (is_boxed(t) && in_heap(p, ptr) && !is_header(*ptr)) {
        fprintf(stderr, "gc: boxed pointer %p to a non-header word\n", (void *)ptr);
        abort();
    }
}

static void verify_area(const Process *p, const Term *s, const Term *end, bool old) {
    while (s < end) {
        Term w = *s;
        if (is_header(w)) {
            size_t n = header_size(w);
            if (header_kind(w) < KIND_FIRST_RAW)
                for (size_t i = 1; i <= n; i++) verify_word(p, s[i], old);
            s += n + 1;
        } else {
            verify_word(p, s[0], old);
            verify_word(p, s[1], old);
            s += 2;
        }
    }
}

static void verify(const Process *p) {
    verify_area(p, p->heap, p->htop, false);
    verify_area(p, p->old_heap, p->old_top, true);
    for (const Term *s = p->stop; s < p->hend; s++) verify_word(p, *s, false);
}
#endif

static void free_frags(Process *p) {
    for (HeapFrag *f = p->frags, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    p->frags = NULL;
}

/* Copies p's live data as `mode` says into a fresh young block of `words`
 * (the old heap has room for a promotion: the caller made sure); false if
 * malloc fails, with p unchanged. */
static bool collect_into(Process *p, size_t words, enum Mode mode) {
    Term *block = malloc(words * sizeof(Term));
    if (!block) return false;
    size_t nstack = (size_t)(p->hend - p->stop);
    GcCtx c = {
        .lo = p->heap, .hi = p->hend,
        .aged = mode == PROMOTE ? p->hwm : p->heap,
        .frags = p->frags, .htop = block,
        .otop = mode == FULL ? NULL : p->old_top,
    };
    if (mode == FULL) { c.old_lo = p->old_heap; c.old_hi = p->old_top; }
    sort_frags(&c);
    Term *old_start = c.otop;
    Term *new_hend = block + words;
    Term *new_stop = new_hend - nstack;
    memcpy(new_stop, p->stop, nstack * sizeof(Term));
    Term *old_block = p->heap;
    p->stop = new_stop;
    p->hend = new_hend;
    scan_roots(p, &c);
    scan_both(&c, block, old_start);
    Term *young_chain = p->offheap, *old_chain = p->old_offheap;
    p->offheap = NULL;
    if (mode == FULL) p->old_offheap = NULL;
    sweep_offheap(p, young_chain, mode);
    if (mode == FULL) {
        sweep_offheap(p, old_chain, mode);
        free(p->old_heap);
        p->old_heap = p->old_top = p->old_end = NULL;
    } else {
        p->old_top = c.otop;
    }
    free(c.sorted);
    free_frags(p);
#ifdef VIAL_DEBUG
    memset(old_block, 0xdb, (size_t)(c.hi - c.lo) * sizeof(Term));
#endif
    free(old_block);
    p->heap = block;
    p->htop = c.htop;
    p->hwm = c.htop;
    p->gc_count++;
#ifdef VIAL_DEBUG
    verify(p);
#endif
    return true;
}

static size_t frag_words(const Process *p) {
    size_t n = 0;
    for (HeapFrag *f = p->frags; f; f = f->next) n += f->used;
    return n;
}

/* Room in the old heap for `aged` promoted words: made when there is no
 * old heap yet (sized for twice that, so that several promotions fit);
 * false when the old heap is full, which calls for a full collection. */
static bool old_room(Process *p, size_t aged) {
    if (aged == 0) return true;
    if (p->old_heap) return (size_t)(p->old_end - p->old_top) >= aged;
    size_t words = next_size(2 * aged);
    Term *h = malloc(words * sizeof(Term));
    if (!h) return false;
    p->old_heap = p->old_top = h;
    p->old_end = h + words;
    return true;
}

/* A process that keeps allocating garbage grows its block geometrically
 * (each collection copies into a block sized for everything in use) up to
 * twice this before shrinking back to it, so short-lived data costs few
 * collections; an idle process never collects and stays small. */
#define NURSERY_WORDS 8192

/* Stress mode collects at every reservation. Every collection copies all
 * young data and the stack, so once those hold more than STRESS_FULL words
 * it collects after live/64 more words were allocated instead: programs
 * with million-element data or stacks then finish in seconds, not hours,
 * and every allocation site is still hit by collections on small heaps. */
#define STRESS_FULL 65536

static bool stress_may_skip(const Process *p, size_t need) {
    size_t live = (size_t)(p->hwm - p->heap) + (size_t)(p->hend - p->stop);
    size_t fresh = (size_t)(p->htop - p->hwm);
    return (size_t)(p->stop - p->htop) >= need && live > STRESS_FULL && fresh < live / 64;
}

/* Process.flag(:max_heap_size, n): a process past it is killed, not the
 * VM: it is marked to exit with :killed at its next reduction, and from
 * then on its heap does not grow. */
static bool over_ceiling(Process *p) {
    if (!p->max_heap || gc_heap_words(p) <= p->max_heap) return false;
    if (!p->pending_exit) p->pending_exit = AM(killed);
    p->reds = 0;
    return true;
}

bool gc_collect(Process *p, size_t need) {
    if (gc_stress && stress_may_skip(p, need)) return true;
    if (p->max_heap && p->pending_exit == AM(killed) && gc_heap_words(p) > p->max_heap) return false;
    size_t stack = (size_t)(p->hend - p->stop), frags = frag_words(p);
    size_t aged = (size_t)(p->hwm - p->heap);
    enum Mode mode = old_room(p, aged) ? PROMOTE : FULL;
    /* what may survive into the young block, so this block always fits */
    size_t young = (size_t)(p->htop - (mode == PROMOTE ? p->hwm : p->heap)) + frags
                   + (mode == FULL ? (size_t)(p->old_top - p->old_heap) : 0);
    size_t bound = young + stack + need;
    if (bound < young) return false;
    /* never smaller than now: a block sized for little garbage would be
     * regrown by a second copy at once */
    size_t size = next_size(bound);
    if (size < gc_block_words(p)) size = gc_block_words(p);
    if (!collect_into(p, size, mode)) return false;
    /* keep live data under a quarter of the block after growing, so the next
     * collection is far; shrink only when the block is both large and nearly
     * empty; on failure the current block is fine */
    size_t live = (size_t)(p->htop - p->heap) + stack + need;
    if (live > size / 2)
        collect_into(p, next_size(live * 4), KEEP);
    else if (size > 2 * NURSERY_WORDS && live < size / 16)
        collect_into(p, next_size(live * 4 > NURSERY_WORDS ? live * 4 : NURSERY_WORDS), KEEP);
    over_ceiling(p);
    return true;
}

bool gc_collect_full(Process *p) {
    size_t live = (size_t)(p->htop - p->heap) + frag_words(p) + (size_t)(p->old_top - p->old_heap)
                  + (size_t)(p->hend - p->stop);
    return collect_into(p, next_size(live * 2), FULL);
}

/* ---- fragments ---- */

HeapFrag *gc_frag_new(size_t words) {
    if (words > ((size_t)1 << 40)) return NULL;
    HeapFrag *f = malloc(sizeof *f + words * sizeof(Term));
    if (!f) return NULL;
    f->next = NULL;
    f->offheap = NULL;
    f->size = words;
    f->used = 0;
    return f;
}

void gc_frag_attach(Process *p, HeapFrag *f) {
    Term *last = f->offheap;
    if (last) {
        while (last[3]) last = (Term *)(uintptr_t)last[3];
        last[3] = (Term)(uintptr_t)p->offheap;
        p->offheap = f->offheap;
        f->offheap = NULL;
    }
    f->next = p->frags;
    p->frags = f;
}

void gc_frag_free(HeapFrag *f) {
    for (Term *o = f->offheap; o; o = (Term *)(uintptr_t)o[3]) bin_release((Binary *)(uintptr_t)o[2]);
    free(f);
}
