/* bif_process.c — the natives of processes: spawning, messages, links,
 * monitors, exit signals, registered names, timers and process_info.
 * The machinery is in sched.c; these check arguments and build results. */
#include <malloc.h>
#include <stdlib.h>

#include "bif.h"
#include "binary.h"
#include "copy.h"
#include "gc.h"
#include "interp.h"
#include "map.h"
#include "module.h"
#include "ptab.h"
#include "sched.h"

/* ---- helpers ---- */

static bool get_pid(Term t, uint64_t *id) {
    if (!is_pid(t)) return false;
    *id = pid_index(t);
    return true;
}

static Process *live(uint64_t id) {
    Process *p = ptab_lookup(id);
    return p && p->status != PROC_EXITING && !p->pending_exit ? p : NULL;
}

static Term make_ref_term(Process *p, uint64_t id) {
    BIF_RESERVE(h, p, 2);
    h[0] = make_header(KIND_REF, 1);
    h[1] = id;
    return make_boxed(h);
}

static bool get_ref(Term t, uint64_t *id) {
    if (!is_ref(t) || header_size(*boxed_ptr(t)) != 1) return false;
    *id = boxed_ptr(t)[1];
    return true;
}

/* ---- spawning ---- */

static const Code *apply_code(unsigned arity) {
    Export *e = module_find_export(AM(erlang), atom_intern("apply", 5), arity);
    return e ? e->code : NULL;
}

/* spawn through :erlang.apply/2 or /3 with the native's own arguments. */
static Term spawn_with(Process *p, Term *args, unsigned n, bool link, bool monitor) {
    uint64_t ref = 0;
    Term argv[3] = { args[0], n == 1 ? NIL : args[1], n == 3 ? args[2] : NIL };
    if (n == 1 && !is_fun(args[0])) return bif_badarg(p);
    if (n == 3 && (!is_atom(args[0]) || !is_atom(args[1]) || !bif_list_length(args[2], &(size_t){0})))
        return bif_badarg(p);
    Process *child = sched_spawn(sched_self, p, apply_code(n == 1 ? 2 : 3), n == 1 ? 2 : 3, argv,
                                 link, monitor ? &ref : NULL);
    if (!child) return bif_oom(p);
    if (!monitor) return make_pid(child->id);
    Term r = make_ref_term(p, ref);
    if (!r) return r;
    return bif_tuple2(p, make_pid(child->id), r);
}

Term bif_erlang_spawn_1(Process *p, Term *args) { return spawn_with(p, args, 1, false, false); }
Term bif_erlang_spawn_3(Process *p, Term *args) { return spawn_with(p, args, 3, false, false); }
Term bif_erlang_spawn_link_1(Process *p, Term *args) { return spawn_with(p, args, 1, true, false); }
Term bif_erlang_spawn_link_3(Process *p, Term *args) { return spawn_with(p, args, 3, true, false); }
Term bif_erlang_spawn_monitor_1(Process *p, Term *args) { return spawn_with(p, args, 1, false, true); }
Term bif_erlang_spawn_monitor_3(Process *p, Term *args) { return spawn_with(p, args, 3, false, true); }

static bool is_count(Term t) { return is_small(t) && small_val(t) >= 0; }

enum { MIN_HEAP_SIZE = 233 };   /* Erlang's default, below which no ceiling may be set */

/* %{error_logger: true, kill: true, size: words}: how Erlang shows a heap
 * ceiling (vial always kills and reports). */
static Term max_heap_map(Process *p, uint64_t size) {
    Term kv[6] = {
        atom_intern("error_logger", 12), AM(true), atom_intern("kill", 4), AM(true),
        atom_intern("size", 4), make_small((SInt)size),
    };
    return map_new_from_pairs(p, kv, 3);
}

/* The size a max_heap_size value asks for: an integer, or a map with a
 * size, kill and error_logger left true (other keys are ignored, as in
 * Erlang); THE_NON_VALUE otherwise. */
static Term max_heap_size_of(Term v) {
    if (!is_map(v)) return v;
    Term size = map_get(v, atom_intern("size", 4));
    Term kill = map_get(v, atom_intern("kill", 4)), log = map_get(v, atom_intern("error_logger", 12));
    bool ok = size != THE_NON_VALUE && (kill == THE_NON_VALUE || kill == AM(true)) &&
              (log == THE_NON_VALUE || log == AM(true));
    return ok ? size : THE_NON_VALUE;
}

static bool is_ceiling(Term size) {
    return is_small(size) && (small_val(size) == 0 || small_val(size) >= MIN_HEAP_SIZE);
}

