/* unused.c — Elixir's "variable is unused" warnings, from the parse tree
 * alone, before any code is generated.
 *
 * Elixir reports a variable binding that nothing reads when the scope that
 * bound it closes (a clause of fn/case/receive/try, a def clause, the
 * script), scope by scope in the order they close, and within a scope by
 * name. A binding made while a variable of that name is visible gets the
 * message about the pin operator. The script's own code is reported first,
 * then each module in the order it is defined, as Elixir compiles a script
 * before running it and a module when its defmodule runs.
 */
#include "cg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;
    const Node *at;
    bool used, shadows;
    size_t order;
} Binding;

typedef struct {
    Unit *u;
    Binding *v;
    size_t n, cap;
    size_t pattern_start;   /* bindings of the pattern being walked start here */
    const char **under; size_t nunder, capunder;   /* its _names so far */
    uint32_t block_line;    /* the line Elixir gives the block being walked (if's), or 0 */
    const char *context;    /* "M.f/2", or "" in the script's code */
    StrBuf *out;
} Walk;

static void walk(Walk *w, Node *n);
static void walk_pattern(Walk *w, Node *n);

static bool ignored(const char *name) { return name[0] == '_'; }

static Binding *visible(Walk *w, const char *name, size_t from) {
    for (size_t i = w->n; i-- > from;)
        if (strcmp(w->v[i].name, name) == 0) return &w->v[i];
    return NULL;
}

static void bind(Walk *w, Node *var) {
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->v = realloc(w->v, w->cap * sizeof *w->v);
        if (!w->v) { fputs("vial: out of memory\n", stderr); exit(1); }
    }
    bool shadows = visible(w, var->str, 0) != NULL;
    w->v[w->n] = (Binding){var->str, var, false, shadows, w->n};
    w->n++;
}

