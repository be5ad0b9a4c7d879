/* fold.c — the warnings of Erlang's compiler, which Elixir's code goes
 * through: "the call to f/n will fail with E" when a built-in call whose
 * arguments are all literals must raise (arithmetic on non-numbers or by
 * zero, hd/tl of a non-list, elem out of range, ...; a variable bound to a
 * literal, `x = 0`, stands for it, as Erlang propagates constants), clauses
 * that cannot match, and built-in calls whose result a block throws away.
 * They come once the module's other warnings are out, as Erlang's compiler
 * runs last, in line order.
 */
#include "cg.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Variables in scope, innermost last: the literal each stands for, or NULL. */
typedef struct { const char *name; Node *lit; } Var;
typedef struct { uint32_t line; char *text; } Warning;
typedef struct {
    ModCtx *m;
    Var *v; size_t n, cap;
    Warning *w; size_t nw, capw;   /* sorted by line before they are printed, as Erlang's */
    int var_value;                 /* inside the value of `x = ...`: no warnings of calls */
    bool chained;                  /* the match being folded is the value of another */
} Fold;

typedef enum { L_NONE, L_INT, L_FLOAT, L_ATOM, L_BINARY, L_LIST, L_NIL, L_TUPLE, L_MAP } Lit;

static bool is_literal(Node *n);

static bool all_literal(Node *n) {
    for (size_t i = 0; i < n->nitems; i++)
        if (!is_literal(n->items[i])) return false;
    return true;
}

static bool is_literal(Node *n) {
    switch (n->kind) {
    case AST_INT: case AST_BIGINT: case AST_FLOAT: case AST_ATOM: case AST_STRING:
        return true;
    case AST_LIST: case AST_TUPLE:
        return all_literal(n);
    case AST_CALL:
        if ((is_call_n(n, "-", 1) || is_call_n(n, "+", 1)) && !n->callee)
            return n->items[0]->kind == AST_INT || n->items[0]->kind == AST_FLOAT || n->items[0]->kind == AST_BIGINT;
        if (is_call(n, "{}") || is_call(n, "%{}")) return all_literal(n);
        if (is_call_n(n, "|", 2)) return all_literal(n);
        return false;
    default:
        return false;
    }
}

/* What a literal is, or L_NONE when it is not one. */
static Lit lit_of(Node *n) {
    if (!is_literal(n)) return L_NONE;
    switch (n->kind) {
    case AST_INT: case AST_BIGINT: return L_INT;
    case AST_FLOAT: return L_FLOAT;
    case AST_ATOM: return L_ATOM;
    case AST_STRING: return L_BINARY;
    case AST_LIST: return n->nitems ? L_LIST : L_NIL;
    case AST_TUPLE: return L_TUPLE;
    default: break;
    }
    if (is_call(n, "{}")) return L_TUPLE;
    if (is_call(n, "%{}")) return L_MAP;
    return n->items[0]->kind == AST_FLOAT ? L_FLOAT : L_INT;   /* -1, +1.0 */
}

static bool is_number(Lit l) { return l == L_INT || l == L_FLOAT; }

static bool is_zero(Node *n) {
    if (is_call_n(n, "-", 1) || is_call_n(n, "+", 1)) n = n->items[0];
    return (n->kind == AST_INT && n->i == 0) || (n->kind == AST_FLOAT && n->f == 0.0);
}

static size_t tuple_size(Node *n) { return n->nitems; }

static double number_value(Node *n) {
    double sign = is_call_n(n, "-", 1) ? -1.0 : 1.0;
    if (is_call_n(n, "-", 1) || is_call_n(n, "+", 1)) n = n->items[0];
    return sign * (n->kind == AST_INT ? (double)n->i : n->kind == AST_FLOAT ? n->f : strtod(n->str, NULL));
}

/* Float arithmetic on literal numbers whose result is not finite (1.0e308 * 10). */
static bool float_overflows(const char *op, Node *a, Lit x, Node *b, Lit y) {
    if (strcmp(op, "/") != 0 && x != L_FLOAT && y != L_FLOAT) return false;   /* integers do not overflow */
    double u = number_value(a), v = number_value(b);
    double r = op[0] == '+' ? u + v : op[0] == '-' ? u - v : op[0] == '*' ? u * v : u / v;
    return !isfinite(r);
}

