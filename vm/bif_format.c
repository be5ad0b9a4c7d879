/* bif_format.c — Erlang's :io.format, :io.fwrite and :io_lib.format: the
 * control sequences (~p ~P ~w ~W ~s ~c ~f ~e ~g ~b ~B ~x ~X ~# ~+ ~i ~n ~~
 * with field width, precision, padding and the t modifier) and the
 * Erlang-syntax term printer they need: io_lib's depth cuts for ~W and ~P,
 * io_lib_pretty's line breaking at 80 columns for ~p, and the reasons a
 * format fails, for the error message. Output is built as code points: the
 * devices are Unicode. Maps print in maps:iterator's order, as io_lib walks
 * them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "bif.h"
#include "bignum.h"
#include "binary.h"
#include "fmt_float.h"
#include "map.h"

/* ---- code point buffers ---- */

typedef struct { uint32_t *d; size_t n, cap; bool oom; } Cps;

static void put(Cps *c, uint32_t cp) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        uint32_t *d = realloc(c->d, cap * sizeof *d);
        if (!d) { c->oom = true; return; }
        c->d = d;
        c->cap = cap;
    }
    c->d[c->n++] = cp;
}

static void puts_ascii(Cps *c, const char *s) { while (*s) put(c, (uint8_t)*s++); }
static void put_cps(Cps *c, const Cps *s, size_t from, size_t n) { for (size_t i = 0; i < n; i++) put(c, s->d[from + i]); }

/* ---- the flat term writer (~w, and ~p for what fits) ---- */

typedef struct { bool pretty, unicode; } Style;

static bool is_reserved(const char *s, size_t n) {
    static const char *const words[] = {"after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl",
        "bsr", "bxor", "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
        "orelse", "receive", "rem", "try", "when", "xor", NULL};
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && !memcmp(words[i], s, n)) return true;
    return false;
}

static void put_escaped(Cps *c, uint32_t ch, uint32_t quote) {
    switch (ch) {
    case '\n': puts_ascii(c, "\\n"); return;
    case '\r': puts_ascii(c, "\\r"); return;
    case '\t': puts_ascii(c, "\\t"); return;
    case '\v': puts_ascii(c, "\\v"); return;
    case '\b': puts_ascii(c, "\\b"); return;
    case '\f': puts_ascii(c, "\\f"); return;
    case 27: puts_ascii(c, "\\e"); return;
    case 127: puts_ascii(c, "\\d"); return;
    case '\\': puts_ascii(c, "\\\\"); return;
    default:
        if (ch == quote) { put(c, '\\'); put(c, ch); return; }
        if (ch < 32) { char b[8]; snprintf(b, sizeof b, "\\^%c", (char)(ch + 64)); puts_ascii(c, b); return; }
        put(c, ch);
    }
}

/* Erlang's lowercase letters, Latin-1 ones included, may start an
 * unquoted atom; its uppercase ones, digits, _ and @ may follow. */
static bool atom_lower(uint32_t ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 0xDF && ch <= 0xFF && ch != 0xF7); }

static bool atom_char(uint32_t ch) {
    return atom_lower(ch) || (ch >= 'A' && ch <= 'Z') || (ch >= 0xC0 && ch <= 0xDE && ch != 0xD7)
           || (ch >= '0' && ch <= '9') || ch == '_' || ch == '@';
}

/* Without the t modifier, characters beyond Latin-1 are written \x{HEX}. */
static void write_atom(Cps *c, Term a, bool unicode) {
    size_t n;
    const uint8_t *s = (const uint8_t *)atom_text(a, &n);
    uint32_t cp;
    bool plain = n > 0 && !is_reserved((const char *)s, n);
    for (size_t i = 0, len; plain && i < n; i += len) {
        len = bin_utf8_decode(s + i, n - i, &cp);
        plain = len && (i ? atom_char(cp) : atom_lower(cp));
    }
    if (!plain) put(c, '\'');
    for (size_t i = 0, len; i < n; i += len) {
        len = bin_utf8_decode(s + i, n - i, &cp);
        if (!len) { len = 1; cp = s[i]; }
        if (cp > 255 && !unicode) {
            char b[16];
            snprintf(b, sizeof b, "\\x{%X}", (unsigned)cp);
            puts_ascii(c, b);
        } else if (plain) put(c, cp);
        else put_escaped(c, cp, '\'');
    }
    if (!plain) put(c, '\'');
}

/* io's printable range is Latin-1 (the VM's default +pc latin1), for
 * ~tp too: a UTF-8 binary or a list with a character beyond it is not text. */
static bool printable_char(uint32_t ch) {
    return (ch >= 32 && ch <= 126) || (ch >= 8 && ch <= 13) || ch == 27 || (ch >= 160 && ch <= 255);
}

/* A non-empty proper list of printable characters (latin1 range only:
 * io's default printable range). */
static bool printable_list(Term l) {
    if (!is_cons(l)) return false;
    for (; is_cons(l); l = CDR(l))
        if (!is_small(CAR(l)) || small_val(CAR(l)) < 0 || !printable_char((uint32_t)small_val(CAR(l))))
            return false;
    return is_nil(l);
}

/* Depths are ~W's and ~P's: d < 0 is unlimited, and a term at depth 1 that
 * has parts shows none of them. */
static long deeper(long d) { return d < 0 ? d : d - 1; }

static void write_term(Cps *c, Term t, Style st, long d);

static void write_number(Cps *c, Term t) {
    if (is_float(t)) {
        char b[FMT_FLOAT_MAX];
        fmt_float_short(b, float_val(t));
        puts_ascii(c, b);
    } else if (is_small(t)) {
        char b[32];
        snprintf(b, sizeof b, "%lld", (long long)small_val(t));
        puts_ascii(c, b);
    } else {
        char *s = big_to_string(t, 10);
        if (s) puts_ascii(c, s);
        free(s);
    }
}

/* Scans at most `room` characters of b[0..n) (bytes as Latin-1, or UTF-8
 * code points): how many are printable before the first that is not, and
 * whether all of them are ASCII. For UTF-8, an invalid sequence stops the
 * scan with *bad set. */
