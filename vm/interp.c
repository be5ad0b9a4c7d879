/* interp.c — the interpreter loop over threaded code.
 *
 * Register windows on the process stack (Lua-style): R(i) is fp[-i], a call
 * at base a puts its linkage in R(a), R(a+1) and the callee's frame starts
 * at R(a+2), so arguments are never copied. Everything a function holds is
 * in its frame, so the collector may run at any allocating instruction.
 * Dispatch is computed goto, or a switch under VIAL_DEBUG (debug.h).
 */
#include "interp.h"

#include <math.h>

#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "compare.h"
#include "debug.h"
#include "gc.h"
#include "map.h"
#include "sched.h"

const void *interp_ops[IOP__COUNT];
const void *interp_frun_ops[FRUN__COUNT];
Code interp_exit_code[1];
int interp_halt_status = -1;

/* ---- operand decoding ---- */
#define REG(k)      fp[pc[k].i]
#define SAVE()      (p->fp_off = (size_t)(p->hend - fp))
#define RESTORE()   (fp = p->hend - p->fp_off)
/* heap_has with gc_stress read once per run (stress), not once per allocation */
#define ENSURE(n)   do { \
        if (UNLIKELY(stress || (size_t)(p->stop - p->htop) < (n))) { \
            SAVE(); \
            if (!gc_collect(p, (n)) || (size_t)(p->stop - p->htop) < (n)) OUT_OF_MEMORY(); \
            RESTORE(); \
        } \
    } while (0)
/* The heap cannot grow (out of memory, or past Process.flag(:max_heap_size)):
 * the process is killed, never the VM. It stops before the instruction
 * that needed the room; the scheduler sees the pending exit. State saved. */
#define OUT_OF_MEMORY() do { \
        p->pc = pc; \
        if (!p->pending_exit) p->pending_exit = AM(killed); \
        return RUN_YIELD; \
    } while (0)
#define BOTH_SMALL(a, b) (((a) & (b) & TAG_IMM1_MASK) == TAG_SMALL)
#define JUMP_UNLESS(cond, n) do { pc = (cond) ? pc + (n) : pc[1].at; NEXT; } while (0)

/* The one place reductions are counted: function entry and backward jumps.
 * When the slice is used up the process yields, to resume at `resume`
 * (which must redo nothing that has effects). */
#define REDUCE(resume) do { \
        if (UNLIKELY(--p->reds <= 0)) { SAVE(); p->pc = (resume); return RUN_YIELD; } \
    } while (0)

/* Raising: the reason is already recorded on p and the state saved (the
 * recording may have collected, so fp is not saved again here). A process
 * marked to exit (exit(self(), r), no memory) stops here instead: a
 * native that marks its caller fails on purpose to get here at once. */
#define RAISE_TOP(top) do { \
        if (UNLIKELY(interp_halt_status >= 0)) return RUN_HALT; \
        if (UNLIKELY(p->pending_exit)) { p->pc = pc; return RUN_YIELD; } \
        pc = exc_unwind(p, pc, (top)); \
        if (!pc) return RUN_EXCEPTION; \
        RESTORE(); \
        NEXT; \
    } while (0)
#define RAISE()     RAISE_TOP(NULL)

#ifdef VIAL_THREADED
#define CASE(name)  L_##name:
#define NEXT        goto *pc->op
#define FRUN_NEXT   goto *fs->op
#define DISPATCH()  NEXT;
#else
#define CASE(name)  case name:
#define NEXT        goto dispatch
#define FRUN_NEXT   do { \
        switch ((unsigned)fs->u) { \
        case FRUN_ADD: goto frun_add; \
        case FRUN_SUB: goto frun_sub; \
        case FRUN_MUL: goto frun_mul; \
        case FRUN_DIV: goto frun_div; \
        default:       goto frun_end; \
        } \
    } while (0)
#define DISPATCH()  dispatch: if (UNLIKELY(trace_on)) trace(p, pc, fp); switch ((unsigned)pc->u)
static int trace_on;

static void trace(Process *p, const Code *pc, const Term *fp) {
    static const char *const iop_name[IOP__COUNT - OP__COUNT] = {
        "ENTRY", "EXIT", "JUMP_BACK", "APPLY3", "APPLY2", "GET_ELEM_T", "FLOAT_RUN",
    };
    unsigned op = (unsigned)pc->u;
    fprintf(stderr, "[trace] %p %-12s fp=-%zu stop=-%zu heap=%zu\n", (const void *)pc,
            op < OP__COUNT ? bc_op_name[op] : iop_name[op - OP__COUNT],
            (size_t)(p->hend - fp), (size_t)(p->hend - p->stop), (size_t)(p->htop - p->heap));
}
#endif

static int run(Process *p);

void interp_init(void) {
    run(NULL);
    interp_exit_code[0].op = interp_ops[IOP_EXIT];
#ifndef VIAL_THREADED
    const char *t = getenv("VIAL_TRACE");
    trace_on = t && *t == '1';
#endif
}

int interp_run(Process *p) {
    interp_halt_status = -1;
    return run(p);
}

bool interp_setup_call(Process *p, const Code *entry, int argc, const Term *args) {
    p->stop = p->hend;
    if ((size_t)(p->stop - p->htop) < (size_t)argc + 3 && !gc_collect(p, (size_t)argc + 3)) return false;
    if ((size_t)(p->stop - p->htop) < (size_t)argc + 3) return false;
    Term *fp = p->hend - 3;
    p->hend[-1] = (Term)(uintptr_t)interp_exit_code;
    p->hend[-2] = LINK_WORD(2, p);
    for (int i = 0; i < argc; i++) fp[-i] = args[i];
    p->stop = fp - argc + 1;
    SAVE();
    p->pc = entry;
    p->reds = REDS_SLICE;
    return true;
}

