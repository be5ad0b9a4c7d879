/* sched.c — the scheduler loop, message delivery, links, monitors and exit
 * signals (see sched.h for the model). */
#include "sched.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "atom.h"
#include "bif.h"
#include "copy.h"
#include "interp.h"
#include "ptab.h"

_Thread_local Sched *sched_self;
char *(*sched_crash_hook)(Process *p, size_t *len);

static uint64_t ref_counter;

uint64_t sched_new_ref(void) { return __atomic_add_fetch(&ref_counter, 1, __ATOMIC_RELAXED); }

void sched_init(Sched *s) { memset(s, 0, sizeof *s); }

/* ---- the run queue ---- */

static void enqueue(Sched *s, Process *p) {
    if (p->flags & PF_QUEUED) return;
    p->flags |= PF_QUEUED;
    p->next = NULL;
    if (s->run_tail) s->run_tail->next = p;
    else s->run_head = p;
    s->run_tail = p;
}

static Process *dequeue(Sched *s) {
    Process *p = s->run_head;
    if (!p) return NULL;
    s->run_head = p->next;
    if (!s->run_head) s->run_tail = NULL;
    p->flags &= (uint8_t)~PF_QUEUED;
    return p;
}

/* A waiting process goes back on the run queue. */
static void make_runnable(Sched *s, Process *p) {
    if (p->status != PROC_WAITING) return;
    p->status = PROC_RUNNABLE;
    enqueue(s, p);
}

/* ---- mailboxes ---- */

static void deliver(Sched *s, Process *to, Term msg, HeapFrag *f, Msg *m) {
    if (f) gc_frag_attach(to, f);
    m->next = NULL;
    m->term = msg;
    *to->mbox.tail = m;
    to->mbox.tail = &m->next;
    to->mbox.len++;
    if (!is_immed(msg)) to->mbox.nboxed++;
    make_runnable(s, to);
}

bool sched_send(Sched *s, Process *to, Term msg) {
    if (to->status == PROC_EXITING || to->pending_exit) return true;   /* dropped, as on BEAM */
    Msg *m = msg_new();
    if (!m) return false;
    Term copy = copy_to_message_area(msg, to);
    if (!copy) { msg_free(m); return false; }
    deliver(s, to, copy, NULL, m);
    return true;
}

/* A tuple of n slots built in a fresh fragment, with `extra` more words
 * free for copies of the caller's terms; NULL when out of memory. */
static HeapFrag *tuple_frag(size_t n, size_t extra, Term **slots) {
    HeapFrag *f = gc_frag_new(n + 1 + extra);
    if (!f) return NULL;
    Term *h = gc_frag_alloc(f, n + 1);
    h[0] = make_header(KIND_TUPLE, n);
    *slots = h + 1;
    return f;
}

static Term ref_in(HeapFrag *f, uint64_t id) {
    Term *h = gc_frag_alloc(f, 2);
    h[0] = make_header(KIND_REF, 1);
    h[1] = id;
    return make_boxed(h);
}

/* {:EXIT, from, reason} or {:DOWN, ref, :process, from, reason} to `to`,
 * reason copied from whichever heap holds it; `from` is {name, node} for a
 * monitor made by name. */
static void send_signal_msg(Sched *s, Process *to, uint64_t ref, uint64_t from, Term name, Term reason) {
    bool down = ref != 0;
    size_t n = down ? 5 : 3;
    Term *e;
    size_t words = copy_size(reason);
    Msg *m = words != SIZE_MAX ? msg_new() : NULL;
    HeapFrag *f = m ? tuple_frag(n, words + (down ? 2 : 0) + (name ? 3 : 0), &e) : NULL;
    if (!f) { if (m) msg_free(m); return; }    /* out of memory: the signal is lost, the VM goes on */
    Term tuple = make_boxed(e - 1);
    e[0] = down ? AM(DOWN) : AM(EXIT);
    e[n - 1] = copy_term(reason, f);
    if (down) {
        e[1] = ref_in(f, ref);
        e[2] = AM(process);
        e[3] = make_pid(from);
        if (name) {
            Term *h = gc_frag_alloc(f, 3);
            h[0] = make_header(KIND_TUPLE, 2); h[1] = name; h[2] = atom_intern("nonode@nohost", 13);
            e[3] = make_boxed(h);
        }
    } else {
        e[1] = make_pid(from);
    }
    deliver(s, to, tuple, f, m);
}

/* ---- exit signals ---- */

/* Marks p to die with reason (copied into p's message area). */
static void set_pending_exit(Sched *s, Process *p, Term reason) {
    Term copy = copy_to_message_area(reason, p);
    p->pending_exit = copy ? copy : AM(killed);     /* out of memory: die all the same */
    if (p == s->current) p->reds = 0;   /* stop at the next reduction */
    else if (p->status == PROC_WAITING) make_runnable(s, p);
}