static size_t printable_prefix(const uint8_t *b, size_t n, bool utf8, size_t room, bool *ascii, bool *bad) {
    size_t k = 0;
    uint32_t cp;
    *ascii = true;
    *bad = false;
    for (size_t i = 0, len; i < n && k < room; i += len, k++) {
        len = utf8 ? bin_utf8_decode(b + i, n - i, &cp) : (cp = b[i], 1);
        if (!len) { *bad = true; break; }
        if (!printable_char(cp)) break;
        *ascii = *ascii && cp < 128;
    }
    return k;
}

static size_t chars_in(const uint8_t *b, size_t n, bool utf8) {
    size_t k = 0;
    uint32_t cp;
    for (size_t i = 0, len; i < n; i += len, k++) {
        len = utf8 ? bin_utf8_decode(b + i, n - i, &cp) : 1;
        if (!len) len = 1;
    }
    return k;
}

/* ~p's strings: *shown characters of the binary, then "..." if that is
 * not all of it. */
static void write_text(Cps *c, const uint8_t *b, size_t n, bool utf8, size_t shown) {
    size_t k = 0, i = 0, len;
    uint32_t cp;
    put(c, '"');
    for (; i < n && k < shown; i += len, k++) {
        len = utf8 ? bin_utf8_decode(b + i, n - i, &cp) : (cp = b[i], 1);
        put_escaped(c, cp, '"');
    }
    put(c, '"');
    if (utf8) puts_ascii(c, "/utf8");
    if (i < n) puts_ascii(c, "...");
}

/* The whole bytes of a bitstring into b. */
static void binary_bytes(BinView v, Buf *b) {
    bif_buf_init(b);
    for (size_t i = 0; i < v.bits / 8; i++)
        bif_buf_byte(b, v.bit_offset ? (uint8_t)((v.bytes[i] << v.bit_offset) | (v.bytes[i + 1] >> (8 - v.bit_offset)))
                                     : v.bytes[i]);
}

/* Whether ~p writes the binary as a string: 0 no, 1 Latin-1, 2 UTF-8,
 * and how many characters (*shown). Cut by a depth d, ~P looks at 4(d-1)
 * bytes' worth of characters and shows their printable beginning when it
 * is at least d-1 characters long. */
static int binary_text(const Buf *b, BinView v, Style st, long d, size_t *shown) {
    if (!st.pretty || b->len == 0 || v.bits % 8 || d == 1) return 0;
    size_t room = d < 0 ? SIZE_MAX : 4 * (size_t)(d - 1), least = d < 0 ? SIZE_MAX : (size_t)(d - 1);
    if (room > b->len) room = b->len;
    bool ascii, bad;
    /* ~tp reads valid UTF-8 as such, and other bytes as Latin-1 */
    for (int utf8 = st.unicode; utf8 >= 0; utf8--) {
        size_t total = chars_in(b->data, b->len, utf8);
        size_t k = printable_prefix(b->data, b->len, utf8, room, &ascii, &bad);
        if (bad) continue;
        if (k == total || k == room || k >= least) {
            *shown = k;
            return utf8 && !ascii ? 2 : 1;
        }
        return 0;
    }
    return 0;
}

static void write_binary(Cps *c, Term t, Style st, long d) {
    Buf b;
    BinView v = bin_view(t);
    size_t whole = v.bits / 8, rest = v.bits % 8;
    binary_bytes(v, &b);
    puts_ascii(c, "<<");
    size_t shown = 0;
    int text = binary_text(&b, v, st, d, &shown);
    if (text) {
        write_text(c, b.data, whole, text == 2, shown);
    } else {
        char num[16];
        size_t i = 0;
        for (; i < whole && d != 1; i++, d = deeper(d)) {
            snprintf(num, sizeof num, i ? ",%u" : "%u", b.data[i]);
            puts_ascii(c, num);
        }
        if (i < whole || (rest && d == 1)) puts_ascii(c, i ? ",..." : "...");
        else if (rest) {
            unsigned last = (unsigned)(v.bytes[whole] << v.bit_offset);
            if (v.bit_offset + rest > 8) last |= v.bytes[whole + 1] >> (8 - v.bit_offset);
            snprintf(num, sizeof num, whole ? ",%u:%zu" : "%u:%zu", (last & 0xFF) >> (8 - rest), rest);
            puts_ascii(c, num);
        }
    }
    puts_ascii(c, ">>");
    bif_buf_free(&b);
}

static void write_list(Cps *c, Term t, Style st, long d) {
    if (d == 1) { puts_ascii(c, "[...]"); return; }
    if (st.pretty && printable_list(t)) {
        put(c, '"');
        for (; is_cons(t); t = CDR(t)) put_escaped(c, (uint32_t)small_val(CAR(t)), '"');
        put(c, '"');
        return;
    }
    put(c, '[');
    write_term(c, CAR(t), st, deeper(d));
    for (t = CDR(t), d = deeper(d); !is_nil(t); t = CDR(t), d = deeper(d)) {
        if (d == 1) { puts_ascii(c, "|..."); break; }
        put(c, is_cons(t) ? ',' : '|');
        write_term(c, is_cons(t) ? CAR(t) : t, st, deeper(d));
        if (!is_cons(t)) break;
    }
    put(c, ']');
}

static void write_tuple(Cps *c, Term t, Style st, long d) {
    size_t n = tuple_arity(t);
    if (n > 0 && d == 1) { puts_ascii(c, "{...}"); return; }
    put(c, '{');
    for (size_t i = 0; i < n; i++, d = deeper(d)) {
        if (i && d == 1) { puts_ascii(c, ",..."); break; }
        if (i) put(c, ',');
        write_term(c, TUPLE_ELEM(t, i), st, deeper(d));
    }
    put(c, '}');
}

/* ~W and ~P cut maps differently: ~W shows nothing at depth 1 and ends
 * in ",..." when the depth runs out, even after the last pair. */
static void write_map(Cps *c, Term t, Style st, long d) {
    if (st.pretty && d == 1 && map_size(t) > 0) { puts_ascii(c, "#{...}"); return; }
    puts_ascii(c, "#{");
    MapIter it;
    Term k, v;
    long each = deeper(d);
    map_iter_init_fold(&it, t);
    for (bool first = true;; first = false, d = deeper(d)) {
        bool more = map_iter_next(&it, &k, &v);
        if (d == 1 && !first && (more || !st.pretty)) { puts_ascii(c, ",..."); break; }
        if (!more || d == 1) break;
        if (!first) put(c, ',');
        write_term(c, k, st, each);
        puts_ascii(c, " => ");
        write_term(c, v, st, each);
    }
    put(c, '}');
}

