/* main.c — runs every registered unit test (see unit.h). A test passes when
 * none of its CHECKs fail. Exits 1 when any test failed. Optional argument:
 * run only the tests whose name contains it. */
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "atom.h"
#include "gc.h"

static UnitTest *tests, **last = &tests;
static int failed_now;

void unit_register(UnitTest *t) {
    *last = t;
    last = &t->next;
}

void unit_fail(const char *file, int line, const char *what) {
    fprintf(stderr, "  FAIL %s:%d: %s\n", file, line, what);
    failed_now = 1;
}

int main(int argc, char **argv) {
    atom_init();
    gc_init();
    int passed = 0, failed = 0;
    for (UnitTest *t = tests; t; t = t->next) {
        if (argc > 1 && !strstr(t->name, argv[1])) continue;
        failed_now = 0;
        t->fn();
        if (failed_now) {
            fprintf(stderr, "failed: %s\n", t->name);
            failed++;
        } else {
            passed++;
        }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
