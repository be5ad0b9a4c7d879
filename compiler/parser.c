/* parser.c — tokens to the quoted-form AST, following elixir_parser.yrl.
 * Precedence climbing over Elixir's operator table; no-parentheses calls,
 * do-blocks and stab clauses follow the yacc grammar's ambiguity rules.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

/* How a no-parentheses call met at this position may take arguments:
 * several (f a, b), or one, a comma after it being an ambiguity error. */
enum { NP_MANY, NP_ONE_NESTED, NP_ONE_CONTAINER };

typedef struct {
    uint8_t no_do;  /* inside a no-parens call's arguments: `do` is the outer call's */
    uint8_t np;
} Ctx;

typedef struct {
    AstArena *a;
    const char *path, *src;
    size_t len;
    Token *t;
    size_t i;
    char *err;
    int depth;
    Node *paren;    /* the last expression that was written in parentheses */
} Parser;

typedef struct {
    Node **v;
    size_t n, cap;
} Vec;

static const Ctx TOP = {0, NP_MANY};

static const char NESTED_MSG[] =
    "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\n"
    "This error happens when you have nested function calls without parentheses. "
    "For example:\n\n    one a, two b, c, d\n\nIn the example above, we don't know if the "
    "parameters \"c\" and \"d\" apply to the function \"one\" or \"two\". You can solve this "
    "by explicitly adding parentheses:\n\n    one a, two(b, c, d)\n\nOr by adding commas (in "
    "case a nested call is not intended):\n\n    one, a, two, b, c, d\n\nElixir cannot compile "
    "otherwise. Syntax error before: ','";
static const char CONTAINER_MSG[] =
    "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\n"
    "This error may happen when you forget a comma in a list or other container:\n\n"
    "    [a, b c, d]\n\nOr when you have ambiguous calls:\n\n    [one, two three, four, five]"
    "\n\nIn the example above, we don't know if the parameters \"four\" and \"five\" belongs "
    "to the list or the function \"two\". You can solve this by explicitly adding "
    "parentheses:\n\n    [one, two(three, four), five]\n\nElixir cannot compile otherwise. "
    "Syntax error before: ','";
static const char KW_CALL_MSG[] =
    "unexpected expression after keyword list. Keyword lists must always come as the last "
    "argument. Therefore, this is not allowed:\n\n    function_call(1, some: :option, 2)\n\n"
    "Instead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)\n\n"
    "Syntax error after: ','";
static const char KW_LIST_MSG[] =
    "unexpected expression after keyword list. Keyword lists must always come last in lists "
    "and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n"
    "    %{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n"
    "    [:another, some: :value]\n    %{another => value, some: :value}\n\n"
    "Syntax error after: ','";

static Node *parse_expr(Parser *P, Ctx c, int minprec);
static Node *parse_section(Parser *P, int fn, Node **clauses_out);
static Node *parse_literal(Parser *P, Token *t);
static Node *parse_unary_op(Parser *P, Ctx c);

/* --------------------------------------------------------------- helpers */

static Token *cur(Parser *P) { return &P->t[P->i]; }

static Token *ahead(Parser *P, size_t k)
{
    for (size_t j = 0; j <= k; j++)
        if (P->t[P->i + j].kind == TK_EOF)
            return &P->t[P->i + j];
    return &P->t[P->i + k];
}

static void advance(Parser *P)
{
    if (P->t[P->i].kind != TK_EOF)
        P->i++;
}

static int is_op(const Token *t, const char *text)
{
    return t->kind == TK_OP && strcmp(lex_ops[t->op].text, text) == 0;
}

static void *fail(Parser *P, ErrKind kind, uint32_t line, uint32_t col, int snippet,
                  const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!P->err)
        P->err = lex_format_error(kind, P->path, P->src, P->len, line, col, snippet, msg);
    return NULL;
}

static int erlang_bare_atom(const char *s, size_t n)
{
    static const char *const reserved[] = {
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor",
        "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
        "orelse", "receive", "rem", "try", "when", "xor", "maybe", NULL,
    };
    if (!n || !(s[0] >= 'a' && s[0] <= 'z'))
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_' || ch == '@'))
            return 0;
    }
    for (int i = 0; reserved[i]; i++)
        if (strlen(reserved[i]) == n && memcmp(reserved[i], s, n) == 0)
            return 0;
    return 1;
}

/* The token as Elixir's parser error names it (an Erlang term). */
static void token_text(Parser *P, const Token *t, char *out, size_t size)
{
    const char *src = P->src + t->pos;
    int n = (int)(t->end - t->pos);
    switch (t->kind) {
    case TK_INT: case TK_BIGINT: case TK_FLOAT: case TK_CHAR:
        snprintf(out, size, "\"%.*s\"", n, src);
        break;
    case TK_STRING:
        snprintf(out, size, "%.*s", n, src);
        break;
    case TK_ATOM:
    case TK_IDENT: case TK_KW: case TK_DO: case TK_FN: case TK_BLOCK:
        if (erlang_bare_atom(t->str, t->len))
            snprintf(out, size, "%.*s", (int)t->len, t->str);
        else
            snprintf(out, size, "'%.*s'", (int)t->len, t->str);
        break;
    case TK_OP: {
        size_t k = 0;
        out[k++] = '\'';
        for (const char *s = t->str; *s && k + 3 < size; s++) {
            if (*s == '\\')
                out[k++] = '\\';
            out[k++] = *s;
        }
        out[k++] = '\'';
        out[k] = 0;
        break;
    }
    case TK_EOL:
        snprintf(out, size, "';'");
        break;
    default:
        snprintf(out, size, "'%.*s'", n, src);
        break;
    }
}