static void write_term(Cps *c, Term t, Style st, long d) {
    char b[64];
    if (d == 0) puts_ascii(c, "...");
    else if (is_number(t)) write_number(c, t);
    else if (is_atom(t)) write_atom(c, t, st.unicode);
    else if (is_nil(t)) puts_ascii(c, "[]");
    else if (is_list(t)) write_list(c, t, st, d);
    else if (is_tuple(t)) write_tuple(c, t, st, d);
    else if (is_map(t)) write_map(c, t, st, d);
    else if (is_bitstring(t)) write_binary(c, t, st, d);
    else if (is_pid(t)) { snprintf(b, sizeof b, "<0.%llu.0>", (unsigned long long)pid_index(t)); puts_ascii(c, b); }
    else if (is_ref(t)) { snprintf(b, sizeof b, "#Ref<0.0.0.%llu>", (unsigned long long)boxed_ptr(t)[1]); puts_ascii(c, b); }
    else if (is_fun(t)) puts_ascii(c, "#Fun<>");
    else puts_ascii(c, "#Port<0.0>");
}

/* ---- ~p: io_lib_pretty's layout ----
 * A term is written flat when it ends by column `limit` (78 for the default
 * line width 80). Otherwise its parts go on lines of their own, except that
 * leaves (numbers, atoms, strings, binaries, empty or cut containers) fill
 * a line while they fit. A tuple tagged by an atom keeps the tag on its
 * first line; when the tag is long the rest is indented 4. A map pair that
 * does not fit puts its value on the next line, indented 4. */

/* tind is io_lib_pretty's TInd: how far the parts of a tagged tuple and
 * a map value below its key are indented, chosen for the whole term. */
typedef struct { Cps *out; Style st; size_t limit; long tind; } Pretty;

static size_t column(const Cps *c) {
    size_t i = c->n;
    while (i > 0 && c->d[i - 1] != '\n') i--;
    return c->n - i;
}

static size_t flat(Cps *tmp, Term t, Style st, long d) {
    tmp->n = 0;
    write_term(tmp, t, st, d);
    return tmp->n;
}

static void newline(Cps *c, size_t indent) {
    put(c, '\n');
    for (size_t i = 0; i < indent; i++) put(c, ' ');
}

static void pp(Pretty *pr, Term t, size_t trail, int depth, long d);

/* Whether t at depth d prints as one piece: io_lib_pretty's leaves. */
static bool leaf(const Pretty *pr, Term t, long d) {
    if (d == 0 || is_nil(t)) return true;
    /* cut at depth 1, a list is still a list ([...]); a tuple or map is not */
    if (is_list(t)) return d != 1 && pr->st.pretty && printable_list(t);
    if (is_tuple(t)) return d == 1 || tuple_arity(t) == 0;
    if (is_map(t)) return d == 1 || map_size(t) == 0;
    if (is_bitstring(t)) {
        /* bytes are a part each; a string or an empty binary is one piece */
        BinView v = bin_view(t);
        if (d == 1 || v.bits == 0) return true;
        Buf b;
        binary_bytes(v, &b);
        size_t shown;
        bool text = binary_text(&b, v, pr->st, d, &shown) != 0;
        bif_buf_free(&b);
        return text;
    }
    return true;
}

/* Elements elems[0..n) from the current column, wrapping to `indent`, and
 * `close` after the last. Leaves fill a line while they fit; any other
 * element starts a line and ends it. Each element is one level deeper than
 * the one before it, the first at depth d (all at d for a map's pairs).
 * With `joined`, the first element comes after a comma as the others do:
 * on the same line if it fits, where io_lib_pretty counts that comma twice
 * until the line ends. */
static bool pp_elems(Pretty *pr, const Term *elems, size_t n, size_t indent, const char *close, size_t trail,
                     int depth, long d, bool joined) {
    Cps tmp = {0};
    bool ended = false;
    size_t extra = joined;
    for (size_t i = 0; i < n; i++, d = deeper(d)) {
        bool last = i + 1 == n;
        size_t ld = last ? 1 + trail : 0;   /* io_lib_pretty counts the bracket, not "|..." */
        size_t len = flat(&tmp, elems[i], pr->st, d);
        bool atom = leaf(pr, elems[i], d);
        if (i > 0 || joined) {
            if (i == 0) put(pr->out, ',');
            if (!ended && atom && column(pr->out) + len + (ld ? ld : 1) + extra <= pr->limit) {
                put_cps(pr->out, &tmp, 0, len);
                if (!last) put(pr->out, ',');
                continue;
            }
            newline(pr->out, indent);
            extra = 0;
        }
        ended = !(atom && column(pr->out) + len + ld <= pr->limit);
        if (ended) pp(pr, elems[i], ld, depth + 1, d);
        else put_cps(pr->out, &tmp, 0, len);
        if (!last) put(pr->out, ',');
    }
    puts_ascii(pr->out, close);
    free(tmp.d);
    return ended;
}

/* The tail of an improper list after "|": on the same line when it is a
 * leaf that fits and the line was not ended, else on a line of its own. */
static void pp_improper(Pretty *pr, Term tail, bool ended, size_t indent, size_t trail, int depth) {
    Cps tmp = {0};
    size_t len = flat(&tmp, tail, pr->st, -1);
    put(pr->out, '|');
    if (!ended && leaf(pr, tail, -1) && column(pr->out) + len + trail + 1 <= pr->limit) {
        put_cps(pr->out, &tmp, 0, len);
    } else {
        newline(pr->out, indent);
        pp(pr, tail, trail + 1, depth + 1, -1);
    }
    put(pr->out, ']');
    free(tmp.d);
}

/* The elements of a list or a tuple in a malloc'd array; *tail is what
 * ends the list ([] when proper). */
