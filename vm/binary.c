/* binary.c — binaries and bitstrings: heap, reference-counted and sub
 * binaries, the segment builder behind BS_BUILD (appending in place to the
 * last writer of a Binary), the matcher behind BS_START/BS_GET, and
 * iolist/chardata flattening. Bit streams are big-endian, MSB first. */
#include <math.h>
#include <stdlib.h>
#include "binary.h"
#include "gc.h"
#include "atom.h"
#include "bignum.h"

#define HEAP_BIN_WORDS(n) (2 + ((n) + 7) / 8)
#define REFC_BIN_WORDS 4
#define SUB_BIN_WORDS 4
#define MATCH_WORDS 4

static Term raise_badarg(Process *p) { return proc_raise(p, AM(error), AM(badarg)); }

/* ---- the off-heap part ---- */

Binary *bin_new(size_t capacity) {
    if (capacity > BIN_MAX_BITS / 8) return NULL;
    Binary *b = malloc(sizeof *b + (capacity ? capacity : 1));
    if (!b) return NULL;
    b->refc = 1;
    b->size = 0;
    b->capacity = capacity;
    return b;
}

void bin_release(Binary *b) {
    if (b && --b->refc == 0) free(b);
}

/* ---- views ---- */

static const uint8_t *orig_bytes(const Term *obj) {
    if (header_kind(obj[0]) == KIND_HEAP_BIN) return (const uint8_t *)(obj + 2);
    return ((const Binary *)(uintptr_t)obj[2])->data;
}

static size_t orig_bits(const Term *obj) {
    if (header_kind(obj[0]) == KIND_HEAP_BIN) return (size_t)obj[1] * 8;
    return (size_t)small_val(obj[1]) * 8;
}

/* bin_view that also tells whether t is a bitstring at all (false leaves
 * *v alone), so that the builder tests and views each value once. */
static inline bool view_of(Term t, BinView *v) {
    if (!is_boxed(t)) return false;
    const Term *obj = boxed_ptr(t);
    switch (header_kind(obj[0])) {
    case KIND_HEAP_BIN:
        *v = (BinView){(const uint8_t *)(obj + 2), (size_t)obj[1] * 8, 0};
        return true;
    case KIND_REFC_BIN:
        *v = (BinView){((const Binary *)(uintptr_t)obj[2])->data, (size_t)small_val(obj[1]) * 8, 0};
        return true;
    case KIND_SUB_BIN: {
        size_t off = (size_t)small_val(obj[2]);
        *v = (BinView){orig_bytes(boxed_ptr(obj[3])) + off / 8, (size_t)small_val(obj[1]), (unsigned)(off % 8)};
        return true;
    }
    default:
        return false;
    }
}

BinView bin_view(Term t) {
    BinView v = {(const uint8_t *)"", 0, 0};
    view_of(t, &v);
    return v;
}

size_t bin_size(Term bin) { return bin_view(bin).bits / 8; }

/* ---- bit copying ---- */

/* `take` (1..8) bits at bit offset off, MSB-aligned in the result. */
static inline uint8_t get8(const uint8_t *s, size_t off, unsigned take) {
    size_t i = off >> 3;
    unsigned sh = off & 7;
    unsigned v = (unsigned)s[i] << sh;
    if (sh + take > 8) v |= s[i + 1] >> (8 - sh);
    return (uint8_t)(v & (0xFF00u >> take));
}

/* Stores the top `take` bits of v at bit offset off, keeping the others. */
static inline void put8(uint8_t *d, size_t off, uint8_t v, unsigned take) {
    size_t i = off >> 3;
    unsigned sh = off & 7;
    uint8_t mask = (uint8_t)(0xFF00u >> take);
    d[i] = (uint8_t)((d[i] & ~(mask >> sh)) | (v >> sh));
    if (sh + take > 8)
        d[i + 1] = (uint8_t)((d[i + 1] & ~(uint8_t)(mask << (8 - sh))) | (uint8_t)(v << (8 - sh)));
}

void bin_copy_bits(uint8_t *dst, size_t doff, const uint8_t *src, size_t soff, size_t n) {
    if (((doff | soff) & 7) == 0) {
        memcpy(dst + doff / 8, src + soff / 8, n / 8);
        if (n % 8) put8(dst, doff + n / 8 * 8, get8(src, soff + n / 8 * 8, n % 8), n % 8);
        return;
    }
    while (n >= 8) {
        put8(dst, doff, get8(src, soff, 8), 8);
        doff += 8;
        soff += 8;
        n -= 8;
    }
    if (n) put8(dst, doff, get8(src, soff, (unsigned)n), (unsigned)n);
}

/* ---- allocation ---- */

/* Words a fresh binary of n bytes needs on the heap. */
static size_t bin_words(size_t n) { return n <= BIN_HEAP_MAX ? HEAP_BIN_WORDS(n) : REFC_BIN_WORDS; }

/* Builds the object for a binary of n bytes in reserved heap space; for
 * large ones b (one reference, taken over) holds the bytes. */
static Term make_bin(Process *p, size_t n, Binary *b, uint8_t **data) {
    if (n <= BIN_HEAP_MAX) {
        Term *h = heap_alloc(p, HEAP_BIN_WORDS(n));
        h[0] = make_header(KIND_HEAP_BIN, HEAP_BIN_WORDS(n) - 1);
        h[1] = n;
        h[HEAP_BIN_WORDS(n) - 1] = 0;   /* padding is zero: whole words compare equal */
        *data = (uint8_t *)(h + 2);
        return make_boxed(h);
    }
    Term *h = heap_alloc(p, REFC_BIN_WORDS);
    h[0] = make_header(KIND_REFC_BIN, 3);
    h[1] = make_small((SInt)n);
    h[2] = (Term)(uintptr_t)b;
    bin_link(&p->offheap, h);
    b->size = n;
    *data = b->data;
    return make_boxed(h);
}

