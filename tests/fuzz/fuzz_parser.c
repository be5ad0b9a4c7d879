/* fuzz_parser.c — libFuzzer target for the lexer and parser: any input must
 * parse or fail with a message, without crashing, leaking or hanging.
 *   clang -fsanitize=fuzzer,address,undefined -Icompiler -Ivm \
 *       tests/fuzz/fuzz_parser.c compiler/{parser,lexer,ast}.c -lm -o fuzz_parser */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ast.h"
#include "parser.h"

static void sink(void *ctx, const char *s, size_t len)
{
    *(size_t *)ctx += len + (s[0] == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AstArena *a = ast_arena_new();
    char *err = NULL;
    Node *n = parse_file(a, "fuzz.exs", (const char *)data, size, &err);
    if (n) {
        size_t total = 0;
        ast_print(n, sink, &total);
    }
    free(err);
    ast_arena_free(a);
    return 0;
}