/* The exception a Kernel call with literal arguments must raise, or NULL. */
static const char *kernel_failure(const char *name, Node **a, size_t na) {
    Lit x = na > 0 ? lit_of(a[0]) : L_NONE, y = na > 1 ? lit_of(a[1]) : L_NONE;
    if (na == 2 && x && y) {
        if (strchr("+-*", name[0]) && !name[1] && (!is_number(x) || !is_number(y))) return "ArithmeticError";
        if (strcmp(name, "/") == 0 && (!is_number(x) || !is_number(y) || is_zero(a[1]))) return "ArithmeticError";
        if (strchr("+-*/", name[0]) && !name[1] && float_overflows(name, a[0], x, a[1], y)) return "ArithmeticError";
        if ((strcmp(name, "div") == 0 || strcmp(name, "rem") == 0) && (x != L_INT || y != L_INT || is_zero(a[1])))
            return "ArithmeticError";
        if (strcmp(name, "++") == 0 && x != L_LIST && x != L_NIL) return "ArgumentError";
        if (strcmp(name, "elem") == 0 && (x != L_TUPLE || y != L_INT || a[1]->kind != AST_INT || a[1]->i < 0 ||
                                          (size_t)a[1]->i >= tuple_size(a[0])))
            return "ArgumentError";
    }
    if (na == 1 && x) {
        if ((strcmp(name, "-") == 0 || strcmp(name, "+") == 0) && !is_number(x)) return "ArithmeticError";
        if ((strcmp(name, "hd") == 0 || strcmp(name, "tl") == 0) && x != L_LIST) return "ArgumentError";
        if (strcmp(name, "length") == 0 && x != L_LIST && x != L_NIL) return "ArgumentError";
        if ((strcmp(name, "abs") == 0 || strcmp(name, "round") == 0 || strcmp(name, "trunc") == 0) && !is_number(x))
            return "ArgumentError";
        if (strcmp(name, "tuple_size") == 0 && x != L_TUPLE) return "ArgumentError";
        if ((strcmp(name, "byte_size") == 0 || strcmp(name, "bit_size") == 0) && x != L_BINARY) return "ArgumentError";
        if (strcmp(name, "not") == 0 && (x != L_ATOM || (strcmp(a[0]->str, "true") != 0 && strcmp(a[0]->str, "false") != 0)))
            return "ArgumentError";
    }
    return NULL;
}

/* :erlang.map_get(key, map), which Map.fetch!/2 and :maps.get/2 become: the
 * exception it must raise when map and key are literals, or NULL. */
static const char *map_get_failure(Node *key, Node *map) {
    Lit m = lit_of(map);
    if (!m) return NULL;
    if (m != L_MAP) return "BadMapError";
    if (!is_literal(key)) return NULL;
    for (size_t i = 0; i < map->nitems; i++)
        if (ast_same_literal(map->items[i]->items[0], key)) return NULL;
    return "KeyError";
}

static size_t digits(const char *s, size_t n, size_t i) {
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    return i;
}

/* Text :erlang.binary_to_float/1 takes: [+-]digits.digits[e[+-]digits]. */
static bool erlang_float_text(const char *s, size_t n) {
    size_t i = n && (s[0] == '-' || s[0] == '+');
    size_t end = digits(s, n, i);
    if (end == i || end == n || s[end] != '.') return false;
    i = end + 1;
    end = digits(s, n, i);
    if (end == i) return false;
    if (end == n) return true;
    if (s[end] != 'e' && s[end] != 'E') return false;
    i = end + 1 + (end + 1 < n && (s[end + 1] == '-' || s[end + 1] == '+'));
    end = digits(s, n, i);
    return end > i && end == n;
}

/* Map.put/3, :maps.put/3 and Map.merge/2 with a literal map second, which
 * Erlang's compiler turns into a map update: whether the map updated is a
 * literal that is not a map. */
static bool updates_non_map(const char *mod, const char *name, Node **a, size_t na) {
    Node *m = NULL;
    if (na == 3 && strcmp(mod, "Map") == 0 && strcmp(name, "put") == 0) m = a[0];
    if (na == 3 && strcmp(mod, "maps") == 0 && strcmp(name, "put") == 0) m = a[2];
    if (na == 2 && strcmp(mod, "Map") == 0 && strcmp(name, "merge") == 0 && lit_of(a[1]) == L_MAP) m = a[0];
    return m && lit_of(m) && lit_of(m) != L_MAP;
}

