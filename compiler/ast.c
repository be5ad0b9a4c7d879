/* ast.c — the syntax tree's arena and its printer.
 * Nodes live in a bump arena freed all at once; ast_print writes a node as
 * Elixir 1.14's `inspect/2` writes the quoted form, so tests diff against it.
 */
#include "ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ arena */

typedef struct Chunk Chunk;
struct Chunk {
    Chunk *next;
    size_t used, size;
    max_align_t data[];
};

struct AstArena {
    Chunk *head;
};

AstArena *ast_arena_new(void)
{
    return calloc(1, sizeof(AstArena));
}

void ast_arena_free(AstArena *a)
{
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

/* Returns zeroed memory, or NULL when out of memory. */
void *ast_alloc(AstArena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    Chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t cap = size > 60000 ? size : 60000;
        c = malloc(sizeof(Chunk) + cap);
        if (!c)
            return NULL;
        c->size = cap;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

const char *ast_strdup(AstArena *a, const char *s, size_t len)
{
    char *p = ast_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = 0;
    return p;
}

Node *ast_new(AstArena *a, AstKind kind, uint32_t line, uint32_t col)
{
    Node *n = ast_alloc(a, sizeof(Node));
    if (!n)
        return NULL;
    n->kind = kind;
    n->line = line;
    n->col = col;
    return n;
}

/* ---------------------------------------------------------------- printer */

typedef struct {
    void (*out)(void *ctx, const char *s, size_t len);
    void *ctx;
} Out;

static void puts_out(Out *o, const char *s)
{
    o->out(o->ctx, s, strlen(s));
}

static void putc_out(Out *o, char c)
{
    o->out(o->ctx, &c, 1);
}

static int is_ident_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static int is_ident_char(unsigned char c)
{
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

/* Operator atoms that inspect prints without quotes (Elixir 1.14's list). */
static const char *const bare_ops[] = {
    "@", "%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "when", "in", "**",
    "&", "\\\\", "<-", "->", "|", "+++", "---", "~>>", "!", "^", "not", "and",
    "or", "=", "==", "===", "!==", "=~", "|||", "&&&", "<<<", ">>>", "+", "-",
    "*", "/", "<", ">", "<=", ">=", "!=", "&&", "||", "++", "--", "<>", "|>",
    "<<~", "<~", "~>", "<~>", NULL,
};

/* An atom inspect prints bare: identifiers (a, a?, Foo, a@b) and operators. */
static int atom_is_bare(const char *s, size_t len)
{
    for (int i = 0; bare_ops[i]; i++)
        if (strlen(bare_ops[i]) == len && memcmp(bare_ops[i], s, len) == 0)
            return 1;
    if (len == 0 || !is_ident_start((unsigned char)s[0]))
        return 0;
    size_t i = 1;
    while (i < len && (is_ident_char((unsigned char)s[i]) || s[i] == '@'))
        i++;
    if (i < len && (s[i] == '?' || s[i] == '!'))
        i++;
    return i == len;
}

/* "Elixir.Foo.Bar" with capitalised identifier pieces prints as Foo.Bar. */
static int is_alias_atom(const char *s, size_t len)
{
    if (len < 8 || memcmp(s, "Elixir.", 7) != 0)
        return 0;
    size_t i = 6;
    while (i < len) {
        if (s[i] != '.' || i + 1 >= len || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
            return 0;
        i += 2;
        while (i < len && s[i] != '.' && (is_ident_char((unsigned char)s[i])))
            i++;
    }
    return 1;
}

static int utf8_decode(const unsigned char *s, size_t len, size_t *adv)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *adv = 1;
        return (int)c;
    }
    int n = c < 0xC2 ? -1 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF5 ? 3 : -1;
    if (n < 0 || (size_t)n >= len)
        return -1;
    unsigned cp = c & (0x3F >> n);
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *adv = (size_t)n + 1;
    return (int)cp;
}

static const char *escape_of(int c)
{
    switch (c) {
    case 7: return "\\a";
    case 8: return "\\b";
    case 127: return "\\d";
    case 27: return "\\e";
    case 12: return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case 11: return "\\v";
    case '\\': return "\\\\";
    default: return NULL;
    }
}

static int string_char_printable(int c)
{
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF) ||
           (c != '\\' && escape_of(c) != NULL);
}

/* String.printable?/1 of 1.14. */
static int string_printable(const char *s, size_t len)
{
    size_t i = 0, adv;
    while (i < len) {
        int c = utf8_decode((const unsigned char *)s + i, len - i, &adv);
        if (c < 0 || !string_char_printable(c))
            return 0;
        i += adv;
    }
    return 1;
}

/* Writes printable text between quotes, escaping like Code.Identifier. */
static void print_quoted(Out *o, const char *s, size_t len, char quote)
{
    putc_out(o, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = escape_of(c);
        if (c == (unsigned char)quote) {
            putc_out(o, '\\');
            putc_out(o, (char)c);
        } else if (c == '#' && i + 1 < len && s[i + 1] == '{') {
            puts_out(o, "\\#");
        } else if (esc) {
            puts_out(o, esc);
        } else if (c < 0x20) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02X", c);
            puts_out(o, buf);
        } else {
            putc_out(o, (char)c);
        }
    }
    putc_out(o, quote);
}

