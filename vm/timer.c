/* timer.c — a binary min-heap of timers (timer.h). */
#include "timer.h"

#include <stdlib.h>
#include <time.h>

uint64_t timer_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void place(TimerHeap *h, Timer *t, size_t i) {
    h->items[i] = t;
    t->slot = i;
}

static void sift_up(TimerHeap *h, size_t i) {
    Timer *t = h->items[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (h->items[parent]->due <= t->due) break;
        place(h, h->items[parent], i);
        i = parent;
    }
    place(h, t, i);
}

static void sift_down(TimerHeap *h, size_t i) {
    Timer *t = h->items[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n) break;
        if (c + 1 < h->n && h->items[c + 1]->due < h->items[c]->due) c++;
        if (t->due <= h->items[c]->due) break;
        place(h, h->items[c], i);
        i = c;
    }
    place(h, t, i);
}

bool timer_add(TimerHeap *h, Timer *t) {
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 64;
        Timer **items = realloc(h->items, cap * sizeof *items);
        if (!items) return false;
        h->items = items;
        h->cap = cap;
    }
    h->items[h->n] = t;
    sift_up(h, h->n++);
    return true;
}

void timer_remove(TimerHeap *h, Timer *t) {
    size_t i = t->slot;
    Timer *last = h->items[--h->n];
    if (i == h->n) return;
    place(h, last, i);
    sift_up(h, i);
    sift_down(h, last->slot);
}

Timer *timer_pop_due(TimerHeap *h, uint64_t now) {
    Timer *t = timer_first(h);
    if (!t || t->due > now) return NULL;
    timer_remove(h, t);
    return t;
}

Timer *timer_find_ref(const TimerHeap *h, uint64_t ref) {
    for (size_t i = 0; i < h->n; i++)
        if (h->items[i]->ref == ref) return h->items[i];
    return NULL;
}

void timer_free(Timer *t) {
    if (t->frag) gc_frag_free(t->frag);
    free(t);
}
