/* parser.h — internal: Elixir source to the AST of ast.h.
 * Follows Elixir 1.14's grammar and quoted form (Code.string_to_quoted/2).
 */
#ifndef VIAL_PARSER_H
#define VIAL_PARSER_H

#include <stddef.h>

#include "ast.h"

/* Parses a whole file into nodes allocated in a. On success returns the
 * top-level node: a :__block__ call for several expressions, the expression
 * itself for one, an empty :__block__ call for none (Elixir's quoted form,
 * which evaluates to nil). On error returns NULL and sets *err to a malloc'd
 * message as Elixir prints it after "** ", e.g.
 * "(SyntaxError) f.exs:3:7: syntax error before: ')'" followed by the quoted
 * source line. Never crashes or hangs; nesting deeper than
 * PARSE_MAX_DEPTH is an error. */
#define PARSE_MAX_DEPTH 10000
Node *parse_file(AstArena *a, const char *path, const char *src, size_t len, char **err);
/* The same, with *warnings set to NULL or a malloc'd text of the warnings
 * Elixir's tokenizer prints (quoted atoms that need no quotes, ...). */
Node *parse_file_warn(AstArena *a, const char *path, const char *src, size_t len, char **err,
                      char **warnings);

#endif
