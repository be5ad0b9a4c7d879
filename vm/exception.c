/* exception.c — raising from the interpreter: error reasons, stack traces
 * and unwinding to the nearest catch marker.
 *
 * A stack trace is built as Erlang's: [{Module, Fun, Arity | Args, Location}]
 * from the current pc and the return addresses in each frame's linkage
 * words; a code address maps to its function and line by binary search in
 * its module's tables. Unwinding scans the stack upward from sp for the first
 * catch marker (TRY) and resumes at its handler in that marker's frame.
 */
#include "interp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "elixir_info.h"
#include "gc.h"
#include "loader.h"

#define TRACE_DEPTH 8   /* Erlang's default backtrace_depth */

Term exc_error(Process *p, Term reason) {
    return proc_raise(p, AM(error), reason);
}

/* May collect: the operands travel in x[]. */
Term exc_error2(Process *p, Term tag, Term val) {
    unsigned mark = p->nx;
    p->x[mark] = val; p->nx = mark + 1;
    Term *h = heap_reserve(p, 3);
    h[0] = make_header(KIND_TUPLE, 2); h[1] = tag; h[2] = p->x[mark];
    p->nx = mark;
    return proc_raise(p, AM(error), make_boxed(h));
}

Term exc_error3(Process *p, Term tag, Term a, Term b) {
    unsigned mark = p->nx;
    p->x[mark] = a; p->x[mark + 1] = b; p->nx = mark + 2;
    Term *h = heap_reserve(p, 4);
    h[0] = make_header(KIND_TUPLE, 3); h[1] = tag; h[2] = p->x[mark]; h[3] = p->x[mark + 1];
    p->nx = mark;
    return proc_raise(p, AM(error), make_boxed(h));
}

/* A list of n registers first.. of the frame at fp, on reserved heap. */
static Term x_to_list(Process *p, uint32_t n) {
    Term list = NIL;
    Term *h = heap_alloc(p, 2 * (size_t)n);
    for (uint32_t i = n; i-- > 0; h += 2) {
        h[0] = p->x[i];
        h[1] = list;
        list = make_list(h);
    }
    return list;
}

static Term regs_to_list(Process *p, const Term *fp, int64_t first, uint64_t n) {
    Term list = NIL;
    Term *h = heap_alloc(p, 2 * n);
    for (uint64_t i = n; i-- > 0; h += 2) {
        h[0] = fp[first - (int64_t)i];
        h[1] = list;
        list = make_list(h);
    }
    return list;
}

Term exc_badarity(Process *p, int64_t f, int64_t a, uint64_t n) {
    heap_reserve(p, 6 + 2 * n);
    p->htop -= 6 + 2 * n;
    const Term *fp = p->hend - p->fp_off;
    Term args = regs_to_list(p, fp, a, n);
    Term *h = heap_alloc(p, 6);
    h[0] = make_header(KIND_TUPLE, 2); h[1] = fp[f]; h[2] = args;
    h[3] = make_header(KIND_TUPLE, 2); h[4] = AM(badarity); h[5] = make_boxed(h);
    return proc_raise(p, AM(error), make_boxed(h + 3));
}

/* ---- stack traces ---- */

typedef struct { const Module *m; const FuncInfo *fi; uint32_t line; const Code *at; } Frame;

/* erlang:error/throw/exit/raise raise on purpose: like BEAM, the trace
 * starts at their caller, not with a frame of their own. (exit/2 sends a
 * signal; it raises only on a bad argument.) */
static bool raises_on_purpose(const TopFrame *top) {
    if (top->located || top->mod != AM(erlang)) return false;
    size_t n;
    const char *s = atom_text(top->name, &n);
    return (n == 5 && (!memcmp(s, "error", 5) || !memcmp(s, "throw", 5) || !memcmp(s, "raise", 5))) ||
           (n == 4 && !memcmp(s, "exit", 4) && top->n == 1);
}

/* Walks the frames from the current one outward; *whole says whether it
 * reached the bottom of the stack. */
