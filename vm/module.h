/* module.h — internal: the module table, export entries, fun entries and
 * the in-memory (loaded) form of a module.
 *
 * Every exported function, native or bytecode, has one Export entry that
 * lives as long as the VM; calls to another module go through it, so loading
 * a new version only repoints entries. A module name maps to its current and
 * old version (Erlang's model). Modules of the embedded standard library are
 * loaded on first use (module_ensure_loaded).
 */
#ifndef VIAL_MODULE_H
#define VIAL_MODULE_H

#include "native.h"

/* One word of threaded code: an instruction's handler, or a pre-resolved
 * operand. Code is 8-byte aligned, so a return address pushed on the stack
 * has the header tag and the collector skips it. */
struct BcModule;

typedef union Code {
    const void *op;             /* handler address (or opcode number under switch dispatch) */
    Term t;                     /* literal, atom, small integer, precomputed link word */
    int64_t i;                  /* register as a negative offset from fp, or an immediate */
    uint64_t u;                 /* counts */
    const union Code *at;       /* jump target or function entry */
    struct Export *exp;
    struct FunEntry *fun;
    const struct FuncInfo *fi;
} Code;

typedef struct Export {
    Term module, name;
    uint32_t arity;
    const Code *code;           /* entry of the current version, or NULL */
    NativeFn native;            /* non-NULL: implemented in C */
} Export;

/* The static part of a closure: a KIND_FUN object is [header, FunEntry*, captured...]. */
typedef struct FunEntry {
    Term module;                /* module atom */
    uint32_t arity, nfree;      /* arity seen by callers; captured values */
    uint32_t index;             /* N in #Function<N.UNIQ/ARITY in Mod.parent/A> */
    uint32_t uniq;              /* checksum of the module's code */
    Term parent_name;           /* the function the fn was written in */
    uint32_t parent_arity;
    const Code *code;           /* entry of the implementing function (arity + nfree arguments) */
    struct Module *owner;
} __attribute__((aligned(8))) FunEntry;

typedef struct FuncInfo {
    Term name;
    uint32_t arity, nregs;
    uint32_t nfree;             /* a lambda body's: its last nfree arguments are captured values */
    const Code *start, *end;    /* [start, end) of its threaded code */
    struct Module *owner;
} FuncInfo;

typedef struct { uint32_t offset, line; } LineInfo;   /* threaded code offset -> source line */

typedef struct Module {
    Term name;
    char *file;                 /* source path for stack traces */
    Term file_kw;               /* the literal {file, 'path'} for stack trace entries */
    Code *code; size_t ncode;
    FuncInfo *funcs; uint32_t nfuncs;       /* sorted by start */
    LineInfo *lines; uint32_t nlines;       /* sorted by offset */
    FunEntry *lambdas; uint32_t nlambdas;
    Export **exports; uint32_t nexports;    /* entries this module defines */
    const Code **export_code;               /* their entry points in this version */
    struct EtfArea *lit_area;               /* literals, outside every process heap */
    Term *file_area;                        /* holds file_kw */
    uint32_t uniq;
    bool is_struct;                         /* defstruct: its fields in definition order */
    Term *struct_fields; uint32_t nstruct_fields;
    struct Module *old;         /* previous version, until purged */
} Module;

void module_init(void);         /* the table, and every native of bifs.def and bif_vm.c */

/* The entry for Mod.name/arity, created (undefined) when absent. Never NULL
 * except out of memory. */
Export *module_export(Term mod, Term name, uint32_t arity);
/* The entry only if it is defined (bytecode or native), loading the module
 * from the embedded stdlib when needed; NULL otherwise. */
Export *module_find_export(Term mod, Term name, uint32_t arity);
void module_register_native(const char *mod, const char *name, uint32_t arity, NativeFn fn);

Module *module_get(Term name);              /* current version or NULL */
/* Makes m the current version of its module and repoints its exports;
 * the previous current version becomes old (and a previous old is freed). */
void module_install(Module *m);
/* Loads a module from the embedded stdlib if it is not loaded. 1 if loaded. */
int module_ensure_loaded(Term name);
bool module_native_is_erlang_fun(const Export *e);   /* no BIF: a tail call to it leaves no caller frame */
int module_is_native(Term name);            /* a module made of natives only */
/* The natives of module mod, up to cap of them in out; returns how many
 * there are. */
size_t module_natives(Term mod, const struct Export **out, size_t cap);
bool module_is_stdlib(Term name);           /* one of the embedded standard library's */
/* Whether name/arity is a module's own function rather than one every
 * module has (module_info/0,1, __info__/1) or the body defining it. */
bool module_own_function(Term name, uint32_t arity);

/* Code address -> module, function, line (for stack traces). NULL / 0 when unknown. */
Module *module_of_code(const Code *pc);
const FuncInfo *module_func_of_code(const Module *m, const Code *pc);
uint32_t module_line_of_code(const Module *m, const Code *pc);

void module_free(Module *m);

/* Loads a verified BcModule (taking ownership) and installs it.
 * 0 on success, else -1 with a one-line reason in err. */
int module_load_bc(struct BcModule *m, char *err, size_t errlen);

/* The natives implemented by the VM itself (bif_vm.c). */
void bif_vm_register(void);

#endif
