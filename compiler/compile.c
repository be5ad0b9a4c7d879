/* compile.c — the compiler driver: parses a unit of source files, gathers
 * each defmodule's definitions, attributes, aliases and imports, generates
 * the functions (and the ones defstruct/defexception imply), and hands back
 * one BcModule per module.
 *
 * Modules are gathered completely before any code is generated, so a call
 * can name any function of any module in the unit regardless of order.
 */
#include "cg.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "elixir_info.h"
#include "parser.h"

/* ------------------------------------------------------------------ */
/* AST helpers                                                          */

bool is_call(const Node *n, const char *name) {
    return n && n->kind == AST_CALL && !n->callee && n->str && strcmp(n->str, name) == 0;
}

bool is_call_n(const Node *n, const char *name, size_t nargs) { return is_call(n, name) && n->nitems == nargs; }

const char *atom_of(const Node *n) { return n && n->kind == AST_ATOM ? n->str : NULL; }

bool is_keyword_list(const Node *n) {
    if (!n || n->kind != AST_LIST) return false;
    for (size_t i = 0; i < n->nitems; i++) {
        Node *p = n->items[i];
        if (p->kind != AST_TUPLE || p->nitems != 2 || p->items[0]->kind != AST_ATOM) return false;
    }
    return true;
}

