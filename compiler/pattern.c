/* pattern.c — compiles patterns and guards into tests that jump to a fail
 * label.
 *
 * A pattern is matched against a register: each sub-term is taken apart
 * into temporaries after the test that makes the access safe, and a
 * variable simply names the register its value already sits in (values
 * never change, so no copy is needed). A variable seen twice in one pattern
 * is compared instead. Guards never raise: every operation that could runs
 * as a native with the guard's fail label.
 */
#include "cg.h"

#include <stdlib.h>
#include <string.h>

void cg_pattern_begin(FnCtx *f) { f->pattern_vars_start = f->nvars; }

Node *cg_split_guard(Node *head, Node **guard) {
    *guard = NULL;
    if (is_call_n(head, "when", 2)) {
        *guard = head->items[1];
        return head->items[0];
    }
    return head;
}

static int bound_in_pattern(FnCtx *f, const char *name) {
    for (size_t i = f->nvars; i-- > f->pattern_vars_start;)
        if (strcmp(f->vars[i].name, name) == 0) return f->vars[i].reg;
    return -1;
}

__attribute__((noreturn))
static void undefined_pin(FnCtx *f, Node *at, const char *name) {
    cg_error(f->mod->unit, at, "undefined variable ^%s. No variable \"%s\" has been defined before the current pattern", name, name);
}

static void match_literal(FnCtx *f, Node *lit, int src, uint32_t fail) {
    if (lit->kind == AST_ATOM) emit_op(f->e, OP_T_EQA, fail, src, cg_atom(f, lit->str));
    else if (lit->kind == AST_INT && lit->i >= INT32_MIN && lit->i <= INT32_MAX)
        emit_op(f->e, OP_T_EQI, fail, src, (uint32_t)(int32_t)lit->i);
    else if (lit->kind == AST_LIST && lit->nitems == 0) emit_op(f->e, OP_T_NIL, fail, src);
    else emit_op(f->e, OP_T_EQK, fail, src, cg_literal_of(f, lit));
}

static void match_var(FnCtx *f, Node *v, int src, uint32_t fail) {
    const char *name = v->str;
    if (strcmp(name, "_") == 0) return;
    if (strcmp(name, "__MODULE__") == 0) {
        emit_op(f->e, OP_T_EQA, fail, src, cg_atom(f, f->mod->name));
        return;
    }
    int prev = bound_in_pattern(f, name);
    if (prev >= 0) { emit_op(f->e, OP_T_EQX, fail, src, prev); return; }
    cg_bind(f, name, src);
}

static void match_list(FnCtx *f, Node *pat, int src, uint32_t fail) {
    size_t n = pat->nitems;
    Node *last = n ? pat->items[n - 1] : NULL;
    bool improper = last && is_call_n(last, "|", 2);
    int cur = src;
    for (size_t i = 0; i < n; i++) {
        Node *elem = improper && i == n - 1 ? last->items[0] : pat->items[i];
        emit_op(f->e, OP_T_CONS, fail, cur);
        int h = cg_tmp(f), t = cg_tmp(f);
        emit_op(f->e, OP_GET_LIST, h, t, cur);
        cg_match(f, elem, h, fail);
        cur = t;
    }
    if (improper) cg_match(f, last->items[1], cur, fail);
    else emit_op(f->e, OP_T_NIL, fail, cur);
}

static void match_tuple(FnCtx *f, Node **items, size_t n, int src, uint32_t fail) {
    emit_op(f->e, OP_T_ARITY, fail, src, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        if (items[i]->kind == AST_VAR && strcmp(items[i]->str, "_") == 0) continue;
        int t = cg_tmp(f);
        emit_op(f->e, OP_GET_ELEM, t, src, (uint32_t)i);
        cg_match(f, items[i], t, fail);
    }
}