static void *fail_before(Parser *P, const Token *t)
{
    char text[256];
    if (t->kind == TK_EOF) {
        /* Elixir points past the last token when a newline or a comment
         * follows it, at the last token when the file just ends */
        const Token *prev = P->i > 0 ? &P->t[P->i - 1] : t;
        uint32_t col = prev->col;
        size_t p = prev->end;
        while (p < P->len && (P->src[p] == ' ' || P->src[p] == '\t'))
            p++;
        if (p < P->len && p >= prev->pos && (P->src[p] == '\n' || P->src[p] == '\r' || P->src[p] == '#'))
            for (size_t k = prev->pos; k < p; k++)
                col += ((unsigned char)P->src[k] & 0xC0) != 0x80;
        return fail(P, ERR_TOKEN_MISSING, prev->line, col, 1, "syntax error: expression is incomplete");
    }
    /* an end that closes an open do or fn is in the wrong place, others are stray */
    int open = 0;
    for (const Token *k = P->t; t->kind == TK_END && k < t; k++)
        open += (k->kind == TK_DO || k->kind == TK_FN) - (k->kind == TK_END);
    if (t->kind == TK_END && open <= 0)
        return fail(P, ERR_SYNTAX, t->line, t->col, 0, "unexpected reserved word: end");
    if (t->kind == TK_BLOCK || t->kind == TK_END) {
        const char *word = t->kind == TK_END ? "end" : t->str;
        return fail(P, ERR_SYNTAX, t->line, t->col, 0,
                    "syntax error before: %s. \"%s\" is a reserved word in Elixir and therefore "
                    "its usage is limited. For instance, it can't be used as a variable or be "
                    "defined nor invoked as a regular function", word, word);
    }
    token_text(P, t, text, sizeof text);
    return fail(P, ERR_SYNTAX, t->line, t->col, t->kind != TK_STRING, "syntax error before: %s",
                text);
}

static int expect(Parser *P, int kind)
{
    if (cur(P)->kind != kind)
        return fail_before(P, cur(P)) != NULL;
    advance(P);
    return 1;
}

static int push(Parser *P, Vec *v, Node *n)
{
    if (!n)
        return 0;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        Node **nv = ast_alloc(P->a, cap * sizeof(Node *));
        if (!nv)
            return 0;
        if (v->n)
            memcpy(nv, v->v, v->n * sizeof(Node *));
        v->v = nv;
        v->cap = cap;
    }
    v->v[v->n++] = n;
    return 1;
}

/* ---------------------------------------------------------- constructors */

static Node *mk(Parser *P, AstKind kind, const Token *t)
{
    return ast_new(P->a, kind, t ? t->line : 0, t ? t->col : 0);
}

static Node *mk_atom(Parser *P, const Token *t, const char *s, size_t n)
{
    Node *a = mk(P, AST_ATOM, t);
    if (!a || !(a->str = ast_strdup(P->a, s, n)))
        return NULL;
    a->len = n;
    return a;
}

static Node *mk_call(Parser *P, const Token *t, const char *name, Vec *args)
{
    Node *c = mk(P, AST_CALL, t);
    if (!c || !(c->str = ast_strdup(P->a, name, strlen(name))))
        return NULL;
    c->len = strlen(name);
    if (args) {
        c->items = args->v;
        c->nitems = args->n;
    }
    return c;
}

static Node *mk_call2(Parser *P, const Token *t, const char *name, Node *x, Node *y)
{
    Vec v = {0};
    if (!push(P, &v, x) || (y && !push(P, &v, y)))
        return NULL;
    return mk_call(P, t, name, &v);
}

static Node *mk_tuple2(Parser *P, Node *x, Node *y)
{
    Node *n = mk(P, AST_TUPLE, NULL);
    Vec v = {0};
    if (!n || !push(P, &v, x) || !push(P, &v, y))
        return NULL;
    n->items = v.v;
    n->nitems = 2;
    return n;
}

static Node *mk_list(Parser *P, Vec *v)
{
    Node *n = mk(P, AST_LIST, NULL);
    if (n) {
        n->items = v->v;
        n->nitems = v->n;
    }
    return n;
}

/* {:., meta, [left, :name]}, or {:., meta, [left]} for anonymous calls. */
static Node *mk_dot(Parser *P, const Token *t, Node *left, Node *name)
{
    return mk_call2(P, t, ".", left, name);
}

static Node *mk_remote(Parser *P, const Token *t, const char *mod, const char *fun)
{
    Node *m = mk_atom(P, t, mod, strlen(mod)), *f = mk_atom(P, t, fun, strlen(fun));
    Node *c = mk(P, AST_CALL, t);
    if (!m || !f || !c || !(c->callee = mk_dot(P, t, m, f)))
        return NULL;
    return c;
}

static int is_call(const Node *n, const char *name, size_t nargs)
{
    return n && n->kind == AST_CALL && !n->callee && strcmp(n->str, name) == 0 &&
           n->nitems == nargs;
}

/* Elixir's build_block: one expression stands alone, except a unary
 * not/! which stays wrapped so that `not a in b` is not rearranged twice. */
static Node *build_block(Parser *P, Vec *v, const Token *t)
{
    if (v->n == 1 && !is_call(v->v[0], "not", 1) && !is_call(v->v[0], "!", 1))
        return v->v[0];
    return mk_call(P, t, "__block__", v);
}

/* ------------------------------------------------------- strings & co */

static Node *parse_interp(Parser *P, StrPart *part)
{
    Token *saved = P->t;
    size_t saved_i = P->i;
    P->t = part->toks;
    P->i = 0;
    Node *e = parse_section(P, -1, NULL);
    if (e && cur(P)->kind != TK_EOF)
        e = fail_before(P, cur(P));
    P->t = saved;
    P->i = saved_i;
    return e;
}

static Node *to_string_call(Parser *P, StrPart *part, Node *e)
{
    Token at = {0};
    at.line = part->line;
    at.col = part->col;
    Node *c = mk_remote(P, &at, "Elixir.Kernel", "to_string");
    Vec v = {0};
    if (!c || !push(P, &v, e))
        return NULL;
    c->items = v.v;
    c->nitems = 1;
    return c;
}

/* The pieces of <<...>>: literals, and `Kernel.to_string(e) :: binary`. */
static int binary_parts(Parser *P, const Token *t, Vec *out)
{
    for (size_t k = 0; k < t->nparts; k++) {
        StrPart *p = &t->parts[k];
        if (!p->toks) {
            Node *s = mk(P, AST_STRING, t);
            if (!s)
                return 0;
            s->str = p->str;
            s->len = p->len;
            if (!push(P, out, s))
                return 0;
            continue;
        }
        Token at = {0};
        at.line = p->line;
        at.col = p->col;
        Node *e = parse_interp(P, p);
        Node *ts = e ? to_string_call(P, p, e) : NULL;
        Node *bin = mk(P, AST_VAR, &at);
        if (!ts || !bin)
            return 0;
        bin->str = "binary";
        bin->len = 6;
        if (!push(P, out, mk_call2(P, &at, "::", ts, bin)))
            return 0;
    }
    return 1;
}