/* A :math call with literal arguments, evaluated as Erlang's compiler
 * evaluates it: a non-number fails with ArgumentError, a result that is no
 * finite float with ArithmeticError. */
static const char *math_failure(const char *name, Node **a, size_t na, const char **shown) {
    static const struct { const char *name; double (*f1)(double); double (*f2)(double, double); } fns[] = {
        {"acos", acos, 0}, {"acosh", acosh, 0}, {"asin", asin, 0}, {"asinh", asinh, 0}, {"atan", atan, 0},
        {"atanh", atanh, 0}, {"ceil", ceil, 0}, {"cos", cos, 0}, {"cosh", cosh, 0}, {"erf", erf, 0},
        {"erfc", erfc, 0}, {"exp", exp, 0}, {"floor", floor, 0}, {"log", log, 0}, {"log2", log2, 0},
        {"log10", log10, 0}, {"sin", sin, 0}, {"sinh", sinh, 0}, {"sqrt", sqrt, 0}, {"tan", tan, 0},
        {"tanh", tanh, 0}, {"pow", 0, pow}, {"atan2", 0, atan2}, {"fmod", 0, fmod},
    };
    static char text[64];
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
        if (strcmp(fns[i].name, name) != 0 || na != (fns[i].f1 ? 1u : 2u)) continue;
        for (size_t k = 0; k < na; k++)
            if (!lit_of(a[k])) return NULL;
        snprintf(text, sizeof text, ":math.%s/%zu", name, na);
        *shown = text;
        for (size_t k = 0; k < na; k++)
            if (!is_number(lit_of(a[k]))) return "ArgumentError";
        double r = fns[i].f1 ? fns[i].f1(number_value(a[0])) : fns[i].f2(number_value(a[0]), number_value(a[1]));
        return isfinite(r) ? NULL : "ArithmeticError";
    }
    return NULL;
}

/* Remote calls Elixir inlines into a built-in, with the name the warning uses. */
static const char *remote_failure(const char *mod, const char *name, Node **a, size_t na, const char **shown) {
    if (strcmp(mod, "math") == 0) return math_failure(name, a, na, shown);
    if (na == 2 && ((strcmp(mod, "Map") == 0 && strcmp(name, "fetch!") == 0) ||
                    (strcmp(mod, "maps") == 0 && strcmp(name, "get") == 0))) {
        *shown = ":erlang.map_get/2";
        return mod[0] == 'M' ? map_get_failure(a[1], a[0]) : map_get_failure(a[0], a[1]);
    }
    if (na == 2 && strcmp(mod, "Map") == 0 && strcmp(name, "has_key?") == 0 && lit_of(a[0]) && lit_of(a[0]) != L_MAP) {
        *shown = "is_map_key/2";
        return "BadMapError";
    }
    Lit x = na > 0 ? lit_of(a[0]) : L_NONE;
    if (na != 1 || !x) return NULL;
    /* conversions Elixir inlines into :erlang's, named as called */
    static const struct { const char *mod, *name, *shown; Lit want, also; } conversions[] = {
        {"Tuple", "to_list", "Tuple.to_list/1", L_TUPLE, L_TUPLE},
        {"List", "to_tuple", "List.to_tuple/1", L_LIST, L_NIL},
        {"Atom", "to_string", "Atom.to_string/1", L_ATOM, L_ATOM},
        {"Atom", "to_charlist", "Atom.to_charlist/1", L_ATOM, L_ATOM},
        {"Integer", "to_charlist", "Integer.to_charlist/1", L_INT, L_INT},
    };
    for (size_t i = 0; i < sizeof conversions / sizeof *conversions; i++)
        if (strcmp(mod, conversions[i].mod) == 0 && strcmp(name, conversions[i].name) == 0) {
            *shown = conversions[i].shown;
            return x != conversions[i].want && x != conversions[i].also ? "ArgumentError" : NULL;
        }
    if (strcmp(mod, "String") == 0 && strcmp(name, "to_float") == 0) {
        *shown = "String.to_float/1";
        return x != L_BINARY || !erlang_float_text(a[0]->str, a[0]->len) ? "ArgumentError" : NULL;
    }
    if (strcmp(mod, "String") == 0 && strcmp(name, "to_integer") == 0) {
        *shown = "String.to_integer/1";
        if (x != L_BINARY) return "ArgumentError";
        const char *s = a[0]->str;
        size_t n = a[0]->len, i = n && (s[0] == '-' || s[0] == '+');
        if (i == n) return "ArgumentError";
        for (; i < n; i++)
            if (s[i] < '0' || s[i] > '9') return "ArgumentError";
        return NULL;
    }
    if (strcmp(mod, "Integer") == 0 && strcmp(name, "to_string") == 0 && x != L_INT) {
        *shown = "Integer.to_string/1";
        return "ArgumentError";
    }
    if (strcmp(mod, "Bitwise") == 0 && strcmp(name, "bnot") == 0 && x != L_INT) {
        *shown = "Bitwise.bnot/1";
        return "ArithmeticError";
    }
    if (strcmp(mod, "String") == 0 && strcmp(name, "to_atom") == 0 && x != L_BINARY) {
        *shown = ":erlang.binary_to_atom/2";
        return "ArgumentError";
    }
    return NULL;
}

