/* bif.h — internal: helpers shared by the C built-in functions (vm/bif_*.c)
 * (native.h declares the natives themselves and their calling convention). */
#ifndef VIAL_BIF_H
#define VIAL_BIF_H

#include "native.h"
#include "gc.h"
#include "atom.h"

/* ---- temporary roots: x[] slots above the arguments ----
 * A native keeps a term alive across a collection by pushing it here;
 * bif_pop restores nx to a mark taken before the pushes. */
static inline unsigned bif_push(Process *p, Term t) {
    unsigned i = p->nx++;
    p->x[i] = t;
    return i;
}
static inline void bif_pop(Process *p, unsigned mark) { p->nx = mark; }

/* ---- raising ---- */
Term bif_oom(Process *p);   /* raises system_limit: the heap cannot grow */
/* Declares Term *var = n reserved words, or returns bif_oom(p). May collect. */
#define BIF_RESERVE(var, p, n) Term *var = heap_reserve((p), (n)); if (!var) return bif_oom(p)
Term bif_badarg(Process *p);
Term bif_badarith(Process *p);
/* raise error {tag, val}. May collect. */
Term bif_raise2(Process *p, Term tag, Term val);

/* ---- numbers ---- */
Term bif_make_int(Process *p, int64_t v);      /* small or bignum; may collect */
Term bif_make_float(Process *p, double d);     /* d must be finite; may collect */
bool bif_get_double(Term t, double *d);        /* any number */

/* ---- lists and tuples ---- */
bool bif_list_length(Term l, size_t *n);       /* false unless a proper list */
/* {a, b}: a and b are read from x[ia], x[ib] after reserving. May collect. */
Term bif_tuple2x(Process *p, unsigned ia, unsigned ib);
/* {a, b} of any two terms (kept in x[] while reserving). May collect. */
Term bif_tuple2(Process *p, Term a, Term b);

/* ---- byte buffers (malloc'd) for building binaries ---- */
typedef struct { uint8_t *data; size_t len, cap; bool oom; } Buf;
void bif_buf_init(Buf *b);
void bif_buf_put(Buf *b, const void *data, size_t len);
void bif_buf_byte(Buf *b, uint8_t c);
void bif_buf_free(Buf *b);
/* A binary of b's bytes; frees b. May collect. */
Term bif_buf_to_bin(Process *p, Buf *b);

/* Append the bytes of an iolist (bytes 0..255, binaries, nested lists,
 * improper tails of binaries) to b. Returns false on anything else or on a
 * bitstring that is not whole bytes. Never collects. */
bool bif_iolist_collect(Term t, Buf *b);
/* The same for chardata: integers are code points, appended as UTF-8. */
bool bif_chardata_collect(Term t, Buf *b);
/* A deep list of code points and atoms (a file name): UTF-8 in b. */
bool bif_name_collect(Term t, Buf *b);

/* ---- sub-binaries (layout in binary.h) ---- */
#define BIF_SUB_WORDS 4
/* Writes into h (BIF_SUB_WORDS words) a sub-binary of len bytes at byte
 * offset off of the binary bin. Never collects. */
Term bif_make_sub(Term *h, Term bin, size_t off, size_t len);
/* The list of the n slices (offs[i], lens[i]) of the binary in x[xi], as
 * sub-binaries sharing it. One reservation; may collect. */
Term bif_slices_list(Process *p, unsigned xi, const size_t *offs, const size_t *lens, size_t n);

/* Parse the whole of b as [+-]digits in base (2..36): an integer, or
 * THE_NON_VALUE (nothing raised) when it is not one. Frees b. May collect. */
Term bif_parse_integer(Process *p, Buf *b, unsigned base);

/* ---- output (bif_io.c) ---- */
/* Write to fd 1 (buffered) or 2 (after flushing fd 1). Never fails. */
void bif_io_write(int fd, const void *data, size_t len);
/* Flush buffered standard output: call before exiting by _exit, before
 * reading standard input, and before anything else writes to fd 1 or 2
 * (an error report on stderr must come after the output printed before it). */
void bif_io_flush(void);
/* 1 for :stdio/:standard_io/:user, 2 for :stderr/:standard_error, else -1. */
int bif_io_device_fd(Term dev);

/* Fixed notation with `decimals` digits after the point, rounding half away
 * from zero on the exact value (Erlang's float_to_binary decimals); compact
 * drops trailing zeros but one. Returns the length written to out. */
size_t bif_format_decimals(char *out, size_t cap, double d, int decimals, bool compact);

/* ---- UTF-8 (decoding and encoding: bin_utf8_* in binary.h) ---- */
/* True when s[0..n) is a valid but truncated prefix of a UTF-8 sequence. */
bool bif_utf8_incomplete(const uint8_t *s, size_t n);
/* String.jaro_distance/2 of two strings' bytes; -1 when out of memory. */
double string_jaro(const uint8_t *a, size_t na, const uint8_t *b, size_t nb);

#endif
