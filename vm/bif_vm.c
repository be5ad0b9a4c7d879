/* bif_vm.c — the natives that need the VM itself: apply (as threaded-code
 * stubs, since they call back into bytecode), raise/3, funs and their
 * info, export queries, code loading, halt and the command line arguments. */
#include <string.h>

#include "atom.h"
#include "bif.h"
#include "gc.h"
#include "interp.h"
#include "module.h"
#include "vm.h"

static StubCode apply3_stub, apply2_stub;


/* :erlang.raise(Class, Reason, Stacktrace): re-raise keeping the trace. */
static Term vm_raise_3(Process *p, Term *args) {
    Term cls = args[0];
    if (cls != AM(error) && cls != AM(exit) && cls != AM(throw)) return bif_badarg(p);
    p->exc_class = cls; p->exc_reason = args[1]; p->exc_trace = args[2];
    return THE_NON_VALUE;
}

/* :erlang.make_fun(Mod, Name, Arity): the fun &Mod.name/arity. */
static Term vm_make_fun_3(Process *p, Term *args) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2]) ||
        small_val(args[2]) < 0 || small_val(args[2]) > 255)
        return bif_badarg(p);
    Export *e = module_export(args[0], args[1], (uint32_t)small_val(args[2]));
    if (!e) return proc_raise(p, AM(error), AM(system_limit));
    Term *h = heap_reserve(p, 2);
    h[0] = make_header(KIND_EXPORT, 1);
    h[1] = (Term)(uintptr_t)e;
    return make_boxed(h);
}

static Term fun_name(const FunEntry *fe) {
    const FuncInfo *fi = fe->owner ? module_func_of_code(fe->owner, fe->code) : NULL;
    return fi ? fi->name : fe->parent_name;
}

/* :erlang.fun_info(Fun, Item) for arity, module, name, env, type. */
static Term vm_fun_info_2(Process *p, Term *args) {
    Term f = args[0], item = args[1];
    if (!is_fun(f) || !is_atom(item)) return bif_badarg(p);
    size_t n;
    const char *it = atom_text(item, &n);
    bool ext = boxed_kind(f) == KIND_EXPORT;
    const Export *e = ext ? (const Export *)(uintptr_t)boxed_ptr(f)[1] : NULL;
    const FunEntry *fe = ext ? NULL : (const FunEntry *)(uintptr_t)boxed_ptr(f)[1];
    Term v;
    if (n == 5 && !memcmp(it, "arity", 5)) v = make_small(ext ? e->arity : fe->arity);
    else if (n == 6 && !memcmp(it, "module", 6)) v = ext ? e->module : fe->module;
    else if (n == 4 && !memcmp(it, "name", 4)) v = ext ? e->name : fun_name(fe);
    else if (n == 4 && !memcmp(it, "type", 4)) v = atom_intern(ext ? "external" : "local", ext ? 8 : 5);
    else if (n == 3 && !memcmp(it, "env", 3)) {
        uint32_t k = ext ? 0 : fe->nfree;
        Term *h = heap_reserve(p, 2 * (size_t)k);
        f = args[0];
        v = NIL;
        for (uint32_t i = k; i-- > 0;) {
            h[0] = boxed_ptr(f)[2 + i]; h[1] = v; v = make_list(h); h += 2;
        }
    } else return bif_badarg(p);
    return bif_tuple2(p, args[1], v);
}

/* :erlang.fun_info(Fun): the items fun_info/2 knows, in Erlang's order (a
 * local fun's pid, index and uniq items are left out). */
static Term vm_fun_info_1(Process *p, Term *args) {
    static const char *const items[] = {"module", "name", "arity", "env", "type"};
    if (!is_fun(args[0])) return bif_badarg(p);
    p->nx = 4;
    args[2] = NIL;
    for (size_t i = sizeof items / sizeof items[0]; i-- > 0;) {
        args[1] = atom_intern(items[i], strlen(items[i]));
        args[3] = vm_fun_info_2(p, args);
        if (args[3] == THE_NON_VALUE) return THE_NON_VALUE;
        Term *h = heap_reserve(p, 2);
        h[0] = args[3]; h[1] = args[2];
        args[2] = make_list(h);
    }
    return args[2];
}

static Term vm_function_exported_3(Process *p, Term *args) {
    if (!is_atom(args[0]) || !is_atom(args[1]) || !is_small(args[2])) return bif_badarg(p);
    SInt a = small_val(args[2]);
    if (a < 0 || a > 255) return ATOM_false;
    return make_bool(module_find_export(args[0], args[1], (uint32_t)a) != NULL);
}

static Term vm_ensure_loaded_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    if (module_ensure_loaded(args[0])) return bif_tuple2(p, atom_intern("module", 6), args[0]);
    return bif_tuple2(p, AM(error), atom_intern("nofile", 6));
}

static Term vm_is_loaded_1(Process *p, Term *args) {
    if (!is_atom(args[0])) return bif_badarg(p);
    return module_get(args[0]) || module_is_native(args[0]) ? bif_tuple2(p, atom_intern("file", 4), args[0]) : ATOM_false;
}

/* halt unwinds nothing: the interpreter sees the status and stops at once. */
static Term vm_halt_1(Process *p, Term *args) {
    if (!is_small(args[0]) || small_val(args[0]) < 0) return bif_badarg(p);
    interp_halt_status = (int)(small_val(args[0]) & 255);
    return proc_raise(p, AM(exit), AM(normal));
}

static Term vm_halt_0(Process *p, Term *args) {
    interp_halt_status = 0;
    return proc_raise(p, AM(exit), AM(normal));
}

/* :init.get_plain_arguments(): the script's arguments as charlists. */
static Term vm_plain_arguments_0(Process *p, Term *args) {
    int argc = vm_argc();
    char **argv = vm_argv();
    size_t words = 0;
    for (int i = 0; i < argc; i++) words += 2 + 2 * strlen(argv[i]);
    Term *h = heap_reserve(p, words);
    Term list = NIL;
    for (int i = argc; i-- > 0;) {
        Term s = NIL;
        for (size_t k = strlen(argv[i]); k-- > 0; h += 2) {
            h[0] = make_small((unsigned char)argv[i][k]); h[1] = s; s = make_list(h);
        }
        h[0] = s; h[1] = list; list = make_list(h); h += 2;
    }
    return list;
}

void bif_vm_register(void) {
    interp_make_stub(&apply3_stub, 3, IOP_APPLY3, 0, 0);
    interp_make_stub(&apply2_stub, 2, IOP_APPLY2, 0, 0);
    Term erlang = atom_intern("erlang", 6);
    module_export(erlang, atom_intern("apply", 5), 3)->code = apply3_stub.w;
    module_export(erlang, atom_intern("apply", 5), 2)->code = apply2_stub.w;
    module_register_native("erlang", "raise", 3, vm_raise_3);
    module_register_native("erlang", "make_fun", 3, vm_make_fun_3);
    module_register_native("erlang", "fun_info", 1, vm_fun_info_1);
    module_register_native("erlang", "fun_info", 2, vm_fun_info_2);
    module_register_native("erlang", "function_exported", 3, vm_function_exported_3);
    module_register_native("erlang", "halt", 1, vm_halt_1);
    module_register_native("erlang", "halt", 0, vm_halt_0);
    module_register_native("code", "ensure_loaded", 1, vm_ensure_loaded_1);
    module_register_native("code", "is_loaded", 1, vm_is_loaded_1);
    module_register_native("init", "get_plain_arguments", 0, vm_plain_arguments_0);
}
