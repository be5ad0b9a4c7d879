/* driver.c — parser test driver: prints a file's AST as Elixir's inspect of
 * the quoted form, or the error message, for tests/parser/run.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parser.h"

static void out(void *ctx, const char *s, size_t len)
{
    fwrite(s, 1, len, ctx);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: driver FILE [NAME]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    size_t cap = 1 << 16, len = 0, n;
    char *src = malloc(cap);
    while (src && (n = fread(src + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap)
            src = realloc(src, cap *= 2);
    }
    fclose(f);
    if (!src)
        return 2;
    const char *name = argc > 2 ? argv[2] : argv[1];
    AstArena *a = ast_arena_new();
    char *err = NULL;
    Node *root = parse_file(a, name, src, len, &err);
    if (root) {
        ast_print(root, out, stdout);
        putchar('\n');
    } else {
        printf("%s\n", err);
        free(err);
    }
    ast_arena_free(a);
    free(src);
    return 0;
}