static int by_name(const void *a, const void *b) {
    const Binding *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* Closes the scope opened when w->n was mark, reporting what it left unread. */
static void close_scope(Walk *w, size_t mark) {
    size_t k = 0;
    for (size_t i = mark; i < w->n; i++)
        if (!w->v[i].used) w->v[mark + k++] = w->v[i];
    if (k > 1) qsort(w->v + mark, k, sizeof *w->v, by_name);
    for (size_t i = 0; i < k; i++) {
        Binding *b = &w->v[mark + i];
        sb_printf(w->out, "warning: variable \"%s\" is unused (%s)\n  %s:%u%s%s\n\n", b->name,
                  b->shadows ? "there is a variable with the same name in the context, use the pin operator (^) to match on it or prefix this variable with underscore if it is not meant to be used"
                             : "if the variable is not meant to be used, prefix it with an underscore",
                  w->u->path, b->at->line, *w->context ? ": " : "", w->context);
    }
    w->n = mark;
}

/* defmodule takes its caller's variables along (its body may read them as
 * it runs), so Elixir counts every visible one as used. */
static void use_all(Walk *w) {
    for (size_t i = 0; i < w->n; i++) w->v[i].used = true;
}

static void walk_items(Walk *w, Node *n) {
    for (size_t i = 0; i < n->nitems; i++) walk(w, n->items[i]);
}

/* A statement of a block that only yields a value nobody takes: a number or
 * string literal, or a variable. Elixir 1.14 locates a literal by its
 * block's line, which only the blocks if and unless make have. */
static void warn_unused_value(Walk *w, Node *n, uint32_t block_line) {
    const char *sep = *w->context ? ": " : "";
    if (n->kind == AST_INT || n->kind == AST_BIGINT || n->kind == AST_FLOAT || n->kind == AST_STRING) {
        sb_puts(w->out, "warning: code block contains unused literal ");
        cg_inspect(w->out, n);
        sb_printf(w->out, " (remove the literal or assign it to _ to avoid warnings)\n  %s", w->u->path);
        if (block_line) sb_printf(w->out, ":%u", block_line);
        sb_printf(w->out, "%s%s\n\n", sep, w->context);
    } else if (n->kind == AST_VAR && !ignored(n->str)) {
        sb_printf(w->out, "warning: variable %s in code block has no effect as it is never returned "
                          "(remove the variable or assign it to _ to avoid warnings)\n  %s:%u%s%s\n\n",
                  n->str, w->u->path, n->line, sep, w->context);
    }
}

/* A key that is a literal in the quoted form: it can be compared as written. */
static bool quoted_literal(const Node *n) {
    switch (n->kind) {
    case AST_ATOM: case AST_INT: case AST_BIGINT: case AST_FLOAT: case AST_STRING:
        return true;
    case AST_LIST: case AST_TUPLE:
        if (n->kind == AST_TUPLE && n->nitems != 2) return false;
        for (size_t i = 0; i < n->nitems; i++)
            if (!quoted_literal(n->items[i])) return false;
        return true;
    default:
        return false;
    }
}

/* %{k => 1, k => 2} and %{m | k: 1, k: 2}: a literal key given again wins
 * over the earlier one. */
static void check_map_keys(Walk *w, Node *map) {
    Node **pairs = map->items;
    size_t n = map->nitems;
    if (n == 1 && is_call_n(pairs[0], "|", 2) && pairs[0]->items[1]->kind == AST_LIST) {
        Node *updates = pairs[0]->items[1];
        pairs = updates->items;
        n = updates->nitems;
    }
    for (size_t i = 1; i < n; i++) {
        Node *k = pairs[i]->kind == AST_TUPLE && pairs[i]->nitems == 2 ? pairs[i]->items[0] : NULL;
        if (!k || !quoted_literal(k)) continue;
        for (size_t j = 0; j < i; j++) {
            Node *e = pairs[j]->kind == AST_TUPLE && pairs[j]->nitems == 2 ? pairs[j]->items[0] : NULL;
            if (!e || !ast_same_literal(e, k)) continue;
            sb_puts(w->out, "warning: key ");
            cg_inspect(w->out, k);
            sb_printf(w->out, " will be overridden in map\n  %s:%u\n\n", w->u->path, map->line);
            break;
        }
    }
}

static void walk_block(Walk *w, Node *n) {
    uint32_t line = w->block_line;
    w->block_line = 0;
    for (size_t i = 0; i < n->nitems; i++) {
        if (i + 1 < n->nitems) warn_unused_value(w, n->items[i], line);
        walk(w, n->items[i]);
    }
}

static void start_pattern(Walk *w) {
    w->pattern_start = w->n;
    w->nunder = 0;
}

/* _name twice in one match: the second compares with the first, which the
 * underscore says is not meant. */
static void check_underscored(Walk *w, Node *var) {
    if (strcmp(var->str, "_") == 0) return;
    for (size_t i = 0; i < w->nunder; i++)
        if (strcmp(w->under[i], var->str) == 0) {
            sb_printf(w->out, "warning: the underscored variable \"%s\" appears more than once in a match. This means the "
                              "pattern will only match if all \"%s\" bind to the same value. If this is the intended "
                              "behaviour, please remove the leading underscore from the variable name, otherwise give the "
                              "variables different names\n  %s:%u%s%s\n\n",
                      var->str, var->str, w->u->path, var->line, *w->context ? ": " : "", w->context);
            return;
        }
    if (w->nunder == w->capunder) {
        w->capunder = w->capunder ? w->capunder * 2 : 8;
        w->under = realloc(w->under, w->capunder * sizeof *w->under);
        if (!w->under) { fputs("vial: out of memory\n", stderr); exit(1); }
    }
    w->under[w->nunder++] = var->str;
}

/* A pattern: its variables bind; pins, sizes and map keys are read. */
static void walk_pattern(Walk *w, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case AST_VAR: {
        if (ignored(n->str)) { check_underscored(w, n); return; }
        Binding *b = visible(w, n->str, w->pattern_start);
        if (b) b->used = true;   /* {x, x}: the second one compares */
        else bind(w, n);
        return;
    }
    case AST_LIST: case AST_TUPLE:
        for (size_t i = 0; i < n->nitems; i++) walk_pattern(w, n->items[i]);
        return;
    case AST_CALL:
        break;
    default:
        return;
    }
    static const char *forms[] = {"{}", "%", "<<>>", "|", "<>", "=", "-", "+", 0};
    bool form = false;
    for (int i = 0; forms[i] && !form; i++) form = !n->callee && strcmp(n->str, forms[i]) == 0;
    if (!form && !is_call(n, "^") && !is_call(n, "::") && !is_call(n, "%{}")) return;   /* the compiler rejects it */
    if (is_call_n(n, "^", 1)) { walk(w, n->items[0]); return; }
    if (is_call_n(n, "::", 2)) {   /* a segment: its size is read */
        walk_pattern(w, n->items[0]);
        walk(w, n->items[1]);
        return;
    }
    if (is_call(n, "%{}")) {
        for (size_t i = 0; i < n->nitems; i++) {
            Node *p = n->items[i];
            if (p->kind == AST_TUPLE && p->nitems == 2) { walk(w, p->items[0]); walk_pattern(w, p->items[1]); }
            else walk_pattern(w, p);
        }
        return;
    }
    for (size_t i = 0; i < n->nitems; i++) walk_pattern(w, n->items[i]);
}