void sched_exit_signal(Sched *s, Process *to, uint64_t from, Term reason, bool linked) {
    if (to->status == PROC_EXITING || to->pending_exit) return;
    if (!linked && reason == AM(kill)) { set_pending_exit(s, to, AM(killed)); return; }
    if (to->flags & PF_TRAP_EXIT) { send_signal_msg(s, to, 0, from, 0, reason); return; }
    if (reason == AM(normal) && to->id != from) return;
    set_pending_exit(s, to, reason);
}

/* ---- links and monitors ---- */

static Link *find_link(Process *p, uint64_t pid, uint64_t ref, uint8_t kind) {
    for (Link *l = p->links; l; l = l->next)
        if (l->kind == kind && l->pid == pid && l->ref == ref) return l;
    return NULL;
}

static bool add_link(Process *p, uint64_t pid, uint64_t ref, Term name, uint8_t kind) {
    Link *l = malloc(sizeof *l);
    if (!l) return false;
    *l = (Link){ p->links, pid, ref, name, kind };
    p->links = l;
    return true;
}

static bool remove_link(Process *p, uint64_t pid, uint64_t ref, uint8_t kind) {
    for (Link **at = &p->links; *at; at = &(*at)->next) {
        Link *l = *at;
        if (l->kind != kind || l->pid != pid || (ref && l->ref != ref)) continue;
        *at = l->next;
        free(l);
        return true;
    }
    return false;
}

bool sched_link(Sched *s, Process *p, uint64_t other) {
    if (other == p->id || find_link(p, other, 0, LINK_LINK)) return true;
    Process *o = ptab_lookup(other);
    if (!o || o->status == PROC_EXITING || o->pending_exit) {
        /* linking to a dead process: noproc, as an exit signal */
        sched_exit_signal(s, p, other, AM(noproc), true);
        return true;
    }
    if (!add_link(p, other, 0, 0, LINK_LINK)) return false;
    if (!add_link(o, p->id, 0, 0, LINK_LINK)) { remove_link(p, other, 0, LINK_LINK); return false; }
    return true;
}

void sched_unlink(Process *p, uint64_t other) {
    remove_link(p, other, 0, LINK_LINK);
    Process *o = ptab_lookup(other);
    if (o) remove_link(o, p->id, 0, LINK_LINK);
}

bool sched_monitor(Sched *s, Process *p, Process *target, uint64_t target_id, Term name, uint64_t ref) {
    if (!target || target->status == PROC_EXITING || target->pending_exit) {
        send_signal_msg(s, p, ref, target_id, name, AM(noproc));
        return true;
    }
    if (target == p) return true;   /* monitoring oneself never fires */
    if (!add_link(p, target->id, ref, name, LINK_MONITORS)) return false;
    if (!add_link(target, p->id, ref, name, LINK_MONITORED_BY)) { remove_link(p, target->id, ref, LINK_MONITORS); return false; }
    return true;
}

bool sched_demonitor(Process *p, uint64_t ref) {
    for (Link *l = p->links; l; l = l->next) {
        if (l->kind != LINK_MONITORS || l->ref != ref) continue;
        Process *o = ptab_lookup(l->pid);
        if (o) remove_link(o, p->id, ref, LINK_MONITORED_BY);
        remove_link(p, l->pid, ref, LINK_MONITORS);
        return true;
    }
    return false;
}

/* ---- spawning and exiting ---- */

Process *sched_spawn(Sched *s, Process *parent, const Code *entry, int argc, const Term *args,
                     bool link, uint64_t *monitor_ref) {
    Process *p = proc_new();
    if (!p || !ptab_insert(p)) { proc_free(p); return NULL; }
    for (int i = 0; i < argc; i++) {
        /* onto the new block when it fits (a fragment costs an idle process
         * its header and a malloc), else into a fragment of its exact size
         * (not a message area: a million such processes would each keep
         * one mostly empty) */
        size_t n = copy_size(args[i]), room = (size_t)(p->stop - p->htop), frame = (size_t)argc + 3;
        if (room >= frame && n <= room - frame) {
            p->x[i] = copy_to_heap(args[i], p);
            continue;
        }
        HeapFrag *f = copy_to_frag(args[i], &p->x[i]);
        if (f) gc_frag_attach(p, f);
        if (!p->x[i]) goto fail;
    }
    p->nx = (unsigned)argc;
    if (!interp_setup_call(p, entry, argc, p->x)) goto fail;
    p->nx = 0;
    if (link && !sched_link(s, parent, p->id)) goto fail;
    if (monitor_ref) {
        *monitor_ref = sched_new_ref();
        if (!sched_monitor(s, parent, p, p->id, 0, *monitor_ref)) goto fail;
    }
    p->status = PROC_RUNNABLE;
    enqueue(s, p);
    return p;
fail:
    sched_unlink(parent, p->id);
    ptab_remove(p);
    proc_free(p);
    return NULL;
}

