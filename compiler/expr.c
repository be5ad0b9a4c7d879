/* expr.c — compiles expressions into register code.
 *
 * cg_expr(f, n, dst) leaves n's value in a register and returns it: in dst
 * when dst is a register, anywhere when dst is ANY (a variable's own
 * register, or a fresh temporary), and in the register that was free on
 * entry when dst is NEXT (so argument lists land contiguously, see
 * cg_contiguous). cg_tail compiles an expression whose value the function
 * returns: calls become tail calls.
 */
#include "cg.h"
#include "elixir_info.h"
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* registers and scopes                                                 */

void *cg_alloc(FnCtx *f, size_t bytes) {
    void *p = ast_alloc(f->mod->unit->arena, bytes ? bytes : 1);
    if (!p) { fputs("vial: out of memory\n", stderr); exit(1); }
    return p;
}

void *cg_grow(FnCtx *f, void *old, size_t oldn, size_t newn, size_t elem) {
    void *p = cg_alloc(f, newn * elem);
    if (oldn) memcpy(p, old, oldn * elem);
    return p;
}

int cg_tmp(FnCtx *f) {
    int r = f->freereg++;
    if (f->freereg > f->maxreg) f->maxreg = f->freereg;
    if (f->freereg > 60000) cg_error(f->mod->unit, NULL, "function too large");
    return r;
}

void cg_release(FnCtx *f, int mark) {
    f->freereg = mark > f->varfloor ? mark : f->varfloor;
}

int cg_bind(FnCtx *f, const char *name, int reg) {
    if (f->nvars == f->capvars) {
        f->vars = cg_grow(f, f->vars, f->capvars, f->capvars ? f->capvars * 2 : 32, sizeof *f->vars);
        f->capvars = f->capvars ? f->capvars * 2 : 32;
    }
    f->vars[f->nvars++] = (VarBinding){name, reg, false};
    if (reg + 1 > f->varfloor) f->varfloor = reg + 1;
    if (reg + 1 > f->freereg) f->freereg = reg + 1;
    if (f->freereg > f->maxreg) f->maxreg = f->freereg;
    return reg;
}

int cg_lookup(FnCtx *f, const char *name) {
    for (size_t i = f->nvars; i-- > 0;)
        if (strcmp(f->vars[i].name, name) == 0) return f->vars[i].reg;
    return -1;
}

Scope cg_scope_save(FnCtx *f) { return (Scope){f->nvars, f->varfloor, f->freereg}; }

void cg_scope_restore(FnCtx *f, Scope s) {
    f->nvars = s.nvars;
    f->varfloor = s.varfloor;
    f->freereg = s.freereg;
}

void cg_move(FnCtx *f, int dst, int src) {
    if (dst != src) emit_op(f->e, OP_MOVE, dst, src);
}

uint32_t cg_atom(FnCtx *f, const char *s) { return emit_atom_z(f->e, s); }

/* ------------------------------------------------------------------ */
/* constants                                                            */

bool ast_is_constant(FnCtx *f, Node *n) {
    switch (n->kind) {
    case AST_INT: case AST_BIGINT: case AST_FLOAT: case AST_ATOM: case AST_STRING:
        return true;
    case AST_VAR:
        return false;
    case AST_LIST: case AST_TUPLE:
        for (size_t i = 0; i < n->nitems; i++) {
            Node *it = n->items[i];
            if (n->kind == AST_LIST && i == n->nitems - 1 && is_call_n(it, "|", 2)) {
                if (!ast_is_constant(f, it->items[0]) || !ast_is_constant(f, it->items[1])) return false;
                continue;
            }
            if (!ast_is_constant(f, it)) return false;
        }
        return true;
    case AST_CALL:
        if (is_call(n, "{}") || is_call(n, "%{}")) {
            bool map = is_call(n, "%{}");
            for (size_t i = 0; i < n->nitems; i++) {
                Node *it = n->items[i];
                if (map && (it->kind != AST_TUPLE || it->nitems != 2)) return false;   /* not key-value pairs */
                if (!ast_is_constant(f, it)) return false;
            }
            return true;
        }
        if (is_call(n, "__aliases__")) return true;
        if (is_call_n(n, "-", 1) || is_call_n(n, "+", 1)) {
            AstKind k = n->items[0]->kind;
            return k == AST_INT || k == AST_FLOAT || k == AST_BIGINT;
        }
        return false;
    }
    return false;
}

static void encode_items(FnCtx *f, StrBuf *b, Node **items, size_t n) {
    for (size_t i = 0; i < n; i++) cg_encode_constant(f, b, items[i]);
}

static bool same_constant(FnCtx *f, Node *a, Node *b) {
    Unit *u = f->mod->unit;
    StrBuf x = {0}, y = {0};
    cg_scratch_push(u, &x);
    cg_scratch_push(u, &y);
    cg_encode_constant(f, &x, a);
    cg_encode_constant(f, &y, b);
    bool same = x.len == y.len && memcmp(x.data, y.data, x.len) == 0;
    cg_scratch_pop(u);
    cg_scratch_pop(u);
    sb_free(&x);
    sb_free(&y);
    return same;
}

void cg_encode_constant(FnCtx *f, StrBuf *b, Node *n) {
    switch (n->kind) {
    case AST_INT: etfw_int(b, n->i); return;
    case AST_BIGINT:
        if (!etfw_bigint(b, n->str)) cg_error(f->mod->unit, n, "invalid integer literal");
        return;
    case AST_FLOAT: etfw_float(b, n->f); return;
    case AST_ATOM: etfw_atom(b, n->str, strlen(n->str)); return;
    case AST_STRING: etfw_binary(b, n->str, n->len); return;
    case AST_TUPLE:
        etfw_tuple(b, n->nitems);
        encode_items(f, b, n->items, n->nitems);
        return;
    case AST_LIST: {
        if (n->nitems == 0) { etfw_nil(b); return; }
        Node *last = n->items[n->nitems - 1];
        bool improper = is_call_n(last, "|", 2);
        etfw_list(b, n->nitems);
        encode_items(f, b, n->items, n->nitems - improper);
        if (improper) {
            cg_encode_constant(f, b, last->items[0]);
            cg_encode_constant(f, b, last->items[1]);
        } else {
            etfw_nil(b);
        }
        return;
    }
    case AST_CALL:
        if (is_call(n, "{}")) {
            etfw_tuple(b, n->nitems);
            encode_items(f, b, n->items, n->nitems);
            return;
        }
        if (is_call(n, "%{}")) {
            /* later duplicates win, as in Elixir: encode only the last occurrence */
            bool *dup = cg_alloc(f, n->nitems * sizeof *dup);
            size_t count = 0;
            for (size_t i = 0; i < n->nitems; i++) {
                for (size_t j = i + 1; j < n->nitems && !dup[i]; j++) dup[i] = same_constant(f, n->items[i]->items[0], n->items[j]->items[0]);
                count += !dup[i];
            }
            etfw_map(b, count);
            for (size_t i = 0; i < n->nitems; i++)
                if (!dup[i]) encode_items(f, b, n->items[i]->items, 2);
            return;
        }
        if (is_call(n, "__aliases__")) {
            const char *full = cg_resolve_alias(f, n);
            etfw_atom(b, full, strlen(full));
            return;
        }
        if (is_call_n(n, "-", 1) || is_call_n(n, "+", 1)) {
            Node *v = n->items[0];
            bool neg = n->str[0] == '-';
            if (v->kind == AST_INT) etfw_int(b, neg ? -v->i : v->i);
            else if (v->kind == AST_FLOAT) etfw_float(b, neg ? -v->f : v->f);
            else {
                StrBuf d = {0};
                if (neg) sb_putc(&d, '-');
                sb_puts(&d, v->str);
                etfw_bigint(b, d.data);
                sb_free(&d);
            }
            return;
        }
        break;
    default:
        break;
    }
    cg_error(f->mod->unit, n, "internal: not a constant");
}

uint32_t cg_literal_of(FnCtx *f, Node *n) {
    StrBuf b = {0};
    cg_scratch_push(f->mod->unit, &b);
    etfw_begin(&b);
    cg_encode_constant(f, &b, n);
    cg_scratch_pop(f->mod->unit);
    uint32_t k = emit_literal(f->e, (const uint8_t *)b.data, b.len);
    sb_free(&b);
    return k;
}

static int load_constant(FnCtx *f, Node *n, int r) {
    if (n->kind == AST_ATOM) emit_op(f->e, OP_LOADA, r, cg_atom(f, n->str));
    else if (n->kind == AST_INT && n->i >= INT32_MIN && n->i <= INT32_MAX) emit_op(f->e, OP_LOADI, r, (uint32_t)(int32_t)n->i);
    else if (n->kind == AST_LIST && n->nitems == 0) emit_op(f->e, OP_LOADNIL, r);
    else emit_op(f->e, OP_LOADK, r, cg_literal_of(f, n));
    return r;
}

/* ------------------------------------------------------------------ */
/* helpers for destinations                                             */

static int target(FnCtx *f, int dst) { return dst >= 0 ? dst : cg_tmp(f); }

/* Does evaluating n bind variables visible after it? Such argument lists
 * cannot be built in place (see cg_contiguous). Conservative. */
static bool binds(const Node *n) {
    if (!n) return false;
    if (n->kind == AST_CALL) {
        if (n->str && (strcmp(n->str, "=") == 0)) return true;
        if (n->str && (strcmp(n->str, "fn") == 0 || strcmp(n->str, "->") == 0)) return false;
        if (n->callee && binds(n->callee)) return true;
    }
    if (n->kind == AST_CALL || n->kind == AST_LIST || n->kind == AST_TUPLE)
        for (size_t i = 0; i < n->nitems; i++)
            if (binds(n->items[i])) return true;
    return false;
}

int cg_contiguous(FnCtx *f, Node **items, size_t n, int front) {
    bool staged = false;
    for (size_t i = 0; i < n && !staged; i++) staged = binds(items[i]);
    if (!staged) {
        int base = f->freereg;
        for (int i = 0; i < front; i++) cg_tmp(f);
        for (size_t i = 0; i < n; i++) {
            int r = cg_expr(f, items[i], NEXT);
            if (r != base + front + (int)i) cg_error(f->mod->unit, items[i], "internal: argument register");
        }
        if (f->maxreg <= base) f->maxreg = base + 1;   /* an empty window still names a register */
        return base;
    }
    int *regs = cg_alloc(f, (n ? n : 1) * sizeof *regs);
    for (size_t i = 0; i < n; i++) regs[i] = cg_expr(f, items[i], ANY);
    int base = f->freereg;
    for (int i = 0; i < front; i++) cg_tmp(f);
    for (size_t i = 0; i < n; i++) cg_move(f, cg_tmp(f), regs[i]);
    if (f->maxreg <= base) f->maxreg = base + 1;
    return base;
}

/* After a call with its window at base, the value is in R(base). */
static int call_result(FnCtx *f, int base, int dst) {
    cg_release(f, base + 1);
    if (dst >= 0) { cg_move(f, dst, base); return dst; }
    return base;
}

/* ------------------------------------------------------------------ */
/* calls                                                                */

/* A call's frame has the line of the call itself, also when its arguments
 * span other lines: the line is given again once they are evaluated. */
static void line_of(FnCtx *f, Node *n) { if (n) emit_line(f->e, n->line); }

static int call_local(FnCtx *f, FunDef *d, Node **args, size_t n, int dst, bool tail, Node *at) {
    line_of(f, at);
    cg_note_call(f, d);
    if (tail) {
        int base = cg_contiguous(f, args, n, 0);
        line_of(f, at);
        emit_op(f->e, OP_TAIL, d->func, base);
        return -1;
    }
    int base = cg_contiguous(f, args, n, 2);
    line_of(f, at);
    emit_op(f->e, OP_CALL, base, d->func);
    return call_result(f, base, dst);
}

int cg_call_remote(FnCtx *f, const char *mod, const char *name, Node **args, size_t n, int dst, bool tail, Node *at) {
    uint32_t imp = emit_import(f->e, mod, name, (uint32_t)n);
    line_of(f, at);
    if (tail) {
        int base = cg_contiguous(f, args, n, 0);
        line_of(f, at);
        emit_op(f->e, OP_TAIL_EXT, imp, base);
        return -1;
    }
    int base = cg_contiguous(f, args, n, 2);
    line_of(f, at);
    emit_op(f->e, OP_CALL_EXT, base, imp);
    return call_result(f, base, dst);
}

/* A call to a native :erlang function without a frame. */
static int call_bif(FnCtx *f, const char *mod, const char *name, Node **args, size_t n, int dst, uint32_t fail, Node *at) {
    int mark = f->freereg;
    uint32_t imp = emit_import(f->e, mod, name, (uint32_t)n);
    int base = cg_contiguous(f, args, n, 0);
    line_of(f, at);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_op(f->e, OP_BIF, r, imp, base, (uint32_t)n, fail);
    return r;
}

/* Kernel.to_string and interpolation: the :vial.to_string built-in converts
 * what String.Chars does for the built-in types; anything it does not goes
 * to String.Chars.to_string, whose failure shows Elixir's frames. */
static int cg_to_string(FnCtx *f, Node *arg, int dst, bool tail) {
    int mark = f->freereg;
    int base = cg_contiguous(f, &arg, 1, 0);
    int win = cg_tmp(f);   /* a call window above the argument: linkage, then its copy */
    cg_tmp(f);
    int copy = cg_tmp(f);
    uint32_t lslow = emit_new_label(f->e), ldone = emit_new_label(f->e);
    uint32_t chars = emit_import(f->e, "Elixir.String.Chars", "to_string", 1);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_op(f->e, OP_BIF, r, emit_import(f->e, "vial", "to_string", 1), base, 1, lslow);
    if (tail) {
        emit_op(f->e, OP_RET, r);
        emit_label(f->e, lslow);
        emit_op(f->e, OP_TAIL_EXT, chars, base);
        return -1;
    }
    emit_op(f->e, OP_JUMP, ldone);
    emit_label(f->e, lslow);
    emit_op(f->e, OP_MOVE, copy, base);
    emit_op(f->e, OP_CALL_EXT, win, chars);
    cg_move(f, r, win);
    emit_label(f->e, ldone);
    return r;
}

static int call_fun(FnCtx *f, Node *fun, Node **args, size_t n, int dst, bool tail, Node *at) {
    Node **all = cg_alloc(f, (n + 1) * sizeof *all);
    if (n) memcpy(all, args, n * sizeof *all);
    all[n] = fun;
    line_of(f, at);
    int base = cg_contiguous(f, all, n + 1, tail ? 0 : 2);
    line_of(f, at);
    if (tail) { emit_op(f->e, OP_TAIL_FUN, base, (uint32_t)n); return -1; }
    emit_op(f->e, OP_CALL_FUN, base, (uint32_t)n);
    return call_result(f, base, dst);
}

static int call_apply(FnCtx *f, Node *mod, Node *name, Node **args, size_t n, int dst, bool tail, Node *at) {
    Node **all = cg_alloc(f, (n + 2) * sizeof *all);
    if (n) memcpy(all, args, n * sizeof *all);
    all[n] = mod;
    all[n + 1] = name;
    line_of(f, at);
    int base = cg_contiguous(f, all, n + 2, tail ? 0 : 2);
    line_of(f, at);
    if (tail) { emit_op(f->e, OP_TAIL_APPLY, base, (uint32_t)n); return -1; }
    emit_op(f->e, OP_APPLY, base, (uint32_t)n);
    return call_result(f, base, dst);
}

/* ------------------------------------------------------------------ */
/* Kernel functions the compiler inlines                                */

typedef struct { const char *name; int arity; int op; const char *bif; } Inline;