static Term *elements(Term t, size_t *n, Term *tail) {
    *tail = NIL;
    if (is_tuple(t)) *n = tuple_arity(t);
    else for (*n = 0, *tail = t; is_cons(*tail); *tail = CDR(*tail)) ++*n;
    Term *a = malloc((*n + 1) * sizeof *a);
    if (!a) return NULL;
    if (is_tuple(t)) memcpy(a, tuple_elems(t), *n * sizeof *a);
    else for (size_t i = 0; is_cons(t); t = CDR(t)) a[i++] = CAR(t);
    return a;
}

/* How many of n parts a term at depth d shows: the rest become "...". */
static size_t shown(size_t n, long d) { return d < 0 || (size_t)(d - 1) >= n ? n : (size_t)(d - 1); }

/* One pair: flat when it fits, else its value on the next line. Returns
 * whether the line is ended: the next pair then starts a new one. */
static bool pp_pair(Pretty *pr, Term k, Term v, size_t indent, size_t ld, int depth, long d) {
    Cps tmp = {0};
    size_t col = column(pr->out);
    write_term(&tmp, k, pr->st, d);
    puts_ascii(&tmp, " => ");
    write_term(&tmp, v, pr->st, d);
    bool fits = col + tmp.n + ld <= pr->limit;
    if (fits) put_cps(pr->out, &tmp, 0, tmp.n);
    free(tmp.d);
    if (fits) return !(leaf(pr, k, d) && leaf(pr, v, d));
    pp(pr, k, ld, depth + 1, d);
    puts_ascii(pr->out, " =>");
    newline(pr->out, indent + (pr->tind > 0 ? (size_t)pr->tind : 4));
    pp(pr, v, ld, depth + 1, d);
    return true;
}

static void pp_map(Pretty *pr, Term t, size_t trail, int depth, long d) {
    size_t indent = column(pr->out) + 2, i = 0, n = shown(map_size(t), d);
    const char *close = n < map_size(t) ? ",...}" : "}";
    bool ended = false;
    puts_ascii(pr->out, "#{");
    MapIter it;
    Term k, v;
    map_iter_init_fold(&it, t);
    while (i < n && map_iter_next(&it, &k, &v)) {
        bool last = ++i == n;
        size_t ld = last ? 1 + trail : 0;
        if (i > 1) {
            Cps tmp = {0};
            write_term(&tmp, k, pr->st, deeper(d));
            puts_ascii(&tmp, " => ");
            write_term(&tmp, v, pr->st, deeper(d));
            bool same = !ended && leaf(pr, k, deeper(d)) && leaf(pr, v, deeper(d))
                        && column(pr->out) + tmp.n + (ld ? ld : 1) <= pr->limit;
            if (same) put_cps(pr->out, &tmp, 0, tmp.n);
            free(tmp.d);
            if (same) { if (!last) put(pr->out, ','); continue; }
            newline(pr->out, indent);
        }
        ended = pp_pair(pr, k, v, indent, ld, depth, deeper(d));
        if (!last) put(pr->out, ',');
    }
    puts_ascii(pr->out, close);
}

/* A binary written as bytes fills lines after its "<<", each at least 8
 * columns wide. */
static void pp_binary(Pretty *pr, const Cps *flat_text, size_t trail) {
    size_t col = column(pr->out);
    long n0 = (long)pr->limit + 2 - (long)(col + 3) - (long)trail, n;
    if (n0 < 8) n0 = 8;
    n = n0;
    puts_ascii(pr->out, "<<");
    size_t end = flat_text->n - 2;
    for (size_t i = 2; i < end;) {
        size_t j = i;
        while (j < end && flat_text->d[j] != ',') j++;
        long len = (long)(j - i) + (j < end);
        if (n - len < 0) { newline(pr->out, col + 2); n = n0; }
        n -= len;
        put_cps(pr->out, flat_text, i, (size_t)len);
        i = j + 1;
    }
    puts_ascii(pr->out, ">>");
}

static void pp(Pretty *pr, Term t, size_t trail, int depth, long d) {
    Cps tmp = {0};
    size_t len = flat(&tmp, t, pr->st, d), col = column(pr->out);
    size_t n;
    bool proper = is_list(t) && bif_list_length(t, &n);
    if (col + len + trail <= pr->limit || depth > 100 || leaf(pr, t, d) || (is_list(t) && !proper && d >= 0)) {
        put_cps(pr->out, &tmp, 0, len);
        free(tmp.d);
        return;
    }
    if (is_bitstring(t)) pp_binary(pr, &tmp, trail);
    free(tmp.d);
    if (is_bitstring(t)) return;
    if (is_map(t)) { pp_map(pr, t, trail, depth, d); return; }
    Term tail;
    Term *a = elements(t, &n, &tail);
    if (!a) return;
    size_t m = shown(n, d);
    const char *close = is_tuple(t) ? (m < n ? ",...}" : "}") : (m < n ? "|...]" : "]");
    put(pr->out, is_tuple(t) ? '{' : '[');
    if (is_tuple(t) && m >= 2 && is_atom(a[0])) {
        write_atom(pr->out, a[0], pr->st.unicode);
        size_t tagind = column(pr->out) - col + 1;
        if (pr->tind > 0 && (long)tagind > pr->tind) {
            pp_elems(pr, a + 1, m - 1, col + (size_t)pr->tind, close, trail, depth, deeper(deeper(d)), true);
        } else {
            put(pr->out, ',');
            pp_elems(pr, a + 1, m - 1, column(pr->out), close, trail, depth, deeper(deeper(d)), false);
        }
    } else if (is_nil(tail)) {
        pp_elems(pr, a, m, col + 1, close, trail, depth, deeper(d), false);
    } else {
        bool ended = pp_elems(pr, a, m, col + 1, "", trail, depth, deeper(d), false);
        pp_improper(pr, tail, ended, col + 1, trail, depth);
    }
    free(a);
}

/* ---- io_lib_pretty's cind: choosing TInd ----
 * The layout is tried without writing, columns counted from col: a tagged
 * tuple whose parts would start right of the middle of the line makes the
 * try fail ("no good"), and a smaller tind is tried. m is the length of the
 * whole term written flat. */

typedef struct { const Pretty *pr; long tind; size_t m; } Cind;

static bool cind(const Cind *ci, Term t, size_t col, size_t ld, int depth, long d);

