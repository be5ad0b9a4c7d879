/* test_binary.c — building and matching bitstrings (expected bytes are what
 * Elixir 1.14 printed for the same segments), appending in place, iolists
 * and UTF-8 helpers. */
#include <stdlib.h>
#include "unit.h"
#include "helpers.h"
#include "binary.h"
#include "bignum.h"
#include "compare.h"
#include "atom.h"

static Term spec(Process *p, Term type, int unit, Term flags) {
    Term e[3] = {type, make_small(unit), flags};
    return t_tuple(p, 3, e);
}

static Term flags1(Process *p, Term a) { return t_cons(p, a, NIL); }
static Term flags2(Process *p, Term a, Term b) { return t_cons(p, a, t_cons(p, b, NIL)); }

static bool bytes_are(Term bin, const uint8_t *want, size_t nbits) {
    BinView v = bin_view(bin);
    if (v.bits != nbits) { if (getenv("UNIT_VERBOSE")) fprintf(stderr, "bits %zu want %zu\n", v.bits, nbits); return false; }
    uint8_t buf[64] = {0};
    bin_copy_bits(buf, 0, v.bytes, v.bit_offset, v.bits);
    if (getenv("UNIT_VERBOSE"))
        for (size_t i = 0; i < (nbits + 7) / 8; i++) fprintf(stderr, "%d%s", buf[i], i + 1 < (nbits + 7) / 8 ? "," : "\n");
    return memcmp(buf, want, (nbits + 7) / 8) == 0;
}

/* <<-2::signed-little-size(20), 300::size(9), 3.5::float-32, "héllo"::binary,
 *   0x1F600::utf8, 0x1F600::utf16, 0x1F600::utf16-little, 65::utf32,
 *   1.5::float-16-little, (2^70 + 5)::size(80), -1::size(3)>> in Elixir: */
static const uint8_t expected[] = {254, 255, 249, 98, 3, 0, 0, 3, 70, 29, 75, 99, 99, 127, 132, 252, 196,
    6, 193, 238, 240, 1, 238, 192, 6, 240, 0, 0, 2, 8, 1, 240, 2, 0, 0, 0, 0, 0, 0, 0, 0, 47};

TEST(binary_build_and_match) {
    Process *p = proc_new();
    Term specs[11] = {NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL};
    GC_PROTECT(p, sroots, specs, 11);
    specs[0] = spec(p, AM(integer), 1, flags2(p, AM(signed), AM(little)));
    specs[1] = spec(p, AM(integer), 1, NIL);
    specs[2] = spec(p, AM(float), 1, NIL);
    specs[3] = spec(p, AM(binary), 8, NIL);
    specs[4] = spec(p, AM(utf8), 1, NIL);
    specs[5] = spec(p, AM(utf16), 1, NIL);
    specs[6] = spec(p, AM(utf16), 1, flags1(p, AM(little)));
    specs[7] = spec(p, AM(utf32), 1, NIL);
    specs[8] = spec(p, AM(float), 1, flags1(p, AM(little)));
    specs[9] = spec(p, AM(integer), 1, NIL);
    specs[10] = spec(p, AM(integer), 1, NIL);
    Term *h = heap_reserve(p, 12);
    GC_UNPROTECT(p, sroots);
    h[0] = make_header(KIND_TUPLE, 11);
    memcpy(h + 1, specs, sizeof specs);
    p->nx = 2;
    p->x[0] = make_boxed(h);
    uint64_t l[2] = {5, 64};
    Term big = big_make(p, l, 2, false);
    p->x[1] = big;
    Term segs[22] = {
        make_small(-2), make_small(20), make_small(300), make_small(9), NIL, make_small(32),
        NIL, NIL, make_small(0x1F600), NIL, make_small(0x1F600), NIL,
        make_small(0x1F600), NIL, make_small(65), NIL, NIL, make_small(16),
        NIL, make_small(80), make_small(-1), make_small(3)};
    GC_PROTECT(p, roots, segs, 22);
    segs[4] = t_float(p, 3.5);
    segs[6] = bin_from_bytes(p, "h\xc3\xa9llo", 6);
    segs[16] = t_float(p, 1.5);
    segs[18] = p->x[1];
    GC_UNPROTECT(p, roots);
    int old = gc_stress;
    gc_stress = 1;
    Term bin = bin_build(p, segs, 11, p->x[0]);
    CHECK(bin != THE_NON_VALUE);
    CHECK(bytes_are(bin, expected, sizeof expected * 8));

    /* match it back */
    p->nx = 3;
    p->x[2] = bin_match_start(p, bin);
    Term sizes[11] = {make_small(20), make_small(9), make_small(32), make_small(6), NIL, NIL, NIL, NIL,
                      make_small(16), make_small(80), make_small(3)};
    Term got[11];
    for (int i = 0; i < 11; i++) {
        Term sp = TUPLE_ELEM(p->x[0], i);
        if (i == 10) sp = spec(p, AM(integer), 1, flags1(p, AM(signed)));
        got[i] = bin_match_get(p, p->x[2], sizes[i], sp);
        CHECK(got[i] != THE_NON_VALUE);
        p->x[3 + (i % 2)] = got[i];   /* keep the last two alive */
        p->nx = 5;
        if (i == 3) CHECK(bytes_are(got[i], (const uint8_t *)"h\xc3\xa9llo", 48));
        if (i == 0) CHECK(got[i] == make_small(-2));
        if (i == 1) CHECK(got[i] == make_small(300));
        if (i == 2) CHECK(float_val(got[i]) == 3.5);
        if (i >= 4 && i <= 6) CHECK(got[i] == make_small(0x1F600));
        if (i == 7) CHECK(got[i] == make_small(65));
        if (i == 8) CHECK(float_val(got[i]) == 1.5);
        if (i == 9) {
            char *s = big_to_string(got[i], 10);
            CHECK(strcmp(s, "1180591620717411303429") == 0);
            free(s);
        }
        if (i == 10) CHECK(got[i] == make_small(-1));
    }
    CHECK(bin_match_tail(p->x[2], 0));
    gc_stress = old;
    proc_free(p);
}

