/* clauses.c — the clause heads a FunctionClauseError lists.
 *
 * When no clause of a compiled function matches, Elixir lists the clauses
 * it tried ("Attempted function clauses"), read back from the module's
 * debug info as its compiler expanded them, and marks what did not match.
 * Here a module compiled to a file (not a script's: Elixir keeps no debug
 * info for those) gets a hidden function __vial_clauses__/0 returning a
 * binary, the external term format of
 *
 *     [{name, arity, kind, [{args, guards}, ...]}, ...]
 *
 * for each function a call can fail to match. args and guards are quoted
 * expressions in the form Elixir's expansion leaves them in: attributes,
 * defguards and aliases replaced, `x in [1, 2]` as `x === 1 or x === 2`,
 * `"a" <> rest` as a binary pattern, segment types spelled out. Exception
 * matches and prints them (FunctionClauseError.blame/2).
 */
#include "cg.h"
#include "emit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Node *show(FnCtx *f, Node *n);

/* n's items, each shown. */
static Node **show_items(FnCtx *f, Node *n) {
    Node **items = ast_alloc(f->mod->unit->arena, (n->nitems ? n->nitems : 1) * sizeof *items);
    for (size_t i = 0; i < n->nitems; i++) items[i] = show(f, n->items[i]);
    return items;
}

static Node *call_of(FnCtx *f, const Node *at, const char *name, Node *a, Node *b) {
    return mk_call(f->mod->unit, at, name, (Node *[]){a, b}, b ? 2 : 1);
}

static Node *int_node(FnCtx *f, const Node *at, int64_t v) {
    Node *i = ast_new(f->mod->unit->arena, AST_INT, at->line, at->col);
    i->i = v;
    return i;
}

/* A literal integer, with a leading minus folded in. */
static bool literal_int(const Node *n, int64_t *v) {
    if (n->kind == AST_INT) { *v = n->i; return true; }
    if (is_call_n(n, "-", 1) && n->items[0]->kind == AST_INT) { *v = -n->items[0]->i; return true; }
    return false;
}

/* x in [a, b] is x === a or x === b; x in first..last//step is
 * is_integer(x) and (x >= first and x <= last) and rem(x - first, step) === 0;
 * anything else is left as written. */
static Node *show_in(FnCtx *f, Node *n) {
    Node *x = show(f, n->items[0]), *set = n->items[1], *words = cg_sigil_words(f, set);
    if (words) set = words;
    if (set->kind == AST_LIST) {
        Node *chain = NULL;
        for (size_t i = 0; i < set->nitems; i++) {
            Node *test = call_of(f, n, "===", x, show(f, set->items[i]));
            chain = chain ? call_of(f, n, "or", chain, test) : test;
        }
        return chain ? chain : mk_atom(f->mod->unit, n, "false");
    }
    int64_t first, last, step = 1;
    bool stepped = is_call_n(set, "..//", 3);
    if ((is_call_n(set, "..", 2) || stepped) && literal_int(set->items[0], &first) && literal_int(set->items[1], &last) &&
        (!stepped || literal_int(set->items[2], &step))) {
        bool up = first <= last;
        Node *bounds = call_of(f, n, "and", call_of(f, n, up ? ">=" : "<=", x, int_node(f, n, first)),
                               call_of(f, n, up ? "<=" : ">=", x, int_node(f, n, last)));
        Node *chain = call_of(f, n, "and", call_of(f, n, "is_integer", x, NULL), bounds);
        if (stepped) {
            Node *offset = call_of(f, n, "rem", call_of(f, n, "-", x, int_node(f, n, first)), int_node(f, n, step));
            chain = call_of(f, n, "and", chain, call_of(f, n, "===", offset, int_node(f, n, 0)));
        }
        return chain;
    }
    return call_of(f, n, "in", x, show(f, set));
}

/* A segment's modifiers in the order Elixir's expansion writes them: type
 * (integer when there are others), endianness, signedness, unit, size. */
typedef struct { Node *type, *endian, *sign, *unit, *size; } Spec;