void interp_make_stub(StubCode *s, uint32_t nregs, unsigned op, uint64_t operand1, uint64_t operand2) {
    memset(s, 0, sizeof *s);
    s->w[0].op = interp_ops[IOP_ENTRY];
    s->w[1].u = nregs;
    s->w[2].u = nregs;
    s->w[4].op = interp_ops[op];
    s->w[5].u = operand1;
    s->w[6].u = operand2;
}

/* The length of a proper list of at most max elements, or -1. */
static int64_t list_length(Term l, int64_t max) {
    int64_t n = 0;
    for (; is_cons(l) && n <= max; l = CDR(l)) n++;
    return l == NIL && n <= max ? n : -1;
}

/* Makes room for registers down to `low` (below the current stop); the
 * caller covers them once written, so a collection before they are
 * initialised sees only the words written so far. May collect: the caller
 * restores fp. False when the heap cannot grow. */
static inline bool grow_stack(Process *p, Term *low) {
    if (low >= p->htop) return true;
    size_t need = (size_t)(p->stop - low);
    return gc_collect(p, need) && (size_t)(p->stop - p->htop) >= need;
}

/* a as a double when it is a float or a small integer */
static inline bool number_double(Term a, double *x) {
    if (is_small(a)) { *x = (double)small_val(a); return true; }
    if (LIKELY(is_boxed(a)) && boxed_kind(a) == KIND_FLOAT) { *x = float_val(a); return true; }
    return false;
}

/* Any number as a double, as BEAM's fconv converts it: false for a
 * non-number, or an integer too large for a double. */
static inline bool float_value(Term a, double *x) {
    if (LIKELY(number_double(a, x))) return true;
    return is_bignum(a) && isfinite(*x = big_to_double(a));
}

/* Both as doubles, when at least one is a float and the other a float or a
 * small integer. */
static inline bool float_operands(Term a, Term b, double *x, double *y) {
    return !BOTH_SMALL(a, b) && number_double(a, x) && number_double(b, y);
}

/* Whether a generic step of a float run (interp.h) has two integer leaves:
 * integer arithmetic, not the run's. */
static bool frun_integer_step(const Code *fs, unsigned n, unsigned nleaf, uint64_t ints) {
    for (unsigned i = 0; i < n; i++) {
        uint64_t w = fs[2 * i + 1].u;
        unsigned a = (uint16_t)w, b = (uint16_t)(w >> 16);
        if ((w & FRUN_STEP_GENERIC) && a < nleaf && b < nleaf && (ints >> a & ints >> b & 1)) return true;
    }
    return false;
}

/* Whether a float run's checked values are finite: a value is infinite or
 * NaN when all its exponent bits are set. */
static inline bool all_finite(const double *v, const Code *check, unsigned n) {
    const uint64_t exp = 0x7FF0000000000000ull;
    uint64_t bad = 0;
    for (unsigned i = 0; i < n; i++) {
        uint64_t bits;
        memcpy(&bits, &v[check[i].u], sizeof bits);
        bad |= (bits & exp) == exp;
    }
    return !bad;
}

/* The caller has reserved the 2 words. */
static inline Term box_float(Process *p, double d) {
    Term *h = heap_alloc(p, 2);
    h[0] = make_header(KIND_FLOAT, 1);
    memcpy(h + 1, &d, sizeof d);
    return make_boxed(h);
}

