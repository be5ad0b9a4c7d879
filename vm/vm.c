/* vm.c — the embedding API: start-up, loading, and running a function in a
 * fresh process, including how an uncaught exception is reported. */
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bif.h"
#include "binary.h"
#include "bytecode.h"
#include "etf.h"
#include "gc.h"
#include "inspect.h"
#include "map.h"
#include "interp.h"
#include "module.h"
#include "ptab.h"
#include "sched.h"

static int saved_argc;
static char **saved_argv;
static char *saved_home;

int vm_argc(void) { return saved_argc; }
char **vm_argv(void) { return saved_argv; }
const char *vm_start_home(void) { return saved_home; }

static void print_fun(StrBuf *out, Term fun) {
    if (boxed_kind(fun) == KIND_EXPORT) {
        const Export *e = (const Export *)(uintptr_t)boxed_ptr(fun)[1];
        inspect_remote_fun(out, e->module, e->name, e->arity);
        return;
    }
    const FunEntry *fe = (const FunEntry *)(uintptr_t)boxed_ptr(fun)[1];
    size_t mn;
    const char *mod = atom_text(fe->module, &mn);
    if (mn > 16 && !memcmp(mod, "elixir_compiler_", 16) && fe->owner) {
        /* a fn written at the top level of a script prints as Elixir's do */
        sb_printf(out, "#Function<%u.%u in file:%s>", fe->index, fe->uniq, fe->owner->file);
        return;
    }
    sb_printf(out, "#Function<%u.%u/%u in ", fe->index, fe->uniq, fe->arity);
    inspect_atom(out, fe->module);
    size_t n;
    /* a capture of a function of the module (&helper/1) names that function,
     * without an arity; an fn names the function it was written in */
    const FuncInfo *fi = fe->owner ? module_func_of_code(fe->owner, fe->code) : NULL;
    const char *own = fi ? atom_text(fi->name, &n) : NULL;
    if (own && n > 0 && own[0] != '-') {
        sb_printf(out, ".%.*s>", (int)n, own);
        return;
    }
    const char *name = atom_text(fe->parent_name, &n);
    sb_printf(out, ".%.*s/%u>", (int)n, name, fe->parent_arity);
}

static void *resolve_export(Term mod, Term fun, unsigned arity) {
    return arity <= 255 ? module_export(mod, fun, arity) : NULL;
}

static bool describe_export(const void *exp, Term *mod, Term *fun, unsigned *arity) {
    const Export *e = exp;
    *mod = e->module; *fun = e->name; *arity = e->arity;
    return true;
}

/* A struct prints its fields in definition order, when the map has exactly
 * the fields of the struct its __struct__ names. Loading a module touches
 * no process heap, so this never collects. */
static bool struct_fields(Term map, const Term **fields, size_t *n) {
    Term name = map_get(map, AM(__struct__));
    if (!name || !is_atom(name) || !module_ensure_loaded(name)) return false;
    Module *m = module_get(name);
    if (!m || !m->is_struct || map_size(map) != (size_t)m->nstruct_fields + 1) return false;
    for (uint32_t i = 0; i < m->nstruct_fields; i++)
        if (!map_get(map, m->struct_fields[i])) return false;
    *fields = m->struct_fields;
    *n = m->nstruct_fields;
    return true;
}

static char *log_crash(Process *p, size_t *len);

void vm_init(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
    /* Erlang reads $HOME once, as it starts; changing it later does not
     * move System.user_home/0. */
    const char *home = getenv("HOME");
    if (home && !saved_home) saved_home = strdup(home);
    atom_init();
    gc_init();
    interp_init();
    module_init();
    sched_crash_hook = log_crash;
    inspect_fun_hook = print_fun;
    inspect_struct_hook = struct_fields;
    etf_resolve_export = resolve_export;
    etf_describe_export = describe_export;
}

int vm_load_bc(BcModule *m, char *err, size_t errlen) {
    if (bc_verify(m, err, errlen) != 0) { bc_free(m); return -1; }
    return module_load_bc(m, err, errlen);
}

int vm_load(const uint8_t *bytes, size_t len, char *err, size_t errlen) {
    BcModule *m = bc_read(bytes, len, err, errlen);
    if (!m) return -1;
    return module_load_bc(m, err, errlen);
}

/* Sets p up to run Module.fun with the arguments in p->x[0..argc) on its
 * empty stack, through boot (which must live as long as the run). */
static bool setup_in(Process *p, StubCode *boot, Term module, Term fun, int argc) {
    interp_make_stub(boot, (uint32_t)argc + 2, OP_TAIL_APPLY, 0, (uint64_t)argc);
    boot->w[5].i = 0;    /* TAIL_APPLY a = R(0), n = argc */
    p->x[argc] = module;
    p->x[argc + 1] = fun;
    p->nx = (unsigned)argc + 2;
    bool ok = interp_setup_call(p, boot->w, argc + 2, p->x);
    p->nx = 0;
    return ok;
}

/* Runs Module.fun in p to the end without the scheduler: for reports made
 * after the process's own code is done. A receive there is a failure. */
static int run_in(Process *p, Term module, Term fun, int argc) {
    StubCode boot;
    if (!setup_in(p, &boot, module, fun, argc)) return RUN_EXCEPTION;
    int rc;
    do {
        p->reds = REDS_SLICE;
        rc = interp_run(p);
    } while (rc == RUN_YIELD && !p->pending_exit);
    return rc == RUN_WAIT || rc == RUN_YIELD ? RUN_EXCEPTION : rc;
}

