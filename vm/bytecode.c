/* bytecode.c — the bytecode file: bc_write, bc_read and the verifier.
 *
 * The format (docs/bytecode.md) is a header ("VIAL", version, CRC32) and
 * tagged, length-prefixed sections of LEB128 varints. bc_read trusts nothing:
 * every count is bounded by the bytes left, every index, register and label
 * is checked by bc_verify before the loader sees the module.
 */
#include "bytecode.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const bc_op_name[OP__COUNT] = {
#define OP(name, fmt, doc) #name,
#include "opcodes.def"
#undef OP
};

const char *const bc_op_format[OP__COUNT] = {
#define OP(name, fmt, doc) fmt,
#include "opcodes.def"
#undef OP
};

#define BC_VERSION 3
#define MAX_ATOM_BYTES 1020     /* 255 characters of up to 4 bytes */
#define MAX_NREGS 65535
#define MAX_ARITY 255
#define MAX_CODE (1u << 26)

void bc_free(BcModule *m) {
    if (!m) return;
    for (uint32_t i = 0; i < m->natoms; i++) free(m->atoms[i]);
    for (uint32_t i = 0; i < m->nliterals; i++) free(m->literals[i].bytes);
    free(m->atoms); free(m->literals); free(m->imports); free(m->exports);
    free(m->funcs); free(m->lambdas); free(m->code); free(m->lines); free(m->file);
    free(m->struct_fields);
    free(m);
}

/* ---- CRC32 (IEEE, as zlib) ---- */

static uint32_t crc32_of(const uint8_t *p, size_t n) {
    static uint32_t table[256];
    if (!table[1]) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
    }
    uint32_t c = 0xFFFFFFFFu;
    while (n--) c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

/* ---- writing ---- */

typedef struct { uint8_t *b; size_t len, cap; int oom; } Out;

static void out_bytes(Out *o, const void *d, size_t n) {
    if (o->oom) return;
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->len + n) cap *= 2;
        uint8_t *nb = realloc(o->b, cap);
        if (!nb) { o->oom = 1; return; }
        o->b = nb; o->cap = cap;
    }
    memcpy(o->b + o->len, d, n);
    o->len += n;
}

static void out_var(Out *o, uint64_t v) {
    uint8_t buf[10]; int n = 0;
    do { buf[n] = v & 0x7F; v >>= 7; if (v) buf[n] |= 0x80; n++; } while (v);
    out_bytes(o, buf, n);
}

static void out_u32le(Out *o, uint32_t v) {
    uint8_t b[4] = { v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, v >> 24 };
    out_bytes(o, b, 4);
}

static uint32_t zigzag(uint32_t v) { int32_t s = (int32_t)v; return ((uint32_t)s << 1) ^ (uint32_t)(s >> 31); }
static uint32_t unzigzag(uint32_t v) { return (v >> 1) ^ (0u - (v & 1)); }

/* Sections are built in a scratch buffer so their byte length can prefix them. */
static void section_end(Out *o, const char tag[4], Out *s) {
    out_bytes(o, tag, 4);
    out_var(o, s->len);
    out_bytes(o, s->b, s->len);
    if (s->oom) o->oom = 1;
    free(s->b);
    memset(s, 0, sizeof *s);
}

/* Immediates ('i') are zigzag-encoded so small negatives stay short. */
static void write_code(Out *s, const BcModule *m) {
    out_var(s, m->ncode);
    size_t pc = 0;
    while (pc < m->ncode) {
        uint32_t op = m->code[pc++];
        out_var(s, op);
        if (op >= OP__COUNT) continue;
        for (const char *f = bc_op_format[op]; *f && pc < m->ncode; f++, pc++)
            out_var(s, *f == 'i' ? zigzag(m->code[pc]) : m->code[pc]);
    }
}

