/* loader.c — from a verified BcModule to the threaded code the interpreter
 * runs (layout in interp.h): operands are resolved once here, so the loop
 * never looks anything up. Also builds the function, line and catch tables
 * that stack traces and exceptions use, and the module's literal area.
 */
#include "loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "interp.h"
#include "etf.h"

/* ---- the catch table: global, entries live as long as the VM ---- */

static CatchEntry *catches;
static uint32_t ncatches, cap_catches;

const CatchEntry *loader_catch(uint32_t index) {
    return index < ncatches ? &catches[index] : NULL;
}

static int64_t add_catch(const Code *handler, uint32_t reg, uint32_t nregs) {
    if (ncatches == cap_catches) {
        uint32_t cap = cap_catches ? cap_catches * 2 : 256;
        if (cap > (1u << 25)) return -1;
        CatchEntry *t = realloc(catches, cap * sizeof *t);
        if (!t) return -1;
        catches = t; cap_catches = cap;
    }
    catches[ncatches] = (CatchEntry){ handler, reg, nregs };
    return ncatches++;
}

/* ---- state of one load ---- */

typedef struct {
    const BcModule *bc;
    Module *m;
    char *err; size_t errlen;
    Term *atoms, *lits;
    Export **imports;
    uint32_t *label_off;    /* label -> threaded offset */
    uint32_t *entry_off;    /* function -> threaded offset of its ENTRY */
    int32_t *entry_of_label;/* label -> function it is the entry of, or -1 */
    uint32_t nlabels;
} Load;

static int lfail(Load *l, const char *fmt, const char *a, unsigned b) {
    snprintf(l->err, l->errlen, fmt, a, b);
    return -1;
}

static int resolve_atoms(Load *l) {
    const BcModule *bc = l->bc;
    l->atoms = malloc(sizeof(Term) * (bc->natoms + 1));
    if (!l->atoms) return lfail(l, "out of memory%s%u", "", 0);
    for (uint32_t i = 0; i < bc->natoms; i++) {
        l->atoms[i] = atom_intern(bc->atoms[i], strlen(bc->atoms[i]));
        if (!l->atoms[i]) return lfail(l, "atom too long: %.40s (%u)", bc->atoms[i], i);
    }
    return 0;
}

/* Literals are decoded once into one malloc'd area outside every heap, so
 * they are never copied by the collector. */
static int decode_literals(Load *l) {
    const BcModule *bc = l->bc;
    l->lits = calloc(bc->nliterals + 1, sizeof(Term));
    l->m->lit_area = etf_area_new();
    if (!l->lits || !l->m->lit_area) return lfail(l, "out of memory%s%u", "", 0);
    for (uint32_t i = 0; i < bc->nliterals; i++) {
        Term t = etf_decode_into(l->m->lit_area, bc->literals[i].bytes, bc->literals[i].len, false);
        if (!t) return lfail(l, "bad literal%s %u", "", i);
        l->lits[i] = t;
    }
    return 0;
}

/* The {file, 'path'} tuple of stack trace locations, in a small area of its own. */
static void make_file_kw(Module *m) {
    size_t n = strlen(m->file ? m->file : "");
    if (!n) return;
    Term *h = malloc(sizeof(Term) * (3 + 2 * n));
    if (!h) return;
    Term list = NIL;
    for (size_t i = n; i-- > 0;) {
        Term *c = h + 3 + 2 * i;
        c[0] = make_small((unsigned char)m->file[i]);
        c[1] = list;
        list = make_list(c);
    }
    h[0] = make_header(KIND_TUPLE, 2); h[1] = AM(file); h[2] = list;
    m->file_kw = make_boxed(h);
    m->file_area = h;
}

static int resolve_imports(Load *l) {
    const BcModule *bc = l->bc;
    l->imports = calloc(bc->nimports + 1, sizeof *l->imports);
    if (!l->imports) return lfail(l, "out of memory%s%u", "", 0);
    for (uint32_t i = 0; i < bc->nimports; i++) {
        const BcImport *im = &bc->imports[i];
        l->imports[i] = module_export(l->atoms[im->mod], l->atoms[im->name], im->arity);
        if (!l->imports[i]) return lfail(l, "out of memory%s%u", "", 0);
    }
    return 0;
}