static Node *string_node(Parser *P, const Token *t)
{
    if (t->nparts == 1 && !t->parts[0].toks) {
        Node *s = mk(P, AST_STRING, t);
        if (s) {
            s->str = t->parts[0].str;
            s->len = t->parts[0].len;
            s->delimiter = (uint8_t)t->delim;
        }
        return s;
    }
    Vec v = {0};
    if (!binary_parts(P, t, &v))
        return NULL;
    return mk_call(P, t, "<<>>", &v);
}

/* Code points of UTF-8 text; stray bytes stand for themselves. */
static int push_codepoints(Parser *P, Vec *v, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned c = (unsigned char)s[i];
        int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (i + (size_t)n >= len)
            n = 0;
        for (int k = 1; k <= n; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80)
                n = 0;
        unsigned cp = n ? c & (0x3Fu >> n) : c;
        for (int k = 1; k <= n; k++)
            cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3F);
        i += (size_t)n + 1;
        Node *ch = mk(P, AST_INT, NULL);
        if (!ch)
            return 0;
        ch->i = cp;
        if (!push(P, v, ch))
            return 0;
    }
    return 1;
}

static Node *charlist_node(Parser *P, const Token *t)
{
    Vec v = {0};
    if (t->nparts == 1 && !t->parts[0].toks) {
        if (!push_codepoints(P, &v, t->parts[0].str, t->parts[0].len))
            return NULL;
        return mk_list(P, &v);
    }
    for (size_t k = 0; k < t->nparts; k++) {
        StrPart *p = &t->parts[k];
        Node *e;
        if (!p->toks) {
            e = mk(P, AST_STRING, NULL);
            if (e) {
                e->str = p->str;
                e->len = p->len;
            }
        } else {
            e = parse_interp(P, p);
            e = e ? to_string_call(P, p, e) : NULL;
        }
        if (!push(P, &v, e))
            return NULL;
    }
    Node *c = mk_remote(P, t, "Elixir.List", "to_charlist");
    Vec args = {0};
    if (!c || !push(P, &args, mk_list(P, &v)))
        return NULL;
    c->items = args.v;
    c->nitems = 1;
    return c;
}

static Node *sigil_node(Parser *P, const Token *t)
{
    char name[16];
    snprintf(name, sizeof name, "sigil_%s", t->str);
    Vec parts = {0}, mods = {0}, args = {0};
    if (!binary_parts(P, t, &parts) || !push_codepoints(P, &mods, t->mods, t->nmods))
        return NULL;
    if (!push(P, &args, mk_call(P, t, "<<>>", &parts)) || !push(P, &args, mk_list(P, &mods)))
        return NULL;
    Node *s = mk_call(P, t, name, &args);
    if (s)
        s->delimiter = (uint8_t)t->delim;
    return s;
}

static Node *qatom_node(Parser *P, const Token *t)
{
    Vec parts = {0}, args = {0};
    if (!binary_parts(P, t, &parts))
        return NULL;
    Node *c = mk_remote(P, t, "erlang", "binary_to_atom");
    if (!c || !push(P, &args, mk_call(P, t, "<<>>", &parts)) ||
        !push(P, &args, mk_atom(P, t, "utf8", 4)))
        return NULL;
    c->items = args.v;
    c->nitems = 2;
    return c;
}

/* ------------------------------------------------------------ arguments */

static Node *parse_kw_list(Parser *P, Ctx c)
{
    Vec v = {0};
    while (cur(P)->kind == TK_KW) {
        Token *k = cur(P);
        advance(P);
        Node *key = mk_atom(P, k, k->str, k->len);
        Node *val = parse_expr(P, c, 0);
        if (!val || !push(P, &v, mk_tuple2(P, key, val)))
            return NULL;
        if (cur(P)->kind == TK_COMMA && ahead(P, 1)->kind == TK_KW)
            advance(P);
        else
            break;
    }
    return mk_list(P, &v);
}

static void *fail_kw_not_last(Parser *P, int in_call)
{
    Token *t = cur(P);
    return fail(P, ERR_SYNTAX, t->line, t->col, 1, "%s", in_call ? KW_CALL_MSG : KW_LIST_MSG);
}

/* f(a, b: 1): at the '('. */
static int parse_paren_args(Parser *P, Vec *args)
{
    advance(P);
    if (cur(P)->kind == TK_RPAREN) {
        advance(P);
        return 1;
    }
    for (int first = 1;; first = 0) {
        Ctx c = {0, first ? NP_MANY : NP_ONE_NESTED};
        if (cur(P)->kind == TK_KW) {
            if (!push(P, args, parse_kw_list(P, c)))
                return 0;
            if (cur(P)->kind == TK_COMMA) {
                if (ahead(P, 1)->kind != TK_RPAREN)
                    return fail_kw_not_last(P, 1) != NULL;
                advance(P);
                return fail_before(P, cur(P)) != NULL;
            }
            return expect(P, TK_RPAREN);
        }
        if (!push(P, args, parse_expr(P, c, 0)))
            return 0;
        if (cur(P)->kind != TK_COMMA)
            return expect(P, TK_RPAREN);
        advance(P);
        if (cur(P)->kind == TK_RPAREN)
            return fail_before(P, cur(P)) != NULL;
    }
}

/* Tokens that start an argument of a call without parentheses. */
static int starts_np_arg(Parser *P)
{
    Token *t = cur(P);
    if (!t->space)
        return 0;
    switch (t->kind) {
    case TK_INT: case TK_BIGINT: case TK_FLOAT: case TK_CHAR: case TK_ATOM: case TK_QATOM:
    case TK_STRING: case TK_CHARLIST: case TK_SIGIL: case TK_IDENT: case TK_ALIAS: case TK_KW:
    case TK_FN: case TK_PERCENT: case TK_LBRACE: case TK_LBRACKET: case TK_LBIN: case TK_LPAREN:
        return 1;
    case TK_OP: {
        const OpInfo *o = &lex_ops[t->op];
        if (!o->unary)
            return 0;
        if (o->prec == 0)
            return 1;
        /* `f -x` passes -x, but `f -(x)`, `f -[x]`, `f -%{}` subtract,
         * as Elixir 1.14's tokenizer decides by the character after the sign */
        Token *n = ahead(P, 1);
        if (n->kind == TK_LPAREN || n->kind == TK_LBRACKET || n->kind == TK_LBRACE || n->kind == TK_LBIN ||
            n->kind == TK_PERCENT || (n->kind == TK_OP && strchr("+-/<>", lex_ops[n->op].text[0])))
            return 0;
        return !n->space && n->kind != TK_EOF && n->kind != TK_EOL;
    }
    default:
        return 0;
    }
}

