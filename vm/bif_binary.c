/* bif_binary.c — the :binary module: searching (split, match, matches,
 * replace) for one or several non-empty patterns, where the earliest match
 * wins and, at one position, the longest pattern; results share the
 * subject as sub-binaries. Plus byte access and unsigned encodings. */
#define _GNU_SOURCE
#include <stdlib.h>
#include "bif.h"
#include "bignum.h"
#include "binary.h"

/* ---- subject and patterns, copied out of the heap ---- */

typedef struct {
    Buf subj;               /* used only when the subject is not byte-aligned */
    const uint8_t *s;
    size_t n;
    Buf pats;               /* all pattern bytes, back to back */
    size_t *plen;
    size_t npats;
    size_t from, to;        /* the scope searched */
} Search;

static void search_free(Search *q) {
    bif_buf_free(&q->subj);
    bif_buf_free(&q->pats);
    free(q->plen);
}

static bool bytes_of(Term t, Buf *b) {
    return bin_is_binary(t) && bif_iolist_collect(t, b);
}

/* Reads the pattern: a non-empty binary or a non-empty list of them. */
static bool read_patterns(Search *q, Term pattern) {
    if (is_tuple(pattern) && tuple_arity(pattern) == 2 && is_atom(TUPLE_ELEM(pattern, 0)))
        pattern = TUPLE_ELEM(pattern, 1);   /* compile_pattern's {:bm | :ac, pattern} */
    size_t count = 1;
    if (is_list(pattern) && !bif_list_length(pattern, &count)) return false;
    if (count == 0) return false;
    q->plen = malloc(count * sizeof *q->plen);
    if (!q->plen) return false;
    Term l = pattern;
    for (size_t i = 0; i < count; i++) {
        Term pt = is_list(pattern) ? CAR(l) : pattern;
        size_t before = q->pats.len;
        if (!bytes_of(pt, &q->pats) || q->pats.len == before) return false;
        q->plen[i] = q->pats.len - before;
        if (is_list(pattern)) l = CDR(l);
    }
    q->npats = count;
    return true;
}

/* Reads the subject and the pattern. As on the BEAM, an empty subject takes
 * any pattern: npats stays 0 and nothing matches. Never collects. */
static bool search_init(Search *q, Term subject, Term pattern) {
    memset(q, 0, sizeof *q);
    bif_buf_init(&q->subj);
    bif_buf_init(&q->pats);
    if (!bin_is_binary(subject)) return false;
    BinView v = bin_view(subject);
    q->n = v.bits / 8;
    q->s = v.bytes;
    if (v.bit_offset) {
        if (!bytes_of(subject, &q->subj)) return false;
        q->s = q->subj.data;
    }
    q->to = q->n;
    return q->n == 0 || read_patterns(q, pattern);
}

/* search_next for several patterns: the earliest, then the longest. */
static bool search_next_of_many(const Search *q, size_t at, size_t *pos, size_t *len) {
    for (size_t i = at; i < q->to; i++) {
        size_t best = 0;
        const uint8_t *pp = q->pats.data;
        for (size_t k = 0; k < q->npats; pp += q->plen[k], k++)
            if (q->plen[k] > best && q->plen[k] <= q->to - i && !memcmp(q->s + i, pp, q->plen[k]))
                best = q->plen[k];
        if (best) { *pos = i; *len = best; return true; }
    }
    return false;
}

/* The first match at or after `at` within the scope: true with its
 * position and length. Inline: a split calls it once a part. */
static inline bool search_next(const Search *q, size_t at, size_t *pos, size_t *len) {
    if (q->npats != 1) return search_next_of_many(q, at, pos, len);
    if (at > q->to) return false;
    /* memchr: a one-byte separator is the common case, and memmem's
     * set-up costs more than the scan between two close matches */
    const uint8_t *m = q->plen[0] == 1 ? memchr(q->s + at, q->pats.data[0], q->to - at)
                                       : memmem(q->s + at, q->to - at, q->pats.data, q->plen[0]);
    if (!m) return false;
    *pos = (size_t)(m - q->s);
    *len = q->plen[0];
    return true;
}

/* ---- options ---- */

typedef struct { bool global, trim, trim_all, bad; Term insert; } Opts;