/* The options of spawn_opt: link, monitor and max_heap_size act, the others
 * are only checked (one scheduler, one heap layout: priorities and the
 * other sizes are moot). */
static bool spawn_options(Term opts, bool *link, bool *monitor, Term *max_heap) {
    for (; is_cons(opts); opts = CDR(opts)) {
        Term o = CAR(opts);
        if (o == atom_intern("link", 4)) { *link = true; continue; }
        if (o == atom_intern("monitor", 7)) { *monitor = true; continue; }
        if (!is_tuple(o) || tuple_arity(o) != 2 || !is_atom(TUPLE_ELEM(o, 0))) return false;
        size_t n;
        const char *k = atom_text(TUPLE_ELEM(o, 0), &n);
        Term v = TUPLE_ELEM(o, 1);
#define KEY(s) (n == sizeof(s) - 1 && !memcmp(k, s, n))
        bool monitor_opts = KEY("monitor");
        bool ok = monitor_opts ? bif_list_length(v, &(size_t){0})
                : KEY("priority") ? v == atom_intern("low", 3) || v == atom_intern("normal", 6) ||
                                    v == atom_intern("high", 4) || v == atom_intern("max", 3)
                : KEY("fullsweep_after") || KEY("min_heap_size") || KEY("min_bin_vheap_size") ? is_count(v)
                : KEY("max_heap_size") ? is_ceiling(*max_heap = max_heap_size_of(v))
                : KEY("message_queue_data") ? v == atom_intern("off_heap", 8) || v == atom_intern("on_heap", 7)
                : false;
#undef KEY
        if (!ok) return false;
        if (monitor_opts) *monitor = true;
    }
    return opts == NIL;
}

static Term spawn_opt(Process *p, Term *args, unsigned n) {
    bool link = false, monitor = false;
    Term max_heap = make_small(0);
    if (!spawn_options(args[n], &link, &monitor, &max_heap)) return bif_badarg(p);
    Term r = spawn_with(p, args, n, link, monitor);
    Process *child = r ? ptab_lookup(pid_index(monitor ? TUPLE_ELEM(r, 0) : r)) : NULL;
    if (child) child->max_heap = (uint64_t)small_val(max_heap);
    return r;
}

Term bif_erlang_spawn_opt_2(Process *p, Term *args) { return spawn_opt(p, args, 1); }
Term bif_erlang_spawn_opt_4(Process *p, Term *args) { return spawn_opt(p, args, 3); }

Term bif_erlang_self_0(Process *p, Term *args) { (void)args; return make_pid(p->id); }

Term bif_erlang_make_ref_0(Process *p, Term *args) { (void)args; return make_ref_term(p, sched_new_ref()); }

/* ---- pids and references as text ---- */

/* The charlist of the ASCII text "<prefix>N<suffix>". */
static Term id_charlist(Process *p, const char *prefix, uint64_t id, const char *suffix) {
    char s[64];
    size_t n = (size_t)snprintf(s, sizeof s, "%s%llu%s", prefix, (unsigned long long)id, suffix);
    BIF_RESERVE(h, p, 2 * n);
    Term list = NIL;
    for (size_t i = n; i-- > 0;) {
        h[2 * i] = make_small((unsigned char)s[i]);
        h[2 * i + 1] = list;
        list = make_list(h + 2 * i);
    }
    return list;
}

Term bif_erlang_pid_to_list_1(Process *p, Term *args) {
    uint64_t id;
    return get_pid(args[0], &id) ? id_charlist(p, "<0.", id, ".0>") : bif_badarg(p);
}

Term bif_erlang_ref_to_list_1(Process *p, Term *args) {
    uint64_t id;
    return get_ref(args[0], &id) ? id_charlist(p, "#Ref<0.0.0.", id, ">") : bif_badarg(p);
}

/* Only local pids, "<0.N.0>", exist here. */
Term bif_erlang_list_to_pid_1(Process *p, Term *args) {
    static const char head[] = "<0.", tail[] = ".0>";
    Term l = args[0];
    for (const char *c = head; *c; c++, l = CDR(l))
        if (!is_cons(l) || CAR(l) != make_small(*c)) return bif_badarg(p);
    uint64_t id = 0;
    int digits = 0;
    for (; is_cons(l) && is_small(CAR(l)) && small_val(CAR(l)) >= '0' && small_val(CAR(l)) <= '9'; l = CDR(l))
        if (++digits > 15) return bif_badarg(p);
        else id = id * 10 + (uint64_t)(small_val(CAR(l)) - '0');
    for (const char *c = tail; *c; c++, l = CDR(l))
        if (!is_cons(l) || CAR(l) != make_small(*c)) return bif_badarg(p);
    return digits && l == NIL ? make_pid(id) : bif_badarg(p);
}