/* Patterns bound together (a clause's parameters), then the guard. */
static void walk_head(Walk *w, Node **params, size_t n) {
    Node *guard = NULL;
    if (n == 1 && is_call(params[0], "when")) {
        guard = params[0]->items[params[0]->nitems - 1];
        n = params[0]->nitems - 1;
        params = params[0]->items;
    }
    start_pattern(w);
    for (size_t i = 0; i < n; i++) {
        Node *p = params[i];
        if (is_call_n(p, "\\\\", 2)) { walk(w, p->items[1]); p = p->items[0]; }
        walk_pattern(w, p);
    }
    if (guard) walk(w, guard);
}

/* `head -> body` clauses, each its own scope. */
static void walk_clause_items(Walk *w, Node **cls, size_t n, bool patterns) {
    for (size_t i = 0; i < n; i++) {
        Node *cl = cls[i];
        if (!is_call_n(cl, "->", 2) || cl->items[0]->kind != AST_LIST) { walk(w, cl); continue; }
        size_t mark = w->n;
        if (patterns) walk_head(w, cl->items[0]->items, cl->items[0]->nitems);
        else walk_items(w, cl->items[0]);
        walk(w, cl->items[1]);
        close_scope(w, mark);
    }
}

static void walk_clauses(Walk *w, Node *list, bool patterns) {
    if (list && list->kind == AST_LIST) walk_clause_items(w, list->items, list->nitems, patterns);
    else walk(w, list);
}

/* A do-block body on its own scope. */
static void walk_scoped(Walk *w, Node *n) {
    size_t mark = w->n;
    walk(w, n);
    close_scope(w, mark);
}

/* rescue clauses: `e in [A] ->`, `e ->`, `A ->` bind at most e. */
static void walk_rescue(Walk *w, Node *list) {
    if (!list || list->kind != AST_LIST) return;
    for (size_t i = 0; i < list->nitems; i++) {
        Node *cl = list->items[i];
        if (!is_call_n(cl, "->", 2) || cl->items[0]->kind != AST_LIST || cl->items[0]->nitems != 1) continue;
        Node *head = cl->items[0]->items[0];
        size_t mark = w->n;
        start_pattern(w);
        if (is_call_n(head, "in", 2)) walk_pattern(w, head->items[0]);
        else if (head->kind == AST_VAR) walk_pattern(w, head);
        walk(w, cl->items[1]);
        close_scope(w, mark);
    }
}

