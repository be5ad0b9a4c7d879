/* fuzz_compile.c — libFuzzer target for the whole compiler: any input must
 * compile or fail with a message, never crash, leak or hang, and whatever
 * compiles must pass the bytecode verifier the loader applies.
 *   clang -fsanitize=fuzzer,address,undefined -Icompiler -Ivm \
 *       tests/fuzz/fuzz_compile.c compiler/*.c vm/bytecode.c vm/etf.c vm/atom.c \
 *       vm/map.c vm/hash.c vm/elixir_info.c vm/compare.c vm/bignum.c vm/binary.c vm/gc.c vm/process.c -lgmp -lm -pthread -o fuzz_compile */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* As a script, and as a file of modules (`vial compile`, which also keeps
 * the clause heads a FunctionClauseError lists). */
static void compile_as(const uint8_t *data, size_t size, bool script) {
    CompileOptions opts = {.script = script};
    CompileSource src = {.path = "fuzz.exs", .src = (const char *)data, .len = size};
    CompileResult r;
    if (compile_sources(&src, 1, &opts, &r)) {
        char err[256];
        for (size_t i = 0; i < r.nmods; i++)
            if (bc_verify(r.mods[i], err, sizeof err) != 0) {
                fprintf(stderr, "compiled code fails verification: %s\n", err);
                abort();
            }
    }
    compile_result_free(&r, true);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    compile_as(data, size, true);
    compile_as(data, size, false);
    return 0;
}