static const Inline inlines[] = {
    {"+", 2, OP_ADD, 0}, {"-", 2, OP_SUB, 0}, {"*", 2, OP_MUL, 0}, {"/", 2, OP_FDIV, 0},
    {"div", 2, OP_IDIV, 0}, {"rem", 2, OP_REM, 0},
    {"==", 2, OP_EQ, 0}, {"!=", 2, OP_NE, 0}, {"===", 2, OP_EQX, 0}, {"!==", 2, OP_NEX, 0},
    {"<", 2, OP_LT, 0}, {"<=", 2, OP_LE, 0}, {">", 2, OP_GT, 0}, {">=", 2, OP_GE, 0},
    {"-", 1, OP_NEG, 0}, {"+", 1, OP_MOVE, 0}, {"not", 1, OP_NOT, 0},
    {"++", 2, -1, "++"}, {"--", 2, -1, "--"},
    {"length", 1, -1, "length"}, {"hd", 1, -1, "hd"}, {"tl", 1, -1, "tl"},
    {"tuple_size", 1, -1, "tuple_size"}, {"map_size", 1, -1, "map_size"},
    {"byte_size", 1, -1, "byte_size"}, {"bit_size", 1, -1, "bit_size"},
    {"abs", 1, -1, "abs"}, {"trunc", 1, -1, "trunc"}, {"round", 1, -1, "round"},
    {"floor", 1, -1, "floor"}, {"ceil", 1, -1, "ceil"},
    {"max", 2, -1, "max"}, {"min", 2, -1, "min"},
    {"is_atom", 1, -1, "is_atom"}, {"is_binary", 1, -1, "is_binary"},
    {"is_bitstring", 1, -1, "is_bitstring"}, {"is_boolean", 1, -1, "is_boolean"},
    {"is_float", 1, -1, "is_float"}, {"is_function", 1, -1, "is_function"},
    {"is_function", 2, -1, "is_function"}, {"is_integer", 1, -1, "is_integer"},
    {"is_list", 1, -1, "is_list"}, {"is_map", 1, -1, "is_map"}, {"is_number", 1, -1, "is_number"},
    {"is_pid", 1, -1, "is_pid"}, {"is_reference", 1, -1, "is_reference"},
    {"is_tuple", 1, -1, "is_tuple"}, {"is_port", 1, -1, "is_port"},
    {"is_map_key", 2, -3, "is_map_key"}, {"map_get", 2, -3, "map_get"},
    {"binary_part", 3, -1, "binary_part"}, {"throw", 1, -1, "throw"}, {"exit", 1, -1, "exit"},
    {"self", 0, -1, "self"}, {"node", 0, -1, "node"}, {"make_ref", 0, -1, "make_ref"},
    {"spawn", 1, -1, "spawn"}, {"spawn", 3, -1, "spawn"}, {"spawn_link", 1, -1, "spawn_link"},
    {"spawn_link", 3, -1, "spawn_link"}, {"spawn_monitor", 1, -1, "spawn_monitor"},
    {"spawn_monitor", 3, -1, "spawn_monitor"}, {"send", 2, -1, "send"},
    {"apply", 2, -1, "apply"}, {"apply", 3, -1, "apply"},
    {"tuple_to_list", 1, -1, "tuple_to_list"}, {"elem", 2, -2, "element"}, {"put_elem", 3, -2, "setelement"},
    {0, 0, 0, 0},
};

const Inline *find_inline(const char *name, size_t arity);
const Inline *find_inline(const char *name, size_t arity) {
    for (const Inline *i = inlines; i->name; i++)
        if (i->arity == (int)arity && strcmp(i->name, name) == 0) return i;
    return NULL;
}

/* The Erlang name of an inlined Kernel function: != is :erlang."/=" ... */
static const char *erlang_name(const Inline *in, const char *name) {
    static const char *ops[][2] = {{"!=", "/="}, {"<=", "=<"}, {"===", "=:="}, {"!==", "=/="}, {0, 0}};
    for (int i = 0; ops[i][0]; i++)
        if (strcmp(name, ops[i][0]) == 0) return ops[i][1];
    return in->bif ? in->bif : name;
}

const char *cg_bitwise_fun(const char *name) {
    static const char *const funs[][2] = {
        {"band", "band"}, {"bor", "bor"}, {"bxor", "bxor"}, {"bnot", "bnot"}, {"bsl", "bsl"}, {"bsr", "bsr"},
        {"&&&", "band"}, {"|||", "bor"}, {"^^^", "bxor"}, {"<<<", "bsl"}, {">>>", "bsr"}, {"~~~", "bnot"}};
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++)
        if (strcmp(name, funs[i][0]) == 0) return funs[i][1];
    return NULL;
}

const char *cg_inline_erlang_name(const char *name, size_t arity) {
    const Inline *in = find_inline(name, arity);
    return in ? erlang_name(in, name) : NULL;
}

/* Functions whose frame matters for stack traces or that call back into
 * code are called, not run as frameless natives. */
static bool bif_needs_frame(const char *bif) {
    return strcmp(bif, "apply") == 0 || strcmp(bif, "spawn") == 0 || strcmp(bif, "spawn_link") == 0;
}

/* ---- float arithmetic ----
 * Erlang's compiler turns arithmetic it knows to give a float into its
 * float instructions, whose errors name the function instead of
 * :erlang.+/2 (so Elixir's message leaves out the operation). It knows
 * that of /, of a float literal, of +, - and * with such an operand, of
 * :math's functions, and of variables bound to such. Elixir compiles a
 * script's own code without that, and module bodies are evaluated. */

/* Code of a def, not of a script's top level or a module's body. */
static bool is_in_function(const FnCtx *f) {
    return !f->mod->is_script && !(f->def_name && strcmp(f->def_name, BODY_FUN) == 0);
}

static bool is_math_call(const Node *n) {
    const Node *c = n->callee;
    return c && c->kind == AST_CALL && c->str && strcmp(c->str, ".") == 0 && c->nitems == 2 &&
           c->items[0]->kind == AST_ATOM && strcmp(c->items[0]->str, "math") == 0;
}

static bool float_typed(FnCtx *f, const Node *n) {
    switch (n->kind) {
    case AST_FLOAT: return true;
    case AST_VAR:
        for (size_t i = f->nvars; i-- > 0;)
            if (strcmp(f->vars[i].name, n->str) == 0) return f->vars[i].is_float;
        return false;
    case AST_CALL:
        if (is_math_call(n)) return true;
        if (!n->str || n->callee) return false;
        if (n->nitems == 2 && strcmp(n->str, "/") == 0) return true;
        if (n->nitems == 1 && (strcmp(n->str, "-") == 0 || strcmp(n->str, "+") == 0))
            return float_typed(f, n->items[0]);
        if (n->nitems == 2 && (strcmp(n->str, "+") == 0 || strcmp(n->str, "-") == 0 || strcmp(n->str, "*") == 0))
            return float_typed(f, n->items[0]) || float_typed(f, n->items[1]);
        return false;
    default:
        return false;
    }
}

/* The float instruction for op on a and b, or op itself. */
static int float_op(FnCtx *f, int op, const Node *a, const Node *b) {
    if (!is_in_function(f)) return op;
    if (op == OP_FDIV) return OP_DIVF;
    if (!float_typed(f, a) && !float_typed(f, b)) return op;
    return op == OP_ADD ? OP_ADDF : op == OP_SUB ? OP_SUBF : op == OP_MUL ? OP_MULF : op;
}

/* After `name = value`: what the compiler knows of value, it knows of name. */
static void note_float_binding(FnCtx *f, const char *name, bool is_float) {
    if (!is_in_function(f)) return;
    for (size_t i = f->nvars; i-- > 0;)
        if (strcmp(f->vars[i].name, name) == 0) { f->vars[i].is_float = is_float; return; }
}

static int binop(FnCtx *f, int op, Node *a, Node *b, int dst) {
    int mark = f->freereg;
    int ra = cg_expr(f, a, ANY);
    int rb = cg_expr(f, b, ANY);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_op(f->e, op, r, ra, rb);
    return r;
}

/* index + 1: Erlang counts a tuple's elements from 1 */
static Node *plus_one(Unit *u, Node *index) {
    Node *one = ast_new(u->arena, AST_INT, index->line, index->col);
    one->i = 1;
    Node *plus_args[2] = {index, one};
    return mk_call(u, index, "+", plus_args, 2);
}

static void elem_index(FnCtx *f, Node *tuple_arg, Node *index, Node **args_out) {
    /* elem(t, i) is :erlang.element(i + 1, t) */
    args_out[0] = plus_one(f->mod->unit, index);
    args_out[1] = tuple_arg;
}

/* op R(d), R(operand) [, imm]: one operand evaluated first. */
static int unary(FnCtx *f, int op, Node *operand, int dst, bool has_imm, int32_t imm) {
    int mark = f->freereg;
    int ra = cg_expr(f, operand, ANY);
    cg_release(f, mark);
    int r = target(f, dst);
    if (has_imm) emit_op(f->e, op, r, ra, (uint32_t)imm);
    else emit_op(f->e, op, r, ra);
    return r;
}

/* An integer literal (-k is one too) that fits an immediate, in *k. */
static bool imm_const(const Node *n, int32_t *k) {
    bool neg = n->kind == AST_CALL && n->str && strcmp(n->str, "-") == 0 && n->nitems == 1 && !n->callee;
    const Node *lit = neg ? n->items[0] : n;
    if (lit->kind != AST_INT || lit->i <= INT32_MIN || lit->i > INT32_MAX) return false;
    *k = (int32_t)(neg ? -lit->i : lit->i);
    return true;
}

/* Whether f is code `elixir -e` evaluates rather than compiles. */
static bool evaluated(const FnCtx *f) {
    return f->mod->is_script && f->mod->unit->opts && f->mod->unit->opts->eval;
}

/* n + k, k + n and n - k (k >= 0) with a small constant k: BEAM adds a
 * small literal in the function itself (ADDK). A call Erlang's compiler
 * knows must fail stays a call to :erlang.+ or :erlang.-, and so does all
 * evaluated code's, which ADDI can stand for when it is n + k (k >= 0) or
 * n - k (k > 0). -1 when none of these applies. */
static int add_immediate(FnCtx *f, int op, Node **a, int dst) {
    int32_t k;
    if (evaluated(f)) {
        if (op == OP_ADD && imm_const(a[1], &k) && k >= 0) return unary(f, OP_ADDI, a[0], dst, true, k);
        if (op == OP_SUB && imm_const(a[1], &k) && k > 0) return unary(f, OP_ADDI, a[0], dst, true, -k);
        return -1;
    }
    if (op == OP_ADD && imm_const(a[1], &k)) return unary(f, OP_ADDK, a[0], dst, true, k);
    if (op == OP_ADD && imm_const(a[0], &k)) return unary(f, OP_ADDK, a[1], dst, true, k);
    if (op == OP_SUB && imm_const(a[1], &k) && k >= 0) return unary(f, OP_ADDK, a[0], dst, true, -k);
    return -1;
}

static int inline_call(FnCtx *f, const Inline *in, Node *n, int dst, bool tail) {
    Node **a = n->items;
    emit_line(f->e, n->line);
    if (in->op == OP_NEG) {
        if (ast_is_constant(f, n)) return load_constant(f, n, target(f, dst));
        return unary(f, OP_NEG, a[0], dst, false, 0);
    }
    if (in->op == OP_MOVE) {   /* unary plus: Erlang's X + 0, which fails unless X is a number */
        if (ast_is_constant(f, n)) return load_constant(f, n, target(f, dst));
        Node *zero = ast_new(f->mod->unit->arena, AST_INT, n->line, n->col);
        Node *plus[2] = {a[0], zero};
        int r = n->fails ? -1 : add_immediate(f, OP_ADD, plus, dst);
        return r >= 0 ? r : binop(f, OP_ADD, a[0], zero, dst);
    }
    if (in->op == OP_NOT) return unary(f, OP_NOT, a[0], dst, false, 0);
    if (in->op >= 0) {
        int op = float_op(f, in->op, a[0], a[1]);
        int r = n->fails ? -1 : add_immediate(f, op, a, dst);
        return r >= 0 ? r : binop(f, op, a[0], a[1], dst);
    }
    Node *args[3];
    size_t nargs = n->nitems;
    if (in->op == -2) {
        elem_index(f, a[0], a[1], args);
        if (nargs == 3) args[2] = a[2];
    } else if (in->op == -3) {   /* Kernel's (map, key) is Erlang's (key, map) */
        args[0] = a[1];
        args[1] = a[0];
    } else {
        if (nargs) memcpy(args, a, nargs * sizeof *args);
    }
    if (bif_needs_frame(in->bif)) return cg_call_remote(f, "erlang", in->bif, args, nargs, dst, tail, n);
    return call_bif(f, "erlang", in->bif, args, nargs, dst, 0, n);
}

/* ------------------------------------------------------------------ */
/* data constructors                                                    */

static int build_list(FnCtx *f, Node *n, int dst) {
    if (ast_is_constant(f, n)) return load_constant(f, n, target(f, dst));
    int mark = f->freereg;
    size_t cnt = n->nitems;
    Node *last = n->items[cnt - 1];
    bool improper = is_call_n(last, "|", 2);
    /* elements in order, then the tail, contiguous */
    size_t total = improper ? cnt + 1 : cnt;
    Node **items = cg_alloc(f, total * sizeof *items);
    for (size_t i = 0; i < cnt - improper; i++) items[i] = n->items[i];
    if (improper) { items[cnt - 1] = last->items[0]; items[cnt] = last->items[1]; }
    int base = cg_contiguous(f, items, total, 0);
    size_t nelems = improper ? cnt : cnt;
    int acc;
    if (improper) acc = base + (int)cnt;
    else { acc = cg_tmp(f); emit_op(f->e, OP_LOADNIL, acc); }
    cg_release(f, mark);
    int r = target(f, dst);
    for (size_t i = nelems; i-- > 0;) {
        int into = i == 0 ? r : acc;
        emit_op(f->e, OP_CONS, into, base + (int)i, acc);
    }
    return r;
}

static int build_tuple(FnCtx *f, Node **items, size_t n, Node *whole, int dst) {
    if (whole && ast_is_constant(f, whole)) return load_constant(f, whole, target(f, dst));
    int mark = f->freereg;
    int base = cg_contiguous(f, items, n, 0);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_op(f->e, OP_TUPLE, r, base, (uint32_t)n);
    return r;
}

/* Flattens `[k: v]` / `{k, v}` pair lists into key, value, key, value. */
static Node **pairs_flat(FnCtx *f, Node **pairs, size_t n) {
    Node **kv = cg_alloc(f, (2 * n + 1) * sizeof *kv);
    for (size_t i = 0; i < n; i++) {
        Node *p = pairs[i];
        if (p->kind != AST_TUPLE || p->nitems != 2) cg_error(f->mod->unit, p, "expected key-value pairs in a map");
        kv[2 * i] = p->items[0];
        kv[2 * i + 1] = p->items[1];
    }
    return kv;
}

/* The map first, then the pairs, as BEAM evaluates M#{K => V}. op is
 * OP_MAP_UPD (every key must exist) or OP_MAP_PUT. */
static int map_with(FnCtx *f, int op, Node *map, Node **pairs, size_t npairs, Node *at, int dst) {
    int mark = f->freereg;
    int rm = cg_expr(f, map, ANY);
    Node **kv = pairs_flat(f, pairs, npairs);
    int base = cg_contiguous(f, kv, 2 * npairs, 0);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_line(f->e, at->line);
    emit_op(f->e, op, r, rm, base, (uint32_t)npairs);
    return r;
}

static int build_map(FnCtx *f, Node *n, int dst) {
    Node **items = n->items;
    size_t cnt = n->nitems;
    if (cnt == 1 && is_call_n(items[0], "|", 2)) {   /* %{m | k => v} */
        Node *upd = items[0];
        return map_with(f, OP_MAP_UPD, upd->items[0], upd->items[1]->items, upd->items[1]->nitems, upd, dst);
    }
    if (ast_is_constant(f, n)) return load_constant(f, n, target(f, dst));
    int mark = f->freereg;
    Node **kv = pairs_flat(f, items, cnt);
    int base = cg_contiguous(f, kv, 2 * cnt, 0);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_op(f->e, OP_MAP_NEW, r, base, (uint32_t)cnt);
    return r;
}

static void sb_write(void *b, const char *s, size_t len) { sb_put(b, s, len); }

void cg_inspect(StrBuf *b, const Node *n) { ast_print(n, sb_write, b); }

/* Ends the compilation the way an exception that Mod.__struct__/arity
 * raised while Elixir expanded a struct ends it: its message, the expanding
 * frame, then the definition (or the script) the struct is in. A literal
 * expands __struct__/1; a pattern and an update, __struct__/0. */
__attribute__((noreturn))
static void struct_expand_raise(FnCtx *f, Node *at, const char *mod, const char *exception, int arity, StrBuf *msg) {
    Unit *u = f->mod->unit;
    StrBuf b = {0};
    sb_printf(&b, "** (%s) ", exception);
    if (strcmp(exception, "CompileError") == 0) sb_printf(&b, "%s:%u: ", u->path, at->line);   /* it names the place */
    sb_printf(&b, "%.*s\n    expanding struct: ", (int)msg->len, msg->data);
    sb_free(msg);
    cg_inspect(&b, mk_atom(u, at, mod));
    sb_printf(&b, ".__struct__/%d\n    %s:%u: ", arity, u->path, at->line);
    if (f->mod->is_script) {
        sb_puts(&b, "(file)\n");
    } else {
        cg_inspect(&b, mk_atom(u, at, f->mod->name));
        sb_printf(&b, ".%s/%u\n", f->def_name, f->def_arity);
    }
    u->error = b.data;
    longjmp(u->fail, 1);
}