Term bin_alloc(Process *p, size_t len, uint8_t **data) {
    Binary *b = NULL;
    if (len > BIN_HEAP_MAX && !(b = bin_new(len))) return THE_NON_VALUE;
    if (!heap_reserve(p, bin_words(len))) {
        bin_release(b);
        return THE_NON_VALUE;
    }
    p->htop -= bin_words(len);
    return make_bin(p, len, b, data);
}

Term bin_from_bytes(Process *p, const void *data, size_t len) {
    uint8_t *d;
    Term t = bin_alloc(p, len, &d);
    if (t != THE_NON_VALUE && len) memcpy(d, data, len);
    return t;
}

Term bin_from_small(Process *p, SInt v) {
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    size_t n = v < 0 ? 2 : 1;
    for (uint64_t t = u; t >= 10; t /= 10) n++;
    /* at most 20 bytes: always a heap binary, its digits written in place */
    if (!heap_reserve(p, HEAP_BIN_WORDS(n))) return THE_NON_VALUE;
    p->htop -= HEAP_BIN_WORDS(n);
    uint8_t *c;
    Term t = make_bin(p, n, NULL, &c);
    if (v < 0) *c = '-';
    c += n;
    do { *--c = (uint8_t)('0' + u % 10); u /= 10; } while (u);
    return t;
}

static Term make_sub(Process *p, Term orig, size_t off, size_t bits) {
    Term *h = heap_alloc(p, SUB_BIN_WORDS);
    h[0] = make_header(KIND_SUB_BIN, 3);
    h[1] = make_small((SInt)bits);
    h[2] = make_small((SInt)off);
    h[3] = orig;
    return make_boxed(h);
}

/* The original binary of a bitstring and the bit offset of its view in it. */
static Term original_of(Term t, size_t *off) {
    const Term *obj = boxed_ptr(t);
    if (header_kind(obj[0]) == KIND_SUB_BIN) {
        *off = (size_t)small_val(obj[2]);
        return obj[3];
    }
    *off = 0;
    return t;
}

Term bin_sub(Process *p, Term bin, size_t off, size_t bits) {
    Term r[1] = {bin};
    GC_PROTECT(p, roots, r, 1);
    Term *h = heap_reserve(p, SUB_BIN_WORDS);
    GC_UNPROTECT(p, roots);
    if (!h) return THE_NON_VALUE;
    p->htop = h;
    size_t base;
    Term orig = original_of(r[0], &base);
    return make_sub(p, orig, base + off, bits);
}

/* ---- construction ---- */

enum { ST_INT, ST_FLOAT, ST_BIN, ST_BITS, ST_UTF8, ST_UTF16, ST_UTF32 };

typedef struct {
    unsigned type, unit;
    bool sign, little;
    bool dflt;          /* no size given */
    size_t bits;        /* computed size of this segment */
    BinView v;          /* construction, binary segments: the value's bytes */
} Seg;

static bool parse_spec(Term spec, Seg *s) {
    if (!is_tuple(spec) || tuple_arity(spec) != 3) return false;
    Term type = TUPLE_ELEM(spec, 0), unit = TUPLE_ELEM(spec, 1), flags = TUPLE_ELEM(spec, 2);
    if (type == AM(integer)) s->type = ST_INT;
    else if (type == AM(float)) s->type = ST_FLOAT;
    else if (type == AM(binary) || type == AM(bytes)) s->type = ST_BIN;
    else if (type == AM(bits) || type == AM(bitstring)) s->type = ST_BITS;
    else if (type == AM(utf8)) s->type = ST_UTF8;
    else if (type == AM(utf16)) s->type = ST_UTF16;
    else if (type == AM(utf32)) s->type = ST_UTF32;
    else return false;
    if (is_small(unit) && small_val(unit) >= 1 && small_val(unit) <= 256) s->unit = (unsigned)small_val(unit);
    else s->unit = s->type == ST_BIN ? 8 : 1;
    s->sign = s->little = false;
    for (; is_cons(flags); flags = CDR(flags)) {
        if (CAR(flags) == AM(signed)) s->sign = true;
        else if (CAR(flags) == AM(little)) s->little = true;
        else if (CAR(flags) == AM(native)) s->little = true;   /* x86-64 and arm64 */
    }
    return true;
}

/* The segment's size in bits from its size term; false when invalid. */
static bool seg_bits(Seg *s, Term size, size_t dflt) {
    s->dflt = size == NIL;
    if (s->dflt) {
        s->bits = dflt;
        return true;
    }
    if (!is_small(size) || small_val(size) < 0) return false;
    uint64_t n = (uint64_t)small_val(size);
    if (n > BIN_MAX_BITS / s->unit) return false;
    s->bits = (size_t)n * s->unit;
    return true;
}

static size_t utf_bits(const Seg *s, uint32_t cp) {
    if (s->type == ST_UTF32) return 32;
    if (s->type == ST_UTF16) return cp >= 0x10000 ? 32 : 16;
    return cp < 0x80 ? 8 : cp < 0x800 ? 16 : cp < 0x10000 ? 24 : 32;
}

