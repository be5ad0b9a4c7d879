/* process.h — internal: a process, the unit of isolation.
 *
 * A process owns one memory block: its heap grows up from the bottom and its
 * stack grows down from the top, so one comparison (htop + need <= stop)
 * checks both. Nothing on this heap points into another process's heap;
 * terms may point outside it only into module literal areas (never moved or
 * freed while referenced, see gc.h) and to off-heap binaries via REFC_BIN
 * objects. Fields are written by the process itself only (one scheduler).
 */
#ifndef VIAL_PROCESS_H
#define VIAL_PROCESS_H

#include "term.h"

#define PROC_MAX_ARGS 16  /* arguments of a native function, in x[] */

typedef struct Process Process;
struct Process {
    /* the block */
    Term *heap;         /* lowest word */
    Term *htop;         /* next free heap word */
    Term *stop;         /* lowest live stack word; the stack is [stop, hend) */
    Term *hend;         /* one past the highest word */
    Term *old_htop;     /* high-water mark: [heap, old_htop) survived a collection */
    size_t gc_count;

    /* interpreter state while not running (saved by the interpreter) */
    size_t fp_off;      /* hend - fp */
    const void *pc;

    /* roots besides the stack */
    Term x[PROC_MAX_ARGS];  /* arguments of the native function being called */
    unsigned nx;            /* how many of x[] are live */
    Term dict;              /* process dictionary: [] or a map */
    Term exc_class, exc_reason, exc_trace;  /* the exception being raised */

    Term *offheap;      /* chain of REFC_BIN objects on this heap (binary.h) */
    struct GcRoots *roots;     /* C-stack root arrays pushed by native code (gc.h) */
    struct HeapFrag *frags;    /* off-block fragments merged at the next collection (gc.h) */

    uint64_t id;        /* pid index */
    int32_t reds;       /* reductions left in this slice */
};

#define PROC_MIN_HEAP 48  /* words in a fresh block: an idle process stays under 1 KB */

Process *proc_new(void);        /* a fresh process with a small block; NULL when out of memory */
void proc_free(Process *p);     /* frees the block and drops off-heap references */

/* Raise an exception from C: records it on p and returns THE_NON_VALUE,
 * which the caller passes up. The stacktrace is filled by the interpreter. */
Term proc_raise(Process *p, Term cls, Term reason);
#define RAISE_ERROR(p, reason) return proc_raise((p), AM(error), (reason))

#endif