static bool atom_is(Term t, const char *name) {
    size_t len;
    const char *s = is_atom(t) ? atom_text(t, &len) : NULL;
    return s && strlen(name) == len && !memcmp(s, name, len);
}

static Opts parse_opts(Term l, Search *q) {
    Opts o = {false, false, false, false, THE_NON_VALUE};
    size_t n;
    if (!bif_list_length(l, &n)) { o.bad = true; return o; }
    for (; is_cons(l); l = CDR(l)) {
        Term e = CAR(l);
        if (atom_is(e, "global")) o.global = true;
        else if (atom_is(e, "trim")) o.trim = true;
        else if (atom_is(e, "trim_all")) o.trim_all = true;
        else if (is_tuple(e) && tuple_arity(e) == 2 && atom_is(TUPLE_ELEM(e, 0), "insert_replaced"))
            o.insert = TUPLE_ELEM(e, 1);
        else if (is_tuple(e) && tuple_arity(e) == 2 && atom_is(TUPLE_ELEM(e, 0), "scope")
                 && is_tuple(TUPLE_ELEM(e, 1)) && tuple_arity(TUPLE_ELEM(e, 1)) == 2
                 && is_small(TUPLE_ELEM(TUPLE_ELEM(e, 1), 0)) && is_small(TUPLE_ELEM(TUPLE_ELEM(e, 1), 1))) {
            SInt s = small_val(TUPLE_ELEM(TUPLE_ELEM(e, 1), 0)), len = small_val(TUPLE_ELEM(TUPLE_ELEM(e, 1), 1));
            if (len < 0) { s += len; len = -len; }
            if (s < 0 || (size_t)(s + len) > q->n) { o.bad = true; return o; }
            q->from = (size_t)s;
            q->to = (size_t)(s + len);
        } else { o.bad = true; return o; }
    }
    return o;
}

/* ---- split, matches, match ---- */

typedef struct { size_t *off, *len, n, cap; } Spans;

static bool spans_add(Spans *s, size_t off, size_t len) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 16;
        size_t *o = realloc(s->off, cap * sizeof *o), *l = o ? realloc(s->len, cap * sizeof *l) : NULL;
        if (o) s->off = o;
        if (!l) return false;
        s->len = l;
        s->cap = cap;
    }
    s->off[s->n] = off;
    s->len[s->n++] = len;
    return true;
}

static void spans_free(Spans *s) { free(s->off); free(s->len); }

/* All matches (or the first one) as spans. */
static bool find_all(const Search *q, bool global, Spans *out) {
    size_t at = q->from, pos, len;
    while (search_next(q, at, &pos, &len)) {
        if (!spans_add(out, pos, len)) return false;
        at = pos + len;
        if (!global) break;
    }
    return true;
}

/* The parts of a split in order: up to each match, then the rest.
 * parts_next is inline: it runs once a part in each of split's passes. */
typedef struct { size_t at, start; bool more, done; } Parts;

static Parts parts_first(const Search *q) { return (Parts){q->from, 0, true, false}; }

static inline bool parts_next(const Search *q, bool global, Parts *it, size_t *off, size_t *len) {
    size_t pos, mlen;
    if (it->done) return false;
    *off = it->start;
    if (it->more && search_next(q, it->at, &pos, &mlen)) {
        *len = pos - it->start;
        it->start = it->at = pos + mlen;
        it->more = global;
    } else {
        *len = q->n - it->start;
        it->done = true;
    }
    return true;
}

/* Two passes over the subject: the first counts the parts kept, so that
 * the second writes the list straight into the heap, with no list of
 * spans in between (a split into a million parts made 32 MB of them). */
