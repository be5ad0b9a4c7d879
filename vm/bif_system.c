/* bif_system.c — natives that read the VM and its environment: the
 * script's arguments, environment variables, loaded modules and
 * system_info. Kept apart from the pure built-ins because they depend on
 * the VM's tables (vm.h, module.h). */
#include <stdlib.h>
#include "bif.h"
#include "binary.h"
#include "bytecode.h"
#include "module.h"
#include "ptab.h"
#include "stdlib_blob.h"
#include "vm.h"

/* :vial.argv() -> the script's arguments as binaries (System.argv). */
Term bif_vial_argv_0(Process *p, Term *args) {
    int argc = vm_argc();
    char **argv = vm_argv();
    p->nx = 2;
    args[0] = NIL;
    args[1] = NIL;
    for (int i = argc; i-- > 0;) {
        args[1] = bin_from_cstr(p, argv[i]);
        if (args[1] == THE_NON_VALUE) return bif_oom(p);
        BIF_RESERVE(h, p, 2);
        h[0] = args[1];
        h[1] = args[0];
        args[0] = make_list(h);
    }
    return args[0];
}

static Term cstr_charlist(Process *p, const char *s) {
    Term *args = p->x;
    p->nx = 1;
    args[0] = bin_from_cstr(p, s);
    if (args[0] == THE_NON_VALUE) return bif_oom(p);
    return bif_unicode_characters_to_list_1(p, args);
}


Term bif_erlang_module_loaded_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    return make_bool(module_get(args[0]) != NULL || module_is_native(args[0]) || module_is_stdlib(args[0]));
}

/* :application.get_application(module): the stdlib belongs to :elixir, so
 * stack frames print "(elixir 1.14.0) lib/enum.ex:..." as in Elixir. */
Term bif_application_get_application_1(Process *p, Term *args) {
    /* :erl_eval only appears in the frames -e reports (Kernel.CLI) */
    bool eval = args[0] == atom_intern("erl_eval", 8);
    if (!is_atom(args[0]) || (!eval && !module_is_stdlib(args[0]))) return AM(undefined);
    args[1] = AM(ok);
    args[2] = eval ? atom_intern("stdlib", 6) : atom_intern("elixir", 6);
    p->nx = 3;
    return bif_tuple2x(p, 1, 2);
}

/* :application.get_key(:elixir, :vsn) -> {:ok, '1.14.0'}; :stdlib's is OTP 25's */
Term bif_application_get_key_2(Process *p, Term *args) {
    size_t la, lk;
    const char *app = is_atom(args[0]) ? atom_text(args[0], &la) : NULL;
    const char *key = is_atom(args[1]) ? atom_text(args[1], &lk) : NULL;
    if (!app || !key || la != 6 || (memcmp(app, "elixir", 6) && memcmp(app, "stdlib", 6))
        || lk != 3 || memcmp(key, "vsn", 3))
        return AM(undefined);
    Term vsn = cstr_charlist(p, app[0] == 'e' ? "1.14.0" : "4.2");
    if (vsn == THE_NON_VALUE) return vsn;
    p->x[1] = vsn;
    p->x[2] = AM(ok);
    p->nx = 3;
    return bif_tuple2x(p, 2, 1);
}

/* ---- environment variables (names and values are charlists) ---- */

static bool charlist_cstr(Term l, Buf *b) {
    for (; is_cons(l); l = CDR(l)) {
        uint8_t u[4];
        size_t n;
        if (!is_small(CAR(l)) || small_val(CAR(l)) <= 0 || small_val(CAR(l)) > 0x10FFFF
            || !(n = bin_utf8_encode((uint32_t)small_val(CAR(l)), u)))
            return false;
        bif_buf_put(b, u, n);
    }
    bif_buf_byte(b, 0);
    return is_nil(l) && !b->oom;
}

Term bif_os_getenv_1(Process *p, Term *args) {
    Buf name;
    bif_buf_init(&name);
    if (!charlist_cstr(args[0], &name)) { bif_buf_free(&name); return bif_badarg(p); }
    const char *v = getenv((const char *)name.data);
    bif_buf_free(&name);
    return v ? cstr_charlist(p, v) : ATOM_false;
}

Term bif_os_getenv_2(Process *p, Term *args) {
    Term v = bif_os_getenv_1(p, args);
    return v == ATOM_false ? args[1] : v;
}

Term bif_os_putenv_2(Process *p, Term *args) {
    Buf name, value;
    bif_buf_init(&name);
    bif_buf_init(&value);
    bool ok = charlist_cstr(args[0], &name) && charlist_cstr(args[1], &value)
              && name.len > 1 && !memchr(name.data, '=', name.len - 1)
              && setenv((const char *)name.data, (const char *)value.data, 1) == 0;
    bif_buf_free(&name);
    bif_buf_free(&value);
    return ok ? ATOM_true : bif_badarg(p);
}