static void read_spec(FnCtx *f, Node *s, Spec *sp) {
    if (is_call_n(s, "-", 2)) {
        read_spec(f, s->items[0], sp);
        read_spec(f, s->items[1], sp);
        return;
    }
    const char *name = s->kind == AST_VAR ? s->str : s->kind == AST_CALL && s->str && s->nitems == 0 ? s->str : NULL;
    if (s->kind == AST_INT) sp->size = s;
    else if (is_call_n(s, "size", 1)) sp->size = s->items[0];
    else if (is_call_n(s, "unit", 1)) sp->unit = s->items[0];
    else if (!name) sp->type = s;
    else if (!strcmp(name, "big") || !strcmp(name, "little") || !strcmp(name, "native")) sp->endian = s;
    else if (!strcmp(name, "signed") || !strcmp(name, "unsigned")) sp->sign = s;
    else if (!strcmp(name, "bits")) sp->type = mk_var(f->mod->unit, s, "bitstring");
    else if (!strcmp(name, "bytes")) sp->type = mk_var(f->mod->unit, s, "binary");
    else sp->type = s;
}

static Node *show_segment(FnCtx *f, Node *seg) {
    if (!is_call_n(seg, "::", 2)) return show(f, seg);
    Spec sp = {0};
    read_spec(f, seg->items[1], &sp);
    Node *parts[5] = {sp.type ? sp.type : mk_var(f->mod->unit, seg, "integer"), sp.endian, sp.sign,
                      sp.unit ? call_of(f, seg, "unit", show(f, sp.unit), NULL) : NULL,
                      sp.size ? call_of(f, seg, "size", show(f, sp.size), NULL) : NULL};
    Node *spec = NULL;
    for (int i = 0; i < 5; i++)
        if (parts[i]) spec = spec ? call_of(f, seg, "-", spec, parts[i]) : parts[i];
    return call_of(f, seg, "::", show(f, seg->items[0]), spec);
}

/* :erlang's guard functions by the names Elixir prints them with. */
static Node *show_erlang(FnCtx *f, Node *n, const char *fun) {
    static const char *const ops[][2] = {{"andalso", "and"}, {"orelse", "or"}, {"=<", "<="}, {"/=", "!="},
                                         {"=:=", "==="}, {"=/=", "!=="}};
    static const char *const kept[] = {"map_get", "element", "size", "xor"};
    Unit *u = f->mod->unit;
    Node **args = show_items(f, n);
    if (cg_bitwise_fun(fun)) return mk_remote(u, n, "Elixir.Bitwise", fun, args, n->nitems);
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
        if (!strcmp(fun, kept[i])) return mk_remote(u, n, "erlang", fun, args, n->nitems);
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (!strcmp(fun, ops[i][0])) fun = ops[i][1];
    return mk_call(u, n, fun, args, n->nitems);
}

/* is_exception(x) and is_exception(x, Mod): a struct with the key set. */
static Node *show_is_exception(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    Node *x = show(f, n->items[0]), *key = mk_atom(u, n, "__exception__");
    Node *is_struct = mk_call(u, n, "is_struct", (Node *[]){x, n->nitems > 1 ? show(f, n->items[1]) : NULL}, n->nitems);
    Node *map_get = mk_remote(u, n, "erlang", "map_get", (Node *[]){key, x}, 2);
    Node *chain = call_of(f, n, "and", is_struct, call_of(f, n, "is_map_key", x, key));
    return call_of(f, n, "and", chain, call_of(f, n, "==", map_get, mk_atom(u, n, "true")));
}

/* Bitwise's operators and imported functions, by their full names. */
static Node *show_bitwise(FnCtx *f, Node *n) {
    const char *name = cg_bitwise_fun(n->str);
    if (!name || cg_find_def(f->mod, n->str, (uint32_t)n->nitems)) return NULL;
    return mk_remote(f->mod->unit, n, "Elixir.Bitwise", name, show_items(f, n), n->nitems);
}