/* ---- messages ---- */

/* The process a destination names: a pid (NULL when dead: sends are then
 * dropped), a registered name (*bad when nobody has it) or {name, node}
 * (dropped when nobody has the name, as Erlang drops it; with one node,
 * every node is this one). */
static Process *destination(Term dest, bool *bad) {
    *bad = false;
    if (is_pid(dest)) return live(pid_index(dest));
    if (is_atom(dest)) {
        Process *to = ptab_whereis(dest);
        *bad = !to;
        return to;
    }
    if (is_tuple(dest) && tuple_arity(dest) == 2 && is_atom(TUPLE_ELEM(dest, 0)) && is_atom(TUPLE_ELEM(dest, 1)))
        return ptab_whereis(TUPLE_ELEM(dest, 0));
    *bad = true;
    return NULL;
}

Term bif_erlang_send_2(Process *p, Term *args) {
    bool bad;
    Process *to = destination(args[0], &bad);
    if (bad) return bif_badarg(p);
    if (to && !sched_send(sched_self, to, args[1])) return bif_oom(p);
    return args[1];
}

/* A local send never suspends nor connects: the options only need to be
 * valid ones. */
Term bif_erlang_send_3(Process *p, Term *args) {
    Term l = args[2];
    for (; is_cons(l); l = CDR(l))
        if (CAR(l) != atom_intern("nosuspend", 9) && CAR(l) != atom_intern("noconnect", 9)) return bif_badarg(p);
    if (l != NIL) return bif_badarg(p);
    Term v = bif_erlang_send_2(p, args);
    return v ? AM(ok) : v;
}

/* ---- links, monitors, exits ---- */

Term bif_erlang_link_1(Process *p, Term *args) {
    uint64_t id;
    if (!get_pid(args[0], &id)) return bif_badarg(p);
    if (!live(id) && !(p->flags & PF_TRAP_EXIT))
        return proc_raise(p, AM(error), AM(noproc));
    if (!sched_link(sched_self, p, id)) return bif_oom(p);
    return AM(true);
}

Term bif_erlang_unlink_1(Process *p, Term *args) {
    uint64_t id;
    if (!get_pid(args[0], &id)) return bif_badarg(p);
    sched_unlink(p, id);
    return AM(true);
}

/* monitor(:process, pid | name | {name, node}): with one node, a name
 * with a node is the name. */
Term bif_erlang_monitor_2(Process *p, Term *args) {
    if (args[0] != AM(process)) return bif_badarg(p);
    uint64_t id = 0;
    Process *target = NULL;
    Term name = args[1];
    if (is_tuple(name) && tuple_arity(name) == 2 && is_atom(TUPLE_ELEM(name, 0)) && is_atom(TUPLE_ELEM(name, 1)))
        name = TUPLE_ELEM(name, 0);
    if (is_atom(name)) {
        target = ptab_whereis(name);
        id = target ? target->id : 0;
    } else if (get_pid(name, &id)) {
        target = live(id);
    } else {
        return bif_badarg(p);
    }
    uint64_t ref = sched_new_ref();
    if (!sched_monitor(sched_self, p, target, id, is_atom(name) ? name : 0, ref)) return bif_oom(p);
    return make_ref_term(p, ref);
}

static bool has_option(Term opts, const char *name) {
    Term a = atom_intern(name, strlen(name));
    for (; is_cons(opts); opts = CDR(opts))
        if (CAR(opts) == a) return true;
    return false;
}

/* Removes every {:DOWN, ref, ...} message from p's mailbox. */
static void flush_down(Process *p, uint64_t ref) {
    for (Msg **at = &p->mbox.head; *at; ) {
        Term t = (*at)->term;
        uint64_t r;
        bool hit = is_tuple(t) && tuple_arity(t) == 5 && TUPLE_ELEM(t, 0) == AM(DOWN)
                   && get_ref(TUPLE_ELEM(t, 1), &r) && r == ref;
        if (!hit) { at = &(*at)->next; continue; }
        p->mbox.save = at;
        mailbox_take(p);
    }
}

/* demonitor(Ref, Opts): :flush also drops a :DOWN already received;
 * :info answers whether the monitor was still there. */
Term bif_erlang_demonitor_2(Process *p, Term *args) {
    uint64_t ref;
    if (!get_ref(args[0], &ref) || !bif_list_length(args[1], &(size_t){0})) return bif_badarg(p);
    for (Term l = args[1]; l != NIL; l = CDR(l))
        if (CAR(l) != atom_intern("flush", 5) && CAR(l) != atom_intern("info", 4)) return bif_badarg(p);
    bool found = sched_demonitor(p, ref);
    if (has_option(args[1], "flush")) flush_down(p, ref);
    return has_option(args[1], "info") ? make_bool(found) : AM(true);
}

