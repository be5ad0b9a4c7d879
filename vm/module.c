/* module.c — the module table and the export table.
 *
 * Export entries are allocated once and never move or die: threaded code and
 * KIND_EXPORT funs point at them. They live in an open-addressing hash table
 * keyed by {module, name, arity}. Each module name maps to its current and
 * old version; installing a version repoints the entries it defines.
 */
#include "module.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bytecode.h"
#include "etf.h"
#include "loader.h"
#include "stdlib_blob.h"

static Export **exp_table;
static size_t exp_cap, exp_count;

static Module **mods;           /* current versions */
static size_t nmods, cap_mods;
static Term *native_mods;       /* module atoms that have natives */
static size_t nnative, cap_native;

static uint64_t exp_hash(Term m, Term f, uint32_t a) {
    uint64_t h = m * 0x9E3779B97F4A7C15ull;
    h ^= f + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
    h ^= a + (h << 6) + (h >> 2);
    return h ^ (h >> 29);
}

static int exp_grow(void) {
    size_t cap = exp_cap ? exp_cap * 2 : 1024;
    Export **t = calloc(cap, sizeof *t);
    if (!t) return -1;
    for (size_t i = 0; i < exp_cap; i++) {
        Export *e = exp_table[i];
        if (!e) continue;
        size_t j = exp_hash(e->module, e->name, e->arity) & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = e;
    }
    free(exp_table);
    exp_table = t;
    exp_cap = cap;
    return 0;
}

static Export *exp_lookup(Term mod, Term name, uint32_t arity, size_t *slot) {
    if (!exp_cap) { *slot = 0; return NULL; }
    size_t j = exp_hash(mod, name, arity) & (exp_cap - 1);
    for (Export *e; (e = exp_table[j]); j = (j + 1) & (exp_cap - 1))
        if (e->module == mod && e->name == name && e->arity == arity) return e;
    *slot = j;
    return NULL;
}

Export *module_export(Term mod, Term name, uint32_t arity) {
    size_t slot;
    Export *e = exp_lookup(mod, name, arity, &slot);
    if (e) return e;
    if ((exp_count + 1) * 2 > exp_cap) {
        if (exp_grow() != 0) return NULL;
        exp_lookup(mod, name, arity, &slot);
    }
    e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->module = mod; e->name = name; e->arity = arity;
    exp_table[slot] = e;
    exp_count++;
    return e;
}

Export *module_find_export(Term mod, Term name, uint32_t arity) {
    size_t slot;
    Export *e = exp_lookup(mod, name, arity, &slot);
    if (e && (e->code || e->native)) return e;
    if (!module_ensure_loaded(mod)) return NULL;
    e = exp_lookup(mod, name, arity, &slot);
    return e && (e->code || e->native) ? e : NULL;
}

void module_register_native(const char *mod, const char *name, uint32_t arity, NativeFn fn) {
    Term m = atom_intern(mod, strlen(mod));
    Export *e = module_export(m, atom_intern(name, strlen(name)), arity);
    if (!e) return;
    e->native = fn;
    for (size_t i = 0; i < nnative; i++) if (native_mods[i] == m) return;
    if (nnative == cap_native) {
        size_t cap = cap_native ? cap_native * 2 : 16;
        Term *t = realloc(native_mods, cap * sizeof *t);
        if (!t) return;
        native_mods = t; cap_native = cap;
    }
    native_mods[nnative++] = m;
}

void module_init(void) {
#define BIF(mod, name, arity, fn) module_register_native(mod, name, arity, fn);
#include "bifs.def"
#undef BIF
    bif_vm_register();
}

size_t module_natives(Term mod, const Export **out, size_t cap) {
    size_t n = 0;
    for (size_t i = 0; i < exp_cap; i++) {
        const Export *e = exp_table[i];
        if (e && e->module == mod && e->native) {
            if (n < cap) out[n] = e;
            n++;
        }
    }
    return n;
}

/* Natives that OTP writes in Erlang, not as BIFs: when one fails after a
 * tail call, the caller's frame is gone from the trace, as on BEAM. */
bool module_native_is_erlang_fun(const Export *e) {
    static const struct { const char *mod, *name; uint32_t arity; } funs[] = {
        {"erlang", "spawn", 1}, {"erlang", "spawn_link", 1}, {"erlang", "spawn_monitor", 1},
        {"erlang", "spawn_monitor", 3}, {"erlang", "spawn_opt", 2}, {"erlang", "process_flag", 3},
        {"erlang", "convert_time_unit", 3},
    };
    for (size_t i = 0; i < sizeof funs / sizeof *funs; i++)
        if (e->arity == funs[i].arity && e->module == atom_intern(funs[i].mod, strlen(funs[i].mod)) &&
            e->name == atom_intern(funs[i].name, strlen(funs[i].name)))
            return true;
    return false;
}

