/* interp.h — internal: the interpreter loop and the threaded-code layout it
 * shares with the loader.
 *
 * Threaded code is an array of Code words: a handler address, then the
 * operands of opcodes.def pre-resolved by letter: r -> negative register
 * offset (R(i) is fp[-i]), k/a -> the Term, i -> the small integer Term,
 * j/f -> code address, m -> Export*, l -> FunEntry*, n -> the count.
 * LABEL and LINE produce no code. Exceptions to that rule (ORDER LAYOUT,
 * loader.c and interp.c agree):
 *   CALL, CALL_EXT, CALL_FUN, APPLY  op, a, link word, f/m/n   (the link word is
 *       the precomputed small integer R(a+1) gets: a+2 | caller nregs << 24)
 *   TAIL   op, f, a, arity of f
 *   TRY    op, r, catch marker Term
 *   IOP_ENTRY  op, nregs, nargs, FuncInfo*   (starts every function)
 *   IOP_FLOAT_RUN  op, n | nleaf << 8 | ncheck << 16 | nout << 24, nleaf
 *       leaf words, n steps of two words and an end word, ncheck check
 *       words, nout output words, then the run's own n instructions
 *       unchanged (see below)
 */
#ifndef VIAL_INTERP_H
#define VIAL_INTERP_H

#include "bytecode.h"
#include "module.h"

enum {
    IOP_ENTRY = OP__COUNT,  /* frame set-up at a function's entry */
    IOP_EXIT,               /* the bottom frame's return address: the process is done */
    IOP_JUMP_BACK,          /* a backward JUMP: counts a reduction */
    IOP_APPLY3,             /* body of :erlang.apply/3: R(0) mod, R(1) fun, R(2) argument list */
    IOP_APPLY2,             /* body of :erlang.apply/2: R(0) fun, R(1) argument list */
    IOP_GET_ELEM_T,         /* GET_ELEM of a register a T_ARITY just proved a large enough tuple */
    IOP_FLOAT_RUN,          /* arithmetic in a row, computed unboxed when it is all on floats */
    IOP__COUNT
};

/* A float run: the loader puts IOP_FLOAT_RUN before 2 to FRUN_MAX arithmetic
 * instructions in a row. Its values are numbered: first the leaves, the
 * registers the run reads before writing them (a leaf word is a register),
 * then one per step, its result. A step is threaded code of its own: the
 * handler of its kind (interp_frun_ops), then a word with the values of its
 * operands and result, 16 bits each, and FRUN_STEP_GENERIC unless it is a
 * float instruction (opcodes.def); an end handler follows the last. An
 * output word is a value | a register << 8: the last value the run gives a
 * register, which may be read after it. A check word is a value that must
 * be finite: every other one feeds a later step where a NaN or an infinity
 * would carry into its result. When every leaf is a float or a small
 * integer, no generic step has two integer leaves (integer arithmetic) and
 * every check holds, the interpreter boxes the outputs alone and skips the
 * instructions; otherwise it runs them, having written nothing, so that
 * integer arithmetic and errors behave as they would without the run. */
enum { FRUN_MAX = 16, FRUN_ADD = 0, FRUN_SUB, FRUN_MUL, FRUN_DIV, FRUN_END, FRUN__COUNT };
#define FRUN_GENERIC        0x10            /* with a kind, in the loader */
#define FRUN_STEP_GENERIC   (1ull << 48)
extern const void *interp_frun_ops[FRUN__COUNT];

/* A float run's words before its instructions, from its second word. */
static inline unsigned frun_words(uint64_t h) {
    unsigned n = h & 0xFF, nleaf = h >> 8 & 0xFF, ncheck = h >> 16 & 0xFF, nout = (unsigned)(h >> 24);
    return 2 + nleaf + 2 * n + 1 + ncheck + nout;
}

/* The linkage a call leaves in R(a+1): the callee's window offset and the
 * stack bottom at the call, as an offset from hend. A return restores that
 * bottom exactly: frames overlap (a callee's window lies inside its
 * caller's registers), so an outer frame may reach deeper than the caller,
 * and every word between the bottom and hend must stay a scanned root. */
#define LINK_WORD(off, p) make_small((SInt)(off) | ((SInt)((p)->hend - (p)->stop) << 24))
#define REDS_SLICE 4000