static void cancel_receive_timer(Sched *s, Process *p) {
    if (!p->timer) return;
    timer_remove(&s->timers, p->timer);
    timer_free(p->timer);
    p->timer = NULL;
}

bool sched_start_timer(Sched *s, Process *p, uint64_t ms) {
    Timer *t = calloc(1, sizeof *t);
    if (!t) return false;
    t->due = timer_now() + ms;
    t->pid = p->id;
    if (!timer_add(&s->timers, t)) { free(t); return false; }
    p->timer = t;
    return true;
}

void sched_stop_timer(Sched *s, Process *p) {
    cancel_receive_timer(s, p);
    p->flags &= (uint8_t)~PF_TIMED_OUT;
}

/* Tells p's links and monitors that it ended with reason (on p's heap). */
static void notify_links(Sched *s, Process *p, Term reason) {
    while (p->links) {
        Link *l = p->links;
        p->links = l->next;
        Process *o = ptab_lookup(l->pid);
        if (o) {
            if (l->kind == LINK_LINK) {
                remove_link(o, p->id, 0, LINK_LINK);
                sched_exit_signal(s, o, p->id, reason, true);
            } else if (l->kind == LINK_MONITORS) {
                remove_link(o, p->id, l->ref, LINK_MONITORED_BY);
            } else {
                remove_link(o, p->id, l->ref, LINK_MONITORS);
                send_signal_msg(s, o, l->ref, p->id, l->name, reason);
            }
        }
        free(l);
    }
}

/* p is done with reason: signals go out, then p is freed (but main, which
 * the caller reports on). */
static void finish(Sched *s, Process *p, Term reason) {
    p->status = PROC_EXITING;
    ptab_unregister_pid(p);
    cancel_receive_timer(s, p);
    notify_links(s, p, reason);
    ptab_remove(p);
    if (p != s->main) proc_free(p);
}

/* The exit reason of an uncaught exception, as Erlang forms it:
 * {reason, stacktrace}, with a throw's reason {:nocatch, value}. */
static Term exit_reason(Process *p) {
    if (p->exc_class == AM(exit)) return p->exc_reason;
    bool thrown = p->exc_class == AM(throw);
    Term *h = heap_reserve(p, thrown ? 6 : 3);
    if (!h) return AM(killed);
    Term reason = p->exc_reason;
    if (thrown) {
        h[0] = make_header(KIND_TUPLE, 2); h[1] = AM(nocatch); h[2] = reason;
        reason = make_boxed(h);
        h += 3;
    }
    h[0] = make_header(KIND_TUPLE, 2); h[1] = reason; h[2] = p->exc_trace ? p->exc_trace : NIL;
    return make_boxed(h);
}

/* ---- crash reports ----
 * Elixir's Logger prints asynchronously: a report shows up a moment after
 * the crash, and not at all when the VM halts first (a linked crash that
 * kills the script). Reports are formatted at once, while the process's
 * heap exists, and printed when the scheduler idles or LOG_DELAY_MS later. */

#define LOG_DELAY_MS 5

/* Starts a report: Logger's blank line, local time to the millisecond, level. */
static void log_start(Sched *s) {
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    localtime_r(&ts.tv_sec, &tm);
    if (!s->logs.len) s->logs_since = timer_now();
    sb_printf(&s->logs, "\n%02d:%02d:%02d.%03d [error] ", tm.tm_hour, tm.tm_min, tm.tm_sec,
              (int)(ts.tv_nsec / 1000000));
}

static void log_crash(Sched *s, Process *p) {
    size_t n;
    char *text = sched_crash_hook ? sched_crash_hook(p, &n) : NULL;
    if (!text) return;
    log_start(s);
    sb_put(&s->logs, text, n);
    free(text);
}

/* The report BEAM's logger prints for a process killed at its heap ceiling
 * (Erlang's fields; the sizes are vial's, in words). */
static void log_max_heap(Sched *s, Process *p) {
    log_start(s);
    sb_printf(&s->logs, "     Process:            #PID<0.%llu.0> \n"
              "     Context:            maximum heap size reached\n"
              "     Max Heap Size:      %llu\n"
              "     Total Heap Size:    %zu\n"
              "     Kill:               true\n"
              "     Error Logger:       true\n"
              "     Message Queue Len:  %u\n",
              (unsigned long long)p->id, (unsigned long long)p->max_heap, gc_heap_words(p), p->mbox.len);
}

static void flush_logs(Sched *s) {
    if (!s->logs.len) return;
    bif_io_write(1, s->logs.data, s->logs.len);
    s->logs.len = 0;
}

