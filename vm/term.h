/* term.h — internal: the tagged 64-bit term word and the layout of boxed objects.
 *
 * Every value is one Term. The low two bits say what it is (the primary tag):
 *
 *   ..00  header word: only inside a heap object, never a value. On the stack
 *         a word with this tag is a return address (code is 4-byte aligned)
 *         and the collector skips it; inside a payload it is a raw aligned C
 *         pointer (fun entry, export entry, off-heap binary) and is skipped too.
 *   ..01  list: pointer to a cons cell (two words: head, tail), plus 1.
 *   ..10  boxed: pointer to a header word, plus 2.
 *   ..11  immediate; the next bits refine it:
 *         ....1111  small integer, 60 bits signed, value << 4
 *         ....0011  pid, index << 4
 *         ....0111  port, index << 4
 *         ..001011  atom, index << 6
 *         ..011011  catch marker on the stack, index << 6
 *         ..111011  NIL, the empty list []
 *
 * Term 0 is THE_NON_VALUE: "no term" (a failed BIF, an empty slot). No real
 * value is 0 because no value has the header tag.
 *
 * Boxed objects: a header word (kind in bits 2..5, payload size in words from
 * bit 6) and then the payload. Kinds below KIND_FIRST_RAW have payloads the
 * collector scans word by word, following list and boxed words and ignoring
 * every other word; such payloads hold only terms, small-int-encoded numbers
 * and 8-byte-aligned C pointers. Kinds from KIND_FIRST_RAW on hold raw bytes
 * the collector copies without looking.
 */
#ifndef VIAL_TERM_H
#define VIAL_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Term;
typedef int64_t SInt;

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define MUST_CHECK  __attribute__((warn_unused_result))

/* ---- primary tags ---- */
#define TAG_PRIMARY_MASK 0x3u
#define TAG_HEADER 0x0u
#define TAG_LIST   0x1u
#define TAG_BOXED  0x2u
#define TAG_IMMED  0x3u

#define TAG_IMM1_MASK 0xFu
#define TAG_PID   0x3u
#define TAG_PORT  0x7u
#define TAG_IMM2  0xBu
#define TAG_SMALL 0xFu

#define TAG_IMM2_MASK 0x3Fu
#define TAG_ATOM  0x0Bu
#define TAG_CATCH 0x1Bu
#define TAG_NIL   0x3Bu

#define THE_NON_VALUE ((Term)0)
#define NIL ((Term)TAG_NIL)

static inline unsigned term_primary(Term t) { return (unsigned)(t & TAG_PRIMARY_MASK); }

/* ---- small integers ---- */
#define SMALL_BITS 60
#define SMALL_MAX  (((SInt)1 << (SMALL_BITS - 1)) - 1)
#define SMALL_MIN  (-((SInt)1 << (SMALL_BITS - 1)))

static inline bool is_small(Term t) { return (t & TAG_IMM1_MASK) == TAG_SMALL; }
static inline bool small_fits(SInt v) { return v >= SMALL_MIN && v <= SMALL_MAX; }
static inline Term make_small(SInt v) { return ((Term)v << 4) | TAG_SMALL; }
static inline SInt small_val(Term t) { return (SInt)t >> 4; }

/* ---- atoms, pids, catch markers ---- */
static inline bool is_atom(Term t) { return (t & TAG_IMM2_MASK) == TAG_ATOM; }
static inline Term make_atom(uint32_t index) { return ((Term)index << 6) | TAG_ATOM; }
static inline uint32_t atom_index(Term t) { return (uint32_t)(t >> 6); }

static inline bool is_pid(Term t) { return (t & TAG_IMM1_MASK) == TAG_PID; }
static inline Term make_pid(uint64_t index) { return (index << 4) | TAG_PID; }
static inline uint64_t pid_index(Term t) { return t >> 4; }

static inline bool is_catch(Term t) { return (t & TAG_IMM2_MASK) == TAG_CATCH; }
static inline Term make_catch(uint32_t index) { return ((Term)index << 6) | TAG_CATCH; }
static inline uint32_t catch_index(Term t) { return (uint32_t)(t >> 6); }

static inline bool is_nil(Term t) { return t == NIL; }
static inline bool is_immed(Term t) { return term_primary(t) == TAG_IMMED; }

/* ---- lists ---- */
static inline bool is_cons(Term t) { return term_primary(t) == TAG_LIST; }
static inline bool is_list(Term t) { return is_cons(t) || is_nil(t); }
static inline Term *list_ptr(Term t) { return (Term *)(uintptr_t)(t - TAG_LIST); }
static inline Term make_list(const Term *cell) { return (Term)(uintptr_t)cell + TAG_LIST; }
#define CAR(t) (list_ptr(t)[0])
#define CDR(t) (list_ptr(t)[1])

