/* xref.c — the check of a script's remote calls once it has run (xref.h).
 * Each call is judged against the modules loaded by then and, for the
 * modules vial shares with Elixir, against Elixir's own functions
 * (elixir_info.h); the findings are grouped per callee, missing modules
 * first, in term order, each listing where it is called, as Elixir prints
 * them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xref.h"
#include "atom.h"
#include "bif.h"
#include "inspect.h"
#include "module.h"
#include "strbuf.h"
#include "elixir_info.h"

/* in the order Elixir reports them for a module */
typedef enum { MISSING_MODULE, MISSING_FUNCTION, DEPRECATED, FINE } Verdict;

/* caller: the calling module's rank, in the order modules were compiled */
typedef struct { Verdict verdict; size_t caller; const XrefCall *call; } Finding;

static Verdict judge(const XrefCall *c) {
    Term mod = atom_z(c->module);
    Verdict fine = elixir_deprecation(c->module, c->name, c->arity) ? DEPRECATED : FINE;
    if (!module_ensure_loaded(mod)) return elixir_has_module(c->module) ? fine : MISSING_MODULE;
    if (module_find_export(mod, atom_z(c->name), c->arity)) return fine;
    if (!module_is_stdlib(mod) && !module_is_native(mod)) return MISSING_FUNCTION;
    const char *names = elixir_module_names(c->module);
    return !names || elixir_kind(c->module, c->name, c->arity) != ELIXIR_NONE ? fine : MISSING_FUNCTION;
}

/* Each calling module's findings together, as Elixir checks module by
 * module; then by kind and callee. */
static int by_callee(const void *x, const void *y) {
    const Finding *a = x, *b = y;
    if (a->caller != b->caller) return a->caller < b->caller ? -1 : 1;
    if (a->verdict != b->verdict) return a->verdict < b->verdict ? -1 : 1;
    int c = strcmp(a->call->module, b->call->module);
    if (!c) c = strcmp(a->call->name, b->call->name);
    if (!c) c = (a->call->arity > b->call->arity) - (a->call->arity < b->call->arity);
    if (!c) c = strcmp(a->call->file, b->call->file);
    if (!c) c = (a->call->line > b->call->line) - (a->call->line < b->call->line);
    return c;
}

static bool same_callee(const Finding *a, const Finding *b) {
    return a->caller == b->caller && a->call->arity == b->call->arity && !strcmp(a->call->module, b->call->module) &&
           !strcmp(a->call->name, b->call->name);
}

static void put_module(StrBuf *b, const char *module) {
    InspectOpts o;
    inspect_default_opts(&o);
    inspect_term(b, atom_z(module), &o);
}

/* ---- suggestions, as UndefinedFunctionError makes them ---- */

/* A function the module has: its name (len bytes, not NUL-ended). */
typedef struct { const char *name; size_t len; uint32_t arity; double score; } Candidate;

static bool named(const Candidate *c, const char *name) { return c->len == strlen(name) && !memcmp(c->name, name, c->len); }

static int by_score(const void *x, const void *y) {
    const Candidate *a = x, *b = y;
    return (a->score < b->score) - (a->score > b->score);
}

static int by_name(const void *x, const void *y) {
    const Candidate *a = x, *b = y;
    int c = memcmp(a->name, b->name, a->len < b->len ? a->len : b->len);
    if (!c) c = (a->len > b->len) - (a->len < b->len);
    return c ? c : (a->arity > b->arity) - (a->arity < b->arity);
}

/* The functions a module has: Elixir's, when vial shares the module with
 * it, else those of the program's module. */
static size_t functions_of(const char *module, Candidate **out) {
    const char *names = elixir_module_names(module), *at = names, *fname;
    const Module *m = names ? NULL : module_get(atom_z(module));
    size_t cap = m ? m->nexports : 0, n = 0, len;
    unsigned arity;
    bool macro;
    while (names && elixir_next_name(&at, &fname, &len, &arity, &macro)) cap++;
    Candidate *cs = malloc((cap + 1) * sizeof *cs);
    if (!cs) return 0;
    for (at = names; names && elixir_next_name(&at, &fname, &len, &arity, &macro);)
        if (!macro) cs[n++] = (Candidate){fname, len, arity, 0};
    for (uint32_t i = 0; m && i < m->nexports; i++) {
        const Export *e = m->exports[i];
        if (!module_own_function(e->name, e->arity)) continue;
        const char *text = atom_text(e->name, &len);
        cs[n++] = (Candidate){text, len, e->arity, 0};
    }
    *out = cs;
    return n;
}

