/* test_etf.c — the External Term Format: bytes produced by OTP 25 for the
 * same terms, round trips, literal areas, and malformed input rejected. */
#include <stdlib.h>
#include "unit.h"
#include "helpers.h"
#include "etf.h"
#include "compare.h"
#include "bignum.h"
#include "map.h"
#include "atom.h"

/* :erlang.term_to_binary({1.5, -1234567890123, 1 <<< 100, "bin", <<1::3>>,
 *   [1, 2 | 3], %{1 => 2}, [], 'abc', {}}) in Elixir 1.14 / OTP 25: */
static const uint8_t otp_bytes[] = {131, 104, 10, 70, 63, 248, 0, 0, 0, 0, 0, 0, 110, 6, 1, 203, 4, 251,
    113, 31, 1, 110, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 109, 0, 0, 0, 3, 98, 105, 110, 77, 0, 0,
    0, 1, 3, 32, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3, 116, 0, 0, 0, 1, 97, 1, 97, 2, 106, 107, 0, 3, 97,
    98, 99, 104, 0};

TEST(etf_matches_otp) {
    Process *p = proc_new();
    Term t = etf_decode(p, otp_bytes, sizeof otp_bytes, false);
    CHECK(t != THE_NON_VALUE && tuple_arity(t) == 10);
    CHECK(float_val(TUPLE_ELEM(t, 0)) == 1.5);
    int64_t v;
    CHECK(big_to_int64(TUPLE_ELEM(t, 1), &v) && v == -1234567890123);
    char *s = big_to_string(TUPLE_ELEM(t, 2), 10);
    CHECK(strcmp(s, "1267650600228229401496703205376") == 0);
    free(s);
    size_t len;
    uint8_t *enc = etf_encode(t, &len);
    CHECK(enc && len == sizeof otp_bytes && memcmp(enc, otp_bytes, len) == 0);
    free(enc);
    /* atoms: Latin-1 as ATOM_EXT, others as SMALL_ATOM_UTF8 (OTP 25) */
    const uint8_t abc[] = {131, 100, 0, 3, 97, 98, 99};
    enc = etf_encode(atom_intern("abc", 3), &len);
    CHECK(len == sizeof abc && memcmp(enc, abc, len) == 0);
    free(enc);
    const uint8_t jp[] = {131, 119, 6, 230, 151, 165, 230, 156, 172};
    enc = etf_encode(atom_intern("\xe6\x97\xa5\xe6\x9c\xac", 6), &len);
    CHECK(len == sizeof jp && memcmp(enc, jp, len) == 0);
    free(enc);
    const uint8_t minbig[] = {131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 8};   /* -(1 <<< 59) */
    enc = etf_encode(make_small(SMALL_MIN), &len);
    CHECK(len == sizeof minbig && memcmp(enc, minbig, len) == 0);
    free(enc);
    proc_free(p);
}

TEST(etf_rejects_bad_input) {
    Process *p = proc_new();
    const uint8_t dup_keys[] = {131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3};   /* OTP rejects it too */
    CHECK(etf_decode(p, dup_keys, sizeof dup_keys, false) == THE_NON_VALUE);
    /* every truncation of a valid term is rejected */
    for (size_t n = 0; n < sizeof otp_bytes; n++) CHECK(etf_decode(p, otp_bytes, n, false) == THE_NON_VALUE);
    const uint8_t huge_list[] = {131, 108, 255, 255, 255, 255, 106};
    CHECK(etf_decode(p, huge_list, sizeof huge_list, false) == THE_NON_VALUE);
    const uint8_t trailing[] = {131, 106, 106};
    CHECK(etf_decode(p, trailing, sizeof trailing, false) == THE_NON_VALUE);
    const uint8_t new_atom[] = {131, 100, 0, 5, 'z', 'q', 'x', 'j', 'k'};
    CHECK(etf_decode(p, new_atom, sizeof new_atom, true) == THE_NON_VALUE);
    CHECK(etf_decode(p, new_atom, sizeof new_atom, false) != THE_NON_VALUE);
    /* deep nesting decodes without recursion */
    size_t depth = 200000;
    uint8_t *deep = malloc(2 * depth + 2);
    deep[0] = 131;
    for (size_t i = 0; i < depth; i++) { deep[1 + 2 * i] = 104; deep[2 + 2 * i] = 1; }
    deep[1 + 2 * depth] = 106;
    Term t = etf_decode(p, deep, 2 * depth + 2, false);
    CHECK(t != THE_NON_VALUE);
    size_t len;
    uint8_t *enc = etf_encode(t, &len);
    CHECK(enc && len == 2 * depth + 2 && memcmp(enc, deep, len) == 0);
    free(enc);
    free(deep);
    proc_free(p);
}

TEST(etf_literal_area_and_big_map) {
    Process *p = proc_new();
    p->nx = 1;
    p->x[0] = map_new_from_pairs(p, NULL, 0);
    for (int i = 0; i < 5000; i++) {
        Term k = t_float(p, i + 0.5);
        p->x[0] = map_put(p, p->x[0], k, make_small(i));
    }
    size_t len;
    uint8_t *enc = etf_encode(p->x[0], &len);
    CHECK(enc);
    size_t words;
    CHECK(etf_decoded_size(enc, len, &words));
    EtfArea *a = etf_area_new();
    Term lit = etf_decode_into(a, enc, len, false);
    CHECK(lit != THE_NON_VALUE && term_exact(lit, p->x[0]));
    CHECK(etf_area_contains(a, boxed_ptr(lit)));
    /* a process may point at literals; the collector leaves them alone */
    Term e[2] = {lit, make_small(1)};
    p->x[0] = t_tuple(p, 2, e);
    gc_collect(p, 0);
    CHECK(TUPLE_ELEM(p->x[0], 0) == lit);
    Term back = etf_decode(p, enc, len, false);
    CHECK(term_exact(back, lit) && map_size(back) == 5000);
    free(enc);
    etf_area_free(a);
    proc_free(p);
}
