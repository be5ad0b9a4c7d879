/* binary.h — internal: binaries and bitstrings.
 * Up to BIN_HEAP_MAX bytes a binary lives on the process heap (KIND_HEAP_BIN);
 * larger ones live off-heap in a reference-counted Binary, referred to by a
 * KIND_REFC_BIN object on each heap that holds it. Matching and slicing make
 * KIND_SUB_BIN objects that point at the original, never copies. */
#ifndef VIAL_BINARY_H
#define VIAL_BINARY_H

#include "process.h"

#define BIN_HEAP_MAX 64

typedef struct Binary {
    uint64_t refc;
    size_t size;        /* bytes in use */
    size_t capacity;    /* bytes allocated in data[] (room to append in place) */
    uint8_t data[];
} Binary;

/* The bytes of a bitstring: pointer to the first byte, size in bits, and the
 * bit offset of the first bit within *bytes (0 for byte-aligned data).
 * Never collects. */
typedef struct { const uint8_t *bytes; size_t bits; unsigned bit_offset; } BinView;
BinView bin_view(Term bitstring);
static inline bool is_binary_bytes(BinView v) { return v.bits % 8 == 0 && v.bit_offset == 0; }

/* A new binary with a copy of len bytes. May collect (data must not be on the heap). */
Term bin_from_bytes(Process *p, const void *data, size_t len);
static inline Term bin_from_cstr(Process *p, const char *s) { return bin_from_bytes(p, s, strlen(s)); }
/* Byte size of a binary (bits/8, rounded down). Never collects. */
size_t bin_size(Term bin);

#endif