static int parse_np_args(Parser *P, Ctx c, Vec *args)
{
    for (int first = 1;; first = 0) {
        Ctx inner = {1, (first && c.np == NP_MANY) ? NP_MANY : NP_ONE_NESTED};
        if (cur(P)->kind == TK_KW) {
            /* a keyword value may itself be a no-parens call with many
             * arguments: `def f(l), do: for x <- l, y <- l, do: x` */
            Ctx kw = {1, c.np == NP_MANY ? NP_MANY : NP_ONE_NESTED};
            return push(P, args, parse_kw_list(P, kw));
        }
        if (!push(P, args, parse_expr(P, inner, 0)))
            return 0;
        if (cur(P)->kind != TK_COMMA)
            return 1;
        if (c.np != NP_MANY) {
            Token *t = cur(P);
            return fail(P, ERR_SYNTAX, t->line, 0, 0, "%s",
                        c.np == NP_ONE_CONTAINER ? CONTAINER_MSG : NESTED_MSG) != NULL;
        }
        advance(P);
    }
}

/* ------------------------------------------------------------ do-blocks */

static Node *parse_do_block(Parser *P)
{
    Vec kw = {0};
    Token *t = cur(P);
    advance(P);
    const char *name = "do";
    for (;;) {
        Node *body = parse_section(P, 0, NULL);
        Node *key = mk_atom(P, t, name, strlen(name));
        if (!body || !push(P, &kw, mk_tuple2(P, key, body)))
            return NULL;
        t = cur(P);
        if (t->kind != TK_BLOCK)
            break;
        name = t->str;
        advance(P);
    }
    if (cur(P)->kind != TK_END)
        return fail_before(P, cur(P));
    advance(P);
    return mk_list(P, &kw);
}

/* Appends [do: ...] to a call when a do-block follows and is ours. */
static Node *maybe_do(Parser *P, Node *call, Ctx c)
{
    if (!call || cur(P)->kind != TK_DO || c.no_do)
        return call;
    Node *kw = parse_do_block(P);
    if (!kw)
        return NULL;
    Vec v = {call->items, call->nitems, call->nitems};
    if (call->kind == AST_VAR) {
        call->kind = AST_CALL;
        memset(&v, 0, sizeof v);
    }
    if (!push(P, &v, kw))
        return NULL;
    call->items = v.v;
    call->nitems = v.n;
    call->end_line = P->t[P->i - 1].line;
    return call;
}

/* ------------------------------------------------------------- primaries */

static Node *parse_container(Parser *P, int close, int kind);

static Node *ident_node(Parser *P, Token *t, AstKind kind)
{
    Node *n = mk(P, kind, t);
    if (n) {
        n->str = t->str;
        n->len = t->len;
    }
    return n;
}

/* A local name: variable, paren call, no-parens call or do-block call. */
static Node *parse_ident(Parser *P, Ctx c, int *done)
{
    Token *t = cur(P);
    advance(P);
    Token *n = cur(P);
    if (n->kind == TK_LPAREN && !n->space) {
        Node *call = ident_node(P, t, AST_CALL);
        Vec args = {0};
        if (!call || !parse_paren_args(P, &args))
            return NULL;
        call->items = args.v;
        call->nitems = args.n;
        return maybe_do(P, call, c);
    }
    if ((n->kind == TK_LBRACKET && !n->space) || n->kind == TK_DO)
        return maybe_do(P, ident_node(P, t, AST_VAR), c);
    if (starts_np_arg(P)) {
        Node *call = ident_node(P, t, AST_CALL);
        Vec args = {0};
        if (!call || !parse_np_args(P, c, &args))
            return NULL;
        call->items = args.v;
        call->nitems = args.n;
        call->no_parens = 1;
        *done = 1;
        return maybe_do(P, call, c);
    }
    return ident_node(P, t, AST_VAR);
}

static Node *parse_aliases(Parser *P)
{
    Token *t = cur(P);
    Vec v = {0};
    advance(P);
    if (!push(P, &v, mk_atom(P, t, t->str, t->len)))
        return NULL;
    return mk_call(P, t, "__aliases__", &v);
}

static Node *parse_section(Parser *P, int fn, Node **clauses_out);

/* Whether the parenthesised expression starting at the current token holds
 * `->` clauses: `receive do: (x -> x)`. */
static int paren_stab_ahead(Parser *P)
{
    int depth = 0;
    for (size_t j = P->i; P->t[j].kind != TK_EOF; j++) {
        switch (P->t[j].kind) {
        case TK_LPAREN: case TK_LBRACKET: case TK_LBRACE: case TK_LBIN: case TK_FN: case TK_DO:
            depth++;
            break;
        case TK_RPAREN: case TK_RBRACKET: case TK_RBRACE: case TK_RBIN: case TK_END:
            if (depth-- == 0)
                return 0;
            break;
        default:
            if (depth == 0 && is_op(&P->t[j], "->"))
                return 1;
        }
    }
    return 0;
}