static int run(Process *p) {
    if (!p) {
#ifdef VIAL_THREADED
#define OP(name, fmt, doc) interp_ops[OP_##name] = &&L_OP_##name;
#include "opcodes.def"
#undef OP
        interp_ops[IOP_ENTRY] = &&L_IOP_ENTRY;
        interp_ops[IOP_EXIT] = &&L_IOP_EXIT;
        interp_ops[IOP_JUMP_BACK] = &&L_IOP_JUMP_BACK;
        interp_ops[IOP_APPLY3] = &&L_IOP_APPLY3;
        interp_ops[IOP_APPLY2] = &&L_IOP_APPLY2;
        interp_ops[IOP_GET_ELEM_T] = &&L_IOP_GET_ELEM_T;
        interp_ops[IOP_FLOAT_RUN] = &&L_IOP_FLOAT_RUN;
        interp_frun_ops[FRUN_ADD] = &&frun_add;
        interp_frun_ops[FRUN_SUB] = &&frun_sub;
        interp_frun_ops[FRUN_MUL] = &&frun_mul;
        interp_frun_ops[FRUN_DIV] = &&frun_div;
        interp_frun_ops[FRUN_END] = &&frun_end;
#else
        for (unsigned i = 0; i < IOP__COUNT; i++) interp_ops[i] = (const void *)(uintptr_t)i;
        for (unsigned i = 0; i < FRUN__COUNT; i++) interp_frun_ops[i] = (const void *)(uintptr_t)i;
#endif
        return 0;
    }

    const Code *pc = p->pc;
    Term *fp = p->hend - p->fp_off;
    Term ret;           /* the value being returned, at do_return */
    Export *xe;         /* the export being called, at call_export / tail_export */
    int64_t xa;         /* its base register (call) or first argument (tail) */
    int64_t apply_a = 0, apply_n = 0;   /* first argument and count, at tail_fun */
    const Code *fs = NULL;              /* the step of a float run */
    double fv[3 * FRUN_MAX];            /* a float run's values */
    const bool stress = gc_stress;

    DISPATCH() {

    /* ---- frames, calls and returns ---- */

    CASE(IOP_ENTRY) {
        uint64_t nregs = pc[1].u, nargs = pc[2].u;
        Term *nstop = fp - nregs + 1;
        if (UNLIKELY(nstop < p->htop)) {
            SAVE(); if (!grow_stack(p, nstop)) OUT_OF_MEMORY(); RESTORE();
            nstop = fp - nregs + 1;
        }
        /* Clearing 8 words a step (the last step may run up to 7 words past
         * nstop, into the free area) beats a word loop whose exit is hard
         * to predict; most frames take one step. */
        Term *q = fp - nargs;
        if (LIKELY(nstop - 8 >= p->htop)) {
            for (; q >= nstop; q -= 8) {
                q[0] = NIL; q[-1] = NIL; q[-2] = NIL; q[-3] = NIL;
                q[-4] = NIL; q[-5] = NIL; q[-6] = NIL; q[-7] = NIL;
            }
        } else {
            for (; q >= nstop; q--) *q = NIL;
        }
        if (nstop < p->stop) p->stop = nstop;
        REDUCE(pc + 4);
        pc += 4;
        NEXT;
    }
    CASE(OP_CALL) {
        Term *base = fp + pc[1].i;
        base[0] = (Term)(uintptr_t)(pc + 4);
        base[-1] = LINK_WORD(pc[2].u, p);
        fp = base - 2;
        pc = pc[3].at;
        NEXT;
    }
    CASE(OP_RET) {
        ret = REG(1);
    do_return:;
        uint64_t link = (uint64_t)small_val(fp[1]);
        pc = (const Code *)(uintptr_t)fp[2];
        fp[2] = ret;
        fp += link & 0xFFFFFF;
        p->stop = p->hend - (link >> 24);
        NEXT;
    }
    CASE(IOP_EXIT) {
        p->x[0] = fp[0];
        p->nx = 1;
        SAVE();
        p->pc = pc;
        return RUN_DONE;
    }
    CASE(OP_TAIL) {
        int64_t a = pc[2].i;
        if (a) for (uint64_t i = 0, n = pc[3].u; i < n; i++) fp[-(int64_t)i] = fp[a - (int64_t)i];
        pc = pc[1].at;
        NEXT;
    }
    CASE(OP_CALL_EXT) {
        xe = pc[3].exp;
        xa = pc[1].i;
    call_export:
        if (LIKELY(xe->code != NULL)) {
            Term *base = fp + xa;
            base[0] = (Term)(uintptr_t)(pc + 4);
            base[-1] = LINK_WORD(pc[2].u, p);
            fp = base - 2;
            pc = xe->code;
            NEXT;
        }
        if (xe->native) {
            SAVE();
            Term v = slow_call_native(p, xe, fp + xa - 2, xe->arity);
            RESTORE();
            if (UNLIKELY(!v)) {
                TopFrame top = { xe->module, xe->name, (uint32_t)(2 - xa), xe->arity, false, false, false };
                RAISE_TOP(&top);
            }
            fp[xa] = v;
            pc += 4;
            NEXT;
        }
        if (slow_resolve(xe)) goto call_export;     /* loaded now: call it */
        {
            TopFrame top = { xe->module, xe->name, (uint32_t)(2 - xa), xe->arity, false, false, false };
            SAVE();
            proc_raise(p, AM(error), AM(undef));
            RAISE_TOP(&top);
        }
    }
    CASE(OP_TAIL_EXT) {
        xe = pc[1].exp;
        xa = pc[2].i;
    tail_export:
        if (LIKELY(xe->code != NULL)) {
            if (xa) for (int64_t i = 0, n = xe->arity; i < n; i++) fp[-i] = fp[xa - i];
            pc = xe->code;
            NEXT;
        }
        if (xe->native) {
            SAVE();
            ret = slow_call_native(p, xe, fp + xa, xe->arity);
            RESTORE();
            if (UNLIKELY(!ret)) {
                TopFrame top = { xe->module, xe->name, (uint32_t)-xa, xe->arity, false, module_native_is_erlang_fun(xe), false };
                RAISE_TOP(&top);
            }
            goto do_return;
        }
        if (slow_resolve(xe)) goto tail_export;   /* loaded now: the apply stubs must not run again */
        {
            TopFrame top = { xe->module, xe->name, (uint32_t)-xa, xe->arity, false, true, false };
            SAVE();
            proc_raise(p, AM(error), AM(undef));
            RAISE_TOP(&top);
        }
    }
    CASE(OP_CALL_FUN) {
        int64_t n = (int64_t)pc[3].u;
        int64_t a = pc[1].i;
        Term f = fp[a - 2 - n];
        if (is_boxed(f) && boxed_kind(f) == KIND_FUN) {
            const FunEntry *fe = (const FunEntry *)(uintptr_t)boxed_ptr(f)[1];
            if (UNLIKELY(fe->arity != n)) goto call_fun_badarity;
            Term *nfp = fp + a - 2;
            if (fe->nfree) {
                Term *low = nfp - n - fe->nfree + 1;
                if (low < p->stop) {
                    SAVE(); if (!grow_stack(p, low)) OUT_OF_MEMORY(); RESTORE();
                    nfp = fp + a - 2; low = nfp - n - fe->nfree + 1;
                    f = nfp[-n];
                    p->stop = low;
                }
                const Term *env = boxed_ptr(f) + 2;
                for (uint32_t i = 0; i < fe->nfree; i++) nfp[-n - (int64_t)i] = env[i];
            }
            nfp[2] = (Term)(uintptr_t)(pc + 4);
            nfp[1] = LINK_WORD(pc[2].u, p);
            fp = nfp;
            pc = fe->code;
            NEXT;
        }
        if (is_boxed(f) && boxed_kind(f) == KIND_EXPORT) {
            xe = (Export *)(uintptr_t)boxed_ptr(f)[1];
            if (UNLIKELY(xe->arity != n)) goto call_fun_badarity;
            xa = a;
            goto call_export;
        }
        SAVE(); exc_error2(p, AM(badfun), f); RAISE();
    call_fun_badarity:
        SAVE(); exc_badarity(p, a - 2 - n, a - 2, (uint64_t)n); RAISE();
    }
    CASE(OP_TAIL_FUN) {
        apply_n = (int64_t)pc[2].u;
        apply_a = pc[1].i;
    tail_fun:;
        int64_t n = apply_n, a = apply_a;
        Term f = fp[a - n];
        if (is_boxed(f) && boxed_kind(f) == KIND_FUN) {
            const FunEntry *fe = (const FunEntry *)(uintptr_t)boxed_ptr(f)[1];
            if (UNLIKELY(fe->arity != n)) goto tail_fun_badarity;
            if (a) for (int64_t i = 0; i < n; i++) fp[-i] = fp[a - i];
            if (fe->nfree) {
                Term *low = fp - n - fe->nfree + 1;
                if (low < p->stop) {
                    SAVE(); if (!grow_stack(p, low)) OUT_OF_MEMORY(); RESTORE();
                    low = fp - n - fe->nfree + 1;
                    f = fp[a - n];
                    p->stop = low;
                }
                const Term *env = boxed_ptr(f) + 2;
                for (uint32_t i = 0; i < fe->nfree; i++) fp[-n - (int64_t)i] = env[i];
            }
            pc = fe->code;
            NEXT;
        }
        if (is_boxed(f) && boxed_kind(f) == KIND_EXPORT) {
            xe = (Export *)(uintptr_t)boxed_ptr(f)[1];
            if (UNLIKELY(xe->arity != n)) goto tail_fun_badarity;
            xa = a;
            goto tail_export;
        }
        SAVE(); exc_error2(p, AM(badfun), f); RAISE();
    tail_fun_badarity:
        SAVE(); exc_badarity(p, a - n, a, (uint64_t)n); RAISE();
    }
    CASE(OP_APPLY) {
        int64_t n = (int64_t)pc[3].u, a = pc[1].i;
        Term mod = fp[a - 2 - n], fn = fp[a - 3 - n];
        if (!is_atom(mod) || !is_atom(fn)) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        xe = module_export(mod, fn, (uint32_t)n);
        if (!xe) { SAVE(); exc_error(p, AM(system_limit)); RAISE(); }
        xa = a;
        goto call_export;
    }
    CASE(OP_TAIL_APPLY) {
        int64_t n = (int64_t)pc[2].u, a = pc[1].i;
        Term mod = fp[a - n], fn = fp[a - n - 1];
        if (!is_atom(mod) || !is_atom(fn)) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        xe = module_export(mod, fn, (uint32_t)n);
        if (!xe) { SAVE(); exc_error(p, AM(system_limit)); RAISE(); }
        xa = a;
        goto tail_export;
    }
    /* apply/3 and apply/2 with an argument list: spread the list over the
     * registers, then tail call like TAIL_APPLY / TAIL_FUN with a = 0 */
    CASE(IOP_APPLY3) {
        int64_t n = list_length(fp[-2], 255);
        if (n < 0 || !is_atom(fp[0]) || !is_atom(fp[-1])) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        if (fp - n + 1 < p->stop) {
            SAVE(); if (!grow_stack(p, fp - n + 1)) OUT_OF_MEMORY(); RESTORE();
            p->stop = fp - n + 1;
        }
        Term mod = fp[0], fn = fp[-1], l = fp[-2];
        for (int64_t i = 0; i < n; i++, l = CDR(l)) fp[-i] = CAR(l);
        xe = module_export(mod, fn, (uint32_t)n);
        if (!xe) { SAVE(); exc_error(p, AM(system_limit)); RAISE(); }
        xa = 0;
        goto tail_export;
    }
    CASE(IOP_APPLY2) {
        int64_t n = list_length(fp[-1], 255);
        if (n < 0) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        if (fp - n < p->stop) {
            SAVE(); if (!grow_stack(p, fp - n)) OUT_OF_MEMORY(); RESTORE();
            p->stop = fp - n;
        }
        Term f = fp[0], l = fp[-1];
        for (int64_t i = 0; i < n; i++, l = CDR(l)) fp[-i] = CAR(l);
        fp[-n] = f;
        apply_a = 0;
        apply_n = n;
        goto tail_fun;
    }
    CASE(OP_BIF) {
        Export *e = pc[2].exp;
        SAVE();
        Term v = slow_call_native(p, e, fp + pc[3].i, (unsigned)pc[4].u);
        RESTORE();
        if (UNLIKELY(!v)) {
            if (interp_halt_status >= 0) return RUN_HALT;
            if (pc[5].at) {
                p->exc_class = p->exc_reason = p->exc_trace = NIL;
                p->exc_info = p->exc_args = THE_NON_VALUE;
                pc = pc[5].at;
                NEXT;
            }
            TopFrame top = { e->module, e->name, (uint32_t)-pc[3].i, e->arity, false, false, false };
            RAISE_TOP(&top);
        }
        REG(1) = v;
        pc += 6;
        NEXT;
    }

    /* ---- moves and control ---- */

    CASE(OP_MOVE)    { REG(1) = REG(2); pc += 3; NEXT; }
    CASE(OP_LOADK)   { REG(1) = pc[2].t; pc += 3; NEXT; }
    CASE(OP_LOADA)   { REG(1) = pc[2].t; pc += 3; NEXT; }
    CASE(OP_LOADI)   { REG(1) = pc[2].t; pc += 3; NEXT; }
    CASE(OP_LOADNIL) { REG(1) = NIL; pc += 2; NEXT; }
    CASE(OP_JUMP)    { pc = pc[1].at; NEXT; }
    CASE(IOP_JUMP_BACK) { REDUCE(pc[1].at); pc = pc[1].at; NEXT; }
    CASE(OP_JFALSY) {
        Term t = REG(1);
        pc = t == ATOM_false || t == ATOM_nil ? pc[2].at : pc + 3;
        NEXT;
    }
    CASE(OP_JTRUTHY) {
        Term t = REG(1);
        pc = t == ATOM_false || t == ATOM_nil ? pc + 3 : pc[2].at;
        NEXT;
    }

    /* ---- arithmetic: small integers inline (the tagged words add directly,
     * and 64-bit overflow is exactly leaving the small range) ---- */

/* A failed arithmetic instruction raises like the :erlang function it
 * stands for: the trace starts with {:erlang, :div, [1, 0]}, from which
 * Elixir's message shows the operation ("... expression: div(1, 0)"). */
#define ARITH_RAISE(name, n, a_, b_) do { \
        p->x[0] = (a_); p->x[1] = (b_); p->nx = (n); \
        TopFrame top_ = { AM(erlang), atom_intern((name), strlen(name)), 0, (n), false, false, true }; \
        RAISE_TOP(&top_); \
    } while (0)
#define ARITH_SLOW(op, name) do { \
        SAVE(); Term v_ = slow_arith(p, (op), REG(2), REG(3)); RESTORE(); \
        if (UNLIKELY(!v_)) ARITH_RAISE(name, 2, REG(2), REG(3)); \
        REG(1) = v_; pc += 4; NEXT; \
    } while (0)