static Term split(Process *p, Term *args, Term opts) {
    Search q;
    bool ok = search_init(&q, args[0], args[1]);
    Opts o = parse_opts(opts, &q);
    if (!ok || o.bad) {
        search_free(&q);
        return bif_badarg(p);
    }
    size_t n = 0, keep = 0, off, len;
    for (Parts it = parts_first(&q); parts_next(&q, o.global, &it, &off, &len);) {
        if (o.trim_all && len == 0) continue;
        n++;
        if (len || !o.trim) keep = n;   /* trim: not the empty parts at the end */
    }
    Term *h = heap_reserve(p, (BIF_SUB_WORDS + 2) * keep);
    if (!h) {
        search_free(&q);
        return bif_oom(p);
    }
    BinView v = bin_view(args[0]);
    if (!v.bit_offset) q.s = v.bytes;   /* the subject may have moved (else q.s is a copy) */
    Term list = NIL, *tail = &list;
    Parts it = parts_first(&q);
    for (size_t i = 0; i < keep && parts_next(&q, o.global, &it, &off, &len);) {
        if (o.trim_all && len == 0) continue;
        Term *cell = h + (BIF_SUB_WORDS + 2) * i++;
        cell[0] = bif_make_sub(cell + 2, args[0], off, len);
        *tail = make_list(cell);
        tail = &cell[1];
    }
    *tail = NIL;
    search_free(&q);
    return list;
}

Term bif_binary_split_2(Process *p, Term *args) { return split(p, args, NIL); }
Term bif_binary_split_3(Process *p, Term *args) { return split(p, args, args[2]); }

static Term matches(Process *p, Term *args, Term opts, bool global) {
    Search q;
    Spans m = {0};
    bool ok = search_init(&q, args[0], args[1]);
    Opts o = parse_opts(opts, &q);
    ok = ok && !o.bad && !o.global && !o.trim && find_all(&q, global, &m);
    search_free(&q);
    if (!ok) { spans_free(&m); return bif_badarg(p); }
    if (!global && m.n == 0) { spans_free(&m); return atom_intern("nomatch", 7); }
    Term *h = heap_reserve(p, 5 * m.n);
    if (!h) { spans_free(&m); return bif_oom(p); }
    Term list = NIL;
    for (size_t i = m.n; i-- > 0;) {
        Term *t = h + 5 * i;
        t[0] = make_header(KIND_TUPLE, 2);
        t[1] = make_small((SInt)m.off[i]);
        t[2] = make_small((SInt)m.len[i]);
        t[3] = make_boxed(t);
        t[4] = list;
        list = make_list(t + 3);
    }
    spans_free(&m);
    return global ? list : CAR(list);
}

Term bif_binary_matches_2(Process *p, Term *args) { return matches(p, args, NIL, true); }
Term bif_binary_matches_3(Process *p, Term *args) { return matches(p, args, args[2], true); }
Term bif_binary_match_2(Process *p, Term *args) { return matches(p, args, NIL, false); }
Term bif_binary_match_3(Process *p, Term *args) { return matches(p, args, args[2], false); }

/* ---- replace ---- */

/* Positions in the replacement where the matched part goes, sorted. */
static bool insert_positions(Term ins, size_t rlen, size_t *pos, size_t *npos) {
    *npos = 0;
    if (ins == THE_NON_VALUE) return true;
    Term l = is_list(ins) ? ins : NIL;
    if (!is_list(ins)) {
        if (!is_small(ins) || small_val(ins) < 0 || (size_t)small_val(ins) > rlen) return false;
        pos[(*npos)++] = (size_t)small_val(ins);
        return true;
    }
    for (; is_cons(l) && *npos < 64; l = CDR(l)) {
        Term e = CAR(l);
        if (!is_small(e) || small_val(e) < 0 || (size_t)small_val(e) > rlen) return false;
        pos[(*npos)++] = (size_t)small_val(e);
    }
    for (size_t i = 1; i < *npos; i++)   /* insertion sort: a handful at most */
        for (size_t j = i; j > 0 && pos[j - 1] > pos[j]; j--) { size_t t = pos[j]; pos[j] = pos[j - 1]; pos[j - 1] = t; }
    return is_nil(l);
}

static Term replace(Process *p, Term *args, Term opts) {
    Search q;
    Spans m = {0};
    Buf rep, out;
    bif_buf_init(&rep);
    bif_buf_init(&out);
    size_t ins[64], nins;
    bool ok = search_init(&q, args[0], args[1]);
    Opts o = parse_opts(opts, &q);
    ok = ok && !o.bad && bytes_of(args[2], &rep) && insert_positions(o.insert, rep.len, ins, &nins)
         && find_all(&q, o.global, &m);
    if (ok) {
        size_t start = 0;
        for (size_t i = 0; i < m.n; i++) {
            bif_buf_put(&out, q.s + start, m.off[i] - start);
            size_t r = 0;
            for (size_t k = 0; k < nins; k++) {
                bif_buf_put(&out, rep.data + r, ins[k] - r);
                bif_buf_put(&out, q.s + m.off[i], m.len[i]);
                r = ins[k];
            }
            bif_buf_put(&out, rep.data + r, rep.len - r);
            start = m.off[i] + m.len[i];
        }
        bif_buf_put(&out, q.s + start, q.n - start);
    }
    search_free(&q);
    spans_free(&m);
    bif_buf_free(&rep);
    if (!ok) { bif_buf_free(&out); return bif_badarg(p); }
    return bif_buf_to_bin(p, &out);
}

