/* etf.c — the External Term Format: an iterative, bounds-checked decoder
 * into chunked areas that never move (module literals, or scratch space
 * copied onto a process heap), and an encoder producing exactly what
 * OTP 25's term_to_binary/1 produces for the same terms. */
#include <math.h>
#include <stdlib.h>
#include "etf.h"
#include "atom.h"
#include "binary.h"
#include "bignum.h"
#include "gc.h"
#include "map.h"

enum {
    E_VERSION = 131, E_NEW_FLOAT = 70, E_BIT_BINARY = 77, E_NEW_PID = 88, E_NEWER_REF = 90,
    E_SMALL_INT = 97, E_INT = 98, E_ATOM = 100, E_PID = 103, E_SMALL_TUPLE = 104,
    E_LARGE_TUPLE = 105, E_NIL = 106, E_STRING = 107, E_LIST = 108, E_BINARY = 109,
    E_SMALL_BIG = 110, E_LARGE_BIG = 111, E_EXPORT = 113, E_SMALL_ATOM = 115, E_MAP = 116,
    E_ATOM_UTF8 = 118, E_SMALL_ATOM_UTF8 = 119,
};

void *(*etf_resolve_export)(Term mod, Term fun, unsigned arity);
bool (*etf_describe_export)(const void *exp, Term *mod, Term *fun, unsigned *arity);

/* ---- areas ---- */

typedef struct Chunk { struct Chunk *next; size_t size, used; Term data[]; } Chunk;
struct EtfArea { Chunk *chunks; size_t words; };

EtfArea *etf_area_new(void) { return calloc(1, sizeof(EtfArea)); }

