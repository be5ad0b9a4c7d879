/* fake.c — test-only stand-ins for the runtime that inspect.c reads: the atom
 * table, maps, binaries and bignums, with terms built by an External Term
 * Format decoder into a static heap. Lets the printer be tested alone. */
#include "fake.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "map.h"

/* ---- heap ---- */

#define HEAP_WORDS (1u << 23)
static Term *heap;
static size_t htop;
int fake_bit_offset;   /* build every binary at this bit offset (0..7) */

static Term *alloc(size_t n) {
    if (!heap) heap = malloc(HEAP_WORDS * sizeof(Term));
    if (!heap || htop + n > HEAP_WORDS) { fprintf(stderr, "fake heap full\n"); exit(2); }
    Term *p = heap + htop;
    htop += n;
    return p;
}

void fake_reset(void) { htop = 0; }

/* ---- atoms ---- */

static struct { char *s; size_t n; } atoms[1 << 16];
static size_t natoms;

void atom_init(void) {
#define ATOM(id, text) atom_intern(text, strlen(text));
#include "atoms.def"
#undef ATOM
}

Term atom_lookup(const char *name, size_t len) {
    for (size_t i = 0; i < natoms; i++)
        if (atoms[i].n == len && memcmp(atoms[i].s, name, len) == 0) return make_atom((uint32_t)i);
    return THE_NON_VALUE;
}

Term atom_intern(const char *name, size_t len) {
    Term a = atom_lookup(name, len);
    if (a != THE_NON_VALUE) return a;
    atoms[natoms].s = malloc(len + 1);
    memcpy(atoms[natoms].s, name, len);
    atoms[natoms].n = len;
    return make_atom((uint32_t)natoms++);
}

const char *atom_text(Term atom, size_t *len) {
    uint32_t i = atom_index(atom);
    if (i >= natoms) return NULL;
    *len = atoms[i].n;
    return atoms[i].s;
}

size_t atom_count(void) { return natoms; }

/* ---- binaries: HEAP_BIN [bytes, data...] of any size; SUB_BIN [bits, offset, orig] ---- */

BinView bin_view(Term t) {
    Term *p = boxed_ptr(t);
    if (header_kind(*p) == KIND_SUB_BIN) {
        Term *o = boxed_ptr(p[3]);
        size_t off = (size_t)small_val(p[2]);
        return (BinView){(const uint8_t *)(o + 2) + off / 8, (size_t)small_val(p[1]), (unsigned)(off % 8)};
    }
    return (BinView){(const uint8_t *)(p + 2), (size_t)p[1] * 8, 0};
}

size_t bin_size(Term t) { return bin_view(t).bits / 8; }

static Term make_bits(const uint8_t *src, size_t bits) {
    size_t off = (size_t)fake_bit_offset;
    size_t bytes = (bits + off + 7) / 8;
    Term *p = alloc(2 + (bytes + 7) / 8);
    p[0] = make_header(KIND_HEAP_BIN, 1 + (bytes + 7) / 8);
    p[1] = bytes;
    uint8_t *d = (uint8_t *)(p + 2);
    memset(d, 0, bytes);
    for (size_t i = 0; i < bits; i++)
        if (src[i / 8] >> (7 - i % 8) & 1) d[(i + off) / 8] |= (uint8_t)(0x80 >> ((i + off) % 8));
    if (off == 0 && bits % 8 == 0) return make_boxed(p);
    Term *s = alloc(4);
    s[0] = make_header(KIND_SUB_BIN, 3);
    s[1] = make_small((SInt)bits);
    s[2] = make_small((SInt)off);
    s[3] = make_boxed(p);
    return make_boxed(s);
}

/* ---- maps: KIND_MAP [n, k1, v1, ...] in the order decoded ---- */

static bool same(Term a, Term b);

size_t map_size(Term m) { return (size_t)small_val(boxed_ptr(m)[1]); }

Term map_get(Term m, Term key) {
    Term *p = boxed_ptr(m);
    for (size_t i = 0; i < map_size(m); i++)
        if (same(p[2 + 2 * i], key)) return p[3 + 2 * i];
    return THE_NON_VALUE;
}