uint8_t *bc_write(const BcModule *m, size_t *len) {
    Out o = {0}, s = {0};
    out_bytes(&o, "VIAL", 4);
    out_u32le(&o, BC_VERSION);
    out_u32le(&o, 0);   /* CRC, patched below */

    out_var(&s, m->name); out_var(&s, m->natoms);
    for (uint32_t i = 0; i < m->natoms; i++) {
        size_t n = strlen(m->atoms[i]);
        out_var(&s, n); out_bytes(&s, m->atoms[i], n);
    }
    section_end(&o, "ATOM", &s);
    out_var(&s, m->nliterals);
    for (uint32_t i = 0; i < m->nliterals; i++) {
        out_var(&s, m->literals[i].len); out_bytes(&s, m->literals[i].bytes, m->literals[i].len);
    }
    section_end(&o, "LITS", &s);
    out_var(&s, m->nimports);
    for (uint32_t i = 0; i < m->nimports; i++) {
        out_var(&s, m->imports[i].mod); out_var(&s, m->imports[i].name); out_var(&s, m->imports[i].arity);
    }
    section_end(&o, "IMPT", &s);
    out_var(&s, m->nexports);
    for (uint32_t i = 0; i < m->nexports; i++) {
        out_var(&s, m->exports[i].name); out_var(&s, m->exports[i].arity); out_var(&s, m->exports[i].func);
    }
    section_end(&o, "EXPT", &s);
    out_var(&s, m->nfuncs);
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        const BcFunc *f = &m->funcs[i];
        out_var(&s, f->name); out_var(&s, f->arity); out_var(&s, f->nregs);
        out_var(&s, f->label); out_var(&s, f->line);
    }
    section_end(&o, "FUNC", &s);
    out_var(&s, m->nlambdas);
    for (uint32_t i = 0; i < m->nlambdas; i++) {
        const BcLambda *l = &m->lambdas[i];
        out_var(&s, l->func); out_var(&s, l->arity); out_var(&s, l->nfree); out_var(&s, l->parent);
    }
    section_end(&o, "LAMB", &s);
    write_code(&s, m);
    section_end(&o, "CODE", &s);
    out_var(&s, m->nlines);
    for (uint32_t i = 0; i < m->nlines; i++) { out_var(&s, m->lines[i].offset); out_var(&s, m->lines[i].line); }
    section_end(&o, "LINE", &s);
    size_t fl = m->file ? strlen(m->file) : 0;
    out_var(&s, fl); out_bytes(&s, m->file ? m->file : "", fl);
    section_end(&o, "FILE", &s);
    out_var(&s, m->is_struct); out_var(&s, m->nstruct_fields);
    for (uint32_t i = 0; i < m->nstruct_fields; i++) out_var(&s, m->struct_fields[i]);
    section_end(&o, "STRC", &s);

    if (o.oom) { free(o.b); return NULL; }
    uint32_t crc = crc32_of(o.b + 12, o.len - 12);
    for (int i = 0; i < 4; i++) o.b[8 + i] = (crc >> (8 * i)) & 0xFF;
    *len = o.len;
    return o.b;
}

/* ---- reading ---- */

typedef struct {
    const uint8_t *p, *end;
    char *err; size_t errlen;
    int failed;
} In;

static void fail(In *in, const char *fmt, ...) {
    if (in->failed) return;
    in->failed = 1;
    va_list ap; va_start(ap, fmt);
    vsnprintf(in->err, in->errlen, fmt, ap);
    va_end(ap);
}

static uint32_t in_var(In *in) {
    uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (in->p >= in->end) { fail(in, "truncated file"); return 0; }
        uint8_t b = *in->p++;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            if (v > UINT32_MAX) break;
            return (uint32_t)v;
        }
    }
    fail(in, "bad varint");
    return 0;
}

/* A count of items each needing at least min_bytes: bounded by what is left,
 * so a lying count cannot make us allocate more than the file justifies. */
static uint32_t in_count(In *in, size_t min_bytes, const char *what) {
    uint32_t n = in_var(in);
    if (!in->failed && (size_t)(in->end - in->p) / min_bytes < n) fail(in, "bad %s count %u", what, n);
    return in->failed ? 0 : n;
}

static void *in_alloc(In *in, size_t n, size_t size) {
    void *q = calloc(n ? n : 1, size);
    if (!q) fail(in, "out of memory");
    return q;
}

