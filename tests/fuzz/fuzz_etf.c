/* fuzz_etf.c — libFuzzer target for the External Term Format decoder: any
 * input must be rejected cleanly or decode to a term that re-encodes and
 * decodes again to an equal term.
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Ivm tests/fuzz/fuzz_etf.c \
 *       vm/{atom,process,gc,compare,bignum,map,binary,etf}.c -lgmp -lm -o fuzz_etf */
#include <stdlib.h>
#include "atom.h"
#include "compare.h"
#include "etf.h"
#include "gc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static Process *p;
    if (!p) {
        atom_init();
        gc_init();
    }
    p = proc_new();
    size_t words;
    bool sized = etf_decoded_size(data, size, &words);
    /* safe mode keeps the atom table from growing without bound */
    Term t = etf_decode(p, data, size, true);
    if (t != THE_NON_VALUE) {
        if (!sized) abort();
        p->nx = 1;
        p->x[0] = t;
        size_t len;
        uint8_t *enc = etf_encode(t, &len);
        if (enc) {
            Term back = etf_decode(p, enc, len, true);
            if (back == THE_NON_VALUE || !term_exact(back, p->x[0])) abort();
            free(enc);
        }
        gc_collect(p, 0);
        (void)term_hash(p->x[0]);
    }
    proc_free(p);
    return 0;
}