void map_iter_init(MapIter *it, Term m) { it->map = m; it->pos = 0; }

int map_iter_next(MapIter *it, Term *k, Term *v) {
    if (it->pos >= map_size(it->map)) return 0;
    Term *p = boxed_ptr(it->map);
    *k = p[2 + 2 * it->pos];
    *v = p[3 + 2 * it->pos];
    it->pos++;
    return 1;
}

static bool same(Term a, Term b) {
    if (a == b) return true;
    if (is_cons(a) && is_cons(b)) return same(CAR(a), CAR(b)) && same(CDR(a), CDR(b));
    if (!is_boxed(a) || !is_boxed(b) || *boxed_ptr(a) != *boxed_ptr(b)) return false;
    if (is_tuple(a)) {
        for (size_t i = 0; i < tuple_arity(a); i++)
            if (!same(TUPLE_ELEM(a, i), TUPLE_ELEM(b, i))) return false;
        return true;
    }
    if (is_bitstring(a)) {
        BinView x = bin_view(a), y = bin_view(b);
        return x.bits == y.bits && x.bit_offset == 0 && y.bit_offset == 0 &&
               memcmp(x.bytes, y.bytes, x.bits / 8) == 0;
    }
    return memcmp(boxed_ptr(a), boxed_ptr(b), (header_size(*boxed_ptr(a)) + 1) * sizeof(Term)) == 0;
}

/* ---- bignums: 64-bit limbs, little-endian ---- */

char *big_to_string(Term t, unsigned base) {
    (void)base;
    size_t n = header_size(*boxed_ptr(t));
    uint64_t *l = malloc(n * 8);
    memcpy(l, boxed_ptr(t) + 1, n * 8);
    char *out = malloc(n * 20 + 3), *o = out + n * 20 + 2;
    *o = 0;
    while (n) {
        unsigned __int128 r = 0;
        for (size_t i = n; i-- > 0;) {
            unsigned __int128 cur = (r << 64) | l[i];
            l[i] = (uint64_t)(cur / 10);
            r = cur % 10;
        }
        *--o = (char)('0' + (int)r);
        while (n && l[n - 1] == 0) n--;
    }
    if (boxed_kind(t) == KIND_NEG_BIG) *--o = '-';
    memmove(out, o, strlen(o) + 1);
    free(l);
    return out;
}

/* ---- External Term Format decoder ---- */

typedef struct { const uint8_t *p, *end; } Rd;

static uint64_t rd_be(Rd *r, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++) v = v << 8 | *r->p++;
    return v;
}

static Term make_int(int64_t v) {
    if (small_fits(v)) return make_small(v);
    Term *p = alloc(2);
    p[0] = make_header(v < 0 ? KIND_NEG_BIG : KIND_POS_BIG, 1);
    p[1] = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return make_boxed(p);
}

static Term atom_latin1(const uint8_t *s, size_t n) {
    char buf[1024];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80) buf[k++] = (char)s[i];
        else { buf[k++] = (char)(0xC0 | s[i] >> 6); buf[k++] = (char)(0x80 | (s[i] & 0x3F)); }
    }
    return atom_intern(buf, k);
}

static Term decode(Rd *r);

static Term tuple_of(Rd *r, size_t n) {
    Term *p = alloc(1 + n);
    p[0] = make_header(KIND_TUPLE, n);
    for (size_t i = 0; i < n; i++) p[1 + i] = decode(r);
    return make_boxed(p);
}

static Term list_of(Rd *r, size_t n) {
    Term head = NIL, *last = &head;
    for (size_t i = 0; i < n; i++) {
        Term *c = alloc(2);
        c[0] = decode(r);
        *last = make_list(c);
        last = &c[1];
    }
    *last = decode(r);
    return head;
}

static Term pid_of(Rd *r, int creation_bytes) {
    decode(r);   /* node */
    uint64_t id = rd_be(r, 4);
    rd_be(r, 4);
    rd_be(r, creation_bytes);
    return make_pid(id);
}

