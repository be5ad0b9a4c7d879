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

/* A module of the embedded standard library (loaded on first use). */
static bool is_stdlib_module(Term mod) {
    size_t len;
    const char *name = atom_text(mod, &len);
    for (const StdlibModule *s = stdlib_modules; s->name; s++)
        if (strlen(s->name) == len && !memcmp(s->name, name, len)) return true;
    return false;
}

Term bif_erlang_module_loaded_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    return make_bool(module_get(args[0]) != NULL || module_is_native(args[0]) || is_stdlib_module(args[0]));
}

/* :application.get_application(module): the stdlib belongs to :elixir, so
 * stack frames print "(elixir 1.14.0) lib/enum.ex:..." as in Elixir. */
Term bif_application_get_application_1(Process *p, Term *args) {
    /* :erl_eval only appears in the frames -e reports (Kernel.CLI) */
    bool eval = args[0] == atom_intern("erl_eval", 8);
    if (!is_atom(args[0]) || (!eval && !is_stdlib_module(args[0]))) return AM(undefined);
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