static void match_map_pairs(FnCtx *f, Node **pairs, size_t n, int src, uint32_t fail) {
    for (size_t i = 0; i < n; i++) {
        Node *p = pairs[i];
        if (p->kind != AST_TUPLE || p->nitems != 2) cg_expand_error(f, p, "invalid map pattern");
        Node *key = p->items[0];
        int t = cg_tmp(f);
        if (is_call_n(key, "^", 1)) {
            int kr = cg_lookup(f, key->items[0]->str);
            if (kr < 0) undefined_pin(f, key, key->items[0]->str);
            emit_op(f->e, OP_GET_MAPR, fail, src, kr, t);
        } else if (ast_is_constant(f, key)) {
            emit_op(f->e, OP_GET_MAPK, fail, src, cg_literal_of(f, key), t);
        } else {
            cg_expand_error(f, key, "cannot use variable %s as map key inside a pattern. Map keys in patterns can only be literals (such as atoms, strings, tuples, and the like) or an existing variable matched with the pin operator (such as ^some_var)",
                     key->kind == AST_VAR ? key->str : "");
        }
        cg_match(f, p->items[1], t, fail);
    }
}

static void match_struct(FnCtx *f, Node *pat, int src, uint32_t fail) {
    Unit *u = f->mod->unit;
    Node *name = pat->items[0], *body = pat->items[1];
    emit_op(f->e, OP_T_MAP, fail, src);
    int t = cg_tmp(f);
    emit_op(f->e, OP_GET_MAPK, fail, src, cg_literal_of(f, mk_atom(u, pat, "__struct__")), t);
    if (name->kind == AST_VAR && strcmp(name->str, "__MODULE__") != 0) {
        emit_op(f->e, OP_T_ATOM, fail, t);
        cg_match(f, name, t, fail);
    } else {
        const char *mod = name->kind == AST_ATOM ? name->str
                        : name->kind == AST_VAR ? f->mod->name
                        : is_call(name, "__aliases__") ? cg_resolve_alias(f, name) : NULL;
        if (!mod) cg_expand_error(f, pat, "invalid struct name in pattern");
        cg_check_struct_access(f, pat, mod, 0);
        emit_op(f->e, OP_T_EQA, fail, t, cg_atom(f, mod));
    }
    match_map_pairs(f, body->items, body->nitems, src, fail);
}

/* <<...>> patterns, and "prefix" <> rest. */
static void match_binary(FnCtx *f, Node **segs, size_t n, int src, uint32_t fail) {
    segs = cg_split_utf_strings(f, segs, &n);
    int ms = cg_tmp(f);
    emit_op(f->e, OP_BS_START, fail, ms, src);
    bool rest_taken = false;
    for (size_t i = 0; i < n; i++) {
        Node *value, *size;
        bool tail_bin;
        uint32_t spec = cg_segment_spec(f, segs[i], &value, &size, &tail_bin);
        if (tail_bin && value->kind != AST_STRING) {
            if (i != n - 1) cg_expand_error(f, segs[i], "a binary field without size is only allowed at the end of a binary pattern");
            int t = cg_tmp(f);
            emit_op(f->e, OP_BS_REST, t, ms);
            cg_match(f, value, t, fail);
            rest_taken = true;
            break;
        }
        int sz = cg_tmp(f);
        if (value->kind == AST_STRING && !size) {
            emit_op(f->e, OP_LOADI, sz, (uint32_t)value->len);
        } else if (!size) {
            emit_op(f->e, OP_LOADNIL, sz);   /* the type's default size */
        } else if (size->kind == AST_INT) {
            emit_op(f->e, OP_LOADI, sz, (uint32_t)size->i);
        } else if (size->kind == AST_VAR) {
            int r = cg_lookup(f, size->str);
            if (r < 0) cg_expand_error(f, size, "undefined variable \"%s\" used as size in binary pattern", size->str);
            cg_move(f, sz, r);
        } else if (is_call_n(size, "^", 1)) {
            int r = cg_lookup(f, size->items[0]->str);
            if (r < 0) undefined_pin(f, size, size->items[0]->str);
            cg_move(f, sz, r);
        } else {
            cg_expr(f, size, sz);
        }
        int t = cg_tmp(f);
        emit_op(f->e, OP_BS_GET, fail, t, ms, sz, spec);
        cg_match(f, value, t, fail);
    }
    if (!rest_taken) emit_op(f->e, OP_BS_TAIL, fail, ms, 0u);
}