/* Handler address of each opcode (the opcode number under switch dispatch). */
extern const void *interp_ops[IOP__COUNT];
extern Code interp_exit_code[1];       /* return address of a bottom frame */

void interp_init(void);

enum { RUN_DONE, RUN_EXCEPTION, RUN_HALT, RUN_YIELD, RUN_WAIT };
/* Runs p from p->pc with its frame at hend - p->fp_off until the bottom
 * frame returns (result in p->x[0]), an exception is not caught (p->exc_*),
 * the VM halts, p's reductions run out (RUN_YIELD) or p waits in a receive
 * (RUN_WAIT); the last two save the state to resume from. May collect. */
int interp_run(Process *p);

/* A function made of threaded code built by hand: its entry for a frame
 * of nregs registers (all arguments), then the single instruction op.
 * For the VM's own functions (apply) and the boot code of a run. */
typedef struct { Code w[8]; } StubCode;
void interp_make_stub(StubCode *s, uint32_t nregs, unsigned op, uint64_t operand1, uint64_t operand2);

/* Pushes the bottom frame of a fresh run onto p's empty stack and sets the
 * interpreter state to call `entry` (the code of a function of argc
 * arguments) with args, which must be roots of p (p->x) or need no
 * rooting. May collect; false when out of memory. */
bool interp_setup_call(Process *p, const Code *entry, int argc, const Term *args);

#endif

/* ---- slow paths (interp_slow.c, exception.c) ---- */

/* The frame a raise adds on top of the stack trace, when the failing call
 * never got a frame of its own: {Mod, Name, Args, Loc} with the arguments
 * read from registers first_reg.. of the current frame. */
typedef struct {
    Term mod, name;
    uint32_t first_reg, n;
    bool located;       /* add [file:, line:] of the current pc (function_clause) */
    bool replaces;      /* a tail call to a missing function: the caller's frame is gone, as on BEAM */
    bool from_x;        /* the arguments are p->x[0..n) instead (arithmetic operands) */
    bool twice;         /* no frame of its own: a fun call that is not a tail call failed
                           (badfun, badarity), and the caller's frame shows twice, as on BEAM */
} TopFrame;

/* Raising from the interpreter: the reason is recorded on p (class error)
 * and THE_NON_VALUE returned. All may collect; operands are read first. */
Term exc_error(Process *p, Term reason);
Term exc_error2(Process *p, Term tag, Term val);            /* {tag, val} */
Term exc_error3(Process *p, Term tag, Term a, Term b);      /* {tag, a, b} */

/* Finds the handler of the exception recorded on p, building its stack
 * trace first unless it was given one (a re-raise, whose trace may be []).
 * The interpreter state (p->fp_off, p->stop) must be saved; on return it
 * describes the handler's frame. Returns the handler, or NULL when nothing
 * catches it. May collect. */
const Code *exc_unwind(Process *p, const Code *pc, const TopFrame *top);
/* The stack trace as Erlang builds it, from pc and the frames on p's stack. */
Term exc_stacktrace(Process *p, const Code *pc, const TopFrame *top);

/* Arithmetic and comparison beyond small integers. Operands are any terms. */
Term slow_arith(Process *p, unsigned op, Term a, Term b);  /* op: OP_ADD.. OP_REM, OP_NEG */
/* Register operands are negative offsets from the frame, which these re-read
 * from p->fp_off after collecting: the interpreter saves its state first. */
Term slow_map_new(Process *p, int64_t a, uint64_t n);
Term slow_map_put(Process *p, int64_t m, int64_t a, uint64_t n, bool update);
Term slow_make_fun(Process *p, const FunEntry *fe, int64_t a);
Term slow_bs_build(Process *p, int64_t a, uint64_t n, Term specs);
/* {badarity, {Fun, Args}} with the fun in register f, the arguments in a.. */
Term exc_badarity(Process *p, int64_t f, int64_t a, uint64_t n);

/* Lazily loads the module of e if needed; e if it is now defined, else NULL. */
Export *slow_resolve(Export *e);
/* Calls a native with n arguments from src[0], src[-1], ... May collect. */
Term slow_call_native(Process *p, Export *e, const Term *src, unsigned n);

extern int interp_halt_status;   /* set by :erlang.halt; -1 while running */