Term bif_binary_replace_3(Process *p, Term *args) { return replace(p, args, NIL); }
Term bif_binary_replace_4(Process *p, Term *args) { return replace(p, args, args[3]); }

/* ---- bytes ---- */

static bool byte_at(Term bin, SInt i, uint8_t *c) {
    if (!bin_is_binary(bin)) return false;
    BinView v = bin_view(bin);
    if (i < 0 || (size_t)i >= v.bits / 8) return false;
    *c = v.bit_offset ? (uint8_t)((v.bytes[i] << v.bit_offset) | (v.bytes[i + 1] >> (8 - v.bit_offset)))
                      : v.bytes[i];
    return true;
}

Term bif_binary_at_2(Process *p, Term *args) {
    uint8_t c;
    if (!is_small(args[1]) || !byte_at(args[0], small_val(args[1]), &c)) return bif_badarg(p);
    return make_small(c);
}

Term bif_binary_first_1(Process *p, Term *args) {
    uint8_t c;
    return byte_at(args[0], 0, &c) ? make_small(c) : bif_badarg(p);
}

Term bif_binary_last_1(Process *p, Term *args) {
    uint8_t c;
    if (!bin_is_binary(args[0])) return bif_badarg(p);
    return byte_at(args[0], (SInt)(bin_view(args[0]).bits / 8) - 1, &c) ? make_small(c) : bif_badarg(p);
}

Term bif_binary_part_3(Process *p, Term *args) { return bif_erlang_binary_part_3(p, args); }
Term bif_binary_part_2(Process *p, Term *args) { return bif_erlang_binary_part_2(p, args); }

Term bif_binary_copy_2(Process *p, Term *args) {
    Buf one, out;
    bif_buf_init(&one);
    bif_buf_init(&out);
    if (!is_small(args[1]) || small_val(args[1]) < 0 || !bytes_of(args[0], &one)) {
        bif_buf_free(&one);
        return bif_badarg(p);
    }
    if (one.len && (size_t)small_val(args[1]) > BIN_MAX_BITS / 8 / one.len) {
        bif_buf_free(&one);
        return bif_oom(p);
    }
    for (SInt i = 0; i < small_val(args[1]) && !out.oom; i++) bif_buf_put(&out, one.data, one.len);
    bif_buf_free(&one);
    return bif_buf_to_bin(p, &out);
}

Term bif_binary_copy_1(Process *p, Term *args) {
    args[1] = make_small(1);
    return bif_binary_copy_2(p, args);
}

static Term bin_list(Process *p, Term *args, Term start, Term len) {
    if (!bin_is_binary(args[0])) return bif_badarg(p);
    args[1] = start;
    args[2] = len;
    p->nx = 3;
    Term part = bif_erlang_binary_part_3(p, args);
    if (part == THE_NON_VALUE) return part;
    args[0] = part;
    return bif_erlang_binary_to_list_1(p, args);
}

Term bif_binary_bin_to_list_1(Process *p, Term *args) { return bif_erlang_binary_to_list_1(p, args); }
Term bif_binary_bin_to_list_3(Process *p, Term *args) { return bin_list(p, args, args[1], args[2]); }
Term bif_binary_bin_to_list_2(Process *p, Term *args) {
    if (!is_tuple(args[1]) || tuple_arity(args[1]) != 2) return bif_badarg(p);
    return bin_list(p, args, TUPLE_ELEM(args[1], 0), TUPLE_ELEM(args[1], 1));
}

/* ---- unsigned encodings ---- */

static int endian(Term t) {
    return t == AM(big) ? 0 : t == AM(little) ? 1 : -1;
}