static Node *kw_of(Node *n) {
    Node *last = n->nitems ? n->items[n->nitems - 1] : NULL;
    return is_keyword_list(last) ? last : NULL;
}

static void walk_match(Walk *w, Node *n) {
    walk(w, n->items[1]);
    start_pattern(w);
    walk_pattern(w, n->items[0]);
}

/* with and for: qualifiers bind in one scope that the do-block shares. */
static void walk_qualifiers(Walk *w, Node *n, bool is_for) {
    Node *kw = kw_of(n);
    size_t nq = n->nitems - (kw ? 1 : 0);
    Node *more = is_for && nq > 0 && is_keyword_list(n->items[nq - 1]) ? n->items[--nq] : NULL;
    size_t mark = w->n;
    for (size_t i = 0; i < nq; i++) {
        Node *q = n->items[i];
        if (is_call_n(q, "<-", 2)) {
            walk(w, q->items[1]);
            walk_head(w, &q->items[0], 1);
        } else if (is_call(q, "<<>>") && q->nitems > 0 && is_call_n(q->items[q->nitems - 1], "<-", 2)) {
            Node *arrow = q->items[q->nitems - 1];
            walk(w, arrow->items[1]);
            start_pattern(w);
            for (size_t k = 0; k + 1 < q->nitems; k++) walk_pattern(w, q->items[k]);
            walk_pattern(w, arrow->items[0]);
        } else if (is_call_n(q, "=", 2)) {
            walk_match(w, q);
        } else {
            walk(w, q);
        }
    }
    Node *opts[2] = {more, kw};
    Node *body = NULL;
    for (int k = 0; k < 2; k++) {
        if (!opts[k]) continue;
        for (size_t i = 0; i < opts[k]->nitems; i++) {
            Node *p = opts[k]->items[i];
            const char *key = atom_of(p->items[0]);
            if (strcmp(key, "do") == 0) body = p->items[1];
            else if (strcmp(key, "else") != 0) walk(w, p->items[1]);
        }
    }
    bool reduce = is_for && ((more && kw_get(more, "reduce")) || (kw && kw_get(kw, "reduce")));
    if (reduce) walk_clauses(w, body, true);
    else walk(w, body);
    close_scope(w, mark);
    if (kw && kw_get(kw, "else")) walk_clauses(w, kw_get(kw, "else"), true);
}

static void walk_call(Walk *w, Node *n) {
    const char *name = n->callee ? NULL : n->str;
    Node *kw = kw_of(n);
    if (!name) {
        walk(w, n->callee);
        walk_items(w, n);
        return;
    }
    if (strcmp(name, "=") == 0 && n->nitems == 2) { walk_match(w, n); return; }
    if (strcmp(name, "__block__") == 0) { walk_block(w, n); return; }
    if (strcmp(name, "defmodule") == 0) { use_all(w); return; }
    if (strcmp(name, "%{}") == 0) check_map_keys(w, n);
    if (strcmp(name, "fn") == 0) { walk_clause_items(w, n->items, n->nitems, true); return; }
    if (strcmp(name, "quote") == 0 || strcmp(name, "__aliases__") == 0 || strcmp(name, "@") == 0) return;
    if (strcmp(name, "&") == 0 && n->nitems == 1 && n->items[0]->kind == AST_INT) return;
    if ((strcmp(name, "case") == 0 || strcmp(name, "receive") == 0) && kw) {
        if (strcmp(name, "case") == 0) walk(w, n->items[0]);
        walk_clauses(w, kw_get(kw, "do"), true);
        walk_clauses(w, kw_get(kw, "after"), false);
        return;
    }
    if (strcmp(name, "cond") == 0 && kw) { walk_clauses(w, kw_get(kw, "do"), false); return; }
    if ((strcmp(name, "if") == 0 || strcmp(name, "unless") == 0) && n->nitems == 2 && kw) {
        /* if is a case whose falsy clause comes first; unless swaps them */
        bool is_if = strcmp(name, "if") == 0;
        walk(w, n->items[0]);
        w->block_line = n->line;
        walk_scoped(w, kw_get(kw, is_if ? "else" : "do"));
        w->block_line = n->line;
        walk_scoped(w, kw_get(kw, is_if ? "do" : "else"));
        w->block_line = 0;
        return;
    }
    if (strcmp(name, "try") == 0 && kw) {
        walk_scoped(w, kw_get(kw, "do"));
        walk_rescue(w, kw_get(kw, "rescue"));
        walk_clauses(w, kw_get(kw, "catch"), true);
        walk_clauses(w, kw_get(kw, "else"), true);
        walk_scoped(w, kw_get(kw, "after"));
        return;
    }
    if (strcmp(name, "with") == 0 && kw) { walk_qualifiers(w, n, false); return; }
    if (strcmp(name, "for") == 0 && kw) { walk_qualifiers(w, n, true); return; }
    walk_items(w, n);
}