static char *in_string(In *in, size_t max) {
    uint32_t n = in_var(in);
    if (in->failed) return NULL;
    if (n > max || (size_t)(in->end - in->p) < n) { fail(in, "bad string length %u", n); return NULL; }
    char *s = malloc((size_t)n + 1);
    if (!s) { fail(in, "out of memory"); return NULL; }
    memcpy(s, in->p, n);
    s[n] = 0;
    in->p += n;
    if (strlen(s) != n) { free(s); fail(in, "NUL byte in string"); return NULL; }
    return s;
}

/* Enters the next section, which must carry `tag`; sets in->end to its end
 * and returns the end of the enclosing data. */
static const uint8_t *section_begin(In *in, const char tag[4]) {
    const uint8_t *outer = in->end;
    if (in->failed) return outer;
    if (in->end - in->p < 4 || memcmp(in->p, tag, 4) != 0) { fail(in, "missing section %.4s", tag); return outer; }
    in->p += 4;
    uint32_t n = in_var(in);
    if (!in->failed && (size_t)(in->end - in->p) < n) { fail(in, "section %.4s overruns the file", tag); return outer; }
    in->end = in->p + n;
    return outer;
}

static void section_leave(In *in, const uint8_t *outer, const char tag[4]) {
    if (!in->failed && in->p != in->end) fail(in, "junk at the end of section %.4s", tag);
    in->end = outer;
}

static void read_atoms(In *in, BcModule *m) {
    const uint8_t *outer = section_begin(in, "ATOM");
    m->name = in_var(in);
    uint32_t n = in_count(in, 1, "atom");
    m->atoms = in_alloc(in, n, sizeof *m->atoms);
    for (uint32_t i = 0; i < n && !in->failed; i++) {
        m->atoms[i] = in_string(in, MAX_ATOM_BYTES);
        if (m->atoms[i]) m->natoms = i + 1;
    }
    section_leave(in, outer, "ATOM");
}

static void read_literals(In *in, BcModule *m) {
    const uint8_t *outer = section_begin(in, "LITS");
    uint32_t n = in_count(in, 1, "literal");
    m->literals = in_alloc(in, n, sizeof *m->literals);
    for (uint32_t i = 0; i < n && !in->failed; i++) {
        uint32_t len = in_var(in);
        if (in->failed) break;
        if ((size_t)(in->end - in->p) < len || len == 0) { fail(in, "bad literal %u length", i); break; }
        uint8_t *b = malloc(len);
        if (!b) { fail(in, "out of memory"); break; }
        memcpy(b, in->p, len);
        in->p += len;
        m->literals[i].bytes = b;
        m->literals[i].len = len;
        m->nliterals = i + 1;
    }
    section_leave(in, outer, "LITS");
}

/* Reads `n` records of `fields` uint32s each, into an array of such structs. */
static void *read_records(In *in, const char tag[4], uint32_t *count, unsigned fields) {
    const uint8_t *outer = section_begin(in, tag);
    uint32_t n = in_count(in, fields, tag);
    uint32_t *rec = in_alloc(in, (size_t)n * fields, sizeof *rec);
    for (size_t i = 0; i < (size_t)n * fields && !in->failed; i++) rec[i] = in_var(in);
    *count = in->failed ? 0 : n;
    section_leave(in, outer, tag);
    return rec;
}

static void read_code(In *in, BcModule *m) {
    const uint8_t *outer = section_begin(in, "CODE");
    uint32_t n = in_count(in, 1, "code");
    if (n > MAX_CODE) fail(in, "code too large");
    m->code = in_alloc(in, n, sizeof *m->code);
    size_t pc = 0;
    while (pc < n && !in->failed) {
        uint32_t op = in_var(in);
        if (op >= OP__COUNT) { fail(in, "bad opcode %u at %zu", op, pc); break; }
        m->code[pc++] = op;
        for (const char *f = bc_op_format[op]; *f && !in->failed; f++) {
            if (pc >= n) { fail(in, "truncated instruction %s", bc_op_name[op]); break; }
            uint32_t v = in_var(in);
            m->code[pc++] = *f == 'i' ? unzigzag(v) : v;
        }
    }
    m->ncode = in->failed ? 0 : n;
    section_leave(in, outer, "CODE");
}