static Node *parse_paren_expr(Parser *P)
{
    Token *open = cur(P);
    advance(P);
    if (cur(P)->kind == TK_RPAREN) {
        advance(P);
        return mk_call(P, NULL, "__block__", NULL);
    }
    if (paren_stab_ahead(P)) {
        Node *clauses = parse_section(P, 1, NULL);
        if (!clauses)
            return NULL;
        if (cur(P)->kind != TK_RPAREN)
            return fail_before(P, cur(P));
        advance(P);
        return clauses;
    }
    Vec v = {0};
    while (cur(P)->kind != TK_RPAREN) {
        if (!push(P, &v, parse_expr(P, TOP, 0)))
            return NULL;
        if (cur(P)->kind == TK_EOL)
            advance(P);
        else if (cur(P)->kind == TK_COMMA && open->space && open > P->t &&
                 open[-1].kind == TK_IDENT)
            return fail(P, ERR_SYNTAX, open->line, open->col, 1,
                        "unexpected parentheses. If you are making a function call, do not "
                        "insert spaces between the function name and the opening parentheses. "
                        "Syntax error before: '('");
        else if (cur(P)->kind != TK_RPAREN)
            return fail_before(P, cur(P));
    }
    advance(P);
    if (v.n == 1 && !is_call(v.v[0], "not", 1) && !is_call(v.v[0], "!", 1)) {
        P->paren = v.v[0];
        return v.v[0];
    }
    return mk_call(P, open, "__block__", &v);
}

/* Appends .Alias pieces to a struct name: %Foo.Bar{}, %__MODULE__.Sub{}. */
static Node *alias_pieces(Parser *P, Node *name, const Token *t)
{
    while (name && is_op(cur(P), ".") && ahead(P, 1)->kind == TK_ALIAS) {
        advance(P);
        Token *a = cur(P);
        advance(P);
        Node *piece = mk_atom(P, a, a->str, a->len);
        if (is_call(name, "__aliases__", name->nitems)) {
            Vec v = {name->items, name->nitems, name->nitems};
            if (!push(P, &v, piece))
                return NULL;
            name->items = v.v;
            name->nitems = v.n;
        } else {
            name = mk_call2(P, t, "__aliases__", name, piece);
        }
    }
    return name;
}

/* %{...}, %Name{...}: at the '%'. */
static Node *parse_percent(Parser *P)
{
    Token *pct = cur(P);
    advance(P);
    Node *name = NULL;
    if (cur(P)->kind != TK_LBRACE) {
        Token *t = cur(P);
        if (t->kind == TK_ALIAS) {
            name = parse_aliases(P);
        } else if (t->kind == TK_IDENT) {
            advance(P);
            name = ident_node(P, t, AST_VAR);
        } else if (is_op(t, "@") && ahead(P, 1)->kind == TK_IDENT) {
            advance(P);
            Node *attr = ident_node(P, cur(P), AST_VAR);
            advance(P);
            name = mk_call2(P, t, "@", attr, NULL);
        } else {
            return fail_before(P, t);
        }
        name = alias_pieces(P, name, t);
        if (!name)
            return NULL;
        if (cur(P)->kind != TK_LBRACE)
            return fail_before(P, cur(P));
    }
    Node *map = parse_container(P, TK_RBRACE, TK_PERCENT);
    if (!map)
        return NULL;
    map->line = pct->line;
    map->col = pct->col;
    return name ? mk_call2(P, pct, "%", name, map) : map;
}

/* Keyword pairs inside a container: the last entries, a comma allowed. */
static int container_kw(Parser *P, Ctx c, int close, int kind, Vec *v)
{
    if (kind == TK_LBRACE && v->n == 0)
        return fail_before(P, cur(P)) != NULL;
    Node *kw = parse_kw_list(P, c);
    if (!kw)
        return 0;
    Node *upd = kind == TK_PERCENT && v->n == 1 && is_call(v->v[0], "|", 2)
                    ? v->v[0]->items[1] : NULL;
    if (kind == TK_LBRACE || (upd && upd->kind == AST_LIST)) {
        Vec l = {0};
        if (upd)
            l = (Vec){upd->items, upd->nitems, upd->nitems};
        for (size_t k = 0; upd && k < kw->nitems; k++)
            if (!push(P, &l, kw->items[k]))
                return 0;
        if (upd) {
            upd->items = l.v;
            upd->nitems = l.n;
        } else if (!push(P, v, kw)) {
            return 0;
        }
    } else {
        for (size_t k = 0; k < kw->nitems; k++)
            if (!push(P, v, kw->items[k]))
                return 0;
    }
    if (cur(P)->kind == TK_COMMA) {
        if (ahead(P, 1)->kind != close)
            return fail_kw_not_last(P, 0) != NULL;
        advance(P);
    }
    return cur(P)->kind == close ? 1 : fail_before(P, cur(P)) != NULL;
}

/* Lists, tuples, maps and binaries: at the opener. */
static Node *parse_container(Parser *P, int close, int kind)
{
    Token *open = cur(P);
    Ctx c = {0, NP_ONE_CONTAINER};
    Vec v = {0};
    advance(P);
    while (cur(P)->kind != close) {
        if (cur(P)->kind == TK_KW && kind != TK_LBIN) {
            if (!container_kw(P, c, close, kind, &v))
                return NULL;
            break;
        }
        Node *e = parse_expr(P, c, 0);
        if (!e)
            return NULL;
        if (kind == TK_PERCENT && is_call(e, "=>", 2)) {
            e = mk_tuple2(P, e->items[0], e->items[1]);
            Node *upd = v.n == 1 && is_call(v.v[0], "|", 2) ? v.v[0]->items[1] : NULL;
            if (e && upd && upd->kind == AST_LIST) {
                Vec l = {upd->items, upd->nitems, upd->nitems};
                if (!push(P, &l, e))
                    return NULL;
                upd->items = l.v;
                upd->nitems = l.n;
                e = NULL;
            }
        } else if (kind == TK_PERCENT && is_call(e, "|", 2) && is_call(e->items[1], "=>", 2)) {
            Vec l = {0};
            Node *pair = mk_tuple2(P, e->items[1]->items[0], e->items[1]->items[1]);
            if (!push(P, &l, pair))
                return NULL;
            e->items[1] = mk_list(P, &l);
        }
        if (e && !push(P, &v, e))
            return NULL;
        if (!e && P->err)
            return NULL;
        if (cur(P)->kind == TK_COMMA)
            advance(P);
        else if (cur(P)->kind != close)
            return fail_before(P, cur(P));
    }
    advance(P);
    if (kind == TK_LBRACKET)
        return mk_list(P, &v);
    if (kind == TK_LBRACE && v.n == 2)
        return mk_tuple2(P, v.v[0], v.v[1]);
    return mk_call(P, open, kind == TK_LBRACE ? "{}" : kind == TK_LBIN ? "<<>>" : "%{}", &v);
}

