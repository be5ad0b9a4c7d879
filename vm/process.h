/* process.h — internal: a process, the unit of isolation.
 *
 * A process owns one memory block, its young generation: the heap grows up
 * from the bottom and the stack down from the top, so one comparison
 * (htop + need <= stop) checks both. It also owns the chunks of its old
 * generation (gc.c). Nothing on its heap points into another process's heap;
 * terms may point outside it only into module literal areas (never moved or
 * freed while referenced, see gc.h) and to off-heap binaries via REFC_BIN
 * objects. Fields are written by the process itself, except where a field
 * says otherwise (the scheduler's and the senders' fields, sched.c).
 */
#ifndef VIAL_PROCESS_H
#define VIAL_PROCESS_H

#include "term.h"

#define PROC_MAX_ARGS 16  /* arguments of a native function, in x[] */

/* A message: its term lives in a heap fragment attached to the receiver
 * (or is an immediate), so the collector treats it as a root. */
typedef struct Msg { struct Msg *next; Term term; } Msg;

/* Arrival order; `save` is the link of the next message a receive will look
 * at, so a receive that waits again does not rescan what it rejected.
 * Senders append (head, tail, len); the receiver reads and removes. */
typedef struct Mailbox {
    Msg *head;
    Msg **tail;         /* the link to append at */
    Msg **save;         /* the link of the next message to examine */
    uint32_t len;
    uint32_t nboxed;    /* messages that are not immediates: the collector's roots */
} Mailbox;

enum { PROC_RUNNABLE, PROC_RUNNING, PROC_WAITING, PROC_EXITING };
enum {
    PF_TRAP_EXIT = 1,   /* exit signals arrive as {:EXIT, pid, reason} messages */
    PF_TIMED_OUT = 2,   /* the receive timer fired */
    PF_QUEUED    = 4,   /* on the run queue */
    PF_MAX_HEAP  = 8,   /* killed for passing Process.flag(:max_heap_size) */
    PF_CROWDED   = 16,  /* others ran or waited to run when this slice began (gc.c) */
    PF_SCRIPT    = 32,  /* runs a script: traces end in Elixir's runner frames (exception.c) */
};

typedef struct Process Process;
struct Process {
    /* the block */
    Term *heap;         /* lowest word */
    Term *htop;         /* next free heap word */
    Term *stop;         /* lowest live stack word; the stack is [stop, hend) */
    Term *hend;         /* one past the highest word */
    Term *hwm;          /* high-water mark: [heap, hwm) survived a collection */
    struct OldChunk *old;       /* the old generation: chunks, newest first (gc.c) */
    size_t old_limit;           /* old words in use that make a full collection due */
    size_t gc_count;

    /* interpreter state while not running (saved by the interpreter) */
    size_t fp_off;      /* hend - fp */
    const void *pc;

    /* roots besides the stack */
    Term x[PROC_MAX_ARGS];  /* arguments of the native function being called */
    unsigned nx;            /* how many of x[] are live */
    Term dict;              /* process dictionary: [] or a map */
    Term exc_class, exc_reason, exc_trace;  /* the exception being raised */
    Term exc_info;      /* the error_info map of the trace's top location, or THE_NON_VALUE */
    Term exc_args;      /* erlang:error/2's arguments, for the top frame, or THE_NON_VALUE */

    Term *offheap;      /* chain of REFC_BIN objects in the young generation (binary.h) */
    Term *old_offheap;  /* ... and in the old one */
    struct GcRoots *roots;     /* C-stack root arrays pushed by native code (gc.h) */
    struct HeapFrag *frags;    /* off-block fragments merged at the next collection (gc.h) */
    size_t frag_words;         /* their size; the scheduler collects when it passes the block's */

    /* scheduling and signals (sched.c) */
    Mailbox mbox;
    struct Process *next;       /* run queue */
    struct Timer *timer;        /* the running receive's `after` timer */
    struct Link *links;         /* links and monitors, both directions */
    Term pending_exit;          /* reason of an exit signal not yet acted on, or 0 */
    Term reg_name;              /* registered name, or 0 */
    uint64_t reductions;        /* reductions of finished slices */
    uint64_t max_heap;          /* Process.flag(:max_heap_size): words, 0 for none */

    uint64_t id;        /* pid index */
    int32_t reds;       /* reductions left in this slice */
    uint8_t status;     /* PROC_* */
    uint8_t flags;      /* PF_* */
    uint8_t old_growth; /* how far the old generation may grow past live data (gc.c) */
};

#define PROC_MIN_HEAP 48  /* words in a fresh block: an idle process stays under 1 KB */

/* A message node (kept for reuse when freed), or NULL when out of memory. */
Msg *msg_new(void);
void msg_free(Msg *m);

/* Removes the message at the save position and rewinds the save position. */
void mailbox_take(Process *p);
void mailbox_free(Mailbox *m);                  /* drops every message (their fragments are p's) */

Process *proc_new(void);        /* a fresh process with a small block; NULL when out of memory */
void proc_free(Process *p);     /* frees the block and drops off-heap references */

/* Raise an exception from C: records it on p and returns THE_NON_VALUE,
 * which the caller passes up. The stacktrace is filled by the interpreter. */
Term proc_raise(Process *p, Term cls, Term reason);
#define RAISE_ERROR(p, reason) return proc_raise((p), AM(error), (reason))

#endif
