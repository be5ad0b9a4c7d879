/* gc.c — the per-process generational copying collector (Cheney).
 *
 * Young generation: the process block (heap below, stack above). The
 * high-water mark hwm splits the young heap: [heap, hwm) survived one
 * collection already. Old generation: a chain of chunks that only grows
 * (no copying to make room), allocated in the newest.
 *
 * A minor collection copies the live young terms breadth-first: those below
 * hwm are promoted into the old generation, the rest (and any heap
 * fragments: messages) go to a fresh young block, whose top becomes the new
 * hwm. Old terms are neither scanned nor moved: terms are immutable, and an
 * object below hwm is older than everything above it, so nothing old can
 * point to something young. A full collection copies everything live,
 * young and old, into one fresh old chunk and frees the others; it runs
 * when the old generation has grown to twice what was live after the last
 * one (more when those found little garbage, see set_old_limit), so its
 * cost is amortised over the growth. Young blocks keep a bounded amount of free
 * room, so a minor collection never copies much: a process building a large
 * structure pauses the others only for its full collections.
 *
 * Off-heap binaries that did not survive are released; each generation
 * keeps its own chain of them so that a minor collection leaves the old one
 * alone. See gc.h for the rules callers follow. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "gc.h"
#include "atom.h"
#include "binary.h"

int gc_stress;
static int gc_trace;    /* VIAL_GC_TRACE (debug.h) */

/* A piece of the old generation. */
typedef struct OldChunk {
    struct OldChunk *next;
    Term *top, *end;
    Term data[];
} OldChunk;

enum Mode {
    MINOR,      /* [heap, hwm) to the old generation, the rest to the new block */
    KEEP,       /* the young generation to a new block, nothing promoted (resizing) */
    FULL,       /* everything into the newest old chunk */
};

typedef struct GcCtx {
    Term *lo, *hi;          /* from-space: the young block */
    OldChunk *old_from;     /* from-space too in a full collection, else NULL */
    Term *aged;             /* [lo, aged) goes to the old generation */
    HeapFrag *frags;        /* also from-space */
    HeapFrag **sorted;      /* the fragments by address, when there are many (a full mailbox) */
    size_t nsorted;
    Term *htop;             /* young to-space allocation pointer */
    Term *otop;             /* old to-space allocation pointer */
} GcCtx;