/* Kernel.<>/2 expands a chain a <> b <> c at compile time and rejects an
 * operand that is a literal other than a binary; the frames are those of
 * its expansion, which depend on where the operand is in the chain. */
static void check_concatenation(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    for (int depth = 1;; depth++) {
        for (int side = 0; side < 2; side++) {
            Node *x = n->items[side];
            if (side == 1 && is_call_n(x, "<>", 2)) break;
            bool bad = x->kind == AST_INT || x->kind == AST_FLOAT || x->kind == AST_BIGINT || x->kind == AST_ATOM ||
                       x->kind == AST_LIST;
            /* a list is shown as inspect shows it: only lists that are no charlist */
            for (size_t i = 0; x->kind == AST_LIST && i < x->nitems; i++)
                bad &= x->items[i]->kind == AST_ATOM || (x->items[i]->kind == AST_INT && (x->items[i]->i < 32 || x->items[i]->i > 126));
            if (!bad) continue;
            StrBuf b = {0};
            sb_puts(&b, "** (ArgumentError) expected binary argument in <> operator but got: ");
            cg_inspect(&b, x);
            sb_puts(&b, "\n    (elixir 1.14.0) lib/kernel.ex:1934: Kernel.wrap_concatenation/3\n");
            if (side == 1) sb_puts(&b, "    (elixir 1.14.0) lib/kernel.ex:1925: Kernel.extract_concatenations/2\n");
            if (side == 0 && depth > 1) sb_puts(&b, "    (elixir 1.14.0) lib/kernel.ex:1921: Kernel.extract_concatenations/2\n");
            sb_puts(&b, "    (elixir 1.14.0) lib/kernel.ex:1921: Kernel.extract_concatenations/2\n"
                        "    (elixir 1.14.0) expanding macro: Kernel.<>/2\n");
            sb_printf(&b, "    %s:%u: ", u->path, n->line);
            if (f->mod->is_script) {
                sb_puts(&b, "(file)\n");
            } else {
                cg_inspect(&b, mk_atom(u, n, f->mod->name));
                sb_printf(&b, ".%s/%u\n", f->def_name, f->def_arity);
            }
            u->error = b.data;
            longjmp(u->fail, 1);
        }
        if (!is_call_n(n->items[1], "<>", 2)) return;
        n = n->items[1];
    }
}

/* A script's own code is expanded before any of its defmodules runs, so it
 * cannot use the structs they define. */
void cg_check_struct_access(FnCtx *f, Node *at, const char *mod, int arity) {
    Unit *u = f->mod->unit;
    if (!f->mod->is_script) return;
    for (size_t i = 0; i < u->nmods; i++) {
        if (u->mods[i]->is_script || strcmp(u->mods[i]->name, mod) != 0) continue;
        StrBuf msg = {0};
        sb_puts(&msg, "cannot access struct ");
        cg_inspect(&msg, mk_atom(u, at, mod));
        sb_puts(&msg, ", the struct was not yet defined or the struct is being accessed in the same context that defines it");
        struct_expand_raise(f, at, mod, "CompileError", arity, &msg);
    }
}

static bool struct_has_field(ModCtx *m, const char *key) {
    if (strcmp(key, "__struct__") == 0 || (m->is_exception && strcmp(key, "__exception__") == 0)) return true;
    for (size_t i = 0; i < m->struct_fields->nitems; i++) {
        Node *fl = m->struct_fields->items[i];
        const char *name = fl->kind == AST_TUPLE && fl->nitems == 2 ? atom_of(fl->items[0]) : atom_of(fl);
        if (name && strcmp(name, key) == 0) return true;
    }
    return false;
}

/* %Mod{s | k: v} of a struct compiled with the code: its keys must be fields. */
static void check_update_keys(FnCtx *f, Node *n, const char *mod, Node *pairs) {
    Unit *u = f->mod->unit;
    ModCtx *m = NULL;
    for (size_t i = 0; i < u->nmods && !m; i++)
        if (strcmp(u->mods[i]->name, mod) == 0) m = u->mods[i];
    if (!m || !m->struct_fields || pairs->kind != AST_LIST) return;
    for (size_t i = 0; i < pairs->nitems; i++) {
        Node *p = pairs->items[i];
        if (p->kind != AST_TUPLE || p->nitems != 2 || !atom_of(p->items[0]) || struct_has_field(m, atom_of(p->items[0]))) continue;
        StrBuf msg = {0};
        sb_puts(&msg, "unknown key ");
        cg_inspect(&msg, p->items[0]);
        sb_puts(&msg, " for struct ");
        cg_inspect(&msg, mk_atom(u, n, mod));
        struct_expand_raise(f, n, mod, "CompileError", 0, &msg);
    }
}

static bool pairs_have_key(Node **pairs, size_t n, const char *key) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(atom_of(pairs[i]->items[0]), key) == 0) return true;
    return false;
}

/* Elixir expands %Mod{k: v} by calling Mod.__struct__/1 at compile time, so
 * an unknown key or a missing @enforce_keys key fails the compilation. vial
 * knows the fields of the modules compiled with the code; a struct of any
 * other module is checked by its __struct__/1 when the code runs. */
static void check_struct_keys(FnCtx *f, Node *n, const char *mod, Node **pairs, size_t npairs) {
    Unit *u = f->mod->unit;
    ModCtx *m = NULL;
    for (size_t i = 0; i < u->nmods && !m; i++)
        if (strcmp(u->mods[i]->name, mod) == 0) m = u->mods[i];
    if (!m || !m->struct_fields) return;
    for (size_t i = 0; i < npairs; i++)
        if (pairs[i]->kind != AST_TUPLE || pairs[i]->nitems != 2 || !atom_of(pairs[i]->items[0])) return;
    StrBuf msg = {0};
    for (size_t i = 0; i < npairs; i++)
        if (!struct_has_field(m, atom_of(pairs[i]->items[0]))) {
            sb_puts(&msg, "key ");
            cg_inspect(&msg, pairs[i]->items[0]);
            sb_puts(&msg, " not found");
            struct_expand_raise(f, n, mod, "KeyError", 1, &msg);
        }
    Node *enforce = m->enforce_keys;
    if (!enforce) return;
    Node **keys = enforce->kind == AST_LIST ? enforce->items : &enforce;
    size_t nkeys = enforce->kind == AST_LIST ? enforce->nitems : 1;
    Node **missing = cg_alloc(f, (nkeys ? nkeys : 1) * sizeof *missing);
    size_t nmissing = 0;
    for (size_t i = 0; i < nkeys; i++) {
        if (!atom_of(keys[i])) return;
        if (!pairs_have_key(pairs, npairs, keys[i]->str)) missing[nmissing++] = keys[i];
    }
    if (!nmissing) return;
    sb_puts(&msg, "the following keys must also be given when building struct ");
    cg_inspect(&msg, mk_atom(u, n, mod));
    sb_puts(&msg, ": ");
    cg_inspect(&msg, mk_list(u, n, missing, nmissing));
    struct_expand_raise(f, n, mod, "ArgumentError", 1, &msg);
}

/* %Mod{k: v} and %Mod{s | k: v} */
static int build_struct(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    Node *name = n->items[0], *body = n->items[1];
    const char *mod = name->kind == AST_ATOM ? name->str
                    : is_call(name, "__aliases__") ? cg_resolve_alias(f, name)
                    : is_call(name, "__MODULE__") || (name->kind == AST_VAR && strcmp(name->str, "__MODULE__") == 0) ? f->mod->name
                    : NULL;
    if (!mod) cg_error(u, n, "expected struct name to be a compile time atom or alias");
    if (body->nitems == 1 && is_call_n(body->items[0], "|", 2)) {
        /* %M{s | k: v}: check that s is a %M{}, then update */
        Node *s = body->items[0]->items[0];
        Node *pairs = body->items[0]->items[1];
        cg_check_struct_access(f, n, mod, 0);
        check_update_keys(f, n, mod, pairs);
        Node *check_args[2] = {mk_atom(u, n, mod), s};
        Node *checked = mk_remote(u, n, "Elixir.Kernel.Utils", "check_struct", check_args, 2);
        Node *bar_args[2] = {checked, pairs};
        Node *bar = mk_call(u, n, "|", bar_args, 2);
        Node *upd = mk_call(u, n, "%{}", &bar, 1);
        return cg_expr(f, upd, dst);
    }
    cg_check_struct_access(f, n, mod, 1);
    check_struct_keys(f, n, mod, body->items, body->nitems);
    Node *kw = mk_list(u, n, body->items, body->nitems);
    return cg_call_remote(f, mod, "__struct__", &kw, 1, dst, false, n);
}

/* ------------------------------------------------------------------ */
/* binaries                                                             */

typedef struct { Node *value; Node *size; const char *type; int unit; bool sig, little, native; } Segment;

static void parse_spec(FnCtx *f, Node *spec, Segment *s) {
    Unit *u = f->mod->unit;
    if (is_call_n(spec, "-", 2)) {
        parse_spec(f, spec->items[0], s);
        parse_spec(f, spec->items[1], s);
        return;
    }
    if (spec->kind == AST_INT) { s->size = spec; return; }
    const char *name = spec->kind == AST_VAR ? spec->str : spec->kind == AST_CALL ? spec->str : NULL;
    if (!name) cg_error(u, spec, "unknown bitstring specifier");
    size_t nargs = spec->kind == AST_CALL ? spec->nitems : 0;
    if (strcmp(name, "size") == 0 && nargs == 1) { s->size = spec->items[0]; return; }
    if (strcmp(name, "unit") == 0 && nargs == 1 && spec->items[0]->kind == AST_INT) { s->unit = (int)spec->items[0]->i; return; }
    static const char *types[] = {"integer", "float", "binary", "bits", "bitstring", "bytes", "utf8", "utf16", "utf32", 0};
    for (int i = 0; types[i]; i++)
        if (strcmp(name, types[i]) == 0) {
            s->type = strcmp(name, "bytes") == 0 ? "binary" : strcmp(name, "bitstring") == 0 ? "bits" : types[i];
            return;
        }
    if (strcmp(name, "signed") == 0) { s->sig = true; return; }
    if (strcmp(name, "unsigned") == 0) { s->sig = false; return; }
    if (strcmp(name, "little") == 0) { s->little = true; return; }
    if (strcmp(name, "big") == 0) { s->little = false; return; }
    if (strcmp(name, "native") == 0) { s->native = true; return; }
    if (spec->kind == AST_VAR && !spec->items) { s->size = spec; return; }   /* <<x::len>> is not allowed; size var */
    cg_error(u, spec, "unknown bitstring specifier: %s", name);
}

static Segment segment_of(FnCtx *f, Node *item) {
    Segment s = {0};
    s.unit = -1;
    if (is_call_n(item, "::", 2)) {
        s.value = item->items[0];
        parse_spec(f, item->items[1], &s);
    } else {
        s.value = item;
    }
    if (!s.type) s.type = s.value->kind == AST_STRING ? "binary" : s.value->kind == AST_FLOAT ? "float" : "integer";
    /* <<"é"::utf8>> encodes the string's code points: its bytes as they are */
    if (s.value->kind == AST_STRING && strcmp(s.type, "utf8") == 0) s.type = "binary";
    if (s.unit < 0) s.unit = strcmp(s.type, "binary") == 0 ? 8 : 1;
    return s;
}

/* {Type, Unit, Flags}: how the VM reads or writes a segment. */
static void encode_spec(StrBuf *b, const Segment *s) {
    etfw_tuple(b, 3);
    etfw_atom(b, s->type, strlen(s->type));
    etfw_int(b, s->unit);
    int nflags = s->sig + s->little + s->native;
    if (nflags) {
        etfw_list(b, (size_t)nflags);
        if (s->sig) etfw_atom(b, "signed", 6);
        if (s->little) etfw_atom(b, "little", 6);
        if (s->native) etfw_atom(b, "native", 6);
    }
    etfw_nil(b);
}

/* The literal of one spec (matching) or of a tuple of them (building). */
static uint32_t spec_literal(FnCtx *f, const Segment *segs, size_t n, bool tuple) {
    StrBuf b = {0};
    etfw_begin(&b);
    if (tuple) etfw_tuple(&b, n);
    for (size_t i = 0; i < n; i++) encode_spec(&b, &segs[i]);
    uint32_t k = emit_literal(f->e, (const uint8_t *)b.data, b.len);
    sb_free(&b);
    return k;
}

/* The size in bits of a segment whose size is known at compile time, else -1. */
int cg_segment_bits(FnCtx *f, Node *item) {
    Segment s = segment_of(f, item);
    if (strcmp(s.type, "utf8") == 0 || strcmp(s.type, "utf16") == 0 || strcmp(s.type, "utf32") == 0) return -1;
    if (!s.size) return strcmp(s.type, "integer") == 0 ? 8 : strcmp(s.type, "float") == 0 ? 64 : -1;
    if (s.size->kind != AST_INT) return -1;
    return (int)s.size->i * s.unit;
}

uint32_t cg_segment_spec(FnCtx *f, Node *item, Node **value, Node **size, bool *is_tail_binary) {
    Segment s = segment_of(f, item);
    *value = s.value;
    *size = s.size;
    *is_tail_binary = !s.size && (strcmp(s.type, "binary") == 0 || strcmp(s.type, "bits") == 0);
    return spec_literal(f, &s, 1, false);
}

/* <<"é"::utf16>> stands for one utf16 segment per code point of the string
 * (utf8 needs no splitting: the string's bytes are its encoding). */
Node **cg_split_utf_strings(FnCtx *f, Node **segs, size_t *n) {
    Unit *u = f->mod->unit;
    size_t total = 0;
    bool any = false;
    for (size_t i = 0; i < *n; i++) {
        Segment s = segment_of(f, segs[i]);
        bool split = s.value->kind == AST_STRING && (strcmp(s.type, "utf16") == 0 || strcmp(s.type, "utf32") == 0);
        total += split ? s.value->len : 1;
        any |= split;
    }
    if (!any) return segs;
    Node **out = cg_alloc(f, total * sizeof *out);
    size_t k = 0;
    for (size_t i = 0; i < *n; i++) {
        Segment s = segment_of(f, segs[i]);
        if (s.value->kind != AST_STRING || (strcmp(s.type, "utf16") != 0 && strcmp(s.type, "utf32") != 0)) {
            out[k++] = segs[i];
            continue;
        }
        const unsigned char *p = (const unsigned char *)s.value->str, *end = p + s.value->len;
        while (p < end) {
            int extra = *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : *p >= 0xC0 ? 1 : 0;
            int64_t cp = extra ? *p & (0x3F >> extra) : *p;
            for (p++; extra-- > 0 && p < end; p++) cp = (cp << 6) | (*p & 0x3F);
            Node *v = ast_new(u->arena, AST_INT, s.value->line, s.value->col);
            v->i = cp;
            Node *args[2] = {v, segs[i]->items[1]};
            out[k++] = mk_call(u, segs[i], "::", args, 2);
        }
    }
    *n = k;
    return out;
}

/* The size operand that asks for a segment type's default size. */
static Node *default_size(FnCtx *f, Node *at) { return mk_list(f->mod->unit, at, NULL, 0); }

static int build_binary(FnCtx *f, Node *n, int dst) {
    size_t cnt = n->nitems;
    Node **items = cg_split_utf_strings(f, n->items, &cnt);
    Segment *segs = cg_alloc(f, (cnt ? cnt : 1) * sizeof *segs);
    Node **vals = cg_alloc(f, (2 * cnt + 1) * sizeof *vals);
    for (size_t i = 0; i < cnt; i++) {
        segs[i] = segment_of(f, items[i]);
        vals[2 * i] = segs[i].value;
        vals[2 * i + 1] = segs[i].size ? segs[i].size : default_size(f, n);
    }
    int mark = f->freereg;
    int base = cg_contiguous(f, vals, 2 * cnt, 0);
    uint32_t k = spec_literal(f, segs, cnt, true);
    cg_release(f, mark);
    int r = target(f, dst);
    emit_line(f->e, n->line);
    emit_op(f->e, OP_BS_BUILD, r, base, (uint32_t)cnt, k);
    return r;
}

/* ------------------------------------------------------------------ */
/* control flow                                                         */

static int cg_block(FnCtx *f, Node *n, int dst, bool tail) {
    if (n->nitems == 0) {
        if (tail) { int r = cg_tmp(f); emit_op(f->e, OP_LOADA, r, cg_atom(f, "nil")); emit_op(f->e, OP_RET, r); return -1; }
        int r = target(f, dst);
        emit_op(f->e, OP_LOADA, r, cg_atom(f, "nil"));
        return r;
    }
    /* `x = expr; x` at the end of a function returns expr from a tail call,
     * as Erlang's compiler makes it (which frames show) */
    size_t last = n->nitems - 1;
    Node *bind = last > 0 ? n->items[last - 1] : NULL, *ret = n->items[last];
    bool tail_bind = tail && ret->kind == AST_VAR && is_call_n(bind, "=", 2) &&
                     bind->items[0]->kind == AST_VAR && strcmp(bind->items[0]->str, ret->str) == 0;
    for (size_t i = 0; i + 1 + tail_bind < n->nitems; i++) {
        int mark = f->freereg;
        cg_expr(f, n->items[i], ANY);
        cg_release(f, mark);
    }
    if (tail_bind) { cg_tail(f, bind->items[1]); return -1; }
    if (tail) { cg_tail(f, ret); return -1; }
    return cg_expr(f, ret, dst);
}

