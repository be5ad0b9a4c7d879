/* sched.h — internal: the scheduler, mailboxes and signals between processes.
 *
 * One Sched runs processes from its run queue, each for a slice of
 * REDS_SLICE reductions (interp.h), until the main process (the script)
 * ends, which ends the VM as in Elixir. A process that waits in `receive`
 * leaves the queue until a message, an exit signal or its timer arrives;
 * when the queue is empty the scheduler sleeps until the next timer.
 *
 * All scheduler state is in the struct; the one global is the current
 * scheduler of this thread (sched_self), which natives reach through it.
 *
 * Signals follow Erlang: a message is copied into a fragment owned by the
 * receiver; an exit signal either becomes an {:EXIT, from, reason} message
 * (trap_exit), is ignored (:normal), or marks the receiver to die
 * (pending_exit), which it does the next time the scheduler looks at it:
 * a process never runs another's exit code on its own C stack.
 */
#ifndef VIAL_SCHED_H
#define VIAL_SCHED_H

#include "module.h"
#include "process.h"
#include "strbuf.h"
#include "timer.h"

typedef struct Link {
    struct Link *next;
    uint64_t pid;       /* the other process */
    uint64_t ref;       /* a monitor's reference id; 0 for a link */
    Term name;          /* a monitor made by registered name: the atom, else 0 */
    uint8_t kind;       /* LINK_* */
} Link;
enum { LINK_LINK, LINK_MONITORS, LINK_MONITORED_BY };

typedef struct Sched {
    Process *run_head, *run_tail;   /* FIFO of runnable processes */
    Process *current;
    Process *main;                  /* the script; the VM ends with it */
    uint64_t last_id;               /* the pid of the process that ran last */
    TimerHeap timers;
    StrBuf logs;                    /* crash reports not printed yet */
    uint64_t logs_since;            /* when the oldest of them was made */
    int main_rc;                    /* interp_run's result for main */
    bool no_halt;                   /* main ending normally does not end the VM */
} Sched;

extern _Thread_local Sched *sched_self;

void sched_init(Sched *s);
/* Runs until main returns or dies; returns RUN_DONE, RUN_EXCEPTION (main's
 * p->exc_* hold the error, or an exit reason with class exit) or RUN_HALT.
 * With no_halt, main returning does not end the run: the VM goes on until
 * System.halt (RUN_HALT) or forever. */
int sched_run(Sched *s, Process *main);
/* Frees the scheduler's timers and reports (processes stay in the table). */
void sched_free(Sched *s);

/* A new process that will call the function at `entry` with argc
 * arguments copied from args (any terms of the caller), linked to and/or
 * monitored by parent as asked (*ref receives the monitor's id). NULL when
 * out of memory. Never collects the caller. */
Process *sched_spawn(Sched *s, Process *parent, const Code *entry, int argc, const Term *args,
                     bool link, uint64_t *monitor_ref);

/* Copies msg into a fragment for `to` and queues it; wakes `to` if it
 * waits. false only when out of memory. Never collects the sender. */
bool sched_send(Sched *s, Process *to, Term msg);

/* An exit signal from pid `from` with `reason` (a term of the sender's,
 * copied as needed); `linked` for a link's signal, where :kill is not
 * special. */
void sched_exit_signal(Sched *s, Process *to, uint64_t from, Term reason, bool linked);

bool sched_link(Sched *s, Process *p, uint64_t other);         /* false: out of memory */
void sched_unlink(Process *p, uint64_t other);
/* Monitors `target` (NULL: already dead, then :DOWN with :noproc is sent
 * at once). A monitor made by registered name (name, else 0) names the
 * process as {name, node} in its :DOWN. */
bool sched_monitor(Sched *s, Process *p, Process *target, uint64_t target_id, Term name, uint64_t ref);
bool sched_demonitor(Process *p, uint64_t ref);                 /* false: no such monitor */

/* The `after` timer of p's receive: when it runs out, p gets PF_TIMED_OUT
 * and is woken. Stopping also clears PF_TIMED_OUT. */
bool sched_start_timer(Sched *s, Process *p, uint64_t ms);
void sched_stop_timer(Sched *s, Process *p);

/* Called for a process other than main that ends with an uncaught error or
 * throw, before its links are told: the report Elixir's Logger prints for
 * it, malloc'd (*len bytes), or NULL. */
extern char *(*sched_crash_hook)(Process *p, size_t *len);

/* A reference id, unique in this VM run. */
uint64_t sched_new_ref(void);

#endif
