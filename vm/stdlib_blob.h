/* stdlib_blob.h — internal: the standard library's bytecode, embedded in the
 * binary at build time (tools/embed.sh) and loaded on first use. */
#ifndef VIAL_STDLIB_BLOB_H
#define VIAL_STDLIB_BLOB_H

#include <stddef.h>

typedef struct {
    const char *name;             /* module name, e.g. "Elixir.Enum"; NULL ends the table */
    const unsigned char *bytes;
    size_t len;
} StdlibModule;

extern const StdlibModule stdlib_modules[];

#endif