static Node *parse_fn(Parser *P)
{
    Token *t = cur(P);
    advance(P);
    Node *clauses = NULL;
    if (!parse_section(P, 1, &clauses))
        return NULL;
    if (!clauses || cur(P)->kind != TK_END)
        return fail_before(P, cur(P));
    advance(P);
    Vec v = {clauses->items, clauses->nitems, clauses->nitems};
    return mk_call(P, t, "fn", &v);
}

static Node *parse_literal(Parser *P, Token *t)
{
    if (!t)
        return NULL;
    Node *n;
    advance(P);
    switch (t->kind) {
    case TK_INT: case TK_CHAR:
        if ((n = mk(P, AST_INT, t)))
            n->i = t->i;
        return n;
    case TK_BIGINT:
        if ((n = mk(P, AST_BIGINT, t))) {
            n->str = t->str;
            n->len = t->len;
        }
        return n;
    case TK_FLOAT:
        if ((n = mk(P, AST_FLOAT, t)))
            n->f = t->f;
        return n;
    case TK_ATOM:
        return mk_atom(P, t, t->str, t->len);
    case TK_QATOM:
        return qatom_node(P, t);
    case TK_STRING:
        return string_node(P, t);
    case TK_CHARLIST:
        return charlist_node(P, t);
    default:
        return sigil_node(P, t);
    }
}

static Node *parse_primary(Parser *P, Ctx c, int *done)
{
    Token *t = cur(P);
    switch (t->kind) {
    case TK_INT: case TK_CHAR: case TK_BIGINT: case TK_FLOAT: case TK_ATOM: case TK_QATOM:
    case TK_STRING: case TK_CHARLIST: case TK_SIGIL:
        return parse_literal(P, t);
    case TK_IDENT:
        return parse_ident(P, c, done);
    case TK_ALIAS:
        return parse_aliases(P);
    case TK_LPAREN:
        return parse_paren_expr(P);
    case TK_LBRACKET:
        return parse_container(P, TK_RBRACKET, TK_LBRACKET);
    case TK_LBRACE:
        return parse_container(P, TK_RBRACE, TK_LBRACE);
    case TK_LBIN:
        return parse_container(P, TK_RBIN, TK_LBIN);
    case TK_PERCENT:
        return parse_percent(P);
    case TK_FN:
        return parse_fn(P);
    case TK_OP:
        if (is_op(t, "..")) {
            advance(P);
            return mk_call(P, t, "..", NULL);
        }
        return fail_before(P, t);
    default:
        return fail_before(P, t);
    }
}

/* ------------------------------------------------------------- postfix */

static Node *dot_brace(Parser *P, Token *dot, Node *left)
{
    Node *tuple = parse_container(P, TK_RBRACE, TK_LBRACE);
    Node *call = mk(P, AST_CALL, dot);
    if (!tuple || !call)
        return NULL;
    if (tuple->kind == AST_TUPLE || is_call(tuple, "{}", tuple->nitems)) {
        call->items = tuple->items;
        call->nitems = tuple->nitems;
    }
    call->callee = mk_dot(P, dot, left, mk_atom(P, dot, "{}", 2));
    return call->callee ? call : NULL;
}

static Node *dot_alias(Parser *P, Token *dot, Node *left)
{
    Token *t = cur(P);
    advance(P);
    Node *piece = mk_atom(P, t, t->str, t->len);
    if (!is_call(left, "__aliases__", left->nitems))
        return mk_call2(P, dot, "__aliases__", left, piece);
    Vec v = {left->items, left->nitems, left->nitems};
    if (!push(P, &v, piece))
        return NULL;
    left->items = v.v;
    left->nitems = v.n;
    return left;
}

/* After `left.`: a name, an alias, `(`, `{`. */
static Node *parse_dot(Parser *P, Node *left, Ctx c, int *done)
{
    Token *dot = cur(P);
    advance(P);
    Token *t = cur(P);
    Vec args = {0};
    if (t->kind == TK_LPAREN) {
        Node *call = mk(P, AST_CALL, dot);
        if (!call || !(call->callee = mk_call2(P, dot, ".", left, NULL)) ||
            !parse_paren_args(P, &args))
            return NULL;
        call->items = args.v;
        call->nitems = args.n;
        return call;
    }
    if (t->kind == TK_ALIAS && left->kind == AST_ATOM)
        return fail(P, ERR_SYNTAX, t->line, t->col, 1,
                    "atom cannot be followed by an alias. If the '.' was meant to be part of "
                    "the atom's name, the atom name must be quoted. Syntax error before: '.'");
    if (t->kind == TK_ALIAS)
        return dot_alias(P, dot, left);
    if (t->kind == TK_LBRACE)
        return dot_brace(P, dot, left);
    const char *name;
    size_t len;
    if (t->kind == TK_IDENT || t->kind == TK_OP || t->kind == TK_DO || t->kind == TK_END ||
        t->kind == TK_FN || t->kind == TK_BLOCK) {
        name = t->str;
        len = t->len;
    } else if (t->kind == TK_ATOM && t->pos < t->end && P->src[t->pos] != ':') {
        name = t->str;
        len = t->len;
    } else if (t->kind == TK_STRING && t->nparts == 1 && !t->parts[0].toks) {
        name = t->parts[0].str;
        len = t->parts[0].len;
        if (len > 255)   /* the name is an atom, which Erlang limits */
            return fail(P, ERR_SYNTAX, t->line, t->col, 1, "atom length must be less than system limit: %.*s",
                        (int)len, name);
    } else {
        return fail_before(P, t);
    }
    advance(P);
    Node *call = mk(P, AST_CALL, t);
    if (!call || !(call->callee = mk_dot(P, dot, left, mk_atom(P, t, name, len))))
        return NULL;
    if (cur(P)->kind == TK_LPAREN && !cur(P)->space) {
        if (!parse_paren_args(P, &args))
            return NULL;
    } else if (starts_np_arg(P)) {
        if (!parse_np_args(P, c, &args))
            return NULL;
        call->no_parens = 1;
        *done = 1;
    } else {
        call->no_parens = 1;
    }
    call->items = args.v;
    call->nitems = args.n;
    return maybe_do(P, call, c);
}