/* Float arithmetic stays in the loop: operands that are floats or small
 * integers (not both small: that is integer arithmetic) are read as doubles,
 * and a finite result is boxed here. Anything else (bignums, a non-finite
 * result, division by zero, bad operands) goes to slow_arith, which raises. */
#define FLOAT_ARITH(a, b, expr) do { \
        double x_, y_; \
        if (float_operands((a), (b), &x_, &y_)) { \
            double r_ = (expr); \
            if (LIKELY(isfinite(r_))) { \
                ENSURE(2); \
                REG(1) = box_float(p, r_); pc += 4; NEXT; \
            } \
        } \
    } while (0)

    CASE(IOP_FLOAT_RUN) {
        unsigned nleaf = pc[1].u >> 8 & 0xFF;
        const Code *leaf = pc + 2;
        fs = leaf + nleaf;
        uint64_t ints = 0;      /* the leaves that are integers */
        for (unsigned i = 0; i < nleaf; i++) {
            Term t = fp[-(int64_t)leaf[i].u];
            if (LIKELY(is_boxed(t)) && boxed_kind(t) == KIND_FLOAT) fv[i] = float_val(t);
            else if (is_small(t)) { fv[i] = (double)small_val(t); ints |= 1ull << i; }
            else goto float_run_fails;
        }
        if (UNLIKELY(ints) && frun_integer_step(fs, pc[1].u & 0xFF, nleaf, ints)) goto float_run_fails;
#define FSTEP(expr) do { \
            double x = fv[(uint16_t)fs[1].u], y = fv[(uint16_t)(fs[1].u >> 16)]; \
            fv[(uint16_t)(fs[1].u >> 32)] = (expr); \
            fs += 2; FRUN_NEXT; \
        } while (0)
        FRUN_NEXT;
    frun_add: FSTEP(x + y);
    frun_sub: FSTEP(x - y);
    frun_mul: FSTEP(x * y);
    frun_div: FSTEP(y != 0.0 ? x / y : NAN);