static Node *resolve(Fold *w, Node *n) {
    if (n->kind != AST_VAR) return n;
    for (size_t i = w->n; i-- > 0;)
        if (strcmp(w->v[i].name, n->str) == 0) return w->v[i].lit ? w->v[i].lit : n;
    return n;
}

static void push(Fold *w, const char *name, Node *lit) {
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 32;
        w->v = realloc(w->v, w->cap * sizeof *w->v);
        if (!w->v) { fputs("vial: out of memory\n", stderr); exit(1); }
    }
    w->v[w->n++] = (Var){name, lit};
}

/* A pattern's variables hide what they rebind (pins and guards included:
 * hiding too much only loses a warning). */
static void hide(Fold *w, Node *n) {
    if (!n) return;
    if (n->kind == AST_VAR) push(w, n->str, NULL);
    else if (n->kind == AST_CALL || n->kind == AST_LIST || n->kind == AST_TUPLE)
        for (size_t i = 0; i < n->nitems; i++) hide(w, n->items[i]);
}

static void fold(Fold *w, Node *n);

static void add_warning(Fold *w, uint32_t line, const char *text) {
    if (w->nw == w->capw) {
        w->capw = w->capw ? w->capw * 2 : 8;
        w->w = realloc(w->w, w->capw * sizeof *w->w);
        if (!w->w) { fputs("vial: out of memory\n", stderr); exit(1); }
    }
    w->w[w->nw++] = (Warning){line, strdup(text)};
}

static void warn(Fold *w, Node *at, const char *shown, const char *exc) {
    if (w->var_value) return;
    char text[512];
    snprintf(text, sizeof text, "warning: the call to %s will fail with %s\n  %s:%u\n\n", shown, exc, w->m->path, at->line);
    add_warning(w, at->line, text);
}

/* A pattern any value matches: a variable, _, or v1 = v2 of those. */
static bool matches_all(Node *p) {
    if (p->kind == AST_VAR) return true;
    return is_call_n(p, "=", 2) && matches_all(p->items[0]) && matches_all(p->items[1]);
}

/* case clauses after one that always matches (no guard, a catch-all pattern). */
static void check_case(Fold *w, Node *n) {
    Node *kw = n->nitems == 2 && is_keyword_list(n->items[1]) ? n->items[1] : NULL;
    Node *cls = kw ? kw_get(kw, "do") : NULL;
    if (!cls || cls->kind != AST_LIST) return;
    uint32_t always = 0;
    for (size_t i = 0; i < cls->nitems; i++) {
        Node *cl = cls->items[i];
        if (!is_call_n(cl, "->", 2) || cl->items[0]->kind != AST_LIST || cl->items[0]->nitems != 1) return;
        if (always) {
            char text[512];
            snprintf(text, sizeof text, "warning: this clause cannot match because a previous clause at line %u always matches\n  %s:%u\n\n",
                     always, w->m->path, cl->line);
            add_warning(w, cl->line, text);
        } else if (matches_all(cl->items[0]->items[0])) {
            always = cl->line;
        }
    }
}

