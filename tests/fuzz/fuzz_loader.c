/* fuzz_loader.c — libFuzzer target: bc_read (which verifies) then the
 * loader on any bytes. Build:
 *   clang -fsanitize=fuzzer,address,undefined -Ivm tests/fuzz/fuzz_loader.c vm/*.c stdlib_none.c -lgmp -lutf8proc -lm
 * A module that loads is not installed, so inputs stay independent. */
#include <stdint.h>
#include <stdlib.h>

#include "bytecode.h"
#include "loader.h"
#include "vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int ready;
    if (!ready) { vm_init(0, NULL); ready = 1; }
    char err[256];
    BcModule *m = bc_read(data, size, err, sizeof err);
    if (!m) return 0;
    Module *mod = loader_load(m, err, sizeof err);
    if (mod) module_free(mod);
    bc_free(m);
    return 0;
}