void etf_area_free(EtfArea *a) {
    if (!a) return;
    for (Chunk *c = a->chunks, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    free(a);
}

bool etf_area_contains(const EtfArea *a, const void *ptr) {
    for (const Chunk *c = a->chunks; c; c = c->next)
        if ((const Term *)ptr >= c->data && (const Term *)ptr < c->data + c->used) return true;
    return false;
}

size_t etf_area_words(const EtfArea *a) { return a->words; }

static Term *area_alloc(EtfArea *a, size_t n) {
    Chunk *c = a->chunks;
    if (!c || c->size - c->used < n) {
        size_t size = c ? c->size * 2 : 256;
        if (size < n) size = n;
        if (size > ((size_t)1 << 40)) return NULL;
        Chunk *nc = malloc(sizeof *nc + size * sizeof(Term));
        if (!nc) return NULL;
        nc->size = size;
        nc->used = 0;
        nc->next = a->chunks;
        a->chunks = c = nc;
    }
    Term *h = c->data + c->used;
    c->used += n;
    a->words += n;
    return h;
}

static Term *area_alloc_cb(void *ctx, size_t n) { return area_alloc(ctx, n); }

/* ---- reading ---- */

typedef struct { const uint8_t *p, *end; } Rd;

static inline bool have(const Rd *r, size_t n) { return (size_t)(r->end - r->p) >= n; }
static inline uint32_t be16(const uint8_t *s) { return (uint32_t)s[0] << 8 | s[1]; }
static inline uint32_t be32(const uint8_t *s) { return (uint32_t)s[0] << 24 | (uint32_t)s[1] << 16 | (uint32_t)s[2] << 8 | s[3]; }

/* An atom at r: one of the four atom encodings. */
static Term read_atom(Rd *r, bool safe) {
    if (!have(r, 2)) return THE_NON_VALUE;
    uint8_t tag = *r->p++;
    size_t len;
    if (tag == E_ATOM || tag == E_ATOM_UTF8) {
        if (!have(r, 2)) return THE_NON_VALUE;
        len = be16(r->p);
        r->p += 2;
    } else if (tag == E_SMALL_ATOM || tag == E_SMALL_ATOM_UTF8) {
        len = *r->p++;
    } else {
        return THE_NON_VALUE;
    }
    if (!have(r, len)) return THE_NON_VALUE;
    const uint8_t *s = r->p;
    r->p += len;
    char buf[4 * ATOM_MAX_CHARS];
    size_t n = 0;
    if (tag == E_ATOM || tag == E_SMALL_ATOM) {
        if (len > ATOM_MAX_CHARS) return THE_NON_VALUE;
        for (size_t i = 0; i < len; i++) n += bin_utf8_encode(s[i], (uint8_t *)buf + n);   /* Latin-1 */
    } else {
        uint32_t cp;
        size_t chars = 0;
        for (size_t i = 0; i < len; chars++) {
            size_t k = bin_utf8_decode(s + i, len - i, &cp);
            if (!k) return THE_NON_VALUE;
            i += k;
        }
        if (chars > ATOM_MAX_CHARS) return THE_NON_VALUE;
        memcpy(buf, s, len);
        n = len;
    }
    return safe ? atom_lookup(buf, n) : atom_intern(buf, n);
}

/* ---- sizing (validating the structure without building) ---- */

static bool skip_atom(Rd *r) {
    if (!have(r, 2)) return false;
    uint8_t tag = *r->p++;
    size_t len;
    if (tag == E_ATOM || tag == E_ATOM_UTF8) {
        if (!have(r, 2)) return false;
        len = be16(r->p);
        r->p += 2;
    } else if (tag == E_SMALL_ATOM || tag == E_SMALL_ATOM_UTF8) {
        len = *r->p++;
    } else {
        return false;
    }
    if (!have(r, len)) return false;
    r->p += len;
    return true;
}

static size_t words_for_bytes(size_t n) { return 2 + (n + 7) / 8; }

bool etf_decoded_size(const uint8_t *bytes, size_t len, size_t *words) {
    Rd r = {bytes, bytes + len};
    size_t w = 0, pending = 1;
    if (!have(&r, 1) || *r.p++ != E_VERSION) return false;
    while (pending) {
        pending--;
        if (!have(&r, 1)) return false;
        uint8_t tag = *r.p;
        size_t n;
        switch (tag) {
        case E_SMALL_INT: if (!have(&r, 2)) return false; r.p += 2; break;
        case E_INT: if (!have(&r, 5)) return false; r.p += 5; break;
        case E_NEW_FLOAT: if (!have(&r, 9)) return false; r.p += 9; w += 2; break;
        case E_SMALL_BIG: case E_LARGE_BIG:
            if (tag == E_SMALL_BIG) { if (!have(&r, 3)) return false; n = r.p[1]; r.p += 3; }
            else { if (!have(&r, 6)) return false; n = be32(r.p + 1); r.p += 6; }
            if (!have(&r, n)) return false;
            r.p += n;
            w += 1 + (n + 7) / 8;
            break;
        case E_ATOM: case E_SMALL_ATOM: case E_ATOM_UTF8: case E_SMALL_ATOM_UTF8:
            if (!skip_atom(&r)) return false;
            break;
        case E_SMALL_TUPLE: case E_LARGE_TUPLE:
            if (tag == E_SMALL_TUPLE) { if (!have(&r, 2)) return false; n = r.p[1]; r.p += 2; }
            else { if (!have(&r, 5)) return false; n = be32(r.p + 1); r.p += 5; }
            if (!have(&r, n)) return false;
            pending += n;
            w += 1 + n;
            break;
        case E_NIL: r.p++; break;
        case E_STRING:
            if (!have(&r, 3)) return false;
            n = be16(r.p + 1);
            r.p += 3;
            if (!have(&r, n)) return false;
            r.p += n;
            w += 2 * n;
            break;
        case E_LIST:
            if (!have(&r, 5)) return false;
            n = be32(r.p + 1);
            r.p += 5;
            if (!have(&r, n) || n + 1 < n) return false;
            pending += n + 1;
            w += 2 * n;
            break;
        case E_BINARY: case E_BIT_BINARY:
            if (!have(&r, 5)) return false;
            n = be32(r.p + 1);
            r.p += 5;
            if (tag == E_BIT_BINARY) { if (!have(&r, 1)) return false; r.p++; w += 4; }
            if (!have(&r, n)) return false;
            r.p += n;
            w += words_for_bytes(n);
            break;
        case E_MAP:
            if (!have(&r, 5)) return false;
            n = be32(r.p + 1);
            r.p += 5;
            if (!have(&r, 2 * n)) return false;
            pending += 2 * n;
            w += 2 * n + (n <= MAP_FLAT_MAX ? 2 * n + 3 : 2 * n + n / 8 + 8);
            break;
        case E_EXPORT:
            r.p++;
            if (!skip_atom(&r) || !skip_atom(&r) || !have(&r, 2) || r.p[0] != E_SMALL_INT) return false;
            r.p += 2;
            w += 2;
            break;
        case E_NEW_PID: case E_PID:
            r.p++;
            if (!skip_atom(&r) || !have(&r, tag == E_NEW_PID ? 12 : 9)) return false;
            r.p += tag == E_NEW_PID ? 12 : 9;
            break;
        case E_NEWER_REF:
            if (!have(&r, 3)) return false;
            n = be16(r.p + 1);
            r.p += 3;
            if (n > 5 || !skip_atom(&r) || !have(&r, 4 + 4 * n)) return false;
            r.p += 4 + 4 * n;
            w += 1 + (n + 1) / 2;
            break;
        default:
            return false;
        }
    }
    *words = w;
    return r.p == r.end;
}

/* ---- decoding ---- */

/* Pending work: fill *slot with the next term, or with kv set, build the map
 * of n pairs whose terms are in kv (all decoded by then). */
typedef struct { Term *slot; Term *kv; size_t n; } Todo;

typedef struct {
    Rd r;
    EtfArea *a;
    bool safe;
    Todo *todo;
    size_t ntodo, cap;
} Dec;

static bool push(Dec *d, Term *slot, Term *kv, size_t n) {
    if (d->ntodo == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        Todo *t = realloc(d->todo, cap * sizeof *t);
        if (!t) return false;
        d->todo = t;
        d->cap = cap;
    }
    d->todo[d->ntodo++] = (Todo){slot, kv, n};
    return true;
}

static Term dec_big(Dec *d, size_t n) {
    if (!have(&d->r, 1 + n) || n > BIG_MAX_LIMBS * 8) return THE_NON_VALUE;
    bool neg = *d->r.p++ != 0;
    const uint8_t *s = d->r.p;
    d->r.p += n;
    while (n > 0 && s[n - 1] == 0) n--;
    size_t nl = (n + 7) / 8;
    Term *h = area_alloc(d->a, 1 + nl);
    if (!h) return THE_NON_VALUE;
    uint64_t *l = (uint64_t *)(h + 1);
    memset(l, 0, nl * 8);
    for (size_t i = 0; i < n; i++) l[i / 8] |= (uint64_t)s[i] << (8 * (i % 8));
    if (nl == 0) return make_small(0);
    if (nl == 1 && (neg ? l[0] <= (uint64_t)1 << (SMALL_BITS - 1) : l[0] <= (uint64_t)SMALL_MAX))
        return make_small(neg ? (SInt)(0 - l[0]) : (SInt)l[0]);
    h[0] = make_header(neg ? KIND_NEG_BIG : KIND_POS_BIG, nl);
    return make_boxed(h);
}

static Term dec_binary(Dec *d, size_t n, unsigned lastbits) {
    if (!have(&d->r, n)) return THE_NON_VALUE;
    Term *h = area_alloc(d->a, words_for_bytes(n) + (lastbits < 8 ? 4 : 0));
    if (!h) return THE_NON_VALUE;
    h[0] = make_header(KIND_HEAP_BIN, words_for_bytes(n) - 1);
    h[1] = n;
    h[words_for_bytes(n) - 1] = 0;
    if (n) memcpy(h + 2, d->r.p, n);
    d->r.p += n;
    Term bin = make_boxed(h);
    if (lastbits == 8) return bin;
    Term *s = h + words_for_bytes(n);
    s[0] = make_header(KIND_SUB_BIN, 3);
    s[1] = make_small((SInt)((n - 1) * 8 + lastbits));
    s[2] = make_small(0);
    s[3] = bin;
    return make_boxed(s);
}

/* Allocates n cons cells linked in order; *cells gets the first. */
static Term dec_cells(Dec *d, size_t n, Term **cells) {
    Term *c = area_alloc(d->a, 2 * n);
    if (!c) return THE_NON_VALUE;
    for (size_t i = 0; i + 1 < n; i++) c[2 * i + 1] = make_list(c + 2 * i + 2);
    *cells = c;
    return make_list(c);
}

static Term dec_pid(Dec *d, bool is_new) {
    if (read_atom(&d->r, false) == THE_NON_VALUE || !have(&d->r, is_new ? 12 : 9)) return THE_NON_VALUE;
    uint64_t id = be32(d->r.p), serial = be32(d->r.p + 4);
    d->r.p += is_new ? 12 : 9;
    return make_pid(id | serial << 32);
}

static Term dec_ref(Dec *d) {
    if (!have(&d->r, 2)) return THE_NON_VALUE;
    size_t n = be16(d->r.p);
    d->r.p += 2;
    if (n > 5 || read_atom(&d->r, false) == THE_NON_VALUE || !have(&d->r, 4 + 4 * n)) return THE_NON_VALUE;
    d->r.p += 4;
    size_t nw = (n + 1) / 2;
    Term *h = area_alloc(d->a, 1 + nw);
    if (!h) return THE_NON_VALUE;
    h[0] = make_header(KIND_REF, nw);
    memset(h + 1, 0, nw * 8);
    for (size_t i = 0; i < n; i++) h[1 + i / 2] |= (Term)be32(d->r.p + 4 * i) << (32 * (i % 2));
    d->r.p += 4 * n;
    return make_boxed(h);
}

static Term dec_export(Dec *d) {
    Term mod = read_atom(&d->r, d->safe), fun = read_atom(&d->r, d->safe);
    if (mod == THE_NON_VALUE || fun == THE_NON_VALUE || !have(&d->r, 2) || d->r.p[0] != E_SMALL_INT)
        return THE_NON_VALUE;
    unsigned arity = d->r.p[1];
    d->r.p += 2;
    void *exp = etf_resolve_export ? etf_resolve_export(mod, fun, arity) : NULL;
    Term *h = exp ? area_alloc(d->a, 2) : NULL;
    if (!h) return THE_NON_VALUE;
    h[0] = make_header(KIND_EXPORT, 1);
    h[1] = (Term)(uintptr_t)exp;
    return make_boxed(h);
}

/* A tuple or list: allocates it and pushes its element slots so that they
 * are filled in input order. */
static Term dec_compound(Dec *d, uint8_t tag, size_t n) {
    if (tag == E_SMALL_TUPLE || tag == E_LARGE_TUPLE) {
        if (!have(&d->r, n)) return THE_NON_VALUE;
        Term *h = area_alloc(d->a, 1 + n);
        if (!h) return THE_NON_VALUE;
        h[0] = make_header(KIND_TUPLE, n);
        for (size_t i = n; i-- > 0; ) if (!push(d, &h[1 + i], NULL, 0)) return THE_NON_VALUE;
        return make_boxed(h);
    }
    if (tag == E_LIST) {
        if (!have(&d->r, n + 1) || n == 0) return THE_NON_VALUE;
        Term *c, list = dec_cells(d, n, &c);
        if (list == THE_NON_VALUE || !push(d, &c[2 * n - 1], NULL, 0)) return THE_NON_VALUE;
        for (size_t i = n; i-- > 0; ) if (!push(d, &c[2 * i], NULL, 0)) return THE_NON_VALUE;
        return list;
    }
    return THE_NON_VALUE;
}

/* A map: its pairs decode into a scratch kv block; a build step pushed
 * below them makes the map once they are all done. */
static bool dec_map(Dec *d, Term *slot, size_t n) {
    if (!have(&d->r, 2 * n)) return false;
    Term *kv = area_alloc(d->a, 2 * n + 1);
    if (!kv || !push(d, slot, kv, n)) return false;
    for (size_t i = 2 * n; i-- > 0; ) if (!push(d, &kv[i], NULL, 0)) return false;
    *slot = NIL;
    return true;
}

static Term dec_string(Dec *d, size_t n) {
    if (!have(&d->r, n)) return THE_NON_VALUE;
    if (n == 0) return NIL;
    Term *c, list = dec_cells(d, n, &c);
    if (list == THE_NON_VALUE) return list;
    for (size_t i = 0; i < n; i++) c[2 * i] = make_small(d->r.p[i]);
    c[2 * n - 1] = NIL;
    d->r.p += n;
    return list;
}

static Term dec_float(Dec *d) {
    if (!have(&d->r, 8)) return THE_NON_VALUE;
    uint64_t raw = (uint64_t)be32(d->r.p) << 32 | be32(d->r.p + 4);
    d->r.p += 8;
    double v;
    memcpy(&v, &raw, 8);
    if (!isfinite(v)) return THE_NON_VALUE;
    Term *h = area_alloc(d->a, 2);
    if (!h) return THE_NON_VALUE;
    h[0] = make_header(KIND_FLOAT, 1);
    memcpy(h + 1, &v, 8);
    return make_boxed(h);
}

/* Decodes the term at the reader into *slot (children are pushed). */
static bool dec_one(Dec *d, Term *slot) {
    Rd *r = &d->r;
    if (!have(r, 1)) return false;
    uint8_t tag = *r->p;
    Term t = THE_NON_VALUE;
    size_t n;
    switch (tag) {
    case E_ATOM: case E_SMALL_ATOM: case E_ATOM_UTF8: case E_SMALL_ATOM_UTF8:
        t = read_atom(r, d->safe);
        break;
    case E_SMALL_INT:
        if (!have(r, 2)) return false;
        t = make_small(r->p[1]);
        r->p += 2;
        break;
    case E_INT:
        if (!have(r, 5)) return false;
        t = make_small((int32_t)be32(r->p + 1));
        r->p += 5;
        break;
    case E_NEW_FLOAT: r->p++; t = dec_float(d); break;
    case E_SMALL_BIG:
        if (!have(r, 2)) return false;
        n = r->p[1];
        r->p += 2;
        t = dec_big(d, n);
        break;
    case E_LARGE_BIG:
        if (!have(r, 5)) return false;
        n = be32(r->p + 1);
        r->p += 5;
        t = dec_big(d, n);
        break;
    case E_NIL: r->p++; t = NIL; break;
    case E_STRING:
        if (!have(r, 3)) return false;
        n = be16(r->p + 1);
        r->p += 3;
        t = dec_string(d, n);
        break;
    case E_BINARY: case E_BIT_BINARY: {
        if (!have(r, tag == E_BINARY ? 5 : 6)) return false;
        n = be32(r->p + 1);
        unsigned bits = tag == E_BINARY ? 8 : r->p[5];
        r->p += tag == E_BINARY ? 5 : 6;
        if (bits > 8 || (n == 0 && bits != 8 && bits != 0) || (n > 0 && bits == 0)) return false;
        t = dec_binary(d, n, n == 0 ? 8 : bits);
        break;
    }
    case E_SMALL_TUPLE: case E_LARGE_TUPLE: case E_LIST: case E_MAP:
        if (!have(r, tag == E_SMALL_TUPLE ? 2 : 5)) return false;
        n = tag == E_SMALL_TUPLE ? r->p[1] : be32(r->p + 1);
        r->p += tag == E_SMALL_TUPLE ? 2 : 5;
        if (tag == E_LIST && n == 0) return push(d, slot, NULL, 0);   /* just the tail */
        if (tag == E_MAP) return dec_map(d, slot, n);
        t = dec_compound(d, tag, n);
        break;
    case E_EXPORT: r->p++; t = dec_export(d); break;
    case E_NEW_PID: case E_PID: r->p++; t = dec_pid(d, tag == E_NEW_PID); break;
    case E_NEWER_REF: r->p++; t = dec_ref(d); break;
    default: return false;
    }
    if (t == THE_NON_VALUE) return false;
    *slot = t;
    return true;
}

Term etf_decode_into(EtfArea *a, const uint8_t *bytes, size_t len, bool safe) {
    Dec d = {{bytes, bytes + len}, a, safe, NULL, 0, 0};
    Term result = THE_NON_VALUE;
    bool ok = have(&d.r, 1) && *d.r.p++ == E_VERSION && push(&d, &result, NULL, 0);
    while (ok && d.ntodo) {
        Todo t = d.todo[--d.ntodo];
        if (t.kv) {
            Term m = map_build(t.kv, t.n, true, area_alloc_cb, a);
            ok = m != THE_NON_VALUE;
            *t.slot = m;
        } else {
            ok = dec_one(&d, t.slot);
        }
    }
    free(d.todo);
    return ok && d.r.p == d.r.end ? result : THE_NON_VALUE;
}

/* ---- copying a decoded term onto a process heap ---- */

typedef struct { Process *p; EtfArea *a; Term *htop; } Copy;

/* Cheney copy out of the scratch area, which is discarded afterwards, so
 * forwarding pointers may overwrite it. Large heap binaries become refc
 * binaries on the way. */
static Term copy_obj(Copy *c, Term t) {
    if (is_cons(t)) {
        Term *cell = list_ptr(t);
        if (cell[0] == THE_NON_VALUE) return cell[1];
        Term *to = c->htop;
        c->htop += 2;
        to[0] = cell[0];
        to[1] = cell[1];
        cell[0] = THE_NON_VALUE;
        cell[1] = make_list(to);
        return cell[1];
    }
    if (!is_boxed(t)) return t;
    Term *o = boxed_ptr(t);
    if (is_boxed(o[0])) return o[0];
    Term *to = c->htop;
    if (header_kind(o[0]) == KIND_HEAP_BIN && o[1] > BIN_HEAP_MAX) {
        Binary *b = bin_new(o[1]);
        if (!b) return THE_NON_VALUE;
        memcpy(b->data, o + 2, o[1]);
        b->size = o[1];
        c->htop += 4;
        to[0] = make_header(KIND_REFC_BIN, 3);
        to[1] = make_small((SInt)o[1]);
        to[2] = (Term)(uintptr_t)b;
        bin_link(&c->p->offheap, to);
    } else {
        size_t n = header_size(o[0]) + 1;
        c->htop += n;
        memcpy(to, o, n * sizeof(Term));
    }
    o[0] = make_boxed(to);
    return o[0];
}

static Term copy_to_heap(Process *p, EtfArea *a, Term root) {
    if (is_immed(root)) return root;
    size_t words = etf_area_words(a);
    Term *h = heap_reserve(p, words);
    if (!h) return THE_NON_VALUE;
    Copy c = {p, a, h};
    Term res = copy_obj(&c, root);
    for (Term *s = h; s < c.htop && res != THE_NON_VALUE; ) {
        Term w = *s;
        size_t n = is_header(w) ? header_size(w) : 1;
        if (!is_header(w) || header_kind(w) < KIND_FIRST_RAW) {
            for (size_t i = is_header(w) ? 1 : 0; i <= n; i++) {
                if (term_primary(s[i]) != TAG_LIST && term_primary(s[i]) != TAG_BOXED) continue;
                s[i] = copy_obj(&c, s[i]);
                if (s[i] == THE_NON_VALUE) res = THE_NON_VALUE;
            }
        }
        s += n + 1;
    }
    p->htop = c.htop;
    return res;
}

Term etf_decode(Process *p, const uint8_t *bytes, size_t len, bool safe) {
    size_t words;
    if (!etf_decoded_size(bytes, len, &words)) return THE_NON_VALUE;
    EtfArea *a = etf_area_new();
    if (!a) return THE_NON_VALUE;
    Term t = etf_decode_into(a, bytes, len, safe);
    if (t != THE_NON_VALUE) t = copy_to_heap(p, a, t);
    etf_area_free(a);
    return t;
}

Term etf_decode_binary(Process *p, Term bin, bool safe) {
    BinView v = bin_view(bin);
    if (!is_binary_bytes(v)) return THE_NON_VALUE;
    /* the bytes may be on p's heap, which decoding may move: copy them */
    uint8_t *copy = malloc(v.bits / 8 + 1);
    if (!copy) return THE_NON_VALUE;
    memcpy(copy, v.bytes, v.bits / 8);
    Term t = etf_decode(p, copy, v.bits / 8, safe);
    free(copy);
    return t;
}

/* ---- encoding ---- */

typedef struct { uint8_t *b; size_t len, cap; bool oom; } Buf;

static uint8_t *room(Buf *b, size_t n) {
    if (b->oom) return NULL;
    if (b->cap - b->len < n) {
        size_t cap = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n + 64;
        uint8_t *nb = realloc(b->b, cap);
        if (!nb) { b->oom = true; return NULL; }
        b->b = nb;
        b->cap = cap;
    }
    uint8_t *s = b->b + b->len;
    b->len += n;
    return s;
}

static void put_u8(Buf *b, unsigned v) { uint8_t *s = room(b, 1); if (s) s[0] = (uint8_t)v; }
static void put_u16(Buf *b, unsigned v) { uint8_t *s = room(b, 2); if (s) { s[0] = (uint8_t)(v >> 8); s[1] = (uint8_t)v; } }
static void put_u32(Buf *b, uint32_t v) {
    uint8_t *s = room(b, 4);
    if (s) { s[0] = (uint8_t)(v >> 24); s[1] = (uint8_t)(v >> 16); s[2] = (uint8_t)(v >> 8); s[3] = (uint8_t)v; }
}
static void put_bytes(Buf *b, const void *d, size_t n) { uint8_t *s = room(b, n); if (s && n) memcpy(s, d, n); }

/* Latin-1 atoms as ATOM_EXT, others as (SMALL_)ATOM_UTF8, as OTP 25 does. */
static void enc_atom(Buf *b, Term a) {
    size_t len;
    const uint8_t *s = (const uint8_t *)atom_text(a, &len);
    uint8_t latin[ATOM_MAX_CHARS];
    size_t n = 0;
    uint32_t cp;
    for (size_t i = 0; i < len; n++) {
        size_t k = bin_utf8_decode(s + i, len - i, &cp);
        if (!k || cp > 255 || n == ATOM_MAX_CHARS) { n = SIZE_MAX; break; }
        latin[n] = (uint8_t)cp;
        i += k;
    }
    if (n != SIZE_MAX) {
        put_u8(b, E_ATOM);
        put_u16(b, (unsigned)n);
        put_bytes(b, latin, n);
    } else if (len < 256) {
        put_u8(b, E_SMALL_ATOM_UTF8);
        put_u8(b, (unsigned)len);
        put_bytes(b, s, len);
    } else {
        put_u8(b, E_ATOM_UTF8);
        put_u16(b, (unsigned)len);
        put_bytes(b, s, len);
    }
}

static void enc_magnitude(Buf *b, const uint64_t *l, size_t nl, bool neg) {
    size_t n = nl * 8;
    while (n > 0 && (uint8_t)(l[(n - 1) / 8] >> (8 * ((n - 1) % 8))) == 0) n--;
    if (n < 256) { put_u8(b, E_SMALL_BIG); put_u8(b, (unsigned)n); }
    else { put_u8(b, E_LARGE_BIG); put_u32(b, (uint32_t)n); }
    put_u8(b, neg);
    uint8_t *s = room(b, n);
    if (s) for (size_t i = 0; i < n; i++) s[i] = (uint8_t)(l[i / 8] >> (8 * (i % 8)));
}

static void enc_int(Buf *b, Term t) {
    if (is_small(t)) {
        SInt v = small_val(t);
        if (v >= 0 && v <= 255) { put_u8(b, E_SMALL_INT); put_u8(b, (unsigned)v); }
        else if (v >= INT32_MIN && v <= INT32_MAX) { put_u8(b, E_INT); put_u32(b, (uint32_t)v); }
        else {
            uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
            enc_magnitude(b, &m, 1, v < 0);
        }
        return;
    }
    enc_magnitude(b, big_limbs(t), big_nlimbs(t), big_is_neg(t));
}

static void enc_bits(Buf *b, Term t) {
    BinView v = bin_view(t);
    size_t n = (v.bits + 7) / 8;
    if (v.bits % 8 == 0) { put_u8(b, E_BINARY); put_u32(b, (uint32_t)n); }
    else { put_u8(b, E_BIT_BINARY); put_u32(b, (uint32_t)n); put_u8(b, (unsigned)(v.bits % 8)); }
    uint8_t *s = room(b, n);
    if (!s || !n) return;
    s[n - 1] = 0;
    bin_copy_bits(s, 0, v.bytes, v.bit_offset, v.bits);
}

/* A proper list of at most 65535 bytes goes out as STRING_EXT. */
static bool string_like(Term t, size_t *n) {
    size_t k = 0;
    for (; is_cons(t); t = CDR(t), k++) {
        Term h = CAR(t);
        if (k == 65535 || !is_small(h) || small_val(h) < 0 || small_val(h) > 255) return false;
    }
    *n = k;
    return is_nil(t);
}

static void enc_pid(Buf *b, Term t) {
    put_u8(b, E_NEW_PID);
    put_u8(b, E_ATOM);
    put_u16(b, 13);
    put_bytes(b, "nonode@nohost", 13);
    put_u32(b, (uint32_t)pid_index(t));
    put_u32(b, (uint32_t)(pid_index(t) >> 32));
    put_u32(b, 0);
}

static void enc_ref(Buf *b, Term t) {
    const Term *o = boxed_ptr(t);
    size_t nw = header_size(o[0]), n = 2 * nw > 5 ? 5 : 2 * nw;
    put_u8(b, E_NEWER_REF);
    put_u16(b, (unsigned)n);
    put_u8(b, E_ATOM);
    put_u16(b, 13);
    put_bytes(b, "nonode@nohost", 13);
    put_u32(b, 0);
    for (size_t i = 0; i < n; i++) put_u32(b, (uint32_t)(o[1 + i / 2] >> (32 * (i % 2))));
}

typedef struct { Term *items; size_t n, cap; } Stack;

static bool spush(Stack *s, Term t) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        Term *i = realloc(s->items, cap * sizeof(Term));
        if (!i) return false;
        s->items = i;
        s->cap = cap;
    }
    s->items[s->n++] = t;
    return true;
}