static void check_call(Fold *w, Node *n) {
    Node *a[3];
    if (n->nitems > 3) return;
    for (size_t i = 0; i < n->nitems; i++) a[i] = resolve(w, n->items[i]);
    if (n->callee) {
        Node *dot = n->callee;
        Node *mod = is_call_n(dot, ".", 2) ? dot->items[0] : NULL;
        const char *mod_name = !mod ? NULL
                             : mod->kind == AST_ATOM ? mod->str
                             : is_call(mod, "__aliases__") && mod->nitems == 1 ? atom_of(mod->items[0]) : NULL;
        if (mod_name && atom_of(dot->items[1])) {
            const char *shown = NULL;
            const char *exc = remote_failure(mod_name, atom_of(dot->items[1]), a, n->nitems, &shown);
            if (exc) warn(w, n, shown, exc);
            if (!w->var_value && updates_non_map(mod_name, atom_of(dot->items[1]), a, n->nitems)) {
                char text[512];
                snprintf(text, sizeof text, "warning: map update will fail with a 'badmap' exception\n  %s:%u\n\n", w->m->path, n->line);
                add_warning(w, n->line, text);
            }
        }
        return;
    }
    const char *exc = n->str ? kernel_failure(n->str, a, n->nitems) : NULL;
    if (!exc) return;
    n->fails = true;
    char shown[128];
    if (strcmp(n->str, "elem") == 0) snprintf(shown, sizeof shown, ":erlang.element/2");
    else snprintf(shown, sizeof shown, "%s/%zu", n->str, n->nitems);
    warn(w, n, shown, exc);
}

/* ---- results thrown away ---- */

/* A built-in as Erlang's compiler knows it: safe ones never fail and have no
 * effect; pure ones have no effect but may fail. */
typedef enum { B_SAFE, B_PURE } Purity;
typedef struct { const char *name; unsigned arity; const char *erl; Purity purity; } Builtin;

/* Kernel's names for Erlang's built-ins ("op" entries are operators) */
static const Builtin kernel_builtins[] = {
    {"+", 2, "+", B_PURE}, {"-", 2, "-", B_PURE}, {"*", 2, "*", B_PURE}, {"/", 2, "/", B_PURE},
    {"+", 1, "+", B_PURE}, {"-", 1, "-", B_PURE}, {"not", 1, "not", B_PURE},
    {"++", 2, "++", B_PURE}, {"--", 2, "--", B_PURE}, {"div", 2, "div", B_PURE}, {"rem", 2, "rem", B_PURE},
    {"==", 2, "==", B_SAFE}, {"!=", 2, "/=", B_SAFE}, {"===", 2, "=:=", B_SAFE}, {"!==", 2, "=/=", B_SAFE},
    {"<", 2, "<", B_SAFE}, {">", 2, ">", B_SAFE}, {"<=", 2, "=<", B_SAFE}, {">=", 2, ">=", B_SAFE},
    {"abs", 1, "abs", B_PURE}, {"length", 1, "length", B_PURE}, {"hd", 1, "hd", B_PURE}, {"tl", 1, "tl", B_PURE},
    {"round", 1, "round", B_PURE}, {"trunc", 1, "trunc", B_PURE}, {"byte_size", 1, "byte_size", B_PURE},
    {"bit_size", 1, "bit_size", B_PURE}, {"tuple_size", 1, "tuple_size", B_PURE}, {"elem", 2, "element", B_PURE},
    {"put_elem", 3, "setelement", B_PURE}, {"binary_part", 3, "binary_part", B_PURE},
    {"is_function", 2, "is_function", B_PURE},
    {"is_atom", 1, "is_atom", B_SAFE}, {"is_binary", 1, "is_binary", B_SAFE}, {"is_bitstring", 1, "is_bitstring", B_SAFE},
    {"is_boolean", 1, "is_boolean", B_SAFE}, {"is_float", 1, "is_float", B_SAFE}, {"is_function", 1, "is_function", B_SAFE},
    {"is_integer", 1, "is_integer", B_SAFE}, {"is_list", 1, "is_list", B_SAFE}, {"is_map", 1, "is_map", B_SAFE},
    {"is_number", 1, "is_number", B_SAFE}, {"is_pid", 1, "is_pid", B_SAFE}, {"is_port", 1, "is_port", B_SAFE},
    {"is_reference", 1, "is_reference", B_SAFE}, {"is_tuple", 1, "is_tuple", B_SAFE},
    {"self", 0, "self", B_SAFE}, {"node", 0, "node", B_SAFE}, {"max", 2, "max", B_SAFE}, {"min", 2, "min", B_SAFE},
    {0, 0, 0, 0}};