static Term decode(Rd *r) {
    int tag = *r->p++;
    switch (tag) {
    case 97: return make_small((SInt)rd_be(r, 1));
    case 98: return make_small((SInt)(int32_t)rd_be(r, 4));
    case 70: {
        uint64_t u = rd_be(r, 8);
        Term *p = alloc(2);
        p[0] = make_header(KIND_FLOAT, 1);
        memcpy(&p[1], &u, 8);
        return make_boxed(p);
    }
    case 100: case 118: case 115: case 119: {
        size_t n = (tag == 100 || tag == 118) ? rd_be(r, 2) : rd_be(r, 1);
        const uint8_t *s = r->p;
        r->p += n;
        return tag >= 118 ? atom_intern((const char *)s, n) : atom_latin1(s, n);
    }
    case 104: return tuple_of(r, rd_be(r, 1));
    case 105: return tuple_of(r, rd_be(r, 4));
    case 106: return NIL;
    case 107: {
        size_t n = rd_be(r, 2);
        Term head = NIL, *last = &head;
        for (size_t i = 0; i < n; i++) {
            Term *c = alloc(2);
            c[0] = make_small(*r->p++);
            *last = make_list(c);
            last = &c[1];
        }
        *last = NIL;
        return head;
    }
    case 108: return list_of(r, rd_be(r, 4));
    case 109: {
        size_t n = rd_be(r, 4);
        Term t = make_bits(r->p, n * 8);
        r->p += n;
        return t;
    }
    case 77: {
        size_t n = rd_be(r, 4);
        unsigned last_bits = (unsigned)rd_be(r, 1);
        size_t bits = n ? (n - 1) * 8 + last_bits : 0;
        Term t = make_bits(r->p, bits);
        r->p += n;
        return t;
    }
    case 110: case 111: {
        size_t n = tag == 110 ? rd_be(r, 1) : rd_be(r, 4);
        int sign = *r->p++;
        size_t limbs = (n + 7) / 8;
        Term *p = alloc(1 + limbs);
        p[0] = make_header(sign ? KIND_NEG_BIG : KIND_POS_BIG, limbs);
        memset(p + 1, 0, limbs * 8);
        for (size_t i = 0; i < n; i++) p[1 + i / 8] |= (uint64_t)r->p[i] << (8 * (i % 8));
        r->p += n;
        if (limbs == 1 && p[1] < ((uint64_t)1 << 59)) {
            htop -= 2;
            return make_int(sign ? -(int64_t)p[1] : (int64_t)p[1]);
        }
        return make_boxed(p);
    }
    case 116: {
        size_t n = rd_be(r, 4);
        Term *p = alloc(2 + 2 * n);
        p[0] = make_header(KIND_MAP, 1 + 2 * n);
        p[1] = make_small((SInt)n);
        for (size_t i = 0; i < 2 * n; i++) p[2 + i] = decode(r);
        return make_boxed(p);
    }
    case 88: return pid_of(r, 4);
    case 103: return pid_of(r, 1);
    case 90: {
        size_t n = rd_be(r, 2);
        decode(r);
        rd_be(r, 4);
        Term *p = alloc(1 + n);
        p[0] = make_header(KIND_REF, n);
        for (size_t i = 0; i < n; i++) p[1 + i] = rd_be(r, 4);
        return make_boxed(p);
    }
    case 89: case 120: {   /* port */
        decode(r);
        uint64_t id = rd_be(r, tag == 89 ? 4 : 8);
        rd_be(r, 4);
        return (id << 4) | TAG_PORT;
    }
    case 113: {   /* export: [mod, name, arity] */
        Term *p = alloc(4);
        p[0] = make_header(KIND_EXPORT, 3);
        p[1] = decode(r);
        p[2] = decode(r);
        p[3] = decode(r);
        return make_boxed(p);
    }
    default:
        fprintf(stderr, "fake: ETF tag %d unsupported\n", tag);
        exit(2);
    }
}

Term fake_decode(const uint8_t *etf, size_t n) {
    Rd r = {etf, etf + n};
    if (n < 1 || *r.p++ != 131) return THE_NON_VALUE;
    return decode(&r);
}