/* Result register for a branching construct: chosen before the branches. */
static int branch_target(FnCtx *f, int dst, bool tail) { return tail ? -1 : target(f, dst); }

/* Compiles a branch body into r, or returns from the function in tail mode. */
static void branch_body(FnCtx *f, Node *body, int r, bool tail) {
    if (tail) cg_tail(f, body);
    else cg_expr(f, body, r);
}

static Node *do_of(FnCtx *f, Node *kw, const char *key) {
    (void)f;
    return kw ? kw_get(kw, key) : NULL;
}

static int cg_if(FnCtx *f, Node *n, int dst, bool tail, bool negate) {
    Unit *u = f->mod->unit;
    if (n->nitems != 2 || !is_keyword_list(n->items[1])) cg_error(u, n, "invalid arguments for %s", negate ? "unless" : "if");
    Node *then = do_of(f, n->items[1], "do"), *els = do_of(f, n->items[1], "else");
    if (!then) cg_error(u, n, "missing :do option in \"%s\"", negate ? "unless" : "if");
    if (negate) { Node *t = then; then = els; els = t; }
    int r = branch_target(f, dst, tail);
    uint32_t lelse = emit_new_label(f->e), ldone = emit_new_label(f->e);
    Scope s = cg_scope_save(f);
    int c = cg_expr(f, n->items[0], ANY);
    emit_op(f->e, OP_JFALSY, c, lelse);
    cg_scope_restore(f, s);
    Scope s2 = cg_scope_save(f);
    if (then) branch_body(f, then, r, tail);
    else if (tail) { int t = cg_tmp(f); emit_op(f->e, OP_LOADA, t, cg_atom(f, "nil")); emit_op(f->e, OP_RET, t); }
    else emit_op(f->e, OP_LOADA, r, cg_atom(f, "nil"));
    cg_scope_restore(f, s2);
    if (!tail) emit_op(f->e, OP_JUMP, ldone);
    emit_label(f->e, lelse);
    if (els) branch_body(f, els, r, tail);
    else if (tail) { int t = cg_tmp(f); emit_op(f->e, OP_LOADA, t, cg_atom(f, "nil")); emit_op(f->e, OP_RET, t); }
    else emit_op(f->e, OP_LOADA, r, cg_atom(f, "nil"));
    cg_scope_restore(f, s2);
    emit_label(f->e, ldone);
    return r;
}

/* Clauses `pattern [when guard] -> body` matched against the subject
 * register: a matching clause runs `on_match` (an instruction without
 * operands, or -1) and its body, then jumps to ldone; with no match, control
 * falls through past the last clause. */
static void match_clauses(FnCtx *f, Node **clauses, size_t n, int subject, int r, bool tail,
                          uint32_t ldone, int on_match) {
    Unit *u = f->mod->unit;
    for (size_t i = 0; i < n; i++) {
        Node *cl = clauses[i];
        if (!is_call_n(cl, "->", 2) || cl->items[0]->kind != AST_LIST || cl->items[0]->nitems != 1)
            cg_error(u, cl, "expected -> clauses with one pattern each");
        Node *guard = NULL;
        Node *pat = cg_split_guard(cl->items[0]->items[0], &guard);
        uint32_t lnext = emit_new_label(f->e);
        Scope s = cg_scope_save(f);
        cg_pattern_begin(f);
        cg_match(f, pat, subject, lnext);
        if (guard) cg_guard(f, guard, lnext);
        if (on_match >= 0) emit_op(f->e, (uint32_t)on_match);
        branch_body(f, cl->items[1], r, tail);
        if (!tail) emit_op(f->e, OP_JUMP, ldone);
        cg_scope_restore(f, s);
        emit_label(f->e, lnext);
    }
}

/* The clauses of case and friends; err_op raises when none matches (or -1:
 * fall through with the subject as the value, for `with`), at the line of
 * the construct, as Elixir's errors say, not of the last clause. */
void cg_body_clauses(FnCtx *f, Node **clauses, size_t n, int subject, int r, bool tail, int err_op, uint32_t line) {
    uint32_t ldone = emit_new_label(f->e);
    match_clauses(f, clauses, n, subject, r, tail, ldone, -1);
    if (err_op >= 0) {
        emit_line(f->e, line);
        emit_op(f->e, err_op, subject);
    }
    else if (tail) emit_op(f->e, OP_RET, subject);
    else cg_move(f, r, subject);
    emit_label(f->e, ldone);
}

/* The clauses under key in call's keywords; anything else there is the
 * error Elixir's expansion of call raises (from inside lists:mapfoldl). */
static Node **clauses_of(FnCtx *f, Node *call, Node *kw, const char *key, size_t *n) {
    Node *c = kw_get(kw, key);
    if (!c) { *n = 0; return NULL; }
    if (c->kind != AST_LIST) {
        Unit *u = f->mod->unit;
        StrBuf b = {0};
        sb_printf(&b, "** (CompileError) %s:%u: expected -> clauses for :%s in \"%s\"\n"
                      "    (stdlib 4.2) lists.erl:1462: :lists.mapfoldl_1/3\n", u->path, call->line, key, call->str);
        if (!f->mod->is_script) sb_printf(&b, "    %s:%u: (module)\n", u->path, f->def_line);
        u->error = b.data;
        longjmp(u->fail, 1);
    }
    *n = c->nitems;
    return c->items;
}

static int cg_case(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    if (n->nitems != 2 || !is_keyword_list(n->items[1])) cg_error(u, n, "invalid arguments for case");
    int r = branch_target(f, dst, tail);
    int mark = f->freereg;
    int s = cg_expr(f, n->items[0], ANY);
    size_t nc;
    Node **cls = clauses_of(f, n, n->items[1], "do", &nc);
    emit_line(f->e, n->line);
    cg_body_clauses(f, cls, nc, s, r, tail, OP_CASE_CLAUSE, n->line);
    if (!tail) cg_release(f, mark);
    return r;
}

/* receive: a loop over the mailbox from its save position. A message
 * that no clause matches is skipped (RECV_NEXT), so a later receive finds
 * it still there; with none left the process waits, and `after` bounds the
 * wait (its timeout is evaluated once, before the loop, as in Erlang). */
static int cg_receive(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    if (n->nitems != 1 || !is_keyword_list(n->items[0])) cg_error(u, n, "invalid arguments for receive");
    Node *kw = n->items[0], *body = kw_get(kw, "do");
    size_t nc = 0, na;
    Node **cls = body && body->kind == AST_LIST ? clauses_of(f, n, kw, "do", &nc) : NULL;
    Node **after = clauses_of(f, n, kw, "after", &na);
    if (body && !cls && !is_call_n(body, "__block__", 0)) cg_error(u, n, "expected -> clauses for :do in \"receive\"");
    if (after && (na != 1 || !is_call_n(after[0], "->", 2) || after[0]->items[0]->kind != AST_LIST
                  || after[0]->items[0]->nitems != 1))
        cg_error(u, n, "expected a single -> clause for :after in \"receive\"");
    int r = branch_target(f, dst, tail);
    int mark = f->freereg;
    int timeout = after ? cg_expr(f, after[0]->items[0]->items[0], ANY) : -1;
    int msg = cg_tmp(f);
    uint32_t lloop = emit_new_label(f->e), lwait = emit_new_label(f->e);
    uint32_t lafter = emit_new_label(f->e), ldone = emit_new_label(f->e);
    emit_line(f->e, n->line);
    emit_label(f->e, lloop);
    emit_op(f->e, OP_RECV_PEEK, lwait, msg);
    match_clauses(f, cls, nc, msg, r, tail, ldone, OP_RECV_TAKE);
    emit_op(f->e, OP_RECV_NEXT, lloop);
    emit_label(f->e, lwait);
    if (after) {
        emit_op(f->e, OP_RECV_AFTER, lloop, timeout, lafter);
        emit_label(f->e, lafter);
        branch_body(f, after[0]->items[1], r, tail);
    } else {
        emit_op(f->e, OP_RECV_WAIT, lloop);
    }
    emit_label(f->e, ldone);
    if (!tail) cg_release(f, mark);
    return r;
}

static int raise_struct(FnCtx *f, const char *exc, Node *at) {
    Unit *u = f->mod->unit;
    Node *empty = mk_list(u, at, NULL, 0);
    int mark = f->freereg;
    int e = cg_call_remote(f, exc, "exception", &empty, 1, NEXT, false, at);
    uint32_t imp = emit_import(f->e, "erlang", "error", 1);
    emit_op(f->e, OP_BIF, e, imp, e, 1u, 0u);
    cg_release(f, mark);
    return e;
}

static int cg_cond(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    if (n->nitems != 1 || !is_keyword_list(n->items[0])) cg_error(u, n, "invalid arguments for cond");
    size_t nc;
    Node **cls = clauses_of(f, n, n->items[0], "do", &nc);
    int r = branch_target(f, dst, tail);
    uint32_t ldone = emit_new_label(f->e);
    for (size_t i = 0; i < nc; i++) {
        Node *cl = cls[i];
        if (!is_call_n(cl, "->", 2) || cl->items[0]->nitems != 1) cg_error(u, cl, "expected -> clauses for cond");
        Node *c = cl->items[0]->items[0];
        uint32_t lnext = emit_new_label(f->e);
        Scope s = cg_scope_save(f);
        bool always = (c->kind == AST_ATOM && strcmp(c->str, "true") == 0) ||
                      c->kind == AST_INT || c->kind == AST_STRING || c->kind == AST_FLOAT;
        if (!always) {
            int v = cg_expr(f, c, ANY);
            emit_op(f->e, OP_JFALSY, v, lnext);
        }
        branch_body(f, cl->items[1], r, tail);
        if (!tail) emit_op(f->e, OP_JUMP, ldone);
        cg_scope_restore(f, s);
        emit_label(f->e, lnext);
    }
    /* Elixir raises from a catch-all clause it adds with the last clause's line */
    Node *last = nc && cls[nc - 1]->nitems == 2 && cls[nc - 1]->items[0]->nitems ? cls[nc - 1]->items[0]->items[0] : n;
    raise_struct(f, "Elixir.CondClauseError", last);
    emit_label(f->e, ldone);
    return r;
}

/* a && b, a || b: the value of a decides whether b runs. */
static int cg_shortcircuit(FnCtx *f, Node *n, int dst, bool is_and) {
    int r = target(f, dst);
    uint32_t ldone = emit_new_label(f->e);
    Scope s = cg_scope_save(f);
    cg_expr(f, n->items[0], r);
    emit_op(f->e, is_and ? OP_JFALSY : OP_JTRUTHY, r, ldone);
    cg_expr(f, n->items[1], r);
    cg_scope_restore(f, s);
    emit_label(f->e, ldone);
    return r;
}

/* Raises the error {tag, atom, R(reg)} ({badbool, and, V}, {badkey, K, M}). */
static void raise_error3(FnCtx *f, const char *tag, const char *atom, int reg) {
    int mark = f->freereg;
    int base = cg_tmp(f);
    cg_tmp(f);
    cg_tmp(f);
    emit_op(f->e, OP_LOADA, base, cg_atom(f, tag));
    emit_op(f->e, OP_LOADA, base + 1, cg_atom(f, atom));
    cg_move(f, base + 2, reg);
    emit_op(f->e, OP_TUPLE, base, base, 3u);
    emit_op(f->e, OP_BIF, base, emit_import(f->e, "erlang", "error", 1), base, 1u, 0u);
    cg_release(f, mark);
}

/* a and b, a or b: a must be a boolean (BadBooleanError otherwise). */
static int cg_strict_bool(FnCtx *f, Node *n, int dst, bool is_and) {
    int r = target(f, dst);
    uint32_t lnot_short = emit_new_label(f->e), lbad = emit_new_label(f->e), ldone = emit_new_label(f->e);
    Scope s = cg_scope_save(f);
    cg_expr(f, n->items[0], r);
    const char *shortv = is_and ? "false" : "true", *other = is_and ? "true" : "false";
    emit_op(f->e, OP_T_EQA, lnot_short, r, cg_atom(f, shortv));
    emit_op(f->e, OP_JUMP, ldone);
    emit_label(f->e, lnot_short);
    emit_op(f->e, OP_T_EQA, lbad, r, cg_atom(f, other));
    cg_expr(f, n->items[1], r);
    emit_op(f->e, OP_JUMP, ldone);
    emit_label(f->e, lbad);
    raise_error3(f, "badbool", is_and ? "and" : "or", r);
    cg_scope_restore(f, s);
    emit_label(f->e, ldone);
    return r;
}

static int cg_bang(FnCtx *f, Node *n, int dst) {
    int r = target(f, dst);
    int mark = f->freereg;
    int v = cg_expr(f, n->items[0], ANY);
    cg_release(f, mark);
    uint32_t ltrue = emit_new_label(f->e), ldone = emit_new_label(f->e);
    emit_op(f->e, OP_JFALSY, v, ltrue);
    emit_op(f->e, OP_LOADA, r, cg_atom(f, "false"));
    emit_op(f->e, OP_JUMP, ldone);
    emit_label(f->e, ltrue);
    emit_op(f->e, OP_LOADA, r, cg_atom(f, "true"));
    emit_label(f->e, ldone);
    return r;
}

static int cg_with(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    size_t nc = n->nitems;
    if (nc == 0 || !is_keyword_list(n->items[nc - 1])) cg_error(u, n, "missing :do option in \"with\"");
    Node *kw = n->items[nc - 1];
    Node *body = kw_get(kw, "do");
    size_t nelse;
    Node **elses = clauses_of(f, n, kw, "else", &nelse);
    int r = branch_target(f, dst, tail);
    Scope s = cg_scope_save(f);
    int w = cg_tmp(f);    /* the value that failed to match */
    uint32_t lfail = emit_new_label(f->e), ldone = emit_new_label(f->e);
    /* each clause fails to a stub that moves its value into w */
    uint32_t *stub = cg_alloc(f, nc * sizeof *stub);
    int *val = cg_alloc(f, nc * sizeof *val);
    size_t nstubs = 0;
    for (size_t i = 0; i + 1 < nc; i++) {
        Node *c = n->items[i];
        if (is_call_n(c, "<-", 2)) {
            int v = cg_expr(f, c->items[1], ANY);
            Node *guard = NULL;
            Node *pat = cg_split_guard(c->items[0], &guard);
            stub[nstubs] = emit_new_label(f->e);
            val[nstubs] = v;
            cg_pattern_begin(f);
            cg_match(f, pat, v, stub[nstubs]);
            if (guard) cg_guard(f, guard, stub[nstubs]);
            nstubs++;
        } else {
            int mark = f->freereg;
            cg_expr(f, c, ANY);
            cg_release(f, mark);
        }
    }
    if (body) branch_body(f, body, r, tail);
    else if (tail) { emit_op(f->e, OP_LOADA, w, cg_atom(f, "nil")); emit_op(f->e, OP_RET, w); }
    else emit_op(f->e, OP_LOADA, r, cg_atom(f, "nil"));
    if (!tail) emit_op(f->e, OP_JUMP, ldone);
    for (size_t i = 0; i < nstubs; i++) {
        emit_label(f->e, stub[i]);
        cg_move(f, w, val[i]);
        emit_op(f->e, OP_JUMP, lfail);
    }
    cg_scope_restore(f, s);
    cg_tmp(f);   /* keep w reserved */
    emit_label(f->e, lfail);
    emit_line(f->e, n->line);
    if (nelse) cg_body_clauses(f, elses, nelse, w, r, tail, OP_WITH_CLAUSE, n->line);
    else if (tail) emit_op(f->e, OP_RET, w);
    else cg_move(f, r, w);
    cg_scope_restore(f, s);
    emit_label(f->e, ldone);
    return r;
}

/* ------------------------------------------------------------------ */
/* try                                                                  */

/* The value a rescue clause binds: Exception.normalize(:error, reason, st). */
static int normalized(FnCtx *f, int cls) {
    int base = f->freereg;
    cg_tmp(f); cg_tmp(f);
    int a0 = cg_tmp(f); cg_tmp(f); cg_tmp(f);
    cg_move(f, a0, cls);
    cg_move(f, a0 + 1, cls + 1);
    cg_move(f, a0 + 2, cls + 2);
    emit_op(f->e, OP_CALL_EXT, base, emit_import(f->e, "Elixir.Exception", "normalize", 3));
    cg_release(f, base + 1);
    return base;
}