/* Bitwise's and :erlang's own names of the same */
static const Builtin erlang_builtins[] = {
    {"band", 2, "band", B_PURE}, {"bor", 2, "bor", B_PURE}, {"bxor", 2, "bxor", B_PURE}, {"bnot", 1, "bnot", B_PURE},
    {"bsl", 2, "bsl", B_PURE}, {"bsr", 2, "bsr", B_PURE}, {"and", 2, "and", B_PURE}, {"or", 2, "or", B_PURE},
    {"xor", 2, "xor", B_PURE}, {"element", 2, "element", B_PURE}, {"setelement", 3, "setelement", B_PURE},
    {"float", 1, "float", B_PURE}, {"atom_to_list", 1, "atom_to_list", B_PURE}, {"list_to_tuple", 1, "list_to_tuple", B_PURE},
    {"tuple_to_list", 1, "tuple_to_list", B_PURE}, {"size", 1, "size", B_PURE}, {"make_ref", 0, "make_ref", B_SAFE},
    {0, 0, 0, 0}};

static const char *const math_pure[] = {"acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cos", "cosh",
    "erf", "erfc", "exp", "floor", "log", "log2", "log10", "sin", "sinh", "sqrt", "tan", "tanh", 0};

static const Builtin *find_builtin(const Builtin *t, const char *name, unsigned arity) {
    for (; t->name; t++)
        if (t->arity == arity && strcmp(t->name, name) == 0) return t;
    return NULL;
}

static bool erl_operator(const char *erl) {
    static const char *const ops[] = {"+", "-", "*", "/", "++", "--", "div", "rem", "not", "and", "or", "xor",
                                      "band", "bor", "bxor", "bnot", "bsl", "bsr", 0};
    for (int i = 0; ops[i]; i++)
        if (strcmp(ops[i], erl) == 0) return true;
    return false;
}

static void warn_ignored(Fold *w, Node *at, const char *mod, const Builtin *b, const char *elixir_op) {
    if (w->var_value) return;
    char text[512];
    const char *tail = "is ignored (suppress the warning by assigning the expression to the _ variable)";
    int n;
    if (b->purity == B_SAFE && elixir_op)
        n = snprintf(text, sizeof text, "warning: use of operator %s has no effect", elixir_op);
    else if (b->purity == B_SAFE)
        n = snprintf(text, sizeof text, "warning: the call to %s/%u has no effect", b->erl, b->arity);
    else if (mod)
        n = snprintf(text, sizeof text, "warning: the result of calling %s:%s/%u %s", mod, b->erl, b->arity, tail);
    else if (erl_operator(b->erl))
        n = snprintf(text, sizeof text, "warning: the result of evaluating operator '%s'/%u %s", b->erl, b->arity, tail);
    else
        n = snprintf(text, sizeof text, "warning: the result of calling %s/%u %s", b->erl, b->arity, tail);
    snprintf(text + n, sizeof text - (size_t)n, "\n  %s:%u\n\n", w->m->path, at->line);
    add_warning(w, at->line, text);
}

/* An Elixir comparison operator's name (Elixir's warning shows it rather
 * than Erlang's), or NULL. */
static const char *comparison(const char *name) {
    return strspn(name, "=!<>") == strlen(name) ? name : NULL;
}

/* A statement whose value a block throws away: a built-in call without
 * effects is worth a warning, as Erlang's compiler gives. */