static bool cind_elems(const Cind *ci, const Term *elems, size_t n, size_t wrap, size_t col, size_t close, int depth,
                       long d, bool joined) {
    const Pretty *pr = ci->pr;
    Cps tmp = {0};
    bool ended = false, ok = true;
    size_t extra = joined;
    for (size_t i = 0; ok && i < n; i++, d = deeper(d)) {
        bool last = i + 1 == n;
        size_t ld = last ? close : 0, len = flat(&tmp, elems[i], pr->st, d);
        bool atom = leaf(pr, elems[i], d);
        if (i > 0 || joined) {
            if (i == 0) col++;
            if (!ended && atom && col + len + (ld ? ld : 1) + extra <= pr->limit) {
                col += len + !last;
                continue;
            }
            col = wrap;
            extra = 0;
        }
        ended = !(atom && col + len + ld <= pr->limit);
        if (ended) ok = cind(ci, elems[i], col, ld, depth + 1, d);
        col += len + !last;
    }
    free(tmp.d);
    return ok;
}

static bool cind_map(const Cind *ci, Term t, size_t col, size_t trail, int depth, long d) {
    const Pretty *pr = ci->pr;
    size_t wrap = col, i = 0, n = shown(map_size(t), d), close = 1 + trail;
    bool ended = false, ok = true;
    MapIter it;
    Term k, v;
    Cps tmp = {0};
    map_iter_init_fold(&it, t);
    while (ok && i < n && map_iter_next(&it, &k, &v)) {
        bool last = ++i == n;
        size_t ld = last ? close : 0;
        tmp.n = 0;
        write_term(&tmp, k, pr->st, deeper(d));
        puts_ascii(&tmp, " => ");
        write_term(&tmp, v, pr->st, deeper(d));
        bool atom = leaf(pr, k, deeper(d)) && leaf(pr, v, deeper(d));
        if (i > 1) {
            if (!ended && atom && col + tmp.n + (ld ? ld : 1) <= pr->limit) { col += tmp.n + !last; continue; }
            col = wrap;
        }
        if (col + tmp.n + ld <= pr->limit) {
            ended = !atom;
            col += tmp.n + !last;
        } else {
            ok = cind(ci, k, col, ld, depth + 1, deeper(d))
                 && cind(ci, v, col + (ci->tind > 0 ? (size_t)ci->tind : 4), ld, depth + 1, deeper(d));
            ended = true;
        }
    }
    free(tmp.d);
    return ok;
}

static bool cind(const Cind *ci, Term t, size_t col, size_t ld, int depth, long d) {
    const Pretty *pr = ci->pr;
    Cps tmp = {0};
    size_t len = flat(&tmp, t, pr->st, d), n;
    free(tmp.d);
    bool proper = is_list(t) && bif_list_length(t, &n);
    if (col + len + ld <= pr->limit || depth > 100 || leaf(pr, t, d) || is_bitstring(t) || (is_list(t) && !proper && d >= 0))
        return true;
    if (is_map(t)) return cind_map(ci, t, col + 2, ld, depth, d);
    Term tail;
    Term *a = elements(t, &n, &tail);
    if (!a) return true;
    size_t m = shown(n, d), half = (pr->limit + 2) / 2, ll = pr->limit + 2;
    size_t close = 1 + ld;
    bool ok;
    if (is_tuple(t) && m >= 2 && is_atom(a[0])) {
        tmp = (Cps){0};
        write_atom(&tmp, a[0], pr->st.unicode);
        size_t tagind = tmp.n + 2, tcol = col + 1 + tagind;
        free(tmp.d);
        if (ci->tind > 0 && (long)tagind > ci->tind) {
            size_t col1 = col + 1 + (size_t)ci->tind;
            ok = (ci->m + col1 <= ll || col1 <= half)
                 && cind_elems(ci, a + 1, m - 1, col + (size_t)ci->tind, col + tagind - 1, close, depth, deeper(deeper(d)), true);
        } else {
            ok = (ci->m + tcol < ll || tcol < half)
                 && cind_elems(ci, a + 1, m - 1, col + tagind, col + tagind, close, depth, deeper(deeper(d)), false);
        }
    } else {
        /* an improper tail that does not fit goes below the elements */
        ok = cind_elems(ci, a, m, col + 1, col + 1, close, depth, deeper(d), false)
             && (is_nil(tail) || cind(ci, tail, col + 1, ld + 1, depth + 1, -1));
    }
    free(a);
    return ok;
}

/* TInd for the term at the current column: -1 if that layout works, else 4,
 * else 1. */
static long choose_tind(Pretty *pr, Term t, long d) {
    Cps tmp = {0};
    size_t m = flat(&tmp, t, pr->st, d), col = column(pr->out);
    free(tmp.d);
    if (col + m <= pr->limit) return -1;
    Cind try1 = {pr, -1, m}, try4 = {pr, 4, m};
    if (cind(&try1, t, col, 0, 0, d)) return -1;
    return cind(&try4, t, col, 0, 0, d) ? 4 : 1;
}

/* ---- the control sequences ---- */

typedef struct {
    Cps out;
    size_t *seg;        /* io_lib.format's elements: start of each in out */
    bool *lit;          /* true: one literal character, false: a directive's chars */
    size_t nseg, capseg;
    bool oom;
    /* why the format failed, for the error message */
    enum { WHY_NONE, WHY_TYPE, WHY_CONTROL, WHY_TRUNCATED, WHY_COUNT, WHY_FAILED, WHY_NOT_LIST } why;
    const char *type;   /* WHY_TYPE: the type the argument should have had */
    uint32_t ctl;       /* WHY_CONTROL: the unknown control character */
    size_t elem;        /* WHY_TYPE: which argument, from 1 */
} Fmt;

static bool fail(Fmt *f, int why, const char *type) {
    f->why = why;
    f->type = type;
    return false;
}

static void segment(Fmt *f, size_t start, bool lit) {
    if (f->nseg == f->capseg) {
        size_t cap = f->capseg ? 2 * f->capseg : 32;
        size_t *s = realloc(f->seg, cap * sizeof *s);
        bool *l = s ? realloc(f->lit, cap * sizeof *l) : NULL;
        if (s) f->seg = s;
        if (!l) { f->oom = true; return; }
        f->lit = l;
        f->capseg = cap;
    }
    f->seg[f->nseg] = start;
    f->lit[f->nseg++] = lit;
}