Term bif_erlang_demonitor_1(Process *p, Term *args) {
    uint64_t ref;
    if (!get_ref(args[0], &ref)) return bif_badarg(p);
    sched_demonitor(p, ref);
    return AM(true);
}

Term bif_erlang_exit_2(Process *p, Term *args) {
    uint64_t id;
    if (!get_pid(args[0], &id)) return bif_badarg(p);
    Process *to = live(id);
    if (to) sched_exit_signal(sched_self, to, p->id, args[1], false);
    /* a signal that kills the caller acts before its next instruction */
    return p->pending_exit ? THE_NON_VALUE : AM(true);
}

Term bif_erlang_is_process_alive_1(Process *p, Term *args) {
    uint64_t id;
    if (!get_pid(args[0], &id)) return bif_badarg(p);
    return make_bool(live(id) != NULL);
}

Term bif_erlang_process_flag_2(Process *p, Term *args) {
    if (args[0] == atom_intern("trap_exit", 9) && is_bool(args[1])) {
        bool old = p->flags & PF_TRAP_EXIT;
        if (args[1] == AM(true)) p->flags |= PF_TRAP_EXIT;
        else p->flags &= (uint8_t)~PF_TRAP_EXIT;
        return make_bool(old);
    }
    /* flags vial does not vary: checked, and answered with Erlang's default */
    size_t n;
    const char *k = is_atom(args[0]) ? atom_text(args[0], &n) : NULL;
    Term v = args[1];
#define KEY(s) (k && n == sizeof(s) - 1 && !memcmp(k, s, n))
    if (KEY("priority") && (v == atom_intern("low", 3) || v == atom_intern("normal", 6) ||
                            v == atom_intern("high", 4) || v == atom_intern("max", 3)))
        return atom_intern("normal", 6);
    if (KEY("message_queue_data") && (v == atom_intern("off_heap", 8) || v == atom_intern("on_heap", 7)))
        return atom_intern("on_heap", 7);
    if (KEY("min_heap_size") && is_count(v)) return make_small(MIN_HEAP_SIZE);
    if (KEY("min_bin_vheap_size") && is_count(v)) return make_small(46422);
    if (KEY("fullsweep_after") && is_count(v)) return make_small(65535);
    if (KEY("sensitive") && is_bool(v)) return AM(false);
    if (KEY("save_calls") && is_small(v) && small_val(v) >= 0 && small_val(v) <= 10000) return make_small(0);
    if (KEY("error_handler") && is_atom(v)) return atom_intern("error_handler", 13);
#undef KEY
    if (args[0] == atom_intern("max_heap_size", 13)) {
        Term size = max_heap_size_of(args[1]);
        if (!is_ceiling(size)) return bif_badarg(p);
        uint64_t old = p->max_heap;
        p->max_heap = (uint64_t)small_val(size);
        return max_heap_map(p, old);
    }
    return bif_badarg(p);
}

/* process_flag(Pid, save_calls, N): calls are not recorded, so there is
 * never an old value but 0. */
Term bif_erlang_process_flag_3(Process *p, Term *args) {
    uint64_t id;
    if (!get_pid(args[0], &id) || args[1] != atom_intern("save_calls", 10) || !is_small(args[2]) ||
        small_val(args[2]) < 0 || small_val(args[2]) > 10000 || !live(id))
        return bif_badarg(p);
    return make_small(0);
}

/* ---- registered names ---- */

Term bif_erlang_register_2(Process *p, Term *args) {
    uint64_t id;
    if (!is_atom(args[0]) || args[0] == AM(undefined) || !get_pid(args[1], &id)) return bif_badarg(p);
    Process *who = live(id);
    if (!who || !ptab_register(who, args[0])) return bif_badarg(p);
    return AM(true);
}

Term bif_erlang_unregister_1(Process *p, Term *args) {
    Process *who = is_atom(args[0]) ? ptab_whereis(args[0]) : NULL;
    if (!who) return bif_badarg(p);
    ptab_unregister_pid(who);
    return AM(true);
}

Term bif_erlang_whereis_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    Process *who = ptab_whereis(args[0]);
    return who ? make_pid(who->id) : AM(undefined);
}

/* Lists built from the table into a malloc'd array first: the walk must
 * not collect. */
typedef struct { Term *items; size_t n, cap; bool oom; } TermList;

static void collect(TermList *l, Term t) {
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        Term *items = realloc(l->items, cap * sizeof *items);
        if (!items) { l->oom = true; return; }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = t;
}