Node *kw_get(Node *kw, const char *key) {
    if (!kw || kw->kind != AST_LIST) return NULL;
    for (size_t i = 0; i < kw->nitems; i++) {
        Node *p = kw->items[i];
        if (p->kind == AST_TUPLE && p->nitems == 2 && p->items[0]->kind == AST_ATOM && strcmp(p->items[0]->str, key) == 0)
            return p->items[1];
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* diagnostics                                                          */

__attribute__((noreturn))
static void fail_with(Unit *u, const Node *at, const char *trailer, const char *fmt, va_list ap) {
    StrBuf b = {0};
    sb_printf(&b, "** (CompileError) %s:%u: ", u->path, at ? at->line : 0);
    char tmp[2048];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    sb_puts(&b, tmp);
    sb_puts(&b, "\n");
    sb_puts(&b, trailer);
    u->error = b.data;
    longjmp(u->fail, 1);
}

/* Errors found after expansion (undefined functions) end with a blank line. */
void cg_error(Unit *u, const Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fail_with(u, at, "\n", fmt, ap);
}

/* Errors Elixir raises while expanding a script's own code: the frame of
 * its runner follows them (run_source prints it). */
void cg_script_error(Unit *u, const Node *at, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    u->runner_frame = true;
    fail_with(u, at, "", fmt, ap);
}

/* Errors found while expanding a definition end with the frame of the
 * module body (or the script) being expanded, as Elixir prints them. */
void cg_expand_error(FnCtx *f, const Node *at, const char *fmt, ...) {
    Unit *u = f->mod->unit;
    char frame[1024];
    if (f->mod->is_script) snprintf(frame, sizeof frame, "    %s:%u: (file)\n", u->path, at ? at->line : 0);
    else snprintf(frame, sizeof frame, "    %s:%u: (module)\n", u->path, f->def_line);
    va_list ap;
    va_start(ap, fmt);
    fail_with(u, at, frame, fmt, ap);
}

/* A warning found while generating code: kept with the module's, and
 * among those printed even if the unit then fails. Frees b. */
static void emit_warning(Unit *u, StrBuf *b) {
    if (u->warnings) {
        sb_put(u->warnings, b->data, b->len);
        sb_put(u->expansion, b->data, b->len);
    } else {
        fwrite(b->data, 1, b->len, stderr);
    }
    sb_free(b);
}

void cg_warn(Unit *u, const Node *at, const char *context, const char *fmt, ...) {
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    StrBuf b = {0};
    sb_printf(&b, "warning: %s\n  %s:%u%s%s\n\n", msg, u->path, at ? at->line : 0, context && *context ? ": " : "", context ? context : "");
    emit_warning(u, &b);
}

/* What Elixir's tokenizer warns about is located by line and column. */
void cg_warn_col(Unit *u, const Node *at, const char *msg) {
    StrBuf b = {0};
    sb_printf(&b, "warning: %s\n  %s:%u:%u\n\n", msg, u->path, at->line, at->col);
    emit_warning(u, &b);
}

/* ------------------------------------------------------------------ */
/* modules, aliases, definitions                                        */

static char *join_alias(Unit *u, const char *prefix, Node *aliases, size_t from) {
    for (size_t i = from; i < aliases->nitems; i++)
        if (!atom_of(aliases->items[i])) cg_error(u, aliases, "invalid alias");
    StrBuf b = {0};
    sb_puts(&b, prefix);
    for (size_t i = from; i < aliases->nitems; i++) {
        const char *seg = atom_of(aliases->items[i]);
        sb_putc(&b, '.');
        sb_puts(&b, seg);
    }
    const char *s = ast_strdup(u->arena, b.data, b.len);
    sb_free(&b);
    return (char *)s;
}

static const char *resolve_in(Unit *u, ModCtx *m, Node *aliases) {
    if (aliases->nitems == 0) cg_error(u, aliases, "invalid alias");
    Node *first = aliases->items[0];
    if (first->kind == AST_VAR && strcmp(first->str, "__MODULE__") == 0) {
        if (!m || m->is_script) cg_error(u, aliases, "invalid alias: \"__MODULE__\"");
        return join_alias(u, m->name, aliases, 1);
    }
    const char *seg = atom_of(first);
    if (!seg) cg_error(u, aliases, "invalid alias");
    if (strcmp(seg, "Elixir") == 0) return aliases->nitems == 1 ? "Elixir" : join_alias(u, "Elixir", aliases, 1);
    for (size_t i = m ? m->naliases : 0; i-- > 0;)
        if (strcmp(m->aliases[i].short_name, seg) == 0) return join_alias(u, m->aliases[i].full, aliases, 1);
    return join_alias(u, "Elixir", aliases, 0);
}

/* An alias is an atom, which Erlang limits to 255 bytes: Elixir fails as it
 * makes the atom, in defmodule's expansion when it names a module being
 * defined (at, in parent). */
__attribute__((noreturn))
static void alias_too_long(Unit *u, const char *full, const Node *at, const ModCtx *parent) {
    Node name = {.kind = AST_STRING, .str = full, .len = strlen(full)};
    StrBuf b = {0};
    sb_puts(&b, "** (SystemLimitError) a system limit has been reached\n    :erlang.binary_to_atom(");
    cg_inspect(&b, &name);
    sb_puts(&b, ", :utf8)\n");
    if (at) {
        sb_puts(&b, "    (elixir 1.14.0) lib/kernel.ex:4818: Kernel.expand_module_alias/2\n"
                    "    (elixir 1.14.0) expanding macro: Kernel.defmodule/2\n");
        if (!parent || parent->is_script) sb_printf(&b, "    %s:%u: (file)\n", u->path, at->line);
        else sb_printf(&b, "    %s:%u: %s (module)\n", u->path, at->line, parent->name + 7 * !strncmp(parent->name, "Elixir.", 7));
    }
    u->error = b.data;
    longjmp(u->fail, 1);
}

const char *cg_resolve_alias(FnCtx *f, Node *aliases) {
    const char *full = resolve_in(f->mod->unit, f->mod, aliases);
    if (strlen(full) > 255) alias_too_long(f->mod->unit, full, NULL, NULL);
    return full;
}

static void add_alias(ModCtx *m, const char *short_name, const char *full) {
    if (m->naliases == m->capaliases) {
        m->capaliases = m->capaliases ? m->capaliases * 2 : 8;
        m->aliases = realloc(m->aliases, m->capaliases * sizeof *m->aliases);
    }
    m->aliases[m->naliases++] = (Alias){short_name, full, 0, false};
}

static const char *last_segment(const char *full) {
    const char *dot = strrchr(full, '.');
    return dot ? dot + 1 : full;
}

static const char *module_of(Unit *u, ModCtx *m, Node *n) {
    if (is_call(n, "__aliases__")) return resolve_in(u, m, n);
    if (n->kind == AST_ATOM) return n->str;
    if (n->kind == AST_VAR && strcmp(n->str, "__MODULE__") == 0 && m && !m->is_script) return m->name;
    cg_error(u, n, "invalid argument: expected an alias or an atom");
}

/* alias/import/require, in a module body or a function body. */
void cg_directive(ModCtx *m, FnCtx *f, Node *n);
void cg_directive(ModCtx *m, FnCtx *f, Node *n) {
    (void)f;
    Unit *u = m->unit;
    if (n->nitems == 0) cg_error(u, n, "invalid %s", n->str);
    Node *target = n->items[0];
    Node *opts = n->nitems > 1 ? n->items[1] : NULL;
    if (strcmp(n->str, "alias") == 0) {
        /* alias Foo.{A, B} */
        if (target->kind == AST_CALL && target->callee && is_call_n(target->callee, ".", 2) &&
            atom_of(target->callee->items[1]) && strcmp(atom_of(target->callee->items[1]), "{}") == 0) {
            const char *base = module_of(u, m, target->callee->items[0]);
            for (size_t i = 0; i < target->nitems; i++) {
                Node *a = target->items[i];
                if (!is_call(a, "__aliases__")) cg_error(u, a, "invalid alias");
                const char *full = join_alias(u, base, a, 0);
                add_alias(m, last_segment(full), full);
            }
            return;
        }
        const char *full = module_of(u, m, target);
        Node *as = opts ? kw_get(opts, "as") : NULL;
        const char *short_name = as && is_call(as, "__aliases__") ? atom_of(as->items[as->nitems - 1]) : last_segment(full);
        add_alias(m, short_name, full);
        m->aliases[m->naliases - 1].line = n->line;
        m->aliases[m->naliases - 1].report = !f && !m->is_script;
        return;
    }
    if (strcmp(n->str, "import") == 0) {
        if (m->nimports == m->capimports) {
            m->capimports = m->capimports ? m->capimports * 2 : 8;
            m->imports = realloc(m->imports, m->capimports * sizeof *m->imports);
        }
        m->imports[m->nimports++] = (Import){module_of(u, m, target), opts, n->line, !f && !m->is_script};
        return;
    }
    /* require: Elixir needs it for macros; nothing to do here */
    if (opts) {
        Node *as = kw_get(opts, "as");
        if (as && is_call(as, "__aliases__")) add_alias(m, atom_of(as->items[as->nitems - 1]), module_of(u, m, target));
    }
}

FunDef *cg_find_def(ModCtx *m, const char *name, uint32_t arity) {
    for (size_t i = 0; i < m->ndefs; i++)
        if (m->defs[i].arity == arity && strcmp(m->defs[i].name, name) == 0) return &m->defs[i];
    return NULL;
}

static ModCtx *find_module(Unit *u, const char *name) {
    for (size_t i = 0; i < u->nmods; i++)
        if (strcmp(u->mods[i]->name, name) == 0) return u->mods[i];
    return NULL;
}

static Node *substitute(Unit *u, Node *n, const GuardDef *g, Node **args) {
    if (n->kind == AST_VAR) {
        for (size_t i = 0; i < g->nparams; i++)
            if (strcmp(g->params[i]->str, n->str) == 0) return args[i];
        return n;
    }
    if (n->kind != AST_CALL && n->kind != AST_LIST && n->kind != AST_TUPLE) return n;
    Node *c = ast_new(u->arena, n->kind, n->line, n->col);
    *c = *n;
    c->items = ast_alloc(u->arena, (n->nitems ? n->nitems : 1) * sizeof(Node *));
    for (size_t i = 0; i < n->nitems; i++) c->items[i] = substitute(u, n->items[i], g, args);
    if (n->kind == AST_CALL && n->callee) c->callee = substitute(u, n->callee, g, args);
    return c;
}


static bool listed(const Node *list, const char *name, size_t arity) {
    if (!list || list->kind != AST_LIST) return false;
    for (size_t i = 0; i < list->nitems; i++) {
        Node *p = list->items[i];
        if (p->kind == AST_TUPLE && p->nitems == 2 && atom_of(p->items[0]) && strcmp(atom_of(p->items[0]), name) == 0 &&
            p->items[1]->kind == AST_INT && p->items[1]->i == (int64_t)arity)
            return true;
    }
    return false;
}

bool cg_import_allows(const Import *im, const char *name, size_t arity) {
    Node *only = im->opts ? kw_get(im->opts, "only") : NULL;
    Node *except = im->opts ? kw_get(im->opts, "except") : NULL;
    if (only && only->kind == AST_LIST && !listed(only, name, arity)) return false;
    return !listed(except, name, arity);
}

/* The standard library's guards. The library is compiled ahead of time, out
 * of its callers' sight, so its defguards are repeated here (keep them the
 * same as in stdlib/). */
static const struct { const char *module, *name; size_t arity; const char *source; } stdlib_guards[] = {
    {"Elixir.Integer", "is_even", 1, "defguard is_even(integer) when is_integer(integer) and :erlang.band(integer, 1) == 0"},
    {"Elixir.Integer", "is_odd", 1, "defguard is_odd(integer) when is_integer(integer) and :erlang.band(integer, 1) == 1"},
};

static const char *stdlib_guard_source(const char *module, const char *name, size_t arity) {
    for (size_t i = 0; i < sizeof stdlib_guards / sizeof *stdlib_guards; i++)
        if (strcmp(stdlib_guards[i].module, module) == 0 && strcmp(stdlib_guards[i].name, name) == 0 &&
            stdlib_guards[i].arity == arity)
            return stdlib_guards[i].source;
    return NULL;
}

static Node *stdlib_guard(Unit *u, const char *module, const char *name, Node **args, size_t nargs) {
    const char *src = stdlib_guard_source(module, name, nargs);
    char *err = NULL;
    Node *n = src ? parse_file(u->arena, "stdlib", src, strlen(src), &err) : NULL;
    if (!n) { free(err); return NULL; }
    if (is_call(n, "__block__")) n = n->items[0];
    Head h = cg_split_head(u, n->items[0]);
    GuardDef g = {h.name, h.params, h.nparams, h.guard, false};
    return substitute(u, g.body, &g, args);
}

static const GuardDef *find_guard(const ModCtx *m, const char *name, size_t nargs) {
    for (size_t i = 0; i < m->nguards; i++)
        if (m->guards[i].nparams == nargs && strcmp(m->guards[i].name, name) == 0) return &m->guards[i];
    return NULL;
}

static Node *module_guard(Unit *u, const char *module, const char *name, Node **args, size_t nargs) {
    ModCtx *m = find_module(u, module);
    if (!m) return stdlib_guard(u, module, name, args, nargs);
    const GuardDef *g = find_guard(m, name, nargs);
    return g ? substitute(u, g->body, g, args) : NULL;
}

bool cg_module_has_guard(Unit *u, const char *module, const char *name, size_t arity) {
    ModCtx *m = find_module(u, module);
    return m ? find_guard(m, name, arity) != NULL : stdlib_guard_source(module, name, arity) != NULL;
}

Node *cg_expand_guard(FnCtx *f, const char *module, const char *name, Node **args, size_t nargs) {
    Unit *u = f->mod->unit;
    if (module) return module_guard(u, module, name, args, nargs);
    const GuardDef *own = find_guard(f->mod, name, nargs);
    if (own) return substitute(u, own->body, own, args);
    for (size_t i = f->mod->nimports; i-- > 0;) {
        const Import *im = &f->mod->imports[i];
        if (!cg_import_allows(im, name, nargs)) continue;
        Node *e = module_guard(u, im->module, name, args, nargs);
        if (e) return e;
    }
    return NULL;
}


bool cg_module_exports(Unit *u, const char *module, const char *name, uint32_t arity) {
    ModCtx *m = find_module(u, module);
    if (m) {
        FunDef *d = cg_find_def(m, name, arity);
        return d && !d->private;
    }
    return u->opts && u->opts->exports && u->opts->exports(module, name, arity);
}

void cg_note_remote(FnCtx *f, const char *module, const char *name, uint32_t arity, const Node *at) {
    Unit *u = f->mod->unit;
    if (f->mod->is_script) {
        /* the script's own code is not checked after the run, but Elixir
         * warns of deprecated calls in it as it compiles */
        const char *advice = elixir_deprecation(module, name, arity);
        if (advice) cg_warn(u, at, NULL, "%s.%s/%u is deprecated. %s", module + 7, name, arity, advice);
        return;
    }
    if (!f->def_name || strcmp(f->def_name, BODY_FUN) == 0) return;
    if (u->ncalls == u->capcalls) {
        u->capcalls = u->capcalls ? u->capcalls * 2 : 16;
        u->calls = realloc(u->calls, u->capcalls * sizeof *u->calls);
        if (!u->calls) { fputs("vial: out of memory\n", stderr); exit(1); }
    }
    u->calls[u->ncalls++] = (XrefCall){module, name, arity, f->mod->path, at->line,
                                          f->mod->name, f->def_name, f->def_arity};
}

/* c with its strings copied to *w, which moves past them. */
static XrefCall copy_call(XrefCall c, char **w) {
    const char **fields[] = {&c.module, &c.name, &c.file, &c.caller_module, &c.caller};
    for (int i = 0; i < 5; i++) {
        size_t len = strlen(*fields[i]) + 1;
        memcpy(*w, *fields[i], len);
        *fields[i] = *w;
        *w += len;
    }
    return c;
}

/* The unit's calls, module by module in the order they are defined, their
 * strings copied into one block that outlives the unit. */
static void keep_calls(Unit *u, CompileResult *out) {
    size_t bytes = 0;
    for (size_t i = 0; i < u->ncalls; i++) {
        const XrefCall *c = &u->calls[i];
        bytes += strlen(c->module) + strlen(c->name) + strlen(c->file) + strlen(c->caller_module) + strlen(c->caller) + 5;
    }
    out->calls = malloc((u->ncalls ? u->ncalls : 1) * sizeof *out->calls);
    out->strings = malloc(bytes ? bytes : 1);
    if (!out->calls || !out->strings) { fputs("vial: out of memory\n", stderr); exit(1); }
    char *w = out->strings;
    for (size_t m = 0; m < u->nmods; m++)
        for (size_t i = 0; i < u->ncalls; i++)
            if (u->calls[i].caller_module == u->mods[m]->name) out->calls[out->ncalls++] = copy_call(u->calls[i], &w);
}

static FunDef *add_def(ModCtx *m, const char *name, uint32_t arity, bool private, uint32_t line) {
    FunDef *d = cg_find_def(m, name, arity);
    if (d) return d;
    if (m->ndefs == m->capdefs) {
        m->capdefs = m->capdefs ? m->capdefs * 2 : 16;
        m->defs = realloc(m->defs, m->capdefs * sizeof *m->defs);
    }
    d = &m->defs[m->ndefs++];
    memset(d, 0, sizeof *d);
    d->name = name;
    d->arity = arity;
    d->private = private;
    d->line = line;
    return d;
}

void cg_note_call(FnCtx *f, FunDef *d) {
    FunDef *caller = f->def_name ? cg_find_def(f->mod, f->def_name, f->def_arity) : NULL;
    if (!caller || caller == d) return;
    if (caller->ncalls == caller->capcalls) {
        caller->capcalls = caller->capcalls ? caller->capcalls * 2 : 4;
        caller->calls = realloc(caller->calls, caller->capcalls * sizeof *caller->calls);
        if (!caller->calls) { fputs("vial: out of memory\n", stderr); exit(1); }
    }
    caller->calls[caller->ncalls++] = (uint32_t)(d - f->mod->defs);
}

static void reach(ModCtx *m, FunDef *d) {
    if (d->reached) return;
    d->reached = true;
    for (size_t i = 0; i < d->ncalls; i++) reach(m, &m->defs[d->calls[i]]);
}

static int by_name_arity(const void *a, const void *b) {
    const FunDef *x = *(FunDef *const *)a, *y = *(FunDef *const *)b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->arity > y->arity) - (x->arity < y->arity);
}

/* Attributes set and never read, the last set first, as Elixir lists them;
 * registered ones (accumulate) are exempt. */
static void warn_unused_attributes(ModCtx *m) {
    Attr **unused = calloc(m->nattrs ? m->nattrs : 1, sizeof *unused);
    size_t n = 0;
    for (size_t i = 0; i < m->nattrs; i++) {
        bool first = true, used = false;
        for (size_t k = 0; k < m->nattrs; k++) {
            if (strcmp(m->attrs[k].name, m->attrs[i].name) != 0) continue;
            if (k < i) first = false;
            used |= m->attrs[k].used || m->attrs[k].accumulate;
        }
        if (first && !used && !m->is_script) unused[n++] = &m->attrs[i];
    }
    for (size_t i = n; i-- > 0;)
        sb_printf(&m->warnings, "warning: module attribute @%s was set but never used\n  %s:%u\n\n", unused[i]->name, m->path, unused[i]->line);
    free(unused);
}

/* Private functions no public one reaches, as Elixir reports them when the
 * module is done; the clauses defaults add are not reported on their own. */
static void warn_unused_functions(ModCtx *m) {
    for (size_t i = 0; i < m->ndefs; i++)
        if (!m->defs[i].private) reach(m, &m->defs[i]);
    FunDef **unused = calloc(m->ndefs ? m->ndefs : 1, sizeof *unused);
    size_t n = 0;
    for (size_t i = 0; i < m->ndefs; i++) {
        FunDef *d = &m->defs[i];
        if (!d->reached && !d->wrapper) unused[n++] = d;
    }
    qsort(unused, n, sizeof *unused, by_name_arity);
    for (size_t i = 0; i < n; i++)
        sb_printf(&m->warnings, "warning: function %s/%u is unused\n  %s:%u\n\n", unused[i]->name, unused[i]->arity, m->path, unused[i]->line);
    free(unused);
}

static void add_clause(FunDef *d, Node *clause) {
    if (d->nclauses == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 4;
        d->clauses = realloc(d->clauses, d->cap * sizeof *d->clauses);
    }
    d->clauses[d->nclauses++] = clause;
}

void cg_add_def(ModCtx *m, Node *def) {
    Head h = cg_split_head(m->unit, def->items[0]);
    add_clause(add_def(m, h.name, (uint32_t)h.nparams, false, def->line), def);
}

Head cg_split_head(Unit *u, Node *head) {
    Head h = {0};
    if (is_call_n(head, "when", 2)) {
        h.guard = head->items[1];
        head = head->items[0];
    }
    if (head->kind == AST_VAR) { h.name = head->str; return h; }
    if (head->kind != AST_CALL || head->callee || !head->str) cg_error(u, head, "invalid syntax in def");
    h.name = head->str;
    h.nparams = head->nitems;
    h.params = ast_alloc(u->arena, (h.nparams ? h.nparams : 1) * sizeof(Node *));
    h.defaults = ast_alloc(u->arena, (h.nparams ? h.nparams : 1) * sizeof(Node *));
    for (size_t i = 0; i < h.nparams; i++) {
        Node *p = head->items[i];
        if (is_call_n(p, "\\\\", 2)) { h.params[i] = p->items[0]; h.defaults[i] = p->items[1]; }
        else { h.params[i] = p; h.defaults[i] = NULL; }
    }
    return h;
}

static Node *subst_attrs(Unit *u, ModCtx *m, Node *n);

static void gather_guard(Unit *u, ModCtx *m, Node *n) {
    if (n->nitems != 1 || !is_call_n(n->items[0], "when", 2)) cg_error(u, n, "invalid syntax in defguard");
    n = subst_attrs(u, m, n);
    Head h = cg_split_head(u, n->items[0]);
    for (size_t i = 0; i < h.nparams; i++)
        if (h.params[i]->kind != AST_VAR) cg_error(u, n, "defguard parameters must be variables");
    if (m->nguards == m->capguards) {
        m->capguards = m->capguards ? m->capguards * 2 : 4;
        m->guards = realloc(m->guards, m->capguards * sizeof *m->guards);
    }
    m->guards[m->nguards++] = (GuardDef){h.name, h.params, h.nparams, h.guard, is_call(n, "defguardp")};
}

static ModCtx *new_module(Unit *u, const char *name, ModCtx *parent) {
    ModCtx *m = calloc(1, sizeof *m);
    m->unit = u;
    m->name = name;
    m->path = u->path;
    m->file = u->file;
    if (parent)
        for (size_t i = 0; i < parent->naliases; i++) add_alias(m, parent->aliases[i].short_name, parent->aliases[i].full);
    if (u->nmods == u->capmods) {
        u->capmods = u->capmods ? u->capmods * 2 : 8;
        u->mods = realloc(u->mods, u->capmods * sizeof *u->mods);
    }
    u->mods[u->nmods++] = m;
    return m;
}

static Attr *find_attr(ModCtx *m, const char *name) {
    for (size_t i = m->nattrs; i-- > 0;)
        if (strcmp(m->attrs[i].name, name) == 0) return &m->attrs[i];
    return NULL;
}

/* Setting an attribute registered with accumulate: true prepends to its list. */
static void add_attr(Unit *u, ModCtx *m, const char *name, Node *value, bool accumulate) {
    Attr *prev = find_attr(m, name);
    if (prev && prev->accumulate && !accumulate) {
        Node *old = prev->value;
        Node **items = ast_alloc(u->arena, (old->nitems + 1) * sizeof(Node *));
        items[0] = value;
        memcpy(items + 1, old->items, old->nitems * sizeof(Node *));
        value = mk_list(u, value, items, old->nitems + 1);
        accumulate = true;
    }
    if (m->nattrs == m->capattrs) {
        m->capattrs = m->capattrs ? m->capattrs * 2 : 8;
        m->attrs = realloc(m->attrs, m->capattrs * sizeof *m->attrs);
    }
    m->attrs[m->nattrs++] = (Attr){name, value, accumulate, false, value->line};
}

/* Module.register_attribute(__MODULE__, :name, opts): an accumulating
 * attribute starts as [], any other reads nil until set. */
static bool register_attribute(Unit *u, ModCtx *m, Node *it) {
    if (it->kind != AST_CALL || !it->callee || !is_call_n(it->callee, ".", 2) || it->nitems != 3) return false;
    Node *mod = it->callee->items[0], *fun = it->callee->items[1];
    const char *modname = is_call(mod, "__aliases__") && mod->nitems == 1 ? atom_of(mod->items[0]) : NULL;
    if (!modname || strcmp(modname, "Module") != 0 || !atom_of(fun) || strcmp(atom_of(fun), "register_attribute") != 0)
        return false;
    const char *name = atom_of(it->items[1]);
    if (!name) cg_error(u, it, "Module.register_attribute/3 expects an atom name");
    Node *acc = kw_get(it->items[2], "accumulate");
    bool accumulate = acc && atom_of(acc) && strcmp(atom_of(acc), "true") == 0;
    if (!find_attr(m, name))
        add_attr(u, m, name, accumulate ? mk_list(u, it, NULL, 0) : mk_atom(u, it, "nil"), accumulate);
    m->attrs[m->nattrs - 1].used = true;   /* registered: never reported */
    return true;
}

static ModCtx *gather_module(Unit *u, Node *n, ModCtx *parent);

static void add_body(ModCtx *m, Node *n) {
    if (m->nbody == m->capbody) {
        m->capbody = m->capbody ? m->capbody * 2 : 4;
        m->body = realloc(m->body, m->capbody * sizeof *m->body);
    }
    m->body[m->nbody++] = n;
}

/* Whether module-body code defines something (def inside a `for`,
 * unquote, quote): that needs Elixir's compile-time evaluation, which vial
 * does not have, so such code is left out. */
static bool defines(const Node *n) {
    static const char *forms[] = {"def", "defp", "defmacro", "defmacrop", "defdelegate", "defguard", "defguardp",
                                  "defstruct", "defexception", "defmodule", "unquote", "unquote_splicing", "quote", 0};
    if (!n || (n->kind != AST_CALL && n->kind != AST_LIST && n->kind != AST_TUPLE)) return false;
    if (n->kind == AST_CALL && n->str)
        for (int i = 0; forms[i]; i++) if (strcmp(n->str, forms[i]) == 0) return true;
    for (size_t i = 0; i < n->nitems; i++) if (defines(n->items[i])) return true;
    return false;
}

/* What runs where a defmodule was: in a script, a site that prints the
 * module's warnings (cg_module_site); elsewhere the module's body code, if
 * it has any. */
static Node *body_call(Unit *u, Node *at, ModCtx *m) {
    if (u->opts && u->opts->script) return mk_call(u, at, SITE_FUN, (Node *[]){mk_atom(u, at, m->name)}, 1);
    return m->nbody ? mk_remote(u, at, m->name, BODY_FUN, NULL, 0) : NULL;
}

Node *cg_module_site(FnCtx *f, const char *module, const Node *at) {
    Unit *u = f->mod->unit;
    ModCtx *m = find_module(u, module);
    Node *steps[3];
    size_t n = 0;
    const char *text = m ? (m->failure ? m->failure : m->warnings.data) : NULL;
    size_t len = m ? (m->failure ? strlen(m->failure) : m->warnings.len) : 0;
    if (len) {
        Node *s = ast_new(u->arena, AST_STRING, at->line, at->col);
        s->str = ast_strdup(u->arena, text, len);
        s->len = len;
        steps[n++] = mk_remote(u, at, "vial", "put_chars", (Node *[]){mk_atom(u, at, "standard_error"), s}, 2);
    }
    if (m && m->failure) {
        Node *one = ast_new(u->arena, AST_INT, at->line, at->col);
        one->i = 1;
        steps[n++] = mk_remote(u, at, "erlang", "halt", &one, 1);
    } else if (m && m->nbody) {
        steps[n++] = mk_remote(u, at, m->name, BODY_FUN, NULL, 0);
    }
    steps[n++] = mk_atom(u, at, "nil");
    return mk_call(u, at, "__block__", steps, n);
}

/* What Elixir substitutes in a def as it defines it: @name reads, with the
 * attribute's value as defined so far (so a function sees the value at its
 * definition and `@a [x | @a]` grows), and unquote fragments that name a
 * function by a literal atom (def unquote(:"a-b")(x), unquote(:"a-b")(y)),
 * which become plain calls of that name. */
static Node *subst_attrs(Unit *u, ModCtx *m, Node *n) {
    if (!n) return n;
    if (is_call_n(n, "@", 1) && n->items[0]->kind == AST_VAR) {
        Attr *a = find_attr(m, n->items[0]->str);
        if (a) a->used = true;
        return a ? a->value : n;
    }
    if (n->kind == AST_CALL && n->callee && is_call_n(n->callee, "unquote", 1) && n->callee->items[0]->kind == AST_ATOM) {
        Node *call = ast_new(u->arena, AST_CALL, n->line, n->col);
        *call = *n;
        call->str = n->callee->items[0]->str;
        call->callee = NULL;
        return subst_attrs(u, m, call);
    }
    if (n->kind != AST_CALL && n->kind != AST_LIST && n->kind != AST_TUPLE) return n;
    Node *copy = NULL;
    for (size_t i = 0; i < n->nitems; i++) {
        Node *c = subst_attrs(u, m, n->items[i]);
        if (c == n->items[i]) continue;
        if (!copy) {
            copy = ast_new(u->arena, n->kind, n->line, n->col);
            *copy = *n;
            copy->items = ast_alloc(u->arena, n->nitems * sizeof(Node *));
            memcpy(copy->items, n->items, n->nitems * sizeof(Node *));
        }
        copy->items[i] = c;
    }
    Node *callee = n->kind == AST_CALL ? subst_attrs(u, m, n->callee) : NULL;
    if (callee != n->callee) {
        if (!copy) { copy = ast_new(u->arena, n->kind, n->line, n->col); *copy = *n; }
        copy->callee = callee;
    }
    return copy ? copy : n;
}

/* Records one def/defp: its clause, and the wrappers its defaults imply. */
static void gather_def(Unit *u, ModCtx *m, Node *n, bool private) {
    if (n->nitems < 1) cg_error(u, n, "invalid syntax in def");
    n = subst_attrs(u, m, n);
    Head h = cg_split_head(u, n->items[0]);
    Node *body = n->nitems > 1 ? n->items[1] : NULL;
    if (body && !is_keyword_list(body)) cg_error(u, n, "invalid syntax in def %s", h.name);
    if (body) add_clause(add_def(m, h.name, (uint32_t)h.nparams, private, n->line), n);
    size_t ndefaults = 0;
    for (size_t i = 0; i < h.nparams; i++) ndefaults += h.defaults[i] != NULL;
    /* name/k for each k below the full arity: given arguments fill the
     * parameters left to right, the rightmost defaults supply the rest */
    for (size_t arity = h.nparams - ndefaults; arity < h.nparams; arity++) {
        if (cg_find_def(m, h.name, (uint32_t)arity)) continue;
        Node **params = ast_alloc(u->arena, (arity ? arity : 1) * sizeof(Node *));
        Node **args = ast_alloc(u->arena, h.nparams * sizeof(Node *));
        size_t given_defaults = ndefaults - (h.nparams - arity), k = 0;
        for (size_t i = 0; i < h.nparams; i++) {
            if (h.defaults[i] && given_defaults == 0) { args[i] = h.defaults[i]; continue; }
            if (h.defaults[i]) given_defaults--;
            char buf[32];
            snprintf(buf, sizeof buf, "default&%zu", k);
            params[k] = mk_var(u, n, ast_strdup(u->arena, buf, strlen(buf)));
            args[i] = params[k++];
        }
        Node *call = mk_call(u, n, h.name, args, h.nparams);
        Node *kw = mk_list(u, n, (Node *[]){mk_tuple2(u, n, mk_atom(u, n, "do"), call)}, 1);
        Node *wrapper = mk_call(u, n, private ? "defp" : "def", (Node *[]){mk_call(u, n, h.name, params, k), kw}, 2);
        FunDef *w = add_def(m, h.name, (uint32_t)k, private, n->line);
        w->wrapper = true;
        add_clause(w, wrapper);
    }
}

/* defstruct and defexception: __struct__/0,1 and, for exceptions,
 * exception/1 and message/1 unless the module defines them. */
static void gather_struct(Unit *u, ModCtx *m, Node *n, bool exception) {
    Node *fields = n->nitems ? subst_attrs(u, m, n->items[0]) : mk_list(u, n, NULL, 0);
    if (fields->kind != AST_LIST) cg_error(u, n, "defstruct expects a list of fields");
    m->struct_fields = fields;
    m->is_exception = exception;
}

static Node *parse_snippet(Unit *u, const char *src);

/* The nodes of generated code get no line: their frames name no location. */
static void without_lines(Node *n) {
    if (!n) return;
    n->line = 0;
    without_lines(n->callee);
    for (size_t i = 0; i < n->nitems; i++) without_lines(n->items[i]);
}

/* Puts value where a snippet has the variable name. */
static void replace_var(Node *n, const char *name, Node *value) {
    if (!n) return;
    for (size_t i = 0; i < n->nitems; i++) {
        Node *it = n->items[i];
        if (it && it->kind == AST_VAR && strcmp(it->str, name) == 0) n->items[i] = value;
        else replace_var(it, name, value);
    }
    replace_var(n->callee, name, value);
}

static void struct_functions(Unit *u, ModCtx *m) {
    if (!m->struct_fields) return;
    Node *at = m->struct_fields;
    size_t n = m->struct_fields->nitems;
    Node **pairs = ast_alloc(u->arena, (n + 2) * sizeof(Node *));
    size_t k = 0;
    pairs[k++] = mk_tuple2(u, at, mk_atom(u, at, "__struct__"), mk_atom(u, at, m->name));
    if (m->is_exception) pairs[k++] = mk_tuple2(u, at, mk_atom(u, at, "__exception__"), mk_atom(u, at, "true"));
    bool has_message = false;
    for (size_t i = 0; i < n; i++) {
        Node *fl = m->struct_fields->items[i];
        if (fl->kind == AST_ATOM) pairs[k++] = mk_tuple2(u, fl, fl, mk_atom(u, fl, "nil"));
        else if (fl->kind == AST_TUPLE && fl->nitems == 2 && fl->items[0]->kind == AST_ATOM) pairs[k++] = fl;
        else cg_error(u, fl, "struct field names must be atoms");
        const char *name = fl->kind == AST_ATOM ? fl->str : fl->items[0]->str;
        if (strcmp(name, "message") == 0) has_message = true;
    }
    Node *map = mk_call(u, at, "%{}", pairs, k);
    Node *kw0 = mk_list(u, at, (Node *[]){mk_tuple2(u, at, mk_atom(u, at, "do"), map)}, 1);
    Node *head0 = mk_var(u, at, "__struct__");
    FunDef *d0 = add_def(m, "__struct__", 0, false, at->line);
    add_clause(d0, mk_call(u, at, "def", (Node *[]){head0, kw0}, 2));
    /* __struct__/1 as Elixir generates it: an unknown key fails the map
     * update in a fn of the module's own, missing enforced keys in
     * __struct__/1 itself, in frames that name no file and line. */
    FunDef *d1 = add_def(m, "__struct__", 1, false, 0);
    if (m->enforce_keys) {
        StrBuf src = {0};
        sb_printf(&src,
                  "def __struct__(kv) do\n"
                  "  {map, keys} = Enum.reduce(kv, {__struct__(), enforce__}, fn {key, val}, {map, keys} -> {%%{map | key => val}, List.delete(keys, key)} end)\n"
                  "  case keys do\n"
                  "    [] -> map\n"
                  "    _ -> raise ArgumentError, \"the following keys must also be given when building struct \" <> Kernel.inspect(:\"%s\") <> \": \" <> Kernel.inspect(keys)\n"
                  "  end\n"
                  "end\n", m->name);
        Node *def = parse_snippet(u, src.data)->items[0];
        free(src.data);
        replace_var(def, "enforce__", m->enforce_keys);
        without_lines(def);
        add_clause(d1, def);
    } else {
        Node *def = parse_snippet(u, "def __struct__(kv), do: Enum.reduce(kv, __struct__(), fn {key, val}, map -> %{map | key => val} end)\n")->items[0];
        without_lines(def);
        add_clause(d1, def);
    }
    if (!m->is_exception) return;
    if (!cg_find_def(m, "exception", 1)) {
        const char *src = has_message
            ? "def exception(msg) when is_binary(msg), do: exception(message: msg)\n"
              "def exception(args) when is_list(args), do: Kernel.Utils.build_struct(__struct__(), args, [])\n"
            : "def exception(args) when is_list(args), do: Kernel.Utils.build_struct(__struct__(), args, [])\n";
        Node *defs = parse_snippet(u, src);
        FunDef *d = add_def(m, "exception", 1, false, at->line);
        for (size_t i = 0; i < defs->nitems; i++) add_clause(d, defs->items[i]);
    }
    if (!cg_find_def(m, "message", 1) && has_message) {
        Node *defs = parse_snippet(u, "def message(exception), do: exception.message\n");
        FunDef *d = add_def(m, "message", 1, false, at->line);
        add_clause(d, defs->items[0]);
    }
}

/* An exception with no message field must define message/1, which Elixir
 * checks once the module's functions are known. */
static void warn_behaviour(Unit *u, ModCtx *m) {
    if (!m->is_exception || cg_find_def(m, "message", 1)) return;
    const char *name = strncmp(m->name, "Elixir.", 7) == 0 ? m->name + 7 : m->name;
    char ctx[512];
    snprintf(ctx, sizeof ctx, "%s (module)", name);
    cg_warn(u, m->src, ctx, "function message/1 required by behaviour Exception is not implemented (in module %s)", name);
}

static void put_struct_info(StrBuf *b, const ModCtx *m) {
    const Node *enforce = m->enforce_keys && m->enforce_keys->kind == AST_LIST ? m->enforce_keys : NULL;
    sb_puts(b, "[");
    if (m->is_exception) sb_puts(b, "%{field: :__exception__, required: false}");
    for (size_t i = 0; i < m->struct_fields->nitems; i++) {
        Node *fl = m->struct_fields->items[i];
        const char *name = fl->kind == AST_ATOM ? fl->str : fl->items[0]->str;
        bool required = false;
        for (size_t k = 0; enforce && k < enforce->nitems; k++)
            required |= atom_of(enforce->items[k]) && strcmp(atom_of(enforce->items[k]), name) == 0;
        sb_printf(b, "%s%%{field: :\"%s\", required: %s}", i || m->is_exception ? ", " : "", name,
                  required ? "true" : "false");
    }
    sb_puts(b, "]");
}

/* __info__/1 and module_info/0,1, which every Elixir module has. Natives
 * answer from the loaded module; only what the bytecode does not keep is
 * spelled out here: the struct's required fields and the defguards. */
static void info_functions(Unit *u, ModCtx *m) {
    StrBuf src = {0};
    if (m->struct_fields) {
        sb_puts(&src, "def __info__(:struct), do: ");
        put_struct_info(&src, m);
        sb_puts(&src, "\n");
    }
    StrBuf macros = {0};
    for (size_t i = 0; i < m->nguards; i++)
        if (!m->guards[i].private)
            sb_printf(&macros, "%s{:\"%s\", %zu}", macros.len ? ", " : "", m->guards[i].name, m->guards[i].nparams);
    const char *ms = macros.data ? macros.data : "";
    sb_printf(&src, "def __info__(key) when key in [:module, :functions, :macros, :deprecated, :struct], "
                    "do: :vial.module_info(:\"%s\", key, [%s])\n", m->name, ms);
    sb_printf(&src, "def module_info(), do: :vial.module_info(:\"%s\", :module_info, [%s])\n", m->name, ms);
    sb_printf(&src, "def module_info(key), do: :vial.module_info(:\"%s\", {:module_info, key}, [%s])\n", m->name, ms);
    sb_free(&macros);
    cg_scratch_push(u, &src);   /* freed if the snippet fails */
    Node *defs = parse_snippet(u, src.data);
    cg_scratch_pop(u);
    sb_free(&src);
    uint32_t line = m->src ? m->src->line : 1;
    for (size_t i = 0; i < defs->nitems; i++) {
        Node *head = defs->items[i]->items[0];
        if (is_call(head, "when")) head = head->items[0];
        add_clause(add_def(m, head->str, (uint32_t)head->nitems, false, line), defs->items[i]);
    }
}

static Node *parse_snippet(Unit *u, const char *src) {
    char *err = NULL;
    Node *n = parse_file(u->arena, u->path, src, strlen(src), &err);
    if (!n) { free(err); cg_error(u, NULL, "internal: snippet"); }
    if (!is_call(n, "__block__")) {
        Node *b = mk_call(u, n, "__block__", &n, 1);
        return b;
    }
    return n;
}

static void gather_body_item(Unit *u, ModCtx *m, Node *it) {
    if (is_call(it, "def")) { gather_def(u, m, it, false); return; }
    if (is_call(it, "defp")) { gather_def(u, m, it, true); return; }
    if (is_call(it, "defmodule")) {
        Node *run = body_call(u, it, gather_module(u, it, m));
        if (run) add_body(m, run);
        return;
    }
    if (is_call(it, "defstruct")) { gather_struct(u, m, it, false); return; }
    if (is_call(it, "defexception")) { gather_struct(u, m, it, true); return; }
    if (is_call(it, "alias") || is_call(it, "import") || is_call(it, "require")) { cg_directive(m, NULL, it); return; }
    if (is_call_n(it, "@", 1)) {
        Node *a = it->items[0];
        if (a->kind == AST_CALL && a->str && a->nitems == 1) {
            const char *name = a->str;
            static const char *ignored[] = {"doc", "moduledoc", "spec", "type", "typep", "opaque", "impl",
                                            "behaviour", "callback", "compile", "dialyzer", "typedoc", "since",
                                            "deprecated", "external_resource", "on_load", "vsn", "derive", 0};
            for (int i = 0; ignored[i]; i++) if (strcmp(name, ignored[i]) == 0) return;
            Node *value = subst_attrs(u, m, a->items[0]);
            if (strcmp(name, "enforce_keys") == 0) m->enforce_keys = value;
            add_attr(u, m, name, value, false);
            m->attrs[m->nattrs - 1].line = it->line;
            m->attrs[m->nattrs - 1].used |= strcmp(name, "enforce_keys") == 0;
            return;
        }
        return;
    }
    if (is_call(it, "defdelegate") && it->nitems == 2) {
        Head h = cg_split_head(u, it->items[0]);
        Node *to = kw_get(it->items[1], "to");
        Node *as = kw_get(it->items[1], "as");
        if (!to) cg_error(u, it, "defdelegate expects :to");
        const char *target = module_of(u, m, to);
        const char *fname = as && atom_of(as) ? atom_of(as) : h.name;
        Node *call = mk_remote(u, it, target, fname, h.params, h.nparams);
        Node *kw = mk_list(u, it, (Node *[]){mk_tuple2(u, it, mk_atom(u, it, "do"), call)}, 1);
        Node *def = mk_call(u, it, "def", (Node *[]){mk_call(u, it, h.name, h.params, h.nparams), kw}, 2);
        gather_def(u, m, def, false);
        return;
    }
    if (is_call(it, "defguard") || is_call(it, "defguardp")) { gather_guard(u, m, it); return; }
    if (register_attribute(u, m, it)) return;
    if (is_call(it, "defmacro") || is_call(it, "defmacrop") || is_call(it, "use") || is_call(it, "defprotocol") ||
        is_call(it, "defimpl") || is_call(it, "quote"))
        cg_error(u, it, "%s is not supported by vial yet", it->str);
    /* other code runs when the module is defined, in order: the script calls
     * BODY_FUN there (gather_top); what defines something is left out */
    if (m->unit->opts && m->unit->opts->script && !defines(it)) add_body(m, subst_attrs(u, m, it));
}

static ModCtx *gather_module(Unit *u, Node *n, ModCtx *parent) {
    if (n->nitems != 2 || !is_keyword_list(n->items[1])) cg_error(u, n, "invalid defmodule");
    Node *name = n->items[0];
    const char *full;
    if (is_call(name, "__aliases__") && parent && !parent->is_script) {
        /* nested: defmodule B inside A is A.B, and A gets the alias B */
        bool rooted = atom_of(name->items[0]) && strcmp(atom_of(name->items[0]), "Elixir") == 0;
        full = rooted ? resolve_in(u, NULL, name) : join_alias(u, parent->name, name, 0);
        if (!rooted) add_alias(parent, atom_of(name->items[0]),
                               join_alias(u, parent->name, mk_call(u, name, "__aliases__", name->items, 1), 0));
    } else {
        full = module_of(u, parent, name);
    }
    if (strlen(full) > 255) alias_too_long(u, full, n, parent);
    if (find_module(u, full)) cg_error(u, n, "module %s is defined twice", full);
    ModCtx *m = new_module(u, full, parent);
    m->src = n;
    Node *body = kw_get(n->items[1], "do");
    if (!body) return m;
    if (is_call(body, "__block__"))
        for (size_t i = 0; i < body->nitems; i++) gather_body_item(u, m, body->items[i]);
    else
        gather_body_item(u, m, body);
    struct_functions(u, m);
    info_functions(u, m);
    if (m->nbody) {
        Node *block = mk_call(u, n, "__block__", m->body, m->nbody);
        Node *kw = mk_list(u, n, (Node *[]){mk_tuple2(u, n, mk_atom(u, n, "do"), block)}, 1);
        Node *def = mk_call(u, n, "def", (Node *[]){mk_call(u, n, BODY_FUN, NULL, 0), kw}, 2);
        add_clause(add_def(m, BODY_FUN, 0, false, m->body[0]->line), def);
    }
    return m;
}

/* ------------------------------------------------------------------ */
/* code generation for definitions                                      */

static FnCtx fn_ctx(ModCtx *m, const char *name, uint32_t arity) {
    FnCtx f;
    memset(&f, 0, sizeof f);
    f.mod = m;
    f.e = m->e;
    f.name = name;
    f.arity = arity;
    f.def_name = name;
    f.def_arity = arity;
    f.freereg = f.varfloor = f.maxreg = (int)arity;
    f.stacktrace_reg = -1;
    return f;
}

/* The clauses of a def: parameters matched against R(0).., guard, body. */
static void compile_clause(FnCtx *f, Node **params, size_t nparams, Node *guard, Node *body, uint32_t fail) {
    Scope s = cg_scope_save(f);
    cg_pattern_begin(f);
    for (size_t i = 0; i < nparams; i++) cg_match(f, params[i], (int)i, fail);
    if (guard) cg_guard(f, guard, fail);
    cg_tail(f, body);
    cg_scope_restore(f, s);
}

/* def bodies may carry rescue/catch/after/else: an implicit try. */
static Node *def_body(Unit *u, Node *def, Node *kw) {
    Node *body = kw_get(kw, "do");
    if (!body) body = mk_atom(u, def, "nil");
    if (kw_get(kw, "rescue") || kw_get(kw, "catch") || kw_get(kw, "after")) {
        Node *t = mk_list(u, def, kw->items, kw->nitems);
        return mk_call(u, def, "try", &t, 1);
    }
    return body;
}

static void compile_def(ModCtx *m, FunDef *d) {
    Unit *u = m->unit;
    FnCtx f = fn_ctx(m, d->name, d->arity);
    f.def_line = d->line;
    emit_label(m->e, d->label);
    if (d->line) emit_line(m->e, d->line);
    else emit_no_line(m->e);
    for (size_t c = 0; c < d->nclauses; c++) {
        Node *def = d->clauses[c];
        Head h = cg_split_head(u, def->items[0]);
        uint32_t fail = emit_new_label(m->e);
        emit_line(m->e, def->line);
        compile_clause(&f, h.params, h.nparams, h.guard, def_body(u, def, def->items[1]), fail);
        emit_label(m->e, fail);
    }
    emit_line(m->e, d->line);
    emit_op(m->e, OP_FUNC_CLAUSE);
    emit_set_nregs(m->e, d->func, (uint32_t)f.maxreg);
}

PendingLambda *cg_add_lambda(FnCtx *f, Node *fn, const char **free_names, size_t nfree, uint32_t arity, int64_t func) {
    ModCtx *m = f->mod;
    if (m->nlambdas == m->caplambdas) {
        m->caplambdas = m->caplambdas ? m->caplambdas * 2 : 8;
        m->lambdas = realloc(m->lambdas, m->caplambdas * sizeof *m->lambdas);
    }
    PendingLambda *pl = &m->lambdas[m->nlambdas];
    memset(pl, 0, sizeof *pl);
    pl->fn = fn;
    pl->free = free_names;
    pl->nfree = nfree;
    pl->parent_name = f->def_name;
    pl->parent_arity = f->def_arity;
    pl->index = (uint32_t)m->nlambdas;
    uint32_t parent = 0;
    FunDef *pd = cg_find_def(m, f->def_name, f->def_arity);
    if (pd) parent = pd->func;
    if (func >= 0) pl->func = (uint32_t)func;
    if (fn) {
        char name[512];
        snprintf(name, sizeof name, "-%s/%u-fun-%u-", f->def_name, f->def_arity, pl->index);
        pl->label = emit_new_label(m->e);
        pl->func = emit_function(m->e, emit_atom_z(m->e, name), arity + (uint32_t)nfree, pl->label, fn->line);
    }
    pl->lambda = emit_lambda(m->e, pl->func, arity, (uint32_t)nfree, parent);
    m->nlambdas++;
    return pl;
}

static void compile_lambda(ModCtx *m, PendingLambda *pl) {
    Unit *u = m->unit;
    Node *fn = pl->fn;
    Node *params0 = fn->items[0]->items[0];
    uint32_t arity = (uint32_t)params0->nitems;
    if (arity == 1 && is_call(params0->items[0], "when")) arity = (uint32_t)params0->items[0]->nitems - 1;
    FnCtx f = fn_ctx(m, pl->parent_name, arity + (uint32_t)pl->nfree);
    /* lambdas nested in this one are named after the enclosing def too */
    f.def_arity = pl->parent_arity;
    f.def_line = fn->line;
    for (size_t i = 0; i < pl->nfree; i++) cg_bind(&f, pl->free[i], (int)(arity + i));
    emit_label(m->e, pl->label);
    if (fn->line) emit_line(m->e, fn->line);
    else emit_no_line(m->e);
    for (size_t c = 0; c < fn->nitems; c++) {
        Node *cl = fn->items[c];
        if (!is_call_n(cl, "->", 2)) cg_error(u, cl, "expected anonymous functions to be defined with -> inside: 'fn'");
        Node *params = cl->items[0];
        Node **ps = params->items;
        size_t np = params->nitems;
        Node *guard = NULL;
        if (np == 1 && is_call(ps[0], "when")) {
            guard = ps[0]->items[ps[0]->nitems - 1];
            np = ps[0]->nitems - 1;
            ps = ps[0]->items;
        } else if (np > 0 && is_call_n(ps[np - 1], "when", 2)) {
            Node **copy = ast_alloc(u->arena, np * sizeof *copy);
            memcpy(copy, ps, np * sizeof *copy);
            guard = ps[np - 1]->items[1];
            copy[np - 1] = ps[np - 1]->items[0];
            ps = copy;
        }
        if (np != arity) cg_error(u, cl, "cannot mix clauses with different arities in anonymous functions");
        uint32_t fail = emit_new_label(m->e);
        emit_line(m->e, cl->line);
        compile_clause(&f, ps, np, guard, cl->items[1], fail);
        emit_label(m->e, fail);
    }
    emit_line(m->e, fn->line);   /* no clause matched: the fn's own line, as for a def */
    emit_op(m->e, OP_FUNC_CLAUSE);
    emit_set_nregs(m->e, pl->func, (uint32_t)f.maxreg);
}

static void compile_module(ModCtx *m) {
    Unit *u = m->unit;
    u->path = m->path;   /* diagnostics name the module's own file */
    u->file = m->file;
    const char *elixir_file = u->opts && u->opts->stdlib ? elixir_source_file(m->name) : NULL;
    m->e = emit_new(m->name, elixir_file ? elixir_file : m->path);
    if (u->opts && !u->opts->script) clauses_define(m);
    u->warnings = &m->warnings;
    u->expansion = &m->expansion;
    cg_warn_source(m);
    for (size_t i = 0; i < m->ndefs; i++) {
        FunDef *d = &m->defs[i];
        d->label = emit_new_label(m->e);
        d->func = emit_function(m->e, emit_atom_z(m->e, d->name), d->arity, d->label, d->line);
        if (!d->private) emit_export(m->e, emit_atom_z(m->e, d->name), d->arity, d->func);
    }
    if (m->struct_fields) {
        emit_struct(m->e);
        if (m->is_exception) emit_struct_field(m->e, emit_atom_z(m->e, "__exception__"));
        for (size_t i = 0; i < m->struct_fields->nitems; i++) {
            Node *fl = m->struct_fields->items[i];
            emit_struct_field(m->e, emit_atom_z(m->e, fl->kind == AST_ATOM ? fl->str : fl->items[0]->str));
        }
    }
    cg_fold_failing_calls(m);
    for (size_t i = 0; i < m->ndefs; i++) compile_def(m, &m->defs[i]);
    /* compiling a lambda may add lambdas (and move the array): work on copies */
    for (size_t i = 0; i < m->nlambdas; i++) {
        PendingLambda pl = m->lambdas[i];
        if (pl.fn) compile_lambda(m, &pl);
    }
    warn_unused_functions(m);
    warn_behaviour(u, m);
    warn_unused_attributes(m);
    cg_warn_directives(m);
    if (m->failing_calls.len) sb_put(&m->warnings, m->failing_calls.data, m->failing_calls.len);
    u->warnings = NULL;
}

/* ------------------------------------------------------------------ */
/* the unit                                                             */

static void gather_top(Unit *u, Node *top, ModCtx *script) {
    Node **items = is_call(top, "__block__") ? top->items : &top;
    size_t n = is_call(top, "__block__") ? top->nitems : 1;
    Node **rest = ast_alloc(u->arena, (n ? n : 1) * sizeof *rest);
    size_t nrest = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_call(items[i], "defmodule")) {
            Node *run = body_call(u, items[i], gather_module(u, items[i], script));
            if (run) rest[nrest++] = run;
            continue;
        }
        /* top-level aliases also apply inside the modules defined after them */
        if (script && (is_call(items[i], "alias") || is_call(items[i], "import"))) cg_directive(script, NULL, items[i]);
        rest[nrest++] = items[i];
    }
    if (!script) {
        if (nrest) cg_error(u, rest[0], "top-level code is only allowed in scripts");
        return;
    }
    /* the script's code becomes __FILE__/1, as Elixir names it */
    Node *body = mk_call(u, top, "__block__", rest, nrest);
    Node *param = mk_var(u, top, "_");
    Node *kw = mk_list(u, top, (Node *[]){mk_tuple2(u, top, mk_atom(u, top, "do"), body)}, 1);
    Node *def = mk_call(u, top, "def", (Node *[]){mk_call(u, top, "__FILE__", &param, 1), kw}, 2);
    FunDef *d = add_def(script, "__FILE__", 1, false, nrest ? rest[0]->line : 1);
    add_clause(d, def);
}

