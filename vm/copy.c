/* copy.c — flat copies of terms into heap fragments (see copy.h).
 *
 * Sizing walks the term depth-first with an explicit stack of pending
 * subterms (a list's tail waits there while its head is walked, so a long
 * list needs no stack at all). Copying is Cheney's scan without forwarding:
 * the root object is copied to the fragment, then a scan pointer walks the
 * copies and copies every object they still point to out of the source. */
#include "copy.h"

#include <stdlib.h>

#include "binary.h"

/* ---- sizing ---- */

typedef struct { Term *items; size_t n, cap; Term small[32]; } Pending;

static bool push(Pending *s, Term t) {
    if (s->n == s->cap) {
        size_t cap = s->cap * 2;
        Term *items = s->items == s->small ? malloc(cap * sizeof(Term)) : realloc(s->items, cap * sizeof(Term));
        if (!items) return false;
        if (s->items == s->small) memcpy(items, s->small, sizeof s->small);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = t;
    return true;
}

static inline bool is_pointer(Term t) { return is_cons(t) || is_boxed(t); }

/* Words of t's top object; pointer subterms but the last go to s, the
 * last is returned through *next (0 when none). */
static size_t size_top(Term t, Pending *s, Term *next, bool *ok) {
    *next = 0;
    if (is_cons(t)) {
        if (is_pointer(CDR(t))) *ok &= push(s, CDR(t));
        if (is_pointer(CAR(t))) *next = CAR(t);
        return 2;
    }
    Term *obj = boxed_ptr(t);
    size_t n = header_size(obj[0]);
    unsigned kind = header_kind(obj[0]);
    if (kind == KIND_REFC_BIN) return n + 1;
    if (kind < KIND_FIRST_RAW)
        for (size_t i = 1; i <= n; i++) {
            if (!is_pointer(obj[i])) continue;
            if (*next) *ok &= push(s, *next);
            *next = obj[i];
        }
    return n + 1;
}

size_t copy_size(Term t) {
    if (!is_pointer(t)) return 0;
    Pending s;          /* not zeroed: small[] is scratch (this is on every send) */
    s.items = s.small;
    s.n = 0;
    s.cap = 32;
    size_t words = 0;
    bool ok = true;
    s.items[s.n++] = t;
    while (s.n > 0) {
        Term cur = s.items[--s.n];
        while (cur) words += size_top(cur, &s, &cur, &ok);
    }
    if (s.items != s.small) free(s.items);
    return ok ? words : SIZE_MAX;
}

/* ---- copying ---- */

/* Where copies go: words from top on, off-heap binaries on a chain. */
typedef struct { Term *top; Term **offheap; } Dest;

/* Copies the object t points to onto the end of d, unscanned. */
static Term copy_top(Term t, Dest *d) {
    Term *to = d->top;
    if (is_cons(t)) {
        to[0] = CAR(t);
        to[1] = CDR(t);
        d->top += 2;
        return make_list(to);
    }
    Term *obj = boxed_ptr(t);
    size_t n = header_size(obj[0]) + 1;
    memcpy(to, obj, n * sizeof(Term));
    d->top += n;
    if (header_kind(obj[0]) == KIND_REFC_BIN) {
        Binary *b = (Binary *)(uintptr_t)to[2];
        bin_retain(b);
        b->capacity = b->size;  /* frozen: see copy.h */
        bin_link(d->offheap, to);
    }
    return make_boxed(to);
}

static inline void fix(Term *slot, Dest *d) {
    if (is_pointer(*slot)) *slot = copy_top(*slot, d);
}

static Term copy_to(Term t, Dest *d) {
    if (!is_pointer(t)) return t;
    Term *scan = d->top;
    Term root = copy_top(t, d);
    while (scan < d->top) {
        Term w = *scan;
        if (!is_header(w)) {
            fix(&scan[0], d);
            fix(&scan[1], d);
            scan += 2;
            continue;
        }
        size_t n = header_size(w);
        unsigned kind = header_kind(w);
        if (kind < KIND_FIRST_RAW && kind != KIND_REFC_BIN)
            for (size_t i = 1; i <= n; i++) fix(&scan[i], d);
        scan += n + 1;
    }
    return root;
}

Term copy_term(Term t, HeapFrag *f) {
    Dest d = { f->data + f->used, &f->offheap };
    Term root = copy_to(t, &d);
    f->used = (size_t)(d.top - f->data);
    return root;
}

Term copy_to_message_area(Term t, Process *to) {
    size_t n = copy_size(t);
    if (n == 0) return t;
    if (n == SIZE_MAX) return THE_NON_VALUE;
    HeapFrag *f = to->frags;
    if (!f || f->size - f->used < n) {
        f = gc_frag_new(n > MESSAGE_AREA ? n : MESSAGE_AREA);
        if (!f) return THE_NON_VALUE;
        gc_frag_attach(to, f);
    }
    Dest d = { f->data + f->used, &to->offheap };
    Term root = copy_to(t, &d);
    f->used = (size_t)(d.top - f->data);
    return root;
}

Term copy_to_heap(Term t, Process *to) {
    Dest d = { to->htop, &to->offheap };
    Term root = copy_to(t, &d);
    to->htop = d.top;
    return root;
}

HeapFrag *copy_to_frag(Term t, Term *out) {
    *out = t;
    if (!is_pointer(t)) return NULL;
    size_t n = copy_size(t);
    HeapFrag *f = n == SIZE_MAX ? NULL : gc_frag_new(n);
    *out = f ? copy_term(t, f) : THE_NON_VALUE;
    return f;
}
