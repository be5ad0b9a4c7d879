/* fmt_float.c — decimal text of doubles, as Erlang's float_to_binary(F, [short])
 * and Elixir's inspect print them. Digits come from the C library's correctly
 * rounded "%.*e": the fewest (1 to 17) that read back exactly. The layout
 * rule (plain or scientific) is Erlang's, checked on 500k values. */
#include "fmt_float.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Splits "%.*e" output "d.ddde±x" into bare digits and the exponent. */
static int split_sci(const char *s, char *digits, int *exp10) {
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') digits[n++] = *s;
    digits[n] = 0;
    *exp10 = *s == 'e' ? atoi(s + 1) : 0;
    return n;
}

/* "DDDeX" has no radix character, so strtod reads it in any locale. */
static bool reads_back(const char *digits, int exp10, double d) {
    char buf[48];
    snprintf(buf, sizeof buf, "%se%d", digits, exp10 - (int)strlen(digits) + 1);
    return strtod(buf, NULL) == d;
}

/* Adds delta (+1 or -1) to the last digit, carrying. Returns false when the
 * number of digits would change, since such a neighbour is not p digits. */
static bool step_digits(char *digits, int n, int delta) {
    for (int i = n - 1; i >= 0; i--) {
        int v = digits[i] - '0' + delta;
        if (v >= 0 && v <= 9) { digits[i] = (char)('0' + v); return digits[0] != '0'; }
        digits[i] = delta > 0 ? '0' : '9';
    }
    return false;
}

/* The correctly rounded p-digit value may miss the round-trip interval where
 * it is lopsided (just above a power of two) while a neighbour hits it. */
static bool try_precision(double d, int p, char *digits, int *exp10) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    int n = split_sci(buf, digits, exp10);
    if (reads_back(digits, *exp10, d)) return true;
    for (int delta = -1; delta <= 1; delta += 2) {
        char alt[20];
        memcpy(alt, digits, (size_t)n + 1);
        if (step_digits(alt, n, delta) && reads_back(alt, *exp10, d)) {
            memcpy(digits, alt, (size_t)n + 1);
            return true;
        }
    }
    return false;
}

int fmt_float_digits(double d, char digits[18], int *place) {
    int exp10 = 0;
    d = fabs(d);
    /* Reading back is monotonic in the precision: binary search it. */
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (try_precision(d, mid, digits, &exp10)) hi = mid;
        else lo = mid + 1;
    }
    try_precision(d, lo, digits, &exp10);
    int n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0') digits[--n] = 0;
    *place = exp10 + 1;
    return n;
}

static size_t put_plain(char *out, const char *dig, int n, int place) {
    char *o = out;
    if (place <= 0) {
        *o++ = '0'; *o++ = '.';
        for (int i = 0; i < -place; i++) *o++ = '0';
        memcpy(o, dig, (size_t)n); o += n;
    } else if (place < n) {
        memcpy(o, dig, (size_t)place); o += place;
        *o++ = '.';
        memcpy(o, dig + place, (size_t)(n - place)); o += n - place;
    } else {
        memcpy(o, dig, (size_t)n); o += n;
        for (int i = 0; i < place - n; i++) *o++ = '0';
        *o++ = '.'; *o++ = '0';
    }
    *o = 0;
    return (size_t)(o - out);
}

static size_t put_sci(char *out, const char *dig, int n, int place) {
    char *o = out;
    *o++ = dig[0]; *o++ = '.';
    if (n == 1) *o++ = '0';
    else { memcpy(o, dig + 1, (size_t)(n - 1)); o += n - 1; }
    o += sprintf(o, "e%d", place - 1);
    return (size_t)(o - out);
}

/* The shorter form wins, plain on a tie; but an integral value from 2^53 on,
 * where not every integer is a double, is always scientific (Erlang's rule).
 * The plain form of 1e-300 would be 300 characters long: build it last. */
static size_t put_short(char *out, const char *dig, int n, int place, double a) {
    size_t sci = put_sci(out, dig, n, place);
    size_t plain_len = place <= 0 ? (size_t)(2 - place + n)
                     : place < n ? (size_t)n + 1 : (size_t)place + 2;
    if (plain_len > sci || (place >= n && a >= 9007199254740992.0)) return sci;
    return put_plain(out, dig, n, place);
}

static size_t put_special(char *buf, double d) {
    if (isnan(d)) { strcpy(buf, "nan"); return 3; }
    if (isinf(d)) { strcpy(buf, d < 0 ? "-inf" : "inf"); return strlen(buf); }
    strcpy(buf, signbit(d) ? "-0.0" : "0.0");
    return strlen(buf);
}

size_t fmt_float_short(char *buf, double d) {
    if (!isfinite(d) || d == 0) return put_special(buf, d);
    char dig[18];
    int place;
    int n = fmt_float_digits(d, dig, &place);
    char *o = buf;
    if (d < 0) *o++ = '-';
    return (size_t)(o - buf) + put_short(o, dig, n, place, fabs(d));
}

size_t fmt_float_inspect(char *buf, double d) {
    double a = fabs(d);
    if (a >= 1.0 && a < 1e16 && trunc(d) == d)
        return (size_t)sprintf(buf, "%.0f.0", d);
    return fmt_float_short(buf, d);
}
