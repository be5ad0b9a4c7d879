/* fuzz_loader.c — libFuzzer target: bc_read (which verifies) then the
 * loader on any bytes. Build:
 *   clang -fsanitize=fuzzer,address,undefined -Ivm -Icompiler tests/fuzz/fuzz_loader.c \
 *       $(ls vm/*.c | grep -v main.c) build/release/stdlib_none.c -lgmp -lutf8proc -lm
 * A module that loads is not installed, so inputs stay independent. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bytecode.h"
#include "loader.h"
#include "vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* zlib's CRC32, to repair the checksum so mutations reach the parser. */
static uint32_t crc32_of(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int ready;
    if (!ready) { vm_init(0, NULL); ready = 1; }
    char err[256];
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    if (size >= 12 && (size & 1)) {
        uint32_t crc = crc32_of(copy + 12, size - 12);
        for (int i = 0; i < 4; i++) copy[8 + i] = (crc >> (8 * i)) & 0xFF;
    }
    BcModule *m = bc_read(copy, size, err, sizeof err);
    free(copy);
    if (!m) return 0;
    Module *mod = loader_load(m, err, sizeof err);
    if (mod) module_free(mod);
    bc_free(m);
    return 0;
}