#undef FSTEP
    frun_end: {
        /* fs is at the end word, pc still at the run */
        unsigned ncheck = pc[1].u >> 16 & 0xFF, nout = (unsigned)(pc[1].u >> 24);
        const Code *out = fs + 1 + ncheck;
        if (UNLIKELY(!all_finite(fv, fs + 1, ncheck))) goto float_run_fails;
        ENSURE(2 * nout);
        for (unsigned i = 0; i < nout; i++) fp[-(int64_t)(out[i].u >> 8)] = box_float(p, fv[out[i].u & 0xFF]);
        pc += frun_words(pc[1].u) + 4 * (pc[1].u & 0xFF);     /* past the run's own instructions */
        NEXT;
    }
    float_run_fails:
        pc += frun_words(pc[1].u);
        NEXT;
    }
    CASE(OP_ADD) {
        Term a = REG(2), b = REG(3); SInt r;
        if (LIKELY(BOTH_SMALL(a, b)) && !__builtin_add_overflow((SInt)a, (SInt)(b - TAG_SMALL), &r)) {
            REG(1) = (Term)r; pc += 4; NEXT;
        }
        FLOAT_ARITH(a, b, x_ + y_);
        ARITH_SLOW(OP_ADD, "+");
    }
    CASE(OP_SUB) {
        Term a = REG(2), b = REG(3); SInt r;
        if (LIKELY(BOTH_SMALL(a, b)) && !__builtin_sub_overflow((SInt)a, (SInt)(b - TAG_SMALL), &r)) {
            REG(1) = (Term)r; pc += 4; NEXT;
        }
        FLOAT_ARITH(a, b, x_ - y_);
        ARITH_SLOW(OP_SUB, "-");
    }
    CASE(OP_MUL) {
        Term a = REG(2), b = REG(3); SInt r;
        if (LIKELY(BOTH_SMALL(a, b)) && !__builtin_mul_overflow(small_val(a), (SInt)(b - TAG_SMALL), &r)) {
            REG(1) = (Term)r + TAG_SMALL; pc += 4; NEXT;
        }
        FLOAT_ARITH(a, b, x_ * y_);
        ARITH_SLOW(OP_MUL, "*");
    }
    CASE(OP_FDIV) {
        Term a = REG(2), b = REG(3);
        if (BOTH_SMALL(a, b)) {
            if (small_val(b) != 0) {
                ENSURE(2);
                REG(1) = box_float(p, (double)small_val(a) / (double)small_val(b)); pc += 4; NEXT;
            }
        } else {
            FLOAT_ARITH(a, b, y_ != 0.0 ? x_ / y_ : NAN);
        }
        ARITH_SLOW(OP_FDIV, "/");
    }
    /* BEAM converts each operand (fconv) and then computes; either step
     * failing raises badarith from the function itself. */