static void check_ignored(Fold *w, Node *n) {
    if (n->kind != AST_CALL) return;
    unsigned arity = (unsigned)n->nitems;
    if (is_call_n(n, "in", 2) && n->items[1]->kind == AST_LIST && n->items[1]->nitems) {
        static const Builtin exact = {"===", 2, "=:=", B_SAFE};
        warn_ignored(w, n, NULL, &exact, "===");   /* x === a or ...: the first test */
        return;
    }
    if (!n->callee && n->str) {
        if (strcmp(n->str, "is_nil") == 0 && arity == 1) {
            static const Builtin eq = {"==", 2, "==", B_SAFE};
            warn_ignored(w, n, NULL, &eq, "==");
            return;
        }
        if (cg_find_def(w->m, n->str, arity)) return;
        const Builtin *b = find_builtin(kernel_builtins, n->str, arity);
        if (b) warn_ignored(w, n, NULL, b, comparison(n->str));
        return;
    }
    Node *dot = n->callee;
    if (!dot || !is_call_n(dot, ".", 2) || !atom_of(dot->items[1])) return;
    const char *fname = atom_of(dot->items[1]), *mod = atom_of(dot->items[0]);
    if (is_call(dot->items[0], "__aliases__") && dot->items[0]->nitems == 1)
        mod = atom_of(dot->items[0]->items[0]);
    if (!mod) return;
    const Builtin *b = NULL;
    if (strcmp(mod, "Bitwise") == 0 || strcmp(mod, "erlang") == 0) {
        b = find_builtin(erlang_builtins, fname, arity);
        if (!b && strcmp(mod, "erlang") == 0) {
            b = find_builtin(kernel_builtins, fname, arity);
            if (b && strcmp(b->name, b->erl) != 0) b = NULL;   /* :erlang's names are Erlang's */
        }
        if (b) warn_ignored(w, n, NULL, b, NULL);
    } else if (strcmp(mod, "Kernel") == 0) {
        b = find_builtin(kernel_builtins, fname, arity);
        if (b) warn_ignored(w, n, NULL, b, comparison(fname));
    } else if (strcmp(mod, "math") == 0) {
        for (int i = 0; math_pure[i]; i++)
            if (strcmp(math_pure[i], fname) == 0 && arity == 1) {
                Builtin m = {fname, 1, fname, B_PURE};
                warn_ignored(w, n, "math", &m, NULL);
            }
    } else if (strcmp(mod, "lists") == 0 && arity == 2 && (strcmp(fname, "append") == 0 || strcmp(fname, "subtract") == 0)) {
        Builtin l = {fname, 2, fname, B_PURE};
        warn_ignored(w, n, "lists", &l, NULL);
    }
}

static void fold_call(Fold *w, Node *n) {
    if (is_call(n, "quote") || is_call(n, "__aliases__") || is_call(n, "@")) return;
    size_t mark = w->n;
    if (is_call_n(n, "->", 2)) {   /* the clause's patterns hide; its guard is not checked */
        hide(w, n->items[0]);
        fold(w, n->items[1]);
        w->n = mark;
        return;
    }
    if (is_call_n(n, "=", 2)) {
        /* Erlang's compiler keeps the value a variable takes as it is (funs
         * in it included), so it does not warn that a call in it fails or
         * that its result is ignored; it does for `{x} = ...` and
         * `x = y = ...` */
        bool chained = w->chained;
        int var_value = n->items[0]->kind == AST_VAR && !is_call_n(n->items[1], "=", 2) && !chained;
        w->var_value += var_value;
        w->chained = is_call_n(n->items[1], "=", 2);
        fold(w, n->items[1]);
        w->chained = false;
        w->var_value -= var_value;
        Node *lit = resolve(w, n->items[1]);
        if (n->items[0]->kind == AST_VAR) push(w, n->items[0]->str, is_literal(lit) ? lit : NULL);
        else hide(w, n->items[0]);
        return;
    }
    if (is_call_n(n, "<-", 2)) {   /* a generator or with clause: what it binds stays hidden */
        fold(w, n->items[1]);
        hide(w, n->items[0]);
        return;
    }
    check_call(w, n);
    if (!w->m->is_script && is_call(n, "case")) check_case(w, n);
    if (n->callee) fold(w, n->callee);
    bool block = is_call(n, "__block__");
    for (size_t i = 0; i < n->nitems; i++) {
        if (block && i + 1 < n->nitems) check_ignored(w, n->items[i]);
        fold(w, n->items[i]);
        if (!block && is_keyword_list(n->items[i])) w->n = mark;   /* do-blocks bind for themselves */
    }
}

static void fold(Fold *w, Node *n) {
    if (!n) return;
    if (n->kind == AST_CALL) fold_call(w, n);
    else if (n->kind == AST_LIST || n->kind == AST_TUPLE)
        for (size_t i = 0; i < n->nitems; i++) fold(w, n->items[i]);
}