void cg_match(FnCtx *f, Node *pat, int src, uint32_t fail) {
    Unit *u = f->mod->unit;
    switch (pat->kind) {
    case AST_INT: case AST_BIGINT: case AST_FLOAT: case AST_ATOM: case AST_STRING:
        match_literal(f, pat, src, fail);
        return;
    case AST_VAR:
        match_var(f, pat, src, fail);
        return;
    case AST_LIST:
        if (pat->nitems == 0) { emit_op(f->e, OP_T_NIL, fail, src); return; }
        if (ast_is_constant(f, pat)) { match_literal(f, pat, src, fail); return; }
        match_list(f, pat, src, fail);
        return;
    case AST_TUPLE:
        match_tuple(f, pat->items, pat->nitems, src, fail);
        return;
    case AST_CALL:
        break;
    }
    const char *name = pat->str;
    if (!name) {
        Node *dot = pat->callee;
        const char *m = dot && is_call_n(dot, ".", 2) ? (is_call(dot->items[0], "__aliases__") ? cg_resolve_alias(f, dot->items[0]) : atom_of(dot->items[0])) : NULL;
        const char *fn = dot && is_call_n(dot, ".", 2) ? atom_of(dot->items[1]) : NULL;
        if (m && fn) {
            bool elixir = strncmp(m, "Elixir.", 7) == 0;
            cg_expand_error(f, pat, "cannot invoke remote function %s%s.%s/%zu inside a match", elixir ? "" : ":",
                            elixir ? m + 7 : m, fn, pat->nitems);
        }
        cg_expand_error(f, pat, "invalid pattern in match");
    }
    if (strcmp(name, "{}") == 0) { match_tuple(f, pat->items, pat->nitems, src, fail); return; }
    if (strcmp(name, "=") == 0 && pat->nitems == 2) {
        cg_match(f, pat->items[0], src, fail);
        cg_match(f, pat->items[1], src, fail);
        return;
    }
    if (strcmp(name, "^") == 0 && pat->nitems == 1) {
        Node *v = pat->items[0];
        int r = v->kind == AST_VAR ? cg_lookup(f, v->str) : -1;
        if (r < 0) undefined_pin(f, pat, v->kind == AST_VAR ? v->str : "");
        emit_op(f->e, OP_T_EQX, fail, src, r);
        return;
    }
    if (strcmp(name, "%{}") == 0) {
        emit_op(f->e, OP_T_MAP, fail, src);
        match_map_pairs(f, pat->items, pat->nitems, src, fail);
        return;
    }
    if (strcmp(name, "%") == 0 && pat->nitems == 2) { match_struct(f, pat, src, fail); return; }
    if (strcmp(name, "<<>>") == 0) { match_binary(f, pat->items, pat->nitems, src, fail); return; }
    if (strcmp(name, "<>") == 0 && pat->nitems == 2) {
        Node *segs[2];
        Node *spec = mk_var(u, pat, "binary");
        Node *p0[2] = {pat->items[0], spec}, *p1[2] = {pat->items[1], spec};
        if (pat->items[0]->kind != AST_STRING && !is_call(pat->items[0], "<<>>"))
            cg_expand_error(f, pat, "the left argument of <> operator inside a match should always be a literal binary because its size can't be verified");
        segs[0] = pat->items[0]->kind == AST_STRING ? pat->items[0] : mk_call(u, pat, "::", p0, 2);
        segs[1] = mk_call(u, pat, "::", p1, 2);
        match_binary(f, segs, 2, src, fail);
        return;
    }
    if (strcmp(name, "__aliases__") == 0) {
        emit_op(f->e, OP_T_EQA, fail, src, cg_atom(f, cg_resolve_alias(f, pat)));
        return;
    }
    if ((strcmp(name, "-") == 0 || strcmp(name, "+") == 0) && pat->nitems == 1 && ast_is_constant(f, pat)) {
        emit_op(f->e, OP_T_EQK, fail, src, cg_literal_of(f, pat));
        return;
    }
    if (strcmp(name, "@") == 0 && pat->nitems == 1)   /* defined ones were replaced by their values */
        cg_expand_error(f, pat, "undefined module attribute @%s", pat->items[0]->str ? pat->items[0]->str : "");
    if ((strcmp(name, "..") == 0 && pat->nitems == 2) || (strcmp(name, "..//") == 0 && pat->nitems == 3)) {
        Node *pairs[4] = {
            mk_tuple2(u, pat, mk_atom(u, pat, "__struct__"), mk_atom(u, pat, "Elixir.Range")),
            mk_tuple2(u, pat, mk_atom(u, pat, "first"), pat->items[0]),
            mk_tuple2(u, pat, mk_atom(u, pat, "last"), pat->items[1]),
            mk_tuple2(u, pat, mk_atom(u, pat, "step"), pat->nitems == 3 ? pat->items[2] : mk_var(u, pat, "_"))};
        emit_op(f->e, OP_T_MAP, fail, src);
        match_map_pairs(f, pairs, 4, src, fail);
        return;
    }
    Node *literal = cg_sigil_literal(f, pat);
    if (literal) {
        cg_match(f, literal, src, fail);
        return;
    }
    const char *erl = cg_inline_erlang_name(name, pat->nitems);
    if (erl) cg_expand_error(f, pat, "cannot invoke remote function :erlang.%s/%zu inside a match", erl, pat->nitems);
    cg_expand_error(f, pat, "cannot find or invoke local %s/%zu inside match. Only macros can be invoked in a match and they must be defined before their invocation. Called as: %s(...)",
                    name, pat->nitems, name);
}