/* One rescue clause: `e in [A, B] ->`, `A ->`, `e ->`. */
static void rescue_clause(FnCtx *f, Node *cl, int cls, int r, bool tail, uint32_t ldone) {
    Unit *u = f->mod->unit;
    if (!is_call_n(cl, "->", 2) || cl->items[0]->nitems != 1) cg_error(u, cl, "invalid rescue clause");
    Node *head = cl->items[0]->items[0];
    uint32_t lnext = emit_new_label(f->e);
    Scope s = cg_scope_save(f);
    emit_op(f->e, OP_T_EQA, lnext, cls, cg_atom(f, "error"));
    Node *var = NULL, *mods = NULL;
    if (is_call_n(head, "in", 2)) { var = head->items[0]; mods = head->items[1]; }
    else if (head->kind == AST_VAR) var = head;
    else mods = head;
    int e = normalized(f, cls);
    cg_bind(f, "rescue&e", e);
    if (mods) {
        Node **list = mods->kind == AST_LIST ? mods->items : &mods;
        size_t nm = mods->kind == AST_LIST ? mods->nitems : 1;
        uint32_t lok = emit_new_label(f->e);
        int st = cg_tmp(f);
        emit_op(f->e, OP_GET_MAPK, lnext, e, cg_literal_of(f, mk_atom(u, head, "__struct__")), st);
        for (size_t i = 0; i < nm; i++) {
            uint32_t lno = emit_new_label(f->e);
            const char *m = is_call(list[i], "__aliases__") ? cg_resolve_alias(f, list[i]) : atom_of(list[i]);
            if (!m) cg_error(u, list[i], "invalid rescue clause. The clause should match on an alias, a variable or be in the \"var in [alias]\" format");
            emit_op(f->e, OP_T_EQA, lno, st, cg_atom(f, m));
            emit_op(f->e, OP_JUMP, lok);
            emit_label(f->e, lno);
        }
        emit_op(f->e, OP_JUMP, lnext);
        emit_label(f->e, lok);
    }
    if (var && var->kind == AST_VAR && var->str[0] != '_') cg_bind(f, var->str, e);
    branch_body(f, cl->items[1], r, tail);
    if (!tail) emit_op(f->e, OP_JUMP, ldone);
    cg_scope_restore(f, s);
    emit_label(f->e, lnext);
}

/* One catch clause: `kind, value ->` or `value ->` (kind :throw). */
static void catch_clause(FnCtx *f, Node *cl, int cls, int r, bool tail, uint32_t ldone) {
    Unit *u = f->mod->unit;
    Node *params = is_call_n(cl, "->", 2) ? cl->items[0] : NULL;
    if (!params || params->kind != AST_LIST || params->nitems < 1 || params->nitems > 2)
        cg_error(u, cl, "invalid catch clause");
    Node *guard = NULL;
    Node *first = cg_split_guard(params->items[0], &guard);
    Node *kind = NULL, *value;
    if (params->nitems == 2) {
        kind = first;
        value = cg_split_guard(params->items[1], &guard);
    } else if (params->nitems == 1 && is_call(params->items[0], "when") && params->items[0]->nitems == 3) {
        kind = params->items[0]->items[0];
        value = params->items[0]->items[1];
        guard = params->items[0]->items[2];
    } else {
        value = first;
    }
    uint32_t lnext = emit_new_label(f->e);
    Scope s = cg_scope_save(f);
    cg_pattern_begin(f);
    if (kind) cg_match(f, kind, cls, lnext);
    else emit_op(f->e, OP_T_EQA, lnext, cls, cg_atom(f, "throw"));
    cg_match(f, value, cls + 1, lnext);
    if (guard) cg_guard(f, guard, lnext);
    branch_body(f, cl->items[1], r, tail);
    if (!tail) emit_op(f->e, OP_JUMP, ldone);
    cg_scope_restore(f, s);
    emit_label(f->e, lnext);
}

static int cg_try(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    if (n->nitems != 1 || !is_keyword_list(n->items[0])) cg_error(u, n, "invalid arguments for try");
    Node *kw = n->items[0];
    Node *body = kw_get(kw, "do");
    Node *after = kw_get(kw, "after");
    size_t nresc, ncatch, nelse;
    Node **resc = clauses_of(f, n, kw, "rescue", &nresc);
    Node **cat = clauses_of(f, n, kw, "catch", &ncatch);
    Node **els = clauses_of(f, n, kw, "else", &nelse);
    int r = target(f, dst);
    Scope s0 = cg_scope_save(f);
    uint32_t ldone = emit_new_label(f->e);
    int after_marker = -1, after_cls = -1;
    uint32_t lafter = 0;
    if (after) {
        after_marker = cg_tmp(f);
        lafter = emit_new_label(f->e);
        emit_op(f->e, OP_TRY, after_marker, lafter);
    }
    int marker = cg_tmp(f);
    uint32_t lhandler = emit_new_label(f->e);
    bool handles = nresc || ncatch;
    if (handles) emit_op(f->e, OP_TRY, marker, lhandler);
    Scope s1 = cg_scope_save(f);
    if (body) cg_expr(f, body, r);
    else emit_op(f->e, OP_LOADA, r, cg_atom(f, "nil"));
    cg_scope_restore(f, s1);
    if (handles) emit_op(f->e, OP_TRY_END, marker);
    uint32_t lbody_done = emit_new_label(f->e);
    if (nelse) {
        int v = cg_tmp(f);
        cg_move(f, v, r);
        cg_body_clauses(f, els, nelse, v, r, false, OP_TRY_CLAUSE, n->line);
        cg_scope_restore(f, s1);
    }
    emit_op(f->e, OP_JUMP, lbody_done);
    if (handles) {
        emit_label(f->e, lhandler);
        int cls = cg_tmp(f); cg_tmp(f); cg_tmp(f);
        emit_op(f->e, OP_TRY_CASE, marker, cls);
        int saved_st = f->stacktrace_reg;
        f->stacktrace_reg = cls + 2;
        uint32_t lhandled = lbody_done;
        for (size_t i = 0; i < nresc; i++) rescue_clause(f, resc[i], cls, r, false, lhandled);
        for (size_t i = 0; i < ncatch; i++) catch_clause(f, cat[i], cls, r, false, lhandled);
        f->stacktrace_reg = saved_st;
        emit_op(f->e, OP_RAISE, cls);
        cg_scope_restore(f, s1);
    }
    emit_label(f->e, lbody_done);
    if (after) {
        emit_op(f->e, OP_TRY_END, after_marker);
        int mark = f->freereg;
        cg_expr(f, after, ANY);
        cg_release(f, mark);
        emit_op(f->e, OP_JUMP, ldone);
        emit_label(f->e, lafter);
        after_cls = cg_tmp(f); cg_tmp(f); cg_tmp(f);
        emit_op(f->e, OP_TRY_CASE, after_marker, after_cls);
        cg_expr(f, after, ANY);
        emit_op(f->e, OP_RAISE, after_cls);
    }
    cg_scope_restore(f, s0);
    emit_label(f->e, ldone);
    return r;
}

/* ------------------------------------------------------------------ */
/* fn and captures                                                      */

typedef struct { const char **names; size_t n, cap; } NameSet;

static void nameset_add(FnCtx *f, NameSet *s, const char *name) {
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0) return;
    if (s->n == s->cap) {
        s->names = cg_grow(f, s->names, s->cap, s->cap ? s->cap * 2 : 8, sizeof *s->names);
        s->cap = s->cap ? s->cap * 2 : 8;
    }
    s->names[s->n++] = name;
}

static bool nameset_has(const NameSet *s, const char *name) {
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0) return true;
    return false;
}

static void collect_free(FnCtx *f, Node *n, NameSet *s, const NameSet *shadow);

/* The variables a pattern binds go to bound; what it reads (pinned
 * variables, sizes in binaries) is collected as free. */
static void pattern_binds(FnCtx *f, Node *p, NameSet *s, const NameSet *shadow, NameSet *bound) {
    if (!p) return;
    if (p->kind == AST_VAR) { nameset_add(f, bound, p->str); return; }
    if (is_call_n(p, "^", 1)) { collect_free(f, p->items[0], s, shadow); return; }
    if (is_call_n(p, "::", 2)) {
        pattern_binds(f, p->items[0], s, shadow, bound);
        collect_free(f, p->items[1], s, shadow);
        return;
    }
    if (p->kind == AST_CALL || p->kind == AST_LIST || p->kind == AST_TUPLE)
        for (size_t i = 0; i < p->nitems; i++) pattern_binds(f, p->items[i], s, shadow, bound);
}

/* Every variable name used under n that is bound in the enclosing scope,
 * except where a nested fn's clause binds it again in its head (shadow):
 * a parameter of the same name is not captured, as in Elixir. */
static void collect_free(FnCtx *f, Node *n, NameSet *s, const NameSet *shadow) {
    if (!n) return;
    if (n->kind == AST_VAR) {
        if (!nameset_has(shadow, n->str) && cg_lookup(f, n->str) >= 0) nameset_add(f, s, n->str);
        return;
    }
    if (is_call(n, "fn")) {
        for (size_t i = 0; i < n->nitems; i++) {
            Node *cl = n->items[i];
            if (!is_call_n(cl, "->", 2) || cl->items[0]->kind != AST_LIST) { collect_free(f, cl, s, shadow); continue; }
            Node *params = cl->items[0], *guard = NULL;
            Node **pats = params->items;
            size_t npats = params->nitems;
            if (npats == 1 && is_call(pats[0], "when") && pats[0]->nitems >= 1) {
                guard = pats[0]->items[pats[0]->nitems - 1];
                npats = pats[0]->nitems - 1;
                pats = pats[0]->items;
            }
            NameSet inner = {0};
            for (size_t k = 0; k < shadow->n; k++) nameset_add(f, &inner, shadow->names[k]);
            for (size_t k = 0; k < npats; k++) pattern_binds(f, pats[k], s, shadow, &inner);
            collect_free(f, guard, s, &inner);
            collect_free(f, cl->items[1], s, &inner);
        }
        return;
    }
    if (n->kind == AST_CALL && n->callee) collect_free(f, n->callee, s, shadow);
    if (n->kind == AST_CALL && n->str && strcmp(n->str, "@") == 0) return;
    if (n->kind == AST_CALL || n->kind == AST_LIST || n->kind == AST_TUPLE)
        for (size_t i = 0; i < n->nitems; i++) collect_free(f, n->items[i], s, shadow);
}

static int cg_fn(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    if (n->nitems == 0) cg_error(u, n, "expected anonymous functions to be defined with -> inside: 'fn'");
    Node *first = n->items[0];
    if (!is_call_n(first, "->", 2)) cg_error(u, n, "expected anonymous functions to be defined with -> inside: 'fn'");
    Node *params = first->items[0];
    size_t arity = params->nitems;
    if (arity == 1 && is_call(params->items[0], "when")) arity = params->items[0]->nitems - 1;
    NameSet fs = {0}, none = {0};
    collect_free(f, n, &fs, &none);
    PendingLambda *pl = cg_add_lambda(f, n, fs.names, fs.n, (uint32_t)arity, -1);
    int mark = f->freereg;
    int base = f->freereg;
    for (size_t i = 0; i < fs.n; i++) cg_move(f, cg_tmp(f), cg_lookup(f, fs.names[i]));
    cg_release(f, mark);
    int r = target(f, dst);
    emit_op(f->e, OP_MAKE_FUN, r, pl->lambda, base);
    return r;
}

static const char *static_module(FnCtx *f, Node *m);
static bool capture_rewrite(const char *mod, const char *name, uint32_t arity, const char **to_mod, const char **to_name);

/* Whether a local call name/arity is a function: one of the module's, an
 * imported one, or Kernel's (its built-ins too), but no macro. */
/* The module a local name/arity that is not the module's own comes from:
 * an import's, :erlang for Kernel's built-ins, or Kernel; NULL if none. */
static const char *imported_from(FnCtx *f, const char *name, uint32_t arity) {
    Unit *u = f->mod->unit;
    for (size_t i = 0; i < f->mod->nimports; i++)
        if (cg_module_exports(u, f->mod->imports[i].module, name, arity) && cg_import_allows(&f->mod->imports[i], name, arity))
            return f->mod->imports[i].module;
    if (find_inline(name, arity)) return "erlang";
    return cg_module_exports(u, "Elixir.Kernel", name, arity) ? "Elixir.Kernel" : NULL;
}

static bool local_function(FnCtx *f, const char *name, uint32_t arity) {
    if (cg_find_def(f->mod, name, arity)) return true;
    const char *mod = imported_from(f, name, arity);
    if (!mod) return false;
    if (strcmp(mod, "erlang") == 0 || strcmp(mod, "Elixir.Kernel") == 0)
        return elixir_kind("Elixir.Kernel", name, arity) == ELIXIR_FUNCTION;
    return elixir_kind(mod, name, arity) != ELIXIR_MACRO;
}

/* &name(&1, ..., &k), the arguments in order, is the function itself,
 * &name/k, as Elixir makes it when name is a function and no macro;
 * NULL when it is not of that form. */
static Node *capture_as_function(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    Node *a = n->items[0];
    if (a->kind != AST_CALL || a->nitems == 0) return NULL;
    for (size_t i = 0; i < a->nitems; i++) {
        Node *arg = a->items[i];
        if (!is_call_n(arg, "&", 1) || arg->items[0]->kind != AST_INT || arg->items[0]->i != (int64_t)i + 1) return NULL;
    }
    uint32_t k = (uint32_t)a->nitems;
    Node *target = ast_new(u->arena, AST_CALL, a->line, a->col);
    *target = *a;
    target->items = NULL;
    target->nitems = 0;
    if (a->callee) {
        if (!is_call_n(a->callee, ".", 2)) return NULL;
        const char *mod = static_module(f, a->callee->items[0]), *fname = atom_of(a->callee->items[1]);
        if (!mod || !fname || elixir_kind(mod, fname, k) == ELIXIR_MACRO) return NULL;
    } else if (!a->str || !local_function(f, a->str, k)) {
        return NULL;
    }
    Node *arity = ast_new(u->arena, AST_INT, n->line, n->col);
    arity->i = k;
    Node *slash = mk_call(u, n, "/", (Node *[]){target, arity}, 2);
    return mk_call(u, n, "&", &slash, 1);
}

static int cg_capture(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    Node *direct = capture_as_function(f, n);
    if (direct) n = direct;
    Node *a = n->items[0];
    if (is_call_n(a, "/", 2) && a->items[1]->kind == AST_INT) {
        Node *target_fn = a->items[0];
        uint32_t ar = (uint32_t)a->items[1]->i;
        if (target_fn->kind == AST_CALL && target_fn->callee && is_call_n(target_fn->callee, ".", 2) && target_fn->nitems == 0) {
            /* &Mod.fun/arity; &Kernel.+/2 is &:erlang.+/2, as Kernel inlines it */
            Node *args[3] = {target_fn->callee->items[0], target_fn->callee->items[1], a->items[1]};
            const char *m = static_module(f, args[0]), *fname = atom_of(args[1]);
            if (m && fname) cg_note_remote(f, m, fname, ar, n);
            const Inline *in = m && fname && strcmp(m, "Elixir.Kernel") == 0 ? find_inline(fname, ar) : NULL;
            const char *to_mod, *to_name;
            if (in) {
                args[0] = mk_atom(u, n, "erlang");
                args[1] = mk_atom(u, n, erlang_name(in, fname));
            } else if (m && fname && capture_rewrite(m, fname, ar, &to_mod, &to_name)) {
                args[0] = mk_atom(u, n, to_mod);
                args[1] = mk_atom(u, n, to_name);
            }
            return call_bif(f, "erlang", "make_fun", args, 3, dst, 0, n);
        }
        const char *name = target_fn->kind == AST_VAR ? target_fn->str
                         : (target_fn->kind == AST_CALL && !target_fn->callee && target_fn->nitems == 0) ? target_fn->str : NULL;
        if (name && strcmp(name, "to_string") == 0 && ar == 1 && !cg_find_def(f->mod, name, ar)) {
            Node *args[3] = {mk_atom(u, n, "Elixir.String.Chars"), mk_atom(u, n, "to_string"), a->items[1]};
            return call_bif(f, "erlang", "make_fun", args, 3, dst, 0, n);
        }
        if (name) {
            FunDef *d = cg_find_def(f->mod, name, ar);
            if (d) {
                cg_note_call(f, d);
                PendingLambda *pl = cg_add_lambda(f, NULL, NULL, 0, ar, d->func);
                int r = target(f, dst);
                emit_op(f->e, OP_MAKE_FUN, r, pl->lambda, 0u);
                return r;
            }
            const char *mod = imported_from(f, name, ar);
            if (mod) {
                Node *args[3] = {mk_atom(u, n, mod), mk_atom(u, n, name), a->items[1]};
                if (strcmp(mod, "erlang") == 0) args[1] = mk_atom(u, n, erlang_name(find_inline(name, ar), name));
                return call_bif(f, "erlang", "make_fun", args, 3, dst, 0, n);
            }
            cg_error(u, n, "undefined function %s/%u (there is no such import)", name, ar);
        }
    }
    return cg_expr(f, rw_capture(f, n), dst);
}