/* Pushes the children of a compound term in reverse, so they pop in order. */
static bool enc_compound(Buf *b, Stack *s, Term t) {
    if (is_cons(t)) {
        size_t n;
        if (string_like(t, &n)) {
            put_u8(b, E_STRING);
            put_u16(b, (unsigned)n);
            uint8_t *o = room(b, n);
            for (size_t i = 0; o && i < n; i++, t = CDR(t)) o[i] = (uint8_t)small_val(CAR(t));
            return true;
        }
        size_t base = s->n;
        n = 0;
        for (; is_cons(t); t = CDR(t), n++) if (!spush(s, CAR(t))) return false;
        if (n > UINT32_MAX || !spush(s, t)) return false;
        put_u8(b, E_LIST);
        put_u32(b, (uint32_t)n);
        for (size_t i = base, j = s->n - 1; i < j; i++, j--) { Term x = s->items[i]; s->items[i] = s->items[j]; s->items[j] = x; }
        return true;
    }
    if (is_tuple(t)) {
        size_t n = tuple_arity(t);
        if (n < 256) { put_u8(b, E_SMALL_TUPLE); put_u8(b, (unsigned)n); }
        else { put_u8(b, E_LARGE_TUPLE); put_u32(b, (uint32_t)n); }
        for (size_t i = n; i-- > 0; ) if (!spush(s, TUPLE_ELEM(t, i))) return false;
        return true;
    }
    size_t n = map_size(t), base = s->n;
    put_u8(b, E_MAP);
    put_u32(b, (uint32_t)n);
    MapIter it;
    Term k, v;
    map_iter_init(&it, t);
    while (map_iter_next(&it, &k, &v)) if (!spush(s, k) || !spush(s, v)) return false;
    for (size_t i = base, j = s->n - 1; s->n > base && i < j; i++, j--) { Term x = s->items[i]; s->items[i] = s->items[j]; s->items[j] = x; }
    return true;
}