/* ------------------------------------------------------------------ */
/* guards                                                               */

typedef struct { const char *name; const char *bif; int test; int arity; } GuardOp;

static const GuardOp guard_ops[] = {
    {"+", "+", -1, 2}, {"-", "-", -1, 2}, {"-", "-", -1, 1}, {"+", "+", -1, 1}, {"*", "*", -1, 2}, {"/", "/", -1, 2},
    {"div", "div", -1, 2}, {"rem", "rem", -1, 2},
    {"==", "==", OP_T_EQ, 2}, {"!=", "/=", OP_T_NE, 2}, {"===", "=:=", OP_T_EQX, 2}, {"!==", "=/=", OP_T_NEX, 2},
    {"<", "<", OP_T_LT, 2}, {"<=", "=<", OP_T_LE, 2}, {">", ">", OP_T_GT, 2}, {">=", ">=", OP_T_GE, 2},
    {"not", "not", -1, 1}, {"and", "and", -1, 2}, {"or", "or", -1, 2},
    {"abs", "abs", -1, 1}, {"length", "length", -1, 1}, {"hd", "hd", -1, 1}, {"tl", "tl", -1, 1},
    {"tuple_size", "tuple_size", -1, 1}, {"map_size", "map_size", -1, 1},
    {"byte_size", "byte_size", -1, 1}, {"bit_size", "bit_size", -1, 1}, {"round", "round", -1, 1},
    {"trunc", "trunc", -1, 1}, {"floor", "floor", -1, 1}, {"ceil", "ceil", -1, 1},
    {"max", "max", -1, 2}, {"min", "min", -1, 2},
    {"binary_part", "binary_part", -1, 3}, {"is_function", "is_function", -1, 1},
    {"is_function", "is_function", -1, 2}, {"self", "self", -1, 0}, {"node", "node", -1, 0},
    {"band", "band", -1, 2}, {"bor", "bor", -1, 2}, {"bxor", "bxor", -1, 2}, {"bnot", "bnot", -1, 1},
    {"bsl", "bsl", -1, 2}, {"bsr", "bsr", -1, 2},
    {"is_atom", "is_atom", OP_T_ATOM, 1}, {"is_binary", "is_binary", OP_T_BINARY, 1},
    {"is_bitstring", "is_bitstring", OP_T_BITSTR, 1}, {"is_boolean", "is_boolean", OP_T_BOOL, 1},
    {"is_float", "is_float", OP_T_FLOAT, 1}, {"is_integer", "is_integer", OP_T_INT, 1},
    {"is_list", "is_list", OP_T_LIST, 1}, {"is_map", "is_map", OP_T_MAP, 1}, {"is_number", "is_number", OP_T_NUM, 1},
    {"is_pid", "is_pid", OP_T_PID, 1}, {"is_reference", "is_reference", OP_T_REF, 1},
    {"is_tuple", "is_tuple", OP_T_TUPLE, 1}, {"is_port", "is_port", -1, 1},
    {0, 0, 0, 0},
};

