/* bytecode.h — internal: a compiled module as plain data, and its file form.
 *
 * The compiler fills a BcModule; bc_write turns it into the compact,
 * checksummed file described in docs/bytecode.md; bc_read parses and fully
 * verifies such a file (every index, register and label) and gives a
 * BcModule back. The loader (loader.h) turns a verified BcModule into the
 * threaded code the interpreter runs. A BcModule owns all its memory.
 */
#ifndef VIAL_BYTECODE_H
#define VIAL_BYTECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
#define OP(name, fmt, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
};

extern const char *const bc_op_name[OP__COUNT];
extern const char *const bc_op_format[OP__COUNT];

typedef struct {
    uint32_t name;      /* atom index */
    uint32_t arity;
    uint32_t nregs;     /* frame size, >= arity (+ nfree for lambda bodies) */
    uint32_t label;     /* entry label */
    uint32_t line;
} BcFunc;

typedef struct {
    uint32_t func;      /* the function implementing it: arity = arity + nfree */
    uint32_t arity;     /* arity seen by callers */
    uint32_t nfree;
    uint32_t parent;    /* function index it was defined in, for #Function<...> */
} BcLambda;

typedef struct { uint32_t mod, name, arity; } BcImport;   /* atom indices */
typedef struct { uint32_t name, arity, func; } BcExport;  /* name: atom index */
typedef struct { uint32_t offset, line; } BcLine;          /* code offset -> line */

typedef struct {
    uint8_t *bytes;     /* External Term Format, starting with the 131 version byte */
    size_t len;
} BcLiteral;

typedef struct BcModule {
    uint32_t name;              /* atom index of the module's name */
    char *file;                 /* source path, for stack traces */
    char **atoms;  uint32_t natoms;   /* UTF-8 texts, NUL-terminated */
    BcLiteral *literals; uint32_t nliterals;
    BcImport *imports; uint32_t nimports;
    BcExport *exports; uint32_t nexports;
    BcFunc *funcs; uint32_t nfuncs;
    BcLambda *lambdas; uint32_t nlambdas;
    uint32_t *code; size_t ncode;     /* opcode, operands, opcode, ... (see opcodes.def) */
    BcLine *lines; uint32_t nlines;
    /* defstruct: the field names (atom indices) in definition order, which
     * is the order inspect prints them in */
    bool is_struct;
    uint32_t *struct_fields; uint32_t nstruct_fields;
} BcModule;

void bc_free(BcModule *m);

/* Serialize to a malloc'd buffer. */
uint8_t *bc_write(const BcModule *m, size_t *len);

/* Parse and verify. On error returns NULL and writes a one-line reason to
 * err (e.g. "bad label 7 in function foo/2"). Never crashes on any input. */
BcModule *bc_read(const uint8_t *bytes, size_t len, char *err, size_t errlen);
/* Parse only, for the standard library embedded in the binary: `vial
 * compile` verified it when it was built, and checking it again was most of
 * the cost of loading it at every start. */
BcModule *bc_read_trusted(const uint8_t *bytes, size_t len, char *err, size_t errlen);

/* Check a BcModule's internal consistency (what bc_read checks after parsing). */
int bc_verify(const BcModule *m, char *err, size_t errlen);

#endif