void gc_init(void) {
    const char *s = getenv("VIAL_GC_STRESS");
    gc_stress = s && *s && *s != '0';
    const char *t = getenv("VIAL_GC_TRACE");
    gc_trace = t && *t && *t != '0';
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

/* Free room a young block keeps after a collection: as much as the process
 * has live data, so collections come the rarer the more they would cost,
 * but at most ROOM_MAX, which bounds what a minor collection copies (the
 * room is what the next one may copy). */
#define NURSERY_WORDS 8192
#define ROOM_MAX (256 * 1024)

/* The old generation may grow to this many words before its first full
 * collection. */
#define OLD_SLACK (64 * 1024)

size_t gc_block_words(const Process *p) { return (size_t)(p->hend - p->heap); }

static size_t old_words(const Process *p) {
    size_t n = 0;
    for (const OldChunk *c = p->old; c; c = c->next) n += (size_t)(c->end - c->data);
    return n;
}

static size_t old_used(const Process *p) {
    size_t n = 0;
    for (const OldChunk *c = p->old; c; c = c->next) n += (size_t)(c->top - c->data);
    return n;
}

size_t gc_heap_words(const Process *p) { return gc_block_words(p) + old_words(p); }

static void free_chunks(OldChunk *c) {
    while (c) {
        OldChunk *next = c->next;
        free(c);
        c = next;
    }
}

void gc_free_old(Process *p) {
    free_chunks(p->old);
    p->old = NULL;
}

/* A new newest chunk of at least `words`; false when out of memory. */
static bool add_chunk(Process *p, size_t words) {
    if (words > ((size_t)1 << 40)) return false;
    OldChunk *c = malloc(sizeof *c + words * sizeof(Term));
    if (!c) return false;
    c->next = p->old;
    c->top = c->data;
    c->end = c->data + words;
    p->old = c;
    return true;
}

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

/* Old chunks double in size, so there are few to look through. */
static bool in_old(const OldChunk *c, const Term *ptr) {
    for (; c; c = c->next)
        if (ptr >= c->data && ptr < c->top) return true;
    return false;
}

static inline bool in_from(const GcCtx *c, const Term *ptr) {
    if (ptr >= c->lo && ptr < c->hi) return true;
    if (c->old_from && in_old(c->old_from, ptr)) return true;
    return UNLIKELY(c->frags != NULL) && in_frags(c, ptr);
}

/* Where a copy of the object at ptr goes: aged terms to the old generation. */
static inline Term **dest(GcCtx *c, const Term *ptr) {
    return c->old_from || (ptr < c->aged && ptr >= c->lo) ? &c->otop : &c->htop;
}

/* Most objects are a few words (floats, small tuples): copied inline, not
 * through a call to memcpy. */
static inline void copy_words(Term *to, const Term *from, size_t n) {
    switch (n) {
    case 4: to[3] = from[3]; /* fall through */
    case 3: to[2] = from[2]; /* fall through */
    case 2: to[1] = from[1]; to[0] = from[0]; return;
    default: memcpy(to, from, n * sizeof(Term));
    }
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
        copy_words(to, obj, n);
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
    evacuate_slot(c, &p->exc_info);
    evacuate_slot(c, &p->exc_args);
    evacuate_slot(c, &p->pending_exit);
    if (p->mbox.nboxed)
        for (Msg *m = p->mbox.head; m; m = m->next) evacuate_slot(c, &m->term);
    for (GcRoots *r = p->roots; r; r = r->next)
        for (size_t i = 0; i < r->n; i++) evacuate_slot(c, &r->terms[i]);
}

/* Survivors of a from-space chain are relinked onto the chain of the
 * generation they were copied to; the others drop their reference. */
static void sweep_offheap(Process *p, Term *chain, bool full) {
    OldChunk *head = p->old;
    for (Term *o = chain; o; ) {
        Term *next = (Term *)(uintptr_t)o[3];
        if (is_boxed(o[0])) {
            Term *copy = boxed_ptr(o[0]);
            bool old = full || (head && copy >= head->data && copy < head->end);
            bin_link(old ? &p->old_offheap : &p->offheap, copy);
        } else {
            bin_release((Binary *)(uintptr_t)o[2]);
        }
        o = next;
    }
}

#ifdef VIAL_DEBUG
static bool in_heap(const Process *p, const Term *ptr) {
    return (ptr >= p->heap && ptr < p->htop) || in_old(p->old, ptr);
}

static bool in_any_old(const Process *p, const Term *ptr) {
    for (const OldChunk *c = p->old; c; c = c->next)
        if (ptr >= c->data && ptr < c->end) return true;
    return false;
}

static void verify_word(const Process *p, Term t, bool from_old) {
    if (!is_cons(t) && !is_boxed(t)) return;
    const Term *ptr = is_cons(t) ? list_ptr(t) : boxed_ptr(t);
    bool young = ptr >= p->heap && ptr < p->hend;
    if ((young || in_any_old(p, ptr)) && !in_heap(p, ptr)) {
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
    for (const OldChunk *c = p->old; c; c = c->next) verify_area(p, c->data, c->top, true);
    for (const Term *s = p->stop; s < p->hend; s++) verify_word(p, *s, false);
}
#endif

static void free_frags(Process *p) {
    for (HeapFrag *f = p->frags, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    p->frags = NULL;
    p->frag_words = 0;
}

static void trace(const Process *p, enum Mode mode, size_t words, const struct timespec *t0, size_t to_old) {
    static const char *names[] = {"minor", "resize", "full"};
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double us = (double)(t1.tv_sec - t0->tv_sec) * 1e6 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e3;
    fprintf(stderr, "[gc] <0.%llu.0> %s: young %zu live of %zu, %zu to old, old %zu of %zu, %.0f us\n",
            (unsigned long long)p->id, names[mode], (size_t)(p->htop - p->heap), words,
            to_old, old_used(p), old_words(p), us);
}

/* Copies p's live data as `mode` says into a fresh young block of `words`
 * (for MINOR the newest old chunk has room for [heap, hwm); for FULL it is
 * new and big enough for everything, and old_from holds the chunks to
 * empty: the caller made sure). False if malloc fails, with p unchanged. */
static bool collect_into(Process *p, size_t words, enum Mode mode, OldChunk *old_from) {
    bool full = mode == FULL;
    struct timespec t0;
    if (gc_trace) clock_gettime(CLOCK_MONOTONIC, &t0);
    Term *block = malloc(words * sizeof(Term));
    if (!block) return false;
    size_t nstack = (size_t)(p->hend - p->stop);
    OldChunk *to_old = p->old;
    GcCtx c = {
        .lo = p->heap, .hi = p->hend, .old_from = old_from,
        .aged = mode == FULL ? p->hend : mode == MINOR ? p->hwm : p->heap,
        .frags = p->frags, .htop = block, .otop = to_old ? to_old->top : NULL,
    };
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
    if (to_old) to_old->top = c.otop;
    Term *young_chain = p->offheap, *old_chain = p->old_offheap;
    p->offheap = NULL;
    if (full) p->old_offheap = NULL;
    sweep_offheap(p, young_chain, full);
    if (full) sweep_offheap(p, old_chain, true);
    free_chunks(old_from);
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
    if (gc_trace) trace(p, mode, words, &t0, old_start ? (size_t)(c.otop - old_start) : 0);
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
    if (!p->pending_exit) {
        p->pending_exit = AM(killed);
        p->flags |= PF_MAX_HEAP;
    }
    p->reds = 0;
    return true;
}

/* The young block for `live` young words, the stack and `need`, with room
 * to spare: as much as the process holds in all, within [NURSERY_WORDS,
 * ROOM_MAX]. */
static size_t block_for(const Process *p, size_t live, size_t need) {
    size_t held = live + old_used(p);
    size_t room = held < NURSERY_WORDS ? NURSERY_WORDS : held > ROOM_MAX ? ROOM_MAX : held;
    return next_size(live + (size_t)(p->hend - p->stop) + need + room);
}

/* After a minor collection the block is resized, by copying the young
 * survivors once more, when it is short of its room or four times too big
 * (then few survived). On failure the current block does. */
static void fit_young(Process *p, size_t need) {
    size_t want = block_for(p, (size_t)(p->htop - p->heap), need), now = gc_block_words(p);
    if (now < want || now > 4 * want) collect_into(p, want, KEEP, NULL);
}

/* Whether the old generation has grown enough since the last full
 * collection to pay for another (old_limit, set by that one). A full
 * collection is the one long pause, and with one scheduler thread it holds
 * up every other process: while others wait to run it is put off (the old
 * generation just grows) until the old generation is four times the limit. */
static bool full_due(const Process *p, size_t promote) {
    size_t limit = p->old_limit ? p->old_limit : OLD_SLACK, used = old_used(p) + promote;
    return used > limit && (!(p->flags & PF_CROWDED) || used / 4 > limit);
}

/* The next full collection is due when the old generation has grown to
 * twice what is live now; one that finds little garbage (a process building
 * a large structure) makes that four times, and each further one in a row
 * doubles it, up to 16 times, so the pauses of such a process, which cost
 * its live data, stay few. */
static void set_old_limit(Process *p, size_t before) {
    size_t live = old_used(p);
    bool little_garbage = live > before / 4 * 3;
    p->old_growth = !little_garbage ? 2 : p->old_growth < 4 ? 4 : p->old_growth < 16 ? p->old_growth * 2 : 16;
    p->old_limit = p->old_growth * live + OLD_SLACK;
}

static bool collect_full(Process *p, size_t need) {
    size_t everything = (size_t)(p->htop - p->heap) + frag_words(p) + old_used(p);
    OldChunk *from = p->old;
    p->old = NULL;
    if (!add_chunk(p, everything < OLD_SLACK ? OLD_SLACK : everything)) { p->old = from; return false; }
    if (collect_into(p, block_for(p, 0, need), FULL, from)) {
        set_old_limit(p, everything);
        return true;
    }
    free(p->old);
    p->old = from;
    return false;
}

static bool collect_minor(Process *p, size_t need) {
    size_t aged = (size_t)(p->hwm - p->heap);
    OldChunk *c = p->old;
    if (aged && (!c || (size_t)(c->end - c->top) < aged)) {
        size_t grow = old_words(p);
        if (!add_chunk(p, aged > grow ? aged : grow ? grow : OLD_SLACK)) return false;
    }
    /* room for whatever may survive: the current block, unless the stack
     * or messages outgrew it */
    size_t bound = (size_t)(p->htop - p->hwm) + frag_words(p) + (size_t)(p->hend - p->stop) + need;
    size_t size = next_size(bound) > gc_block_words(p) ? next_size(bound) : gc_block_words(p);
    if (!collect_into(p, size, MINOR, NULL)) return false;
    fit_young(p, need);
    return true;
}

bool gc_collect(Process *p, size_t need) {
    if (gc_stress && stress_may_skip(p, need)) return true;
    if (p->max_heap && p->pending_exit == AM(killed) && gc_heap_words(p) > p->max_heap) return false;
    bool ok = full_due(p, (size_t)(p->hwm - p->heap)) ? collect_full(p, need) : collect_minor(p, need);
    if (ok) over_ceiling(p);
    return ok;
}

bool gc_collect_full(Process *p) { return collect_full(p, 0); }

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
    p->frag_words += f->size;
}

void gc_frag_free(HeapFrag *f) {
    for (Term *o = f->offheap; o; o = (Term *)(uintptr_t)o[3]) bin_release((Binary *)(uintptr_t)o[2]);
    free(f);
}