static Node *show_call(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    if (is_call(n, "__aliases__")) return mk_atom(u, n, cg_resolve_alias(f, n));
    if (is_call_n(n, "is_exception", 1) || is_call_n(n, "is_exception", 2)) return show_is_exception(f, n);
    Node *bitwise = n->str && n->nitems ? show_bitwise(f, n) : NULL;
    if (bitwise) return bitwise;
    if (is_call_n(n, "in", 2)) return show_in(f, n);
    if (is_call_n(n, "is_nil", 1)) return call_of(f, n, "==", show(f, n->items[0]), mk_atom(u, n, "nil"));
    if (is_call_n(n, "-", 1) && (n->items[0]->kind == AST_INT || n->items[0]->kind == AST_FLOAT)) {
        Node *neg = ast_new(u->arena, n->items[0]->kind, n->line, n->col);
        neg->i = -n->items[0]->i;
        neg->f = -n->items[0]->f;
        return neg;
    }
    if (is_call_n(n, "<>", 2) && n->items[0]->kind == AST_STRING) {
        Node *rest = call_of(f, n, "::", show(f, n->items[1]), mk_var(u, n, "binary"));
        return call_of(f, n, "<<>>", n->items[0], rest);
    }
    if (is_call(n, "<<>>")) {
        Node *c = mk_call(u, n, "<<>>", n->items, n->nitems);
        for (size_t i = 0; i < n->nitems; i++) c->items[i] = show_segment(f, n->items[i]);
        return c;
    }
    const char *mod = NULL, *fun = n->str;
    if (n->callee && is_call_n(n->callee, ".", 2) && atom_of(n->callee->items[1])) {
        Node *m = n->callee->items[0];
        mod = m->kind == AST_ATOM ? m->str : is_call(m, "__aliases__") ? cg_resolve_alias(f, m) : NULL;
        fun = atom_of(n->callee->items[1]);
    }
    if (mod && !strcmp(mod, "erlang")) return show_erlang(f, n, fun);
    if (fun && (!n->callee || mod)) {
        Node *guard = cg_expand_guard(f, mod, fun, n->items, n->nitems);
        if (guard) return show(f, guard);
    }
    Node *c = ast_new(u->arena, AST_CALL, n->line, n->col);
    *c = *n;
    c->items = show_items(f, n);
    if (mod) c->callee = call_of(f, n, ".", mk_atom(u, n, mod), n->callee->items[1]);
    return c;
}

/* A head's pattern or guard as Elixir's expansion leaves it. */
static Node *show(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    switch (n->kind) {
    case AST_VAR:
        if (!strcmp(n->str, "__MODULE__")) return mk_atom(u, n, f->mod->name);
        return n;
    case AST_LIST:
    case AST_TUPLE: {
        Node *c = ast_new(u->arena, n->kind, n->line, n->col);
        *c = *n;
        c->items = show_items(f, n);
        return c;
    }
    case AST_CALL: {
        Node *literal = cg_sigil_literal(f, n);   /* expanded, as Elixir shows it */
        return literal ? literal : show_call(f, n);
    }
    default:
        return n;
    }
}

/* ---- the quoted form, in the external term format ---- */

static void put_quoted(FnCtx *f, StrBuf *b, const Node *n);

static void put_items(FnCtx *f, StrBuf *b, Node *const *items, size_t n) {
    if (n) etfw_list(b, n);
    for (size_t i = 0; i < n; i++) put_quoted(f, b, items[i]);
    etfw_nil(b);
}

static void put_quoted(FnCtx *f, StrBuf *b, const Node *n) {
    switch (n->kind) {
    case AST_VAR:
        etfw_tuple(b, 3);
        etfw_atom(b, n->str, strlen(n->str));
        etfw_nil(b);
        etfw_atom(b, "nil", 3);
        return;
    case AST_LIST:
        put_items(f, b, n->items, n->nitems);
        return;
    case AST_TUPLE:
        etfw_tuple(b, n->nitems);
        for (size_t i = 0; i < n->nitems; i++) put_quoted(f, b, n->items[i]);
        return;
    case AST_CALL:
        etfw_tuple(b, 3);
        if (n->callee) put_quoted(f, b, n->callee);
        else etfw_atom(b, n->str, strlen(n->str));
        if (n->no_parens && n->callee && !n->nitems) {   /* map.field */
            etfw_list(b, 1);
            etfw_tuple(b, 2);
            etfw_atom(b, "no_parens", 9);
            etfw_atom(b, "true", 4);
        }
        etfw_nil(b);
        put_items(f, b, n->items, n->nitems);
        return;
    default:
        cg_encode_constant(f, b, (Node *)n);
    }
}