static void free_unit(Unit *u) {
    for (size_t i = 0; i < u->nmods; i++) {
        ModCtx *m = u->mods[i];
        for (size_t k = 0; k < m->ndefs; k++) {
            free(m->defs[k].clauses);
            free(m->defs[k].calls);
        }
        free(m->defs);
        free(m->aliases);
        free(m->attrs);
        free(m->imports);
        free(m->lambdas);
        free(m->guards);
        free(m->failure);
        free(m->body);
        sb_free(&m->warnings);
        sb_free(&m->failing_calls);
        sb_free(&m->expansion);
        if (m->e) emit_discard(m->e);
        free(m);
    }
    free(u->mods);
    free(u->calls);
    if (u->arena) ast_arena_free(u->arena);
}

/* A script's module: an error stays with the module, for its defmodule to
 * report when it runs (cg_module_site), with the warnings found before. */
static void compile_script_module(Unit *u, ModCtx *m) {
    jmp_buf outer;
    memcpy(outer, u->fail, sizeof outer);
    if (setjmp(u->fail)) {
        memcpy(u->fail, outer, sizeof outer);
        for (int i = 0; i < u->nscratch; i++) sb_free(u->scratch[i]);
        u->nscratch = 0;
        StrBuf text = {0};
        StrBuf *w = u->expanded ? &m->warnings : &m->expansion;
        sb_printf(&text, "%.*s%s", (int)w->len, w->len ? w->data : "", u->error ? u->error : "");
        free(u->error);
        u->error = NULL;
        u->expanded = false;
        m->failure = text.data;
        if (m->e) emit_discard(m->e);
        m->e = NULL;
        u->warnings = u->expansion = NULL;
        return;
    }
    compile_module(m);
    memcpy(u->fail, outer, sizeof outer);
}