#define FLOAT_OP(expr) do { \
        double x_, y_, r_; \
        if (LIKELY(float_value(REG(2), &x_) && float_value(REG(3), &y_)) && isfinite(r_ = (expr))) { \
            ENSURE(2); \
            REG(1) = box_float(p, r_); pc += 4; NEXT; \
        } \
        SAVE(); exc_error(p, AM(badarith)); RAISE(); \
    } while (0)
    CASE(OP_ADDF) FLOAT_OP(x_ + y_);
    CASE(OP_SUBF) FLOAT_OP(x_ - y_);
    CASE(OP_MULF) FLOAT_OP(x_ * y_);
    CASE(OP_DIVF) FLOAT_OP(y_ != 0.0 ? x_ / y_ : NAN);
#undef FLOAT_OP
    CASE(OP_IDIV) {
        Term a = REG(2), b = REG(3);
        if (BOTH_SMALL(a, b) && small_val(b) != 0) {
            SInt q = small_val(a) / small_val(b);
            if (small_fits(q)) { REG(1) = make_small(q); pc += 4; NEXT; }
        }
        ARITH_SLOW(OP_IDIV, "div");
    }
    CASE(OP_REM) {
        Term a = REG(2), b = REG(3);
        if (BOTH_SMALL(a, b) && small_val(b) != 0) { REG(1) = make_small(small_val(a) % small_val(b)); pc += 4; NEXT; }
        ARITH_SLOW(OP_REM, "rem");
    }
    CASE(OP_ADDI) {
        Term a = REG(2); SInt r;
        if (LIKELY(is_small(a)) && !__builtin_add_overflow((SInt)a, (SInt)(pc[3].t - TAG_SMALL), &r)) {
            REG(1) = (Term)r; pc += 4; NEXT;
        }
        FLOAT_ARITH(a, pc[3].t, x_ + y_);
        SAVE(); Term v = slow_arith(p, OP_ADD, REG(2), pc[3].t); RESTORE();
        if (UNLIKELY(!v)) ARITH_RAISE("+", 2, REG(2), pc[3].t);
        REG(1) = v; pc += 4; NEXT;
    }
    CASE(OP_ADDK) {
        Term a = REG(2); SInt r;
        if (LIKELY(is_small(a)) && !__builtin_add_overflow((SInt)a, (SInt)(pc[3].t - TAG_SMALL), &r)) {
            REG(1) = (Term)r; pc += 4; NEXT;
        }
        FLOAT_ARITH(a, pc[3].t, x_ + y_);
        SAVE(); Term v = slow_arith(p, OP_ADD, REG(2), pc[3].t); RESTORE();
        if (UNLIKELY(!v)) { SAVE(); RAISE(); }
        REG(1) = v; pc += 4; NEXT;
    }
    CASE(OP_NEG) {
        Term a = REG(2);
        if (is_small(a) && small_val(a) != SMALL_MIN) { REG(1) = make_small(-small_val(a)); pc += 3; NEXT; }
        SAVE(); Term v = slow_arith(p, OP_NEG, REG(2), THE_NON_VALUE); RESTORE();
        if (UNLIKELY(!v)) ARITH_RAISE("-", 1, REG(2), NIL);
        REG(1) = v; pc += 3; NEXT;
    }

    /* ---- comparisons ---- */