/* Words an instruction takes in threaded form (ORDER LAYOUT, interp.h). */
static uint32_t threaded_size(uint32_t op) {
    if (op == OP_LABEL || op == OP_LINE) return 0;
    uint32_t n = 1 + (uint32_t)strlen(bc_op_format[op]);
    switch (op) {
    case OP_CALL: case OP_CALL_EXT: case OP_CALL_FUN: case OP_APPLY: case OP_TAIL: return n + 1;
    default: return n;
    }
}

/* ---- float runs (interp.h) ---- */

typedef struct {
    unsigned n, nleaf, ncheck, nout;    /* n == 0: no run here */
    size_t end;                         /* the bytecode position after the run */
    uint64_t leaf[2 * FRUN_MAX], step[FRUN_MAX], check[FRUN_MAX], out[FRUN_MAX];
    int kind[FRUN_MAX];
} FloatRun;

/* The step kind of an arithmetic instruction, | FRUN_GENERIC unless it is
 * one of the float instructions (which read two integers as floats). */
static int frun_kind(uint32_t op) {
    switch (op) {
    case OP_ADD:  return FRUN_ADD | FRUN_GENERIC;
    case OP_SUB:  return FRUN_SUB | FRUN_GENERIC;
    case OP_MUL:  return FRUN_MUL | FRUN_GENERIC;
    case OP_FDIV: return FRUN_DIV | FRUN_GENERIC;
    case OP_ADDF: return FRUN_ADD;
    case OP_SUBF: return FRUN_SUB;
    case OP_MULF: return FRUN_MUL;
    case OP_DIVF: return FRUN_DIV;
    default:      return -1;
    }
}

static uint32_t bc_size(const BcModule *bc, size_t pc) {
    return 1 + (uint32_t)strlen(bc_op_format[bc->code[pc]]);
}

/* While the run is read, a step's operand is a leaf's index or, for a
 * register an earlier step wrote, FRUN_STEP + that step's index. */
#define FRUN_STEP (2 * FRUN_MAX)

static unsigned frun_operand(FloatRun *r, const uint32_t *dst, uint32_t reg) {
    for (unsigned i = r->n; i-- > 0;)
        if (dst[i] == reg) return FRUN_STEP + i;
    for (unsigned i = 0; i < r->nleaf; i++)
        if (r->leaf[i] == reg) return i;
    r->leaf[r->nleaf] = reg;
    return r->nleaf++;
}

/* The float run starting at bytecode position pc: the arithmetic
 * instructions that follow one another there (LINEs between them do not
 * count; a LABEL ends the run). Worth it only when some result is used
 * within the run alone, so that fewer floats are boxed. */
static void float_run(const BcModule *bc, size_t pc, FloatRun *r) {
    uint32_t dst[FRUN_MAX];
    unsigned opnd[FRUN_MAX][2];
    r->n = r->nleaf = r->ncheck = r->nout = 0;
    for (; pc < bc->ncode && r->n < FRUN_MAX; pc += bc_size(bc, pc)) {
        if (bc->code[pc] == OP_LINE) continue;
        const uint32_t *o = &bc->code[pc + 1];
        if ((r->kind[r->n] = frun_kind(bc->code[pc])) < 0) break;
        opnd[r->n][0] = frun_operand(r, dst, o[1]);
        opnd[r->n][1] = frun_operand(r, dst, o[2]);
        dst[r->n++] = o[0];
        r->end = pc + bc_size(bc, pc);
    }
    bool carried[FRUN_MAX] = { false };     /* into a later result */
    for (unsigned i = 0; i < r->n; i++) {
        uint64_t w = (uint64_t)(r->nleaf + i) << 32 | (r->kind[i] & FRUN_GENERIC ? FRUN_STEP_GENERIC : 0);
        for (unsigned k = 0; k < 2; k++) {
            unsigned v = opnd[i][k];
            if (v >= FRUN_STEP && (k == 0 || (r->kind[i] & ~FRUN_GENERIC) != FRUN_DIV)) carried[v - FRUN_STEP] = true;
            w |= (uint64_t)(v < FRUN_STEP ? v : v - FRUN_STEP + r->nleaf) << (16 * k);
        }
        r->step[i] = w;
    }
    for (unsigned i = 0; i < r->n; i++) {
        if (!carried[i]) r->check[r->ncheck++] = r->nleaf + i;
        unsigned j = i + 1;
        while (j < r->n && dst[j] != dst[i]) j++;
        if (j == r->n) r->out[r->nout++] = (r->nleaf + i) | (uint64_t)dst[i] << 8;
    }
    if (r->n < 2 || r->nout == r->n) r->n = 0;
}

