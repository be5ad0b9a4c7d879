/* rewrite.c — turns syntactic sugar into plain calls and fns before code
 * generation: pipes, capture shorthands and comprehensions. The results are
 * ordinary quoted-form nodes, so the rest of the compiler never sees sugar.
 */
#include "cg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- node builders ---- */

static Node **copy_items(Unit *u, Node **items, size_t n) {
    Node **c = ast_alloc(u->arena, (n ? n : 1) * sizeof *c);
    if (n) memcpy(c, items, n * sizeof *c);
    return c;
}

Node *mk_call(Unit *u, const Node *at, const char *name, Node **args, size_t n) {
    Node *c = ast_new(u->arena, AST_CALL, at ? at->line : 0, at ? at->col : 0);
    c->str = name;
    c->items = copy_items(u, args, n);
    c->nitems = n;
    return c;
}

Node *mk_atom(Unit *u, const Node *at, const char *name) {
    Node *a = ast_new(u->arena, AST_ATOM, at ? at->line : 0, at ? at->col : 0);
    a->str = name;
    a->len = strlen(name);
    return a;
}

Node *mk_var(Unit *u, const Node *at, const char *name) {
    Node *v = ast_new(u->arena, AST_VAR, at ? at->line : 0, at ? at->col : 0);
    v->str = name;
    return v;
}

Node *mk_remote(Unit *u, const Node *at, const char *mod, const char *name, Node **args, size_t n) {
    Node *dotargs[2] = {mk_atom(u, at, mod), mk_atom(u, at, name)};
    Node *c = mk_call(u, at, NULL, args, n);
    c->callee = mk_call(u, at, ".", dotargs, 2);
    return c;
}

Node *mk_list(Unit *u, const Node *at, Node **items, size_t n) {
    Node *l = ast_new(u->arena, AST_LIST, at ? at->line : 0, at ? at->col : 0);
    l->items = copy_items(u, items, n);
    l->nitems = n;
    return l;
}

Node *mk_tuple2(Unit *u, const Node *at, Node *a, Node *b) {
    Node *t = ast_new(u->arena, AST_TUPLE, at ? at->line : 0, at ? at->col : 0);
    Node *items[2] = {a, b};
    t->items = copy_items(u, items, 2);
    t->nitems = 2;
    return t;
}

Node *mk_clause(Unit *u, const Node *at, Node **params, size_t nparams, Node *body) {
    Node *args[2] = {mk_list(u, at, params, nparams), body};
    return mk_call(u, at, "->", args, 2);
}

Node *mk_fn1(Unit *u, const Node *at, Node **params, size_t nparams, Node *body) {
    Node *cl = mk_clause(u, at, params, nparams, body);
    return mk_call(u, at, "fn", &cl, 1);
}

static Node *kw1(Unit *u, const Node *at, const char *key, Node *v) {
    Node *pair = mk_tuple2(u, at, mk_atom(u, at, key), v);
    return mk_list(u, at, &pair, 1);
}

/* ---- pipes ---- */

Node *rw_pipe(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    Node *left = n->items[0], *right = n->items[1];
    if (right->kind == AST_VAR) return mk_call(u, right, right->str, &left, 1);
    if (right->kind != AST_CALL || is_call(right, "&") || is_call(right, "fn"))
        cg_error(u, n, "cannot pipe into this expression, can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()");
    Node *c = ast_new(u->arena, AST_CALL, right->line, right->col);
    *c = *right;
    c->items = ast_alloc(u->arena, (right->nitems + 1) * sizeof(Node *));
    c->items[0] = left;
    if (right->nitems) memcpy(c->items + 1, right->items, right->nitems * sizeof(Node *));
    c->nitems = right->nitems + 1;
    c->no_parens = 0;
    return c;
}

/* ---- captures: &(&1 + &2) becomes fn &1, &2 -> &1 + &2 end ---- */

static const char *capture_name(Unit *u, int64_t i) {
    char buf[32];
    snprintf(buf, sizeof buf, "&%lld", (long long)i);
    return ast_strdup(u->arena, buf, strlen(buf));
}

#define MAX_CAPTURE 255