#define EQUAL(a, b)  ((a) == (b) || (!(is_immed(a) && is_immed(b)) && term_equal((a), (b))))
#define EXACT(a, b)  ((a) == (b) || (!(is_immed(a) && is_immed(b)) && term_exact((a), (b))))
#define ORDER(a, b, op) (BOTH_SMALL(a, b) ? (SInt)(a) op (SInt)(b) \
                        : is_float(a) && is_float(b) ? float_val(a) op float_val(b) \
                        : term_compare((a), (b)) op 0)

    CASE(OP_EQ)  { Term a = REG(2), b = REG(3); REG(1) = make_bool(EQUAL(a, b)); pc += 4; NEXT; }
    CASE(OP_NE)  { Term a = REG(2), b = REG(3); REG(1) = make_bool(!EQUAL(a, b)); pc += 4; NEXT; }
    CASE(OP_EQX) { Term a = REG(2), b = REG(3); REG(1) = make_bool(EXACT(a, b)); pc += 4; NEXT; }
    CASE(OP_NEX) { Term a = REG(2), b = REG(3); REG(1) = make_bool(!EXACT(a, b)); pc += 4; NEXT; }
    CASE(OP_LT)  { Term a = REG(2), b = REG(3); REG(1) = make_bool(ORDER(a, b, <)); pc += 4; NEXT; }
    CASE(OP_LE)  { Term a = REG(2), b = REG(3); REG(1) = make_bool(ORDER(a, b, <=)); pc += 4; NEXT; }
    CASE(OP_GT)  { Term a = REG(2), b = REG(3); REG(1) = make_bool(ORDER(a, b, >)); pc += 4; NEXT; }
    CASE(OP_GE)  { Term a = REG(2), b = REG(3); REG(1) = make_bool(ORDER(a, b, >=)); pc += 4; NEXT; }
    CASE(OP_NOT) {
        Term a = REG(2);
        if (!is_bool(a)) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        REG(1) = make_bool(a == ATOM_false); pc += 3; NEXT;
    }

    /* ---- tests: [op, j, a, b] ---- */

    CASE(OP_T_EQ)  { Term a = REG(2), b = REG(3); JUMP_UNLESS(EQUAL(a, b), 4); }
    CASE(OP_T_NE)  { Term a = REG(2), b = REG(3); JUMP_UNLESS(!EQUAL(a, b), 4); }
    CASE(OP_T_EQX) { Term a = REG(2), b = REG(3); JUMP_UNLESS(EXACT(a, b), 4); }
    CASE(OP_T_NEX) { Term a = REG(2), b = REG(3); JUMP_UNLESS(!EXACT(a, b), 4); }
    CASE(OP_T_LT)  { Term a = REG(2), b = REG(3); JUMP_UNLESS(ORDER(a, b, <), 4); }
    CASE(OP_T_LE)  { Term a = REG(2), b = REG(3); JUMP_UNLESS(ORDER(a, b, <=), 4); }
    CASE(OP_T_GT)  { Term a = REG(2), b = REG(3); JUMP_UNLESS(ORDER(a, b, >), 4); }
    CASE(OP_T_GE)  { Term a = REG(2), b = REG(3); JUMP_UNLESS(ORDER(a, b, >=), 4); }
    CASE(OP_T_EQK) { Term a = REG(2), b = pc[3].t; JUMP_UNLESS(EXACT(a, b), 4); }
    CASE(OP_T_EQA) { JUMP_UNLESS(REG(2) == pc[3].t, 4); }
    CASE(OP_T_EQI) { JUMP_UNLESS(REG(2) == pc[3].t, 4); }
    CASE(OP_T_TRUE)  { JUMP_UNLESS(REG(2) == ATOM_true, 3); }
    CASE(OP_T_INT)   { JUMP_UNLESS(is_integer(REG(2)), 3); }
    CASE(OP_T_FLOAT) { JUMP_UNLESS(is_float(REG(2)), 3); }
    CASE(OP_T_NUM)   { JUMP_UNLESS(is_number(REG(2)), 3); }
    CASE(OP_T_ATOM)  { JUMP_UNLESS(is_atom(REG(2)), 3); }
    CASE(OP_T_BOOL)  { JUMP_UNLESS(is_bool(REG(2)), 3); }
    CASE(OP_T_NIL)   { JUMP_UNLESS(REG(2) == NIL, 3); }
    CASE(OP_T_CONS)  { JUMP_UNLESS(is_cons(REG(2)), 3); }
    CASE(OP_T_LIST)  { JUMP_UNLESS(is_list(REG(2)), 3); }
    CASE(OP_T_TUPLE) { JUMP_UNLESS(is_tuple(REG(2)), 3); }
    CASE(OP_T_ARITY) { Term t = REG(2); JUMP_UNLESS(is_tuple(t) && tuple_arity(t) == pc[3].u, 4); }
    CASE(OP_T_MAP)   { JUMP_UNLESS(is_map(REG(2)), 3); }
    CASE(OP_T_BITSTR) { JUMP_UNLESS(is_bitstring(REG(2)), 3); }
    CASE(OP_T_BINARY) { JUMP_UNLESS(bin_is_binary(REG(2)), 3); }
    CASE(OP_T_FUN)   { JUMP_UNLESS(is_fun(REG(2)), 3); }
    CASE(OP_T_PID)   { JUMP_UNLESS(is_pid(REG(2)), 3); }
    CASE(OP_T_REF)   { JUMP_UNLESS(is_ref(REG(2)), 3); }

    /* ---- destructuring: checked anyway, so bad bytecode cannot read wild ---- */

    CASE(OP_GET_LIST) {
        Term s = REG(3);
        if (UNLIKELY(!is_cons(s))) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        REG(1) = CAR(s); REG(2) = CDR(s); pc += 4; NEXT;
    }
    CASE(OP_GET_ELEM) {
        Term s = REG(2);
        if (UNLIKELY(!is_tuple(s) || pc[3].u >= tuple_arity(s))) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        REG(1) = TUPLE_ELEM(s, pc[3].u); pc += 4; NEXT;
    }
    CASE(IOP_GET_ELEM_T) { REG(1) = TUPLE_ELEM(REG(2), pc[3].u); pc += 4; NEXT; }
    CASE(OP_GET_MAPK) {
        Term m = REG(2), v;
        if (!is_map(m) || !(v = map_get(m, pc[3].t))) { pc = pc[1].at; NEXT; }
        REG(4) = v; pc += 5; NEXT;
    }
    CASE(OP_GET_MAPR) {
        Term m = REG(2), v;
        if (!is_map(m) || !(v = map_get(m, REG(3)))) { pc = pc[1].at; NEXT; }
        REG(4) = v; pc += 5; NEXT;
    }

    /* ---- construction ---- */

    CASE(OP_CONS) {
        ENSURE(2);
        Term *c = heap_alloc(p, 2);
        c[0] = REG(2); c[1] = REG(3);
        REG(1) = make_list(c); pc += 4; NEXT;
    }
    CASE(OP_TUPLE) {
        uint64_t n = pc[3].u;
        ENSURE(n + 1);
        Term *h = heap_alloc(p, n + 1);
        const Term *src = fp + pc[2].i;
        h[0] = make_header(KIND_TUPLE, n);
        for (uint64_t i = 0; i < n; i++) h[1 + i] = src[-(int64_t)i];
        REG(1) = make_boxed(h); pc += 4; NEXT;
    }
    CASE(OP_MAP_NEW) {
        SAVE(); Term v = slow_map_new(p, pc[2].i, pc[3].u); RESTORE();
        if (UNLIKELY(!v)) RAISE();
        REG(1) = v; pc += 4; NEXT;
    }
    CASE(OP_MAP_PUT) {
        SAVE(); Term v = slow_map_put(p, pc[2].i, pc[3].i, pc[4].u, false); RESTORE();
        if (UNLIKELY(!v)) RAISE();
        REG(1) = v; pc += 5; NEXT;
    }
    CASE(OP_MAP_UPD) {
        SAVE(); Term v = slow_map_put(p, pc[2].i, pc[3].i, pc[4].u, true); RESTORE();
        if (UNLIKELY(!v)) RAISE();
        REG(1) = v; pc += 5; NEXT;
    }
    CASE(OP_MAKE_FUN) {
        SAVE(); Term v = slow_make_fun(p, pc[2].fun, pc[3].i); RESTORE();
        if (UNLIKELY(!v)) RAISE();
        REG(1) = v; pc += 4; NEXT;
    }

    /* ---- binaries ---- */

    CASE(OP_BS_BUILD) {
        SAVE(); Term v = slow_bs_build(p, pc[2].i, pc[3].u, pc[4].t); RESTORE();
        if (UNLIKELY(!v)) RAISE();
        REG(1) = v; pc += 5; NEXT;
    }
    CASE(OP_BS_START) {
        SAVE(); Term v = bin_match_start(p, REG(3)); RESTORE();
        if (!v) { pc = pc[1].at; NEXT; }
        REG(2) = v; pc += 4; NEXT;
    }
    CASE(OP_BS_GET) {
        Term ms = REG(3);
        if (UNLIKELY(!is_boxed_kind(ms, KIND_MATCH))) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        SAVE(); Term v = bin_match_get(p, ms, REG(4), pc[5].t); RESTORE();
        if (!v) { pc = pc[1].at; NEXT; }
        REG(2) = v; pc += 6; NEXT;
    }
    CASE(OP_BS_TAIL) {
        Term ms = REG(2);
        if (UNLIKELY(!is_boxed_kind(ms, KIND_MATCH))) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        JUMP_UNLESS(bin_match_tail(ms, pc[3].u), 4);
    }
    CASE(OP_BS_REST) {
        Term ms = REG(2);
        if (UNLIKELY(!is_boxed_kind(ms, KIND_MATCH))) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        SAVE(); Term v = bin_match_rest(p, ms); RESTORE();
        if (UNLIKELY(!v)) RAISE();
        REG(1) = v; pc += 3; NEXT;
    }

    /* ---- errors and exceptions ---- */

    CASE(OP_BADMATCH)    { SAVE(); exc_error2(p, AM(badmatch), REG(1)); RAISE(); }
    CASE(OP_CASE_CLAUSE) { SAVE(); exc_error2(p, AM(case_clause), REG(1)); RAISE(); }
    CASE(OP_TRY_CLAUSE)  { SAVE(); exc_error2(p, AM(try_clause), REG(1)); RAISE(); }
    CASE(OP_WITH_CLAUSE) { SAVE(); exc_error2(p, AM(with_clause), REG(1)); RAISE(); }
    CASE(OP_FUNC_CLAUSE) {
        Module *m = module_of_code(pc);
        const FuncInfo *fi = m ? module_func_of_code(m, pc) : NULL;
        SAVE();
        proc_raise(p, AM(error), AM(function_clause));
        if (!fi) RAISE();
        TopFrame top = { m->name, fi->name, 0, fi->arity - fi->nfree, true, false, false };
        RAISE_TOP(&top);
    }
    CASE(OP_TRY)     { REG(1) = pc[2].t; pc += 3; NEXT; }
    CASE(OP_TRY_END) { REG(1) = NIL; pc += 2; NEXT; }
    CASE(OP_TRY_CASE) {
        int64_t d = pc[2].i;
        REG(1) = NIL;
        /* reached without an exception only by bad bytecode: give it nil, never 0 */
        fp[d] = p->exc_class ? p->exc_class : NIL;
        fp[d - 1] = p->exc_reason ? p->exc_reason : NIL;
        fp[d - 2] = p->exc_trace ? p->exc_trace : NIL;
        p->exc_class = p->exc_reason = p->exc_trace = NIL;
        p->exc_info = p->exc_args = THE_NON_VALUE;
        pc += 3; NEXT;
    }
    CASE(OP_RAISE) {
        int64_t a = pc[1].i;
        Term cls = fp[a];
        if (cls != AM(error) && cls != AM(exit) && cls != AM(throw)) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        p->exc_class = cls; p->exc_reason = fp[a - 1]; p->exc_trace = fp[a - 2];
        SAVE();
        RAISE();
    }

    /* ---- receive (sched.h: the mailbox and its save position) ---- */

    CASE(OP_RECV_PEEK) {
        Msg *m = *p->mbox.save;
        if (!m) { pc = pc[1].at; NEXT; }
        REG(2) = m->term;
        pc += 3;
        NEXT;
    }
    CASE(OP_RECV_NEXT) {
        /* bad bytecode could get here without a current message */
        if (UNLIKELY(!*p->mbox.save)) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        p->mbox.save = &(*p->mbox.save)->next;
        pc = pc[1].at;
        NEXT;
    }
    CASE(OP_RECV_TAKE) {
        if (UNLIKELY(!*p->mbox.save)) { SAVE(); exc_error(p, AM(badarg)); RAISE(); }
        mailbox_take(p);
        if (UNLIKELY(p->timer || (p->flags & PF_TIMED_OUT))) sched_stop_timer(sched_self, p);
        pc += 1;
        NEXT;
    }
    CASE(OP_RECV_WAIT) {
        SAVE();
        p->pc = pc[1].at;
        return RUN_WAIT;
    }
    CASE(OP_RECV_AFTER) {
        Term t = REG(2);
        bool expired = p->flags & PF_TIMED_OUT;
        p->flags &= (uint8_t)~PF_TIMED_OUT;
        if (!expired && t != AM(infinity)) {
            if (!is_integer(t) || (is_small(t) ? small_val(t) < 0 : boxed_kind(t) == KIND_NEG_BIG)) {
                SAVE(); exc_error(p, AM(timeout_value)); RAISE();
            }
            /* a bignum timeout is as good as never; no memory for a timer
             * counts as run out */
            uint64_t ms = is_small(t) ? (uint64_t)small_val(t) : UINT64_MAX / 2;
            expired = ms == 0 || (!p->timer && !sched_start_timer(sched_self, p, ms));
        }
        if (!expired) {
            SAVE();
            p->pc = pc[1].at;
            return RUN_WAIT;
        }
        p->mbox.save = &p->mbox.head;
        pc = pc[3].at;
        NEXT;
    }

    /* pseudo instructions never reach the loop */
    CASE(OP_LABEL)
    CASE(OP_LINE) {
        SAVE(); exc_error(p, AM(badarg)); RAISE();
    }
#ifndef VIAL_THREADED
    default:
        SAVE(); exc_error(p, AM(badarg)); RAISE();
#endif
    }
    UNREACHABLE();
    return RUN_EXCEPTION;
}