/* ". Did you mean:" and the module's functions of the same name, else up to
 * five close names; then the blank line that ends the message. */
static void put_suggestions(StrBuf *b, const char *module, const char *name) {
    Candidate *cs = NULL;
    size_t n = functions_of(module, &cs), k = 0;
    bool same = false;
    for (size_t i = 0; i < n; i++) same |= named(&cs[i], name);
    for (size_t i = 0; i < n; i++) {
        cs[i].score = same ? named(&cs[i], name)
                           : string_jaro((const uint8_t *)name, strlen(name), (const uint8_t *)cs[i].name, cs[i].len);
        if (same ? cs[i].score == 1.0 : cs[i].score >= 0.77) {
            Candidate keep = cs[i];
            cs[i] = cs[k];
            cs[k++] = keep;
        }
    }
    if (!same) {
        qsort(cs, k, sizeof *cs, by_score);
        if (k > 5) k = 5;
    }
    qsort(cs, k, sizeof *cs, by_name);
    if (k) sb_puts(b, ". Did you mean:\n\n");
    for (size_t i = 0; i < k; i++) sb_printf(b, "      * %.*s/%u\n", (int)cs[i].len, cs[i].name, cs[i].arity);
    sb_puts(b, "\n");
    free(cs);
}

/* ---- the report ---- */

static void put_caller(StrBuf *b, const XrefCall *c) {
    sb_printf(b, "  %s:%u: ", c->file, c->line);
    put_module(b, c->caller_module);
    sb_printf(b, ".%s/%u\n", c->caller, c->caller_arity);
}

static void put_finding(StrBuf *b, const Finding *f, size_t n) {
    const XrefCall *c = f->call;
    sb_puts(b, "warning: ");
    put_module(b, c->module);
    if (f->verdict == DEPRECATED) {
        sb_printf(b, ".%s/%u is deprecated. %s\n", c->name, c->arity, elixir_deprecation(c->module, c->name, c->arity));
    } else {
        sb_printf(b, ".%s/%u is undefined", c->name, c->arity);
    }
    if (f->verdict == MISSING_MODULE) {
        sb_puts(b, " (module ");
        put_module(b, c->module);
        sb_puts(b, " is not available or is yet to be defined)\n");
    } else if (f->verdict == MISSING_FUNCTION) {
        sb_puts(b, " or private");
        put_suggestions(b, c->module, c->name);
    }
    if (n > 1) sb_printf(b, "Invalid call found at %zu locations:\n", n);
    for (size_t i = 0; i < n; i++) put_caller(b, f[i].call);
    sb_puts(b, "\n");
}

void xref_report(const XrefCall *calls, size_t n) {
    Finding *fs = malloc((n + 1) * sizeof *fs);
    if (!fs) return;
    size_t k = 0, caller = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && strcmp(calls[i].caller_module, calls[i - 1].caller_module) != 0) caller++;
        Verdict v = judge(&calls[i]);
        if (v != FINE) fs[k++] = (Finding){v, caller, &calls[i]};
    }
    qsort(fs, k, sizeof *fs, by_callee);
    /* a line that calls the same function twice is one location */
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        if (!m || !same_callee(&fs[m - 1], &fs[i]) || fs[m - 1].call->line != fs[i].call->line ||
            strcmp(fs[m - 1].call->file, fs[i].call->file) != 0)
            fs[m++] = fs[i];
    StrBuf b = {0};
    for (size_t i = 0, j; i < m; i = j) {
        for (j = i + 1; j < m && same_callee(&fs[i], &fs[j]); j++) {}
        put_finding(&b, fs + i, j - i);
    }
    if (b.len) fwrite(b.data, 1, b.len, stderr);
    sb_free(&b);
    free(fs);
}