/* ------------------------------------------------------------------ */
/* local and remote calls                                               */

/* Whether n is a statement of the script's top level, or the value of one
 * that is a match. */
static bool script_statement(const ModCtx *m, const Node *n) {
    const Node *top = m->src;
    if (!top) return false;
    size_t count = is_call(top, "__block__") ? top->nitems : 1;
    for (size_t i = 0; i < count; i++) {
        const Node *st = is_call(top, "__block__") ? top->items[i] : top;
        if (st == n || (is_call_n(st, "=", 2) && st->items[1] == n)) return true;
    }
    return false;
}

/* Elixir's message depends on where the call is: code outside definitions
 * (a script, a module body) has nothing of its own to call. */
static void undefined_function(FnCtx *f, Node *n, const char *name, size_t arity) {
    Unit *u = f->mod->unit;
    u->expanded = !f->mod->is_script;   /* Elixir finds these once a module is expanded */
    /* a script's statement fails as it is expanded, with the runner's frame
     * below; a call inside another is reported without it (the frames of
     * Elixir's own expansion of if, fn and case are not reproduced) */
    if (f->mod->is_script && script_statement(f->mod, n))
        cg_script_error(u, n, "undefined function %s/%zu (there is no such import)", name, arity);
    if (!is_in_function(f)) cg_error(u, n, "undefined function %s/%zu (there is no such import)", name, arity);
    const char *m = f->mod->name;
    if (strncmp(m, "Elixir.", 7) == 0) m += 7;
    cg_error(u, n, "undefined function %s/%zu (expected %s to define such a function or for it to be imported, but none are available)",
             name, arity, m);
}

static int cg_raise(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    Node *a = n->items[0];
    int mark = f->freereg;
    int e;
    if (n->nitems == 2) {
        const char *mod = is_call(a, "__aliases__") ? cg_resolve_alias(f, a) : atom_of(a);
        if (mod) {
            e = cg_call_remote(f, mod, "exception", &n->items[1], 1, NEXT, false, n);
        } else {
            e = cg_call_remote(f, "Elixir.Kernel.Utils", "exception", n->items, 2, NEXT, false, n);
        }
    } else if (a->kind == AST_STRING) {
        e = cg_call_remote(f, "Elixir.RuntimeError", "exception", &a, 1, NEXT, false, n);
    } else if (is_call(a, "__aliases__")) {
        Node *empty = mk_list(u, n, NULL, 0);
        e = cg_call_remote(f, cg_resolve_alias(f, a), "exception", &empty, 1, NEXT, false, n);
    } else {
        e = cg_call_remote(f, "Elixir.Kernel.Utils", "exception", &a, 1, NEXT, false, n);
    }
    emit_line(f->e, n->line);
    if (n->nitems == 2) {
        emit_op(f->e, OP_BIF, e, emit_import(f->e, "erlang", "error", 1), e, 1u, 0u);
    } else {
        /* as Elixir's raise/1: error(e, :none, error_info: %{module: Exception}) */
        int base = cg_tmp(f);
        cg_tmp(f); cg_tmp(f);
        cg_move(f, base, e);
        emit_op(f->e, OP_LOADA, base + 1, cg_atom(f, "none"));
        StrBuf b = {0};
        etfw_begin(&b);
        etfw_list(&b, 1);
        etfw_tuple(&b, 2);
        etfw_atom(&b, "error_info", 10);
        etfw_map(&b, 1);
        etfw_atom(&b, "module", 6);
        etfw_atom(&b, "Elixir.Exception", 16);
        etfw_nil(&b);
        emit_op(f->e, OP_LOADK, base + 2, emit_literal(f->e, (const uint8_t *)b.data, b.len));
        sb_free(&b);
        emit_op(f->e, OP_BIF, base, emit_import(f->e, "erlang", "error", 3), base, 3u, 0u);
    }
    cg_release(f, mark);
    return target(f, dst);
}

static int cg_reraise(FnCtx *f, Node *n, int dst) {
    int mark = f->freereg;
    Node *exc = n->items[0];
    Node *st = n->items[n->nitems - 1];
    int e;
    if (n->nitems == 3) {
        Node *mod = n->items[0];
        Node *args[2] = {mod, n->items[1]};
        e = cg_call_remote(f, "Elixir.Kernel.Utils", "exception", args, 2, NEXT, false, n);
    } else if (exc->kind == AST_STRING) {
        e = cg_call_remote(f, "Elixir.RuntimeError", "exception", &exc, 1, NEXT, false, n);
    } else {
        e = cg_call_remote(f, "Elixir.Kernel.Utils", "exception", &exc, 1, NEXT, false, n);
    }
    int base = cg_tmp(f);
    cg_tmp(f); cg_tmp(f);
    emit_op(f->e, OP_LOADA, base, cg_atom(f, "error"));
    cg_move(f, base + 1, e);
    cg_expr(f, st, base + 2);
    emit_op(f->e, OP_RAISE, base);
    cg_release(f, mark);
    return target(f, dst);
}

/* A local call name(args): a definition of this module, an import, Kernel. */
static int cg_local_call(FnCtx *f, Node *n, const char *name, Node **args, size_t nargs, int dst, bool tail) {
    Unit *u = f->mod->unit;
    FunDef *d = cg_find_def(f->mod, name, (uint32_t)nargs);
    if (d) return call_local(f, d, args, nargs, dst, tail, n);
    for (size_t i = f->mod->nimports; i-- > 0;) {
        Import *im = &f->mod->imports[i];
        if (cg_module_exports(u, im->module, name, (uint32_t)nargs) && cg_import_allows(im, name, nargs)) {
            if (strcmp(im->module, "Elixir.Bitwise") == 0) break;   /* inlined below */
            return cg_call_remote(f, im->module, name, args, nargs, dst, tail, n);
        }
    }
    const Inline *in = find_inline(name, nargs);
    if (in) {
        Node tmp = *n;
        tmp.items = args;
        tmp.nitems = nargs;
        int r = inline_call(f, in, &tmp, dst, tail);
        if (tail && r >= 0) { emit_op(f->e, OP_RET, r); return -1; }   /* r < 0: it was a tail call */
        return r;
    }
    const char *bitwise = cg_bitwise_fun(name);
    for (size_t i = 0; bitwise && i < f->mod->nimports; i++)
        if (strcmp(f->mod->imports[i].module, "Elixir.Bitwise") == 0) {
            int r = call_bif(f, "erlang", bitwise, args, nargs, dst, 0, n);
            if (tail) { emit_op(f->e, OP_RET, r); return -1; }
            return r;
        }
    if (cg_module_exports(u, "Elixir.Kernel", name, (uint32_t)nargs))
        return cg_call_remote(f, "Elixir.Kernel", name, args, nargs, dst, tail, n);
    undefined_function(f, n, name, nargs);
    return -1;
}

/* Stdlib calls Elixir itself compiles into Erlang built-ins; a failure then
 * shows the built-in in the stack trace, as on BEAM. order[i] is the
 * argument that goes i-th, or EXTRA for the atom extra; index, when set,
 * is 1 + the argument that is a zero-based index, which Erlang counts
 * from 1. */
enum { EXTRA = 9 };
typedef struct {
    const char *mod, *name; size_t arity;
    const char *to_mod, *to_name; unsigned char order[4]; const char *extra; unsigned char index;
} Rewrite;

static const Rewrite rewrites[] = {
    {"Elixir.Kernel", "to_string", 1, "vial", "to_string", {0}, NULL, 0},   /* string interpolation */
    /* Map functions Elixir rewrites into :maps calls (elixir_rewrite.erl),
     * which Erlang's compiler may turn into erlang built-ins in turn */
    {"Elixir.Map", "fetch!", 2, "erlang", "map_get", {1, 0}, NULL, 0},
    {"Elixir.Map", "fetch", 2, "maps", "find", {1, 0}, NULL, 0},
    {"Elixir.Map", "has_key?", 2, "erlang", "is_map_key", {1, 0}, NULL, 0},
    {"Elixir.Map", "put", 3, "maps", "put", {1, 2, 0}, NULL, 0},
    {"Elixir.Map", "delete", 2, "maps", "remove", {1, 0}, NULL, 0},
    {"Elixir.Map", "replace!", 3, "maps", "update", {1, 2, 0}, NULL, 0},
    {"Elixir.Map", "keys", 1, "maps", "keys", {0}, NULL, 0},
    {"Elixir.Map", "values", 1, "maps", "values", {0}, NULL, 0},
    {"Elixir.Map", "to_list", 1, "maps", "to_list", {0}, NULL, 0},
    {"Elixir.Map", "merge", 2, "maps", "merge", {0, 1}, NULL, 0},
    {"maps", "get", 2, "erlang", "map_get", {0, 1}, NULL, 0},
    {"maps", "is_key", 2, "erlang", "is_map_key", {0, 1}, NULL, 0},
    {"Elixir.String", "duplicate", 2, "binary", "copy", {0, 1}, NULL, 0},
    {"Elixir.String", "to_integer", 1, "erlang", "binary_to_integer", {0}, NULL, 0},
    {"Elixir.String", "to_integer", 2, "erlang", "binary_to_integer", {0, 1}, NULL, 0},
    {"Elixir.String", "to_float", 1, "erlang", "binary_to_float", {0}, NULL, 0},
    {"Elixir.String", "to_atom", 1, "erlang", "binary_to_atom", {0, EXTRA}, "utf8", 0},
    {"Elixir.String", "to_existing_atom", 1, "erlang", "binary_to_existing_atom", {0, EXTRA}, "utf8", 0},
    {"Elixir.Atom", "to_string", 1, "erlang", "atom_to_binary", {0}, NULL, 0},
    {"Elixir.Atom", "to_charlist", 1, "erlang", "atom_to_list", {0}, NULL, 0},
    {"Elixir.Integer", "to_string", 1, "erlang", "integer_to_binary", {0}, NULL, 0},
    {"Elixir.Integer", "to_string", 2, "erlang", "integer_to_binary", {0, 1}, NULL, 0},
    {"Elixir.Integer", "to_charlist", 1, "erlang", "integer_to_list", {0}, NULL, 0},
    {"Elixir.Integer", "to_charlist", 2, "erlang", "integer_to_list", {0, 1}, NULL, 0},
    {"Elixir.List", "to_tuple", 1, "erlang", "list_to_tuple", {0}, NULL, 0},
    {"Elixir.List", "to_atom", 1, "erlang", "list_to_atom", {0}, NULL, 0},
    {"Elixir.List", "to_existing_atom", 1, "erlang", "list_to_existing_atom", {0}, NULL, 0},
    {"Elixir.List", "to_float", 1, "erlang", "list_to_float", {0}, NULL, 0},
    {"Elixir.List", "to_integer", 1, "erlang", "list_to_integer", {0}, NULL, 0},
    {"Elixir.List", "to_integer", 2, "erlang", "list_to_integer", {0, 1}, NULL, 0},
    {"Elixir.Tuple", "to_list", 1, "erlang", "tuple_to_list", {0}, NULL, 0},
    {"Elixir.Tuple", "append", 2, "erlang", "append_element", {0, 1}, NULL, 0},
    {"Elixir.Tuple", "insert_at", 3, "erlang", "insert_element", {1, 0, 2}, NULL, 1},
    {"Elixir.Tuple", "delete_at", 2, "erlang", "delete_element", {1, 0}, NULL, 1},
    {"Elixir.Tuple", "duplicate", 2, "erlang", "make_tuple", {1, 0}, NULL, 0},
    {"Elixir.Process", "send", 3, "erlang", "send", {0, 1, 2}, NULL, 0},
    {"Elixir.IO", "iodata_to_binary", 1, "erlang", "iolist_to_binary", {0}, NULL, 0},
    {"Elixir.IO", "iodata_length", 1, "erlang", "iolist_size", {0}, NULL, 0},
    {"Elixir.Function", "capture", 3, "erlang", "make_fun", {0, 1, 2}, NULL, 0},
    {"Elixir.Function", "info", 1, "erlang", "fun_info", {0}, NULL, 0},
    {"Elixir.Function", "info", 2, "erlang", "fun_info", {0, 1}, NULL, 0},
    {"Elixir.Bitwise", "band", 2, "erlang", "band", {0, 1}, NULL, 0},
    {"Elixir.Bitwise", "bor", 2, "erlang", "bor", {0, 1}, NULL, 0},
    {"Elixir.Bitwise", "bxor", 2, "erlang", "bxor", {0, 1}, NULL, 0},
    {"Elixir.Bitwise", "bnot", 1, "erlang", "bnot", {0}, NULL, 0},
    {"Elixir.Bitwise", "bsl", 2, "erlang", "bsl", {0, 1}, NULL, 0},
    {"Elixir.Bitwise", "bsr", 2, "erlang", "bsr", {0, 1}, NULL, 0},
    {"Elixir.Process", "alive?", 1, "erlang", "is_process_alive", {0}, NULL, 0},
    {"Elixir.Process", "cancel_timer", 1, "erlang", "cancel_timer", {0}, NULL, 0},
    {"Elixir.Process", "cancel_timer", 2, "erlang", "cancel_timer", {0, 1}, NULL, 0},
    {"Elixir.Process", "demonitor", 1, "erlang", "demonitor", {0}, NULL, 0},
    {"Elixir.Process", "demonitor", 2, "erlang", "demonitor", {0, 1}, NULL, 0},
    {"Elixir.Process", "exit", 2, "erlang", "exit", {0, 1}, NULL, 0},
    {"Elixir.Process", "flag", 2, "erlang", "process_flag", {0, 1}, NULL, 0},
    {"Elixir.Process", "link", 1, "erlang", "link", {0}, NULL, 0},
    {"Elixir.Process", "unlink", 1, "erlang", "unlink", {0}, NULL, 0},
    {"Elixir.Process", "monitor", 1, "erlang", "monitor", {EXTRA, 0}, "process", 0},
    {"Elixir.Process", "read_timer", 1, "erlang", "read_timer", {0}, NULL, 0},
    {"Elixir.Process", "send_after", 3, "erlang", "send_after", {2, 0, 1}, NULL, 0},
    {"Elixir.Process", "send_after", 4, "erlang", "send_after", {2, 0, 1, 3}, NULL, 0},
    {"Elixir.Process", "spawn", 4, "erlang", "spawn_opt", {0, 1, 2, 3}, NULL, 0},
    {"Elixir.Process", "unregister", 1, "erlang", "unregister", {0}, NULL, 0},
    {"Elixir.System", "unique_integer", 1, "erlang", "unique_integer", {0}, NULL, 0},
    /* :math is all natives: called without a frame */
#define MATH1(f) {"math", f, 1, "math", f, {0}, NULL, 0}
    MATH1("sqrt"), MATH1("exp"), MATH1("log"), MATH1("log2"), MATH1("log10"), MATH1("sin"), MATH1("cos"),
    MATH1("tan"), MATH1("asin"), MATH1("acos"), MATH1("atan"), MATH1("sinh"), MATH1("cosh"), MATH1("tanh"),
    MATH1("floor"), MATH1("ceil"),
#undef MATH1
    {"math", "pow", 2, "math", "pow", {0, 1}, NULL, 0},
    {"math", "atan2", 2, "math", "atan2", {0, 1}, NULL, 0},
    {"math", "fmod", 2, "math", "fmod", {0, 1}, NULL, 0},
    {"math", "pi", 0, "math", "pi", {0}, NULL, 0},
    {0, 0, 0, 0, 0, {0}, 0, 0},
};

/* What `elixir -e` evaluates keeps Elixir's own rewrites only: Erlang's
 * compiler is what makes :maps.get and :maps.is_key built-ins. */
static const Rewrite evaluated_rewrites[] = {
    {"Elixir.Map", "fetch!", 2, "maps", "get", {1, 0}, NULL, 0},
    {"Elixir.Map", "has_key?", 2, "maps", "is_key", {1, 0}, NULL, 0},
    {"maps", "get", 2, "maps", "get", {0, 1}, NULL, 0},
    {"maps", "is_key", 2, "maps", "is_key", {0, 1}, NULL, 0},
    {0, 0, 0, 0, 0, {0}, 0, 0},
};

