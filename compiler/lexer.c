/* lexer.c — Elixir source to tokens, as Elixir 1.14's elixir_tokenizer does.
 * Strings carry literal parts and, for each #{...}, a nested token array; a
 * terminator stack reports unclosed (, [, {, <<, do and fn like Elixir.
 */
#include "lexer.h"
#include "parser.h"   /* PARSE_MAX_DEPTH */

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NESTING 256   /* interpolations inside interpolations */

/* ORDER OP: parser.c refers to some of these by text, never by index. */
const OpInfo lex_ops[] = {
    {"->", 10, ASSOC_RIGHT, 0},
    {"<-", 40, ASSOC_LEFT, 0},   {"\\\\", 40, ASSOC_LEFT, 0},
    {"when", 50, ASSOC_RIGHT, 0}, {"::", 60, ASSOC_RIGHT, 0},
    {"|", 70, ASSOC_RIGHT, 0},   {"=>", 80, ASSOC_RIGHT, 0},
    {"&", 0, ASSOC_NONE, 1},     {"=", 100, ASSOC_RIGHT, 0},
    {"||", 120, ASSOC_LEFT, 0},  {"|||", 120, ASSOC_LEFT, 0}, {"or", 120, ASSOC_LEFT, 0},
    {"&&", 130, ASSOC_LEFT, 0},  {"&&&", 130, ASSOC_LEFT, 0}, {"and", 130, ASSOC_LEFT, 0},
    {"==", 140, ASSOC_LEFT, 0},  {"!=", 140, ASSOC_LEFT, 0},  {"=~", 140, ASSOC_LEFT, 0},
    {"===", 140, ASSOC_LEFT, 0}, {"!==", 140, ASSOC_LEFT, 0},
    {"<", 150, ASSOC_LEFT, 0},   {">", 150, ASSOC_LEFT, 0},
    {"<=", 150, ASSOC_LEFT, 0},  {">=", 150, ASSOC_LEFT, 0},
    {"|>", 160, ASSOC_LEFT, 0},  {"<<<", 160, ASSOC_LEFT, 0}, {">>>", 160, ASSOC_LEFT, 0},
    {"<<~", 160, ASSOC_LEFT, 0}, {"~>>", 160, ASSOC_LEFT, 0}, {"<~", 160, ASSOC_LEFT, 0},
    {"~>", 160, ASSOC_LEFT, 0},  {"<~>", 160, ASSOC_LEFT, 0}, {"<|>", 160, ASSOC_LEFT, 0},
    {"in", 170, ASSOC_LEFT, 0},  {"not in", 170, ASSOC_LEFT, 0},
    {"^^^", 180, ASSOC_LEFT, 0}, {"//", 190, ASSOC_RIGHT, 0},
    {"++", 200, ASSOC_RIGHT, 0}, {"--", 200, ASSOC_RIGHT, 0}, {"+++", 200, ASSOC_RIGHT, 0},
    {"---", 200, ASSOC_RIGHT, 0}, {"<>", 200, ASSOC_RIGHT, 0}, {"..", 200, ASSOC_RIGHT, 0},
    {"+", 210, ASSOC_LEFT, 1},   {"-", 210, ASSOC_LEFT, 1},
    {"*", 220, ASSOC_LEFT, 0},   {"/", 220, ASSOC_LEFT, 0},   {"**", 230, ASSOC_LEFT, 0},
    {"!", 0, ASSOC_NONE, 1},     {"^", 0, ASSOC_NONE, 1},     {"not", 0, ASSOC_NONE, 1},
    {"~~~", 0, ASSOC_NONE, 1},   {"@", 0, ASSOC_NONE, 1},     {".", 0, ASSOC_NONE, 0},
    {NULL, 0, 0, 0},
};

typedef struct {
    char open[4], close[4];
    uint32_t line, col;
} Opener;

typedef struct {
    Token *v;
    size_t n, cap;
} TokVec;

typedef struct {
    char *v;
    size_t n, cap;
} Buf;

typedef struct {
    AstArena *a;
    const char *path, *src;
    size_t len, pos, line_start;
    uint32_t line;
    char *err;
    int depth;
    size_t col_pos;     /* col_at's cursor, so columns cost O(1) per token */
    uint32_t col;
    Buf early, warn;    /* warnings: those Elixir prints at once, then the located ones */
} Lexer;

/* ------------------------------------------------------------- utilities */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80; }
static int is_ident(int c) { return is_lower(c) || is_upper(c) || is_digit(c); }
static int is_hex(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int hex_val(int c)
{
    return is_digit(c) ? c - '0' : (c | 32) - 'a' + 10;
}

static int peek(Lexer *L, size_t k)
{
    return L->pos + k < L->len ? (unsigned char)L->src[L->pos + k] : -1;
}

static int starts(Lexer *L, const char *s)
{
    size_t n = strlen(s);
    return L->pos + n <= L->len && memcmp(L->src + L->pos, s, n) == 0;
}

/* Columns count code points, as Elixir's do. */
static uint32_t col_at(Lexer *L, size_t pos)
{
    if (L->col_pos < L->line_start || L->col_pos > pos) {
        L->col_pos = L->line_start;
        L->col = 1;
    }
    for (; L->col_pos < pos && L->col_pos < L->len; L->col_pos++)
        if (((unsigned char)L->src[L->col_pos] & 0xC0) != 0x80)
            L->col++;
    return L->col;
}

static void newline(Lexer *L)
{
    L->line++;
    L->line_start = L->pos;
}

static int buf_push(Buf *b, const char *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n)
            cap *= 2;
        char *v = realloc(b->v, cap);
        if (!v)
            return 0;
        b->v = v;
        b->cap = cap;
    }
    memcpy(b->v + b->n, s, n);
    b->n += n;
    return 1;
}

static int buf_utf8(Buf *b, uint32_t cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_push(b, s, n);
}

/* -------------------------------------------------------------- warnings */