static const GuardOp *guard_op(const char *name, size_t arity) {
    for (const GuardOp *g = guard_ops; g->name; g++)
        if (g->arity == (int)arity && strcmp(g->name, name) == 0) return g;
    return NULL;
}

/* A call of a defguard in a guard: its body with the arguments put in. */
static Node *guard_call(FnCtx *f, Node *g) {
    if (g->kind != AST_CALL) return NULL;
    if (!g->callee) return g->str ? cg_expand_guard(f, NULL, g->str, g->items, g->nitems) : NULL;
    if (!is_call_n(g->callee, ".", 2) || !atom_of(g->callee->items[1])) return NULL;
    Node *m = g->callee->items[0];
    const char *mod = is_call(m, "__aliases__") ? cg_resolve_alias(f, m) : atom_of(m);
    return mod ? cg_expand_guard(f, mod, atom_of(g->callee->items[1]), g->items, g->nitems) : NULL;
}

static int guard_value(FnCtx *f, Node *g, uint32_t fail);

static int guard_bif(FnCtx *f, const char *bif, Node **args, size_t n, uint32_t fail) {
    int base = f->freereg;
    for (size_t i = 0; i < n; i++) {
        int slot = cg_tmp(f);
        int mark = f->freereg;
        int v = guard_value(f, args[i], fail);
        cg_move(f, slot, v);
        cg_release(f, mark);
    }
    cg_release(f, base);
    int r = cg_tmp(f);
    emit_op(f->e, OP_BIF, r, emit_import(f->e, "erlang", bif, (uint32_t)n), base, (uint32_t)n, fail);
    return r;
}

static bool in_list_guard(FnCtx *f, Node *g, Node **list_out);