static const Rewrite *find_rewrite(const char *mod, const char *name, size_t arity, bool eval) {
    for (const Rewrite *r = evaluated_rewrites; eval && r->mod; r++)
        if (r->arity == arity && strcmp(r->name, name) == 0 && strcmp(r->mod, mod) == 0) return r;
    for (const Rewrite *r = rewrites; r->mod; r++)
        if (r->arity == arity && strcmp(r->name, name) == 0 && strcmp(r->mod, mod) == 0) return r;
    return NULL;
}

/* &Mod.fun/arity captures what Elixir's own rewrite of Mod.fun calls, when
 * it takes the arguments as they come (&Map.merge/2 is &:maps.merge/2, but
 * &Map.put/3 stays); the rewrites of Erlang's compiler and vial's own do
 * not apply. */
static bool capture_rewrite(const char *mod, const char *name, uint32_t arity, const char **to_mod, const char **to_name) {
    const Rewrite *r = strncmp(mod, "Elixir.", 7) == 0 ? find_rewrite(mod, name, arity, false) : NULL;
    if (!r || r->extra || r->index || strcmp(r->to_mod, "vial") == 0) return false;
    for (uint32_t i = 0; i < arity; i++)
        if (r->order[i] != i) return false;
    *to_mod = r->to_mod;
    *to_name = r->to_name;
    return true;
}

/* Elixir compiles :maps.put(k, v, m) into M#{K => V}, and :maps.merge(m,
 * %{...}) into M#{...} (elixir_erl_pass.erl): a non-map fails with badmap
 * and no :maps frame. -1 when the call is not one of these. */
static int maps_as_update(FnCtx *f, const char *mod, const char *name, Node **args, size_t n, Node *at, int dst) {
    if (strcmp(mod, "maps") != 0) return -1;
    if (n == 3 && strcmp(name, "put") == 0) {
        Node *pair = mk_tuple2(f->mod->unit, at, args[0], args[1]);
        return map_with(f, OP_MAP_PUT, args[2], &pair, 1, at, dst);
    }
    Node *m2 = n == 2 ? args[1] : NULL;
    if (m2 && strcmp(name, "merge") == 0 && is_call(m2, "%{}") &&
        !(m2->nitems == 1 && is_call_n(m2->items[0], "|", 2)))
        return map_with(f, OP_MAP_PUT, args[0], m2->items, m2->nitems, at, dst);
    return -1;
}

/* mod.name(args) where mod is an alias or an atom known at compile time. */
static const char *static_module(FnCtx *f, Node *m) {
    if (m->kind == AST_ATOM) return m->str;
    if (is_call(m, "__aliases__")) return cg_resolve_alias(f, m);
    if (m->kind == AST_VAR && strcmp(m->str, "__MODULE__") == 0) return f->mod->name;
    return NULL;
}

static int expr_call(FnCtx *f, Node *n, int dst, bool tail);
static int finish(FnCtx *f, int r, bool tail);

/* Where the code is, as a literal: __DIR__ and the fields of __ENV__ that
 * say it (the rest of Macro.Env describes the macro expander). */
static Node *env_field(FnCtx *f, Node *at, const char *field) {
    Unit *u = f->mod->unit;
    if (strcmp(field, "file") == 0) {
        Node *s = ast_new(u->arena, AST_STRING, at->line, at->col);
        s->str = f->mod->file;
        s->len = strlen(s->str);
        return s;
    }
    if (strcmp(field, "line") == 0) {
        Node *i = ast_new(u->arena, AST_INT, at->line, at->col);
        i->i = at->line;
        return i;
    }
    if (strcmp(field, "module") == 0) return mk_atom(u, at, f->mod->is_script ? "nil" : f->mod->name);
    if (strcmp(field, "function") == 0) {
        if (!is_in_function(f)) return mk_atom(u, at, "nil");
        Node *arity = ast_new(u->arena, AST_INT, at->line, at->col);
        arity->i = f->def_arity;
        return mk_tuple2(u, at, mk_atom(u, at, f->def_name), arity);
    }
    cg_error(u, at, "vial supports __ENV__ only as __ENV__.file, __ENV__.line, __ENV__.module and __ENV__.function");
    return NULL;
}

static Node *dir_of_file(FnCtx *f, Node *at) {
    const char *file = f->mod->file, *slash = strrchr(file, '/');
    Node *s = ast_new(f->mod->unit->arena, AST_STRING, at->line, at->col);
    s->str = !slash ? "." : slash == file ? "/" : ast_strdup(f->mod->unit->arena, file, (size_t)(slash - file));
    s->len = strlen(s->str);
    return s;
}

static int cg_dot_call(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    Node *dot = n->callee;
    if (dot->nitems == 1)   /* f.(args) */
        return call_fun(f, dot->items[0], n->items, n->nitems, dst, tail, n);
    Node *left = dot->items[0], *right = dot->items[1];
    const char *fname = atom_of(right);
    if (!fname) cg_error(u, n, "invalid remote call");
    const char *mod = static_module(f, left);
    Node *guard = mod ? cg_expand_guard(f, mod, fname, n->items, n->nitems) : NULL;
    if (mod && !guard) cg_note_remote(f, mod, fname, (uint32_t)n->nitems, n);
    if (guard) {
        if (tail) { cg_tail(f, guard); return -1; }
        return cg_expr(f, guard, dst);
    }
    const Rewrite *rw = mod ? find_rewrite(mod, fname, n->nitems, evaluated(f)) : NULL;
    Node **args = n->items, *moved[4];
    size_t nargs = n->nitems;
    if (rw) {
        nargs += rw->extra != NULL;
        for (size_t i = 0; i < nargs; i++)
            moved[i] = rw->order[i] == EXTRA ? mk_atom(u, n, rw->extra) : n->items[rw->order[i]];
        if (rw->index) moved[rw->index - 1] = plus_one(u, moved[rw->index - 1]);
        args = moved, mod = rw->to_mod, fname = rw->to_name;
    }
    int res = mod ? maps_as_update(f, mod, fname, args, nargs, n, dst) : -1;
    if (res < 0 && rw && tail && strcmp(mod, "erlang") == 0 && otp_erlang_function(fname, strlen(fname), (unsigned)nargs))
        return cg_call_remote(f, mod, fname, args, nargs, dst, true, n);
    if (res < 0 && rw) {
        emit_line(f->e, n->line);
        res = strcmp(fname, "to_string") == 0 ? cg_to_string(f, args[0], dst, false) : call_bif(f, mod, fname, args, nargs, dst, 0, n);
    }
    if (res >= 0) {
        if (tail) { emit_op(f->e, OP_RET, res); return -1; }
        return res;
    }
    const Inline *in = mod && strcmp(mod, "Elixir.Kernel") == 0 ? find_inline(fname, n->nitems) : NULL;
    if (in) {
        /* a Kernel built-in by its full name, Kernel.length(l): the built-in, as from Kernel */
        int r = inline_call(f, in, n, dst, tail);
        if (tail && r >= 0) { emit_op(f->e, OP_RET, r); return -1; }
        return r;
    }
    if (mod && strcmp(mod, "Elixir.Kernel") == 0 && !cg_module_exports(u, mod, fname, (uint32_t)n->nitems) &&
        elixir_kind(mod, fname, (unsigned)n->nitems) != ELIXIR_NONE) {
        /* a Kernel macro or special form by its full name: Kernel.raise(e) */
        Node *c = ast_new(u->arena, AST_CALL, n->line, n->col);
        *c = *n;
        c->callee = NULL;
        c->str = fname;
        return expr_call(f, c, dst, tail);
    }
    /* Erlang's compiler takes erlang:'+'(X, 1) as X + 1: the same instruction,
     * failing the same way */
    const Inline *op = mod && strcmp(mod, "erlang") == 0 && fname[0] && strchr("+-*/", fname[0]) && !fname[1]
                     ? find_inline(fname, n->nitems) : NULL;
    if (op) {
        int r = inline_call(f, op, n, dst, tail);
        if (tail && r >= 0) { emit_op(f->e, OP_RET, r); return -1; }
        return r;
    }
    if (mod) return cg_call_remote(f, mod, fname, n->items, n->nitems, dst, tail, n);
    if (n->no_parens && n->nitems == 0 && left->kind == AST_VAR && strcmp(left->str, "__ENV__") == 0)
        return finish(f, cg_expr(f, env_field(f, n, fname), dst), tail);
    if (n->no_parens && n->nitems == 0) {
        /* m.key: a map field, or a zero-arity call when m is a module (an
         * atom other than nil, true and false); anything else has no such
         * key ({:badkey, key, m}, as Elixir) */
        int r = target(f, dst);
        int mark = f->freereg;
        int rm = cg_expr(f, left, ANY);
        uint32_t lnotmap = emit_new_label(f->e), lmissing = emit_new_label(f->e), ldone = emit_new_label(f->e);
        uint32_t lmodule = emit_new_label(f->e), lnotbool = emit_new_label(f->e);
        emit_op(f->e, OP_T_MAP, lnotmap, rm);
        emit_op(f->e, OP_GET_MAPK, lmissing, rm, cg_literal_of(f, right), r);
        if (tail) emit_op(f->e, OP_RET, r);
        else emit_op(f->e, OP_JUMP, ldone);
        emit_label(f->e, lnotmap);
        emit_op(f->e, OP_T_ATOM, lmissing, rm);
        emit_op(f->e, OP_T_BOOL, lnotbool, rm);
        emit_op(f->e, OP_JUMP, lmissing);
        emit_label(f->e, lnotbool);
        emit_op(f->e, OP_T_EQA, lmodule, rm, cg_atom(f, "nil"));
        emit_label(f->e, lmissing);
        emit_line(f->e, n->line);
        raise_error3(f, "badkey", fname, rm);
        emit_label(f->e, lmodule);
        {
            /* the module's function, called as the expression's value would be */
            Scope s = cg_scope_save(f);
            Node *mv = mk_var(u, n, "dot&mod");
            cg_bind(f, "dot&mod", rm);
            int v = call_apply(f, mv, right, NULL, 0, ANY, tail, n);
            if (!tail) cg_move(f, r, v);
            cg_scope_restore(f, s);
        }
        if (tail) { cg_release(f, mark); return -1; }
        emit_label(f->e, ldone);
        cg_release(f, mark);
        return r;
    }
    return call_apply(f, left, right, n->items, n->nitems, dst, tail, n);
}

/* Where a warning was found, as Elixir names it: Mod.fun/arity in a
 * definition, Mod in module-body code, "" in a script's code. */
static void warn_context(FnCtx *f, char *ctx, size_t n) {
    const char *m = strncmp(f->mod->name, "Elixir.", 7) == 0 ? f->mod->name + 7 : f->mod->name;
    const char *def = f->def_name ? f->def_name : "";
    if (f->mod->is_script) *ctx = 0;
    else if (strcmp(def, BODY_FUN) == 0) snprintf(ctx, n, "%s", m);
    else snprintf(ctx, n, "%s.%s/%u", m, def, f->def_arity);
}

/* ------------------------------------------------------------------ */
/* the dispatcher                                                       */

static bool is_special_var(const char *name) {
    return strcmp(name, "__MODULE__") == 0 || strcmp(name, "__STACKTRACE__") == 0 || strcmp(name, "__DIR__") == 0 ||
           strcmp(name, "__ENV__") == 0;
}

static int cg_var(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    const char *name = n->str;
    if (strcmp(name, "__MODULE__") == 0) {
        if (f->mod->is_script) return load_constant(f, mk_atom(u, n, "nil"), target(f, dst));
        return load_constant(f, mk_atom(u, n, f->mod->name), target(f, dst));
    }
    if (strcmp(name, "__DIR__") == 0) return cg_expr(f, dir_of_file(f, n), dst);
    if (strcmp(name, "__ENV__") == 0) env_field(f, n, "");
    if (strcmp(name, "__STACKTRACE__") == 0) {
        if (f->stacktrace_reg < 0) cg_error(u, n, "__STACKTRACE__ is available only inside catch and rescue clauses of try expressions");
        return f->stacktrace_reg;
    }
    int r = cg_lookup(f, name);
    if (r >= 0) return r;
    if (name[0] == '_' && strcmp(name, "__CALLER__") != 0) {
        cg_error(u, n, "invalid use of _. \"_\" represents a value to be ignored in a pattern and cannot be used in expressions");
    }
    /* a call without parentheses: Elixir warns, then calls */
    char ctx[512];
    warn_context(f, ctx, sizeof ctx);
    cg_warn(u, n, ctx, "variable \"%s\" does not exist and is being expanded to \"%s()\", please use parentheses to remove the ambiguity or change the variable name", name, name);
    return cg_local_call(f, n, name, NULL, 0, dst, tail);
}

static int cg_match_expr(FnCtx *f, Node *n, int dst) {
    /* the right side first, then bind: `x = x + 1` sees the old x */
    int r = cg_expr(f, n->items[1], dst == NEXT ? NEXT : ANY);
    Node *pat = n->items[0];
    if (pat->kind == AST_VAR && strcmp(pat->str, "__MODULE__") != 0) {   /* cannot fail */
        bool is_float = float_typed(f, n->items[1]);
        cg_pattern_begin(f);
        cg_match(f, pat, r, 0);
        note_float_binding(f, pat->str, is_float);
        if (dst >= 0) { cg_move(f, dst, r); return dst; }
        return r;
    }
    uint32_t lfail = emit_new_label(f->e), lok = emit_new_label(f->e);
    cg_pattern_begin(f);
    cg_match(f, n->items[0], r, lfail);
    emit_op(f->e, OP_JUMP, lok);
    emit_label(f->e, lfail);
    emit_line(f->e, n->line);
    emit_op(f->e, OP_BADMATCH, r);
    emit_label(f->e, lok);
    if (dst >= 0) { cg_move(f, dst, r); return dst; }
    return r;
}

/* Reads of attributes defined before them were replaced by their values
 * when the module was gathered (subst_attrs); what is left was read before
 * any definition, which Elixir warns about and reads as nil. */
static int cg_attr(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    Node *a = n->items[0];
    if (a->kind != AST_VAR && !(a->kind == AST_CALL && a->str)) cg_error(u, n, "invalid module attribute");
    {
        /* attributes are read while the module body runs, outside any function */
        char ctx[512];
        const char *m = f->mod->name;
        snprintf(ctx, sizeof ctx, "%s (module)", strncmp(m, "Elixir.", 7) == 0 ? m + 7 : m);
        cg_warn(u, n, f->mod->is_script ? "" : ctx, "undefined module attribute @%s, please remove access to @%s or explicitly set it before access", a->str, a->str);
    }
    return load_constant(f, mk_atom(u, n, "nil"), target(f, dst));
}

/* A lowercase sigil's text with its escapes resolved: the parser keeps them
 * as written, as Elixir's quoted form does. A copy, as the tree may be
 * compiled more than once. */
static Node *unescape_sigil(FnCtx *f, Node *body) {
    Unit *u = f->mod->unit;
    Node *c = ast_new(u->arena, body->kind, body->line, body->col);
    *c = *body;
    c->items = cg_grow(f, NULL, 0, body->nitems, sizeof *c->items);
    for (size_t i = 0; i < body->nitems; i++) {
        Node *s = body->items[i];
        c->items[i] = s;
        if (s->kind != AST_STRING || !memchr(s->str, '\\', s->len)) continue;
        size_t len;
        const char *t = lex_unescape(u->arena, s->str, s->len, &len);
        if (!t) cg_error(u, s, "invalid escape sequence in %s", "sigil");
        c->items[i] = ast_new(u->arena, AST_STRING, s->line, s->col);
        c->items[i]->str = t;
        c->items[i]->len = len;
    }
    return c;
}

static bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

Node *cg_sigil_words(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    if (!is_call(n, "sigil_w") || n->nitems < 1 || !is_call(n->items[0], "<<>>")) return NULL;
    Node *body = unescape_sigil(f, n->items[0]);
    if (body->nitems != 1 || body->items[0]->kind != AST_STRING) return NULL;
    Node *mods = n->nitems > 1 ? n->items[1] : NULL;
    char mod = 's';
    if (mods && mods->kind == AST_LIST && mods->nitems > 0 && mods->items[0]->kind == AST_INT) mod = (char)mods->items[0]->i;
    Node *s = body->items[0];
    Node **words = NULL;
    size_t nw = 0, cap = 0;
    for (size_t i = 0; i < s->len;) {
        while (i < s->len && is_blank(s->str[i])) i++;
        size_t st = i;
        while (i < s->len && !is_blank(s->str[i])) i++;
        if (i == st) continue;
        if (nw == cap) { words = cg_grow(f, words, cap, cap ? cap * 2 : 8, sizeof *words); cap = cap ? cap * 2 : 8; }
        Node *w = ast_new(u->arena, AST_STRING, n->line, n->col);
        w->str = ast_strdup(u->arena, s->str + st, i - st);
        w->len = i - st;
        if (mod == 'a') w = mk_atom(u, n, w->str);
        else if (mod == 'c') w = mk_remote(u, n, "Elixir.String", "to_charlist", &w, 1);
        words[nw++] = w;
    }
    return mk_list(u, n, words, nw);
}