static void warn_at(Lexer *L, uint32_t line, uint32_t col, const char *what, const char *name, size_t n,
                    const char *why)
{
    char head[64];
    snprintf(head, sizeof head, "warning: found quoted %s \"", what);
    buf_push(&L->warn, head, strlen(head));
    buf_push(&L->warn, name, n);
    static const char mid[] = "\" but the quotes are not required. ";
    buf_push(&L->warn, mid, sizeof mid - 1);
    buf_push(&L->warn, why, strlen(why));
    char at[600];
    snprintf(at, sizeof at, "\n  %s:%u:%u\n\n", L->path, line, col);
    buf_push(&L->warn, at, strlen(at));
}

/* Whether a quoted atom or keyword could be written without its quotes:
 * ASCII, a lowercase letter or _ first (keywords: anything but a digit),
 * letters, digits and _ after, one ? or ! at the end. */
static int needs_no_quotes(const char *s, size_t n, int keyword)
{
    if (!n || !(is_lower(s[0]) || (keyword && is_upper(s[0]))) || (unsigned char)s[0] >= 0x80)
        return 0;
    size_t end = (s[n - 1] == '?' || s[n - 1] == '!') ? n - 1 : n;
    for (size_t i = 1; i < end; i++)
        if (!is_ident(s[i]) || (unsigned char)s[i] >= 0x80)
            return 0;
    return end > 0;
}

/* ---------------------------------------------------------------- errors */

char *lex_format_error(ErrKind kind, const char *path, const char *src, size_t len,
                       uint32_t line, uint32_t col, int snippet, const char *msg)
{
    Buf b = {0};
    char head[256];
    const char *name = kind == ERR_SYNTAX ? "SyntaxError" : "TokenMissingError";
    if (col)
        snprintf(head, sizeof head, "(%s) %s:%u:%u: ", name, path, line, col);
    else
        snprintf(head, sizeof head, "(%s) %s:%u: ", name, path, line);
    buf_push(&b, head, strlen(head));
    buf_push(&b, msg, strlen(msg));
    size_t start = 0, i = 0;
    for (uint32_t l = 1; l < line && i < len; i++)
        if (src[i] == '\n') {
            l++;
            start = i + 1;
        }
    size_t end = start;
    while (end < len && src[end] != '\n')
        end++;
    size_t shown = end;
    if (shown > start && src[shown - 1] == '\r')
        shown--;
    int blank = 1;
    for (size_t k = start; k < shown; k++)
        if (src[k] != ' ' && src[k] != '\t')
            blank = 0;
    if (snippet && col && !blank && start <= len) {
        char gutter[32];
        snprintf(gutter, sizeof gutter, "\n    |\n%3u | ", line);
        buf_push(&b, gutter, strlen(gutter));
        buf_push(&b, src + start, shown - start);
        buf_push(&b, "\n    | ", 7);
        for (uint32_t k = 1; k < col; k++)
            buf_push(&b, " ", 1);
        buf_push(&b, "^", 1);
    }
    buf_push(&b, "", 1);
    return b.v;
}

static void *fail_at(Lexer *L, ErrKind kind, uint32_t line, uint32_t col, int snippet,
                     const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!L->err)
        L->err = lex_format_error(kind, L->path, L->src, L->len, line, col, snippet, msg);
    return NULL;
}

/* Source text that becomes an atom (:a, a:, aliases, identifiers) holds at
 * most 255 bytes, as Elixir's tokenizer checks. */
static int atom_fits(Lexer *L, uint32_t line, uint32_t col, const char *s, size_t n)
{
    if (n <= 255)
        return 1;
    return fail_at(L, ERR_SYNTAX, line, col, 1, "atom length must be less than system limit: %.*s",
                   (int)n, s) != NULL;
}

static void *fail_here(Lexer *L, size_t pos, const char *fmt, const char *arg)
{
    return fail_at(L, ERR_SYNTAX, L->line, col_at(L, pos), 1, fmt, arg);
}

static void *fail_eof(Lexer *L, const char *close, const char *what, uint32_t line)
{
    return fail_at(L, ERR_TOKEN_MISSING, L->line, col_at(L, L->len), 1,
                   "missing terminator: %s (for %s starting at line %u)", close, what, line);
}

/* -------------------------------------------------------- string bodies */

typedef struct {
    char term[4];       /* the closing delimiter */
    int heredoc;        /* term is """ or ''' on a line of its own */
    int indent;         /* heredoc: whitespace stripped from each line */
    int interp;         /* #{...} is code */
    int raw;            /* sigil: escapes stay, except an escaped terminator */
    uint32_t col;       /* heredoc: the opening's column, where Elixir's warning points */
    int warned;         /* heredoc: an outdented line was reported */
} BodyMode;

typedef struct {
    StrPart *v;
    size_t n, cap;
} PartVec;

static Token *lex_tokens(Lexer *L, int interp, size_t *ntoks);

static int flush_part(Lexer *L, PartVec *pv, Buf *b, int force)
{
    if (!b->n && !force)
        return 1;
    if (pv->n == pv->cap) {
        size_t cap = pv->cap ? pv->cap * 2 : 4;
        StrPart *v = ast_alloc(L->a, cap * sizeof(StrPart));
        if (!v)
            return 0;
        if (pv->n)
            memcpy(v, pv->v, pv->n * sizeof(StrPart));
        pv->v = v;
        pv->cap = cap;
    }
    StrPart *p = &pv->v[pv->n++];
    memset(p, 0, sizeof *p);
    p->str = ast_strdup(L->a, b->v ? b->v : "", b->n);
    p->len = b->n;
    b->n = 0;
    return p->str != NULL;
}

static int read_hex(Lexer *L, size_t min, size_t max, uint32_t *out)
{
    size_t n = 0;
    uint32_t v = 0;
    while (n < max && is_hex(peek(L, 0))) {
        v = v * 16 + (uint32_t)hex_val(peek(L, 0));
        L->pos++;
        n++;
    }
    *out = v;
    return n >= min;
}

static int bad_codepoint(uint32_t cp)
{
    return cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
}