TEST(binary_little_odd_size) {
    Process *p = proc_new();
    Term s = spec(p, AM(integer), 1, flags1(p, AM(little)));
    Term e[1] = {s};
    p->nx = 1;
    p->x[0] = t_tuple(p, 1, e);
    Term segs[2] = {make_small(1), make_small(12)};
    Term b = bin_build(p, segs, 1, p->x[0]);
    const uint8_t want[] = {1, 0};   /* <<1, 0::size(4)>> */
    CHECK(bytes_are(b, want, 12));
    /* bad segments raise badarg */
    segs[0] = AM(ok);
    CHECK(bin_build(p, segs, 1, p->x[0]) == THE_NON_VALUE && p->exc_reason == AM(badarg));
    segs[0] = make_small(1);
    segs[1] = make_small(-1);
    CHECK(bin_build(p, segs, 1, p->x[0]) == THE_NON_VALUE);
    proc_free(p);
}

TEST(binary_append_in_place) {
    Process *p = proc_new();
    Term e[2] = {spec(p, AM(binary), 8, NIL), NIL};
    GC_PROTECT(p, roots, e, 2);
    e[1] = spec(p, AM(integer), 1, NIL);
    GC_UNPROTECT(p, roots);
    p->nx = 2;
    p->x[0] = t_tuple(p, 2, e);
    p->x[1] = bin_from_bytes(p, "", 0);
    for (int i = 0; i < 100000; i++) {
        Term segs[4] = {p->x[1], NIL, make_small(i & 255), make_small(8)};
        p->x[1] = bin_build(p, segs, 2, p->x[0]);
    }
    BinView v = bin_view(p->x[1]);
    CHECK(v.bits == 800000 && v.bytes[99999] == (99999 & 255) && v.bytes[1234] == (1234 & 255));
    /* an older version keeps its own size when a newer one grew in place */
    p->nx = 3;
    p->x[2] = p->x[1];
    Term segs[4] = {p->x[1], NIL, make_small(7), make_small(8)};
    p->x[1] = bin_build(p, segs, 2, p->x[0]);
    Term segs2[4] = {p->x[2], NIL, make_small(9), make_small(8)};
    Term other = bin_build(p, segs2, 2, p->x[0]);
    CHECK(bin_size(p->x[2]) == 100000 && bin_size(p->x[1]) == 100001 && bin_size(other) == 100001);
    CHECK(bin_view(p->x[1]).bytes[100000] == 7 && bin_view(other).bytes[100000] == 9);
    proc_free(p);
}

TEST(binary_iolists_and_utf8) {
    Process *p = proc_new();
    p->nx = 1;
    p->x[0] = bin_from_bytes(p, "xyz", 3);
    Term inner = t_cons(p, make_small('b'), p->x[0]);           /* ['b' | "xyz"] */
    p->x[0] = t_cons(p, make_small('a'), t_cons(p, inner, NIL));
    Term b = bin_iolist_to_binary(p, p->x[0]);
    CHECK(bin_size(b) == 5 && memcmp(bin_view(b).bytes, "abxyz", 5) == 0);
    CHECK(bin_iolist_size(p->x[0]) == 5);
    CHECK(bin_iolist_size(make_small(1)) == -1);
    p->x[0] = t_cons(p, make_small(0xE9), t_cons(p, make_small(0x1F600), NIL));
    b = bin_chardata_to_binary(p, p->x[0]);
    CHECK(bin_size(b) == 6 && memcmp(bin_view(b).bytes, "\xc3\xa9\xf0\x9f\x98\x80", 6) == 0);
    Term cl = bin_to_charlist(p, b);
    CHECK(CAR(cl) == make_small(0xE9) && CAR(CDR(cl)) == make_small(0x1F600) && CDR(CDR(cl)) == NIL);
    Term bad = bin_from_bytes(p, "\xff", 1);
    CHECK(bin_to_charlist(p, bad) == THE_NON_VALUE);
    proc_free(p);
}
