/* timer.h — internal: the scheduler's timers, a binary min-heap on the due
 * time. Two kinds: a receive's `after` (wakes the process) and
 * Process.send_after (delivers a message, identified by a reference).
 * Adding, cancelling and popping are O(log n); finding a send_after timer
 * by its reference scans the heap (cancel_timer/read_timer are rare).
 */
#ifndef VIAL_TIMER_H
#define VIAL_TIMER_H

#include "gc.h"

typedef struct Timer {
    uint64_t due;       /* monotonic milliseconds */
    size_t slot;        /* position in the heap */
    uint64_t ref;       /* send_after: the reference's id; 0 for a receive timeout */
    uint64_t pid;       /* the process to wake, or the destination when dest is 0 */
    Term dest;          /* send_after to a registered name: the atom, else 0 */
    Term msg;           /* send_after: the message, in frag (or an immediate) */
    HeapFrag *frag;
} Timer;

typedef struct TimerHeap { Timer **items; size_t n, cap; } TimerHeap;

uint64_t timer_now(void);                           /* monotonic ms */
bool timer_add(TimerHeap *h, Timer *t);              /* false when out of memory */
void timer_remove(TimerHeap *h, Timer *t);           /* t stays allocated */
/* The earliest timer if due at `now`, removed from the heap; else NULL. */
Timer *timer_pop_due(TimerHeap *h, uint64_t now);
static inline Timer *timer_first(const TimerHeap *h) { return h->n ? h->items[0] : NULL; }
Timer *timer_find_ref(const TimerHeap *h, uint64_t ref);
void timer_free(Timer *t);                           /* frees its message too */

#endif