/* Reads one escape after the backslash at L->pos - 1 into b. */
static int read_escape(Lexer *L, Buf *b, size_t bs)
{
    int c = peek(L, 0);
    uint32_t cp;
    const char *simple = "a\ab\bd\177e\033f\fn\nr\rs t\tv\v0";
    if (c < 0)
        return 1;
    const char *s = c ? strchr(simple, c) : NULL;
    if (s && ((s - simple) % 2) == 0) {
        L->pos++;
        char v = s[1] ? s[1] : 0;
        return buf_push(b, c == '0' ? "" : &v, 1);
    }
    if (c == 'x') {
        L->pos++;
        if (peek(L, 0) == '{') {
            static const char dep[] = "warning: \\x{H*} inside strings/sigils/chars is deprecated, please use "
                                      "\\xHH (byte) or \\uHHHH (code point) instead\n";
            buf_push(&L->early, dep, sizeof dep - 1);
            L->pos++;
            if (!read_hex(L, 1, 6, &cp) || peek(L, 0) != '}' || bad_codepoint(cp))
                return fail_here(L, bs, "invalid hex escape character, expected \\xHH where "
                                 "H is a hexadecimal digit. Syntax error after: \\x%s", ""),
                       0;
            L->pos++;
            return buf_utf8(b, cp);
        }
        if (!read_hex(L, 1, 2, &cp))
            return fail_here(L, bs, "invalid hex escape character, expected \\xHH where H is "
                             "a hexadecimal digit. Syntax error after: \\x%s", ""),
                   0;
        char byte = (char)cp;
        return buf_push(b, &byte, 1);
    }
    if (c == 'u') {
        L->pos++;
        int ok;
        if (peek(L, 0) == '{') {
            L->pos++;
            ok = read_hex(L, 1, 6, &cp) && peek(L, 0) == '}';
            if (ok)
                L->pos++;
        } else {
            ok = read_hex(L, 4, 4, &cp);
        }
        if (!ok)
            return fail_here(L, bs, "invalid Unicode escape character, expected \\uHHHH or "
                             "\\u{H*} where H is a hexadecimal digit. Syntax error after: \\u%s",
                             ""),
                   0;
        if (bad_codepoint(cp)) {
            char hex[16];
            snprintf(hex, sizeof hex, "%X", cp);
            return fail_here(L, bs, "invalid or reserved Unicode code point \\u{%s}. Syntax "
                             "error after: \\u", hex), 0;
        }
        return buf_utf8(b, cp);
    }
    if (c == '\n') {
        L->pos++;
        newline(L);
        return 1;
    }
    if (c == '\r' && peek(L, 1) == '\n') {
        L->pos += 2;
        newline(L);
        return 1;
    }
    /* any other escaped byte stands for itself */
    char ch = (char)c;
    L->pos++;
    return buf_push(b, &ch, 1);
}

static void skip_indent(Lexer *L, BodyMode *m)
{
    int k = 0;
    for (; k < m->indent && (peek(L, 0) == ' ' || peek(L, 0) == '\t'); k++)
        L->pos++;
    int c = peek(L, 0);
    if (k == m->indent || m->warned || c == '\n' || c == '\r' || c < 0)
        return;
    /* Elixir warns once per heredoc, at its first line indented too little */
    m->warned = 1;
    char msg[1024];
    snprintf(msg, sizeof msg,
             "warning: outdented heredoc line. The contents inside the heredoc should be indented at "
             "the same level as the closing %s. The following is forbidden:\n\n    def text do\n      \"\"\"\n"
             "    contents\n      \"\"\"\n    end\n\nInstead make sure the contents are indented as much as "
             "the heredoc closing:\n\n    def text do\n      \"\"\"\n      contents\n      \"\"\"\n    end\n\n"
             "The current heredoc line is indented too little\n  %s:%u:%u\n\n",
             m->term, L->path, L->line, m->col);
    buf_push(&L->warn, msg, strlen(msg));
}

static int at_heredoc_end(Lexer *L, const char *term)
{
    size_t p = L->pos;
    while (p < L->len && (L->src[p] == ' ' || L->src[p] == '\t'))
        p++;
    return p + 3 <= L->len && memcmp(L->src + p, term, 3) == 0;
}

static int read_interpolation(Lexer *L, PartVec *pv, Buf *b)
{
    uint32_t line = L->line, col = col_at(L, L->pos);
    if (!flush_part(L, pv, b, 0) || !flush_part(L, pv, b, 1))
        return 0;
    StrPart *p = &pv->v[pv->n - 1];
    L->pos += 2;
    size_t n;
    if (++L->depth > MAX_NESTING)
        return fail_here(L, L->pos, "too many nested interpolations%s", ""), 0;
    p->toks = lex_tokens(L, 1, &n);
    L->depth--;
    p->line = line;
    p->col = col;
    p->str = NULL;
    return p->toks != NULL;
}

/* Scans a string body up to its terminator into parts. L->pos is just after
 * the opening delimiter (for heredocs, at the first content line). Returns 0
 * on error, with what/line naming the literal for "missing terminator". */
static int read_body(Lexer *L, BodyMode *m, PartVec *pv, const char *what,
                     uint32_t line)
{
    Buf b = {0};
    size_t tlen = strlen(m->term);
    int ok = 1, bol = m->heredoc;
    for (;;) {
        if (bol) {
            bol = 0;
            if (at_heredoc_end(L, m->term)) {
                while (peek(L, 0) != m->term[0])
                    L->pos++;
                L->pos += tlen;
                break;
            }
            skip_indent(L, m);
        }
        if (L->pos >= L->len) {
            ok = 0;
            fail_eof(L, m->term, what, line);
            break;
        }
        if (!m->heredoc && starts(L, m->term)) {
            L->pos += tlen;
            break;
        }
        int c = peek(L, 0);
        if (c == '\\' && m->raw) {
            /* in a heredoc the escaped terminator is one quote */
            size_t elen = m->heredoc ? 1 : tlen;
            if (L->pos + 1 + elen <= L->len && memcmp(L->src + L->pos + 1, m->term, elen) == 0) {
                ok = buf_push(&b, m->term, elen);
                L->pos += 1 + elen;
            } else if (peek(L, 1) == '\\' || (peek(L, 1) == '#' && m->interp)) {
                /* kept for the sigil to unescape; `\#{` is no interpolation */
                ok = buf_push(&b, L->src + L->pos, 2);
                L->pos += 2;
            } else {
                ok = buf_push(&b, "\\", 1);
                L->pos++;
            }
        } else if (c == '\\') {
            size_t bs = L->pos++;
            ok = read_escape(L, &b, bs);
            bol = m->heredoc && L->pos == L->line_start;
        } else if (c == '#' && peek(L, 1) == '{' && m->interp) {
            ok = read_interpolation(L, pv, &b);
        } else {
            char ch = (char)c;
            ok = buf_push(&b, &ch, 1);
            L->pos++;
            if (c == '\n') {
                newline(L);
                bol = m->heredoc;
            }
        }
        if (!ok)
            break;
    }
    if (ok && (!pv->n || b.n))
        ok = flush_part(L, pv, &b, 1);
    free(b.v);
    return ok;
}