/* ---- boxed objects ---- */
static inline bool is_boxed(Term t) { return term_primary(t) == TAG_BOXED; }
static inline Term *boxed_ptr(Term t) { return (Term *)(uintptr_t)(t - TAG_BOXED); }
static inline Term make_boxed(const Term *hdr) { return (Term)(uintptr_t)hdr + TAG_BOXED; }

/* ORDER KIND: the collector relies on KIND_FIRST_RAW splitting the kinds. */
enum {
    /* scanned payloads */
    KIND_TUPLE    = 0,  /* elements */
    KIND_FUN      = 1,  /* FunEntry*, then the captured values */
    KIND_EXPORT   = 2,  /* Export* : the fun &Mod.name/arity */
    KIND_MAP      = 3,  /* flat map: keys tuple, then values (see map.h) */
    KIND_HAMT     = 4,  /* node of a hash-array-mapped trie (see map.h) */
    KIND_SUB_BIN  = 5,  /* small bit size, small bit offset, original binary */
    KIND_REFC_BIN = 6,  /* small byte size, Binary*, next REFC_BIN on this heap or 0 (see binary.h) */
    KIND_MATCH    = 7,  /* binary match state: original binary, small offset, small end (binary.h) */
    KIND_FIRST_RAW = 8,
    /* raw payloads */
    KIND_FLOAT    = 8,  /* one double */
    KIND_POS_BIG  = 9,  /* little-endian mp_limb_t limbs, top limb nonzero */
    KIND_NEG_BIG  = 10,
    KIND_HEAP_BIN = 11, /* byte size, then the bytes (at most BIN_HEAP_MAX) */
    KIND_REF      = 12, /* a reference: raw id words */
};

static inline Term make_header(unsigned kind, size_t words) { return ((Term)words << 6) | ((Term)kind << 2); }
static inline unsigned header_kind(Term h) { return (unsigned)((h >> 2) & 0xF); }
static inline size_t header_size(Term h) { return (size_t)(h >> 6); }
static inline bool is_header(Term t) { return term_primary(t) == TAG_HEADER; }

static inline unsigned boxed_kind(Term t) { return header_kind(*boxed_ptr(t)); }
static inline bool is_boxed_kind(Term t, unsigned kind) { return is_boxed(t) && boxed_kind(t) == kind; }

/* ---- tuples ---- */
static inline bool is_tuple(Term t) { return is_boxed_kind(t, KIND_TUPLE); }
static inline size_t tuple_arity(Term t) { return header_size(*boxed_ptr(t)); }
static inline Term *tuple_elems(Term t) { return boxed_ptr(t) + 1; }
#define TUPLE_ELEM(t, i) (tuple_elems(t)[i])   /* 0-based */

/* ---- floats ---- */
static inline bool is_float(Term t) { return is_boxed_kind(t, KIND_FLOAT); }
static inline double float_val(Term t) { double d; memcpy(&d, boxed_ptr(t) + 1, sizeof d); return d; }

/* ---- bignums ---- */
static inline bool is_bignum(Term t) {
    return is_boxed(t) && (boxed_kind(t) == KIND_POS_BIG || boxed_kind(t) == KIND_NEG_BIG);
}
static inline bool is_integer(Term t) { return is_small(t) || is_bignum(t); }
static inline bool is_number(Term t) { return is_integer(t) || is_float(t); }

/* ---- funs ---- */
static inline bool is_fun(Term t) {
    return is_boxed(t) && (boxed_kind(t) == KIND_FUN || boxed_kind(t) == KIND_EXPORT);
}

/* ---- binaries ---- */
static inline bool is_bitstring(Term t) {
    if (!is_boxed(t)) return false;
    unsigned k = boxed_kind(t);
    return k == KIND_HEAP_BIN || k == KIND_REFC_BIN || k == KIND_SUB_BIN;
}

static inline bool is_map(Term t) {
    return is_boxed(t) && (boxed_kind(t) == KIND_MAP || boxed_kind(t) == KIND_HAMT);
}

static inline bool is_ref(Term t) { return is_boxed_kind(t, KIND_REF); }

/* ---- well-known atoms, fixed indices (see atom.h for the table) ---- */
#define ATOM_false make_atom(0)
#define ATOM_true  make_atom(1)
#define ATOM_nil   make_atom(2)

static inline Term make_bool(bool b) { return b ? ATOM_true : ATOM_false; }
static inline bool is_bool(Term t) { return t == ATOM_true || t == ATOM_false; }

#endif
