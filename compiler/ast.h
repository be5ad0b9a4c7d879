/* ast.h — internal: the syntax tree the parser builds and the compiler reads.
 *
 * The tree mirrors Elixir's quoted form node for node, so that it converts to
 * `{name, meta, args}` terms (for quote/unquote and macros later) and so that
 * the parser can be tested against `Code.string_to_quoted/2`:
 *
 *   quoted form                         Node
 *   1, 1.5, :a, "s"                     AST_INT / AST_BIGINT, AST_FLOAT, AST_ATOM, AST_STRING
 *   [a, b]                              AST_LIST
 *   {a, b}  (2-tuples are literal)      AST_TUPLE with 2 items
 *   {name, meta, nil}  (a variable)     AST_VAR
 *   {name, meta, args} (atom name)      AST_CALL, name set, callee NULL
 *   {callee, meta, args}                AST_CALL, callee set (e.g. the {:., _, [M, :f]} node)
 *
 * Everything else is an AST_CALL with the name Elixir uses: :__block__,
 * :__aliases__ (items are AST_ATOM), :{} (tuples of other sizes), :%{},
 * :%, :<<>>, :"::", :fn, :->, :., :&, :@, :sigil_w, operators (:+, :|>, ...).
 * A do-block is the keyword list [do: ..., else: ...] as the last argument,
 * exactly as in the quoted form. A call without parentheses and without
 * arguments and a variable are both {name, meta, nil} in Elixir; here the
 * parser makes AST_VAR for them and the compiler decides.
 *
 * Nodes and strings live in an arena owned by the parse (ast_arena_free).
 */
#ifndef VIAL_AST_H
#define VIAL_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    AST_INT,     /* i: fits in int64 */
    AST_BIGINT,  /* str: decimal digits, optional leading '-' */
    AST_FLOAT,   /* f */
    AST_ATOM,    /* str: the atom's text, without ':' */
    AST_STRING,  /* str: the bytes after escapes, len may include NULs */
    AST_LIST,    /* items */
    AST_TUPLE,   /* items; only 2-tuples come from the parser */
    AST_VAR,     /* str: name */
    AST_CALL,    /* str (name) or callee; items are the arguments */
} AstKind;

typedef struct Node Node;
struct Node {
    AstKind kind;
    uint32_t line, col;     /* 1-based; col 0 when unknown */
    int64_t i;
    double f;
    const char *str;        /* NUL-terminated; len for embedded NULs */
    size_t len;
    Node *callee;           /* AST_CALL with a non-atom head */
    Node **items;
    size_t nitems;
    /* meta that Elixir keeps and the compiler needs */
    uint32_t end_line;      /* for do-blocks: the line of `end` (0 if none) */
    uint8_t no_parens;      /* call written without parentheses */
    uint8_t delimiter;      /* sigils/heredocs/quoted atoms: the opening delimiter char, 0 if none */
    uint8_t fails;          /* a built-in call Erlang's compiler knows must fail (fold.c) */
};

typedef struct AstArena AstArena;

AstArena *ast_arena_new(void);
void ast_arena_free(AstArena *a);
void *ast_alloc(AstArena *a, size_t size);
const char *ast_strdup(AstArena *a, const char *s, size_t len);

Node *ast_new(AstArena *a, AstKind kind, uint32_t line, uint32_t col);

/* Writes the node as Elixir's `inspect/1` of the quoted form, with meta
 * reduced to [line: L] (or [] when line is 0), for tests and `vial ast`. */
void ast_print(const Node *n, void (*out)(void *ctx, const char *s, size_t len), void *ctx);
/* Whether two literals (numbers, atoms, strings and what is made of them)
 * are the same term; 0.0 and -0.0 are not. */
bool ast_same_literal(const Node *a, const Node *b);

#endif