static void add_name(Process *q, void *arg) { collect(arg, q->reg_name); }
static void add_pid(Process *q, void *arg) {
    if (q->status != PROC_EXITING) collect(arg, make_pid(q->id));
}

static int by_pid(const void *a, const void *b) {
    Term x = *(const Term *)a, y = *(const Term *)b;
    return x < y ? -1 : x > y;
}

static Term list_of(Process *p, TermList *l) {
    Term *h = l->oom ? NULL : heap_reserve(p, 2 * l->n);
    if (!h) { free(l->items); return bif_oom(p); }
    Term out = NIL;
    for (size_t i = l->n; i-- > 0; h += 2) {
        h[0] = l->items[i];
        h[1] = out;
        out = make_list(h);
    }
    free(l->items);
    return out;
}

Term bif_erlang_registered_0(Process *p, Term *args) {
    (void)args;
    TermList l = {0};
    ptab_each_name(add_name, &l);
    return list_of(p, &l);
}

Term bif_erlang_processes_0(Process *p, Term *args) {
    (void)args;
    TermList l = {0};
    ptab_each(add_pid, &l);
    if (!l.oom) qsort(l.items, l.n, sizeof *l.items, by_pid);
    return list_of(p, &l);
}

/* ---- timers ---- */

/* erlang:send_after(Time, Dest, Msg[, Opts]) -> a reference; with
 * {:abs, true} Time is a point of monotonic_time(:millisecond). */
static Term send_after(Process *p, Term *args, bool abs) {
    if (!is_small(args[0]) || (!abs && small_val(args[0]) < 0) || !(is_pid(args[1]) || is_atom(args[1])))
        return bif_badarg(p);
    Timer *t = calloc(1, sizeof *t);
    if (!t) return bif_oom(p);
    t->frag = copy_to_frag(args[2], &t->msg);
    if (!t->msg) { free(t); return bif_oom(p); }
    uint64_t now = timer_now();
    SInt time = small_val(args[0]);
    t->due = !abs ? now + (uint64_t)time : time > 0 && (uint64_t)time > now ? (uint64_t)time : now;
    t->ref = sched_new_ref();
    if (is_pid(args[1])) t->pid = pid_index(args[1]);
    else t->dest = args[1];
    if (!timer_add(&sched_self->timers, t)) { timer_free(t); return bif_oom(p); }
    return make_ref_term(p, t->ref);
}

/* Reads a timer function's options, each {name, boolean} of the two named. */
static bool timer_options(Term opts, const char *a, bool *va, const char *b, bool *vb) {
    Term ka = atom_intern(a, strlen(a)), kb = b ? atom_intern(b, strlen(b)) : 0;
    for (; is_cons(opts); opts = CDR(opts)) {
        Term o = CAR(opts);
        if (!is_tuple(o) || tuple_arity(o) != 2 || !is_bool(TUPLE_ELEM(o, 1))) return false;
        if (TUPLE_ELEM(o, 0) == ka) *va = TUPLE_ELEM(o, 1) == AM(true);
        else if (kb && TUPLE_ELEM(o, 0) == kb) *vb = TUPLE_ELEM(o, 1) == AM(true);
        else return false;
    }
    return opts == NIL;
}

Term bif_erlang_send_after_3(Process *p, Term *args) { return send_after(p, args, false); }

Term bif_erlang_send_after_4(Process *p, Term *args) {
    bool abs = false;
    if (!timer_options(args[3], "abs", &abs, NULL, NULL)) return bif_badarg(p);
    return send_after(p, args, abs);
}

/* Milliseconds left on the send_after timer of args[0], or false. */
static Term timer_left(Process *p, Term ref, bool cancel) {
    uint64_t id;
    if (!get_ref(ref, &id)) return bif_badarg(p);
    Timer *t = timer_find_ref(&sched_self->timers, id);
    if (!t) return AM(false);
    uint64_t now = timer_now();
    SInt left = t->due > now ? (SInt)(t->due - now) : 0;
    if (cancel) {
        timer_remove(&sched_self->timers, t);
        timer_free(t);
    }
    return make_small(left);
}

Term bif_erlang_cancel_timer_1(Process *p, Term *args) { return timer_left(p, args[0], true); }

/* cancel_timer(Ref, Opts): {:info, false} answers :ok; {:async, true}
 * answers :ok and, unless {:info, false}, sends {:cancel_timer, Ref, Left}. */