static Node *replace_args(FnCtx *f, Node *n, int64_t *max, bool *used) {
    Unit *u = f->mod->unit;
    if (!n) return n;
    if (is_call_n(n, "&", 1) && n->items[0]->kind == AST_INT) {
        int64_t i = n->items[0]->i;
        if (i < 1)
            cg_expand_error(f, n, "capture argument &%lld must be numbered between 1 and %d", (long long)i, MAX_CAPTURE);
        if (i <= MAX_CAPTURE) used[i] = true;
        if (i > *max) *max = i;
        return mk_var(u, n, capture_name(u, i));
    }
    if (is_call(n, "fn")) return n;
    if (n->kind == AST_CALL || n->kind == AST_LIST || n->kind == AST_TUPLE) {
        Node *c = ast_new(u->arena, n->kind, n->line, n->col);
        *c = *n;
        c->items = ast_alloc(u->arena, (n->nitems ? n->nitems : 1) * sizeof(Node *));
        for (size_t i = 0; i < n->nitems; i++) c->items[i] = replace_args(f, n->items[i], max, used);
        if (n->callee) c->callee = replace_args(f, n->callee, max, used);
        return c;
    }
    return n;
}

Node *rw_capture(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    int64_t max = 0;
    bool used[MAX_CAPTURE + 1] = {false};
    Node *body = replace_args(f, n->items[0], &max, used);
    for (int64_t k = 1; k < max && k <= MAX_CAPTURE; k++)
        if (!used[k])
            cg_expand_error(f, n, "capture argument &%lld cannot be defined without &%lld (you cannot skip arguments, all arguments must be numbered)",
                            (long long)max, (long long)k);
    if (max > MAX_CAPTURE)
        cg_expand_error(f, n, "capture argument &%lld must be numbered between 1 and %d", (long long)max, MAX_CAPTURE);
    if (max == 0) {
        cg_error(u, n, "invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n  * &fun/arity to capture a local or imported function, such as &is_atom/1\n  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: %s", "expression");
    }
    Node **params = ast_alloc(u->arena, (size_t)max * sizeof *params);
    for (int64_t i = 1; i <= max; i++) params[i - 1] = mk_var(u, n, capture_name(u, i));
    return mk_fn1(u, n, params, (size_t)max, body);
}

/* ---- comprehensions ---- */

/* A generator over a bitstring, <<segments <- bin>>: a single code point or
 * byte segment walks the string; fixed-size segments walk chunks of bits. */
static Node *generator_enum(FnCtx *f, Node *gen, Node **pat) {
    Unit *u = f->mod->unit;
    if (!is_call(gen, "<<>>")) {
        *pat = gen->items[0];
        return gen->items[1];
    }
    size_t n = gen->nitems;
    Node *arrow = gen->items[n - 1];
    Node *src = arrow->items[1];
    Node *last = arrow->items[0];
    if (n == 1) {
        bool utf8 = is_call_n(last, "::", 2) && last->items[1]->kind == AST_VAR && strcmp(last->items[1]->str, "utf8") == 0;
        if (utf8 || cg_segment_bits(f, last) == 8) {
            *pat = is_call_n(last, "::", 2) ? last->items[0] : last;
            return utf8 ? mk_remote(u, gen, "Elixir.String", "to_charlist", &src, 1)
                        : mk_remote(u, gen, "binary", "bin_to_list", &src, 1);
        }
    }
    Node **segs = ast_alloc(u->arena, n * sizeof *segs);
    int64_t bits = 0;
    for (size_t i = 0; i < n; i++) {
        segs[i] = i == n - 1 ? last : gen->items[i];
        int b = cg_segment_bits(f, segs[i]);
        if (b < 0) cg_error(u, gen, "bitstring generators need segments of a size known at compile time");
        bits += b;
    }
    *pat = mk_call(u, gen, "<<>>", segs, n);
    Node *size = ast_new(u->arena, AST_INT, gen->line, gen->col);
    size->i = bits;
    Node *args[2] = {src, size};
    return mk_remote(u, gen, "Elixir.Kernel.Utils", "bin_chunks", args, 2);
}