/* After an opening """: checks the rest of the line, finds the closing line
 * and its indentation, and leaves L->pos at the first content line. */
static int open_heredoc(Lexer *L, BodyMode *m, uint32_t line, uint32_t col)
{
    while (peek(L, 0) == ' ' || peek(L, 0) == '\t' || peek(L, 0) == '\r')
        L->pos++;
    if (peek(L, 0) != '\n')
        return fail_at(L, ERR_SYNTAX, line, col, 1,
                       "heredoc allows only zero or more whitespace characters followed by "
                       "a new line after %s", m->term) != NULL;
    L->pos++;
    newline(L);
    m->heredoc = 1;
    m->indent = 0;
    m->col = col;
    for (size_t p = L->pos; p < L->len;) {
        size_t q = p;
        while (q < L->len && (L->src[q] == ' ' || L->src[q] == '\t'))
            q++;
        if (q + 3 <= L->len && memcmp(L->src + q, m->term, 3) == 0) {
            m->indent = (int)(q - p);
            break;
        }
        while (q < L->len && L->src[q] != '\n')
            q++;
        p = q + 1;
    }
    return 1;
}

/* ------------------------------------------------------------- numbers */

/* Appends a decimal digit string times base plus digit (for big literals). */
static void big_muladd(unsigned char *dig, size_t *n, int base, int add)
{
    int carry = add;
    for (size_t i = 0; i < *n; i++) {
        int v = dig[i] * base + carry;
        dig[i] = (unsigned char)(v % 10);
        carry = v / 10;
    }
    while (carry) {
        dig[(*n)++] = (unsigned char)(carry % 10);
        carry /= 10;
    }
}

static int finish_int(Lexer *L, Token *t, const char *digits, size_t nd, int base)
{
    uint64_t v = 0;
    int big = 0;
    for (size_t i = 0; i < nd; i++) {
        int d = hex_val(digits[i]);
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base || v * base + d > INT64_MAX) {
            big = 1;
            break;
        }
        v = v * base + d;
    }
    if (!big) {
        t->kind = TK_INT;
        t->i = (int64_t)v;
        return 1;
    }
    unsigned char *dec = malloc(nd * 2 + 8);
    if (!dec)
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < nd; i++)
        big_muladd(dec, &n, base, hex_val(digits[i]));
    char *s = ast_alloc(L->a, n + 1);
    if (!s) {
        free(dec);
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        s[i] = (char)('0' + dec[n - 1 - i]);
    free(dec);
    t->kind = TK_BIGINT;
    t->str = s;
    t->len = n;
    return 1;
}

/* Digits of the given base with single underscores between them. */
static size_t read_digits(Lexer *L, int base, Buf *b)
{
    size_t n = 0;
    for (;;) {
        int c = peek(L, 0);
        int ok = base == 16 ? is_hex(c) : (is_digit(c) && c - '0' < base);
        if (ok) {
            char ch = (char)c;
            buf_push(b, &ch, 1);
            L->pos++;
            n++;
        } else if (c == '_' && n && (base == 16 ? is_hex(peek(L, 1))
                                                : (is_digit(peek(L, 1)) &&
                                                   peek(L, 1) - '0' < base))) {
            L->pos++;
        } else {
            return n;
        }
    }
}

static int lex_number(Lexer *L, Token *t)
{
    size_t start = L->pos;
    Buf b = {0};
    int ok = 1;
    int c1 = peek(L, 1);
    int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : c1 == 'b' ? 2 : 10;
    int d2 = peek(L, 2);
    if (peek(L, 0) == '0' && base != 10 &&
        (base == 16 ? is_hex(d2) : (is_digit(d2) && d2 - '0' < base))) {
        L->pos += 2;
        read_digits(L, base, &b);
        ok = finish_int(L, t, b.v, b.n, base);
        free(b.v);
        return ok;
    } else {
        read_digits(L, 10, &b);
        int is_float = 0;
        if (peek(L, 0) == '.' && is_digit(peek(L, 1))) {
            is_float = 1;
            buf_push(&b, ".", 1);
            L->pos++;
            read_digits(L, 10, &b);
            int e = peek(L, 0);
            if ((e == 'e' || e == 'E') &&
                (is_digit(peek(L, 1)) ||
                 ((peek(L, 1) == '+' || peek(L, 1) == '-') && is_digit(peek(L, 2))))) {
                buf_push(&b, "e", 1);
                L->pos++;
                if (peek(L, 0) == '+' || peek(L, 0) == '-') {
                    char sign = (char)peek(L, 0);
                    buf_push(&b, &sign, 1);
                    L->pos++;
                }
                read_digits(L, 10, &b);
            }
        }
        buf_push(&b, "", 1);
        if (is_float) {
            t->kind = TK_FLOAT;
            errno = 0;
            t->f = strtod(b.v, NULL);
            if (isinf(t->f)) {
                char *text = strndup(L->src + start, L->pos - start);
                fail_at(L, ERR_SYNTAX, L->line, col_at(L, start), 1, "invalid float number %s",
                        text ? text : "");
                free(text);
                ok = 0;
            }
        } else {
            ok = finish_int(L, t, b.v, b.n - 1, 10);
        }
    }
    free(b.v);
    if (ok && (is_ident(peek(L, 0)) && peek(L, 0) < 0x80)) {
        char s[2] = {(char)peek(L, 0), 0};
        char *num = strndup(L->src + start, L->pos - start);
        fail_at(L, ERR_SYNTAX, L->line, col_at(L, start), 1,
                "invalid character \"%s\" after number %s. If you intended to write a number, "
                "make sure to separate the number from the character (using comma, space, etc). "
                "If you meant to write a function name or a variable, note that identifiers in "
                "Elixir cannot start with numbers. Unexpected token: %s",
                s, num ? num : "", s);
        free(num);
        return 0;
    }
    return ok;
}

