/* interp_slow.c — the interpreter's out-of-line paths: arithmetic beyond
 * small integers, maps, closures, binaries, calling natives and resolving
 * exports of modules not loaded yet. Each may collect; register operands are
 * re-read through p->fp_off after any reservation.
 */
#include "interp.h"

#include <stdlib.h>

#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "map.h"

#define FRAME(p) ((p)->hend - (p)->fp_off)

/* Arithmetic follows the :erlang natives exactly, so it is done by them. */
Term slow_arith(Process *p, unsigned op, Term a, Term b) {
    NativeFn fn;
    switch (op) {
    case OP_ADD:  fn = bif_erlang_add_2; break;
    case OP_SUB:  fn = bif_erlang_sub_2; break;
    case OP_MUL:  fn = bif_erlang_mul_2; break;
    case OP_FDIV: fn = bif_erlang_fdiv_2; break;
    case OP_IDIV: fn = bif_erlang_div_2; break;
    case OP_REM:  fn = bif_erlang_rem_2; break;
    case OP_NEG:  fn = bif_erlang_neg_1; break;
    default:      return exc_error(p, AM(badarith));
    }
    p->x[0] = a; p->x[1] = b;
    p->nx = op == OP_NEG ? 1 : 2;
    Term r = fn(p, p->x);
    p->nx = 0;
    return r;
}

Term slow_call_native(Process *p, Export *e, const Term *src, unsigned n) {
    for (unsigned i = 0; i < n; i++) p->x[i] = src[-(int64_t)i];
    p->nx = n;
    Term r = e->native(p, p->x);
    p->nx = 0;
    return r;
}

Export *slow_resolve(Export *e) {
    if (!e->code && !e->native) module_ensure_loaded(e->module);
    return e->code || e->native ? e : NULL;
}

/* ---- maps: the accumulating map lives in x[0] across collections ---- */

Term slow_map_new(Process *p, int64_t a, uint64_t n) {
    const Term *fp = FRAME(p);
    uint64_t first = n * 2 <= PROC_MAX_ARGS ? n : PROC_MAX_ARGS / 2;
    for (uint64_t i = 0; i < 2 * first; i++) p->x[i] = fp[a - (int64_t)i];
    p->nx = (unsigned)(2 * first);
    Term m = map_new_from_pairs(p, p->x, first);
    p->x[0] = m;
    p->nx = 1;
    for (uint64_t i = first; i < n && m; i++) {
        fp = FRAME(p);
        m = map_put(p, p->x[0], fp[a - 2 * (int64_t)i], fp[a - 2 * (int64_t)i - 1]);
        p->x[0] = m;
    }
    p->nx = 0;
    return m ? m : exc_error(p, AM(system_limit));
}

Term slow_map_put(Process *p, int64_t mreg, int64_t a, uint64_t n, bool update) {
    const Term *fp = FRAME(p);
    if (!is_map(fp[mreg])) return exc_error2(p, AM(badmap), fp[mreg]);
    p->x[0] = fp[mreg];
    p->nx = 1;
    for (uint64_t i = 0; i < n; i++) {
        fp = FRAME(p);
        Term k = fp[a - 2 * (int64_t)i];
        if (update && !map_get(p->x[0], k)) {
            p->nx = 0;
            return exc_error2(p, AM(badkey), k);   /* BEAM's map update says {badkey, K} */
        }
        Term m = map_put(p, p->x[0], k, fp[a - 2 * (int64_t)i - 1]);
        if (!m) { p->nx = 0; return exc_error(p, AM(system_limit)); }
        p->x[0] = m;
    }
    p->nx = 0;
    return p->x[0];
}

Term slow_make_fun(Process *p, const FunEntry *fe, int64_t a) {
    Term *h = heap_reserve(p, 2 + fe->nfree);
    const Term *fp = FRAME(p);
    h[0] = make_header(KIND_FUN, 1 + fe->nfree);
    h[1] = (Term)(uintptr_t)fe;
    for (uint32_t i = 0; i < fe->nfree; i++) h[2 + i] = fp[a - (int64_t)i];
    return make_boxed(h);
}

Term slow_bs_build(Process *p, int64_t a, uint64_t n, Term specs) {
    return bin_build_regs(p, FRAME(p) + a, n, specs);
}