int module_is_native(Term name) {
    for (size_t i = 0; i < nnative; i++) if (native_mods[i] == name) return 1;
    return 0;
}

Module *module_get(Term name) {
    for (size_t i = 0; i < nmods; i++) if (mods[i]->name == name) return mods[i];
    return NULL;
}

void module_install(Module *m) {
    Module *old = NULL;
    size_t i;
    for (i = 0; i < nmods; i++) if (mods[i]->name == m->name) { old = mods[i]; break; }
    if (old) {
        /* exports the new version drops become undefined */
        for (uint32_t k = 0; k < old->nexports; k++) old->exports[k]->code = NULL;
        if (old->old) module_free(old->old);
        old->old = NULL;
        m->old = old;
        mods[i] = m;
    } else {
        if (nmods == cap_mods) {
            size_t cap = cap_mods ? cap_mods * 2 : 64;
            Module **t = realloc(mods, cap * sizeof *t);
            if (!t) return;
            mods = t; cap_mods = cap;
        }
        mods[nmods++] = m;
    }
    for (uint32_t k = 0; k < m->nexports; k++) m->exports[k]->code = m->export_code[k];
}

int module_load_bc(BcModule *bc, char *err, size_t errlen) {
    Module *m = loader_load(bc, err, errlen);
    bc_free(bc);
    if (!m) return -1;
    module_install(m);
    return 0;
}

static const StdlibModule *stdlib_entry(Term name) {
    size_t len;
    const char *text = atom_text(name, &len);
    for (const StdlibModule *s = stdlib_modules; s->name; s++)
        if (strlen(s->name) == len && memcmp(s->name, text, len) == 0) return s;
    return NULL;
}

bool module_is_stdlib(Term name) { return stdlib_entry(name) != NULL; }

bool module_own_function(Term name, uint32_t arity) {
    size_t len;
    const char *s = atom_text(name, &len);
    return !((len == 11 && !memcmp(s, "module_info", 11) && arity <= 1) ||
             (len == 8 && !memcmp(s, "__info__", 8) && arity == 1) ||
             (len > 6 && !memcmp(s, "__vial", 6)));
}

/* Native modules (:lists, :maps) may have an Elixir companion in the stdlib
 * for their functions that take funs; it is loaded beside the natives. */
int module_ensure_loaded(Term name) {
    if (module_get(name)) return 1;
    const StdlibModule *s = stdlib_entry(name);
    if (s) {
        char err[256];
        BcModule *bc = bc_read_trusted(s->bytes, s->len, err, sizeof err);
        if (!bc) {
            fprintf(stderr, "vial: cannot load %s from the standard library: %s\n", s->name, err);
            return 0;
        }
        if (module_load_bc(bc, err, sizeof err) != 0) {
            fprintf(stderr, "vial: cannot load %s: %s\n", s->name, err);
            return 0;
        }
        return 1;
    }
    return module_is_native(name);
}

/* ---- code addresses ---- */

static int contains(const Module *m, const Code *pc) {
    return m && pc >= m->code && pc < m->code + m->ncode;
}

Module *module_of_code(const Code *pc) {
    for (size_t i = 0; i < nmods; i++) {
        if (contains(mods[i], pc)) return mods[i];
        if (contains(mods[i]->old, pc)) return mods[i]->old;
    }
    return NULL;
}

const FuncInfo *module_func_of_code(const Module *m, const Code *pc) {
    uint32_t lo = 0, hi = m->nfuncs;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (m->funcs[mid].start <= pc) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return NULL;
    const FuncInfo *f = &m->funcs[lo - 1];
    return pc < f->end ? f : NULL;
}

uint32_t module_line_of_code(const Module *m, const Code *pc) {
    uint32_t off = (uint32_t)(pc - m->code), lo = 0, hi = m->nlines;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (m->lines[mid].offset <= off) lo = mid + 1; else hi = mid;
    }
    return lo ? m->lines[lo - 1].line : 0;
}

void module_free(Module *m) {
    if (!m) return;
    free(m->file); free(m->code); free(m->funcs); free(m->lines);
    free(m->lambdas); free(m->exports); free(m->export_code); etf_area_free(m->lit_area); free(m->file_area);
    free(m->struct_fields);
    free(m);
}