/* ----------------------------------------------------------- the lexer */

typedef struct {
    TokVec tv;
    Opener *stack;      /* the open brackets, innermost last */
    int sp, cap;
    int interp;
} State;

static Token *push_tok(Lexer *L, State *S, int kind, size_t start, int space)
{
    TokVec *tv = &S->tv;
    if (tv->n == tv->cap) {
        size_t cap = tv->cap ? tv->cap * 2 : 64;
        Token *v = realloc(tv->v, cap * sizeof(Token));
        if (!v)
            return NULL;
        tv->v = v;
        tv->cap = cap;
    }
    Token *t = &tv->v[tv->n++];
    memset(t, 0, sizeof *t);
    t->kind = (uint8_t)kind;
    t->space = (uint8_t)space;
    t->line = L->line;
    t->col = col_at(L, start);
    t->pos = (uint32_t)start;
    t->end = (uint32_t)L->pos;
    return t;
}

static int op_index(const char *s, size_t n)
{
    for (int i = 0; lex_ops[i].text; i++)
        if (strlen(lex_ops[i].text) == n && memcmp(lex_ops[i].text, s, n) == 0)
            return i;
    return -1;
}

/* Symbolic operators by longest match; NULL if none starts here. */
static const char *match_op(Lexer *L)
{
    static const char *const ops[] = {
        "!==", "===", "<<<", ">>>", "<<~", "~>>", "<~>", "<|>", "^^^", "~~~", "+++", "---",
        "|||", "&&&", "\\\\", "->", "<-", "::", "=>", "||", "&&", "==", "!=", "=~", "<=",
        ">=", "|>", "<~", "~>", "//", "++", "--", "<>", "..", "**", "|", "&", "=", "<",
        ">", "+", "-", "*", "/", "!", "^", "@", ".", NULL,
    };
    int c = peek(L, 0);
    for (int i = 0; ops[i]; i++)
        if (ops[i][0] == c && starts(L, ops[i]))
            return ops[i];
    return NULL;
}

/* Binary operators continue an expression across a preceding newline. */
static int continues_line(const char *op)
{
    int i = op_index(op, strlen(op));
    if (i < 0)
        return 0;
    if (strcmp(op, "+") == 0 || strcmp(op, "-") == 0)
        return 0;
    return lex_ops[i].prec > 0 || strcmp(op, ".") == 0;
}

static void drop_eol(State *S)
{
    if (S->tv.n && S->tv.v[S->tv.n - 1].kind == TK_EOL)
        S->tv.n--;
}

static int last_kind(State *S)
{
    return S->tv.n ? S->tv.v[S->tv.n - 1].kind : -1;
}

static int push_op(Lexer *L, State *S, const char *text, size_t start, int space)
{
    if (continues_line(text))
        drop_eol(S);
    Token *t = push_tok(L, S, TK_OP, start, space);
    if (!t)
        return 0;
    t->op = (uint8_t)op_index(text, strlen(text));
    t->str = lex_ops[t->op].text;
    t->len = strlen(t->str);
    return 1;
}

static int open_term(Lexer *L, State *S, const char *open, const char *close, size_t start)
{
    if (S->sp == S->cap) {
        /* the parser could not nest deeper anyway */
        if (S->cap >= PARSE_MAX_DEPTH)
            return fail_here(L, start, "too many nested terminators%s", "") != NULL;
        int cap = S->cap ? 2 * S->cap : 16;
        Opener *v = realloc(S->stack, (size_t)cap * sizeof *v);
        if (!v)
            return 0;
        S->stack = v;
        S->cap = cap;
    }
    Opener *o = &S->stack[S->sp++];
    snprintf(o->open, sizeof o->open, "%s", open);
    snprintf(o->close, sizeof o->close, "%s", close);
    o->line = L->line;
    o->col = col_at(L, start);
    return 1;
}

/* Checks a closer against the innermost opener. */
static int close_term(Lexer *L, State *S, const char *close, size_t start)
{
    if (S->sp == 0) {
        if (strcmp(close, "end") == 0)
            return 1;
        return fail_here(L, start, "unexpected token: %s", close) != NULL;
    }
    Opener *o = &S->stack[S->sp - 1];
    if (strcmp(o->close, close) != 0) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "unexpected %s: %s. The \"%s\" at line %u is missing terminator \"%s\"",
                 strcmp(close, "end") == 0 ? "reserved word" : "token", close, o->open, o->line,
                 o->close);
        return fail_at(L, ERR_SYNTAX, L->line, col_at(L, start), 0, "%s", msg) != NULL;
    }
    S->sp--;
    return 1;
}

static int lex_string_tok(Lexer *L, State *S, int quote, size_t start, int space)
{
    uint32_t line = L->line, col = col_at(L, start);
    BodyMode m = {{(char)quote, 0}, 0, 0, 1, 0, 0, 0};
    PartVec pv = {0};
    int heredoc = peek(L, 1) == quote && peek(L, 2) == quote;
    if (heredoc) {
        m.term[1] = m.term[2] = (char)quote;
        L->pos += 3;
        if (!open_heredoc(L, &m, line, col))
            return 0;
    } else {
        L->pos++;
    }
    if (!read_body(L, &m, &pv, heredoc ? "heredoc" : "string", line))
        return 0;
    int kw = !heredoc && peek(L, 0) == ':' && peek(L, 1) != ':' && pv.n == 1 && !pv.v[0].toks;
    Token *t = push_tok(L, S, kw ? TK_KW : quote == '"' ? TK_STRING : TK_CHARLIST, start, space);
    if (!t)
        return 0;
    t->line = line;
    t->col = col;
    t->parts = pv.v;
    t->nparts = pv.n;
    t->delim = heredoc ? (char)quote : 0;
    if (kw) {
        t->str = pv.v[0].str;
        t->len = pv.v[0].len;
        if (!atom_fits(L, line, col, t->str, t->len))
            return 0;
        if (needs_no_quotes(t->str, t->len, 1))
            warn_at(L, line, col + 1, "keyword", t->str, t->len,
                    "Note that keywords are always atoms, even when quoted. Similar to atoms, keywords "
                    "made exclusively of ASCII letters, numbers, and underscores and not beginning with "
                    "a number do not require quotes");
        L->pos++;
        t->end = (uint32_t)L->pos;
    }
    return 1;
}