static void walk(Walk *w, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case AST_VAR: {
        Binding *b = ignored(n->str) ? NULL : visible(w, n->str, 0);
        if (b) b->used = true;
        return;
    }
    case AST_LIST: case AST_TUPLE:
        walk_items(w, n);
        return;
    case AST_CALL:
        walk_call(w, n);
        return;
    default:
        return;
    }
}

/* ---- definitions and modules ---- */

static void walk_def(Walk *w, Node *def, const char *mod) {
    if (def->nitems != 2 || !is_keyword_list(def->items[1])) return;   /* a bodiless head */
    Node *head = def->items[0];
    if (is_call_n(head, "when", 2)) head = head->items[0];
    if (head->kind != AST_CALL && head->kind != AST_VAR) return;
    if (head->kind == AST_CALL && (!head->str || head->callee)) return;
    size_t arity = head->kind == AST_CALL ? head->nitems : 0;
    char ctx[512];
    snprintf(ctx, sizeof ctx, "%s.%s/%zu", mod, head->str, arity);
    w->context = ctx;
    size_t mark = w->n;
    Node *params = def->items[0];
    if (is_call_n(params, "when", 2)) {
        Node *call = params->items[0];
        Node **all = ast_alloc(w->u->arena, (arity + 1) * sizeof *all);
        if (arity) memcpy(all, call->items, arity * sizeof *all);
        all[arity] = params->items[1];
        Node *when = mk_call(w->u, params, "when", all, arity + 1);
        walk_head(w, &when, 1);
    } else if (head->kind == AST_CALL) {
        walk_head(w, head->items, arity);
    }
    Node *kw = def->items[1];
    for (size_t i = 0; i < kw->nitems; i++) {
        const char *key = atom_of(kw->items[i]->items[0]);
        Node *body = kw->items[i]->items[1];
        if (strcmp(key, "do") == 0) walk(w, body);
        else if (strcmp(key, "rescue") == 0) walk_rescue(w, body);
        else if (strcmp(key, "catch") == 0 || strcmp(key, "else") == 0) walk_clauses(w, body, true);
        else walk_scoped(w, body);
    }
    close_scope(w, mark);
    w->context = "";
}

static Node **block_items(Unit *u, Node *body, size_t *n) {
    if (is_call(body, "__block__")) { *n = body->nitems; return body->items; }
    Node **one = ast_alloc(u->arena, sizeof *one);
    *one = body;
    *n = 1;
    return one;
}

static bool def_name(Node *def, const char **name, size_t *arity) {
    Node *head = def->nitems ? def->items[0] : NULL;
    if (is_call_n(head, "when", 2)) head = head->items[0];
    if (!head || !head->str || (head->kind != AST_CALL && head->kind != AST_VAR) || head->callee) return false;
    *name = head->str;
    *arity = head->kind == AST_CALL ? head->nitems : 0;
    return true;
}