typedef struct { long width, prec; bool left, unicode; uint32_t pad; } Spec;

/* s[0..n) adjusted into a field: Erlang fills a too-narrow field with '*'
 * for terms and numbers (stars), truncates strings to the precision. */
static void field(Cps *out, const Cps *s, const Spec *sp, bool stars) {
    size_t n = s->n;
    if (sp->width >= 0 && (size_t)sp->width < n && stars) {
        for (long i = 0; i < sp->width; i++) put(out, '*');
        return;
    }
    size_t padn = sp->width >= 0 && (size_t)sp->width > n ? (size_t)sp->width - n : 0;
    if (!sp->left) for (size_t i = 0; i < padn; i++) put(out, sp->pad);
    put_cps(out, s, 0, n);
    if (sp->left) for (size_t i = 0; i < padn; i++) put(out, sp->pad);
}

/* ~s's argument as code points: binaries are Latin-1 bytes unless ~ts. */
static bool chars_of(Term t, bool unicode, Cps *c) {
    uint32_t cp;
    if (is_atom(t)) {
        size_t n;
        const uint8_t *s = (const uint8_t *)atom_text(t, &n);
        for (size_t i = 0, len; i < n; i += len) {
            if (!(len = bin_utf8_decode(s + i, n - i, &cp))) return false;
            put(c, cp);
        }
        return true;
    }
    Buf b;
    bif_buf_init(&b);
    bool ok;
    if (is_bitstring(t) && !unicode) {
        ok = bif_iolist_collect(t, &b);
        for (size_t i = 0; ok && i < b.len; i++) put(c, b.data[i]);
    } else {
        ok = (is_list(t) || is_bitstring(t)) && bif_chardata_collect(t, &b);
        for (size_t i = 0, len; ok && i < b.len; i += len) {
            len = bin_utf8_decode(b.data + i, b.len - i, &cp);
            if (!len || (!unicode && cp > 255 && !is_bitstring(t))) ok = false;
            else put(c, cp);
        }
    }
    bif_buf_free(&b);
    return ok;
}