Term bif_erlang_cancel_timer_2(Process *p, Term *args) {
    bool async = false, info = true;
    uint64_t id;
    if (!get_ref(args[0], &id) || !timer_options(args[1], "async", &async, "info", &info)) return bif_badarg(p);
    Term left = timer_left(p, args[0], true);
    if (!async) return info ? left : AM(ok);
    if (!info) return AM(ok);
    BIF_RESERVE(h, p, 4);
    h[0] = make_header(KIND_TUPLE, 3);
    h[1] = atom_intern("cancel_timer", 12);
    h[2] = args[0];
    h[3] = left;
    if (!sched_send(sched_self, p, make_boxed(h))) return bif_oom(p);
    return AM(ok);
}
Term bif_erlang_read_timer_1(Process *p, Term *args) { return timer_left(p, args[0], false); }

/* ---- process_info ---- */

/* Bytes a process holds: its record, both generations, fragments,
 * messages, links. */
static size_t proc_memory(const Process *q) {
    size_t n = sizeof *q + gc_heap_words(q) * sizeof(Term) + q->mbox.len * sizeof(Msg);
    for (const HeapFrag *f = q->frags; f; f = f->next) n += sizeof *f + f->size * sizeof(Term);
    for (const Link *l = q->links; l; l = l->next) n += sizeof *l;
    return n;
}

static Term status_of(const Process *p, const Process *q) {
    if (q == p) return atom_intern("running", 7);
    if (q->status == PROC_WAITING) return atom_intern("waiting", 7);
    return atom_intern("runnable", 8);
}

/* A copy of q's term for p, in p's message area. */
static Term adopt(Process *p, Term t) {
    Term out = copy_to_message_area(t, p);
    return out ? out : bif_oom(p);
}

static Term links_of(Process *p, const Process *q, uint8_t kind) {
    TermList l = {0};
    for (const Link *k = q->links; k; k = k->next)
        if (k->kind == kind) collect(&l, make_pid(k->pid));
    return list_of(p, &l);
}

/* The mailbox as a list. The room is reserved before the walk: a
 * collection moves the messages of p's own mailbox (roots it updates). */
static Term messages_of(Process *p, const Process *q) {
    size_t n = 0;
    for (const Msg *m = q->mbox.head; m; m = m->next) n++;
    BIF_RESERVE(h, p, 2 * n);
    Term list = NIL, *prev = NULL;
    for (const Msg *m = q->mbox.head; m; m = m->next, h += 2) {
        h[0] = m->term;
        h[1] = NIL;
        if (prev) prev[1] = make_list(h); else list = make_list(h);
        prev = h;
    }
    return q != p && list != NIL ? adopt(p, list) : list;
}

/* A process dictionary ([] or a map) as the list of {key, value} that
 * process_info gives, in the order :erlang.get/0 lists them. */
static Term dict_pairs(Process *p, Term dict) {
    size_t n = is_map(dict) ? map_size(dict) : 0;
    if (n == 0) return NIL;
    Term r[1] = { dict };
    GC_PROTECT(p, roots, r, 1);
    Term *h = heap_reserve(p, n * 5);
    GC_UNPROTECT(p, roots);
    if (!h) return bif_oom(p);
    Term list = NIL, k, v;
    MapIter it;
    map_iter_init(&it, r[0]);
    while (map_iter_next(&it, &k, &v)) {
        h[0] = make_header(KIND_TUPLE, 2); h[1] = k; h[2] = v;
        h[3] = make_boxed(h); h[4] = list;
        list = make_list(h + 3);
        h += 5;
    }
    return list;
}

/* [{:process, pid}, ...] of q's monitors; {name, node} for one made by name. */
static Term monitors_of(Process *p, const Process *q) {
    size_t n = 0;
    for (const Link *k = q->links; k; k = k->next) n += k->kind == LINK_MONITORS;
    BIF_RESERVE(h, p, n * 8);
    Term list = NIL;
    for (const Link *k = q->links; k; k = k->next) {
        if (k->kind != LINK_MONITORS) continue;
        Term who = make_pid(k->pid);
        if (k->name) {
            h[0] = make_header(KIND_TUPLE, 2); h[1] = k->name; h[2] = atom_intern("nonode@nohost", 13);
            who = make_boxed(h);
            h += 3;
        }
        h[0] = make_header(KIND_TUPLE, 2); h[1] = AM(process); h[2] = who;
        h[3] = make_boxed(h); h[4] = list;
        list = make_list(h + 3);
        h += 5;
    }
    return list;
}

