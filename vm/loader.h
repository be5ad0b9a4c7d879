/* loader.h — internal: turns a verified BcModule into a loaded Module:
 * threaded code with pre-resolved operands, the literal area, fun entries,
 * function and line tables (see docs/architecture.md). */
#ifndef VIAL_LOADER_H
#define VIAL_LOADER_H

#include "bytecode.h"
#include "module.h"

/* Builds the loaded form of m (which must have passed bc_verify) without
 * installing it. Returns NULL with a one-line reason in err on failure
 * (a bad literal, a BIF instruction naming a function that is not native). */
Module *loader_load(const BcModule *m, char *err, size_t errlen);

/* A catch marker's index -> where to resume (see TRY in opcodes.def). */
typedef struct {
    const Code *handler;
    uint32_t reg;       /* the register holding the marker */
    uint32_t nregs;     /* the frame size of its function */
} CatchEntry;

const CatchEntry *loader_catch(uint32_t index);

#endif