Node *rw_for(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    size_t nq = n->nitems;
    if (nq == 0 || !is_keyword_list(n->items[nq - 1])) cg_error(u, n, "missing :do option in \"for\"");
    /* `for x <- l, into: %{} do ... end` has its options and its do-block in two keyword lists */
    Node *opts = n->items[--nq];
    if (nq > 0 && is_keyword_list(n->items[nq - 1]) && n->items[nq - 1]->nitems > 0) {
        Node *more = n->items[--nq];
        Node **all = ast_alloc(u->arena, (more->nitems + opts->nitems) * sizeof(Node *));
        memcpy(all, more->items, more->nitems * sizeof(Node *));
        memcpy(all + more->nitems, opts->items, opts->nitems * sizeof(Node *));
        opts = mk_list(u, n, all, more->nitems + opts->nitems);
    }
    Node *body = kw_get(opts, "do");
    Node *into = kw_get(opts, "into");
    Node *uniq = kw_get(opts, "uniq");
    Node *reduce = kw_get(opts, "reduce");
    if (!body) cg_error(u, n, "missing :do option in \"for\"");
    Node *acc = mk_var(u, n, "for&acc");
    Node *inner;
    if (reduce) {
        if (body->kind != AST_LIST) cg_error(u, n, "when using :reduce with comprehensions, the do block must be written using acc -> expr clauses, where each clause expects the accumulator as a single argument");
        Node *args[2] = {acc, kw1(u, n, "do", body)};
        inner = mk_call(u, n, "case", args, 2);
    } else {
        Node *bar[2] = {body, acc};
        Node *cons = mk_call(u, n, "|", bar, 2);
        inner = mk_list(u, n, &cons, 1);
    }
    size_t first_gen = 0;
    while (first_gen < nq && !is_call_n(n->items[first_gen], "<-", 2) && !is_call(n->items[first_gen], "<<>>")) first_gen++;
    if (first_gen == nq) cg_error(u, n, "for comprehensions must start with a generator");
    for (size_t i = nq; i-- > 0;) {
        Node *q = n->items[i];
        if (is_call_n(q, "<-", 2) || (is_call(q, "<<>>") && q->nitems > 0 && is_call_n(q->items[q->nitems - 1], "<-", 2))) {
            Node *pat;
            Node *enumerable = generator_enum(f, q, &pat);
            Node *init = i == first_gen ? (reduce ? reduce : mk_list(u, n, NULL, 0)) : acc;
            Node *cl1;
            if (is_call_n(pat, "when", 2)) {   /* x when guard <- list */
                Node *head[3] = {pat->items[0], acc, pat->items[1]};
                Node *w = mk_call(u, pat, "when", head, 3);
                cl1 = mk_clause(u, q, &w, 1, inner);
            } else {
                Node *params[2] = {pat, acc};
                cl1 = mk_clause(u, q, params, 2, inner);
            }
            Node *under[2] = {mk_var(u, q, "_"), acc};
            Node *cl2 = mk_clause(u, q, under, 2, acc);
            Node *cls[2] = {cl1, cl2};
            Node *fnn = mk_call(u, q, "fn", cls, 2);
            Node *args[3] = {enumerable, init, fnn};
            inner = mk_remote(u, q, "Elixir.Enum", "reduce", args, 3);
        } else if (i > first_gen) {
            /* the filter runs outside the if's condition, so what it binds
             * (`y = x * 2`) is seen by the qualifiers after it */
            Node *test = mk_var(u, q, "for&filter");
            Node *bind[2] = {test, q};
            Node *pairs[2] = {mk_tuple2(u, q, mk_atom(u, q, "do"), inner), mk_tuple2(u, q, mk_atom(u, q, "else"), acc)};
            Node *args[2] = {test, mk_list(u, q, pairs, 2)};
            Node *block[2] = {mk_call(u, q, "=", bind, 2), mk_call(u, q, "if", args, 2)};
            inner = mk_call(u, q, "__block__", block, 2);
        }
    }
    if (reduce) return inner;
    Node *result = mk_remote(u, n, "lists", "reverse", &inner, 1);
    if (uniq && !(uniq->kind == AST_ATOM && strcmp(uniq->str, "false") == 0))
        result = mk_remote(u, n, "Elixir.Enum", "uniq", &result, 1);
    if (into) {
        Node *args[2] = {result, into};
        result = mk_remote(u, n, "Elixir.Enum", "into", args, 2);
    }
    return result;
}

/* ---- Kernel macros that are plain calls underneath ---- */