static void read_struct(In *in, BcModule *m) {
    const uint8_t *outer = section_begin(in, "STRC");
    m->is_struct = in_var(in) != 0;
    uint32_t n = in_count(in, 1, "struct field");
    m->struct_fields = in_alloc(in, n, sizeof *m->struct_fields);
    for (uint32_t i = 0; i < n && !in->failed; i++) m->struct_fields[i] = in_var(in);
    if (!in->failed) m->nstruct_fields = n;
    section_leave(in, outer, "STRC");
}

static BcModule *read_module(const uint8_t *bytes, size_t len, char *err, size_t errlen, bool trusted) {
    In in = { bytes, bytes + len, err, errlen, 0 };
    if (errlen) err[0] = 0;
    if (len < 12 || memcmp(bytes, "VIAL", 4) != 0) { fail(&in, "not a vial bytecode file"); return NULL; }
    uint32_t version = bytes[4] | bytes[5] << 8 | bytes[6] << 16 | (uint32_t)bytes[7] << 24;
    if (version != BC_VERSION) { fail(&in, "unsupported bytecode version %u (this VM reads %u)", version, BC_VERSION); return NULL; }
    uint32_t crc = bytes[8] | bytes[9] << 8 | bytes[10] << 16 | (uint32_t)bytes[11] << 24;
    if (!trusted && crc != crc32_of(bytes + 12, len - 12)) { fail(&in, "checksum mismatch (corrupt file)"); return NULL; }
    in.p = bytes + 12;

    BcModule *m = calloc(1, sizeof *m);
    if (!m) { fail(&in, "out of memory"); return NULL; }
    read_atoms(&in, m);
    read_literals(&in, m);
    m->imports = read_records(&in, "IMPT", &m->nimports, 3);
    m->exports = read_records(&in, "EXPT", &m->nexports, 3);
    m->funcs = read_records(&in, "FUNC", &m->nfuncs, 5);
    m->lambdas = read_records(&in, "LAMB", &m->nlambdas, 4);
    read_code(&in, m);
    m->lines = read_records(&in, "LINE", &m->nlines, 2);
    const uint8_t *outer = section_begin(&in, "FILE");
    m->file = in_string(&in, 4096);
    section_leave(&in, outer, "FILE");
    read_struct(&in, m);
    if (!in.failed && in.p != in.end) fail(&in, "junk after the last section");
    if (in.failed || (!trusted && bc_verify(m, err, errlen) != 0)) { bc_free(m); return NULL; }
    return m;
}

BcModule *bc_read(const uint8_t *bytes, size_t len, char *err, size_t errlen) {
    return read_module(bytes, len, err, errlen, false);
}

BcModule *bc_read_trusted(const uint8_t *bytes, size_t len, char *err, size_t errlen) {
    return read_module(bytes, len, err, errlen, true);
}

/* ---- verification ---- */

typedef struct {
    const BcModule *m;
    char *err; size_t errlen;
    int32_t *label_func;        /* label -> function index defining it, -1 undefined */
    uint32_t nlabels;
    int32_t *func_at;           /* code offset -> index of the function starting there, or -1 */
} Ver;

static int vfail(Ver *v, const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    if (v->errlen) vsnprintf(v->err, v->errlen, fmt, ap);
    va_end(ap);
    return -1;
}

static const char *atom_or(const BcModule *m, uint32_t a) { return a < m->natoms ? m->atoms[a] : "?"; }