static void print_atom(Out *o, const char *s, size_t len)
{
    if (is_alias_atom(s, len)) {
        o->out(o->ctx, s + 7, len - 7);
    } else if ((len == 6 && memcmp(s, "Elixir", 6) == 0) ||
               (len == 3 && memcmp(s, "nil", 3) == 0) ||
               (len == 4 && memcmp(s, "true", 4) == 0) ||
               (len == 5 && memcmp(s, "false", 5) == 0)) {
        o->out(o->ctx, s, len);
    } else if (atom_is_bare(s, len)) {
        putc_out(o, ':');
        o->out(o->ctx, s, len);
    } else {
        putc_out(o, ':');
        print_quoted(o, s, len, '"');
    }
}

static void print_key(Out *o, const char *s, size_t len)
{
    int bare = atom_is_bare(s, len) && !(len == 6 && memcmp(s, "Elixir", 6) == 0);
    if (bare)
        o->out(o->ctx, s, len);
    else
        print_quoted(o, s, len, '"');
    puts_out(o, ": ");
}

static void print_string(Out *o, const char *s, size_t len)
{
    if (string_printable(s, len)) {
        print_quoted(o, s, len, '"');
        return;
    }
    puts_out(o, "<<");
    for (size_t i = 0; i < len; i++) {
        char buf[8];
        snprintf(buf, sizeof buf, "%s%u", i ? ", " : "", (unsigned char)s[i]);
        puts_out(o, buf);
    }
    puts_out(o, ">>");
}

/* Shortest digits that read back as d, and the decimal exponent of the
 * first digit (d = 0.DIGITS * 10^place). */
static void shortest_digits(double d, char *digits, int *place)
{
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    int n = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *place = atoi(p + 1) + 1;
}

/* Inspect.Float of 1.14: integral values below 1e16 print as integers with
 * ".0"; the rest use :io_lib_format.fwrite_g's shortest form. */
static void print_float(Out *o, double d)
{
    char buf[64], digits[32];
    double a = fabs(d);
    if (d == 0) {
        puts_out(o, signbit(d) ? "-0.0" : "0.0");
        return;
    }
    if (a >= 1.0 && a < 1.0e16 && floor(a) == a) {
        snprintf(buf, sizeof buf, "%.0f.0", d);
        puts_out(o, buf);
        return;
    }
    if (d < 0)
        putc_out(o, '-');
    int place, len;
    shortest_digits(a, digits, &place);
    len = (int)strlen(digits);
    char expform[48];
    snprintf(expform, sizeof expform, "%c.%se%d", digits[0], len > 1 ? digits + 1 : "0",
             place - 1);
    if (place <= 0) {
        int plain_len = 2 - place + len;
        if (plain_len <= (int)strlen(expform)) {
            puts_out(o, "0.");
            for (int i = 0; i < -place; i++)
                putc_out(o, '0');
            puts_out(o, digits);
        } else {
            puts_out(o, expform);
        }
    } else if (place < len) {
        o->out(o->ctx, digits, (size_t)place);
        putc_out(o, '.');
        puts_out(o, digits + place);
    } else {
        puts_out(o, expform);
    }
}