static Node *and2(Unit *u, const Node *at, Node *a, Node *b) {
    Node *args[2] = {a, b};
    return mk_call(u, at, "and", args, 2);
}

/* is_map(x) and is_map_key(x, key) and test(map_get(x, key)) */
static Node *has_field(Unit *u, const Node *at, Node *x, const char *key, const char *test, Node *value) {
    Node *k = mk_atom(u, at, key);
    Node *isk[2] = {x, k};
    Node *get[2] = {x, k};
    Node *field = mk_call(u, at, "map_get", get, 2);
    Node *check;
    if (value) {
        Node *eq[2] = {field, value};
        check = mk_call(u, at, test, eq, 2);
    } else {
        check = mk_call(u, at, test, &field, 1);
    }
    return and2(u, at, and2(u, at, mk_call(u, at, "is_map", &x, 1), mk_call(u, at, "is_map_key", isk, 2)), check);
}

/* put_in(data.a[:b], v) and friends: the path becomes a list of keys,
 * `.field` as Access.key!(:field) and `[key]` as key. */
static Node *path_call(Unit *u, Node *n, const char *fun, Node *path, Node **rest, size_t nrest) {
    Node *keys[64];
    size_t nk = 0;
    Node *root = path;
    for (;;) {
        if (nk == 64) return NULL;
        if (root->kind == AST_CALL && root->callee && is_call_n(root->callee, ".", 2) && root->nitems == 0 &&
            root->no_parens && atom_of(root->callee->items[1])) {
            keys[nk++] = mk_remote(u, root, "Elixir.Access", "key!", &root->callee->items[1], 1);
            root = root->callee->items[0];
            continue;
        }
        if (root->kind == AST_CALL && root->callee && is_call_n(root->callee, ".", 2) && root->nitems == 2 &&
            atom_of(root->callee->items[0]) && strcmp(atom_of(root->callee->items[0]), "Elixir.Access") == 0 &&
            atom_of(root->callee->items[1]) && strcmp(atom_of(root->callee->items[1]), "get") == 0) {
            keys[nk++] = root->items[1];
            root = root->items[0];
            continue;
        }
        break;
    }
    if (nk == 0) return NULL;
    Node *ordered[64];
    for (size_t i = 0; i < nk; i++) ordered[i] = keys[nk - 1 - i];
    Node *args[3] = {root, mk_list(u, n, ordered, nk), nrest ? rest[0] : NULL};
    return mk_remote(u, n, "Elixir.Kernel", fun, args, 2 + nrest);
}

Node *cg_kernel_sugar(FnCtx *f, Node *n) {
    Unit *u = f->mod->unit;
    const char *name = n->str;
    Node **a = n->items;
    size_t na = n->nitems;
    if (na >= 1 && a[0]->kind != AST_LIST) {
        if (strcmp(name, "put_in") == 0 && na == 2) return path_call(u, n, "put_in", a[0], a + 1, 1);
        if (strcmp(name, "update_in") == 0 && na == 2) return path_call(u, n, "update_in", a[0], a + 1, 1);
        if (strcmp(name, "get_and_update_in") == 0 && na == 2) return path_call(u, n, "get_and_update_in", a[0], a + 1, 1);
        if (strcmp(name, "pop_in") == 0 && na == 1) return path_call(u, n, "pop_in", a[0], NULL, 0);
    }
    if (strcmp(name, "is_struct") == 0 && na == 1) return has_field(u, n, a[0], "__struct__", "is_atom", NULL);
    if (strcmp(name, "is_struct") == 0 && na == 2) return has_field(u, n, a[0], "__struct__", "===", a[1]);
    if (strcmp(name, "is_exception") == 0 && na == 1)
        return has_field(u, n, a[0], "__exception__", "===", mk_atom(u, n, "true"));
    if (strcmp(name, "is_exception") == 0 && na == 2)
        return and2(u, n, has_field(u, n, a[0], "__exception__", "===", mk_atom(u, n, "true")),
                    has_field(u, n, a[0], "__struct__", "===", a[1]));
    if (strcmp(name, "then") == 0 && na == 2) {
        Node *dot = mk_call(u, n, ".", &a[1], 1);
        Node *c = mk_call(u, n, NULL, &a[0], 1);
        c->str = NULL;
        c->callee = dot;
        return c;
    }
    return NULL;
}