static Node *parse_access(Parser *P, Node *left)
{
    Token *t = cur(P);
    advance(P);
    Ctx c = {0, NP_ONE_CONTAINER};
    Node *key = cur(P)->kind == TK_KW ? parse_kw_list(P, c) : parse_expr(P, c, 0);
    if (!key || !expect(P, TK_RBRACKET))
        return NULL;
    Node *call = mk_remote(P, t, "Elixir.Access", "get");
    Vec v = {0};
    if (!call || !push(P, &v, left) || !push(P, &v, key))
        return NULL;
    call->items = v.v;
    call->nitems = 2;
    return call;
}

/* f(x)(y): a call whose callee is itself a call. */
static Node *call_result(Parser *P, Node *callee)
{
    Node *call = mk(P, AST_CALL, cur(P));
    Vec args = {0};
    if (!call || !parse_paren_args(P, &args))
        return NULL;
    call->line = callee->line;
    call->col = callee->col;
    call->callee = callee;
    call->items = args.v;
    call->nitems = args.n;
    return call;
}

/* Counts one more level of the tree being built; chains like a.b.c and
 * a + b + c nest as deeply as parentheses do. */
static int deeper(Parser *P)
{
    if (++P->depth <= PARSE_MAX_DEPTH)
        return 1;
    Token *t = cur(P);
    return fail(P, ERR_SYNTAX, t->line, t->col, 1, "nesting is too deep") != NULL;
}

static Node *parse_postfix(Parser *P, Node *n, Ctx c, int done)
{
    int links = 0;
    for (; n && !done; links++) {
        Token *t = cur(P);
        if (!deeper(P)) {
            n = NULL;
            links++;
            break;
        }
        if (is_op(t, "."))
            n = parse_dot(P, n, c, &done);
        else if (t->kind == TK_LBRACKET && !t->space)
            n = parse_access(P, n);
        else if (t->kind == TK_LPAREN && !t->space && n->kind == AST_CALL)
            n = call_result(P, n);
        else {
            links++;
            break;
        }
    }
    P->depth -= links;
    return n;
}

/* ----------------------------------------------------------- operators */

static Node *parse_unary(Parser *P, Ctx c)
{
    Node *n;
    if (++P->depth > PARSE_MAX_DEPTH) {
        Token *t = cur(P);
        return fail(P, ERR_SYNTAX, t->line, t->col, 1, "nesting is too deep");
    }
    n = parse_unary_op(P, c);
    P->depth--;
    return n;
}

static Node *parse_unary_op(Parser *P, Ctx c)
{
    Token *t = cur(P);
    int done = 0;
    Token *next = ahead(P, 1);
    if (t->kind == TK_OP && is_op(next, "/") && !next->space && !is_op(t, "/") &&
        (ahead(P, 2)->kind == TK_INT)) {
        advance(P);
        Node *name = mk(P, AST_VAR, t);
        if (name) {
            name->str = t->str;
            name->len = t->len;
        }
        return name;
    }
    if (t->kind == TK_OP && lex_ops[t->op].unary) {
        advance(P);
        const char *op = lex_ops[t->op].text;
        if (strcmp(op, "@") == 0) {
            Token *o = cur(P);
            Node *operand = o->kind == TK_OP && lex_ops[o->op].unary ? parse_unary(P, c)
                                                                     : parse_primary(P, c, &done);
            return parse_postfix(P, operand ? mk_call2(P, t, "@", operand, NULL) : NULL, c,
                                 done);
        }
        if (strcmp(op, "&") == 0 && cur(P)->kind == TK_INT && !cur(P)->space) {
            Node *capture = mk_call2(P, t, "&", parse_literal(P, cur(P)), NULL);
            return parse_postfix(P, capture, c, 0);
        }
        Node *operand = strcmp(op, "&") == 0 ? parse_expr(P, c, 91) : parse_unary(P, c);
        return operand ? mk_call2(P, t, op, operand, NULL) : NULL;
    }
    Node *n = parse_primary(P, c, &done);
    return parse_postfix(P, n, c, done);
}

static Node *range_step(Parser *P, Token *t, Node *l, Node *r)
{
    if (!is_call(l, "..", 2) || l == P->paren)
        return fail(P, ERR_SYNTAX, t->line, t->col, 1,
                    "the range step operator (//) must immediately follow the range "
                    "definition operator (..), for example: 1..9//2. If you wanted to define "
                    "a default argument, use (\\\\) instead. Syntax error before: '//'");
    Vec v = {0};
    if (!push(P, &v, l->items[0]) || !push(P, &v, l->items[1]) || !push(P, &v, r))
        return NULL;
    Token at = *t;
    at.line = l->line;
    at.col = l->col;
    return mk_call(P, &at, "..//", &v);
}

static Node *binary(Parser *P, Token *t, Node *l, Node *r)
{
    const char *op = lex_ops[t->op].text;
    if (strcmp(op, "not in") == 0)
        return mk_call2(P, t, "not", mk_call2(P, t, "in", l, r), NULL);
    if (strcmp(op, "//") == 0)
        return range_step(P, t, l, r);
    /* `!a in b` means !(a in b) */
    if (strcmp(op, "in") == 0 && (is_call(l, "!", 1) || is_call(l, "not", 1)) &&
        l != P->paren) {
        l->items[0] = mk_call2(P, t, "in", l->items[0], r);
        return l->items[0] ? l : NULL;
    }
    return mk_call2(P, t, op, l, r);
}

static Node *parse_expr(Parser *P, Ctx c, int minprec)
{
    if (++P->depth > PARSE_MAX_DEPTH) {
        Token *t = cur(P);
        return fail(P, ERR_SYNTAX, t->line, t->col, 1, "nesting is too deep");
    }
    Node *left = parse_unary(P, c);
    int links = 0;
    while (left) {
        Token *t = cur(P);
        if (t->kind != TK_OP)
            break;
        const OpInfo *o = &lex_ops[t->op];
        if (o->prec == 0 || o->prec < minprec || strcmp(o->text, "->") == 0)
            break;
        links++;
        if (!deeper(P))
            break;
        advance(P);
        int rprec = o->assoc == ASSOC_RIGHT ? o->prec : o->prec + 1;
        Node *right;
        if (strcmp(o->text, "|") == 0 && cur(P)->kind == TK_KW)
            right = parse_kw_list(P, c);
        else
            right = parse_expr(P, c, rprec);
        left = right ? binary(P, t, left, right) : NULL;
    }
    P->depth -= links + 1;
    return P->err ? NULL : left;
}