static int lex_sigil(Lexer *L, State *S, size_t start, int space)
{
    uint32_t line = L->line, col = col_at(L, start);
    static const char opens[] = "([{<\"'|/", closes[] = ")]}>\"'|/";
    char name = (char)peek(L, 1);
    int d = peek(L, 2);
    const char *o = d > 0 ? strchr(opens, d) : NULL;
    if (!o) {
        char s[2] = {(char)(d > 0 ? d : ' '), 0};
        return fail_here(L, start, "invalid sigil delimiter: \"%s\"", s) != NULL;
    }
    BodyMode m = {{closes[o - opens], 0}, 0, 0, is_lower(name), 1, 0, 0};
    PartVec pv = {0};
    char what[32];
    snprintf(what, sizeof what, "sigil ~%c%c", name, (char)d);
    L->pos += 2;
    if ((d == '"' || d == '\'') && peek(L, 1) == d && peek(L, 2) == d) {
        m.term[1] = m.term[2] = (char)d;
        L->pos += 3;
        if (!open_heredoc(L, &m, line, col_at(L, start)))
            return 0;
    } else {
        L->pos++;
    }
    if (!read_body(L, &m, &pv, what, line))
        return 0;
    size_t mstart = L->pos;
    while (is_ident(peek(L, 0)) && peek(L, 0) < 0x80 && peek(L, 0) != '_')
        L->pos++;
    Token *t = push_tok(L, S, TK_SIGIL, start, space);
    if (!t)
        return 0;
    t->line = line;
    t->col = col;
    t->str = ast_strdup(L->a, &name, 1);
    t->len = 1;
    t->delim = (char)d;
    t->parts = pv.v;
    t->nparts = pv.n;
    t->mods = ast_strdup(L->a, L->src + mstart, L->pos - mstart);
    t->nmods = L->pos - mstart;
    return t->str && t->mods;
}

/* Atom names that may follow ':' without quotes, besides identifiers. */
static const char *match_atom_op(Lexer *L)
{
    static const char *const special[] = {"..//", "...", "<<>>", "%{}", "{}", "%", NULL};
    for (int i = 0; special[i]; i++)
        if (starts(L, special[i]))
            return special[i];
    return match_op(L);
}

static int lex_atom(Lexer *L, State *S, size_t start, int space)
{
    uint32_t line = L->line, col = col_at(L, start);
    int c = peek(L, 1);
    if (c == '"' || c == '\'') {
        BodyMode m = {{(char)c, 0}, 0, 0, 1, 0, 0, 0};
        PartVec pv = {0};
        L->pos += 2;
        if (!read_body(L, &m, &pv, "atom", line))
            return 0;
        int plain = pv.n == 1 && !pv.v[0].toks;
        Token *t = push_tok(L, S, plain ? TK_ATOM : TK_QATOM, start, space);
        if (!t)
            return 0;
        t->line = line;
        t->col = col;
        t->parts = pv.v;
        t->nparts = pv.n;
        if (plain) {
            t->str = pv.v[0].str;
            t->len = pv.v[0].len;
            if (!atom_fits(L, line, col, t->str, t->len))
                return 0;
            if (needs_no_quotes(t->str, t->len, 0))
                warn_at(L, line, col, "atom", t->str, t->len,
                        "Atoms made exclusively of ASCII letters, numbers, underscores, beginning with "
                        "a letter or underscore, and optionally ending with ! or ? do not require quotes");
        }
        return 1;
    }
    L->pos++;
    size_t nstart = L->pos;
    if (c > 0 && (is_lower(c) || is_upper(c))) {
        while (is_ident(peek(L, 0)) || peek(L, 0) == '@')
            L->pos++;
        if (peek(L, 0) == '?' || peek(L, 0) == '!')
            L->pos++;
    } else {
        const char *op = match_atom_op(L);
        if (!op) {
            L->pos = start;
            return fail_at(L, ERR_SYNTAX, L->line, col_at(L, start), 1,
                           "unexpected token: \":\" (column %u, code point U+003A)",
                           col_at(L, start)) != NULL;
        }
        L->pos += strlen(op);
    }
    if (!atom_fits(L, L->line, col_at(L, start), L->src + nstart, L->pos - nstart))
        return 0;
    Token *t = push_tok(L, S, TK_ATOM, start, space);
    if (!t)
        return 0;
    t->str = ast_strdup(L->a, L->src + nstart, L->pos - nstart);
    t->len = L->pos - nstart;
    return t->str != NULL;
}

static int lex_char(Lexer *L, State *S, size_t start, int space)
{
    L->pos++;
    Buf b = {0};
    int c = peek(L, 0);
    int64_t v;
    if (c < 0)
        return fail_here(L, start, "unexpected token: \"?\"%s", "") != NULL;
    if (c == '\\') {
        size_t bs = L->pos++;
        if (!read_escape(L, &b, bs)) {
            free(b.v);
            return 0;
        }
        v = b.n ? (unsigned char)b.v[0] : 0;
        if (b.n > 1) {
            /* a \u escape: decode the UTF-8 we wrote back to a code point */
            unsigned char *u = (unsigned char *)b.v;
            v = b.n == 2 ? ((u[0] & 0x1F) << 6) | (u[1] & 0x3F)
              : b.n == 3 ? ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F)
                         : ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) |
                               ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
        }
    } else if (c < 0x80) {
        v = c;
        L->pos++;
    } else {
        int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        v = c & (0x3F >> n);
        L->pos++;
        for (int k = 0; k < n && (peek(L, 0) & 0xC0) == 0x80; k++) {
            v = (v << 6) | (peek(L, 0) & 0x3F);
            L->pos++;
        }
    }
    free(b.v);
    Token *t = push_tok(L, S, TK_CHAR, start, space);
    if (!t)
        return 0;
    t->i = v;
    return 1;
}

