/* fmt_float.h — internal: decimal text of doubles, as Erlang/Elixir print them.
 * Shortest round-trip digits (what float_to_binary(F, [short]) and Elixir's
 * Float.to_string/1 give), and the inspect/1 variant. Never allocate. */
#ifndef VIAL_FMT_FLOAT_H
#define VIAL_FMT_FLOAT_H

#include <stddef.h>

#define FMT_FLOAT_MAX 40   /* enough for any output below, with the NUL */

/* The shortest decimal digits that read back as d (d finite, d != 0), the
 * closest to d among those. Writes 1..17 digits and a NUL into digits[18];
 * *place is the decimal point position: d = 0.DIGITS * 10^place. Returns
 * the digit count. The sign is ignored. */
int fmt_float_digits(double d, char digits[18], int *place);

/* Float.to_string/1: plain ("0.001", "123.0") or scientific ("1.0e-5",
 * "1.0e3") notation, whichever is shorter, plain on a tie. Returns length. */
size_t fmt_float_short(char *buf, double d);

/* inspect/1 of a float: as fmt_float_short, except that integral values
 * with 1 <= |d| < 1e16 print all their digits ("1000.0", not "1.0e3"). */
size_t fmt_float_inspect(char *buf, double d);

#endif