/* ---------------------------------------------------- blocks and clauses */

/* In `(a, b) when c -> ...`, whether the '(' opens a clause head. */
static int paren_head_ahead(Parser *P)
{
    int depth = 0;
    for (size_t j = P->i; P->t[j].kind != TK_EOF; j++) {
        int k = P->t[j].kind;
        if (k == TK_LPAREN)
            depth++;
        else if (k == TK_RPAREN && --depth == 0)
            return is_op(&P->t[j + 1], "->") || is_op(&P->t[j + 1], "when");
    }
    return 0;
}

static int parse_head(Parser *P, Vec *head, Token **comma)
{
    *comma = NULL;
    if (is_op(cur(P), "->"))
        return 1;
    if (cur(P)->kind == TK_LPAREN && paren_head_ahead(P)) {
        if (!parse_paren_args(P, head))
            return 0;
        if (is_op(cur(P), "when")) {
            Token *w = cur(P);
            advance(P);
            if (!push(P, head, parse_expr(P, TOP, 50)))
                return 0;
            Node *when = mk_call(P, w, "when", head);
            memset(head, 0, sizeof *head);
            return push(P, head, when);
        }
        return 1;
    }
    for (;;) {
        if (!push(P, head, parse_expr(P, TOP, 0)))
            return 0;
        if (cur(P)->kind != TK_COMMA)
            return 1;
        if (!*comma)
            *comma = cur(P);
        advance(P);
    }
}

/* `a, b when c` puts the guard around every argument: when(a, b, c). */
static int lift_when(Parser *P, Vec *head)
{
    Node *last = head->n > 1 ? head->v[head->n - 1] : NULL;
    if (!last || !is_call(last, "when", 2) || last == P->paren)
        return 1;
    Vec v = {0};
    for (size_t k = 0; k + 1 < head->n; k++)
        if (!push(P, &v, head->v[k]))
            return 0;
    if (!push(P, &v, last->items[0]) || !push(P, &v, last->items[1]))
        return 0;
    last->items = v.v;
    last->nitems = v.n;
    head->v[0] = last;
    head->n = 1;
    return 1;
}

static int section_end(const Token *t)
{
    return t->kind == TK_EOF || t->kind == TK_END || t->kind == TK_BLOCK ||
           t->kind == TK_RPAREN;
}

/* A sequence of expressions or `->` clauses, up to end/else/EOF. Returns the
 * block, or the list of clauses (also stored in *clauses_out). */
static Node *parse_section(Parser *P, int fn, Node **clauses_out)
{
    Vec exprs = {0}, clauses = {0}, body = {0};
    while (cur(P)->kind == TK_EOL)
        advance(P);
    while (!section_end(cur(P))) {
        Vec head = {0};
        Token *comma;
        if (!parse_head(P, &head, &comma))
            return NULL;
        if (is_op(cur(P), "->")) {
            Token *arrow = cur(P);
            if (fn < 0)
                return fail_before(P, arrow);
            if (exprs.n)
                return fail(P, ERR_SYNTAX, arrow->line, 0, 0,
                            "unexpected operator ->. If you want to define multiple clauses, "
                            "the first expression must use ->. Syntax error before: '->'");
            if (clauses.n && body.n)
                clauses.v[clauses.n - 1]->items[1] = build_block(P, &body, NULL);
            memset(&body, 0, sizeof body);
            advance(P);
            if (!lift_when(P, &head))
                return NULL;
            Node *clause = mk_call2(P, arrow, "->", mk_list(P, &head),
                                    mk_atom(P, NULL, "nil", 3));
            if (!push(P, &clauses, clause))
                return NULL;
        } else if (comma) {
            return fail_before(P, comma);
        } else if (!push(P, clauses.n ? &body : &exprs, head.v[0])) {
            return NULL;
        }
        if (cur(P)->kind == TK_EOL) {
            while (cur(P)->kind == TK_EOL)
                advance(P);
        } else if (!section_end(cur(P)) && !is_op(&P->t[P->i - 1], "->")) {
            return fail_before(P, cur(P));
        }
    }
    if (clauses.n) {
        if (body.n)
            clauses.v[clauses.n - 1]->items[1] = build_block(P, &body, NULL);
        Node *list = mk_list(P, &clauses);
        if (clauses_out)
            *clauses_out = list;
        return list;
    }
    if (fn > 0 || !exprs.n)
        return mk_call(P, NULL, "__block__", NULL);
    return build_block(P, &exprs, NULL);
}

/* A file of only `;` quotes as {:__block__, [line: L], []}. */
static uint32_t lone_semicolon_line(const char *src, size_t len)
{
    uint32_t line = 1;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\n')
            line++;
        else if (src[i] == '#')
            while (i + 1 < len && src[i + 1] != '\n')
                i++;
        else if (src[i] == ';')
            return line;
        else if (src[i] != ' ' && src[i] != '\t' && src[i] != '\r')
            return 0;
    }
    return 0;
}

Node *parse_file(AstArena *a, const char *path, const char *src, size_t len, char **err)
{
    char *warnings = NULL;
    Node *n = parse_file_warn(a, path, src, len, err, &warnings);
    free(warnings);
    return n;
}

Node *parse_file_warn(AstArena *a, const char *path, const char *src, size_t len, char **err,
                      char **warnings)
{
    *err = NULL;
    *warnings = NULL;
    char *lexed = NULL;
    Token *toks = lex_file(a, path, src, len, err, &lexed);
    if (!toks)
        return NULL;
    Parser P = {a, path, src, len, toks, 0, NULL, 0, NULL};
    Node *n = parse_section(&P, -1, NULL);
    if (n && is_call(n, "__block__", 0))
        n->line = lone_semicolon_line(src, len);
    if (n && !P.err && cur(&P)->kind != TK_EOF)
        fail_before(&P, cur(&P));
    if (P.err) {
        *err = P.err;
        free(lexed);
        return NULL;
    }
    if (!n)
        *err = strdup("(SyntaxError) out of memory");
    *warnings = lexed;
    return n;
}