static int check_tables(Ver *v) {
    const BcModule *m = v->m;
    if (m->name >= m->natoms) return vfail(v, "bad module name atom %u", m->name);
    for (uint32_t i = 0; i < m->natoms; i++)
        if (!m->atoms[i] || strlen(m->atoms[i]) > MAX_ATOM_BYTES) return vfail(v, "bad atom %u", i);
    for (uint32_t i = 0; i < m->nliterals; i++)
        if (!m->literals[i].bytes || m->literals[i].len < 2 || m->literals[i].bytes[0] != 131)
            return vfail(v, "literal %u is not External Term Format", i);
    for (uint32_t i = 0; i < m->nimports; i++) {
        const BcImport *im = &m->imports[i];
        if (im->mod >= m->natoms || im->name >= m->natoms || im->arity > MAX_ARITY)
            return vfail(v, "bad import %u", i);
    }
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        const BcFunc *f = &m->funcs[i];
        if (f->name >= m->natoms) return vfail(v, "bad name of function %u", i);
        if (f->arity > MAX_ARITY + MAX_ARITY || f->nregs > MAX_NREGS || f->nregs < f->arity)
            return vfail(v, "bad frame size %u of function %s/%u", f->nregs, atom_or(m, f->name), f->arity);
        if (f->label == 0) return vfail(v, "function %s/%u has no entry label", atom_or(m, f->name), f->arity);
    }
    for (uint32_t i = 0; i < m->nexports; i++) {
        const BcExport *e = &m->exports[i];
        if (e->name >= m->natoms || e->func >= m->nfuncs || m->funcs[e->func].arity != e->arity ||
            e->arity > MAX_ARITY)
            return vfail(v, "bad export %u", i);
        for (uint32_t j = 0; j < i; j++)
            if (m->exports[j].name == e->name && m->exports[j].arity == e->arity)
                return vfail(v, "duplicate export %s/%u", atom_or(m, e->name), e->arity);
    }
    for (uint32_t i = 0; i < m->nstruct_fields; i++)
        if (m->struct_fields[i] >= m->natoms) return vfail(v, "bad struct field %u", i);
    if (m->nstruct_fields && !m->is_struct) return vfail(v, "struct fields without a struct");
    for (uint32_t i = 0; i < m->nlambdas; i++) {
        const BcLambda *l = &m->lambdas[i];
        if (l->func >= m->nfuncs || l->parent >= m->nfuncs || l->arity > MAX_ARITY ||
            l->nfree > MAX_NREGS || (uint64_t)l->arity + l->nfree != m->funcs[l->func].arity)
            return vfail(v, "bad lambda %u", i);
    }
    return 0;
}

/* First pass: instruction boundaries, labels, and which function owns which code. */
static int scan_labels(Ver *v) {
    const BcModule *m = v->m;
    uint32_t maxl = 0;
    for (size_t pc = 0; pc < m->ncode;) {
        uint32_t op = m->code[pc];
        if (op >= OP__COUNT) return vfail(v, "bad opcode %u at %zu", op, pc);
        size_t n = strlen(bc_op_format[op]);
        if (pc + 1 + n > m->ncode) return vfail(v, "truncated instruction at %zu", pc);
        if (op == OP_LABEL && m->code[pc + 1] > maxl) maxl = m->code[pc + 1];
        pc += 1 + n;
    }
    for (uint32_t i = 0; i < m->nfuncs; i++) if (m->funcs[i].label > maxl) maxl = m->funcs[i].label;
    if (maxl > MAX_CODE) return vfail(v, "label number too large");
    v->nlabels = maxl + 1;
    v->label_func = malloc(sizeof(int32_t) * v->nlabels);
    v->func_at = malloc(sizeof(int32_t) * (m->ncode + 1));
    if (!v->label_func || !v->func_at) return vfail(v, "out of memory");
    memset(v->label_func, 0xFF, sizeof(int32_t) * v->nlabels);
    memset(v->func_at, 0xFF, sizeof(int32_t) * (m->ncode + 1));

    /* label -> code offset of its LABEL instruction, temporarily in label_func */
    int32_t *label_pc = malloc(sizeof(int32_t) * v->nlabels);
    if (!label_pc) return vfail(v, "out of memory");
    memset(label_pc, 0xFF, sizeof(int32_t) * v->nlabels);
    int rc = 0;
    for (size_t pc = 0; pc < m->ncode; pc += 1 + strlen(bc_op_format[m->code[pc]])) {
        if (m->code[pc] != OP_LABEL) continue;
        uint32_t l = m->code[pc + 1];
        if (l == 0 || label_pc[l] >= 0) { rc = vfail(v, "label %u defined twice or zero", l); goto out; }
        label_pc[l] = (int32_t)pc;
    }
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        int32_t at = label_pc[m->funcs[i].label];
        if (at < 0) { rc = vfail(v, "entry label %u of %s/%u undefined", m->funcs[i].label, atom_or(m, m->funcs[i].name), m->funcs[i].arity); goto out; }
        if (v->func_at[at] >= 0) { rc = vfail(v, "two functions share entry label %u", m->funcs[i].label); goto out; }
        v->func_at[at] = (int32_t)i;
    }
    /* each label belongs to the function whose region contains it */
    int32_t cur = -1;
    for (size_t pc = 0; pc < m->ncode; pc += 1 + strlen(bc_op_format[m->code[pc]])) {
        if (v->func_at[pc] >= 0) cur = v->func_at[pc];
        if (m->code[pc] == OP_LABEL) v->label_func[m->code[pc + 1]] = cur;
    }