/* --stdlib (compile.h): the line N of each line that ends in `#@ N`, 0 for
 * the others, indexed from 1. */
static uint32_t *pragma_lines(const char *src, size_t len, uint32_t *nlines) {
    uint32_t n = 1;
    for (size_t i = 0; i < len; i++) n += src[i] == '\n';
    uint32_t *map = calloc(n + 1, sizeof *map);
    if (!map) { fputs("vial: out of memory\n", stderr); exit(1); }
    uint32_t line = 1;
    for (size_t start = 0; start < len; line++) {
        const char *nl = memchr(src + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - src) : len;
        size_t d = end;
        while (d > start && src[d - 1] >= '0' && src[d - 1] <= '9') d--;
        if (d < end && d >= start + 3 && memcmp(src + d - 3, "#@ ", 3) == 0)
            map[line] = (uint32_t)strtoul(src + d, NULL, 10);
        start = end + 1;
    }
    *nlines = n;
    return map;
}

static void remap_lines(Node *n, const uint32_t *map, uint32_t nlines) {
    if (!n) return;
    if (n->line <= nlines && map[n->line]) n->line = map[n->line];
    remap_lines(n->callee, map, nlines);
    for (size_t i = 0; i < n->nitems; i++) remap_lines(n->items[i], map, nlines);
}