/* The code points of UTF-8 text s[0..len) as a list literal; NULL when
 * it is not UTF-8. */
static Node *charlist_literal(FnCtx *f, const Node *at, const char *s, size_t len) {
    Unit *u = f->mod->unit;
    Node **items = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (!k || i + k > len) return NULL;
        uint32_t cp = k == 1 ? c : c & (0x7F >> k);
        for (size_t j = 1; j < k; j++) {
            if (((unsigned char)s[i + j] & 0xC0) != 0x80) return NULL;
            cp = cp << 6 | ((unsigned char)s[i + j] & 0x3F);
        }
        if (n == cap) { items = cg_grow(f, items, cap, cap ? cap * 2 : 8, sizeof *items); cap = cap ? cap * 2 : 8; }
        Node *cn = ast_new(u->arena, AST_INT, at->line, at->col);
        cn->i = cp;
        items[n++] = cn;
        i += k;
    }
    return mk_list(u, at, items, n);
}

/* A sigil a pattern may hold (~s, ~c and ~w with constant text, and their
 * uppercase forms) as the literal it stands for; NULL for others. */
Node *cg_sigil_literal(FnCtx *f, Node *n) {
    if (!n->str || strncmp(n->str, "sigil_", 6) != 0 || strlen(n->str) != 7 || !strchr("sScCwW", n->str[6]) ||
        n->nitems < 1 || !is_call(n->items[0], "<<>>") || cg_find_def(f->mod, n->str, 2))
        return NULL;
    char kind = n->str[6];
    Node *body = kind == 's' || kind == 'c' || kind == 'w' ? unescape_sigil(f, n->items[0]) : n->items[0];
    if (body->nitems > 1 || (body->nitems == 1 && body->items[0]->kind != AST_STRING)) return NULL;
    const char *text = body->nitems ? body->items[0]->str : "";
    size_t len = body->nitems ? body->items[0]->len : 0;
    if (kind == 's' || kind == 'S') {
        Node *str = ast_new(f->mod->unit->arena, AST_STRING, n->line, n->col);
        str->str = text;
        str->len = len;
        return str;
    }
    if (kind == 'c' || kind == 'C') return charlist_literal(f, n, text, len);
    /* ~w(...)c: String.to_charlist of each word, done here */
    Node *words = cg_sigil_words(f, n);
    for (size_t i = 0; words && i < words->nitems; i++) {
        Node *w = words->items[i];
        if (w->callee) words->items[i] = charlist_literal(f, n, w->items[0]->str, w->items[0]->len);
    }
    return words;
}

static int cg_sigil(FnCtx *f, Node *n, int dst) {
    Unit *u = f->mod->unit;
    char kind = n->str[6];
    Node *body = n->items[0];
    if (kind == 's' || kind == 'c' || kind == 'w') body = unescape_sigil(f, body);
    Node *mods = n->nitems > 1 ? n->items[1] : NULL;
    if (kind == 's' || kind == 'S') return cg_expr(f, body, dst);
    if (kind == 'c' || kind == 'C') {
        Node *arg = body;
        return cg_call_remote(f, "Elixir.String", "to_charlist", &arg, 1, dst, false, n);
    }
    /* ~w and ~W: split at compile time when the text is constant */
    Node *constant = kind == 'w' ? cg_sigil_words(f, n) : NULL;
    if (constant) return cg_expr(f, constant, dst);
    char mod = 's';
    if (mods && mods->kind == AST_LIST && mods->nitems > 0 && mods->items[0]->kind == AST_INT) mod = (char)mods->items[0]->i;
    Node *words = mk_remote(u, n, "Elixir.String", "split", &body, 1);
    if (mod != 's') {
        Node *w = mk_var(u, n, "&w");
        Node *conv = mk_remote(u, n, "Elixir.String", mod == 'a' ? "to_atom" : "to_charlist", &w, 1);
        Node *args[2] = {words, mk_fn1(u, n, &w, 1, conv)};
        words = mk_remote(u, n, "Elixir.Enum", "map", args, 2);
    }
    return cg_expr(f, words, dst);
}

int cg_expr(FnCtx *f, Node *n, int dst) {
    int entry = f->freereg;
    int r;
    switch (n->kind) {
    case AST_INT: case AST_BIGINT: case AST_FLOAT: case AST_ATOM: case AST_STRING:
        r = load_constant(f, n, target(f, dst));
        break;
    case AST_LIST:
        r = n->nitems == 0 ? load_constant(f, n, target(f, dst)) : build_list(f, n, dst);
        break;
    case AST_TUPLE:
        r = build_tuple(f, n->items, n->nitems, n, dst);
        break;
    case AST_VAR:
        r = cg_var(f, n, dst, false);
        break;
    case AST_CALL:
        r = expr_call(f, n, dst, false);
        break;
    default:
        cg_error(f->mod->unit, n, "internal: unknown node");
    }
    if (dst >= 0 && r != dst) { cg_move(f, dst, r); r = dst; }
    else if (dst == NEXT && r != entry) {
        cg_release(f, entry);
        int t = cg_tmp(f);
        cg_move(f, t, r);
        r = t;
    }
    if (dst == NEXT) cg_release(f, r + 1);
    return r;
}

void cg_tail(FnCtx *f, Node *n) {
    if (n->kind == AST_CALL) {
        expr_call(f, n, ANY, true);
        return;
    }
    if (n->kind == AST_VAR && cg_lookup(f, n->str) < 0 && !is_special_var(n->str)) {
        if (cg_var(f, n, ANY, true) >= 0) cg_error(f->mod->unit, n, "internal: tail var");
        return;
    }
    int r = cg_expr(f, n, ANY);
    emit_op(f->e, OP_RET, r);
}

/* In tail mode every path either returns here or has already emitted RET. */
static int finish(FnCtx *f, int r, bool tail) {
    if (tail && r >= 0) { emit_op(f->e, OP_RET, r); return -1; }
    return r;
}

static int expr_call(FnCtx *f, Node *n, int dst, bool tail) {
    Unit *u = f->mod->unit;
    if (n->callee) {
        if (is_call(n->callee, ".")) return finish(f, cg_dot_call(f, n, dst, tail), tail);
        cg_error(u, n, "invalid call");
    }
    const char *name = n->str;
    size_t na = n->nitems;
    Node **a = n->items;
    switch (name[0]) {
    case '_':
        if (strcmp(name, "__block__") == 0) return cg_block(f, n, dst, tail);
        if (strcmp(name, "__aliases__") == 0) return finish(f, load_constant(f, mk_atom(u, n, cg_resolve_alias(f, n)), target(f, dst)), tail);
        break;
    case '=':
        if (strcmp(name, "=") == 0 && na == 2) return finish(f, cg_match_expr(f, n, dst), tail);
        break;
    case '{':
        if (strcmp(name, "{}") == 0) return finish(f, build_tuple(f, a, na, n, dst), tail);
        break;
    case '%':
        if (strcmp(name, "%{}") == 0) return finish(f, build_map(f, n, dst), tail);
        if (strcmp(name, "%") == 0 && na == 2) return finish(f, build_struct(f, n, dst), tail);
        break;
    case '<':
        if (strcmp(name, "<<>>") == 0) return finish(f, build_binary(f, n, dst), tail);
        if (strcmp(name, "<>") == 0 && na == 2) {
            check_concatenation(f, n);
            Unit *uu = u;
            Node *bin = ast_new(uu->arena, AST_CALL, n->line, n->col);
            bin->str = "<<>>";
            bin->items = ast_alloc(uu->arena, 2 * sizeof(Node *));
            bin->nitems = 2;
            for (int i = 0; i < 2; i++) {
                Node *spec = mk_var(uu, n, "binary");
                Node *pair[2] = {a[i], spec};
                bin->items[i] = mk_call(uu, n, "::", pair, 2);
            }
            return finish(f, build_binary(f, bin, dst), tail);
        }
        break;
    case '&':
        if (strcmp(name, "&&") == 0 && na == 2) return finish(f, cg_shortcircuit(f, n, dst, true), tail);
        if (strcmp(name, "&") == 0 && na == 1) return finish(f, cg_capture(f, n, dst), tail);
        break;
    case '|':
        if (strcmp(name, "||") == 0 && na == 2) return finish(f, cg_shortcircuit(f, n, dst, false), tail);
        if (strcmp(name, "|>") == 0 && na == 2) {
            Node *c = rw_pipe(f, n);
            if (tail) { cg_tail(f, c); return -1; }
            return cg_expr(f, c, dst);
        }
        break;
    case '!':
        if (strcmp(name, "!") == 0 && na == 1) return finish(f, cg_bang(f, n, dst), tail);
        break;
    case '@':
        if (strcmp(name, "@") == 0 && na == 1) return finish(f, cg_attr(f, n, dst), tail);
        break;
    case '^':
        if (strcmp(name, "^") == 0)
            cg_error(u, n, "cannot use ^%s outside of match clauses", na && n->items[0]->str ? n->items[0]->str : "");
        if (strcmp(name, "^^^") == 0 && na == 2)
            cg_warn_col(u, n, "^^^ is deprecated. It is typically used as xor but it has the wrong precedence, use Bitwise.bxor/2 instead");
        break;
    case '.':
        if (strcmp(name, "..") == 0 || strcmp(name, "..//") == 0) {
            Node *c;
            if (na == 2 && ast_is_constant(f, a[0]) && ast_is_constant(f, a[1]) && a[0]->kind == AST_INT && a[1]->kind == AST_INT) {
                Node *step = ast_new(u->arena, AST_INT, n->line, n->col);
                step->i = a[0]->i <= a[1]->i ? 1 : -1;
                Node *args[3] = {a[0], a[1], step};
                c = mk_remote(u, n, "Elixir.Range", "new", args, 3);
                (void)c;
                Node *pairs[4] = {
                    mk_tuple2(u, n, mk_atom(u, n, "__struct__"), mk_atom(u, n, "Elixir.Range")),
                    mk_tuple2(u, n, mk_atom(u, n, "first"), a[0]),
                    mk_tuple2(u, n, mk_atom(u, n, "last"), a[1]),
                    mk_tuple2(u, n, mk_atom(u, n, "step"), step)};
                return finish(f, cg_expr(f, mk_call(u, n, "%{}", pairs, 4), dst), tail);
            }
            c = mk_remote(u, n, "Elixir.Range", "new", a, na);
            return finish(f, cg_expr(f, c, dst), tail);
        }
        break;
    case 'a':
        if (strcmp(name, "and") == 0 && na == 2) return finish(f, cg_strict_bool(f, n, dst, true), tail);
        if ((strcmp(name, "alias") == 0 || strcmp(name, "import") == 0 || strcmp(name, "require") == 0)) break;
        break;
    case 'c':
        if (strcmp(name, "case") == 0) return finish(f, cg_case(f, n, dst, tail), tail);
        if (strcmp(name, "cond") == 0) return finish(f, cg_cond(f, n, dst, tail), tail);
        break;
    case 'f':
        if (strcmp(name, "fn") == 0) return finish(f, cg_fn(f, n, dst), tail);
        if (strcmp(name, "for") == 0) {
            Node *c = rw_for(f, n);
            if (tail) { cg_tail(f, c); return -1; }
            return cg_expr(f, c, dst);
        }
        break;
    case 'i':
        if (strcmp(name, "if") == 0) return finish(f, cg_if(f, n, dst, tail, false), tail);
        if (strcmp(name, "in") == 0 && na == 2) {
            Node *args[2] = {a[1], a[0]};
            Node *c = mk_remote(u, n, "Elixir.Enum", "member?", args, 2);
            return finish(f, cg_expr(f, c, dst), tail);
        }
        if (strcmp(name, "is_nil") == 0 && na == 1) {
            Node *args[2] = {a[0], mk_atom(u, n, "nil")};
            return finish(f, cg_expr(f, mk_call(u, n, "===", args, 2), dst), tail);
        }
        break;
    case 'm':
        if (strcmp(name, "match?") == 0 && na == 2) {
            Node *t = mk_atom(u, n, "true"), *fl = mk_atom(u, n, "false");
            Node *p1 = a[0];
            Node *under = mk_var(u, n, "_");
            Node *c1 = mk_clause(u, n, &p1, 1, t), *c2 = mk_clause(u, n, &under, 1, fl);
            Node *cls[2] = {c1, c2};
            Node *kw = mk_list(u, n, (Node *[]){mk_tuple2(u, n, mk_atom(u, n, "do"), mk_list(u, n, cls, 2))}, 1);
            Node *args[2] = {a[1], kw};
            return finish(f, cg_expr(f, mk_call(u, n, "case", args, 2), dst), tail);
        }
        break;
    case 'n':
        if (strcmp(name, "not") == 0 && na == 1 && is_call_n(a[0], "in", 2)) {
            int r = cg_expr(f, a[0], dst);
            emit_op(f->e, OP_NOT, r, r);
            return finish(f, r, tail);
        }
        break;
    case 'o':
        if (strcmp(name, "or") == 0 && na == 2) return finish(f, cg_strict_bool(f, n, dst, false), tail);
        break;
    case 'r':
        if (strcmp(name, "raise") == 0 && (na == 1 || na == 2)) return finish(f, cg_raise(f, n, dst), tail);
        if (strcmp(name, "reraise") == 0 && (na == 2 || na == 3)) return finish(f, cg_reraise(f, n, dst), tail);
        if (strcmp(name, "receive") == 0) return finish(f, cg_receive(f, n, dst, tail), tail);
        break;
    case 's':
        if (strncmp(name, "sigil_", 6) == 0 && strlen(name) == 7 && strchr("sScCwW", name[6]) && !cg_find_def(f->mod, name, 2))
            return finish(f, cg_sigil(f, n, dst), tail);
        break;
    case 't':
        if (strcmp(name, "try") == 0) return finish(f, cg_try(f, n, dst), tail);
        if (strcmp(name, "to_string") == 0 && na == 1 && !cg_find_def(f->mod, name, 1))
            return cg_to_string(f, a[0], dst, tail);
        break;
    case 'u':
        if (strcmp(name, "unless") == 0) return finish(f, cg_if(f, n, dst, tail, true), tail);
        break;
    case 'w':
        if (strcmp(name, "with") == 0) return finish(f, cg_with(f, n, dst, tail), tail);
        break;
    }
    if (strcmp(name, "alias") == 0 || strcmp(name, "import") == 0 || strcmp(name, "require") == 0) {
        extern void cg_directive(ModCtx *m, FnCtx *f, Node *n);
        cg_directive(f->mod, f, n);
        return finish(f, load_constant(f, mk_atom(u, n, "nil"), target(f, dst)), tail);
    }
    if (f->mod->is_script && (strcmp(name, "def") == 0 || strcmp(name, "defp") == 0 ||
                              strcmp(name, "defmacro") == 0 || strcmp(name, "defmacrop") == 0)) {
        /* what Elixir's Kernel.def macro raises while expanding the script */
        StrBuf b = {0};
        sb_printf(&b, "** (ArgumentError) cannot invoke %s/%zu outside module\n"
                      "    (elixir 1.14.0) lib/kernel.ex:6373: Kernel.assert_module_scope/3\n"
                      "    (elixir 1.14.0) lib/kernel.ex:5070: Kernel.define/4\n"
                      "    (elixir 1.14.0) expanding macro: Kernel.%s/%zu\n"
                      "    %s:%u: (file)\n", name, na, name, na, u->path, n->line);
        u->error = b.data;
        longjmp(u->fail, 1);
    }
    if (strcmp(name, "defmodule") == 0 || strcmp(name, "def") == 0 || strcmp(name, "defp") == 0)
        cg_expand_error(f, n, "cannot invoke %s/%zu inside function/macro", name, na);
    if (strcmp(name, SITE_FUN) == 0 && na == 1 && atom_of(a[0])) {
        Node *site = cg_module_site(f, atom_of(a[0]), n);
        if (tail) { cg_tail(f, site); return -1; }
        return cg_expr(f, site, dst);
    }
    if (is_call_n(n, "-", 1) && ast_is_constant(f, n)) return finish(f, load_constant(f, n, target(f, dst)), tail);
    if (!cg_find_def(f->mod, name, (uint32_t)na)) {
        Node *sugar = cg_expand_guard(f, NULL, name, a, na);
        if (!sugar) sugar = cg_kernel_sugar(f, n);
        if (sugar) {
            if (tail) { cg_tail(f, sugar); return -1; }
            return cg_expr(f, sugar, dst);
        }
    }
    return cg_local_call(f, n, name, a, na, dst, tail);
}