out:
    free(label_pc);
    return rc;
}

/* Checks that registers a .. a+n-1 exist in a frame of nregs. */
static int regs_ok(uint64_t a, uint64_t n, uint32_t nregs) { return a + n <= nregs; }

static int check_operand(Ver *v, const BcFunc *f, int32_t fi, char kind, uint32_t x) {
    const BcModule *m = v->m;
    switch (kind) {
    case 'r': return x < f->nregs;
    case 'k': return x < m->nliterals;
    case 'a': return x < m->natoms;
    case 'f': return x < m->nfuncs;
    case 'm': return x < m->nimports;
    case 'l': return x < m->nlambdas;
    case 'j': return x == 0 || (x < v->nlabels && v->label_func[x] == fi);
    case 'n': return x <= MAX_NREGS;
    case 'i': return 1;
    default: return 0;
    }
}

/* Per-opcode rules beyond single operands: register windows of calls and of
 * n-register groups, and labels that must not be 0. */
static int check_shape(Ver *v, const BcFunc *f, uint32_t op, const uint32_t *o) {
    const BcModule *m = v->m;
    uint32_t nr = f->nregs;
    switch (op) {
    case OP_CALL:       return regs_ok(o[0], 2 + (uint64_t)m->funcs[o[1]].arity, nr);
    case OP_CALL_EXT:   return regs_ok(o[0], 2 + (uint64_t)m->imports[o[1]].arity, nr);
    case OP_CALL_FUN:   return o[1] <= MAX_ARITY && regs_ok(o[0], 3 + (uint64_t)o[1], nr);
    case OP_APPLY:      return o[1] <= MAX_ARITY && regs_ok(o[0], 4 + (uint64_t)o[1], nr);
    case OP_TAIL:       return regs_ok(o[1], m->funcs[o[0]].arity, nr);
    case OP_TAIL_EXT:   return regs_ok(o[1], m->imports[o[0]].arity, nr);
    case OP_TAIL_FUN:   return o[1] <= MAX_ARITY && regs_ok(o[0], 1 + (uint64_t)o[1], nr);
    case OP_TAIL_APPLY: return o[1] <= MAX_ARITY && regs_ok(o[0], 2 + (uint64_t)o[1], nr);
    case OP_BIF:        return o[3] == m->imports[o[1]].arity && o[3] <= 16 && regs_ok(o[2], o[3], nr);
    case OP_TUPLE:      return regs_ok(o[1], o[2], nr);
    case OP_MAP_NEW:    return regs_ok(o[1], 2 * (uint64_t)o[2], nr);
    case OP_MAP_PUT:
    case OP_MAP_UPD:    return regs_ok(o[2], 2 * (uint64_t)o[3], nr);
    case OP_MAKE_FUN:   return regs_ok(o[2], m->lambdas[o[1]].nfree, nr);
    case OP_BS_BUILD:   return regs_ok(o[1], 2 * (uint64_t)o[2], nr);
    case OP_TRY_CASE:   return regs_ok(o[1], 3, nr);
    case OP_RAISE:      return regs_ok(o[0], 3, nr);
    case OP_JUMP:       return o[0] != 0;
    case OP_JFALSY: case OP_JTRUTHY: case OP_TRY: return o[1] != 0;
    case OP_RECV_PEEK: case OP_RECV_NEXT: case OP_RECV_WAIT: return o[0] != 0;
    case OP_RECV_AFTER: return o[0] != 0 && o[2] != 0;
    default:            return 1;
    }
}