/* Value of a guard expression; failures jump to fail. */
static int guard_value(FnCtx *f, Node *g, uint32_t fail) {
    Unit *u = f->mod->unit;
    Node *expanded = guard_call(f, g);
    if (expanded) return guard_value(f, expanded, fail);
    if (g->kind != AST_CALL || g->callee) {
        if (g->kind == AST_CALL && g->callee && is_call_n(g->callee, ".", 2) && g->nitems == 0 && g->no_parens) {
            /* map.field */
            Node *args[2] = {g->callee->items[1], g->callee->items[0]};
            return guard_bif(f, "map_get", args, 2, fail);
        }
        if (g->kind == AST_CALL && g->callee && is_call_n(g->callee, ".", 2)) {
            Node *mn = g->callee->items[0];
            const char *m = is_call(mn, "__aliases__") ? cg_resolve_alias(f, mn) : atom_of(mn);
            const char *fn = atom_of(g->callee->items[1]);
            if (m && fn && strcmp(m, "erlang") == 0) return guard_bif(f, fn, g->items, g->nitems, fail);
            if (m && fn && strcmp(m, "Elixir.Bitwise") == 0 && fn[0] == 'b') return guard_bif(f, fn, g->items, g->nitems, fail);
            if (m && fn && strcmp(m, "Elixir.Kernel") == 0) {   /* Kernel.is_atom(x): the local guard */
                Node *local = mk_call(u, g, fn, g->items, g->nitems);
                return guard_value(f, local, fail);
            }
            cg_expand_error(f, g, "cannot invoke remote function in guards");
        }
        if (g->kind == AST_LIST || g->kind == AST_TUPLE) {
            if (ast_is_constant(f, g)) return cg_expr(f, g, ANY);
        }
        return cg_expr(f, g, ANY);
    }
    const char *name = g->str;
    if (strcmp(name, "{}") == 0 || strcmp(name, "%{}") == 0 || strcmp(name, "__aliases__") == 0 ||
        strcmp(name, "@") == 0 || strcmp(name, "<>") == 0 || strcmp(name, "<<>>") == 0)
        return cg_expr(f, g, ANY);
    if ((strcmp(name, "-") == 0 || strcmp(name, "+") == 0) && g->nitems == 1 && ast_is_constant(f, g))
        return cg_expr(f, g, ANY);
    if (strcmp(name, "is_nil") == 0 && g->nitems == 1) {
        Node *args[2] = {g->items[0], mk_atom(u, g, "nil")};
        return guard_bif(f, "=:=", args, 2, fail);
    }
    if ((strcmp(name, "is_map_key") == 0 || strcmp(name, "map_get") == 0) && g->nitems == 2) {
        Node *args[2] = {g->items[1], g->items[0]};   /* Erlang takes the key first */
        return guard_bif(f, name, args, 2, fail);
    }
    if (strcmp(name, "elem") == 0 && g->nitems == 2) {
        Node *one = ast_new(u->arena, AST_INT, g->line, g->col);
        one->i = 1;
        Node *pa[2] = {g->items[1], one};
        Node *args[2] = {mk_call(u, g, "+", pa, 2), g->items[0]};
        return guard_bif(f, "element", args, 2, fail);
    }
    if ((strcmp(name, "&&") == 0 || strcmp(name, "||") == 0) && g->nitems == 2) {
        Node *c = mk_call(u, g, name[0] == '&' ? "and" : "or", g->items, 2);
        return guard_bif(f, name[0] == '&' ? "and" : "or", c->items, 2, fail);
    }
    if (strcmp(name, "!") == 0 && g->nitems == 1) return guard_bif(f, "not", g->items, 1, fail);
    if (strcmp(name, "in") == 0 && g->nitems == 2) {
        int r = cg_tmp(f);
        uint32_t lfalse = emit_new_label(f->e), ldone = emit_new_label(f->e);
        int mark = f->freereg;
        cg_guard(f, g, lfalse);
        cg_release(f, mark);
        emit_op(f->e, OP_LOADA, r, cg_atom(f, "true"));
        emit_op(f->e, OP_JUMP, ldone);
        emit_label(f->e, lfalse);
        emit_op(f->e, OP_LOADA, r, cg_atom(f, "false"));
        emit_label(f->e, ldone);
        return r;
    }
    if (strcmp(name, "is_struct") == 0 || strcmp(name, "is_exception") == 0) {
        Node *test = cg_kernel_sugar(f, g);
        if (test) return guard_value(f, test, fail);
    }
    const char *bitwise = cg_bitwise_fun(name);
    if (bitwise && strcmp(bitwise, name) != 0) return guard_bif(f, bitwise, g->items, g->nitems, fail);   /* &&& and the like */
    const GuardOp *op = guard_op(name, g->nitems);
    if (op) return guard_bif(f, op->bif, g->items, g->nitems, fail);
    if (g->nitems == 0 || !g->items) return cg_expr(f, g, ANY);
    if (f->mod->is_script)
        cg_error(f->mod->unit, g, "undefined function %s/%zu (there is no such import)", name, g->nitems);
    StrBuf args = {0};
    cg_scratch_push(f->mod->unit, &args);
    for (size_t i = 0; i < g->nitems; i++) {
        Node *a = g->items[i];
        if (i) sb_puts(&args, ", ");
        if (a->kind == AST_VAR) sb_puts(&args, a->str);
        else if (a->kind == AST_INT) sb_printf(&args, "%lld", (long long)a->i);
        else if (a->kind == AST_ATOM) sb_printf(&args, ":%s", a->str);
        else sb_puts(&args, "...");
    }
    cg_error(f->mod->unit, g, "cannot find or invoke local %s/%zu inside guards. Only macros can be invoked in a guards and they must be defined before their invocation. Called as: %s(%s)",
             name, g->nitems, name, args.data ? args.data : "");
}

/* x in [a, b] and x in a..b, expanded as Elixir does in guards. */
static bool in_list_guard(FnCtx *f, Node *g, Node **list_out) {
    Node *right = g->items[1];
    if (right->kind == AST_LIST) { *list_out = right; return true; }
    if ((*list_out = cg_sigil_words(f, right))) return true;
    return false;
}

