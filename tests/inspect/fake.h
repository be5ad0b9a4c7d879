/* fake.h — test-only: terms from External Term Format into a static heap,
 * with stand-ins for the atom table, maps, binaries and bignums. */
#ifndef VIAL_TEST_FAKE_H
#define VIAL_TEST_FAKE_H

#include "term.h"

extern int fake_bit_offset;   /* build binaries at this bit offset (0..7) */
void fake_reset(void);        /* empties the heap (atoms stay) */
Term fake_decode(const uint8_t *etf, size_t n);

#endif
