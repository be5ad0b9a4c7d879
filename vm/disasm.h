/* disasm.h — internal: prints a module's bytecode for people (bin/vial disasm). */
#ifndef VIAL_DISASM_H
#define VIAL_DISASM_H

#include <stdio.h>

#include "bytecode.h"

/* Functions, labels and instructions with decoded operands: registers as
 * R3, atoms and literals as Elixir writes them, calls by name. Never fails
 * on a verified module; prints "?" for out-of-range indices otherwise. */
void disasm_module(FILE *out, const BcModule *m);

#endif