static unsigned collect_frames(Process *p, const Code *pc, Frame *out, unsigned max, bool *whole) {
    const Term *fp = p->hend - p->fp_off;
    const Code *cur = pc;
    unsigned n = 0;
    *whole = false;
    for (int depth = 0; n < max && depth < 100000; depth++) {
        const Code *at = depth ? cur - 1 : cur;   /* a return address points past its call */
        Module *m = module_of_code(at);
        const FuncInfo *fi = m ? module_func_of_code(m, at) : NULL;
        /* body recursion shows once, as on BEAM: equal consecutive frames collapse */
        if (fi && !(n && depth && out[n - 1].at == at))
            out[n++] = (Frame){ m, fi, module_line_of_code(m, at), at };
        if (fp + 2 >= p->hend || !is_small(fp[1])) break;
        const Code *ra = (const Code *)(uintptr_t)fp[2];
        if (ra == interp_exit_code) {
            *whole = true;
            break;
        }
        fp += (uint64_t)small_val(fp[1]) & 0xFFFFFF;
        cur = ra;
    }
    return n;
}

/* [file: 'path', line: N] on reserved heap (6 words). */
/* Code with no line (generated, such as a struct's __struct__/1) has no
 * location at all, as on BEAM. */
static Term location(Process *p, const Module *m, uint32_t line) {
    Term *h = heap_alloc(p, 7);
    if (!line) return NIL;
    h[0] = make_header(KIND_TUPLE, 2); h[1] = AM(line); h[2] = make_small(line);
    h[3] = make_boxed(h); h[4] = NIL;
    h[5] = m->file_kw; h[6] = line ? make_list(h + 3) : NIL;
    return m->file_kw ? make_list(h + 5) : line ? make_list(h + 3) : NIL;
}

static Term mfa(Process *p, Term mod, Term fun, Term arity_or_args, Term loc) {
    Term *h = heap_alloc(p, 5);
    h[0] = make_header(KIND_TUPLE, 4); h[1] = mod; h[2] = fun; h[3] = arity_or_args; h[4] = loc;
    return make_boxed(h);
}

/* loc ++ [error_info: p->exc_info], on reserved heap (5 words); consumes
 * p->exc_info. */
static Term with_error_info(Process *p, Term loc) {
    Term *pair = heap_alloc(p, 3), *cell = heap_alloc(p, 2);
    pair[0] = make_header(KIND_TUPLE, 2);
    pair[1] = atom_intern("error_info", 10);
    pair[2] = p->exc_info;
    cell[0] = make_boxed(pair);
    cell[1] = NIL;
    p->exc_info = THE_NON_VALUE;
    if (loc == NIL) return make_list(cell);
    /* the location list is fresh: append in place */
    Term last = loc;
    while (is_cons(CDR(last))) last = CDR(last);
    list_ptr(last)[1] = make_list(cell);
    return loc;
}

/* ---- the runner's frames below a script's ----
 * Elixir runs a script from its compiler, and BEAM keeps the compiler's and
 * the runner's frames below the script's own, 8 frames in all. They are
 * built once, outside every heap; runner_prefix[k] lists the first k. */

