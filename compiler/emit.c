/* emit.c — builds a BcModule: interning tables, labels, the code stream, and
 * the External Term Format encoding of literals.
 *
 * Tables are small (hundreds of entries), so interning is a linear search
 * over entries of equal length: simple, and never the compiler's hot spot.
 */
#include "emit.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct Emitter {
    BcModule *m;
    uint32_t next_label;
    uint32_t last_line;
    size_t cap_atoms, cap_lits, cap_imports, cap_exports, cap_funcs, cap_lambdas, cap_code, cap_lines;
};

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("vial: out of memory\n", stderr); exit(1); }
    return q;
}

/* Grows a table so that one more element fits. */
#define GROW(arr, count, cap) do { \
        if ((count) >= (cap)) { \
            (cap) = (cap) ? (cap) * 2 : 16; \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr)); \
        } \
    } while (0)

Emitter *emit_new(const char *module_name, const char *file) {
    Emitter *e = calloc(1, sizeof *e);
    e->m = calloc(1, sizeof *e->m);
    if (!e || !e->m) { fputs("vial: out of memory\n", stderr); exit(1); }
    e->next_label = 1;
    e->m->file = strdup(file);
    e->m->name = emit_atom_z(e, module_name);
    return e;
}

BcModule *emit_finish(Emitter *e) {
    BcModule *m = e->m;
    free(e);
    return m;
}

void emit_discard(Emitter *e) {
    bc_free(e->m);
    free(e);
}

uint32_t emit_atom(Emitter *e, const char *text, size_t len) {
    BcModule *m = e->m;
    for (uint32_t i = 0; i < m->natoms; i++)
        if (strlen(m->atoms[i]) == len && memcmp(m->atoms[i], text, len) == 0) return i;
    GROW(m->atoms, m->natoms, e->cap_atoms);
    char *s = xrealloc(NULL, len + 1);
    memcpy(s, text, len);
    s[len] = 0;
    m->atoms[m->natoms] = s;
    return m->natoms++;
}

uint32_t emit_atom_z(Emitter *e, const char *text) { return emit_atom(e, text, strlen(text)); }

uint32_t emit_literal(Emitter *e, const uint8_t *etf, size_t len) {
    BcModule *m = e->m;
    for (uint32_t i = 0; i < m->nliterals; i++)
        if (m->literals[i].len == len && memcmp(m->literals[i].bytes, etf, len) == 0) return i;
    GROW(m->literals, m->nliterals, e->cap_lits);
    uint8_t *b = xrealloc(NULL, len);
    memcpy(b, etf, len);
    m->literals[m->nliterals] = (BcLiteral){b, len};
    return m->nliterals++;
}

uint32_t emit_import(Emitter *e, const char *mod, const char *name, uint32_t arity) {
    BcModule *m = e->m;
    uint32_t ma = emit_atom_z(e, mod), na = emit_atom_z(e, name);
    for (uint32_t i = 0; i < m->nimports; i++)
        if (m->imports[i].mod == ma && m->imports[i].name == na && m->imports[i].arity == arity) return i;
    GROW(m->imports, m->nimports, e->cap_imports);
    m->imports[m->nimports] = (BcImport){ma, na, arity};
    return m->nimports++;
}

uint32_t emit_new_label(Emitter *e) { return e->next_label++; }

static void put_word(Emitter *e, uint32_t w) {
    GROW(e->m->code, e->m->ncode, e->cap_code);
    e->m->code[e->m->ncode++] = w;
}

void emit_label(Emitter *e, uint32_t label) {
    put_word(e, OP_LABEL);
    put_word(e, label);
}

void emit_line(Emitter *e, uint32_t line) {
    if (line == 0 || line == e->last_line) return;
    e->last_line = line;
    put_word(e, OP_LINE);
    put_word(e, line);
}


void emit_no_line(Emitter *e) {
    e->last_line = 0;
    put_word(e, OP_LINE);
    put_word(e, 0);
}

void emit_op(Emitter *e, int op, ...) {
    va_list ap;
    va_start(ap, op);
    put_word(e, (uint32_t)op);
    for (const char *f = bc_op_format[op]; *f; f++) put_word(e, va_arg(ap, uint32_t));
    va_end(ap);
}

uint32_t emit_function(Emitter *e, uint32_t name_atom, uint32_t arity, uint32_t label, uint32_t line) {
    BcModule *m = e->m;
    GROW(m->funcs, m->nfuncs, e->cap_funcs);
    m->funcs[m->nfuncs] = (BcFunc){name_atom, arity, arity, label, line};
    e->last_line = 0;   /* each function states its first line again */
    return m->nfuncs++;
}

void emit_set_nregs(Emitter *e, uint32_t func, uint32_t nregs) { e->m->funcs[func].nregs = nregs; }