Term bif_binary_decode_unsigned_2(Process *p, Term *args) {
    Buf b;
    bif_buf_init(&b);
    int e = endian(args[1]);
    if (e < 0 || !bytes_of(args[0], &b)) { bif_buf_free(&b); return bif_badarg(p); }
    Buf hex;
    bif_buf_init(&hex);
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < b.len; i++) {
        uint8_t c = b.data[e ? b.len - 1 - i : i];
        bif_buf_byte(&hex, (uint8_t)digits[c >> 4]);
        bif_buf_byte(&hex, (uint8_t)digits[c & 15]);
    }
    bif_buf_free(&b);
    if (hex.len == 0) bif_buf_byte(&hex, '0');
    Term r = bif_parse_integer(p, &hex, 16);
    return r == THE_NON_VALUE ? bif_badarg(p) : r;
}

Term bif_binary_decode_unsigned_1(Process *p, Term *args) {
    args[1] = AM(big);
    return bif_binary_decode_unsigned_2(p, args);
}

static int hex_val(char c) { return c <= '9' ? c - '0' : (c | 32) - 'a' + 10; }

Term bif_binary_encode_unsigned_2(Process *p, Term *args) {
    int e = endian(args[1]);
    if (e < 0 || !is_integer(args[0]) || (is_small(args[0]) && small_val(args[0]) < 0)
        || (is_bignum(args[0]) && boxed_kind(args[0]) == KIND_NEG_BIG))
        return bif_badarg(p);
    char *hex = big_to_string(args[0], 16);
    if (!hex) return bif_oom(p);
    size_t n = strlen(hex), i = 0;
    Buf out;
    bif_buf_init(&out);
    if (n % 2) bif_buf_byte(&out, (uint8_t)hex_val(hex[i++]));
    for (; i < n; i += 2) bif_buf_byte(&out, (uint8_t)(hex_val(hex[i]) << 4 | hex_val(hex[i + 1])));
    free(hex);
    if (e)
        for (size_t k = 0; k < out.len / 2; k++) {
            uint8_t t = out.data[k]; out.data[k] = out.data[out.len - 1 - k]; out.data[out.len - 1 - k] = t;
        }
    return bif_buf_to_bin(p, &out);
}

Term bif_binary_encode_unsigned_1(Process *p, Term *args) {
    args[1] = AM(big);
    return bif_binary_encode_unsigned_2(p, args);
}

/* ---- common prefix and suffix ---- */

static Term common(Process *p, Term l, bool suffix) {
    size_t n, best = 0;
    if (!bif_list_length(l, &n) || n == 0) return bif_badarg(p);
    Buf first;
    bif_buf_init(&first);
    if (!bytes_of(CAR(l), &first)) { bif_buf_free(&first); return bif_badarg(p); }
    best = first.len;
    for (Term t = CDR(l); is_cons(t); t = CDR(t)) {
        Buf b;
        bif_buf_init(&b);
        if (!bytes_of(CAR(t), &b)) { bif_buf_free(&b); bif_buf_free(&first); return bif_badarg(p); }
        size_t k = 0;
        while (k < best && k < b.len
               && (suffix ? first.data[first.len - 1 - k] == b.data[b.len - 1 - k] : first.data[k] == b.data[k]))
            k++;
        best = k;
        bif_buf_free(&b);
    }
    bif_buf_free(&first);
    return make_small((SInt)best);
}

Term bif_binary_longest_common_prefix_1(Process *p, Term *args) { return common(p, args[0], false); }
Term bif_binary_longest_common_suffix_1(Process *p, Term *args) { return common(p, args[0], true); }

/* :binary.compile_pattern(pattern) -> {:bm, pattern} for one binary,
 * {:ac, patterns} for a list. Searching is fast without precompiling, so
 * the "compiled" form only carries the validated pattern along (the BEAM
 * holds a reference there instead). */
Term bif_binary_compile_pattern_1(Process *p, Term *args) {
    Search q = {0};
    bif_buf_init(&q.subj);
    bif_buf_init(&q.pats);
    bool ok = read_patterns(&q, args[0]);
    search_free(&q);
    if (!ok) return bif_badarg(p);
    args[1] = atom_intern(is_list(args[0]) ? "ac" : "bm", 2);
    p->nx = 2;
    return bif_tuple2x(p, 1, 0);
}