/* A clause apart from the earlier ones of its function (defs: the module's
 * definitions so far, in order). */
static void check_grouped(ModCtx *m, Node **defs, size_t ndefs, Node *def) {
    const char *name, *prev_name;
    size_t arity, prev_arity;
    if (!ndefs || !def_name(def, &name, &arity)) return;
    if (def_name(defs[ndefs - 1], &prev_name, &prev_arity) && strcmp(name, prev_name) == 0 && arity == prev_arity) return;
    for (size_t i = 0; i < ndefs; i++) {
        if (!def_name(defs[i], &prev_name, &prev_arity) || strcmp(name, prev_name) != 0 || arity != prev_arity) continue;
        sb_printf(&m->warnings, "warning: clauses with the same name and arity (number of arguments) should be grouped together, \"%s %s/%zu\" was previously defined (%s:%u)\n  %s:%u\n\n",
                  defs[i]->str, name, arity, m->path, defs[i]->line, m->path, def->line);
        return;
    }
}

void cg_warn_source(ModCtx *m) {
    if (!m->src) return;
    Walk w = {.u = m->unit, .context = "", .out = &m->warnings};
    size_t n = 0;
    if (m->is_script) {
        Node **items = block_items(m->unit, m->src, &n);
        for (size_t i = 0; i < n; i++) {
            if (is_call(items[i], "defmodule")) { use_all(&w); continue; }
            if (i + 1 < n) warn_unused_value(&w, items[i], 0);
            walk(&w, items[i]);
        }
        if (m->unit->opts && m->unit->opts->eval) use_all(&w);
        close_scope(&w, 0);
    } else {
        Node *body = m->src->nitems == 2 ? kw_get(m->src->items[1], "do") : NULL;
        Node **items = body ? block_items(m->unit, body, &n) : NULL;
        const char *mod = strncmp(m->name, "Elixir.", 7) == 0 ? m->name + 7 : m->name;
        Node **defs = ast_alloc(m->unit->arena, (n ? n : 1) * sizeof *defs);
        size_t ndefs = 0;
        for (size_t i = 0; items && i < n; i++) {
            if (!is_call(items[i], "def") && !is_call(items[i], "defp")) continue;
            walk_def(&w, items[i], mod);
            check_grouped(m, defs, ndefs, items[i]);
            defs[ndefs++] = items[i];
        }
    }
    free(w.v);
    free(w.under);
}

/* ---- directives nothing uses ---- */

typedef struct { const char *name; size_t arity; } Call;

typedef struct {
    const char **aliases; size_t naliases, capaliases;   /* first segments of Foo.Bar */
    Call *calls; size_t ncalls, capcalls;                /* local calls and &name/arity */
} Uses;

static void *grow(void *v, size_t *cap, size_t elem) {
    *cap = *cap ? *cap * 2 : 32;
    v = realloc(v, *cap * elem);
    if (!v) { fputs("vial: out of memory\n", stderr); exit(1); }
    return v;
}

/* Everything the module's code could resolve through an alias or an
 * import, collected from the tree: a use anywhere counts. */
static void add_call(Uses *s, const char *name, size_t arity) {
    if (s->ncalls == s->capcalls) s->calls = grow(s->calls, &s->capcalls, sizeof *s->calls);
    s->calls[s->ncalls++] = (Call){name, arity};
}

static bool local_call(const Node *n) {
    return n->kind == AST_VAR || (n->kind == AST_CALL && !n->callee && n->str && !is_call(n, "__aliases__"));
}