static void elixir_lines(Node *top, const char *src, size_t len) {
    uint32_t nlines;
    uint32_t *map = pragma_lines(src, len, &nlines);
    remap_lines(top, map, nlines);
    free(map);
}

static bool compile_unit(const CompileSource *srcs, size_t n, CompileOptions *opts, CompileResult *out) {
    memset(out, 0, sizeof *out);
    Unit u;
    memset(&u, 0, sizeof u);
    u.opts = opts;
    u.arena = ast_arena_new();
    ModCtx *script = NULL;
    if (setjmp(u.fail)) {
        for (int i = 0; i < u.nscratch; i++) sb_free(u.scratch[i]);
        for (size_t i = 0; i < u.nmods; i++) {
            if (script && u.mods[i] != script) continue;   /* never defined */
            StrBuf *w = u.expanded ? &u.mods[i]->warnings : &u.mods[i]->expansion;
            if (w->len) fwrite(w->data, 1, w->len, stderr);
        }
        out->error = u.error;
        out->runner_frame = u.runner_frame;
        free_unit(&u);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        u.path = srcs[i].path;
        u.file = srcs[i].file ? srcs[i].file : srcs[i].path;
        char *err = NULL, *warnings = NULL;
        Node *top = parse_file_warn(u.arena, srcs[i].path, srcs[i].src, srcs[i].len, &err, &warnings);
        if (top && opts->stdlib) elixir_lines(top, srcs[i].src, srcs[i].len);
        if (warnings) fputs(warnings, stderr);   /* the tokenizer's come first */
        free(warnings);
        if (!top) {
            StrBuf b = {0};
            sb_printf(&b, "** %s\n", err ? err : "(SyntaxError) invalid syntax");
            free(err);
            u.error = b.data;
            longjmp(u.fail, 1);
        }
        if (opts && opts->script && !script) {
            script = new_module(&u, "elixir_compiler_0", NULL);
            script->is_script = true;
        }
        if (script) script->src = top;
        gather_top(&u, top, script);
    }
    if (script) {
        /* a script's modules compile first, each on its own: Elixir compiles
         * a module when its defmodule runs, so the script's code that comes
         * before runs even when the module then fails, and the module's
         * warnings come out then; children compile before their parents */
        for (size_t i = u.nmods; i-- > 1;) compile_script_module(&u, u.mods[i]);
        compile_module(script);
    } else {
        for (size_t i = 0; i < u.nmods; i++) compile_module(u.mods[i]);
    }
    /* warnings wait for success: Elixir stops at an error before reporting
     * the variables of the definition it was in */
    for (size_t i = 0; i < u.nmods; i++)
        if ((!script || u.mods[i] == script) && u.mods[i]->warnings.len)
            fwrite(u.mods[i]->warnings.data, 1, u.mods[i]->warnings.len, stderr);
    keep_calls(&u, out);
    out->mods = calloc(u.nmods ? u.nmods : 1, sizeof *out->mods);
    for (size_t i = 0; i < u.nmods; i++) {
        if (!u.mods[i]->e) continue;   /* failed: its defmodule reports it */
        out->mods[out->nmods++] = emit_finish(u.mods[i]->e);
        u.mods[i]->e = NULL;
    }
    free_unit(&u);
    return true;
}

