/* process.c — creating and freeing processes: one malloc'd block per process
 * holding its heap (growing up) and stack (growing down), plus the Process
 * record itself. Exceptions raised from C are recorded here. */
#include <stdlib.h>
#include "gc.h"
#include "binary.h"
#include "atom.h"
#include "sched.h"

Process *proc_new(void) {
    Process *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->heap = malloc(PROC_MIN_HEAP * sizeof(Term));
    if (!p->heap) {
        free(p);
        return NULL;
    }
    p->htop = p->heap;
    p->hwm = p->heap;
    p->hend = p->heap + PROC_MIN_HEAP;
    p->stop = p->hend;
    p->dict = NIL;
    p->exc_class = p->exc_reason = p->exc_trace = p->exc_info = p->exc_args = THE_NON_VALUE;
    p->mbox.tail = p->mbox.save = &p->mbox.head;
    return p;
}

/* The caller has taken p out of the process table and its timer off the
 * scheduler's heap. */
void proc_free(Process *p) {
    if (!p) return;
    mailbox_free(&p->mbox);
    for (Link *l = p->links, *next; l; l = next) {
        next = l->next;
        free(l);
    }
    for (Term *o = p->offheap; o; o = (Term *)(uintptr_t)o[3]) bin_release((Binary *)(uintptr_t)o[2]);
    for (Term *o = p->old_offheap; o; o = (Term *)(uintptr_t)o[3]) bin_release((Binary *)(uintptr_t)o[2]);
    gc_free_old(p);
    for (HeapFrag *f = p->frags, *next; f; f = next) {
        next = f->next;
        gc_frag_free(f);
    }
    free(p->heap);
    free(p);
}

/* ---- the mailbox ---- */

/* Message nodes are kept for reuse, a few hundred per thread: a message
 * passed back and forth would otherwise cost a malloc and a free each. */
#define SPARE_MSGS 512
static _Thread_local Msg *spare;
static _Thread_local unsigned nspare;

Msg *msg_new(void) {
    Msg *m = spare;
    if (!m) return malloc(sizeof *m);
    spare = m->next;
    nspare--;
    return m;
}

void msg_free(Msg *m) {
    if (nspare >= SPARE_MSGS) { free(m); return; }
    m->next = spare;
    spare = m;
    nspare++;
}

void mailbox_take(Process *p) {
    Mailbox *mb = &p->mbox;
    Msg *m = *mb->save;
    *mb->save = m->next;
    if (mb->tail == &m->next) mb->tail = mb->save;
    mb->len--;
    if (!is_immed(m->term)) mb->nboxed--;
    mb->save = &mb->head;
    msg_free(m);
}

void mailbox_free(Mailbox *mb) {
    for (Msg *m = mb->head, *next; m; m = next) {
        next = m->next;
        msg_free(m);
    }
    mb->head = NULL;
    mb->tail = mb->save = &mb->head;
    mb->len = mb->nboxed = 0;
}

Term proc_raise(Process *p, Term cls, Term reason) {
    p->exc_class = cls;
    p->exc_reason = reason;
    p->exc_trace = THE_NON_VALUE;   /* built where it is caught (exc_unwind) */
    p->exc_info = p->exc_args = THE_NON_VALUE;
    return THE_NON_VALUE;
}
