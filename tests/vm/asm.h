/* asm.h — a tiny assembler for hand-built BcModules in the VM tests. */
#ifndef VIAL_TEST_ASM_H
#define VIAL_TEST_ASM_H

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bytecode.h"

typedef struct { BcModule *m; size_t cap; } Asm;

static inline void *grow(void *p, size_t n, size_t size) { return realloc(p, (n + 1) * size); }

static inline uint32_t asm_atom(Asm *a, const char *s) {
    BcModule *m = a->m;
    for (uint32_t i = 0; i < m->natoms; i++) if (!strcmp(m->atoms[i], s)) return i;
    m->atoms = grow(m->atoms, m->natoms, sizeof *m->atoms);
    m->atoms[m->natoms] = strdup(s);
    return m->natoms++;
}

static inline Asm asm_new(const char *name, const char *file) {
    Asm a = { calloc(1, sizeof(BcModule)), 0 };
    a.m->file = strdup(file);
    a.m->name = asm_atom(&a, name);
    return a;
}

static inline void asm_op(Asm *a, int op, ...) {
    BcModule *m = a->m;
    size_t n = strlen(bc_op_format[op]);
    m->code = realloc(m->code, (m->ncode + n + 1) * sizeof *m->code);
    m->code[m->ncode++] = (uint32_t)op;
    va_list ap; va_start(ap, op);
    for (size_t i = 0; i < n; i++) m->code[m->ncode++] = (uint32_t)va_arg(ap, int);
    va_end(ap);
}

static inline uint32_t asm_func(Asm *a, const char *name, uint32_t arity, uint32_t nregs, uint32_t label, int exported) {
    BcModule *m = a->m;
    m->funcs = grow(m->funcs, m->nfuncs, sizeof *m->funcs);
    m->funcs[m->nfuncs] = (BcFunc){ asm_atom(a, name), arity, nregs, label, 1 };
    if (exported) {
        m->exports = grow(m->exports, m->nexports, sizeof *m->exports);
        m->exports[m->nexports++] = (BcExport){ asm_atom(a, name), arity, m->nfuncs };
    }
    return m->nfuncs++;
}

static inline uint32_t asm_import(Asm *a, const char *mod, const char *name, uint32_t arity) {
    BcModule *m = a->m;
    m->imports = grow(m->imports, m->nimports, sizeof *m->imports);
    m->imports[m->nimports] = (BcImport){ asm_atom(a, mod), asm_atom(a, name), arity };
    return m->nimports++;
}

static inline uint32_t asm_lambda(Asm *a, uint32_t func, uint32_t arity, uint32_t nfree, uint32_t parent) {
    BcModule *m = a->m;
    m->lambdas = grow(m->lambdas, m->nlambdas, sizeof *m->lambdas);
    m->lambdas[m->nlambdas] = (BcLambda){ func, arity, nfree, parent };
    return m->nlambdas++;
}

#endif
