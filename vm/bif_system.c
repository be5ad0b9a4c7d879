/* bif_system.c — natives that read the VM and its environment: the
 * script's arguments, environment variables, loaded modules and
 * system_info. Kept apart from the pure built-ins because they depend on
 * the VM's tables (vm.h, module.h). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bif.h"
#include "binary.h"
#include "bytecode.h"
#include "elixir_info.h"
#include "module.h"
#include "ptab.h"
#include "sched.h"
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

/* :application.get_application(module) and :application.get_key(app, :vsn)
 * for the applications a script has loaded, so that stack frames print
 * "(elixir 1.14.0) lib/enum.ex:..." and "(stdlib 4.2) :math.sqrt(-1)" as
 * in Elixir: vial's stdlib belongs to :elixir, except the OTP modules it
 * implements. */
Term bif_application_get_application_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return AM(undefined);
    size_t n;
    const char *mod = atom_text(args[0], &n);
    const char *app = strlen(mod) == n ? elixir_app(mod) : NULL;
    if (!app && !module_is_stdlib(args[0])) return AM(undefined);
    args[1] = AM(ok);
    args[2] = app ? atom_intern(app, strlen(app)) : atom_intern("elixir", 6);
    p->nx = 3;
    return bif_tuple2x(p, 1, 2);
}

Term bif_application_get_key_2(Process *p, Term *args) {
    size_t la, lk;
    const char *app = is_atom(args[0]) ? atom_text(args[0], &la) : NULL;
    const char *key = is_atom(args[1]) ? atom_text(args[1], &lk) : NULL;
    const char *vsn = app && strlen(app) == la ? elixir_app_version(app) : NULL;
    if (!vsn || lk != 3 || memcmp(key, "vsn", 3)) return AM(undefined);
    Term v = cstr_charlist(p, vsn);
    if (v == THE_NON_VALUE) return v;
    p->x[1] = v;
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
    if (!charlist_cstr(args[0], &name) || memchr(name.data, '=', name.len - 1)) {
        bif_buf_free(&name);
        return bif_badarg(p);
    }
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
              && !memchr(name.data, '=', name.len - 1)
              && (name.len == 1 || setenv((const char *)name.data, (const char *)value.data, 1) == 0);
    bif_buf_free(&name);
    bif_buf_free(&value);
    return ok ? ATOM_true : bif_badarg(p);
}

/* :os.getenv() -> every variable as a charlist "NAME=VALUE". */
Term bif_os_getenv_0(Process *p, Term *args) {
    extern char **environ;
    size_t n = 0;
    while (environ[n]) n++;
    Term r[2] = { NIL, NIL };
    GC_PROTECT(p, roots, r, 2);
    for (size_t i = n; i-- > 0; ) {
        r[1] = cstr_charlist(p, environ[i]);
        Term *h = r[1] == THE_NON_VALUE ? NULL : heap_reserve(p, 2);
        if (!h) { GC_UNPROTECT(p, roots); return bif_oom(p); }
        h[0] = r[1];
        h[1] = r[0];
        r[0] = make_list(h);
    }
    GC_UNPROTECT(p, roots);
    return r[0];
}

/* :os.getpid() -> the OS process id as a charlist. */
Term bif_os_getpid_0(Process *p, Term *args) {
    char pid[24];
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    return cstr_charlist(p, pid);
}