static int word_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && memcmp(s, w, n) == 0;
}

static int lex_word(Lexer *L, State *S, size_t start, int space)
{
    int alias = is_upper(peek(L, 0));
    while (is_ident(peek(L, 0)))
        L->pos++;
    if (!alias && (peek(L, 0) == '?' || peek(L, 0) == '!') && peek(L, 1) != '=')
        L->pos++;
    const char *s = L->src + start;
    size_t n = L->pos - start;
    if (!atom_fits(L, L->line, col_at(L, start), s, n))
        return 0;
    if (peek(L, 0) == ':' && peek(L, 1) != ':') {
        Token *t = push_tok(L, S, TK_KW, start, space);
        if (!t)
            return 0;
        L->pos++;
        t->str = ast_strdup(L->a, s, n);
        t->len = n;
        return t->str != NULL;
    }
    int after_dot = S->tv.n && last_kind(S) == TK_OP &&
                    strcmp(S->tv.v[S->tv.n - 1].str, ".") == 0;
    if (!alias && !after_dot) {
        if (word_is(s, n, "when") || word_is(s, n, "and") || word_is(s, n, "or") ||
            word_is(s, n, "in"))
        {
            char w[8];
            memcpy(w, s, n);
            w[n] = 0;
            return push_op(L, S, w, start, space);
        }
        if (word_is(s, n, "not")) {
            size_t p = L->pos;
            while (p < L->len && (L->src[p] == ' ' || L->src[p] == '\t'))
                p++;
            if (p > L->pos && p + 2 <= L->len && memcmp(L->src + p, "in", 2) == 0 &&
                (p + 2 == L->len || !is_ident((unsigned char)L->src[p + 2]))) {
                L->pos = p + 2;
                return push_op(L, S, "not in", start, space);
            }
            return push_op(L, S, "not", start, space);
        }
        int kind = word_is(s, n, "do") ? TK_DO : word_is(s, n, "end") ? TK_END
                 : word_is(s, n, "fn") ? TK_FN : -1;
        if (word_is(s, n, "else") || word_is(s, n, "after") || word_is(s, n, "rescue") ||
            word_is(s, n, "catch"))
            kind = TK_BLOCK;
        if (word_is(s, n, "true") || word_is(s, n, "false") || word_is(s, n, "nil"))
            kind = TK_ATOM;
        if (kind == TK_DO && !open_term(L, S, "do", "end", start))
            return 0;
        if (kind == TK_FN && !open_term(L, S, "fn", "end", start))
            return 0;
        if (kind == TK_END && !close_term(L, S, "end", start))
            return 0;
        if (kind == TK_BLOCK || kind == TK_END)
            drop_eol(S);
        if (kind >= 0) {
            Token *t = push_tok(L, S, kind, start, space);
            if (!t)
                return 0;
            t->str = ast_strdup(L->a, s, n);
            t->len = n;
            return t->str != NULL;
        }
    }
    Token *t = push_tok(L, S, alias ? TK_ALIAS : TK_IDENT, start, space);
    if (!t)
        return 0;
    t->str = ast_strdup(L->a, s, n);
    t->len = n;
    return t->str != NULL;
}

/* Tokens after which a newline does not end the expression. */
static int swallows_eol(State *S)
{
    if (!S->tv.n)
        return 1;
    const Token *t = &S->tv.v[S->tv.n - 1];
    switch (t->kind) {
    case TK_EOL: case TK_LPAREN: case TK_LBRACKET: case TK_LBRACE: case TK_LBIN:
    case TK_COMMA: case TK_KW: case TK_DO: case TK_FN: case TK_BLOCK: case TK_PERCENT:
        return 1;
    case TK_OP:
        return 1;
    default:
        return 0;
    }
}

static int lex_punct(Lexer *L, State *S, size_t start, int space)
{
    static const char *const opens[] = {"(", "[", "{", "<<"};
    static const char *const closes[] = {")", "]", "}", ">>"};
    static const int open_kinds[] = {TK_LPAREN, TK_LBRACKET, TK_LBRACE, TK_LBIN};
    static const int close_kinds[] = {TK_RPAREN, TK_RBRACKET, TK_RBRACE, TK_RBIN};
    for (int i = 0; i < 4; i++) {
        if (starts(L, opens[i]) && !(i == 3 && (starts(L, "<<<") || starts(L, "<<~")))) {
            if (!open_term(L, S, i == 3 ? "<<" : opens[i], closes[i], start))
                return 0;
            L->pos += strlen(opens[i]);
            return push_tok(L, S, open_kinds[i], start, space) != NULL;
        }
        if (starts(L, closes[i]) && !(i == 3 && starts(L, ">>>"))) {
            if (!close_term(L, S, closes[i], start))
                return 0;
            drop_eol(S);
            L->pos += strlen(closes[i]);
            return push_tok(L, S, close_kinds[i], start, space) != NULL;
        }
    }
    return -1;
}