static void float_e(Cps *c, double d, long prec) {
    char b[400];
    snprintf(b, sizeof b, "%.*e", (int)(prec < 2 ? 1 : prec > 300 ? 299 : prec - 1), d);
    char *e = strchr(b, 'e');
    if (!e) return;
    int exp = atoi(e + 1);
    snprintf(e, sizeof b - (size_t)(e - b), "e%c%d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    puts_ascii(c, b);
}

/* io_lib_format's ~f: the 21 significant digits of float_to_list/1 (the
 * rest are zeros, not the exact expansion), cut to prec decimals and
 * rounded half up on the first digit dropped. */
static void float_f(Cps *c, double d, long prec) {
    char sci[40];
    snprintf(sci, sizeof sci, "%.20e", fabs(d));
    char digits[21];
    digits[0] = sci[0];
    memcpy(digits + 1, sci + 2, 20);
    long e = atol(strchr(sci, 'e') + 1) + 1, lead = e <= 0 ? 1 - e : 0;
    if (e <= 0) e = 1;
    /* the digit string is `lead` zeros, then digits[]; e digits before the point */
    size_t n = (size_t)(e + prec);
    char *out = malloc(n + 1);
    if (!out) return;
    for (size_t i = 0; i <= n; i++) {
        long k = (long)i - lead;
        out[i] = k < 0 ? '0' : k < 21 ? digits[k] : '0';
    }
    bool carry = out[n] >= '5';
    for (size_t i = n; carry && i-- > 0;) {
        carry = out[i] == '9';
        out[i] = carry ? '0' : (char)(out[i] + 1);
    }
    if (signbit(d)) put(c, '-');
    if (carry) put(c, '1');
    for (size_t i = 0; i < n; i++) {
        if (i == (size_t)e) put(c, '.');
        put(c, (uint8_t)out[i]);
    }
    free(out);
}

static void integer_in(Cps *c, Term t, unsigned base, bool lower, const char *prefix) {
    char *s = big_to_string(t, base);
    if (!s) return;
    const char *digits = s;
    if (*digits == '-') { put(c, '-'); digits++; }
    puts_ascii(c, prefix);
    for (const char *d = digits; *d; d++) put(c, (uint8_t)(lower ? (*d | (*d >= 'A' ? 32 : 0)) : (*d >= 'a' ? *d - 32 : *d)));
    free(s);
}

/* ~W's and ~P's depth from the arguments; negative is unlimited. */
static bool depth_arg(Term *args, long *d) {
    if (!is_cons(*args)) return false;
    Term v = CAR(*args);
    *args = CDR(*args);
    if (!is_small(v)) return false;
    *d = small_val(v) < 0 ? -1 : (long)small_val(v);
    return true;
}

static bool known_control(uint32_t ch) { return ch < 128 && ch && strchr("~ncfegswWpPBbX#x+i", (int)ch); }

/* One control sequence with its arguments from *args; false on bad input. */
static bool control(Fmt *f, uint32_t ch, Spec *sp, Term *args, size_t line_width) {
    Cps tmp = {0};
    Term a = NIL;
    bool needs_arg = ch != '~' && ch != 'n';
    if (needs_arg && !known_control(ch)) { f->ctl = ch; return fail(f, WHY_CONTROL, NULL); }
    if (needs_arg) {
        if (!is_cons(*args)) return fail(f, WHY_COUNT, NULL);
        a = CAR(*args);
        *args = CDR(*args);
    }
    bool ok = true, stars = true;
    long lim = -1;
    Style st = {false, sp->unicode};
    switch (ch) {
    case '~': put(&tmp, '~'); break;
    case 'n': put(&tmp, '\n'); break;
    case 'c':
        if (!is_small(a) || small_val(a) < 0) { ok = fail(f, WHY_TYPE, "integer"); break; }
        for (long i = 0, k = sp->prec >= 0 ? sp->prec : sp->width >= 0 ? sp->width : 1; i < k; i++)
            put(&tmp, (uint32_t)small_val(a));
        break;
    case 'f': case 'e': case 'g': {
        double d;
        if (!is_float(a)) { ok = fail(f, WHY_TYPE, "float"); break; }
        d = float_val(a);
        long prec = sp->prec >= 0 ? sp->prec : 6;
        if ((ch == 'e' && prec < 2) || (ch == 'f' && prec < 1)) { ok = fail(f, WHY_FAILED, NULL); break; }
        if (ch == 'f') float_f(&tmp, d, prec);
        else if (ch == 'e') float_e(&tmp, d, prec);
        else {   /* io_lib_format's fwrite_g */
            double m = fabs(d);
            long e = m >= 0.1 && m < 1e4 ? (long)floor(log10(m)) : 99;
            if ((prec <= 1 && e == -1) || (prec - 1 > e && e >= -1)) float_f(&tmp, d, prec - 1 - e);
            else float_e(&tmp, d, prec <= 1 ? 2 : prec);
        }
        break;
    }
    case 's':
        if (sp->width >= 0 && sp->prec > sp->width) { ok = fail(f, WHY_FAILED, NULL); break; }
        ok = chars_of(a, sp->unicode, &tmp) || fail(f, WHY_TYPE, "string");
        /* the precision cuts the string, or pads it on the right */
        if (sp->prec >= 0 && (size_t)sp->prec < tmp.n) tmp.n = (size_t)sp->prec;
        while (sp->prec >= 0 && (size_t)sp->prec > tmp.n) put(&tmp, sp->pad);
        stars = false;
        break;
    case 'w': case 'W':
        if (ch == 'W' && !depth_arg(args, &lim)) { ok = fail(f, WHY_TYPE, "integer"); break; }
        write_term(&tmp, a, st, lim);
        if (sp->width < 0 && sp->prec >= 0) sp->width = sp->prec;
        break;
    case 'p': case 'P': {
        if (ch == 'P' && !depth_arg(args, &lim)) { ok = fail(f, WHY_TYPE, "integer"); break; }
        st.pretty = true;
        size_t w = sp->width > 2 ? (size_t)sp->width : line_width;
        /* the layout needs the real column: write in place */
        size_t start = f->out.n;
        Pretty pr = {&f->out, st, w - 2, -1};
        pr.tind = choose_tind(&pr, a, lim);
        pp(&pr, a, 0, 0, lim);
        segment(f, start, false);
        free(tmp.d);
        return true;
    }
    case 'B': case 'b': case '#': case '+': case 'X': case 'x': {
        long base = sp->prec >= 0 ? sp->prec : 10;
        if (!is_integer(a)) { ok = fail(f, WHY_TYPE, "integer"); break; }
        if (base < 2 || base > 36) { ok = fail(f, WHY_FAILED, NULL); break; }
        Cps pre = {0};
        if (ch == 'X' || ch == 'x') {
            if (!is_cons(*args)) { ok = fail(f, WHY_COUNT, NULL); break; }
            Term prefix = CAR(*args);
            *args = CDR(*args);
            if (is_bitstring(prefix) || !chars_of(prefix, sp->unicode, &pre)) {
                ok = fail(f, WHY_TYPE, "string");
                free(pre.d);
                break;
            }
        } else if (ch == '#' || ch == '+') {
            char b[8];
            snprintf(b, sizeof b, "%ld#", base);
            puts_ascii(&pre, b);
        }
        char prefix[256] = "";
        for (size_t i = 0; i < pre.n && i < sizeof prefix - 1; i++) { prefix[i] = (char)pre.d[i]; prefix[i + 1] = 0; }
        free(pre.d);
        integer_in(&tmp, a, (unsigned)base, ch == 'b' || ch == 'x' || ch == '+', prefix);
        break;
    }
    case 'i': break;
    }
    if (ok) {
        size_t start = f->out.n;
        if (ch == 'n') { put(&f->out, '\n'); segment(f, start, true); }
        else { field(&f->out, &tmp, sp, stars); segment(f, start, false); }
    }
    free(tmp.d);
    return ok;
}

/* Reads [-][F|*][.[P|*][.Pad]][t|l]* after '~'; *i is past them. */
static bool parse_spec(Fmt *f, const Cps *fm, size_t *i, Term *args, Spec *sp) {
    sp->width = sp->prec = -1;
    sp->left = sp->unicode = false;
    sp->pad = ' ';
    if (*i < fm->n && fm->d[*i] == '-') { sp->left = true; (*i)++; }
    for (int part = 0; part < 2; part++) {
        long *v = part ? &sp->prec : &sp->width;
        if (part) {
            if (*i >= fm->n || fm->d[*i] != '.') break;
            (*i)++;
        }
        if (*i < fm->n && fm->d[*i] == '*') {
            if (!is_cons(*args)) return fail(f, WHY_COUNT, NULL);
            Term n = CAR(*args);
            *args = CDR(*args);
            if (!is_small(n)) return fail(f, WHY_TYPE, "integer");
            *v = small_val(n);
            if (*v < 0) { sp->left = true; *v = -*v; }
            (*i)++;
        } else {
            while (*i < fm->n && fm->d[*i] >= '0' && fm->d[*i] <= '9') {
                *v = (*v < 0 ? 0 : *v) * 10 + (long)(fm->d[*i] - '0');
                if (*v > 100000) return fail(f, WHY_FAILED, NULL);
                (*i)++;
            }
        }
    }
    if (*i + 1 < fm->n && fm->d[*i] == '.') {
        sp->pad = fm->d[*i + 1];
        *i += 2;
        if (sp->pad == '*') {
            if (!is_cons(*args)) return fail(f, WHY_COUNT, NULL);
            Term c = CAR(*args);
            *args = CDR(*args);
            if (!is_small(c) || small_val(c) < 0) return fail(f, WHY_TYPE, "integer");
            sp->pad = (uint32_t)small_val(c);
        }
    }
    while (*i < fm->n && (fm->d[*i] == 't' || fm->d[*i] == 'l')) {
        if (fm->d[*i] == 't') sp->unicode = true;
        (*i)++;
    }
    return *i < fm->n || fail(f, WHY_TRUNCATED, NULL);
}

/* Runs format fm with the argument list args into f. */
static bool run(Fmt *f, const Cps *fm, Term args) {
    Term all = args;
    for (size_t i = 0; i < fm->n;) {
        uint32_t ch = fm->d[i++];
        if (ch != '~') { segment(f, f->out.n, true); put(&f->out, ch); continue; }
        Spec sp;
        if (!parse_spec(f, fm, &i, &args, &sp) || !control(f, fm->d[i++], &sp, &args, 80)) {
            /* the bad argument is the last one taken */
            for (f->elem = 0; all != args; all = CDR(all)) f->elem++;
            return false;
        }
    }
    if (!is_nil(args)) return fail(f, WHY_COUNT, NULL);
    return !f->out.oom && !f->oom;
}

static void fmt_free(Fmt *f) { free(f->out.d); free(f->seg); free(f->lit); }

/* Formats x[0] (format) with x[1] (arguments) into f. */
static bool format(Term fmt, Term args, Fmt *f) {
    Cps fm = {0};
    memset(f, 0, sizeof *f);
    bool ok = chars_of(fmt, true, &fm) && (is_list(args) || fail(f, WHY_NOT_LIST, NULL)) && run(f, &fm, args);
    free(fm.d);
    return ok;
}

/* ---- the natives ---- */

static Term write_out(Process *p, int fd, Fmt *f) {
    Buf b;
    bif_buf_init(&b);
    for (size_t i = 0; i < f->out.n; i++) {
        uint8_t u[4];
        bif_buf_put(&b, u, bin_utf8_encode(f->out.d[i], u));
    }
    bif_io_write(fd, b.data, b.len);
    bif_buf_free(&b);
    fmt_free(f);
    return AM(ok);
}

static Term io_format(Process *p, Term dev, Term fmt, Term args) {
    Fmt f;
    int fd = bif_io_device_fd(dev);
    if (fd < 0 || !format(fmt, args, &f)) { fmt_free(&f); return bif_badarg(p); }
    return write_out(p, fd, &f);
}

Term bif_io_format_1(Process *p, Term *args) { return io_format(p, atom_intern("stdio", 5), args[0], NIL); }
Term bif_io_format_2(Process *p, Term *args) { return io_format(p, atom_intern("stdio", 5), args[0], args[1]); }

/* Erlang's devices: :stdio and :stderr are Elixir's names, not Erlang's */
Term bif_io_format_3(Process *p, Term *args) {
    Term dev = args[0];
    if (dev == atom_intern("stdio", 5) || dev == atom_intern("stderr", 6)) return bif_badarg(p);
    return io_format(p, dev, args[1], args[2]);
}

/* Erlang reads the whole format before it looks at the arguments: an
 * unknown or cut control sequence is reported before a bad argument. */
static bool controls_valid(Term fmt, Fmt *f) {
    Cps fm = {0};
    bool ok = chars_of(fmt, true, &fm);
    for (size_t i = 0; ok && i < fm.n;) {
        if (fm.d[i++] != '~') continue;
        if (i < fm.n && fm.d[i] == '-') i++;
        for (int part = 0; part < 2; part++) {
            if (part && (i >= fm.n || fm.d[i] != '.')) break;
            if (part) i++;
            if (i < fm.n && fm.d[i] == '*') i++;
            else while (i < fm.n && fm.d[i] >= '0' && fm.d[i] <= '9') i++;
        }
        if (i + 1 < fm.n && fm.d[i] == '.') i += 2;
        while (i < fm.n && (fm.d[i] == 't' || fm.d[i] == 'l')) i++;
        if (i >= fm.n) ok = fail(f, WHY_TRUNCATED, NULL);
        else if (!known_control(fm.d[i])) { f->ctl = fm.d[i]; ok = fail(f, WHY_CONTROL, NULL); }
        i++;
    }
    free(fm.d);
    return ok;
}

/* :vial.format_error(format, args) -> {argument, text} | nil: why
 * :io.format(format, args) fails, in the words of OTP's error info. */
Term bif_vial_format_error_2(Process *p, Term *args) {
    Fmt f;
    char text[80];
    int argno = 1;
    bool ok = format(args[0], args[1], &f);
    fmt_free(&f);
    if (!ok && f.why != WHY_CONTROL && f.why != WHY_TRUNCATED) controls_valid(args[0], &f);
    switch (ok ? WHY_NONE : f.why) {
    case WHY_NONE: return ATOM_nil;
    case WHY_TYPE:
        argno = 2;
        snprintf(text, sizeof text, "element %zu must be of type %s", f.elem, f.type);
        break;
    case WHY_CONTROL:
        if (f.ctl < 128) snprintf(text, sizeof text, "format string invalid (invalid control ~%c)", (char)f.ctl);
        else snprintf(text, sizeof text, "format string invalid (invalid control ~%u)", (unsigned)f.ctl);
        break;
    case WHY_TRUNCATED: snprintf(text, sizeof text, "format string invalid (truncated)"); break;
    case WHY_COUNT: snprintf(text, sizeof text, "wrong number of arguments"); break;
    case WHY_FAILED: snprintf(text, sizeof text, "failed to format string"); break;
    case WHY_NOT_LIST: argno = 2; snprintf(text, sizeof text, "not a list"); break;
    }
    args[2] = bin_from_cstr(p, text);
    if (args[2] == THE_NON_VALUE) return bif_oom(p);
    return bif_tuple2(p, make_small(argno), args[2]);
}

/* :io_lib.format(format, args): a list whose elements are the literal
 * characters (integers) and, for each control sequence, its characters. */
Term bif_io_lib_format_2(Process *p, Term *args) {
    Fmt f;
    if (!format(args[0], args[1], &f)) { fmt_free(&f); return bif_badarg(p); }
    size_t words = 2 * f.nseg + 2 * f.out.n;
    Term *h = heap_reserve(p, words);
    if (!h) { fmt_free(&f); return bif_oom(p); }
    Term list = NIL;
    for (size_t s = f.nseg; s-- > 0;) {
        size_t start = f.seg[s], end = s + 1 < f.nseg ? f.seg[s + 1] : f.out.n;
        Term item;
        if (f.lit[s]) {
            item = make_small(f.out.d[start]);
        } else {
            item = NIL;
            for (size_t k = end; k-- > start; h += 2) {
                h[0] = make_small(f.out.d[k]);
                h[1] = item;
                item = make_list(h);
            }
        }
        h[0] = item;
        h[1] = list;
        list = make_list(h);
        h += 2;
    }
    p->htop = h;
    fmt_free(&f);
    return list;
}