/* Its second word (interp.h). */
static uint64_t frun_header(const FloatRun *r) {
    return r->n | r->nleaf << 8 | r->ncheck << 16 | r->nout << 24;
}

/* Its threaded form, at out (interp.h). */
static void frun_emit(const FloatRun *r, Code *out) {
    out[0].op = interp_ops[IOP_FLOAT_RUN];
    out[1].u = frun_header(r);
    out += 2;
    for (unsigned i = 0; i < r->nleaf; i++) (out++)->u = r->leaf[i];
    for (unsigned i = 0; i < r->n; i++) {
        (out++)->op = interp_frun_ops[r->kind[i] & ~FRUN_GENERIC];
        (out++)->u = r->step[i];
    }
    (out++)->op = interp_frun_ops[FRUN_END];
    for (unsigned i = 0; i < r->ncheck; i++) (out++)->u = r->check[i];
    for (unsigned i = 0; i < r->nout; i++) (out++)->u = r->out[i];
}

#define ENTRY_WORDS 4

/* Pass 1: where every label and function entry lands. */
static int layout(Load *l, size_t *total, uint32_t *nlines) {
    const BcModule *bc = l->bc;
    uint32_t maxl = 0;
    for (size_t pc = 0; pc < bc->ncode; pc += bc_size(bc, pc))
        if (bc->code[pc] == OP_LABEL && bc->code[pc + 1] > maxl) maxl = bc->code[pc + 1];
    l->nlabels = maxl + 1;
    l->label_off = calloc(l->nlabels, sizeof *l->label_off);
    l->entry_of_label = malloc(sizeof(int32_t) * l->nlabels);
    l->entry_off = calloc(bc->nfuncs + 1, sizeof *l->entry_off);
    if (!l->label_off || !l->entry_of_label || !l->entry_off) return lfail(l, "out of memory%s%u", "", 0);
    memset(l->entry_of_label, 0xFF, sizeof(int32_t) * l->nlabels);
    for (uint32_t i = 0; i < bc->nfuncs; i++) l->entry_of_label[bc->funcs[i].label] = (int32_t)i;

    size_t off = 0, run_end = 0;
    *nlines = 0;
    for (size_t pc = 0; pc < bc->ncode; pc += bc_size(bc, pc)) {
        uint32_t op = bc->code[pc];
        if (pc >= run_end && frun_kind(op) >= 0) {
            FloatRun r;
            float_run(bc, pc, &r);
            if (r.n) { off += frun_words(frun_header(&r)); run_end = r.end; }
        }
        if (op == OP_LABEL) {
            uint32_t lab = bc->code[pc + 1];
            int32_t f = l->entry_of_label[lab];
            l->label_off[lab] = (uint32_t)off;
            if (f >= 0) { l->entry_off[f] = (uint32_t)off; off += ENTRY_WORDS; }
        } else if (op == OP_LINE) {
            (*nlines)++;
        }
        off += threaded_size(op);
    }
    *total = off;
    return 0;
}

static Code operand(Load *l, char kind, uint32_t x) {
    Code c;
    c.u = 0;
    switch (kind) {
    case 'r': c.i = -(int64_t)x; break;
    case 'k': c.t = l->lits[x]; break;
    case 'a': c.t = l->atoms[x]; break;
    case 'i': c.t = make_small((int32_t)x); break;
    case 'n': c.u = x; break;
    case 'j': c.at = x ? l->m->code + l->label_off[x] : NULL; break;
    case 'f': c.at = l->m->code + l->entry_off[x]; break;
    case 'm': c.exp = l->imports[x]; break;
    case 'l': c.fun = &l->m->lambdas[x]; break;
    }
    return c;
}