static Term info_value(Process *p, Process *q, Term item) {
    size_t n;
    const char *k = atom_text(item, &n);
#define KEY(s) (n == sizeof(s) - 1 && !memcmp(k, s, n))
    if (KEY("message_queue_len")) return make_small(q->mbox.len);
    if (KEY("links")) return links_of(p, q, LINK_LINK);
    if (KEY("memory")) return make_small((SInt)proc_memory(q));
    if (KEY("status")) return status_of(p, q);
    if (KEY("heap_size")) return make_small((SInt)gc_block_words(q));
    if (KEY("total_heap_size")) return make_small((SInt)gc_heap_words(q));
    if (KEY("stack_size")) return make_small(q->hend - q->stop);
    if (KEY("reductions")) return make_small((SInt)(q->reductions + (q == p ? (uint64_t)(REDS_SLICE - p->reds) : 0)));
    if (KEY("registered_name")) return q->reg_name ? q->reg_name : NIL;
    if (KEY("trap_exit")) return make_bool(q->flags & PF_TRAP_EXIT);
    if (KEY("messages")) return messages_of(p, q);
    if (KEY("dictionary")) {
        Term d = q == p || !is_map(q->dict) ? q->dict : adopt(p, q->dict);
        return d ? dict_pairs(p, d) : d;
    }
    if (KEY("max_heap_size")) return max_heap_map(p, q->max_heap);
    if (KEY("monitors")) return monitors_of(p, q);
    if (KEY("monitored_by")) return links_of(p, q, LINK_MONITORED_BY);
    /* what vial does not vary: Erlang's defaults */
    if (KEY("priority")) return atom_intern("normal", 6);
    if (KEY("error_handler")) return atom_intern("error_handler", 13);
    if (KEY("message_queue_data")) return atom_intern("on_heap", 7);
    if (KEY("last_calls")) return AM(false);
    if (KEY("suspending") || KEY("sequential_trace_token")) return NIL;
    if (KEY("min_heap_size")) return make_small(233);
    if (KEY("min_bin_vheap_size")) return make_small(46422);
    if (KEY("fullsweep_after")) return make_small(65535);
#undef KEY
    return bif_badarg(p);
}

/* [{item, value}, ...] of q for the atoms items[0..n), built from the end
 * with the list so far kept as a root. */
static Term info_list(Process *p, Process *q, const Term *items, size_t n) {
    Term r[2] = { NIL, NIL };
    GC_PROTECT(p, roots, r, 2);
    for (size_t i = n; i-- > 0; ) {
        Term v = info_value(p, q, items[i]);
        if (v) v = bif_tuple2(p, items[i], v);
        Term *h = v ? (r[1] = v, heap_reserve(p, 2)) : NULL;
        if (!h) { GC_UNPROTECT(p, roots); return v ? bif_oom(p) : v; }
        h[0] = r[1];
        h[1] = r[0];
        r[0] = make_list(h);
    }
    GC_UNPROTECT(p, roots);
    return r[0];
}

/* process_info(Pid, Item | [Item]) -> {Item, Value} | [{Item, Value}], or
 * :undefined for a dead pid; registered_name without a name is [] alone,
 * {registered_name, []} in a list, as in Erlang. */
Term bif_erlang_process_info_2(Process *p, Term *args) {
    uint64_t id;
    size_t n = 0;
    if (!get_pid(args[0], &id) || !(is_atom(args[1]) || bif_list_length(args[1], &n))) return bif_badarg(p);
    Term *items = NULL;
    if (!is_atom(args[1])) {
        items = malloc((n ? n : 1) * sizeof *items);
        if (!items) return bif_oom(p);
        size_t i = 0;
        for (Term l = args[1]; l != NIL; l = CDR(l)) items[i++] = CAR(l);
        for (i = 0; i < n && is_atom(items[i]); i++) {}
        if (i < n) { free(items); return bif_badarg(p); }
    }
    Process *q = live(id);
    if (!q) { free(items); return AM(undefined); }
    if (items) {
        Term v = info_list(p, q, items, n);
        free(items);
        return v;
    }
    Term v = info_value(p, q, args[1]);
    if (!v) return v;
    if (args[1] == atom_intern("registered_name", 15) && v == NIL) return NIL;
    return bif_tuple2(p, args[1], v);
}

/* process_info(Pid): the items vial keeps, in Erlang's order; the
 * registered name only when there is one. */
Term bif_erlang_process_info_1(Process *p, Term *args) {
    static const char *const keys[] = {
        "registered_name", "status", "message_queue_len", "links", "dictionary", "trap_exit",
        "error_handler", "priority", "total_heap_size", "heap_size", "stack_size", "reductions", "suspending",
    };
    uint64_t id;
    if (!get_pid(args[0], &id)) return bif_badarg(p);
    Process *q = live(id);
    if (!q) return AM(undefined);
    Term items[sizeof keys / sizeof *keys];
    size_t n = 0;
    for (size_t i = q->reg_name ? 0 : 1; i < sizeof keys / sizeof *keys; i++)
        items[n++] = atom_intern(keys[i], strlen(keys[i]));
    return info_list(p, q, items, n);
}

