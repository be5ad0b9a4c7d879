/* disasm.c — the bytecode disassembler: one line per instruction, operands
 * decoded through the module's own tables (atoms, literals via ETF, imports,
 * functions, lambdas), function headers at their entry labels. */
#include "disasm.h"

#include <string.h>

#include "etf.h"
#include "inspect.h"

static const char *atom_at(const BcModule *m, uint32_t i) { return i < m->natoms ? m->atoms[i] : "?"; }

static void print_literal(FILE *out, const BcModule *m, uint32_t k, EtfArea *area) {
    Term t = k < m->nliterals && area
           ? etf_decode_into(area, m->literals[k].bytes, m->literals[k].len, false) : THE_NON_VALUE;
    if (!t) { fprintf(out, "lit#%u", k); return; }
    StrBuf b = {0};
    InspectOpts o;
    inspect_default_opts(&o);
    o.limit = 20;
    inspect_term(&b, t, &o);
    fprintf(out, "%s", b.data ? b.data : "?");
    sb_free(&b);
}

static void print_operand(FILE *out, const BcModule *m, char kind, uint32_t x, EtfArea *area) {
    switch (kind) {
    case 'r': fprintf(out, "R%u", x); break;
    case 'k': print_literal(out, m, x, area); break;
    case 'a': fprintf(out, ":%s", atom_at(m, x)); break;
    case 'i': fprintf(out, "%d", (int32_t)x); break;
    case 'n': fprintf(out, "%u", x); break;
    case 'j': if (x) fprintf(out, "L%u", x); else fputs("-", out); break;
    case 'f':
        if (x < m->nfuncs) fprintf(out, "%s/%u", atom_at(m, m->funcs[x].name), m->funcs[x].arity);
        else fputs("?", out);
        break;
    case 'm':
        if (x < m->nimports)
            fprintf(out, "%s.%s/%u", atom_at(m, m->imports[x].mod), atom_at(m, m->imports[x].name), m->imports[x].arity);
        else fputs("?", out);
        break;
    case 'l':
        if (x < m->nlambdas && m->lambdas[x].func < m->nfuncs)
            fprintf(out, "fn#%u(%s, nfree %u)", x, atom_at(m, m->funcs[m->lambdas[x].func].name), m->lambdas[x].nfree);
        else fputs("?", out);
        break;
    default: fprintf(out, "%u", x);
    }
}

static void print_function_header(FILE *out, const BcModule *m, uint32_t label) {
    for (uint32_t f = 0; f < m->nfuncs; f++) {
        if (m->funcs[f].label != label) continue;
        int exported = 0;
        for (uint32_t e = 0; e < m->nexports; e++) exported |= m->exports[e].func == f;
        fprintf(out, "\n%s %s/%u (%u registers)\n", exported ? "def" : "defp",
                atom_at(m, m->funcs[f].name), m->funcs[f].arity, m->funcs[f].nregs);
    }
}

void disasm_module(FILE *out, const BcModule *m) {
    fprintf(out, "module %s (%s): %u functions, %u exports, %u imports, %u literals, %zu code words\n",
            atom_at(m, m->name), m->file ? m->file : "?", m->nfuncs, m->nexports, m->nimports,
            m->nliterals, m->ncode);
    EtfArea *area = etf_area_new();
    for (size_t pc = 0; pc < m->ncode;) {
        uint32_t op = m->code[pc];
        if (op >= OP__COUNT) { fprintf(out, "%6zu  ?%u\n", pc, op); pc++; continue; }
        const char *fmt = bc_op_format[op];
        size_t n = strlen(fmt);
        if (pc + 1 + n > m->ncode) { fprintf(out, "%6zu  (truncated)\n", pc); break; }
        if (op == OP_LABEL) {
            print_function_header(out, m, m->code[pc + 1]);
            fprintf(out, "L%u:\n", m->code[pc + 1]);
        } else if (op == OP_LINE) {
            fprintf(out, "        ; line %u\n", m->code[pc + 1]);
        } else {
            fprintf(out, "%6zu    %-12s", pc, bc_op_name[op]);
            for (size_t k = 0; k < n; k++) {
                fputs(k ? ", " : " ", out);
                print_operand(out, m, fmt[k], m->code[pc + 1 + k], area);
            }
            fputc('\n', out);
        }
        pc += 1 + n;
    }
    if (m->nlambdas) {
        fputs("\nlambdas:\n", out);
        for (uint32_t i = 0; i < m->nlambdas; i++) {
            fprintf(out, "  fn#%u = ", i);
            print_operand(out, m, 'f', m->lambdas[i].func, area);
            fprintf(out, " (arity %u, nfree %u, in ", m->lambdas[i].arity, m->lambdas[i].nfree);
            print_operand(out, m, 'f', m->lambdas[i].parent, area);
            fputs(")\n", out);
        }
    }
    if (area) etf_area_free(area);
}