void cg_guard(FnCtx *f, Node *g, uint32_t fail) {
    Unit *u = f->mod->unit;
    int mark = f->freereg;
    Node *expanded = guard_call(f, g);
    if (expanded) { cg_guard(f, expanded, fail); return; }
    if (g->kind == AST_ATOM && strcmp(g->str, "true") == 0) return;
    if (g->kind == AST_CALL && g->str && !g->callee) {
        const char *name = g->str;
        size_t n = g->nitems;
        if ((strcmp(name, "and") == 0 || strcmp(name, "&&") == 0) && n == 2) {
            cg_guard(f, g->items[0], fail);
            cg_guard(f, g->items[1], fail);
            return;
        }
        if ((strcmp(name, "or") == 0 || strcmp(name, "||") == 0 || strcmp(name, "when") == 0) && n == 2) {
            uint32_t lnext = emit_new_label(f->e), lok = emit_new_label(f->e);
            cg_guard(f, g->items[0], lnext);
            emit_op(f->e, OP_JUMP, lok);
            emit_label(f->e, lnext);
            cg_guard(f, g->items[1], fail);
            emit_label(f->e, lok);
            return;
        }
        if ((strcmp(name, "not") == 0 || strcmp(name, "!") == 0) && n == 1) {
            uint32_t lok = emit_new_label(f->e);
            cg_guard(f, g->items[0], lok);
            emit_op(f->e, OP_JUMP, fail);
            emit_label(f->e, lok);
            return;
        }
        if (strcmp(name, "in") == 0 && n == 2) {
            Node *list;
            Node *right = g->items[1];
            int v = guard_value(f, g->items[0], fail);
            if (in_list_guard(f, g, &list)) {
                uint32_t lok = emit_new_label(f->e);
                for (size_t i = 0; i < list->nitems; i++) {
                    uint32_t lno = emit_new_label(f->e);
                    int m2 = f->freereg;
                    int e = guard_value(f, list->items[i], fail);
                    emit_op(f->e, OP_T_EQX, lno, v, e);
                    cg_release(f, m2);
                    emit_op(f->e, OP_JUMP, lok);
                    emit_label(f->e, lno);
                }
                emit_op(f->e, OP_JUMP, fail);
                emit_label(f->e, lok);
                cg_release(f, mark);
                return;
            }
            if (is_call_n(right, "..", 2) || is_call_n(right, "..//", 3)) {
                int lo = guard_value(f, right->items[0], fail);
                int hi = guard_value(f, right->items[1], fail);
                emit_op(f->e, OP_T_INT, fail, v);
                bool desc = right->items[0]->kind == AST_INT && right->items[1]->kind == AST_INT &&
                            right->items[0]->i > right->items[1]->i;
                if (right->nitems == 3 && right->items[2]->kind == AST_INT && right->items[2]->i < 0) desc = true;
                if (desc) { emit_op(f->e, OP_T_LE, fail, v, lo); emit_op(f->e, OP_T_GE, fail, v, hi); }
                else { emit_op(f->e, OP_T_GE, fail, v, lo); emit_op(f->e, OP_T_LE, fail, v, hi); }
                if (right->nitems == 3) {
                    Node *st = right->items[2];
                    Node *d1[2] = {g->items[0], right->items[0]};
                    Node *diff = mk_call(u, g, "-", d1, 2);
                    Node *r2[2] = {diff, st};
                    Node *rm = mk_call(u, g, "rem", r2, 2);
                    int rr = guard_value(f, rm, fail);
                    emit_op(f->e, OP_T_EQI, fail, rr, 0u);
                }
                cg_release(f, mark);
                return;
            }
            cg_expand_error(f, g, "invalid right argument for operator \"in\", it expects a compile-time proper list or compile-time range on the right side when used in guard expressions");
        }
        const GuardOp *op = guard_op(name, n);
        if (op && op->test >= 0) {
            if (n == 1) {
                int v = guard_value(f, g->items[0], fail);
                emit_op(f->e, op->test, fail, v);
            } else {
                int a = guard_value(f, g->items[0], fail);
                int b = guard_value(f, g->items[1], fail);
                emit_op(f->e, op->test, fail, a, b);
            }
            cg_release(f, mark);
            return;
        }
        if (strcmp(name, "is_nil") == 0 && n == 1) {
            int v = guard_value(f, g->items[0], fail);
            emit_op(f->e, OP_T_EQA, fail, v, cg_atom(f, "nil"));
            cg_release(f, mark);
            return;
        }
    }
    int v = guard_value(f, g, fail);
    emit_op(f->e, OP_T_TRUE, fail, v);
    cg_release(f, mark);
}