static const struct { const char *mod, *fun; unsigned arity; const char *file; unsigned line; } runner[] = {
    {"elixir_compiler", "dispatch", 4, "src/elixir_compiler.erl", 65},
    {"elixir_compiler", "compile", 3, "src/elixir_compiler.erl", 50},
    {"elixir_lexical", "run", 3, "src/elixir_lexical.erl", 15},
    {"elixir_compiler", "quoted", 3, "src/elixir_compiler.erl", 17},
    {"Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100},
    {"Elixir.Code", "require_file", 2, "lib/code.ex", 1245},
    {"Elixir.Kernel.CLI", "wrapper", 1, "lib/kernel/cli.ex", 574},
};
#define NRUNNER (sizeof runner / sizeof runner[0])
static Term runner_prefix[NRUNNER + 1];
static bool runner_built;

/* {mod, fun, arity, [file: 'file', line: line]} in h (16 + 2 * |file| words) */
static Term runner_frame(Term *h, unsigned i) {
    size_t n = strlen(runner[i].file);
    Term *c = h + 16, chars = NIL;
    for (size_t j = n; j-- > 0;) {
        c[2 * j] = make_small((unsigned char)runner[i].file[j]);
        c[2 * j + 1] = chars;
        chars = make_list(c + 2 * j);
    }
    h[0] = make_header(KIND_TUPLE, 2); h[1] = AM(line); h[2] = make_small(runner[i].line);
    h[3] = make_header(KIND_TUPLE, 2); h[4] = AM(file); h[5] = chars;
    h[6] = make_boxed(h + 3); h[7] = make_list(h + 8);
    h[8] = make_boxed(h); h[9] = NIL;
    h[10] = make_header(KIND_TUPLE, 4); h[11] = atom_z(runner[i].mod); h[12] = atom_z(runner[i].fun);
    h[13] = make_small(runner[i].arity); h[14] = make_list(h + 6);
    return make_boxed(h + 10);
}

/* Built on the first trace that needs them, never at start-up. */
static bool build_runner_frames(void) {
    size_t words = NRUNNER * (NRUNNER + 1);   /* the prefixes' cells */
    for (unsigned i = 0; i < NRUNNER; i++) words += 16 + 2 * strlen(runner[i].file);
    Term *h = malloc(words * sizeof(Term));
    if (!h) return false;
    Term frames[NRUNNER];
    for (unsigned i = 0; i < NRUNNER; i++) {
        frames[i] = runner_frame(h, i);
        h += 16 + 2 * strlen(runner[i].file);
    }
    for (unsigned k = 0; k <= NRUNNER; k++) {
        Term list = NIL;
        for (unsigned i = k; i-- > 0; h += 2) {
            h[0] = frames[i]; h[1] = list;
            list = make_list(h);
        }
        runner_prefix[k] = list;
    }
    runner_built = true;
    return true;
}

/* What BEAM would keep of the runner's frames below `kept` frames that
 * reach the bottom of p's stack, or NIL. */
static Term runner_frames(const Process *p, bool whole, unsigned kept) {
    if (!(p->flags & PF_SCRIPT) || !whole || kept >= TRACE_DEPTH) return NIL;
    if (!runner_built && !build_runner_frames()) return NIL;
    unsigned k = TRACE_DEPTH - kept;
    return runner_prefix[k < NRUNNER ? k : NRUNNER];
}

/* ---- the error_info of a built-in's frame ----
 * BEAM marks a failed built-in's frame [error_info: %{module: M}], M being
 * the module that explains its errors (otp_error_module). The locations
 * are built once, outside every heap. */

/* [error_info: %{module: name}] in h (10 words) */
static Term error_info_loc(Term *h, const char *name) {
    h[0] = make_header(KIND_TUPLE, 1); h[1] = atom_z("module");
    h[2] = make_header(KIND_MAP, 2); h[3] = make_boxed(h); h[4] = atom_z(name);
    h[5] = make_header(KIND_TUPLE, 2); h[6] = atom_z("error_info"); h[7] = make_boxed(h + 2);
    h[8] = make_boxed(h + 5); h[9] = NIL;
    return make_list(h + 8);
}

static Term bif_error_info(const Process *p, const TopFrame *top) {
    static Term words[20], erts, stdlib;
    if (!erts) {
        erts = error_info_loc(words, "erl_erts_errors");
        stdlib = error_info_loc(words + 10, "erl_stdlib_errors");
    }
    if (p->exc_reason == AM(undef)) return NIL;
    size_t mlen, flen;
    const char *mod = atom_text(top->mod, &mlen), *fun = atom_text(top->name, &flen);
    const char *errors = otp_error_module(mod, mlen, fun, flen, top->n);
    return !errors ? NIL : strcmp(errors, "erl_erts_errors") == 0 ? erts : stdlib;
}

/* [file: 'mod.erl', line: N] for a native OTP writes in Erlang, at the
 * line OTP's frame names (otp_native_line), on reserved heap; words is
 * what it takes (0: no such line, the location is []). */
static size_t native_location_words(const TopFrame *top, uint32_t *line, const char **mod, size_t *modlen) {
    size_t nlen;
    const char *name = atom_text(top->name, &nlen);
    *mod = atom_text(top->mod, modlen);
    *line = *mod && name ? otp_native_line(*mod, *modlen, name, nlen, top->n) : 0;
    return *line ? 2 * (*modlen + 4) + 3 + 3 + 4 : 0;
}

static Term native_location(Process *p, uint32_t line, const char *mod, size_t modlen) {
    Term file = NIL;
    for (size_t i = modlen + 4; i-- > 0;) {
        Term *c = heap_alloc(p, 2);
        c[0] = make_small((unsigned char)(i < modlen ? mod[i] : ".erl"[i - modlen]));
        c[1] = file;
        file = make_list(c);
    }
    Term *h = heap_alloc(p, 10);
    h[0] = make_header(KIND_TUPLE, 2); h[1] = AM(file); h[2] = file;
    h[3] = make_header(KIND_TUPLE, 2); h[4] = AM(line); h[5] = make_small(line);
    h[6] = make_boxed(h + 3); h[7] = NIL;
    h[8] = make_boxed(h); h[9] = make_list(h + 6);
    return make_list(h + 8);
}

Term exc_stacktrace(Process *p, const Code *pc, const TopFrame *top) {
    bool twice = top && top->twice;
    if (top && (twice || raises_on_purpose(top))) top = NULL;
    Frame fr[TRACE_DEPTH];
    bool whole;
    unsigned n = collect_frames(p, pc, fr, TRACE_DEPTH - twice, &whole);
    if (twice && n > 0) {
        memmove(fr + 1, fr, n * sizeof *fr);
        n++;
    }
    bool info = p->exc_info != THE_NON_VALUE && n > 0 && !top;
    uint32_t native_line = 0;
    const char *native_mod = NULL;
    size_t native_modlen = 0, native_words = top && !top->located ? native_location_words(top, &native_line, &native_mod, &native_modlen) : 0;
    size_t words = (size_t)n * (7 + 5 + 2) + (top ? 7 + 5 + 2 + 2 * (size_t)top->n : 0) + (info ? 5 : 0) + native_words;
    heap_reserve(p, words);
    p->htop -= words;
    Term args0 = n > 0 && !top ? p->exc_args : THE_NON_VALUE;   /* the first frame's, from erlang:error/2 */
    p->exc_args = THE_NON_VALUE;
    const Term *fp = p->hend - p->fp_off;

    /* the top frame replaces the function's own, when the current code is a
     * function's (an apply stub is none: its caller's frame stays) */
    unsigned first = top && (top->located || top->replaces) && n > 0 && fr[0].at == pc ? 1 : 0;
    /* a top frame of its own counts against the depth, as on BEAM */
    if (top && !first && n == TRACE_DEPTH) n--;
    /* built back to front: the list's tail first */
    Term list = runner_frames(p, whole, n - first + (top != NULL));
    for (unsigned i = n; i-- > first;) {
        Term loc = location(p, fr[i].m, fr[i].line);
        if (info && i == 0) loc = with_error_info(p, loc);
        Term arity = i == 0 && args0 != THE_NON_VALUE ? args0 : make_small(fr[i].fi->arity);
        Term e = mfa(p, fr[i].m->name, fr[i].fi->name, arity, loc);
        Term *c = heap_alloc(p, 2);
        c[0] = e; c[1] = list; list = make_list(c);
    }
    if (top) {
        Term args = top->from_x ? x_to_list(p, top->n) : regs_to_list(p, fp, -(int64_t)top->first_reg, top->n);
        if (top->from_x) p->nx = 0;
        Term loc = top->located && n > 0 ? location(p, fr[0].m, fr[0].line)
                 : native_line ? native_location(p, native_line, native_mod, native_modlen) : bif_error_info(p, top);
        Term e = mfa(p, top->mod, top->name, args, loc);
        Term *c = heap_alloc(p, 2);
        c[0] = e; c[1] = list; list = make_list(c);
    }
    return list;
}

/* ---- unwinding ---- */

const Code *exc_unwind(Process *p, const Code *pc, const TopFrame *top) {
    /* a re-raise keeps the trace it was given, [] too */
    if (!is_list(p->exc_trace)) {
        Term t = exc_stacktrace(p, pc, top);
        p->exc_trace = t;
    }
    for (Term *w = p->stop; w < p->hend; w++) {
        if (!is_catch(*w)) continue;
        const CatchEntry *c = loader_catch(catch_index(*w));
        if (!c) continue;
        Term *fp = w + c->reg;
        if (fp >= p->hend) continue;
        p->fp_off = (size_t)(p->hend - fp);
        /* never raise the bottom: outer frames may reach deeper than the handler's */
        if (fp - c->nregs + 1 < p->stop) p->stop = fp - c->nregs + 1;
        return c->handler;
    }
    return NULL;
}