static int check_code(Ver *v) {
    const BcModule *m = v->m;
    int32_t fi = -1;
    for (size_t pc = 0; pc < m->ncode;) {
        uint32_t op = m->code[pc];
        const char *fmt = bc_op_format[op];
        if (v->func_at[pc] >= 0) fi = v->func_at[pc];
        if (fi < 0) {
            if (op != OP_LINE) return vfail(v, "instruction %s at %zu is outside every function", bc_op_name[op], pc);
            pc += 2;
            continue;
        }
        const BcFunc *f = &m->funcs[fi];
        const uint32_t *o = &m->code[pc + 1];
        if (op != OP_LABEL && op != OP_LINE)
            for (size_t k = 0; fmt[k]; k++)
                if (!check_operand(v, f, fi, fmt[k], o[k]))
                    return vfail(v, "bad operand %zu (%c = %u) of %s at %zu in %s/%u", k + 1, fmt[k], o[k],
                                 bc_op_name[op], pc, atom_or(m, f->name), f->arity);
        if (op != OP_LABEL && op != OP_LINE && !check_shape(v, f, op, o))
            return vfail(v, "bad register window of %s at %zu in %s/%u", bc_op_name[op], pc,
                         atom_or(m, f->name), f->arity);
        pc += 1 + strlen(fmt);
    }
    return 0;
}

/* Code must not fall off the end of a function into the next one: the last
 * instruction of every region transfers control. */
static int ends_block(uint32_t op) {
    switch (op) {
    case OP_JUMP: case OP_TAIL: case OP_TAIL_EXT: case OP_TAIL_FUN: case OP_TAIL_APPLY: case OP_RET:
    case OP_BADMATCH: case OP_CASE_CLAUSE: case OP_TRY_CLAUSE: case OP_WITH_CLAUSE: case OP_FUNC_CLAUSE:
    case OP_RAISE: case OP_RECV_NEXT: case OP_RECV_WAIT: case OP_RECV_AFTER:
        return 1;
    default:
        return 0;
    }
}

static int check_fallthrough(Ver *v) {
    const BcModule *m = v->m;
    int open = 0, last = -1, dangling = 0;   /* a label after the last instruction */
    for (size_t pc = 0; pc <= m->ncode;) {
        if (pc == m->ncode || v->func_at[pc] >= 0) {
            if (open && (last < 0 || dangling || !ends_block(m->code[last])))
                return vfail(v, "control falls off the end of a function at %zu", pc);
            if (pc == m->ncode) break;
            open = 1; last = -1; dangling = 0;
        }
        uint32_t op = m->code[pc];
        if (op == OP_LABEL) dangling = 1;
        else if (op != OP_LINE) { last = (int)pc; dangling = 0; }
        pc += 1 + strlen(bc_op_format[op]);
    }
    return 0;
}

int bc_verify(const BcModule *m, char *err, size_t errlen) {
    Ver v = { m, err, errlen, NULL, 0, NULL };
    if (m->ncode > MAX_CODE) return vfail(&v, "code too large");
    int rc = check_tables(&v);
    if (!rc) rc = scan_labels(&v);
    if (!rc) rc = check_code(&v);
    if (!rc) rc = check_fallthrough(&v);
    if (!rc) {
        for (uint32_t i = 0; i < m->nlines; i++)
            if (m->lines[i].offset > m->ncode) { rc = vfail(&v, "bad line table entry %u", i); break; }
    }
    free(v.label_func);
    free(v.func_at);
    return rc;
}