/* Parsing and compiling recurse once per level of nesting in the source,
 * up to PARSE_MAX_DEPTH levels of a few KB each: they run on a thread of
 * their own whose stack is large enough whatever `ulimit -s` says. Only
 * the pages a program's nesting reaches are ever touched. */
#define DEEP_STACK ((size_t)256 << 20)

bool compile_run_deep(void *(*fn)(void *), void *arg) {
    pthread_attr_t a;
    pthread_t t;
    if (pthread_attr_init(&a) != 0) return false;
    bool ok = pthread_attr_setstacksize(&a, DEEP_STACK) == 0 && pthread_create(&t, &a, fn, arg) == 0;
    pthread_attr_destroy(&a);
    return ok && pthread_join(t, NULL) == 0;
}

typedef struct {
    const CompileSource *srcs;
    size_t n;
    CompileOptions *opts;
    CompileResult *out;
    bool ok;
} UnitJob;

static void *unit_job(void *arg) {
    UnitJob *j = arg;
    j->ok = compile_unit(j->srcs, j->n, j->opts, j->out);
    return NULL;
}

bool compile_sources(const CompileSource *srcs, size_t n, CompileOptions *opts, CompileResult *out) {
    UnitJob j = { srcs, n, opts, out, false };
    if (compile_run_deep(unit_job, &j)) return j.ok;
    memset(out, 0, sizeof *out);
    out->error = strdup("** (SystemLimitError) the compiler could not get a thread to run on\n");
    return false;
}

void compile_result_free(CompileResult *r, bool free_modules) {
    if (free_modules)
        for (size_t i = 0; i < r->nmods; i++) bc_free(r->mods[i]);
    free(r->mods);
    free(r->calls);
    free(r->strings);
    free(r->error);
    memset(r, 0, sizeof *r);
}