/* :init.get_argument(:home) -> {:ok, [[home]]}, $HOME as the VM found it
 * when it started (System.user_home/0), or :error without one; :error for
 * any other flag, since vial takes no emulator flags. */
Term bif_init_get_argument_1(Process *p, Term *args) {
    const char *home = vm_start_home();
    if (args[0] != atom_intern("home", 4) || !home) return atom_intern("error", 5);
    Term chars = cstr_charlist(p, home);
    if (chars == THE_NON_VALUE) return THE_NON_VALUE;
    p->x[0] = chars;                          /* a root while reserving */
    p->nx = 1;
    BIF_RESERVE(h, p, 4);
    h[0] = p->x[0]; h[1] = NIL;
    h[2] = make_list(h); h[3] = NIL;
    return bif_tuple2(p, AM(ok), make_list(h + 2));
}

Term bif_os_unsetenv_1(Process *p, Term *args) {
    Buf name;
    bif_buf_init(&name);
    bool ok = charlist_cstr(args[0], &name) && unsetenv((const char *)name.data) == 0;
    bif_buf_free(&name);
    return ok ? ATOM_true : bif_badarg(p);
}

/* ---- system_info: the keys Elixir's System and Kernel ask for ---- */

Term bif_erlang_system_info_1(Process *p, Term *args) {
    size_t len;
    const char *k = is_atom(args[0]) ? atom_text(args[0], &len) : NULL;
    if (!k) return bif_badarg(p);
#define KEY(s) (len == sizeof(s) - 1 && !memcmp(k, s, len))
    if (KEY("schedulers") || KEY("schedulers_online") || KEY("logical_processors")
        || KEY("logical_processors_available") || KEY("dirty_cpu_schedulers"))
        return make_small(1);
    if (KEY("wordsize")) return make_small(8);
    if (KEY("process_count")) return make_small((SInt)ptab_count());
    if (KEY("otp_release")) return cstr_charlist(p, "25");
    if (KEY("version")) return cstr_charlist(p, "13.0");
    if (KEY("machine")) return cstr_charlist(p, "BEAM");
#undef KEY
    return bif_badarg(p);
}

/* ---- module_info and __info__ ---- */

typedef struct { const char *name; size_t len; uint32_t arity; } NameArity;

/* A macro "MACRO-name" sorts where Elixir defines it: as name. */
static const char *sort_name(const NameArity *f, size_t *len) {
    bool macro = f->len > 6 && !memcmp(f->name, "MACRO-", 6);
    *len = f->len - (macro ? 6 : 0);
    return f->name + (macro ? 6 : 0);
}

static int by_name_then_arity(const void *x, const void *y) {
    size_t la, lb;
    const char *a = sort_name(x, &la), *b = sort_name(y, &lb);
    int c = memcmp(a, b, la < lb ? la : lb);
    if (c == 0) c = (la > lb) - (la < lb);
    if (c) return c;
    uint32_t aa = ((const NameArity *)x)->arity, ab = ((const NameArity *)y)->arity;
    return (aa > ab) - (aa < ab);
}

/* [{name, arity}, ...] of m's own public functions, sorted, followed by
 * `tail` (a list). */
static Term own_functions(Process *p, const Module *m, Term tail) {
    NameArity *fs = malloc((m->nexports + 1) * sizeof *fs);
    Term *atoms = malloc((m->nexports + 1) * sizeof *atoms);
    if (!fs || !atoms) { free(fs); free(atoms); return bif_oom(p); }
    size_t n = 0;
    for (uint32_t i = 0; i < m->nexports; i++) {
        const Export *e = m->exports[i];
        if (!module_own_function(e->name, e->arity)) continue;
        fs[n].name = atom_text(e->name, &fs[n].len);
        fs[n++].arity = e->arity;
    }
    qsort(fs, n, sizeof *fs, by_name_then_arity);
    for (size_t i = 0; i < n; i++) atoms[i] = atom_intern(fs[i].name, fs[i].len);
    unsigned mark = bif_push(p, tail);
    Term *h = heap_reserve(p, 5 * n);
    Term list = p->x[mark];
    bif_pop(p, mark);
    if (h)
        for (size_t i = n; i-- > 0; h += 5) {
            h[0] = make_header(KIND_TUPLE, 2);
            h[1] = atoms[i];
            h[2] = make_small(fs[i].arity);
            h[3] = make_boxed(h);
            h[4] = list;
            list = make_list(h + 3);
        }
    free(fs);
    free(atoms);
    return h ? list : bif_oom(p);
}

static Term pair(Process *p, Term name, uint32_t arity, Term tail) {
    unsigned mark = bif_push(p, tail);
    BIF_RESERVE(h, p, 5);
    h[0] = make_header(KIND_TUPLE, 2);
    h[1] = name;
    h[2] = make_small(arity);
    h[3] = make_boxed(h);
    h[4] = p->x[mark];
    bif_pop(p, mark);
    return make_list(h + 3);
}