/* Runs Kernel.CLI.fun with the arguments in p->x[0..argc) and appends the
 * binary it returns to out; false when it did not return one (*rc says
 * how the run ended). */
static bool cli_format(Process *p, const char *fun, int argc, StrBuf *out, int *rc) {
    *rc = run_in(p, atom_intern("Elixir.Kernel.CLI", 17), atom_intern(fun, strlen(fun)), argc);
    if (*rc != RUN_DONE || !bin_is_binary(p->x[0])) return false;
    BinView v = bin_view(p->x[0]);
    sb_put(out, v.bytes, v.bits / 8);
    return true;
}

static void print_fallback(Process *p) {
    StrBuf b = {0};
    InspectOpts o;
    inspect_default_opts(&o);
    size_t n;
    const char *kind = atom_text(p->exc_class, &n);
    sb_printf(&b, "** (%.*s) ", (int)n, kind);
    inspect_term(&b, p->exc_reason, &o);
    sb_putc(&b, '\n');
    bif_io_write(2, b.data, b.len);
    sb_free(&b);
}

static const char *report_fun = "format_error";
static bool no_halt, script;

void vm_set_no_halt(bool on) { no_halt = on; }

void vm_set_report(int how) {
    script = how == VM_REPORT_SCRIPT;
    report_fun = how == VM_REPORT_EVAL ? "format_eval_error" : "format_error";
}

/* An exit with :normal, :shutdown or {:shutdown, _} ends a script quietly;
 * {:shutdown, N} with an integer N is the exit status, as in Elixir. */
static int quiet_exit_status(Process *p) {
    if (p->exc_class != AM(exit)) return -1;
    Term r = p->exc_reason;
    if (r == AM(normal) || r == atom_intern("shutdown", 8)) return 0;
    if (is_tuple(r) && tuple_arity(r) == 2 && TUPLE_ELEM(r, 0) == atom_intern("shutdown", 8)) {
        Term n = TUPLE_ELEM(r, 1);
        return is_small(n) && small_val(n) >= 0 && small_val(n) <= 255 ? (int)small_val(n) : 0;
    }
    return -1;
}

/* Elixir's report of an uncaught error, through Kernel.CLI; returns the
 * exit status. */
static int report(Process *p) {
    int quiet = quiet_exit_status(p);
    if (quiet >= 0) return quiet;
    if (!module_find_export(atom_intern("Elixir.Kernel.CLI", 17), atom_intern(report_fun, strlen(report_fun)), 3)) {
        print_fallback(p);
        return 1;
    }
    p->x[0] = p->exc_class; p->x[1] = p->exc_reason; p->x[2] = p->exc_trace;
    p->flags &= ~PF_SCRIPT;   /* the report runs below Elixir's CLI, not the script's runner */
    StrBuf b = {0};
    int rc;
    if (cli_format(p, report_fun, 3, &b, &rc)) {
        bif_io_write(2, b.data, b.len);
    } else {
        bif_io_write(2, "** (error) the error report itself failed\n", 42);
        if (rc == RUN_EXCEPTION) print_fallback(p);
    }
    sb_free(&b);
    return 1;
}

/* The report Elixir's Logger prints for a process that raised or threw
 * (sched.c adds the time and level): formatted by Kernel.CLI.format_crash/4
 * on the dead process's own heap, whose exception is kept for its exit
 * reason. */
static char *log_crash(Process *p, size_t *len) {
    Term saved[3] = { p->exc_class, p->exc_reason, p->exc_trace };
    GC_PROTECT(p, r, saved, 3);
    p->x[0] = make_pid(p->id);
    p->x[1] = p->exc_class; p->x[2] = p->exc_reason; p->x[3] = p->exc_trace ? p->exc_trace : NIL;
    StrBuf b = {0};
    int rc;
    cli_format(p, "format_crash", 4, &b, &rc);
    GC_UNPROTECT(p, r);
    p->exc_class = saved[0]; p->exc_reason = saved[1]; p->exc_trace = saved[2];
    *len = b.len;
    return b.data;
}

static int run(Term module, Term fun, int argc, const Term *args, char **result) {
    if (argc < 0 || argc > PROC_MAX_ARGS - 2) return 1;
    Process *p = proc_new();
    StubCode boot;
    for (int i = 0; p && i < argc; i++) p->x[i] = args[i];
    if (!p || !ptab_insert(p) || !setup_in(p, &boot, module, fun, argc)) {
        fputs("vial: out of memory\n", stderr);
        exit(1);
    }
    if (script) p->flags |= PF_SCRIPT;
    Sched s;
    sched_init(&s);
    s.no_halt = no_halt;
    int rc = sched_run(&s, p);
    if (rc == RUN_HALT) {
        fflush(stdout);
        exit(interp_halt_status);
    }
    if (rc == RUN_DONE && result) {
        StrBuf b = {0};
        InspectOpts o;
        inspect_default_opts(&o);
        inspect_term(&b, p->x[0], &o);
        *result = b.data ? b.data : strdup("");
    }
    int status = rc == RUN_DONE ? 0 : 1;
    if (rc == RUN_EXCEPTION) status = report(p);
    sched_free(&s);
    sched_self = NULL;
    ptab_remove(p);
    proc_free(p);
    return status;
}

int vm_run(Term module, Term fun, int argc, const Term *args) {
    return run(module, fun, argc, args, NULL);
}

int vm_run_result(Term module, Term fun, int argc, const Term *args, char **result) {
    return run(module, fun, argc, args, result);
}