static bool def_head(Node *def, const char **name, Node ***params, size_t *arity, bool *guarded) {
    Node *head = def->nitems == 2 && is_keyword_list(def->items[1]) ? def->items[0] : NULL;
    *guarded = head && is_call_n(head, "when", 2);
    if (*guarded) head = head->items[0];
    if (!head || !head->str || head->callee || (head->kind != AST_CALL && head->kind != AST_VAR)) return false;
    *name = head->str;
    *params = head->items;
    *arity = head->kind == AST_CALL ? head->nitems : 0;
    return true;
}

static bool same_function(Node *def, const char *name, size_t arity) {
    const char *other;
    Node **ps;
    size_t ar;
    bool g;
    return (is_call(def, "def") || is_call(def, "defp")) && def_head(def, &other, &ps, &ar, &g) &&
           strcmp(other, name) == 0 && ar == arity;
}

static Node *param(Node *p) { return is_call_n(p, "\\\\", 2) ? p->items[0] : p; }

/* f(a, b) matches anything; f(a, a) compares its arguments. */
static bool catch_all(Node **params, size_t arity, bool guarded) {
    if (guarded) return false;
    for (size_t k = 0; k < arity; k++) {
        Node *p = param(params[k]);
        if (!matches_all(p) || p->kind != AST_VAR) return false;
        for (size_t j = 0; j < k && strcmp(p->str, "_") != 0; j++)
            if (strcmp(param(params[j])->str, p->str) == 0) return false;
    }
    return true;
}

/* Clauses of a function after one that always matches: unguarded, every
 * parameter a catch-all. Each function is looked at from its first clause. */
static void check_clauses(Fold *w, Node **items, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const char *name;
        Node **params;
        size_t arity;
        bool guarded, seen = false;
        if (!(is_call(items[i], "def") || is_call(items[i], "defp")) || !def_head(items[i], &name, &params, &arity, &guarded))
            continue;
        for (size_t k = 0; k < i && !seen; k++) seen = same_function(items[k], name, arity);
        if (seen) continue;
        uint32_t always = 0;
        for (size_t k = i; k < n; k++) {
            if (!same_function(items[k], name, arity)) continue;
            if (always) {
                char text[512];
                snprintf(text, sizeof text, "warning: this clause for %s/%zu cannot match because a previous clause at line %u always matches\n  %s:%u\n\n",
                         name, arity, always, w->m->path, items[k]->line);
                add_warning(w, items[k]->line, text);
                continue;
            }
            def_head(items[k], &name, &params, &arity, &guarded);
            if (catch_all(params, arity, guarded)) always = items[k]->line;
        }
    }
}

static int by_line(const void *a, const void *b) {
    const Warning *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

void cg_fold_failing_calls(ModCtx *m) {
    if (!m->src || (m->is_script && m->unit->opts && m->unit->opts->eval)) return;
    Node *body = m->is_script ? m->src : (m->src->nitems == 2 ? kw_get(m->src->items[1], "do") : NULL);
    if (!body) return;
    Fold w = {.m = m};
    bool block = is_call(body, "__block__");
    size_t n = block ? body->nitems : 1;
    for (size_t i = 0; i < n; i++) {
        Node *it = block ? body->items[i] : body;
        if (is_call(it, "defmodule")) continue;
        if (!m->is_script) {
            if (!is_call(it, "def") && !is_call(it, "defp")) continue;
            /* a def: its body, with its parameters hiding nothing known */
            if (it->nitems != 2) continue;
            fold(&w, it->items[1]);
            w.n = 0;
            continue;
        }
        if (i + 1 < n) check_ignored(&w, it);
        fold(&w, it);
    }
    if (!m->is_script) check_clauses(&w, block ? body->items : &body, n);
    /* stable: equal lines keep the order they were found in */
    for (size_t i = 1; i < w.nw; i++)
        for (size_t k = i; k > 0 && by_line(&w.w[k - 1], &w.w[k]) > 0; k--) {
            Warning t = w.w[k]; w.w[k] = w.w[k - 1]; w.w[k - 1] = t;
        }
    /* once each, as Erlang's compiler gives them */
    for (size_t i = 0; i < w.nw; i++) {
        bool again = false;
        for (size_t k = i; k-- > 0 && w.w[k].line == w.w[i].line && !again;) again = strcmp(w.w[k].text, w.w[i].text) == 0;
        if (!again) sb_puts(&m->failing_calls, w.w[i].text);
    }
    for (size_t i = 0; i < w.nw; i++) free(w.w[i].text);
    free(w.w);
    free(w.v);
}