/* ---- memory ----
 * total: every byte the VM has allocated (malloc's count, so nothing is
 * missed); processes: what processes hold plus the process table; system:
 * the rest, of which atom is the atom table, binary the off-heap binaries
 * processes refer to, and code everything else (modules, the VM's
 * tables). There is no ETS: ets is 0. processes_used = processes and
 * atom_used = atom (nothing is allocated ahead). */

typedef struct { size_t total, procs, system, atom, binary, code; } MemInfo;

/* Off-heap bytes of a REFC_BIN chain, each Binary shared out among the
 * references to it (so a binary held by several processes counts once). */
static size_t chain_binary_bytes(const Term *o) {
    size_t n = 0;
    for (; o; o = (const Term *)(uintptr_t)o[3]) {
        const Binary *b = (const Binary *)(uintptr_t)o[2];
        n += (sizeof *b + b->capacity) / (b->refc ? b->refc : 1);
    }
    return n;
}

static void add_memory(Process *q, void *arg) {
    MemInfo *m = arg;
    m->procs += proc_memory(q);
    m->binary += chain_binary_bytes(q->offheap) + chain_binary_bytes(q->old_offheap);
    for (const HeapFrag *f = q->frags; f; f = f->next) m->binary += chain_binary_bytes(f->offheap);
}

static size_t atom_bytes(void) {
    size_t n = 0, count = atom_count(), len;
    for (size_t i = 0; i < count; i++) {
        atom_text(MAKE_ATOM(i), &len);
        n += len + 1 + 2 * sizeof(Term);    /* the text and its table entry */
    }
    return n;
}

static size_t min_size(size_t a, size_t b) { return a < b ? a : b; }

static MemInfo memory_info(void) {
    struct mallinfo2 mi = mallinfo2();
    MemInfo m = { .total = mi.uordblks + mi.hblkhd, .procs = ptab_bytes() };
    ptab_each(add_memory, &m);
    m.atom = atom_bytes();
    /* malloc's count can be missing (under a sanitizer it is 0) */
    if (m.total < m.procs + m.atom + m.binary) m.total = m.procs + m.atom + m.binary;
    m.procs = min_size(m.procs, m.total);
    m.system = m.total - m.procs;
    m.atom = min_size(m.atom, m.system);
    m.binary = min_size(m.binary, m.system - m.atom);
    m.code = m.system - m.atom - m.binary;
    return m;
}

/* The memory/0 keys, in Erlang's order. */
static const char *const memory_kinds[] = {
    "total", "processes", "processes_used", "system", "atom", "atom_used", "binary", "code", "ets",
};
enum { N_MEMORY_KINDS = sizeof memory_kinds / sizeof memory_kinds[0] };

static size_t memory_of(const MemInfo *m, unsigned i) {
    const size_t values[N_MEMORY_KINDS] = {
        m->total, m->procs, m->procs, m->system, m->atom, m->atom, m->binary, m->code, 0,
    };
    return values[i];
}

Term bif_erlang_memory_1(Process *p, Term *args) {
    for (unsigned i = 0; is_atom(args[0]) && i < N_MEMORY_KINDS; i++) {
        if (args[0] != atom_intern(memory_kinds[i], strlen(memory_kinds[i]))) continue;
        MemInfo m = memory_info();
        return bif_make_int(p, (int64_t)memory_of(&m, i));
    }
    return bif_badarg(p);
}

/* [total: _, processes: _, processes_used: _, system: _, atom: _, ...] */
Term bif_erlang_memory_0(Process *p, Term *args) {
    (void)args;
    MemInfo m = memory_info();
    BIF_RESERVE(h, p, N_MEMORY_KINDS * 5);
    Term out = NIL;
    for (int i = N_MEMORY_KINDS; i-- > 0; h += 5) {
        h[0] = make_header(KIND_TUPLE, 2);
        h[1] = atom_intern(memory_kinds[i], strlen(memory_kinds[i]));
        h[2] = make_small((SInt)memory_of(&m, (unsigned)i));
        h[3] = make_boxed(h);
        h[4] = out;
        out = make_list(h + 3);
    }
    return out;
}

/* garbage_collect(): a full collection of the caller now (off-heap binaries
 * it no longer holds are released). */
Term bif_erlang_garbage_collect_0(Process *p, Term *args) {
    (void)args;
    p->nx = 0;
    if (!gc_collect_full(p)) return bif_oom(p);
    return AM(true);
}