static bool enc_one(Buf *b, Stack *s, Term t) {
    if (is_integer(t)) { enc_int(b, t); return true; }
    if (is_atom(t)) { enc_atom(b, t); return true; }
    if (is_nil(t)) { put_u8(b, E_NIL); return true; }
    if (is_pid(t)) { enc_pid(b, t); return true; }
    if (is_cons(t) || is_tuple(t) || is_map(t)) return enc_compound(b, s, t);
    if (is_float(t)) {
        double d = float_val(t);
        uint64_t raw;
        memcpy(&raw, &d, 8);
        put_u8(b, E_NEW_FLOAT);
        put_u32(b, (uint32_t)(raw >> 32));
        put_u32(b, (uint32_t)raw);
        return true;
    }
    if (is_bitstring(t)) { enc_bits(b, t); return true; }
    if (is_ref(t)) { enc_ref(b, t); return true; }
    if (is_boxed_kind(t, KIND_EXPORT) && etf_describe_export) {
        Term mod, fun;
        unsigned arity;
        if (!etf_describe_export((const void *)(uintptr_t)boxed_ptr(t)[1], &mod, &fun, &arity) || arity > 255)
            return false;
        put_u8(b, E_EXPORT);
        enc_atom(b, mod);
        enc_atom(b, fun);
        put_u8(b, E_SMALL_INT);
        put_u8(b, arity);
        return true;
    }
    return false;
}

uint8_t *etf_encode(Term t, size_t *len) {
    Buf b = {NULL, 0, 0, false};
    Stack s = {NULL, 0, 0};
    put_u8(&b, E_VERSION);
    bool ok = spush(&s, t);
    while (ok && s.n && !b.oom) ok = enc_one(&b, &s, s.items[--s.n]);
    free(s.items);
    if (!ok || b.oom) {
        free(b.b);
        return NULL;
    }
    *len = b.len;
    return b.b;
}
