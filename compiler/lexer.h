/* lexer.h — internal: turns Elixir source into a token array for the parser.
 * The whole file is tokenized up front; interpolations inside strings carry
 * their own token arrays, so the parser never re-reads source text.
 */
#ifndef VIAL_LEXER_H
#define VIAL_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "ast.h"

typedef enum {
#define TOK(name, desc) TK_##name,
#include "tokens.def"
#undef TOK
} TokKind;

/* Operators, with the precedence of Elixir 1.14's parser (0: not binary). */
typedef enum { ASSOC_LEFT, ASSOC_RIGHT, ASSOC_NONE } Assoc;
typedef struct {
    const char *text;   /* also the AST name */
    uint8_t prec;       /* binary precedence, 0 if only unary */
    uint8_t assoc;
    uint8_t unary;      /* usable as a prefix operator */
} OpInfo;
extern const OpInfo lex_ops[];

typedef struct Token Token;

/* One piece of a string: literal bytes, or an interpolation's tokens. */
typedef struct {
    const char *str;
    size_t len;
    Token *toks;        /* non-NULL for #{...}; ends with TK_EOF */
    uint32_t line, col;
} StrPart;

struct Token {
    uint8_t kind;
    uint8_t op;         /* TK_OP */
    uint8_t space;      /* whitespace right before the token */
    char delim;         /* sigils/heredocs: opening delimiter */
    uint32_t line, col;
    uint32_t pos, end;  /* byte range in the source */
    const char *str;
    size_t len;
    int64_t i;
    double f;
    StrPart *parts;
    size_t nparts;
    const char *mods;   /* sigil modifiers */
    size_t nmods;
};

typedef enum { ERR_SYNTAX, ERR_TOKEN_MISSING } ErrKind;

/* Tokenizes src. Returns an array ending with TK_EOF, or NULL with *err set
 * to a malloc'd "(SyntaxError) file:L:C: ..." message. On success *warnings
 * is NULL or a malloc'd text of the tokenizer's warnings, as Elixir prints them. */
Token *lex_file(AstArena *a, const char *path, const char *src, size_t len, char **err, char **warnings);

/* Formats an error as Elixir prints it after "** ", with the source line
 * quoted under it when snippet is set and the line is not empty. */
char *lex_format_error(ErrKind kind, const char *path, const char *src, size_t len,
                       uint32_t line, uint32_t col, int snippet, const char *msg);

/* The escapes of a lowercase sigil's text, which the parser keeps as written
 * (as Elixir's quoted form does), resolved as in a string. Returns an arena
 * copy, or NULL for an invalid escape. */
const char *lex_unescape(AstArena *a, const char *s, size_t len, size_t *outlen);

#endif