uint32_t emit_lambda(Emitter *e, uint32_t func, uint32_t arity, uint32_t nfree, uint32_t parent) {
    BcModule *m = e->m;
    GROW(m->lambdas, m->nlambdas, e->cap_lambdas);
    m->lambdas[m->nlambdas] = (BcLambda){func, arity, nfree, parent};
    return m->nlambdas++;
}

void emit_export(Emitter *e, uint32_t name_atom, uint32_t arity, uint32_t func) {
    BcModule *m = e->m;
    GROW(m->exports, m->nexports, e->cap_exports);
    m->exports[m->nexports++] = (BcExport){name_atom, arity, func};
}

size_t emit_code_size(const Emitter *e) { return e->m->ncode; }

void emit_struct(Emitter *e) { e->m->is_struct = true; }

void emit_struct_field(Emitter *e, uint32_t name_atom) {
    BcModule *m = e->m;
    m->struct_fields = xrealloc(m->struct_fields, (m->nstruct_fields + 1) * sizeof *m->struct_fields);
    m->struct_fields[m->nstruct_fields++] = name_atom;
}

/* ---- External Term Format ---- */

static void put_u8(StrBuf *b, unsigned v) { sb_putc(b, (char)(uint8_t)v); }
static void put_u16(StrBuf *b, unsigned v) { put_u8(b, v >> 8); put_u8(b, v); }
static void put_u32(StrBuf *b, uint32_t v) { put_u16(b, v >> 16); put_u16(b, v & 0xFFFF); }

void etfw_begin(StrBuf *b) { put_u8(b, 131); }

/* Magnitude bytes, little-endian, as SMALL_BIG_EXT / LARGE_BIG_EXT want them. */
static void put_big(StrBuf *b, int negative, const uint8_t *mag, size_t n) {
    if (n < 256) { put_u8(b, 110); put_u8(b, (unsigned)n); }
    else { put_u8(b, 111); put_u32(b, (uint32_t)n); }
    put_u8(b, negative ? 1 : 0);
    sb_put(b, mag, n);
}

void etfw_int(StrBuf *b, int64_t v) {
    if (v >= 0 && v <= 255) { put_u8(b, 97); put_u8(b, (unsigned)v); return; }
    if (v >= INT32_MIN && v <= INT32_MAX) { put_u8(b, 98); put_u32(b, (uint32_t)(int32_t)v); return; }
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint8_t bytes[8];
    size_t n = 0;
    while (mag) { bytes[n++] = (uint8_t)mag; mag >>= 8; }
    put_big(b, v < 0, bytes, n);
}

bool etfw_bigint(StrBuf *b, const char *dec) {
    int neg = *dec == '-';
    if (neg) dec++;
    size_t nd = strlen(dec);
    if (nd == 0) return false;
    uint8_t *mag = calloc(nd / 2 + 2, 1);
    size_t n = 0;
    for (const char *p = dec; *p; p++) {
        if (*p < '0' || *p > '9') { free(mag); return false; }
        unsigned carry = (unsigned)(*p - '0');
        for (size_t i = 0; i < n; i++) {
            unsigned v = mag[i] * 10u + carry;
            mag[i] = (uint8_t)v;
            carry = v >> 8;
        }
        if (carry) mag[n++] = (uint8_t)carry;
    }
    if (n <= 7) {   /* fits int64: let etfw_int pick the compact form */
        int64_t v = 0;
        for (size_t i = n; i-- > 0;) v = (v << 8) | mag[i];
        etfw_int(b, neg ? -v : v);
    } else {
        put_big(b, neg, mag, n);
    }
    free(mag);
    return true;
}

void etfw_float(StrBuf *b, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    put_u8(b, 70);
    put_u32(b, (uint32_t)(bits >> 32));
    put_u32(b, (uint32_t)bits);
}

void etfw_atom(StrBuf *b, const char *text, size_t len) {
    if (len < 256) { put_u8(b, 119); put_u8(b, (unsigned)len); }
    else { put_u8(b, 118); put_u16(b, (unsigned)len); }
    sb_put(b, text, len);
}

void etfw_binary(StrBuf *b, const void *data, size_t len) {
    put_u8(b, 109);
    put_u32(b, (uint32_t)len);
    sb_put(b, data, len);
}

void etfw_tuple(StrBuf *b, size_t arity) {
    if (arity < 256) { put_u8(b, 104); put_u8(b, (unsigned)arity); }
    else { put_u8(b, 105); put_u32(b, (uint32_t)arity); }
}

void etfw_list(StrBuf *b, size_t n) { put_u8(b, 108); put_u32(b, (uint32_t)n); }
void etfw_nil(StrBuf *b) { put_u8(b, 106); }
void etfw_map(StrBuf *b, size_t npairs) { put_u8(b, 116); put_u32(b, (uint32_t)npairs); }
