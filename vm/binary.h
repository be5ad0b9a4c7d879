/* binary.h — internal: binaries and bitstrings.
 * Up to BIN_HEAP_MAX bytes a binary lives on the process heap (KIND_HEAP_BIN);
 * larger ones live off-heap in a reference-counted Binary, referred to by a
 * KIND_REFC_BIN object on each heap that holds it. Matching and slicing make
 * KIND_SUB_BIN objects that point at the original, never copies.
 *
 * Layouts (words after the header):
 *   HEAP_BIN  byte size (raw), bytes padded to a word. In a module's literal
 *             area a HEAP_BIN may be larger than BIN_HEAP_MAX (etf.h).
 *   REFC_BIN  small byte size, Binary*, next REFC_BIN on the same off-heap
 *             chain (a process's or a fragment's) or 0.
 *   SUB_BIN   small bit size, small bit offset into the original's bytes,
 *             the original (a HEAP_BIN or REFC_BIN, never another SUB_BIN).
 *   MATCH     the original (HEAP_BIN or REFC_BIN), small current bit offset,
 *             small end offset (both from the original's first byte).
 *
 * Appending: a REFC_BIN whose byte size equals its Binary's size is the last
 * writer of that Binary; `acc <> x` then writes into the spare capacity and
 * makes a new REFC_BIN with the larger size, so older terms still see their
 * own size. (With several scheduler threads this needs an atomic claim.)
 */
#ifndef VIAL_BINARY_H
#define VIAL_BINARY_H

#include "process.h"

#define BIN_HEAP_MAX 64
#define BIN_MAX_BITS ((size_t)1 << 40)   /* larger builds raise system_limit */

typedef struct Binary {
    uint64_t refc;
    size_t size;        /* bytes in use */
    size_t capacity;    /* bytes allocated in data[] (room to append in place) */
    uint8_t data[];
} Binary;

/* The off-heap part. bin_new: refc 1, size 0; NULL when out of memory. */
Binary *bin_new(size_t capacity);
static inline void bin_retain(Binary *b) { b->refc++; }
void bin_release(Binary *b);                /* frees at zero */

/* Links a REFC_BIN object (its header address) on an off-heap chain. */
static inline void bin_link(Term **chain, Term *obj) {
    obj[3] = (Term)(uintptr_t)*chain;
    *chain = obj;
}

/* The bytes of a bitstring: pointer to the first byte, size in bits, and the
 * bit offset of the first bit within *bytes (0 for byte-aligned data).
 * Never collects. */
typedef struct { const uint8_t *bytes; size_t bits; unsigned bit_offset; } BinView;
BinView bin_view(Term bitstring);
static inline bool is_binary_bytes(BinView v) { return v.bits % 8 == 0 && v.bit_offset == 0; }
static inline bool bin_is_binary(Term t) { return is_bitstring(t) && bin_view(t).bits % 8 == 0; }

/* A new binary with a copy of len bytes. May collect (data must not be on the heap).
 * THE_NON_VALUE when out of memory. */
Term bin_from_bytes(Process *p, const void *data, size_t len);
static inline Term bin_from_cstr(Process *p, const char *s) { return bin_from_bytes(p, s, strlen(s)); }
/* The decimal text of small integer v, without printf (interpolation and
 * Integer.to_string are hot). May collect. THE_NON_VALUE when out of memory. */
Term bin_from_small(Process *p, SInt v);
/* A new binary of len bytes to fill through *data, which stays valid until
 * the next collection. May collect. THE_NON_VALUE when out of memory. */
Term bin_alloc(Process *p, size_t len, uint8_t **data);
/* Byte size of a binary (bits/8, rounded down). Never collects. */
size_t bin_size(Term bin);
/* The bits [off, off+bits) of bitstring `bin` (bounds checked by the caller)
 * as a sub-binary; bin is protected inside. May collect. */
Term bin_sub(Process *p, Term bin, size_t off, size_t bits);
/* Copies n bits from src at bit offset soff to dst at bit offset doff. */
void bin_copy_bits(uint8_t *dst, size_t doff, const uint8_t *src, size_t soff, size_t n);

/* ---- construction (BS_BUILD) ----
 * segs: nsegs (value, size) pairs; size is an integer or nil for the type's
 * default. specs: a tuple of nsegs {Type, Unit, Flags} tuples (opcodes.def).
 * The pairs are copied before anything may move, so they may live anywhere
 * (registers on the stack included). May collect. On a bad segment returns
 * THE_NON_VALUE with badarg raised (system_limit when too large). */
Term bin_build(Process *p, const Term *segs, size_t nsegs, Term specs);
/* bin_build with the pairs in the interpreter's registers, which run down
 * in memory: the first value at regs[0], its size at regs[-1], the next
 * value at regs[-2]... Read before anything may move. */
Term bin_build_regs(Process *p, const Term *regs, size_t nsegs, Term specs);

/* ---- matching (BS_START, BS_GET, BS_TAIL, BS_REST) ----
 * A match state is a KIND_MATCH object; bin_match_get advances it in place.
 * All may collect except bin_match_tail; arguments are protected inside. */
Term bin_match_start(Process *p, Term bin);          /* THE_NON_VALUE unless a bitstring */
/* The next segment, or THE_NON_VALUE when it does not match (no exception). */
Term bin_match_get(Process *p, Term ms, Term size, Term spec);
bool bin_match_tail(Term ms, size_t bits);           /* exactly `bits` bits left */
Term bin_match_rest(Process *p, Term ms);            /* the rest as a bitstring */

/* ---- iolists and chardata ----
 * iolist_to_binary: nested lists of bytes 0..255 and binaries, with a binary
 * or [] as any tail. chardata_to_binary: the same with code points encoded as
 * UTF-8 (List.to_string). Both: THE_NON_VALUE with badarg on bad input.
 * The input is protected inside. May collect. */
Term bin_iolist_to_binary(Process *p, Term iolist);
Term bin_chardata_to_binary(Process *p, Term chardata);
/* iolist byte size, or -1 if not an iolist. Never collects. */
int64_t bin_iolist_size(Term iolist);
/* String.to_charlist: the code points of UTF-8 binary x... (protected inside);
 * THE_NON_VALUE with badarg when not valid UTF-8. May collect. */
Term bin_to_charlist(Process *p, Term bin);
/* Encodes code point cp as UTF-8 into out (4 bytes); returns the length,
 * 0 when cp is not a Unicode scalar value. */
size_t bin_utf8_encode(uint32_t cp, uint8_t *out);
/* Decodes one UTF-8 code point; returns its length or 0 when invalid. */
size_t bin_utf8_decode(const uint8_t *s, size_t len, uint32_t *cp);

#endif
