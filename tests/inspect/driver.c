/* driver.c — checks inspect/2 and to_string/1 against expected.txt, which
 * gen.sh made with real Elixir. Every case runs twice: binaries aligned and
 * at a bit offset. Prints the failures and "N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "fake.h"
#include "inspect.h"
#include "map.h"

#define MAX_STRUCTS 64
static Term struct_defs[MAX_STRUCTS];   /* {Module, [keys]} */
static size_t nstructs;

/* A map is printed as a struct when its module's struct has its keys. The
 * field arrays must outlive the printing, as a module's would. */
static bool struct_hook(Term map, const Term **fields, size_t *nfields) {
    static Term names[MAX_STRUCTS][64];
    Term mod = map_get(map, AM(__struct__));
    for (size_t i = 0; i < nstructs; i++) {
        if (TUPLE_ELEM(struct_defs[i], 0) != mod) continue;
        size_t n = 0;
        for (Term l = TUPLE_ELEM(struct_defs[i], 1); is_cons(l) && n < 64; l = CDR(l)) {
            if (map_get(map, CAR(l)) == THE_NON_VALUE) return false;
            names[i][n++] = CAR(l);
        }
        if (n + 1 != map_size(map)) return false;   /* the fields and __struct__ */
        *fields = names[i];
        *nfields = n;
        return true;
    }
    return false;
}

static void fun_hook(StrBuf *out, Term fun) {
    Term *p = boxed_ptr(fun);
    if (header_kind(*p) == KIND_EXPORT) inspect_remote_fun(out, p[1], p[2], (unsigned)small_val(p[3]));
    else sb_puts(out, "#Function<>");
}

static size_t unhex(const char *s, uint8_t *out) {
    size_t n = 0;
    for (; s[0] && s[1] && s[0] != '\n'; s += 2) {
        unsigned v;
        sscanf(s, "%2x", &v);
        out[n++] = (uint8_t)v;
    }
    return n;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *d = malloc((size_t)n + 1);
    *len = fread(d, 1, (size_t)n, f);
    d[*len] = 0;
    fclose(f);
    return d;
}

static const char *next_line(const char **p) {
    const char *l = *p;
    const char *nl = strchr(l, '\n');
    *p = nl ? nl + 1 : l + strlen(l);
    return l;
}

/* Shows the case and its first differing line, or all of both texts when
 * VIAL_INSPECT_FULL is set. */
static void report(const char *title, int title_len, int off, const char *want, size_t want_len,
                   const char *got) {
    printf("FAIL %.*s (bit offset %d)\n", title_len, title, off);
    if (getenv("VIAL_INSPECT_FULL")) {
        printf("--- want\n%.*s\n--- got\n%s\n\n", (int)want_len, want, got);
        return;
    }
    size_t i = 0, line = 1, ls = 0;
    for (; i < want_len && got[i] == want[i]; i++)
        if (want[i] == '\n') { line++; ls = i + 1; }
    const char *we = memchr(want + ls, '\n', want_len - ls);
    const char *ge = strchr(got + ls, '\n');
    printf("  line %zu\n  want: %.*s\n  got:  %.*s\n", line,
           (int)((we ? (size_t)(we - want) : want_len) - ls), want + ls,
           (int)(ge ? (size_t)(ge - got) - ls : strlen(got + ls)), got + ls);
}

static uint8_t etf[1 << 22];

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "tests/inspect/expected.txt";
    bool verbose = argc > 2;
    size_t len;
    char *data = read_file(path, &len);
    if (!data) { fprintf(stderr, "cannot read %s\n", path); return 2; }
    atom_init();
    inspect_struct_hook = struct_hook;
    inspect_fun_hook = fun_hook;
    int passed = 0, failed = 0;
    const char *p = data;
    while (*p) {
        const char *l = next_line(&p);
        if (strncmp(l, "struct ", 7) == 0) {
            /* struct definitions live in their own heap region: never reset */
            size_t n = unhex(l + 7, etf);
            if (nstructs < MAX_STRUCTS) struct_defs[nstructs++] = fake_decode(etf, n);
            continue;
        }
        if (strncmp(l, "case ", 5) != 0) continue;
        const char *title = l;
        int title_len = (int)(strchr(l, '\n') - l);
        bool to_string = strncmp(next_line(&p), "mode to_string", 14) == 0;
        size_t n = unhex(next_line(&p) + 4, etf);
        InspectOpts o;
        inspect_default_opts(&o);
        int pretty, structs;
        sscanf(next_line(&p), "opts %d %d %d %d %d %d %d", &o.limit, &o.printable_limit, &o.width,
               &o.charlists, &o.binaries, &pretty, &structs);
        o.pretty = pretty;
        o.structs = structs;
        size_t want_len = strtoul(next_line(&p) + 4, NULL, 10);
        const char *want = p;
        p += want_len + 1;
        for (int off = 0; off < 8; off += 3) {
            fake_bit_offset = off;
            Term t = fake_decode(etf, n);
            StrBuf out = {0};
            bool ok = true;
            if (to_string) ok = inspect_to_string(&out, t);
            else inspect_term(&out, t, &o);
            if (!ok) { sb_free(&out); sb_puts(&out, "ERROR"); }
            const char *got = out.data ? out.data : "";
            if (out.len == want_len && memcmp(got, want, want_len) == 0) {
                passed++;
            } else {
                failed++;
                if (off == 0 || verbose) report(title, title_len, off, want, want_len, got);
            }
            sb_free(&out);
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    free(data);
    return failed != 0;
}