/* List.ascii_printable?/1: such integer lists inspect as 'charlists'. */
static int is_charlist(Node *const *items, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const Node *e = items[i];
        if (e->kind != AST_INT)
            return 0;
        int64_t c = e->i;
        if (!((c >= 32 && c <= 126) || c == '\n' || c == '\r' || c == '\t' || c == 11 ||
              c == 8 || c == 12 || c == 27 || c == 7))
            return 0;
    }
    return 1;
}

static int is_keyword(Node *const *items, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const Node *e = items[i];
        if (e->kind != AST_TUPLE || e->nitems != 2 || e->items[0]->kind != AST_ATOM ||
            strncmp(e->items[0]->str, "Elixir.", 7) == 0)
            return 0;
    }
    return 1;
}

static void print_node(Out *o, const Node *n);

static void print_items(Out *o, Node *const *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            puts_out(o, ", ");
        print_node(o, items[i]);
    }
}

static void print_list(Out *o, Node *const *items, size_t n)
{
    if (is_charlist(items, n)) {
        char *s = malloc(n + 1);
        if (!s)
            return;
        for (size_t i = 0; i < n; i++)
            s[i] = (char)items[i]->i;
        print_quoted(o, s, n, '\'');
        free(s);
        return;
    }
    putc_out(o, '[');
    if (is_keyword(items, n)) {
        for (size_t i = 0; i < n; i++) {
            const Node *k = items[i]->items[0];
            if (i)
                puts_out(o, ", ");
            print_key(o, k->str, k->len);
            print_node(o, items[i]->items[1]);
        }
    } else {
        print_items(o, items, n);
    }
    putc_out(o, ']');
}

static void print_meta(Out *o, const Node *n)
{
    char buf[32];
    if (n->line == 0) {
        puts_out(o, "[]");
        return;
    }
    snprintf(buf, sizeof buf, "[line: %u]", n->line);
    puts_out(o, buf);
}

static void print_node(Out *o, const Node *n)
{
    char buf[32];
    if (!n) {
        puts_out(o, "nil");
        return;
    }
    switch (n->kind) {
    case AST_INT:
        snprintf(buf, sizeof buf, "%lld", (long long)n->i);
        puts_out(o, buf);
        break;
    case AST_BIGINT:
        puts_out(o, n->str);
        break;
    case AST_FLOAT:
        print_float(o, n->f);
        break;
    case AST_ATOM:
        print_atom(o, n->str, n->len);
        break;
    case AST_STRING:
        print_string(o, n->str, n->len);
        break;
    case AST_LIST:
        print_list(o, n->items, n->nitems);
        break;
    case AST_TUPLE:
        putc_out(o, '{');
        print_items(o, n->items, n->nitems);
        putc_out(o, '}');
        break;
    case AST_VAR:
        putc_out(o, '{');
        print_atom(o, n->str, n->len);
        puts_out(o, ", ");
        print_meta(o, n);
        puts_out(o, ", nil}");
        break;
    case AST_CALL:
        putc_out(o, '{');
        if (n->callee)
            print_node(o, n->callee);
        else
            print_atom(o, n->str, n->len);
        puts_out(o, ", ");
        print_meta(o, n);
        puts_out(o, ", ");
        print_list(o, n->items, n->nitems);
        putc_out(o, '}');
        break;
    }
}

void ast_print(const Node *n, void (*out)(void *ctx, const char *s, size_t len), void *ctx)
{
    Out o = {out, ctx};
    print_node(&o, n);
}

bool ast_same_literal(const Node *a, const Node *b)
{
    if (a->kind != b->kind)
        return false;
    if (a->kind == AST_CALL && strcmp(a->str ? a->str : "", b->str ? b->str : "") != 0)
        return false;   /* {} or %{} */
    switch (a->kind) {
    case AST_INT: return a->i == b->i;
    case AST_FLOAT: return a->f == b->f && signbit(a->f) == signbit(b->f);
    case AST_ATOM: case AST_BIGINT: return strcmp(a->str, b->str) == 0;
    case AST_STRING: return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    default:
        if (a->nitems != b->nitems) return false;
        for (size_t i = 0; i < a->nitems; i++)
            if (!ast_same_literal(a->items[i], b->items[i])) return false;
        return true;
    }
}