static bool executable(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* :os.find_executable(name) -> the first executable file of that name in
 * $PATH (the name itself when it has a slash), or false. */
Term bif_os_find_executable_1(Process *p, Term *args) {
    Buf name, path;
    bif_buf_init(&name);
    bif_buf_init(&path);
    if (!charlist_cstr(args[0], &name)) { bif_buf_free(&name); return bif_badarg(p); }
    const char *found = NULL, *prog = (const char *)name.data;
    const char *dirs = getenv("PATH");
    if (strchr(prog, '/')) {
        found = executable(prog) ? prog : NULL;
    } else if (*prog) {
        for (const char *d = dirs ? dirs : ""; !found && *d; ) {
            size_t len = strcspn(d, ":");
            path.len = 0;
            bif_buf_put(&path, len ? d : ".", len ? len : 1);
            bif_buf_byte(&path, '/');
            bif_buf_put(&path, prog, strlen(prog) + 1);
            if (!path.oom && executable((const char *)path.data)) found = (const char *)path.data;
            d += len + (d[len] == ':');
        }
    }
    Term v = found ? cstr_charlist(p, found) : ATOM_false;
    bif_buf_free(&name);
    bif_buf_free(&path);
    return v;
}

/* :vial.first_time(key): true the first time this VM sees the binary key,
 * for a warning Elixir gives once (its warn_once). Few keys: a list will do. */
Term bif_vial_first_time_1(Process *p, Term *args) {
    static struct Seen { struct Seen *next; size_t len; uint8_t key[]; } *seen;
    if (!bin_is_binary(args[0]) || !is_binary_bytes(bin_view(args[0]))) return bif_badarg(p);
    BinView v = bin_view(args[0]);
    size_t len = v.bits / 8;
    for (const struct Seen *s = seen; s; s = s->next)
        if (s->len == len && memcmp(s->key, v.bytes, len) == 0) return AM(false);
    struct Seen *s = malloc(sizeof *s + len);
    if (!s) return bif_oom(p);
    s->next = seen;
    s->len = len;
    memcpy(s->key, v.bytes, len);
    seen = s;
    return AM(true);
}

/* :vial.no_halt() and :vial.no_halt(boolean): whether the script's end
 * ends the VM (System.no_halt, `vial --no-halt`). */
Term bif_vial_no_halt_0(Process *p, Term *args) { return make_bool(sched_self->no_halt); }

Term bif_vial_no_halt_1(Process *p, Term *args) {
    if (!is_bool(args[0])) return bif_badarg(p);
    sched_self->no_halt = args[0] == AM(true);
    return AM(ok);
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

/* A function as module_info lists it: its name atom, and the name it sorts
 * by (a macro's "MACRO-name" sorts where Elixir defines it: as name). */
typedef struct { Term atom; const char *sort; size_t len; uint32_t arity; } Listed;

static int by_name_then_arity(const void *x, const void *y) {
    const Listed *a = x, *b = y;
    int c = memcmp(a->sort, b->sort, a->len < b->len ? a->len : b->len);
    if (c == 0) c = (a->len > b->len) - (a->len < b->len);
    return c ? c : (a->arity > b->arity) - (a->arity < b->arity);
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

/* [{name, arity}, ...] of module mod's own public functions (m: its
 * bytecode, or NULL), natives among them, sorted, before tail. With macros
 * ([{name, arity}] in p->x[im]; im 0 for none) each is listed as Elixir
 * compiles it, "MACRO-name"/arity + 1, among the functions. */
static Term function_list(Process *p, Term mod, const Module *m, unsigned im, Term tail) {
    size_t nnat = module_natives(mod, NULL, 0);
    size_t n = 0, cap = (m ? m->nexports : 0) + nnat + 1;
    for (Term l = im ? p->x[im] : NIL; is_cons(l); l = CDR(l)) cap++;
    Listed *fs = malloc(cap * sizeof *fs);
    const Export **nat = malloc((nnat + 1) * sizeof *nat);
    if (!fs || !nat) {
        free(fs);
        free(nat);
        return bif_oom(p);
    }
    module_natives(mod, nat, nnat);
    for (uint32_t i = 0; i < nnat + (m ? m->nexports : 0); i++) {
        /* a native stands for the bytecode function of its name */
        const Export *e = i < nnat ? nat[i] : m->exports[i - nnat];
        if (!module_own_function(e->name, e->arity) || (i >= nnat && e->native)) continue;
        size_t len;
        const char *name = atom_text(e->name, &len);
        fs[n++] = (Listed){e->name, name, len, e->arity};
    }
    free(nat);
    for (Term l = im ? p->x[im] : NIL; is_cons(l); l = CDR(l)) {
        Term t = CAR(l);
        if (!is_tuple(t) || tuple_arity(t) != 2 || !is_atom(TUPLE_ELEM(t, 0)) || !is_small(TUPLE_ELEM(t, 1))) continue;
        char macro[8 + 255];
        size_t len;
        const char *name = atom_text(TUPLE_ELEM(t, 0), &len);
        if (len > 255) continue;
        memcpy(macro, "MACRO-", 6);
        memcpy(macro + 6, name, len);
        fs[n++] = (Listed){atom_intern(macro, len + 6), name, len, (uint32_t)small_val(TUPLE_ELEM(t, 1)) + 1};
    }
    qsort(fs, n, sizeof *fs, by_name_then_arity);
    for (size_t i = n; i-- > 0 && tail != THE_NON_VALUE;) tail = pair(p, fs[i].atom, fs[i].arity, tail);
    free(fs);
    return tail;
}

/* module_info(:exports): the module's functions and macros (function_list),
 * then module_info/0,1 and __info__/1. */
static Term exports_list(Process *p, const Module *m, unsigned im) {
    Term tail = pair(p, atom_z("__info__"), 1, NIL);
    if (tail != THE_NON_VALUE) tail = pair(p, atom_z("module_info"), 1, tail);
    if (tail != THE_NON_VALUE) tail = pair(p, atom_z("module_info"), 0, tail);
    return tail == THE_NON_VALUE ? tail : function_list(p, m->name, m, im, tail);
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

/* [{name, arity}] of what Elixir's list of module's names has, in its
 * order: its macros, or its functions that vial has too; THE_NON_VALUE
 * when Elixir has no such module. */
static Term elixir_names(Process *p, Term module, bool macros) {
    size_t len;
    const char *mod = atom_text(module, &len);
    const char *names = mod && strlen(mod) == len ? elixir_module_names(mod) : NULL;
    if (!names) return THE_NON_VALUE;
    size_t n = 0, i = 0;
    const char *at = names, *name;
    unsigned arity;
    bool macro;
    while (elixir_next_name(&at, &name, &len, &arity, &macro)) n++;
    Listed *fs = malloc((n + 1) * sizeof *fs);
    if (!fs) return bif_oom(p);
    for (at = names; elixir_next_name(&at, &name, &len, &arity, &macro);) {
        Term atom = atom_intern(name, len);
        if (macros ? macro : !macro && module_find_export(module, atom, arity)) fs[i++] = (Listed){atom, name, len, arity};
    }
    Term list = NIL;
    while (i-- > 0 && list != THE_NON_VALUE) list = pair(p, fs[i].atom, fs[i].arity, list);
    free(fs);
    return list;
}

/* :vial.exports(module): [{name, arity}] of the functions an undefined
 * one's suggestions are chosen from: the module's own, natives included,
 * in the order of Elixir's list of them when vial shares the module with
 * it (as xref.c does). */
Term bif_vial_exports_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    module_ensure_loaded(args[0]);
    Term elixir = elixir_names(p, args[0], false);
    return elixir != THE_NON_VALUE ? elixir : function_list(p, args[0], module_get(args[0]), 0, NIL);
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
    if (key_is(key, "functions")) return function_list(p, m->name, m, 0, NIL);
    if (key_is(key, "macros")) {
        /* the macros Elixir's own version of the module has (vial's bytecode keeps none) */
        Term elixir = elixir_names(p, args[0], true);
        return elixir != THE_NON_VALUE ? elixir : args[2];
    }
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