/* Pass 2: emit. fi tracks the function being emitted, for frame sizes.
 * tuple_reg/tuple_arity: the register a T_ARITY proved a tuple, while the
 * straight-line code after it (no label, only tests and GET_ELEMs) cannot
 * have changed it; GET_ELEMs of it then skip their checks. */
static int emit(Load *l) {
    const BcModule *bc = l->bc;
    Module *m = l->m;
    Code *out = m->code;
    const BcFunc *f = NULL;
    int64_t tuple_reg = -1;
    uint32_t tuple_arity = 0;
    size_t run_end = 0;
    for (size_t pc = 0; pc < bc->ncode; pc += bc_size(bc, pc)) {
        uint32_t op = bc->code[pc];
        const uint32_t *o = &bc->code[pc + 1];
        const char *fmt = bc_op_format[op];
        if (pc >= run_end && frun_kind(op) >= 0) {
            FloatRun r;
            float_run(bc, pc, &r);
            if (r.n) {
                frun_emit(&r, out);
                out += frun_words(frun_header(&r));
                run_end = r.end;
            }
        }
        if (op == OP_GET_ELEM && o[1] == tuple_reg && o[2] < tuple_arity) {
            out[0].op = interp_ops[IOP_GET_ELEM_T];
            for (size_t k = 0; fmt[k]; k++) out[1 + k] = operand(l, fmt[k], o[k]);
            out += threaded_size(op);
            if (o[0] == tuple_reg) tuple_reg = -1;
            continue;
        }
        if (op == OP_T_ARITY) {
            tuple_reg = o[1];
            tuple_arity = o[2];
        } else if (op == OP_LABEL || (op != OP_LINE && (op < OP_T_EQ || op > OP_T_REF))) {
            tuple_reg = -1;     /* a join point, or an instruction that may write registers */
        }
        if (op == OP_LABEL) {
            int32_t fi = l->entry_of_label[o[0]];
            if (fi < 0) continue;
            f = &bc->funcs[fi];
            out[0].op = interp_ops[IOP_ENTRY];
            out[1].u = f->nregs;
            out[2].u = f->arity;
            out[3].fi = NULL;
            out += ENTRY_WORDS;
            continue;
        }
        if (op == OP_LINE) {
            m->lines[m->nlines++] = (LineInfo){ (uint32_t)(out - m->code), o[0] };
            continue;
        }
        Code *ins = out;
        ins[0].op = interp_ops[op];
        switch (op) {
        case OP_CALL: case OP_CALL_EXT: case OP_CALL_FUN: case OP_APPLY:
            ins[1] = operand(l, 'r', o[0]);
            ins[2].u = o[0] + 2;   /* the window offset; the call adds the stack bottom */
            ins[3] = operand(l, fmt[1], o[1]);
            break;
        case OP_TAIL:
            ins[1] = operand(l, 'f', o[0]);
            ins[2] = operand(l, 'r', o[1]);
            ins[3].u = bc->funcs[o[0]].arity;
            break;
        case OP_TRY: {
            int64_t idx = add_catch(m->code + l->label_off[o[1]], o[0], f->nregs);
            if (idx < 0) return lfail(l, "too many catch handlers%s%u", "", 0);
            ins[1] = operand(l, 'r', o[0]);
            ins[2].t = make_catch((uint32_t)idx);
            break;
        }
        case OP_BIF:
            if (!l->imports[o[1]]->native) {
                size_t n;
                const char *name = atom_text(l->imports[o[1]]->name, &n);
                return lfail(l, "BIF instruction on %s/%u, which is not a native function", name, o[3]);
            }
            /* fall through */
        default:
            for (size_t k = 0; fmt[k]; k++) ins[1 + k] = operand(l, fmt[k], o[k]);
            break;
        }
        if (op == OP_JUMP && l->label_off[o[0]] <= (uint32_t)(ins - m->code))
            ins[0].op = interp_ops[IOP_JUMP_BACK];
        out += threaded_size(op);
    }
    return 0;
}

