/* strbuf.h — internal: a growable byte buffer in C memory (never on a
 * process heap), used by the compiler, the printer and error messages. */
#ifndef VIAL_STRBUF_H
#define VIAL_STRBUF_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *data; size_t len, cap; } StrBuf;

static inline void sb_reserve(StrBuf *b, size_t more) {
    if (b->len + more + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + more + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) { fputs("vial: out of memory\n", stderr); exit(1); }
    b->data = d;
    b->cap = cap;
}
static inline void sb_put(StrBuf *b, const void *s, size_t n) {
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
static inline void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }
static inline void sb_putc(StrBuf *b, char c) { sb_put(b, &c, 1); }
static inline void sb_free(StrBuf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }

__attribute__((format(printf, 2, 3)))
static inline void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    sb_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

#endif