static bool valid_cp(Term v) {
    if (!is_small(v)) return false;
    SInt c = small_val(v);
    return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

/* Why a segment cannot be built, named as BEAM names it in the cause it
 * keeps for the error message (exception.c): the value's type, the size,
 * or a value shorter than the size. */
typedef enum { SEG_OK, SEG_TYPE, SEG_SIZE, SEG_SHORT, SEG_BAD } SegFault;

/* Validates segment i and computes its size. */
static SegFault plan_seg(Seg *s, Term spec, Term val, Term size) {
    if (!parse_spec(spec, s)) return SEG_BAD;
    switch (s->type) {
    case ST_INT:
        if (!is_integer(val)) return SEG_TYPE;
        return seg_bits(s, size, 8) ? SEG_OK : SEG_SIZE;
    case ST_FLOAT:
        if (!is_number(val)) return SEG_TYPE;
        if (!seg_bits(s, size, 64)) return SEG_SIZE;
        return s->bits == 64 || s->bits == 32 || s->bits == 16 ? SEG_OK : SEG_BAD;
    case ST_BIN:
    case ST_BITS: {
        if (!view_of(val, &s->v)) return SEG_TYPE;
        size_t have = s->v.bits;
        if (!seg_bits(s, size, have)) return SEG_SIZE;
        if (s->type == ST_BIN && s->dflt && have % 8) return SEG_TYPE;
        return s->bits <= have ? SEG_OK : SEG_SHORT;
    }
    default:
        if (size != NIL) return SEG_BAD;
        if (!valid_cp(val)) return SEG_TYPE;
        s->bits = utf_bits(s, (uint32_t)small_val(val));
        return SEG_OK;
    }
}

/* Raises badarg for segment i (from 1), keeping the error_info BEAM gives a
 * failed construction in p->exc_info: %{cause: {i, type, why, value},
 * function: :format_bs_fail, module: :erl_erts_errors} (value: the size
 * when the size is wrong). */
static Term raise_seg(Process *p, size_t i, const Seg *s, SegFault why, Term val, Term size) {
    static const char *types[] = {"integer", "float", "binary", "binary", "utf8", "utf16", "utf32"};
    static const char *whys[] = {"", "type", "size", "short"};
    Term v[1] = {why == SEG_SIZE ? size : val};
    GC_PROTECT(p, roots, v, 1);
    Term *h = why == SEG_BAD ? NULL : heap_reserve(p, 14);
    GC_UNPROTECT(p, roots);
    raise_badarg(p);
    if (!h) return THE_NON_VALUE;
    h[0] = make_header(KIND_TUPLE, 4);
    h[1] = make_small((SInt)i);
    h[2] = atom_intern(types[s->type], strlen(types[s->type]));
    h[3] = atom_intern(whys[why], strlen(whys[why]));
    h[4] = v[0];
    h[5] = make_header(KIND_TUPLE, 3);
    h[6] = atom_intern("cause", 5);
    h[7] = atom_intern("function", 8);
    h[8] = atom_intern("module", 6);
    h[9] = make_header(KIND_MAP, 4);
    h[10] = make_boxed(h + 5);
    h[11] = make_boxed(h);
    h[12] = atom_intern("format_bs_fail", 14);
    h[13] = atom_intern("erl_erts_errors", 15);
    p->exc_info = make_boxed(h + 9);
    return THE_NON_VALUE;
}

/* Whether a segment is the kind `<>` and interpolation make: a whole
 * binary of its own size ({:binary, _, []}, no size); then *v views it. */
static inline bool plain_view(Term spec, Term val, Term size, BinView *v) {
    return size == NIL && is_tuple(spec) && tuple_arity(spec) == 3 && TUPLE_ELEM(spec, 0) == AM(binary)
        && TUPLE_ELEM(spec, 2) == NIL && view_of(val, v) && v->bits % 8 == 0;
}

/* A plain_view segment, planned without decoding the spec; false sends it
 * to plan_seg. */
static bool plan_plain_bin(Seg *s, Term spec, Term val, Term size) {
    if (!plain_view(spec, val, size, &s->v)) return false;
    s->type = ST_BIN;
    s->unit = 8;
    s->sign = s->little = false;
    s->dflt = true;
    s->bits = s->v.bits;
    return true;
}

/* Little-endian two's complement bytes of integer v modulo 2^(8n). */
static void int_le_bytes(Term v, uint8_t *le, size_t n) {
    if (is_small(v)) {
        SInt x = small_val(v);
        for (size_t i = 0; i < n; i++) le[i] = i < 8 ? (uint8_t)((uint64_t)x >> (8 * i)) : (x < 0 ? 0xFF : 0);
        return;
    }
    const uint64_t *l = big_limbs(v);
    size_t nl = big_nlimbs(v);
    for (size_t i = 0; i < n; i++) le[i] = i / 8 < nl ? (uint8_t)(l[i / 8] >> (8 * (i % 8))) : 0;
    if (big_is_neg(v)) {
        unsigned carry = 1;
        for (size_t i = 0; i < n; i++) {
            unsigned b = (uint8_t)~le[i] + carry;
            le[i] = (uint8_t)b;
            carry = b >> 8;
        }
    }
}

static bool write_int(uint8_t *out, size_t pos, Term v, const Seg *s) {
    size_t bits = s->bits, n = (bits + 7) / 8;
    if (!bits) return true;
    uint8_t small[16], *le = n <= sizeof small ? small : malloc(n);
    if (!le) return false;
    int_le_bytes(v, le, n);
    if (s->little) {
        /* whole bytes first, then the top bits in a last partial byte */
        if (bits % 8) le[n - 1] = (uint8_t)(le[n - 1] << (8 - bits % 8));
        bin_copy_bits(out, pos, le, 0, bits);
    } else {
        for (size_t i = 0; i < n / 2; i++) {
            uint8_t t = le[i];
            le[i] = le[n - 1 - i];
            le[n - 1 - i] = t;
        }
        bin_copy_bits(out, pos, le, n * 8 - bits, bits);
    }
    if (le != small) free(le);
    return true;
}

/* IEEE half precision by hand (not every compiler has _Float16): round to
 * nearest even; overflow gives infinity, as OTP's construction does. */
static uint16_t double_to_half(double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    uint16_t sign = (uint16_t)((b >> 48) & 0x8000);
    int exp = (int)((b >> 52) & 0x7FF), e = exp - 1023 + 15;
    uint64_t mant = b & 0xFFFFFFFFFFFFFull;
    if (exp == 0x7FF) return (uint16_t)(sign | 0x7C00 | (mant ? 0x200 : 0));
    if (e >= 31) return (uint16_t)(sign | 0x7C00);
    unsigned shift = 42;
    uint64_t h;
    if (e <= 0) {
        if (43 - e >= 64) return sign;
        mant |= (uint64_t)1 << 52;
        shift = (unsigned)(43 - e);
        h = mant >> shift;
    } else {
        h = (uint64_t)e << 10 | mant >> shift;
    }
    uint64_t rem = mant & (((uint64_t)1 << shift) - 1), halfway = (uint64_t)1 << (shift - 1);
    if (rem > halfway || (rem == halfway && (h & 1))) h++;
    return (uint16_t)(sign | h);
}

static double half_to_double(uint16_t h) {
    int e = (h >> 10) & 0x1F, m = h & 0x3FF;
    double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(m + 1024, e - 25);
    return h & 0x8000 ? -v : v;
}

static double num_to_double(Term v) {
    if (is_float(v)) return float_val(v);
    return big_to_double(v);
}

static void write_float(uint8_t *out, size_t pos, Term v, const Seg *s) {
    double d = num_to_double(v);
    uint8_t b[8];
    uint64_t raw;
    if (s->bits == 64) memcpy(&raw, &d, 8);
    else if (s->bits == 32) { float f = (float)d; uint32_t r; memcpy(&r, &f, 4); raw = r; }
    else raw = double_to_half(d);
    size_t n = s->bits / 8;
    for (size_t i = 0; i < n; i++) {
        uint8_t byte = (uint8_t)(raw >> (8 * i));
        b[s->little ? i : n - 1 - i] = byte;
    }
    bin_copy_bits(out, pos, b, 0, s->bits);
}

static size_t encode_utf(const Seg *s, uint32_t cp, uint8_t *b) {
    if (s->type == ST_UTF8) return bin_utf8_encode(cp, b);
    uint16_t u[2];
    size_t nu;
    if (s->type == ST_UTF32) {
        if (s->little) { b[0] = (uint8_t)cp; b[1] = (uint8_t)(cp >> 8); b[2] = (uint8_t)(cp >> 16); b[3] = 0; }
        else { b[0] = 0; b[1] = (uint8_t)(cp >> 16); b[2] = (uint8_t)(cp >> 8); b[3] = (uint8_t)cp; }
        return 4;
    }
    if (cp >= 0x10000) {
        u[0] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
        u[1] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        nu = 2;
    } else {
        u[0] = (uint16_t)cp;
        nu = 1;
    }
    for (size_t i = 0; i < nu; i++) {
        b[2 * i] = (uint8_t)(s->little ? u[i] : u[i] >> 8);
        b[2 * i + 1] = (uint8_t)(s->little ? u[i] >> 8 : u[i]);
    }
    return 2 * nu;
}

/* The first `bits` bits of v at bit position pos. */
static inline void write_view(uint8_t *out, size_t pos, const BinView *v, size_t bits) {
    /* most segments are whole bytes at a byte position: no bit fiddling */
    if (((pos | v->bit_offset | bits) & 7) == 0) memcpy(out + pos / 8, v->bytes, bits / 8);
    else bin_copy_bits(out, pos, v->bytes, v->bit_offset, bits);
}

static bool write_seg(uint8_t *out, size_t pos, Term v, const Seg *s) {
    switch (s->type) {
    case ST_INT:
        return write_int(out, pos, v, s);
    case ST_FLOAT:
        write_float(out, pos, v, s);
        return true;
    case ST_BIN:
    case ST_BITS:
        write_view(out, pos, &s->v, s->bits);
        return true;
    default: {
        uint8_t b[4];
        size_t n = encode_utf(s, (uint32_t)small_val(v), b);
        bin_copy_bits(out, pos, b, 0, n * 8);
        return true;
    }
    }
}

/* The Binary that x can be appended to in place, or NULL: x must be a
 * REFC_BIN that is the last writer of its Binary. */
static Binary *appendable(Term x) {
    if (!is_boxed_kind(x, KIND_REFC_BIN)) return NULL;
    const Term *obj = boxed_ptr(x);
    Binary *b = (Binary *)(uintptr_t)obj[2];
    return (size_t)small_val(obj[1]) == b->size ? b : NULL;
}

typedef struct {
    Binary *bin;        /* for large results: the Binary, holding our reference */
    size_t skip;        /* bits already in place (appending) */
} Target;

/* plan_target for a result too large for the heap. */
static bool plan_off_heap(Term first, bool append, bool whole, size_t nbytes, Target *t) {
    Binary *old = append && whole ? appendable(first) : NULL;
    if (old && old->capacity >= nbytes) {
        bin_retain(old);
        t->bin = old;
        t->skip = old->size * 8;
        return true;
    }
    /* grow geometrically when this looks like an append loop */
    size_t cap = append ? nbytes * 2 : nbytes;
    if (cap < nbytes) cap = nbytes;
    t->bin = bin_new(cap);
    return t->bin != NULL;
}

/* Chooses where the result's bytes go: heap, a fresh Binary, or the spare
 * capacity of the first segment's Binary. append: the first segment is the
 * whole of its value; whole: the result is a binary. Inline: most results
 * are small and go on the heap. */
static inline bool plan_target(Term first, bool append, bool whole, size_t nbytes, Target *t) {
    t->bin = NULL;
    t->skip = 0;
    return nbytes <= BIN_HEAP_MAX || plan_off_heap(first, append, whole, nbytes, t);
}

/* Writes the result into words reserved by the caller: nothing collects. */
static Term build(Process *p, const Term *vals, const Seg *segs, size_t nsegs, size_t total) {
    size_t nbytes = (total + 7) / 8;
    bool append = nsegs && (segs[0].type == ST_BIN || segs[0].type == ST_BITS) && segs[0].dflt;
    Target tg;
    if (!plan_target(append ? vals[0] : NIL, append, total % 8 == 0, nbytes, &tg))
        return proc_raise(p, AM(error), AM(system_limit));
    uint8_t *out;
    Term bin = make_bin(p, nbytes, tg.bin, &out);
    if (total % 8) out[nbytes - 1] = 0;   /* unused low bits stay zero */
    size_t pos = 0;
    for (size_t i = 0; i < nsegs; i++) {
        if (pos + segs[i].bits > tg.skip && !write_seg(out, pos, vals[2 * i], &segs[i]))
            return proc_raise(p, AM(error), AM(system_limit));
        pos += segs[i].bits;
    }
    if (total % 8) return make_sub(p, bin, 0, total);
    return bin;
}

/* Reserves the result's words, then builds. Usually the heap has room and
 * the values and their views stay put; a collection moves them, so then
 * they are kept in a protected copy and viewed again. */
static Term reserve_and_build(Process *p, const Term *segs, Seg *seg, size_t nsegs, size_t total) {
    size_t nbytes = (total + 7) / 8;
    size_t words = bin_words(nbytes) + (total % 8 ? SUB_BIN_WORDS : 0);
    if (heap_has(p, words)) return build(p, segs, seg, nsegs, total);
    Term local[32];
    Term *vals = 2 * nsegs <= 32 ? local : malloc(2 * nsegs * sizeof(Term));
    if (!vals) return proc_raise(p, AM(error), AM(system_limit));
    memcpy(vals, segs, 2 * nsegs * sizeof(Term));
    GC_PROTECT(p, roots, vals, 2 * nsegs);
    Term *h = heap_reserve(p, words);
    GC_UNPROTECT(p, roots);
    Term r;
    if (h) {
        p->htop = h;
        for (size_t i = 0; i < nsegs; i++)
            if (seg[i].type == ST_BIN || seg[i].type == ST_BITS) view_of(vals[2 * i], &seg[i].v);
        r = build(p, vals, seg, nsegs, total);
    } else {
        r = proc_raise(p, AM(error), AM(system_limit));
    }
    if (vals != local) free(vals);
    return r;
}

/* The builds of `<>` and interpolation, on their own path: whole binaries
 * joined into a binary, which the heap has room for, so nothing moves and
 * their views stay valid. Pair i is segs[2 * i * step] (the value) and
 * segs[(2 * i + 1) * step] (the size): step -1 reads registers in place.
 * False, having done nothing, for anything else (bad segments and errors
 * included: the general path deals with them). */
#define PLAIN_MAX 8
static bool build_plain(Process *p, const Term *segs, ptrdiff_t step, size_t nsegs, Term specs, Term *result) {
    BinView v[PLAIN_MAX];
    if (nsegs == 0 || nsegs > PLAIN_MAX || !is_tuple(specs) || tuple_arity(specs) != nsegs) return false;
    size_t nbytes = 0;
    for (size_t i = 0; i < nsegs; i++) {
        const Term *pair = segs + (ptrdiff_t)(2 * i) * step;
        if (!plain_view(TUPLE_ELEM(specs, i), pair[0], pair[step], &v[i])) return false;
        nbytes += v[i].bits / 8;
    }
    Target tg;
    if (nbytes > BIN_MAX_BITS / 8 || !heap_has(p, bin_words(nbytes)) || !plan_target(segs[0], true, true, nbytes, &tg))
        return false;
    uint8_t *out;
    *result = make_bin(p, nbytes, tg.bin, &out);
    size_t i = tg.skip ? 1 : 0, pos = tg.skip;
    for (; i < nsegs; pos += v[i].bits, i++) write_view(out, pos, &v[i], v[i].bits);
    return true;
}

Term bin_build(Process *p, const Term *segs, size_t nsegs, Term specs) {
    Term plain;
    if (build_plain(p, segs, 1, nsegs, specs, &plain)) return plain;
    if (!is_tuple(specs) || tuple_arity(specs) != nsegs || nsegs > ((size_t)1 << 20)) return raise_badarg(p);
    Seg segl[16];
    Seg *seg = nsegs <= 16 ? segl : malloc(nsegs * sizeof(Seg));
    if (!seg) return proc_raise(p, AM(error), AM(system_limit));
    /* no overflow: at most 2^20 segments of at most BIN_MAX_BITS each */
    size_t total = 0;
    Term r = THE_NON_VALUE;
    for (size_t i = 0; i < nsegs; i++) {
        const Term *v = segs + 2 * i;
        if (plan_plain_bin(&seg[i], TUPLE_ELEM(specs, i), v[0], v[1])) {
            total += seg[i].bits;
            continue;
        }
        SegFault why = plan_seg(&seg[i], TUPLE_ELEM(specs, i), v[0], v[1]);
        if (why != SEG_OK) {
            r = raise_seg(p, i + 1, &seg[i], why, v[0], v[1]);
            goto done;
        }
        total += seg[i].bits;
    }
    if (total > BIN_MAX_BITS) r = proc_raise(p, AM(error), AM(system_limit));
    else r = reserve_and_build(p, segs, seg, nsegs, total);
done:
    if (seg != segl) free(seg);
    return r;
}

/* bin_build_regs when the plain path does not apply: the registers move
 * when bin_build collects, so it gets a copy. */
static Term build_regs_copied(Process *p, const Term *regs, size_t nsegs, Term specs) {
    Term local[64];
    local[0] = NIL;   /* read by nothing; keeps -Wmaybe-uninitialized quiet when nsegs is 0 */
    Term *segs = 2 * nsegs <= 64 ? local : malloc(2 * nsegs * sizeof(Term));
    if (!segs) return proc_raise(p, AM(error), AM(system_limit));
    for (size_t i = 0; i < 2 * nsegs; i++) segs[i] = regs[-(ptrdiff_t)i];
    Term r = bin_build(p, segs, nsegs, specs);
    if (segs != local) free(segs);
    return r;
}

Term bin_build_regs(Process *p, const Term *regs, size_t nsegs, Term specs) {
    Term plain;
    return build_plain(p, regs, -1, nsegs, specs, &plain) ? plain : build_regs_copied(p, regs, nsegs, specs);
}

/* ---- matching ---- */

Term bin_match_start(Process *p, Term bin) {
    if (!is_bitstring(bin)) return THE_NON_VALUE;
    Term r[1] = {bin};
    GC_PROTECT(p, roots, r, 1);
    Term *h = heap_reserve(p, MATCH_WORDS);
    GC_UNPROTECT(p, roots);
    if (!h) return THE_NON_VALUE;
    size_t off;
    Term orig = original_of(r[0], &off);
    h[0] = make_header(KIND_MATCH, 3);
    h[1] = orig;
    h[2] = make_small((SInt)off);
    h[3] = make_small((SInt)(off + bin_view(r[0]).bits));
    return make_boxed(h);
}

bool bin_match_tail(Term ms, size_t bits) {
    const Term *m = boxed_ptr(ms);
    return (size_t)(small_val(m[3]) - small_val(m[2])) == bits;
}

Term bin_match_rest(Process *p, Term ms) {
    Term r[1] = {ms};
    GC_PROTECT(p, roots, r, 1);
    Term *h = heap_reserve(p, SUB_BIN_WORDS);
    GC_UNPROTECT(p, roots);
    if (!h) return THE_NON_VALUE;
    p->htop = h;
    const Term *m = boxed_ptr(r[0]);
    size_t off = (size_t)small_val(m[2]), end = (size_t)small_val(m[3]);
    if (off == 0 && end == orig_bits(boxed_ptr(m[1]))) return m[1];
    return make_sub(p, m[1], off, end - off);
}

/* n <= 64 bits at off as an unsigned number, in stream (big-endian) order. */
static uint64_t get_bits64(const uint8_t *d, size_t off, unsigned n) {
    uint64_t v = 0;
    for (; n >= 8; n -= 8, off += 8) v = (v << 8) | get8(d, off, 8);
    if (n) v = (v << n) | (uint64_t)(get8(d, off, n) >> (8 - n));
    return v;
}

/* Big-endian bytes of n bits at off (right-aligned in ceil(n/8) bytes). */
static void get_be_bytes(const uint8_t *d, size_t off, size_t n, uint8_t *out) {
    size_t nb = (n + 7) / 8;
    memset(out, 0, nb);
    bin_copy_bits(out, nb * 8 - n, d, off, n);
}

static Term get_big_int(Process *p, const uint8_t *d, size_t off, const Seg *s) {
    size_t n = s->bits, nb = (n + 7) / 8, nl = (nb + 7) / 8;
    uint8_t *be = malloc(nb);
    uint64_t *limbs = calloc(nl + 1, sizeof *limbs);
    Term r = THE_NON_VALUE;
    if (!be || !limbs) goto done;
    if (s->little) {
        /* whole bytes come first in the stream; the top bits last */
        uint8_t *le = calloc(nb, 1);
        if (!le) goto done;
        for (size_t i = 0; i < n / 8; i++) le[i] = get8(d, off + 8 * i, 8);
        if (n % 8) le[n / 8] = (uint8_t)(get8(d, off + n / 8 * 8, n % 8) >> (8 - n % 8));
        for (size_t i = 0; i < nb; i++) be[i] = le[nb - 1 - i];
        free(le);
    } else {
        get_be_bytes(d, off, n, be);
    }
    for (size_t i = 0; i < nb; i++) limbs[i / 8] |= (uint64_t)be[nb - 1 - i] << (8 * (i % 8));
    bool neg = s->sign && (limbs[(n - 1) / 64] >> ((n - 1) % 64) & 1);
    if (neg) {
        /* magnitude = 2^n - value */
        unsigned __int128 borrow = 0;
        for (size_t i = 0; i < nl; i++) {
            unsigned __int128 v = (unsigned __int128)0 - limbs[i] - borrow;
            limbs[i] = (uint64_t)v;
            borrow = (v >> 64) ? 1 : 0;
        }
        if (n % 64) limbs[(n - 1) / 64] &= ((uint64_t)1 << (n % 64)) - 1;
    }
    r = big_make(p, limbs, nl, neg);
done:
    free(be);
    free(limbs);
    return r;
}

static Term get_int(Process *p, const uint8_t *d, size_t off, const Seg *s) {
    unsigned n = (unsigned)s->bits;
    if (s->bits > 64) return get_big_int(p, d, off, s);
    if (n == 0) return make_small(0);
    uint64_t v;
    if (s->little) {
        v = 0;
        unsigned i = 0;
        for (; i + 8 <= n; i += 8) v |= (uint64_t)get8(d, off + i, 8) << i;
        if (n % 8) v |= (uint64_t)(get8(d, off + i, n % 8) >> (8 - n % 8)) << i;
    } else {
        v = get_bits64(d, off, n);
    }
    if (s->sign && n < 64 && (v >> (n - 1) & 1)) v |= ~(uint64_t)0 << n;
    if (s->sign) {
        SInt x = (SInt)v;
        return small_fits(x) ? make_small(x) : big_from_int64(p, x);
    }
    return v <= (uint64_t)SMALL_MAX ? make_small((SInt)v) : big_from_uint64(p, v);
}

static Term get_float(Process *p, const uint8_t *d, size_t off, const Seg *s) {
    uint64_t raw = 0;
    unsigned n = (unsigned)s->bits;
    for (unsigned i = 0; i < n; i += 8) {
        uint64_t byte = get8(d, off + i, 8);
        raw |= s->little ? byte << i : byte << (n - 8 - i);
    }
    double v;
    if (n == 64) memcpy(&v, &raw, 8);
    else if (n == 32) { uint32_t r = (uint32_t)raw; float f; memcpy(&f, &r, 4); v = f; }
    else v = half_to_double((uint16_t)raw);
    if (v != v || v - v != 0) return THE_NON_VALUE;   /* NaN and infinities do not match */
    Term *h = heap_reserve(p, 2);
    if (!h) return THE_NON_VALUE;
    h[0] = make_header(KIND_FLOAT, 1);
    memcpy(h + 1, &v, 8);
    return make_boxed(h);
}

/* Decodes a UTF segment at off with `avail` bits left; sets *bits. */
static bool get_utf(const uint8_t *d, size_t off, size_t avail, const Seg *s, uint32_t *cp, size_t *bits) {
    uint8_t b[4];
    size_t have = avail / 8 < 4 ? avail / 8 : 4;
    for (size_t i = 0; i < have; i++) b[i] = get8(d, off + 8 * i, 8);
    if (s->type == ST_UTF8) {
        size_t n = bin_utf8_decode(b, have, cp);
        *bits = n * 8;
        return n > 0;
    }
    if (s->type == ST_UTF32) {
        if (have < 4) return false;
        *cp = s->little ? (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24
                        : (uint32_t)b[3] | (uint32_t)b[2] << 8 | (uint32_t)b[1] << 16 | (uint32_t)b[0] << 24;
        *bits = 32;
        return *cp <= 0x10FFFF && !(*cp >= 0xD800 && *cp <= 0xDFFF);
    }
    if (have < 2) return false;
    uint32_t u = s->little ? (uint32_t)(b[0] | b[1] << 8) : (uint32_t)(b[0] << 8 | b[1]);
    *bits = 16;
    *cp = u;
    if (u >= 0xDC00 && u <= 0xDFFF) return false;
    if (u < 0xD800 || u > 0xDBFF) return true;
    if (have < 4) return false;
    uint32_t u2 = s->little ? (uint32_t)(b[2] | b[3] << 8) : (uint32_t)(b[2] << 8 | b[3]);
    if (u2 < 0xDC00 || u2 > 0xDFFF) return false;
    *cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
    *bits = 32;
    return true;
}

static Term match_get(Process *p, Term *r, Seg *s) {
    Term *m = boxed_ptr(r[0]);
    size_t off = (size_t)small_val(m[2]), avail = (size_t)small_val(m[3]) - off;
    const uint8_t *d = orig_bytes(boxed_ptr(m[1]));
    Term v;
    if (s->type >= ST_UTF8) {
        uint32_t cp;
        if (!get_utf(d, off, avail, s, &cp, &s->bits)) return THE_NON_VALUE;
        v = make_small(cp);
    } else {
        if (s->bits > avail) return THE_NON_VALUE;
        switch (s->type) {
        case ST_INT: v = get_int(p, d, off, s); break;
        case ST_FLOAT: v = get_float(p, d, off, s); break;
        default:
            if (!heap_reserve(p, SUB_BIN_WORDS)) return THE_NON_VALUE;
            p->htop -= SUB_BIN_WORDS;
            m = boxed_ptr(r[0]);
            v = make_sub(p, m[1], off, s->bits);
            break;
        }
    }
    if (v == THE_NON_VALUE) return v;
    boxed_ptr(r[0])[2] = make_small((SInt)(off + s->bits));
    return v;
}

Term bin_match_get(Process *p, Term ms, Term size, Term spec) {
    Seg s;
    if (!is_boxed_kind(ms, KIND_MATCH) || !parse_spec(spec, &s)) return THE_NON_VALUE;
    const Term *m = boxed_ptr(ms);
    size_t avail = (size_t)(small_val(m[3]) - small_val(m[2]));
    switch (s.type) {
    case ST_INT: if (!seg_bits(&s, size, 8)) return THE_NON_VALUE; break;
    case ST_FLOAT:
        if (!seg_bits(&s, size, 64) || (s.bits != 64 && s.bits != 32 && s.bits != 16)) return THE_NON_VALUE;
        break;
    case ST_BIN:
        if (!seg_bits(&s, size, avail) || (s.dflt && avail % 8)) return THE_NON_VALUE;
        break;
    case ST_BITS: if (!seg_bits(&s, size, avail)) return THE_NON_VALUE; break;
    default: if (size != NIL) return THE_NON_VALUE; break;
    }
    Term r[1] = {ms};
    GC_PROTECT(p, roots, r, 1);
    Term v = match_get(p, r, &s);
    GC_UNPROTECT(p, roots);
    return v;
}

/* ---- UTF-8 ---- */

size_t bin_utf8_encode(uint32_t cp, uint8_t *o) {
    if (cp < 0x80) { o[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) { o[0] = (uint8_t)(0xC0 | cp >> 6); o[1] = (uint8_t)(0x80 | (cp & 0x3F)); return 2; }
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | cp >> 12);
        o[1] = (uint8_t)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF) return 0;
    o[0] = (uint8_t)(0xF0 | cp >> 18);
    o[1] = (uint8_t)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (uint8_t)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

size_t bin_utf8_decode(const uint8_t *s, size_t len, uint32_t *cp) {
    if (!len) return 0;
    uint8_t c = s[0];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) { *cp = c; return 1; }
    if ((c & 0xE0) == 0xC0) { n = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (len < n) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return n;
}

/* ---- iolists and chardata ---- */

typedef struct { uint8_t *out; size_t len; bool chars; } Sink;

static bool emit_int(Sink *s, Term h) {
    SInt v = small_val(h);
    if (!s->chars) {
        if (v < 0 || v > 255) return false;
        if (s->out) s->out[s->len] = (uint8_t)v;
        s->len++;
        return true;
    }
    uint8_t b[4];
    size_t n = v < 0 || v > 0x10FFFF ? 0 : bin_utf8_encode((uint32_t)v, b);
    if (!n) return false;
    if (s->out) memcpy(s->out + s->len, b, n);
    s->len += n;
    return true;
}

static bool emit_bin(Sink *s, Term b) {
    BinView v = bin_view(b);
    if (v.bits % 8) return false;
    if (s->out) bin_copy_bits(s->out + s->len, 0, v.bytes, v.bit_offset, v.bits);
    s->len += v.bits / 8;
    return true;
}

/* Walks nested lists depth first with an explicit stack of pending tails,
 * so deep nesting cannot overflow the C stack. */
static bool walk(Term t, Sink *s) {
    Term local[64], *stack = local;
    size_t n = 0, cap = 64;
    bool ok = true;
    for (;;) {
        while (ok && is_cons(t)) {
            Term h = CAR(t);
            t = CDR(t);
            if (is_small(h)) ok = emit_int(s, h);
            else if (is_bitstring(h)) ok = emit_bin(s, h);
            else if (is_list(h)) {
                if (!is_nil(t)) {
                    if (n == cap) {
                        Term *ns = malloc(2 * cap * sizeof(Term));
                        if (!ns) { ok = false; break; }
                        memcpy(ns, stack, n * sizeof(Term));
                        if (stack != local) free(stack);
                        stack = ns;
                        cap *= 2;
                    }
                    stack[n++] = t;
                }
                t = h;
            } else ok = false;
        }
        if (!ok) break;
        if (is_bitstring(t)) ok = emit_bin(s, t);
        else if (!is_nil(t)) ok = false;
        if (!ok || n == 0) break;
        t = stack[--n];
    }
    if (stack != local) free(stack);
    return ok;
}

int64_t bin_iolist_size(Term iolist) {
    Sink s = {NULL, 0, false};
    return walk(iolist, &s) ? (int64_t)s.len : -1;
}

static Term flatten(Process *p, Term data, bool chars) {
    Sink s = {NULL, 0, chars};
    if (!walk(data, &s)) return raise_badarg(p);
    Term r[1] = {data};
    GC_PROTECT(p, roots, r, 1);
    uint8_t *out;
    Term bin = bin_alloc(p, s.len, &out);
    GC_UNPROTECT(p, roots);
    if (bin == THE_NON_VALUE) return proc_raise(p, AM(error), AM(system_limit));
    s.out = out;
    s.len = 0;
    walk(r[0], &s);
    return bin;
}

Term bin_iolist_to_binary(Process *p, Term iolist) { return flatten(p, iolist, false); }
Term bin_chardata_to_binary(Process *p, Term chardata) { return flatten(p, chardata, true); }

Term bin_to_charlist(Process *p, Term bin) {
    if (!is_bitstring(bin)) return raise_badarg(p);
    BinView v = bin_view(bin);
    if (!is_binary_bytes(v)) {
        if (v.bits % 8) return raise_badarg(p);
    }
    size_t len = v.bits / 8, count = 0;
    uint8_t *tmp = NULL;
    const uint8_t *s = v.bytes;
    if (v.bit_offset) {
        if (!(tmp = malloc(len ? len : 1))) return proc_raise(p, AM(error), AM(system_limit));
        bin_copy_bits(tmp, 0, v.bytes, v.bit_offset, v.bits);
        s = tmp;
    }
    uint32_t cp;
    for (size_t i = 0; i < len; count++) {
        size_t n = bin_utf8_decode(s + i, len - i, &cp);
        if (!n) { free(tmp); return raise_badarg(p); }
        i += n;
    }
    free(tmp);
    Term r[1] = {bin};
    GC_PROTECT(p, roots, r, 1);
    Term *h = heap_reserve(p, 2 * count);
    GC_UNPROTECT(p, roots);
    if (!h) return proc_raise(p, AM(error), AM(system_limit));
    /* decode again from the (possibly moved) binary, front to back */
    v = bin_view(r[0]);
    Term list = NIL, *prev = NULL;
    uint8_t c[4];
    for (size_t i = 0, bit = v.bit_offset; i < len; ) {
        size_t have = len - i < 4 ? len - i : 4;
        for (size_t k = 0; k < have; k++) c[k] = get8(v.bytes, bit + 8 * (i + k), 8);
        size_t n = bin_utf8_decode(c, have, &cp);
        i += n;
        h[0] = make_small(cp);
        h[1] = NIL;
        if (prev) prev[1] = make_list(h); else list = make_list(h);
        prev = h;
        h += 2;
    }
    return list;
}