static int cmp_func(const void *a, const void *b) {
    const FuncInfo *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int build_tables(Load *l) {
    const BcModule *bc = l->bc;
    Module *m = l->m;
    m->nfuncs = bc->nfuncs;
    for (uint32_t i = 0; i < bc->nfuncs; i++) {
        const BcFunc *f = &bc->funcs[i];
        m->funcs[i] = (FuncInfo){ l->atoms[f->name], f->arity, f->nregs, 0, m->code + l->entry_off[i], NULL, m };
    }
    /* a lambda body's frame shows its captured values in its arity, as on
     * BEAM; its function_clause error does not list them */
    for (uint32_t i = 0; i < bc->nlambdas; i++) m->funcs[bc->lambdas[i].func].nfree = bc->lambdas[i].nfree;
    for (uint32_t i = 0; i < bc->nlambdas; i++) {
        const BcLambda *lb = &bc->lambdas[i];
        const BcFunc *parent = &bc->funcs[lb->parent];
        m->lambdas[i] = (FunEntry){ m->name, lb->arity, lb->nfree, i, m->uniq, l->atoms[parent->name],
                                    parent->arity, m->code + l->entry_off[lb->func], m };
    }
    for (uint32_t i = 0; i < bc->nfuncs; i++) m->code[l->entry_off[i] + 3].fi = &m->funcs[i];
    qsort(m->funcs, m->nfuncs, sizeof *m->funcs, cmp_func);
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        m->funcs[i].end = i + 1 < m->nfuncs ? m->funcs[i + 1].start : m->code + m->ncode;
        m->code[m->funcs[i].start - m->code + 3].fi = &m->funcs[i];
    }
    m->nexports = bc->nexports;
    for (uint32_t i = 0; i < bc->nexports; i++) {
        const BcExport *e = &bc->exports[i];
        m->exports[i] = module_export(m->name, l->atoms[e->name], e->arity);
        if (!m->exports[i]) return lfail(l, "out of memory%s%u", "", 0);
        m->export_code[i] = m->code + l->entry_off[e->func];
    }
    return 0;
}

static uint32_t checksum(const BcModule *bc) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < bc->ncode; i++) h = (h ^ bc->code[i]) * 16777619u;
    return h % 100000000u;
}

Module *loader_load(const BcModule *bc, char *err, size_t errlen) {
    Load l = { .bc = bc, .err = err, .errlen = errlen };
    Module *m = calloc(1, sizeof *m);
    l.m = m;
    size_t total = 0;
    uint32_t nlines = 0;
    int rc = !m ? lfail(&l, "out of memory%s%u", "", 0) : 0;
    if (!rc) rc = resolve_atoms(&l);
    if (!rc) {
        m->name = l.atoms[bc->name];
        m->file = strdup(bc->file ? bc->file : "");
        m->uniq = checksum(bc);
        make_file_kw(m);
        rc = decode_literals(&l);
    }
    if (!rc) rc = resolve_imports(&l);
    if (!rc) rc = layout(&l, &total, &nlines);
    if (!rc) {
        m->ncode = total;
        m->code = calloc(total + 1, sizeof(Code));
        m->funcs = calloc(bc->nfuncs + 1, sizeof *m->funcs);
        m->lines = calloc(nlines + 1, sizeof *m->lines);
        m->lambdas = calloc(bc->nlambdas + 1, sizeof *m->lambdas);
        m->nlambdas = bc->nlambdas;
        m->exports = calloc(bc->nexports + 1, sizeof *m->exports);
        m->export_code = calloc(bc->nexports + 1, sizeof *m->export_code);
        m->struct_fields = calloc(bc->nstruct_fields + 1, sizeof *m->struct_fields);
        if (!m->code || !m->funcs || !m->lines || !m->lambdas || !m->exports || !m->export_code || !m->file ||
            !m->struct_fields)
            rc = lfail(&l, "out of memory%s%u", "", 0);
    }
    if (!rc) {
        m->is_struct = bc->is_struct;
        m->nstruct_fields = bc->nstruct_fields;
        for (uint32_t i = 0; i < bc->nstruct_fields; i++) m->struct_fields[i] = l.atoms[bc->struct_fields[i]];
    }
    if (!rc) rc = emit(&l);
    if (!rc) rc = build_tables(&l);
    free(l.atoms); free(l.lits); free(l.imports);
    free(l.label_off); free(l.entry_off); free(l.entry_of_label);
    if (rc) { module_free(m); return NULL; }
    return m;
}