/* ---- timers ---- */

static void fire(Sched *s, Timer *t) {
    if (t->ref == 0) {
        Process *p = ptab_lookup(t->pid);
        if (p && p->timer == t) {
            p->timer = NULL;
            p->flags |= PF_TIMED_OUT;
            make_runnable(s, p);
        }
        timer_free(t);
        return;
    }
    Process *to = t->dest ? ptab_whereis(t->dest) : ptab_lookup(t->pid);
    Msg *m = to && to->status != PROC_EXITING && !to->pending_exit ? msg_new() : NULL;
    if (m) {
        deliver(s, to, t->msg, t->frag, m);
        t->frag = NULL;
    }
    timer_free(t);
}

static void fire_due(Sched *s) {
    uint64_t now = timer_now();
    for (Timer *t; (t = timer_pop_due(&s->timers, now)); ) fire(s, t);
}

/* Nothing to run: sleep until the next timer. With no timer nothing can
 * ever run again; like BEAM, the VM then waits forever. */
static void idle(Sched *s) {
    flush_logs(s);
    bif_io_flush();     /* output waits for no timer */
    Timer *t = timer_first(&s->timers);
    if (!t) { for (;;) pause(); }
    uint64_t now = timer_now();
    if (t->due <= now) return;
    uint64_t ms = t->due - now;
    struct timespec ts = { (time_t)(ms / 1000), (long)(ms % 1000) * 1000000 };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

/* ---- the loop ---- */

/* After a slice: requeue, park or finish p. True when the VM is done. An
 * exit signal that arrived during the slice wins over how it ended. The
 * script's process killed by a signal reports with class :EXIT (vm.c). */
static bool after_slice(Sched *s, Process *p, int rc) {
    if (rc == RUN_HALT) { s->main_rc = rc; return true; }
    if (p->pending_exit) {
        if (p == s->main) {
            p->exc_class = AM(EXIT); p->exc_reason = p->pending_exit; p->exc_trace = NIL;
            p->pending_exit = THE_NON_VALUE;
            s->main_rc = RUN_EXCEPTION;
            return true;
        }
        if (p->flags & PF_MAX_HEAP) log_max_heap(s, p);
        finish(s, p, p->pending_exit);
        return false;
    }
    if (rc == RUN_DONE || rc == RUN_EXCEPTION) {
        if (p == s->main && rc == RUN_DONE && s->no_halt) {
            s->main = NULL;
            finish(s, p, AM(normal));
            return false;
        }
        if (p == s->main) { s->main_rc = rc; return true; }
        if (rc == RUN_EXCEPTION && p->exc_class != AM(exit)) log_crash(s, p);
        finish(s, p, rc == RUN_DONE ? AM(normal) : exit_reason(p));
        return false;
    }
    if (rc == RUN_WAIT) { p->status = PROC_WAITING; return false; }
    p->status = PROC_RUNNABLE;
    enqueue(s, p);
    return false;
}

int sched_run(Sched *s, Process *main) {
    sched_self = s;
    s->main = main;
    main->status = PROC_RUNNABLE;
    enqueue(s, main);
    for (;;) {
        if (s->timers.n) fire_due(s);
        if (s->logs.len && timer_now() - s->logs_since >= LOG_DELAY_MS) flush_logs(s);
        Process *p = dequeue(s);
        if (!p) { idle(s); continue; }
        int rc = RUN_YIELD;
        if (!p->pending_exit) {
            /* messages pile up in fragments until a collection merges the
             * live ones; a process that receives much but allocates little
             * would never collect */
            if (p->frag_words > gc_block_words(p)) gc_collect(p, 0);
            p->status = PROC_RUNNING;
            /* others wait, or another ran just before: the collector then
             * puts off long pauses (gc.c full_due) */
            bool crowded = s->run_head || s->last_id != p->id;
            p->flags = (uint8_t)(crowded ? p->flags | PF_CROWDED : p->flags & ~PF_CROWDED);
            s->last_id = p->id;
            s->current = p;
            p->reds = REDS_SLICE;
            rc = interp_run(p);
            p->reductions += (uint64_t)(REDS_SLICE - (p->reds > 0 ? p->reds : 0));
            s->current = NULL;
        }
        if (after_slice(s, p, rc)) break;
    }
    return s->main_rc;
}

void sched_free(Sched *s) {
    for (size_t i = 0; i < s->timers.n; i++) {
        Timer *t = s->timers.items[i];
        Process *p = t->ref ? NULL : ptab_lookup(t->pid);
        if (p) p->timer = NULL;
        timer_free(t);
    }
    free(s->timers.items);
    sb_free(&s->logs);
    memset(s, 0, sizeof *s);
}