/* ---- which functions, and the hidden function ---- */

/* Whether some call can match no clause: none takes any arguments. A name
 * like "-map/2-lists^map/1-0-" stands for a function Erlang's compiler made
 * (an inlined :lists.map), of which Elixir's debug info knows nothing. */
static bool can_fail(Unit *u, const FunDef *d) {
    if (d->wrapper || !strncmp(d->name, "__", 2) || !strcmp(d->name, "module_info") || d->name[0] == '-')
        return false;
    for (size_t c = 0; c < d->nclauses; c++) {
        Head h = cg_split_head(u, d->clauses[c]->items[0]);
        bool any = !h.guard;
        for (size_t i = 0; i < h.nparams && any; i++) {
            any = h.params[i]->kind == AST_VAR && strcmp(h.params[i]->str, "__MODULE__") != 0;
            for (size_t k = 0; k < i && any; k++)   /* f(x, x) */
                any = h.params[i]->str[0] == '_' || strcmp(h.params[i]->str, h.params[k]->str) != 0;
        }
        if (any) return false;
    }
    return true;
}

static void put_clause(FnCtx *f, StrBuf *b, Node *def) {
    Head h = cg_split_head(f->mod->unit, def->items[0]);
    etfw_tuple(b, 2);
    if (h.nparams) etfw_list(b, h.nparams);
    for (size_t i = 0; i < h.nparams; i++) put_quoted(f, b, show(f, h.params[i]));
    etfw_nil(b);
    /* `when a when b`: one guard each */
    size_t nguards = 0;
    for (Node *g = h.guard; g; g = is_call_n(g, "when", 2) ? g->items[1] : NULL) nguards++;
    if (nguards) etfw_list(b, nguards);
    for (Node *g = h.guard; g; g = is_call_n(g, "when", 2) ? g->items[1] : NULL)
        put_quoted(f, b, show(f, is_call_n(g, "when", 2) ? g->items[0] : g));
    etfw_nil(b);
}

void clauses_define(ModCtx *m) {
    /* Elixir lists the clauses of Elixir modules only: an Erlang module
     * (:lists, written in Elixir here) has none to show */
    if (strncmp(m->name, "Elixir.", 7) != 0) return;
    Unit *u = m->unit;
    FnCtx f = {.mod = m, .e = m->e, .stacktrace_reg = -1};
    StrBuf entries = {0}, b = {0};
    cg_scratch_push(u, &entries);
    cg_scratch_push(u, &b);
    size_t n = 0;
    for (size_t i = 0; i < m->ndefs; i++) {
        FunDef *d = &m->defs[i];
        if (!can_fail(u, d)) continue;
        n++;
        f.def_name = d->name;
        f.def_arity = d->arity;
        etfw_tuple(&entries, 4);
        etfw_atom(&entries, d->name, strlen(d->name));
        etfw_int(&entries, d->arity);
        etfw_atom(&entries, d->private ? "defp" : "def", d->private ? 4 : 3);
        etfw_list(&entries, d->nclauses);
        for (size_t c = 0; c < d->nclauses; c++) put_clause(&f, &entries, d->clauses[c]);
        etfw_nil(&entries);
    }
    etfw_begin(&b);
    if (n) {
        etfw_list(&b, n);
        sb_put(&b, entries.data, entries.len);
    }
    etfw_nil(&b);
    cg_scratch_pop(u);
    cg_scratch_pop(u);
    Node *info = ast_new(u->arena, AST_STRING, m->src ? m->src->line : 1, 0);
    info->str = ast_strdup(u->arena, b.data, b.len);
    info->len = b.len;
    sb_free(&entries);
    sb_free(&b);
    Node *kw = mk_list(u, info, (Node *[]){mk_tuple2(u, info, mk_atom(u, info, "do"), info)}, 1);
    cg_add_def(m, mk_call(u, info, "def", (Node *[]){mk_call(u, info, "__vial_clauses__", NULL, 0), kw}, 2));
}