static void collect_uses(Uses *s, Node *n) {
    if (!n || (n->kind != AST_CALL && n->kind != AST_LIST && n->kind != AST_TUPLE && n->kind != AST_VAR)) return;
    if (local_call(n)) add_call(s, n->str, n->kind == AST_CALL ? n->nitems : 0);
    /* x |> f(a) calls f/2; &f/2 names f/2 */
    if (is_call_n(n, "|>", 2) && local_call(n->items[1]))
        add_call(s, n->items[1]->str, (n->items[1]->kind == AST_CALL ? n->items[1]->nitems : 0) + 1);
    if (is_call_n(n, "/", 2) && n->items[1]->kind == AST_INT && local_call(n->items[0]))
        add_call(s, n->items[0]->str, (size_t)n->items[1]->i);
    if (is_call(n, "__aliases__") && n->nitems && atom_of(n->items[0])) {
        if (s->naliases == s->capaliases) s->aliases = grow(s->aliases, &s->capaliases, sizeof *s->aliases);
        s->aliases[s->naliases++] = atom_of(n->items[0]);
    }
    if (n->kind == AST_CALL) collect_uses(s, n->callee);
    /* alias X, as: Y names Y; only X is a use */
    size_t k = is_call(n, "alias") || is_call(n, "require") ? (n->nitems ? 1 : 0) : n->nitems;
    for (size_t i = 0; i < k; i++) collect_uses(s, n->items[i]);
}

static bool import_used(ModCtx *m, Import *im, Uses *s) {
    if (strcmp(im->module, "Elixir.Kernel") == 0) return true;   /* its macros are always in use */
    for (size_t i = 0; i < s->ncalls; i++) {
        const char *name = s->calls[i].name;
        size_t arity = s->calls[i].arity;
        if (!cg_import_allows(im, name, arity)) continue;
        if (cg_module_exports(m->unit, im->module, name, (uint32_t)arity)) return true;
        if (cg_module_has_guard(m->unit, im->module, name, arity)) return true;
        /* Bitwise's operators are inlined rather than exported */
        if (strcmp(im->module, "Elixir.Bitwise") == 0 && arity <= 2 && strspn(name, "&|^<>~") == strlen(name)) return true;
    }
    return false;
}

static int by_short_name(const void *a, const void *b) {
    return strcmp((*(Alias *const *)a)->short_name, (*(Alias *const *)b)->short_name);
}

static int by_module(const void *a, const void *b) {
    return strcmp((*(Import *const *)a)->module, (*(Import *const *)b)->module);
}

void cg_warn_directives(ModCtx *m) {
    if (!m->src) return;
    Uses s = {0};
    collect_uses(&s, m->src);
    Alias **aliases = calloc(m->naliases + 1, sizeof *aliases);
    Import **imports = calloc(m->nimports + 1, sizeof *imports);
    size_t na = 0, ni = 0;
    for (size_t i = 0; i < m->naliases; i++) {
        Alias *a = &m->aliases[i];
        bool used = false;
        for (size_t k = 0; k < s.naliases && !used; k++) used = strcmp(s.aliases[k], a->short_name) == 0;
        if (a->report && !used) aliases[na++] = a;
    }
    for (size_t i = 0; i < m->nimports; i++)
        if (m->imports[i].report && !import_used(m, &m->imports[i], &s)) imports[ni++] = &m->imports[i];
    qsort(aliases, na, sizeof *aliases, by_short_name);
    qsort(imports, ni, sizeof *imports, by_module);
    for (size_t i = 0; i < na; i++)
        sb_printf(&m->warnings, "warning: unused alias %s\n  %s:%u\n\n", aliases[i]->short_name, m->path, aliases[i]->line);
    for (size_t i = 0; i < ni; i++) {
        const char *mod = imports[i]->module;
        bool elixir = strncmp(mod, "Elixir.", 7) == 0;
        sb_printf(&m->warnings, "warning: unused import %s%s\n  %s:%u\n\n", elixir ? "" : ":", elixir ? mod + 7 : mod, m->path, imports[i]->line);
    }
    free(aliases);
    free(imports);
    free(s.aliases);
    free(s.calls);
}
