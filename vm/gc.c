/* gc.c — the per-process copying collector (Cheney): live terms are copied
 * breadth-first from the old block and any heap fragments into a new block,
 * the stack is moved to the new block's top, and off-heap binaries that did
 * not survive are released. See gc.h for the rules callers follow. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include "gc.h"
#include "binary.h"

int gc_stress;

typedef struct GcCtx {
    Term *lo, *hi;      /* the old block: from-space */
    HeapFrag *frags;    /* also from-space */
    HeapFrag **sorted;  /* the fragments by address, when there are many (a full mailbox) */
    size_t nsorted;
    Term *htop;         /* to-space allocation pointer */
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
    return UNLIKELY(c->frags != NULL) && in_frags(c, ptr);
}

/* The new location of t, copying its top object if not yet copied. */
static inline Term evacuate(GcCtx *c, Term t) {
    if (is_cons(t)) {
        Term *cell = list_ptr(t);
        if (!in_from(c, cell)) return t;
        if (cell[0] == THE_NON_VALUE) return cell[1];   /* forwarded */
        Term *to = c->htop;
        c->htop += 2;
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
        Term *to = c->htop;
        c->htop += n;
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

/* Cheney scan: to-space objects between scan and htop still point to
 * from-space. A header word starts a boxed object; anything else a cons. */
static void scan(GcCtx *c, Term *scan) {
    while (scan < c->htop) {
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

/* Survivors of the old chain are relinked; the others drop their reference. */
static void sweep_offheap(Process *p) {
    Term *chain = NULL;
    for (Term *o = p->offheap; o; ) {
        Term *next = (Term *)(uintptr_t)o[3];
        if (is_boxed(o[0])) {
            Term *copy = boxed_ptr(o[0]);
            copy[3] = (Term)(uintptr_t)chain;
            chain = copy;
        } else {
            bin_release((Binary *)(uintptr_t)o[2]);
        }
        o = next;
    }
    p->offheap = chain;
}

#ifdef VIAL_DEBUG
static void verify_word(const Process *p, Term t, const Term *limit) {
    if (!is_cons(t) && !is_boxed(t)) return;
    const Term *ptr = is_cons(t) ? list_ptr(t) : boxed_ptr(t);
    if (ptr >= p->heap && ptr < p->hend && ptr >= limit) {
        fprintf(stderr, "gc: pointer %p beyond heap top %p\n", (void *)ptr, (void *)limit);
        abort();
    }
    if (is_boxed(t) && ptr >= p->heap && ptr < limit && !is_header(*ptr)) {
        fprintf(stderr, "gc: boxed pointer %p to a non-header word\n", (void *)ptr);
        abort();
    }
}

static void verify(const Process *p) {
    for (const Term *s = p->heap; s < p->htop; ) {
        Term w = *s;
        if (is_header(w)) {
            size_t n = header_size(w);
            if (header_kind(w) < KIND_FIRST_RAW)
                for (size_t i = 1; i <= n; i++) verify_word(p, s[i], p->htop);
            s += n + 1;
        } else {
            verify_word(p, s[0], p->htop);
            verify_word(p, s[1], p->htop);
            s += 2;
        }
    }
    for (const Term *s = p->stop; s < p->hend; s++) verify_word(p, *s, p->htop);
}
#endif

/* Copies p's live data into a fresh block of `words`; false if malloc fails. */
static bool collect_into(Process *p, size_t words) {
    Term *block = malloc(words * sizeof(Term));
    if (!block) return false;
    size_t nstack = (size_t)(p->hend - p->stop);
    GcCtx c = {p->heap, p->hend, p->frags, NULL, 0, block};
    sort_frags(&c);
    Term *new_hend = block + words;
    Term *new_stop = new_hend - nstack;
    memcpy(new_stop, p->stop, nstack * sizeof(Term));
    Term *old_heap = p->heap;
    p->stop = new_stop;
    p->hend = new_hend;
    scan_roots(p, &c);
    scan(&c, block);
    sweep_offheap(p);
    free(c.sorted);
    for (HeapFrag *f = p->frags, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    p->frags = NULL;
#ifdef VIAL_DEBUG
    memset(old_heap, 0xdb, (size_t)((c.hi - c.lo)) * sizeof(Term));
#endif
    free(old_heap);
    p->heap = block;
    p->htop = c.htop;
    p->old_htop = c.htop;
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

/* A process that keeps allocating garbage grows its block geometrically
 * (each collection copies into a block sized for everything in use) up to
 * twice this before shrinking back to it, so short-lived data costs few
 * collections; an idle process never collects and stays small. */
#define NURSERY_WORDS 8192

/* Stress mode collects at every reservation. Every collection copies all
 * live data and the stack, so once those hold more than STRESS_FULL words
 * it collects after live/64 more words were allocated instead: programs
 * with million-element data or stacks then finish in seconds, not hours,
 * and every allocation site is still hit by collections on small heaps. */
#define STRESS_FULL 65536

static bool stress_may_skip(const Process *p, size_t need) {
    size_t live = (size_t)(p->old_htop - p->heap) + (size_t)(p->hend - p->stop);
    size_t fresh = (size_t)(p->htop - p->old_htop);
    return (size_t)(p->stop - p->htop) >= need && live > STRESS_FULL && fresh < live / 64;
}

bool gc_collect(Process *p, size_t need) {
    if (gc_stress && stress_may_skip(p, need)) return true;
    size_t stack = (size_t)(p->hend - p->stop);
    size_t used = (size_t)(p->htop - p->heap) + frag_words(p);
    /* live data is at most what is in use now, so this block always fits */
    size_t bound = used + stack + need;
    if (bound < used) return false;
    /* never smaller than now: a block sized for little garbage would be
     * regrown by a second copy at once */
    size_t size = next_size(bound);
    if (size < gc_block_words(p)) size = gc_block_words(p);
    if (!collect_into(p, size)) return false;
    /* keep live data under a quarter of the block after growing, so the next
     * collection is far; shrink only when the block is both large and nearly
     * empty; on failure the current block is fine */
    size_t live = (size_t)(p->htop - p->heap) + stack + need;
    if (live > size / 2)
        collect_into(p, next_size(live * 4));
    else if (size > 2 * NURSERY_WORDS && live < size / 16)
        collect_into(p, next_size(live * 4 > NURSERY_WORDS ? live * 4 : NURSERY_WORDS));
    return true;
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