static int lex_one(Lexer *L, State *S, size_t start, int space)
{
    int c = peek(L, 0);
    if (is_digit(c))
    {
        Token *t = push_tok(L, S, TK_INT, start, space);
        if (!t || !lex_number(L, t))
            return 0;
        t->end = (uint32_t)L->pos;
        return 1;
    }
    if (is_lower(c) || is_upper(c))
        return lex_word(L, S, start, space);
    if (c == '"' || c == '\'')
        return lex_string_tok(L, S, c, start, space);
    if (c == ':' && peek(L, 1) != ':')
        return lex_atom(L, S, start, space);
    if (c == '?')
        return lex_char(L, S, start, space);
    if (c == '~' && peek(L, 1) > 0 && (is_lower(peek(L, 1)) || is_upper(peek(L, 1))) &&
        peek(L, 1) < 0x80 && peek(L, 1) != '_')
        return lex_sigil(L, S, start, space);
    if (c == ',') {
        drop_eol(S);
        L->pos++;
        return push_tok(L, S, TK_COMMA, start, space) != NULL;
    }
    if (c == '%') {
        L->pos++;
        return push_tok(L, S, TK_PERCENT, start, space) != NULL;
    }
    if (starts(L, "...")) {
        L->pos += 3;
        Token *t = push_tok(L, S, TK_IDENT, start, space);
        if (t) {
            t->str = "...";
            t->len = 3;
        }
        return t != NULL;
    }
    int r = lex_punct(L, S, start, space);
    if (r >= 0)
        return r;
    const char *op = match_op(L);
    if (op) {
        size_t n = strlen(op);
        /* an operator as a keyword key ([++: 1]), as Elixir's tokenizer
         * takes it: followed by a colon and blank */
        int after = peek(L, n + 1);
        if (peek(L, n) == ':' && (after == ' ' || after == '\t' || after == '\n' || after == '\r') &&
            strcmp(op, "//") != 0 && strcmp(op, "=>") != 0 && strcmp(op, "::") != 0 && strcmp(op, "\\\\") != 0) {
            Token *t = push_tok(L, S, TK_KW, start, space);
            if (!t)
                return 0;
            L->pos += n + 1;
            t->str = op;
            t->len = n;
            return 1;
        }
        L->pos += n;
        return push_op(L, S, op, start, space);
    }
    char cp[8];
    snprintf(cp, sizeof cp, "%04X", (unsigned)c);
    char s[8] = {0};
    size_t adv = 1;
    if (c >= 0x80)
        while (adv < 4 && L->pos + adv < L->len &&
               ((unsigned char)L->src[L->pos + adv] & 0xC0) == 0x80)
            adv++;
    memcpy(s, L->src + L->pos, adv);
    return fail_at(L, ERR_SYNTAX, L->line, col_at(L, start), 1,
                   "unexpected token: \"%s\" (column %u, code point U+%s)", s,
                   col_at(L, start), cp) != NULL;
}

/* Tokenizes until the end of input, or in an interpolation until the '}'
 * that closes it. The array ends with TK_EOF. */
static Token *lex_tokens(Lexer *L, int interp, size_t *ntoks)
{
    State *S = calloc(1, sizeof(State));
    if (!S)
        return NULL;
    S->interp = interp;
    int space = 0, ok = 1;
    uint32_t open_line = L->line;
    for (;;) {
        int c = peek(L, 0);
        size_t start = L->pos;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
            L->pos++;
            space = 1;
            continue;
        }
        if (c == '\\' && (peek(L, 1) == '\n' || (peek(L, 1) == '\r' && peek(L, 2) == '\n'))) {
            L->pos += peek(L, 1) == '\n' ? 2 : 3;
            newline(L);
            space = 1;
            continue;
        }
        if (c == '#') {
            while (L->pos < L->len && L->src[L->pos] != '\n')
                L->pos++;
            continue;
        }
        if (c == '\n' || c == ';') {
            if (!swallows_eol(S) || c == ';') {
                if (!(c == '\n' && last_kind(S) == TK_EOL)) {
                    L->pos++;
                    ok = push_tok(L, S, TK_EOL, start, space) != NULL;
                    L->pos--;
                }
            }
            L->pos++;
            if (c == '\n')
                newline(L);
            space = 1;
            if (!ok)
                break;
            continue;
        }
        if (c < 0) {
            if (interp) {
                ok = fail_eof(L, "}", "\"#{\"", open_line) != NULL;
                break;
            }
            if (S->sp) {
                Opener *o = &S->stack[S->sp - 1];
                char what[16];
                snprintf(what, sizeof what, "\"%s\"", o->open);
                ok = fail_eof(L, o->close, what, o->line) != NULL;
                break;
            }
            break;
        }
        if (c == '}' && interp && S->sp == 0) {
            L->pos++;
            break;
        }
        ok = lex_one(L, S, start, space);
        space = 0;
        if (!ok)
            break;
    }
    Token *out = NULL;
    if (ok && !L->err) {
        drop_eol(S);
        Token *t = push_tok(L, S, TK_EOF, L->pos, space);
        out = t ? ast_alloc(L->a, S->tv.n * sizeof(Token)) : NULL;
        if (out) {
            memcpy(out, S->tv.v, S->tv.n * sizeof(Token));
            *ntoks = S->tv.n;
        }
    }
    free(S->tv.v);
    free(S->stack);
    free(S);
    return out;
}

const char *lex_unescape(AstArena *a, const char *s, size_t len, size_t *outlen)
{
    Lexer L = {a, "", s, len, 0, 0, 1, NULL, 0, 0, 1, {0}, {0}};
    Buf b = {0};
    int ok = 1;
    while (ok && L.pos < len) {
        if (s[L.pos] == '\\') {
            size_t bs = L.pos++;
            ok = read_escape(&L, &b, bs);
        } else {
            ok = buf_push(&b, s + L.pos++, 1);
        }
    }
    const char *r = ok ? ast_strdup(a, b.v ? b.v : "", b.n) : NULL;
    *outlen = b.n;
    free(b.v);
    free(L.err);
    free(L.early.v);
    free(L.warn.v);
    return r;
}

Token *lex_file(AstArena *a, const char *path, const char *src, size_t len, char **err, char **warnings)
{
    Lexer L = {a, path, src, len, 0, 0, 1, NULL, 0, 0, 1, {0}, {0}};
    size_t n;
    Token *t = lex_tokens(&L, 0, &n);
    if (!t) {
        *err = L.err ? L.err : strdup("(SyntaxError) out of memory");
        free(L.early.v);
        free(L.warn.v);
        return NULL;
    }
    *warnings = NULL;
    if (L.early.n || L.warn.n) {
        buf_push(&L.early, L.warn.v ? L.warn.v : "", L.warn.n);
        buf_push(&L.early, "", 1);
        *warnings = L.early.v;
    } else {
        free(L.early.v);
    }
    free(L.warn.v);
    return t;
}