static Term atom_z(const char *s) { return atom_intern(s, strlen(s)); }

/* module_info(:exports): the module's functions and, where Elixir compiles a
 * macro into a function, "MACRO-name"/arity + 1 among them (sorted as one),
 * then module_info/0,1 and __info__/1. macros: [{name, arity}] (GC-safe in
 * p->x[im]). */
static Term exports_list(Process *p, const Module *m, unsigned im) {
    Term tail = pair(p, atom_z("__info__"), 1, NIL);
    if (tail != THE_NON_VALUE) tail = pair(p, atom_z("module_info"), 1, tail);
    if (tail != THE_NON_VALUE) tail = pair(p, atom_z("module_info"), 0, tail);
    if (tail == THE_NON_VALUE) return tail;
    unsigned it = bif_push(p, tail);
    size_t n = 0;
    for (Term l = p->x[im]; is_cons(l); l = CDR(l)) n++;
    NameArity *fs = malloc((m->nexports + n + 1) * sizeof *fs);
    char **owned = malloc((n + 1) * sizeof *owned);
    if (!fs || !owned) { free(fs); free(owned); return bif_oom(p); }
    size_t nf = 0, no = 0;
    for (uint32_t i = 0; i < m->nexports; i++) {
        const Export *e = m->exports[i];
        if (!module_own_function(e->name, e->arity)) continue;
        fs[nf].name = atom_text(e->name, &fs[nf].len);
        fs[nf++].arity = e->arity;
    }
    for (Term l = p->x[im]; is_cons(l); l = CDR(l)) {
        Term t = CAR(l);
        if (!is_tuple(t) || tuple_arity(t) != 2 || !is_atom(TUPLE_ELEM(t, 0)) || !is_small(TUPLE_ELEM(t, 1))) continue;
        size_t len;
        const char *name = atom_text(TUPLE_ELEM(t, 0), &len);
        char *s = malloc(len + 7);
        if (!s) continue;
        memcpy(s, "MACRO-", 6);
        memcpy(s + 6, name, len);
        owned[no++] = s;
        fs[nf].name = s;
        fs[nf].len = len + 6;
        fs[nf++].arity = (uint32_t)small_val(TUPLE_ELEM(t, 1)) + 1;
    }
    qsort(fs, nf, sizeof *fs, by_name_then_arity);
    Term list = p->x[it];
    for (size_t i = nf; i-- > 0 && list != THE_NON_VALUE;) list = pair(p, atom_intern(fs[i].name, fs[i].len), fs[i].arity, list);
    for (size_t i = 0; i < no; i++) free(owned[i]);
    free(owned);
    free(fs);
    bif_pop(p, it);
    return list;
}

static bool key_is(Term key, const char *name) {
    size_t len;
    const char *s = is_atom(key) ? atom_text(key, &len) : NULL;
    return s && len == strlen(name) && !memcmp(s, name, len);
}

static Term module_info_key(Process *p, const Module *m, Term key) {
    if (key_is(key, "module")) return m->name;
    if (key_is(key, "exports")) return exports_list(p, m, 2);
    if (key_is(key, "attributes") || key_is(key, "compile")) return NIL;
    return bif_badarg(p);
}

/* :vial.module_info(module, key, macros), behind the __info__/1 and
 * module_info/0,1 the compiler gives every module; macros are its
 * defguards, which the bytecode does not keep. key: one of __info__'s
 * (:struct is answered by the module itself when it has one),
 * {:module_info, key}, or :module_info for the whole keyword list. */
Term bif_vial_module_info_3(Process *p, Term *args) {
    const Module *m = is_atom(args[0]) ? module_get(args[0]) : NULL;
    if (!m) return bif_badarg(p);
    p->nx = 4;
    Term key = args[1];
    if (key_is(key, "module")) return args[0];
    if (key_is(key, "functions")) return own_functions(p, m, NIL);
    if (key_is(key, "macros")) return args[2];
    if (key_is(key, "deprecated")) return NIL;
    if (key_is(key, "struct")) return AM(nil);
    if (is_tuple(key) && tuple_arity(key) == 2 && key_is(TUPLE_ELEM(key, 0), "module_info"))
        return module_info_key(p, m, TUPLE_ELEM(key, 1));
    if (!key_is(key, "module_info")) return bif_badarg(p);
    static const char *keys[] = {"compile", "attributes", "exports", "module"};
    args[3] = NIL;
    for (int i = 0; i < 4; i++) {
        Term v = module_info_key(p, m, atom_z(keys[i]));
        if (v == THE_NON_VALUE) return v;
        args[1] = bif_tuple2(p, atom_z(keys[i]), v);
        if (args[1] == THE_NON_VALUE) return args[1];
        BIF_RESERVE(h, p, 2);
        h[0] = args[1];
        h[1] = args[3];
        args[3] = make_list(h);
    }
    return args[3];
}
