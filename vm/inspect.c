/* inspect.c — inspect/2 and to_string/1 with Elixir 1.14's exact output.
 * A term becomes a document of Inspect.Algebra (strings, concatenations,
 * nesting, strict and flex breaks, groups), which is then laid out in a width
 * the way Elixir's Wadler-style printer does it: a group is flat when it fits. */
#include "inspect.h"

#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "atom.h"
#include "bignum.h"
#include "binary.h"
#include "fmt_float.h"
#include "map.h"

void (*inspect_fun_hook)(StrBuf *out, Term fun);
bool (*inspect_struct_hook)(Term map, const Term **fields, size_t *nfields);

/* ================================================================
 * Documents (Inspect.Algebra), allocated in an arena freed at once
 * ================================================================ */

/* DOC_COLOR is text of no width: an ANSI escape (Inspect.Algebra.color). */
enum { DOC_NIL, DOC_STR, DOC_CONS, DOC_NEST, DOC_BREAK, DOC_GROUP, DOC_COLOR };

typedef struct Doc Doc;
struct Doc {
    uint8_t kind;
    bool flex;          /* DOC_BREAK: breaks only when the rest does not fit */
    int32_t indent;     /* DOC_NEST */
    size_t len;         /* DOC_STR, DOC_BREAK: bytes of text */
    const char *text;
    Doc *left, *right;  /* DOC_CONS; DOC_NEST and DOC_GROUP wrap left */
};

static Doc doc_nil = {.kind = DOC_NIL};

typedef struct Chunk { struct Chunk *next; size_t used, cap; } Chunk;
#define CHUNK_BYTES 65536

typedef struct {
    Chunk *chunks;
    const InspectOpts *o;
    int depth;
} Ctx;

/* Out of memory, the arena returns NULL and the document loses pieces:
 * the output is truncated, never a crash. */
static void *arena_alloc(Ctx *c, size_t n) {
    n = (n + 7) & ~(size_t)7;
    Chunk *k = c->chunks;
    if (!k || k->used + n > k->cap) {
        size_t cap = n > CHUNK_BYTES ? n : CHUNK_BYTES;
        k = malloc(sizeof(Chunk) + cap);
        if (!k) return NULL;
        k->next = c->chunks;
        k->used = 0;
        k->cap = cap;
        c->chunks = k;
    }
    void *p = (char *)(k + 1) + k->used;
    k->used += n;
    return p;
}

static void arena_free(Ctx *c) {
    while (c->chunks) {
        Chunk *next = c->chunks->next;
        free(c->chunks);
        c->chunks = next;
    }
}

static Doc *new_doc(Ctx *c, unsigned kind) {
    Doc *d = arena_alloc(c, sizeof(Doc));
    if (d) *d = (Doc){.kind = (uint8_t)kind};
    return d;
}

static Doc *d_text(Ctx *c, const char *s, size_t n) {
    char *t = arena_alloc(c, n ? n : 1);
    Doc *d = new_doc(c, DOC_STR);
    if (!t || !d) return &doc_nil;
    memcpy(t, s, n);
    d->text = t;
    d->len = n;
    return d;
}

static Doc *d_str(Ctx *c, const char *s) { return d_text(c, s, strlen(s)); }



static Doc *d_sb(Ctx *c, const StrBuf *b) { return d_text(c, b->data ? b->data : "", b->len); }

static Doc *d_cons(Ctx *c, Doc *a, Doc *b) {
    Doc *d = new_doc(c, DOC_CONS);
    if (!d) return a;
    d->left = a;
    d->right = b;
    return d;
}

static Doc *d_cons3(Ctx *c, Doc *a, Doc *b, Doc *x) { return d_cons(c, d_cons(c, a, b), x); }

static Doc *d_nest(Ctx *c, Doc *x, int indent) {
    Doc *d = new_doc(c, DOC_NEST);
    if (!d) return x;
    d->left = x;
    d->indent = indent;
    return d;
}

static Doc *d_break(Ctx *c, const char *s, bool flex) {
    Doc *d = new_doc(c, DOC_BREAK);
    if (!d) return &doc_nil;
    d->text = s;        /* always a string literal */
    d->len = strlen(s);
    d->flex = flex;
    return d;
}

static Doc *d_group(Ctx *c, Doc *x) {
    Doc *d = new_doc(c, DOC_GROUP);
    if (!d) return x;
    d->left = x;
    return d;
}

/* glue/flex_glue: a, a break that prints " " when flat, then b. */
static Doc *d_glue(Ctx *c, Doc *a, const char *brk, Doc *b, bool flex) {
    return d_cons3(c, a, d_break(c, brk, flex), b);
}

const char *const inspect_color_names[11] = {"atom", "binary", "boolean", "list", "map", "nil",
                                             "number", "string", "tuple", "charlist", "reset"};

/* x between the escape syntax_colors gives `key` and the reset escape. */
static Doc *colored(Ctx *c, Doc *x, int key) {
    const char *pre = c->o->colors[key], *post = c->o->colors[INSPECT_COLOR_RESET];
    if (!pre[0]) return x;
    Doc *a = d_str(c, pre), *b = d_str(c, post[0] ? post : "\x1b[0m");
    a->kind = b->kind = DOC_COLOR;
    return d_cons3(c, a, x, b);
}

static Doc *d_color_str(Ctx *c, const char *s, int key) { return colored(c, d_str(c, s), key); }

/* ================================================================
 * Layout: Inspect.Algebra.format/2
 * ================================================================ */

/* TAIL entries appear only while measuring: they restore whether a break
 * was seen before entering a nested group. */
enum { M_FLAT, M_BREAK, M_TAIL_NOBREAK, M_TAIL_BREAK };

typedef struct { Doc *doc; int32_t indent; uint8_t mode; } Entry;
typedef struct { Entry *items; size_t n, cap; } Stack;

static bool push(Stack *s, Doc *doc, long indent, unsigned mode) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        Entry *it = realloc(s->items, cap * sizeof(Entry));
        if (!it) return false;
        s->items = it;
        s->cap = cap;
    }
    s->items[s->n++] = (Entry){doc, (int32_t)indent, (uint8_t)mode};
    return true;
}

/* Does the document fit in width w from column k? It stops at the first
 * break laid out as a newline. "b" says whether a break was seen: a text
 * too long for the line but without any break in it is said to fit, since
 * breaking elsewhere would not shorten it. The entries measured are `first`
 * and then, when given, the pending entries of the layout (from the top). */
static bool fits(long w, long k, bool b, const Entry *first, const Stack *rest, Stack *loc) {
    loc->n = 0;
    if (first && !push(loc, first->doc, first->indent, first->mode)) return true;
    size_t ri = rest ? rest->n : 0;
    for (;;) {
        if (k > w && b) return false;
        Entry e;
        if (loc->n) e = loc->items[--loc->n];
        else if (ri) e = rest->items[--ri];
        else return true;
        if (e.mode >= M_TAIL_NOBREAK) { b = e.mode == M_TAIL_BREAK; continue; }
        Doc *d = e.doc;
        bool ok = true;
        switch (d->kind) {
        case DOC_STR: k += (long)d->len; break;
        case DOC_BREAK:
            if (e.mode == M_BREAK) return true;
            k += (long)d->len;
            b = true;
            break;
        case DOC_NEST: ok = push(loc, d->left, e.indent, e.mode); break;
        case DOC_CONS:
            ok = push(loc, d->right, e.indent, e.mode) && push(loc, d->left, e.indent, e.mode);
            break;
        case DOC_GROUP:
            ok = push(loc, NULL, 0, b ? M_TAIL_BREAK : M_TAIL_NOBREAK) &&
                 push(loc, d->left, e.indent, M_FLAT);
            break;
        default: break;
        }
        if (!ok) return true;
    }
}

static void newline(StrBuf *out, long indent) {
    sb_putc(out, '\n');
    for (long i = 0; i < indent; i++) sb_putc(out, ' ');
}

/* w < 0 is :infinity: every group is flat, nothing is measured. */
static void layout(StrBuf *out, Doc *root, long w) {
    Stack st = {0}, loc = {0};
    long k = 0;
    push(&st, root, 0, M_FLAT);
    while (st.n) {
        Entry e = st.items[--st.n];
        Doc *d = e.doc;
        switch (d->kind) {
        case DOC_STR:
            sb_put(out, d->text, d->len);
            k += (long)d->len;
            break;
        case DOC_COLOR: sb_put(out, d->text, d->len); break;
        case DOC_CONS:
            push(&st, d->right, e.indent, e.mode);
            push(&st, d->left, e.indent, e.mode);
            break;
        case DOC_NEST:
            push(&st, d->left, e.indent + d->indent, e.mode);
            break;
        case DOC_BREAK:
            if (e.mode == M_FLAT ||
                (d->flex && (w < 0 || fits(w, k + (long)d->len, true, NULL, &st, &loc)))) {
                sb_put(out, d->text, d->len);
                k += (long)d->len;
            } else {
                newline(out, e.indent);
                k = e.indent;
            }
            break;
        case DOC_GROUP: {
            Entry flat = {d->left, e.indent, M_FLAT};
            bool flat_ok = w < 0 || fits(w, k, false, &flat, NULL, &loc);
            push(&st, d->left, e.indent, flat_ok ? M_FLAT : M_BREAK);
            break;
        }
        default: break;
        }
    }
    free(st.items);
    free(loc.items);
}

/* ================================================================
 * UTF-8 and Elixir's string escaping (Code.Identifier.escape)
 * ================================================================ */

/* Decodes one code point as Erlang's <<c::utf8>> accepts it (no overlong
 * forms, no surrogates, at most 0x10FFFF). Returns its length or 0. */
static size_t utf8_decode(const uint8_t *s, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    uint8_t c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || len > n || c > 0xF4) return 0;
    uint32_t v = c & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

static void utf8_encode(StrBuf *b, uint32_t cp) {
    char t[4];
    size_t n;
    if (cp < 0x80) { t[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { t[0] = (char)(0xC0 | cp >> 6); t[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | cp >> 12); t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        t[0] = (char)(0xF0 | cp >> 18); t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    sb_put(b, t, n);
}

static bool printable_cp(uint32_t c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* The one-letter escapes, which String.printable? also accepts. */
static char escape_letter(uint32_t c) {
    switch (c) {
    case 7: return 'a';   case 8: return 'b';   case 9: return 't';
    case 10: return 'n';  case 11: return 'v';  case 12: return 'f';
    case 13: return 'r';  case 27: return 'e';  case 127: return 'd';
    default: return 0;
    }
}

static void put_hex_escape(StrBuf *b, uint32_t c) {
    if (c < 0x100) sb_printf(b, "\\x%02X", c);
    else if (c < 0x10000) sb_printf(b, "\\x{%04X}", c);
    else sb_printf(b, "\\x{%06X}", c);
}

static void escape_cp(StrBuf *b, uint32_t c, char quote) {
    char l = escape_letter(c);
    if (c == (uint32_t)quote || c == '\\') { sb_putc(b, '\\'); sb_putc(b, (char)c); }
    else if (l) { sb_putc(b, '\\'); sb_putc(b, l); }
    else if (c == 0) sb_puts(b, "\\0");
    else if (c == 0xFEFF) sb_puts(b, "\\uFEFF");
    else if (printable_cp(c)) utf8_encode(b, c);
    else put_hex_escape(b, c);
}

/* Escapes at most `limit` characters (-1: all) of s for a quote-delimited
 * literal; "#{" counts as one. Returns true when some were left out. */
static bool escape(StrBuf *b, const uint8_t *s, size_t n, char quote, long limit) {
    size_t i = 0;
    for (; i < n; limit = limit > 0 ? limit - 1 : limit) {
        if (limit == 0) return true;
        uint32_t c;
        size_t len = utf8_decode(s + i, n - i, &c);
        if (c == '#' && len == 1 && i + 1 < n && s[i + 1] == '{') { sb_puts(b, "\\#{"); i += 2; }
        else if (len) { escape_cp(b, c, quote); i += len; }
        else { put_hex_escape(b, s[i]); i++; }
    }
    return false;
}

/* String.printable?/2 */
static bool printable_string(const uint8_t *s, size_t n, long limit) {
    for (size_t i = 0; i < n; limit = limit > 0 ? limit - 1 : limit) {
        if (limit == 0) return true;
        uint32_t c;
        size_t len = utf8_decode(s + i, n - i, &c);
        if (!len || !(printable_cp(c) || escape_letter(c))) return false;
        i += len;
    }
    return true;
}

/* ================================================================
 * Atoms (Macro.inspect_atom/2)
 * ================================================================ */

enum { A_IDENT, A_NOT_CALLABLE, A_UNQUOTED_OP, A_QUOTED_OP, A_ALIAS, A_OTHER };

/* Operators Elixir writes unquoted (:+, :&&); :"::" is quoted, and these are
 * written unquoted as atoms but quoted as function names. */
static const char *const unquoted_ops[] = {
    "+", "-", "*", "/", "**", "++", "--", "+++", "---", "\\\\", "^", "~>>",
    "<<~", "~>", "<~", "<~>", "|", "||", "|>", "=", "==", "===", "=~", "<-",
    "&", "&&", "&&&", "<<<", ">>>", "|||", "<>", "!=", "!==", "<=", ">=",
    "<", ">", "!", "@", NULL};
static const char *const not_callable[] = {
    "%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->", NULL};

static bool in_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0) return true;
    return false;
}

static bool ascii_alnum(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* "Elixir" followed by zero or more ".Upper[A-Za-z0-9_]*" pieces. */
static bool valid_alias(const char *s, size_t n) {
    if (n < 6 || memcmp(s, "Elixir", 6) != 0) return false;
    size_t i = 6;
    while (i < n) {
        if (s[i] != '.' || i + 1 >= n || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z')) return false;
        i += 2;
        while (i < n && ascii_alnum((uint8_t)s[i])) i++;
    }
    return true;
}

static bool id_start(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
           k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_NL;
}

static bool id_continue(uint32_t c) {
    if (c < 0x80) return ascii_alnum(c) || c == '@';
    if (id_start(c) || c == 0xB7) return true;
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC ||
           k == UTF8PROC_CATEGORY_ND || k == UTF8PROC_CATEGORY_PC;
}

/* Identifiers must be stable under NFKC (so :µ and :ª are quoted). */
static bool nfkc_stable(const char *s, size_t n) {
    char *z = malloc(n + 1);
    if (!z) return true;
    memcpy(z, s, n);
    z[n] = 0;
    uint8_t *norm = utf8proc_NFKC((const uint8_t *)z);
    bool same = norm && strcmp((char *)norm, z) == 0;
    free(norm);
    free(z);
    return same;
}

/* What Elixir's identifier tokenizer makes of the whole text: an identifier
 * (foo, foo?, héllo), something else it accepts whole (Foo, Élan, foo@bar),
 * or nothing. */
static int classify_identifier(const char *s, size_t n) {
    const uint8_t *u = (const uint8_t *)s;
    uint32_t c;
    size_t len = utf8_decode(u, n, &c);
    if (!len || !id_start(c)) return A_OTHER;
    bool upper = (c >= 'A' && c <= 'Z') ||
                 (c >= 0x80 && (utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LU ||
                                utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LT));
    bool at = false, ascii = c < 0x80;
    size_t i = len;
    while (i < n && (len = utf8_decode(u + i, n - i, &c)) && id_continue(c)) {
        at |= c == '@';
        ascii &= c < 0x80;
        i += len;
    }
    if (i < n && (u[i] == '?' || u[i] == '!')) i++;
    if (i != n) return A_OTHER;
    if (!ascii && !nfkc_stable(s, n)) return A_OTHER;
    return upper || at ? A_NOT_CALLABLE : A_IDENT;
}

static int classify_atom(const char *s, size_t n) {
    if (in_list(not_callable, s, n)) return A_NOT_CALLABLE;
    if (n == 2 && memcmp(s, "::", 2) == 0) return A_QUOTED_OP;
    if (in_list(unquoted_ops, s, n)) return A_UNQUOTED_OP;
    if (valid_alias(s, n)) return A_ALIAS;
    return classify_identifier(s, n);
}

static void put_quoted(StrBuf *b, const char *s, size_t n) {
    sb_putc(b, '"');
    escape(b, (const uint8_t *)s, n, '"', -1);
    sb_putc(b, '"');
}

void inspect_atom(StrBuf *out, Term atom) {
    size_t n;
    const char *s = atom_text(atom, &n);
    if (!s) { sb_puts(out, ":\"\""); return; }
    if (atom == ATOM_nil || atom == ATOM_true || atom == ATOM_false) { sb_put(out, s, n); return; }
    switch (classify_atom(s, n)) {
    case A_ALIAS:
        if ((n == 6) || (n >= 13 && memcmp(s, "Elixir.Elixir", 13) == 0 && (n == 13 || s[13] == '.')))
            sb_put(out, s, n);
        else
            sb_put(out, s + 7, n - 7);
        break;
    case A_QUOTED_OP: case A_OTHER:
        sb_putc(out, ':');
        put_quoted(out, s, n);
        break;
    default:
        sb_putc(out, ':');
        sb_put(out, s, n);
    }
}

/* A keyword key: "a:", "\"my key\":" */
static void put_atom_key(StrBuf *out, Term atom) {
    size_t n;
    const char *s = atom_text(atom, &n);
    if (!s) { sb_puts(out, "\"\":"); return; }
    int k = classify_atom(s, n);
    if (k == A_ALIAS || k == A_QUOTED_OP || k == A_OTHER) put_quoted(out, s, n);
    else sb_put(out, s, n);
    sb_putc(out, ':');
}

void inspect_call_name(StrBuf *out, Term name) {
    size_t n;
    const char *s = atom_text(name, &n);
    if (!s) { sb_puts(out, "\"\""); return; }
    int k = classify_atom(s, n);
    if (k == A_IDENT || k == A_UNQUOTED_OP || k == A_QUOTED_OP) sb_put(out, s, n);
    else put_quoted(out, s, n);
}

void inspect_remote_fun(StrBuf *out, Term mod, Term name, unsigned arity) {
    sb_putc(out, '&');
    inspect_atom(out, mod);
    sb_putc(out, '.');
    inspect_call_name(out, name);
    sb_printf(out, "/%u", arity);
}

/* ================================================================
 * Sequences: lists, tuples, map pairs and map keys walked alike
 * ================================================================ */

enum { SEQ_LIST, SEQ_TUPLE, SEQ_FIELDS, SEQ_PAIRS, SEQ_KEYS };

/* Printing recurses once per level of nesting, so a Seq stays small: a map's
 * iterator lives in the arena. */
typedef struct {
    int kind;
    bool hide_struct_keys;  /* maps: skip __struct__ and __exception__ */
    Term list;              /* SEQ_LIST: what is left; SEQ_FIELDS: the struct */
    const Term *elems;      /* SEQ_TUPLE: elements; SEQ_FIELDS: field names */
    size_t i, n;            /* SEQ_TUPLE, SEQ_FIELDS; maps: n = pairs left to show */
    MapIter *it;            /* SEQ_PAIRS, SEQ_KEYS */
} Seq;

enum { SEQ_END, SEQ_ELEM, SEQ_TAIL };

static Seq seq_map(Ctx *c, int kind, Term map, bool hide_struct_keys) {
    Seq s = {.kind = kind, .hide_struct_keys = hide_struct_keys, .it = arena_alloc(c, sizeof(MapIter))};
    if (!s.it) return (Seq){.kind = SEQ_TUPLE};
    map_iter_init(s.it, map);
    s.n = map_size(map);
    if (hide_struct_keys)
        s.n -= (map_get(map, AM(__struct__)) != THE_NON_VALUE) + (map_get(map, AM(__exception__)) != THE_NON_VALUE);
    return s;
}

static bool hidden_field(const Seq *s, Term key) {
    return key == AM(__struct__) || key == AM(__exception__) || map_get(s->list, key) == THE_NON_VALUE;
}

static bool seq_has_next(Seq *s) {
    switch (s->kind) {
    case SEQ_LIST: return is_cons(s->list);
    case SEQ_FIELDS:
        while (s->i < s->n && hidden_field(s, s->elems[s->i])) s->i++;
        return s->i < s->n;
    case SEQ_TUPLE: return s->i < s->n;
    default: return s->n > 0;
    }
}

/* The next element (a, or the pair a => b), or for an improper list its last
 * element a and tail b. */
static int seq_next(Seq *s, Term *a, Term *b) {
    if (!seq_has_next(s)) return SEQ_END;
    switch (s->kind) {
    case SEQ_LIST:
        *a = CAR(s->list);
        *b = CDR(s->list);
        if (!is_list(*b)) { s->list = NIL; return SEQ_TAIL; }
        s->list = *b;
        return SEQ_ELEM;
    case SEQ_TUPLE:
        *a = s->elems[s->i++];
        return SEQ_ELEM;
    case SEQ_FIELDS:
        *a = s->elems[s->i++];
        *b = map_get(s->list, *a);
        return SEQ_ELEM;
    default:
        while (map_iter_next(s->it, a, b)) {
            if (!s->hide_struct_keys || (*a != AM(__struct__) && *a != AM(__exception__))) {
                s->n--;
                return SEQ_ELEM;
            }
        }
        s->n = 0;
        return SEQ_END;
    }
}

/* A copy to read ahead with, leaving s where it is. */
static Seq seq_peek(const Seq *s, MapIter *room) {
    Seq p = *s;
    if (s->it) { *room = *s->it; p.it = room; }
    return p;
}

static bool seq_is_pairs(const Seq *s) { return s->kind >= SEQ_FIELDS && s->kind != SEQ_KEYS; }

/* Inspect.List.keyword?/1: every element {atom, _} (or every map key an
 * atom), no key an alias. */
static bool seq_keyword(const Seq *from) {
    MapIter room;
    Seq s = seq_peek(from, &room);
    Term a, b;
    int r;
    while ((r = seq_next(&s, &a, &b)) == SEQ_ELEM) {
        Term key = a;
        if (!seq_is_pairs(&s)) {
            if (!is_tuple(a) || tuple_arity(a) != 2) return false;
            key = TUPLE_ELEM(a, 0);
        }
        if (!is_atom(key)) return false;
        size_t n;
        const char *txt = atom_text(key, &n);
        if (txt && n >= 7 && memcmp(txt, "Elixir.", 7) == 0) return false;
    }
    return r == SEQ_END;
}

/* List.ascii_printable?/2 of a list */
static bool ascii_printable(Term list, long limit) {
    for (;; limit = limit > 0 ? limit - 1 : limit, list = CDR(list)) {
        if (limit == 0 || is_nil(list)) return true;
        if (!is_cons(list) || !is_small(CAR(list))) return false;
        SInt c = small_val(CAR(list));
        if (!((c >= 32 && c <= 126) || (c >= 0 && c < 32 && escape_letter((uint32_t)c)))) return false;
    }
}

/* ================================================================
 * Containers (Inspect.Algebra.container_doc/6)
 * ================================================================ */

static Doc *to_doc(Ctx *c, Term t, long limit);

enum { BREAK_MAYBE, BREAK_STRICT, BREAK_FLEX };
typedef Doc *(*ElemDoc)(Ctx *c, Term a, Term b, long limit);

typedef struct { Doc **v; size_t n, cap; } DocVec;

static void dv_push(DocVec *dv, Doc *d) {
    if (dv->n == dv->cap) {
        size_t cap = dv->cap ? dv->cap * 2 : 16;
        Doc **v = realloc(dv->v, cap * sizeof(Doc *));
        if (!v) return;
        dv->v = v;
        dv->cap = cap;
    }
    dv->v[dv->n++] = d;
}

/* A document made of text only can be packed several to a line. */
static bool simple(const Doc *d) {
    while (d->kind == DOC_CONS) {
        if (!simple(d->left)) return false;
        d = d->right;
    }
    return d->kind == DOC_STR || d->kind == DOC_NIL || d->kind == DOC_COLOR;
}

static Doc *join(Ctx *c, Doc *a, Doc *b, bool flex, const char *sep, int key) {
    return d_glue(c, d_cons(c, a, key < 0 ? d_str(c, sep) : d_color_str(c, sep, key)), " ", b, flex);
}

static long decrement(long limit) { return limit > 0 ? limit - 1 : limit; }

static Doc *elem_plain(Ctx *c, Term a, Term b, long limit) { (void)b; return to_doc(c, a, limit); }

static Doc *elem_keyword(Ctx *c, Term a, Term b, long limit) {
    Term key = a, val = b;
    if (is_tuple(a)) { key = TUPLE_ELEM(a, 0); val = TUPLE_ELEM(a, 1); }
    StrBuf sb = {0};
    put_atom_key(&sb, key);
    Doc *k = colored(c, d_sb(c, &sb), INSPECT_COLOR_ATOM);
    sb_free(&sb);
    return d_cons(c, k, d_cons(c, d_str(c, " "), to_doc(c, val, limit)));
}

static Doc *elem_assoc(Ctx *c, Term a, Term b, long limit) {
    return d_cons(c, d_cons(c, to_doc(c, a, limit), d_color_str(c, " => ", INSPECT_COLOR_MAP)), to_doc(c, b, limit));
}

/* The elements' documents between brackets, separated by commas; frees dv. */
static Doc *enclose(Ctx *c, const char *left, DocVec *dv, const char *right, bool flex, int key) {
    Doc *l = d_color_str(c, left, key), *r = d_color_str(c, right, key);
    if (dv->n == 0) {
        free(dv->v);
        return d_cons(c, l, r);
    }
    Doc *docs = dv->v[dv->n - 1];
    for (size_t i = dv->n - 1; i-- > 0;) docs = join(c, dv->v[i], docs, flex, ",", key);
    free(dv->v);
    if (flex) return d_group(c, d_cons3(c, l, d_nest(c, docs, 1), r));
    Doc *inner = d_nest(c, d_glue(c, l, "", docs, false), 2);
    return d_group(c, d_glue(c, inner, "", r, false));
}

/* Elements are counted against the limit; "..." stands for the rest. Each
 * element is printed with the limit left after it. The brackets and commas
 * take the syntax color `key`. */
static Doc *container(Ctx *c, const char *left, Seq *s, const char *right, long limit,
                      ElemDoc fn, int brk, int key) {
    DocVec dv = {0};
    bool simple_all = brk == BREAK_MAYBE;
    Term a = 0, b = 0;
    while (seq_has_next(s)) {
        if (limit == 0) { dv_push(&dv, d_str(c, "...")); break; }
        int r = seq_next(s, &a, &b);
        limit = decrement(limit);
        if (r == SEQ_TAIL) {
            Doc *l = fn(c, a, 0, limit), *t = fn(c, b, 0, limit);
            simple_all = simple_all && simple(l) && simple(t);
            dv_push(&dv, join(c, l, t, simple_all, " |", -1));
            break;
        }
        Doc *d = fn(c, a, b, limit);
        simple_all = simple_all && simple(d);
        dv_push(&dv, d);
    }
    return enclose(c, left, &dv, right, simple_all || brk == BREAK_FLEX, key);
}

/* ================================================================
 * Lists, charlists, binaries
 * ================================================================ */

/* A quoted literal of at most printable_limit characters, then `more` when
 * it was cut: "abc" <> ... and 'abc' ++ ... */
static Doc *quoted_doc(Ctx *c, const uint8_t *s, size_t n, char quote, const char *more) {
    StrBuf sb = {0};
    sb_putc(&sb, quote);
    bool cut = escape(&sb, s, n, quote, c->o->printable_limit);
    sb_putc(&sb, quote);
    if (cut) sb_puts(&sb, more);
    Doc *d = d_sb(c, &sb);
    sb_free(&sb);
    return d;
}

/* The code points of a proper list as UTF-8, or false. */
static bool codepoints_utf8(Term list, StrBuf *sb) {
    for (; is_cons(list); list = CDR(list)) {
        Term h = CAR(list);
        if (!is_small(h)) return false;
        SInt cp = small_val(h);
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        utf8_encode(sb, (uint32_t)cp);
    }
    return is_nil(list);
}

static Doc *list_doc(Ctx *c, Term t, long limit) {
    if (is_nil(t)) return d_color_str(c, "[]", INSPECT_COLOR_LIST);
    int charlists = c->o->charlists;
    Seq s = {.kind = SEQ_LIST, .list = t};
    if (charlists == INSPECT_AS_CHARLISTS ||
        (charlists == INSPECT_INFER && ascii_printable(t, c->o->printable_limit))) {
        StrBuf sb = {0};
        if (codepoints_utf8(t, &sb)) {
            Doc *d = colored(c, quoted_doc(c, (const uint8_t *)(sb.data ? sb.data : ""), sb.len, '\'', " ++ ..."),
                             INSPECT_COLOR_CHARLIST);
            sb_free(&sb);
            return d;
        }
        sb_free(&sb);
    }
    if (seq_keyword(&s)) return container(c, "[", &s, "]", limit, elem_keyword, BREAK_STRICT, INSPECT_COLOR_LIST);
    return container(c, "[", &s, "]", limit, elem_plain, BREAK_MAYBE, INSPECT_COLOR_LIST);
}

static unsigned view_bits(BinView v, size_t bitpos, unsigned nbits) {
    unsigned val = 0;
    for (unsigned i = 0; i < nbits; i++) {
        size_t p = v.bit_offset + bitpos + i;
        val = (val << 1) | ((v.bytes[p / 8] >> (7 - p % 8)) & 1u);
    }
    return val;
}

/* A byte (or the last bits) in the base of the options: 0xFF. */
static Doc *byte_doc(Ctx *c, unsigned v, unsigned size) {
    static const char *const digits = "0123456789ABCDEF";
    unsigned base = (unsigned)c->o->base;
    char num[32], rev[16];
    size_t n = 0, k = 0;
    if (base != 10) { num[n++] = '0'; num[n++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b'; }
    do rev[k++] = digits[v % base]; while ((v /= base) > 0);
    while (k > 0) num[n++] = rev[--k];
    num[n] = 0;
    Doc *d = colored(c, d_str(c, num), INSPECT_COLOR_NUMBER);
    if (!size) return d;
    snprintf(num, sizeof num, "::size(%u)", size);
    return d_cons(c, d, d_str(c, num));
}

/* <<1, 2, 3::size(3)>>, with bytes counted against the limit. */
static Doc *bitstring_doc(Ctx *c, BinView v, long limit) {
    size_t nbytes = v.bits / 8;
    unsigned rest = (unsigned)(v.bits % 8);
    if (v.bits == 0) return d_str(c, "<<>>");
    DocVec dv = {0};
    for (size_t i = 0;; i++, limit = decrement(limit)) {
        bool last_byte = i + 1 == nbytes && rest == 0;
        if (limit == 0) { dv_push(&dv, d_str(c, "...")); break; }
        if (i < nbytes) {
            dv_push(&dv, byte_doc(c, view_bits(v, i * 8, 8), 0));
            if (last_byte) break;
        } else {
            dv_push(&dv, byte_doc(c, view_bits(v, i * 8, rest), rest));
            break;
        }
    }
    Doc *docs = dv.n ? dv.v[dv.n - 1] : &doc_nil;
    for (size_t i = dv.n ? dv.n - 1 : 0; i-- > 0;) docs = join(c, dv.v[i], docs, true, ",", -1);
    free(dv.v);
    return d_group(c, d_cons3(c, d_color_str(c, "<<", INSPECT_COLOR_BINARY), d_nest(c, docs, 2),
                              d_color_str(c, ">>", INSPECT_COLOR_BINARY)));
}

static Doc *binary_doc(Ctx *c, Term t, long limit) {
    BinView v = bin_view(t);
    /* a base other than 10 is for seeing the bytes: never a string */
    if (v.bits % 8 != 0 || c->o->binaries == INSPECT_AS_BINARIES || c->o->base != 10)
        return bitstring_doc(c, v, limit);
    size_t n = v.bits / 8;
    uint8_t *copy = NULL;
    const uint8_t *bytes = v.bytes;
    if (v.bit_offset && n) {
        copy = malloc(n);
        if (!copy) return bitstring_doc(c, v, limit);
        for (size_t i = 0; i < n; i++) copy[i] = (uint8_t)view_bits(v, i * 8, 8);
        bytes = copy;
    }
    Doc *d;
    if (c->o->binaries == INSPECT_AS_STRINGS || printable_string(bytes, n, c->o->printable_limit))
        d = colored(c, quoted_doc(c, bytes, n, '"', " <> ..."), INSPECT_COLOR_STRING);
    else
        d = bitstring_doc(c, v, limit);
    free(copy);
    return d;
}

/* ================================================================
 * Maps, structs, other terms
 * ================================================================ */

static Term atom_named(const char *name) { return atom_lookup(name, strlen(name)); }

static Term map_field(Term map, const char *name) {
    Term key = atom_named(name);
    return key == THE_NON_VALUE ? THE_NON_VALUE : map_get(map, key);
}

/* Ranges print as first..last or first..last//step (Inspect.Range); a
 * range without :step is from before Elixir 1.12. */
static Doc *range_doc(Ctx *c, Term map, long limit) {
    Term first = map_field(map, "first"), last = map_field(map, "last");
    Term step = map_field(map, "step");
    if (first == THE_NON_VALUE || last == THE_NON_VALUE) return NULL;
    Doc *d = d_cons3(c, to_doc(c, first, limit), d_str(c, ".."), to_doc(c, last, limit));
    if (step == THE_NON_VALUE) {
        bool up = !(is_small(first) && is_small(last)) || small_val(first) <= small_val(last);
        return up ? d : d_cons(c, d, d_str(c, "//-1"));
    }
    /* a step of 1 is left out only when the range is not empty: 1..0//1 */
    bool ascending = !(is_small(first) && is_small(last)) || small_val(first) <= small_val(last);
    if (is_small(step) && small_val(step) == 1 && ascending) return d;
    return d_cons3(c, d, d_str(c, "//"), to_doc(c, step, limit));
}

/* MapSet.new([...]): its elements are the keys of its :map field, shown
 * with charlists: :as_lists, which holds for everything inside too. */
static Doc *mapset_doc(Ctx *c, Term map, long limit) {
    Term set = map_field(map, "map");
    if (set == THE_NON_VALUE || !is_map(set)) return NULL;
    Seq s = seq_map(c, SEQ_KEYS, set, false);
    const InspectOpts *outer = c->o;
    InspectOpts inner = *outer;
    inner.charlists = INSPECT_AS_LISTS;
    c->o = &inner;
    Doc *list = map_size(set) == 0 ? d_color_str(c, "[]", INSPECT_COLOR_LIST)
              : seq_keyword(&s) ? container(c, "[", &s, "]", limit, elem_keyword, BREAK_STRICT, INSPECT_COLOR_LIST)
              : container(c, "[", &s, "]", limit, elem_plain, BREAK_MAYBE, INSPECT_COLOR_LIST);
    c->o = outer;
    return d_cons3(c, d_str(c, "MapSet.new("), list, d_str(c, ")"));
}

/* Inspect.Stream: #Stream<[enum: ..., funs: [...]]>, the funs in the order
 * they apply (the struct holds the last one first). */
static Doc *stream_doc(Ctx *c, Term map, long limit) {
    Term enum_ = map_field(map, "enum"), funs = map_field(map, "funs");
    if (enum_ == THE_NON_VALUE || funs == THE_NON_VALUE) return NULL;
    size_t n = 0;
    Term t = funs;
    for (; is_cons(t); t = CDR(t)) n++;
    if (!is_nil(t)) return NULL;
    Term *rev = n ? arena_alloc(c, n * sizeof(Term)) : NULL;
    if (n && !rev) return NULL;
    Seq s = {.kind = SEQ_TUPLE, .elems = rev, .n = n};
    for (t = funs; is_cons(t); t = CDR(t)) rev[--n] = CAR(t);
    DocVec dv = {0};
    const char *keys[] = {"enum", "funs"};
    for (int i = 0; i < 2; i++) {
        if (limit == 0) { dv_push(&dv, d_str(c, "...")); break; }
        limit = decrement(limit);
        Doc *value = i == 0 ? to_doc(c, enum_, limit)
                   : s.n == 0 ? d_color_str(c, "[]", INSPECT_COLOR_LIST)
                   : container(c, "[", &s, "]", limit, seq_keyword(&s) ? elem_keyword : elem_plain,
                               seq_keyword(&s) ? BREAK_STRICT : BREAK_MAYBE, INSPECT_COLOR_LIST);
        StrBuf sb = {0};
        put_atom_key(&sb, atom_named(keys[i]));
        Doc *k = colored(c, d_sb(c, &sb), INSPECT_COLOR_ATOM);
        sb_free(&sb);
        dv_push(&dv, d_cons(c, k, d_cons(c, d_str(c, " "), value)));
    }
    Doc *inner = enclose(c, "[", &dv, "]", false, INSPECT_COLOR_LIST);
    return d_cons3(c, d_str(c, "#Stream<"), inner, d_str(c, ">"));
}

static bool atom_is(Term atom, const char *name) {
    size_t n;
    const char *s = atom_text(atom, &n);
    return s && n == strlen(name) && memcmp(s, name, n) == 0;
}

/* A struct prints its fields in definition order, as keywords; when the VM
 * cannot say, in key order. */
static Doc *struct_doc(Ctx *c, Term t, Term mod, long limit) {
    Seq s;
    if (inspect_struct_hook) {
        const Term *fields;
        size_t n;
        if (!inspect_struct_hook(t, &fields, &n)) return NULL;
        s = (Seq){.kind = SEQ_FIELDS, .list = t, .elems = fields, .n = n};
    } else {
        s = seq_map(c, SEQ_PAIRS, t, true);
    }
    StrBuf open = {0};
    sb_putc(&open, '%');
    inspect_atom(&open, mod);
    sb_putc(&open, '{');
    Doc *d = container(c, open.data ? open.data : "%{", &s, "}", limit,
                       seq_keyword(&s) ? elem_keyword : elem_assoc, BREAK_STRICT, INSPECT_COLOR_MAP);
    sb_free(&open);
    return d;
}

static Doc *map_doc(Ctx *c, Term t, long limit) {
    Term mod = map_get(t, AM(__struct__));
    if (c->o->structs && mod != THE_NON_VALUE && is_atom(mod)) {
        Doc *d = NULL;
        if (atom_is(mod, "Elixir.Range")) d = range_doc(c, t, limit);
        else if (atom_is(mod, "Elixir.MapSet")) d = mapset_doc(c, t, limit);
        else if (atom_is(mod, "Elixir.Stream")) d = stream_doc(c, t, limit);
        if (!d) d = struct_doc(c, t, mod, limit);
        if (d) return d;
    }
    Seq s = seq_map(c, SEQ_PAIRS, t, false);
    return container(c, "%{", &s, "}", limit, seq_keyword(&s) ? elem_keyword : elem_assoc, BREAK_STRICT,
                     INSPECT_COLOR_MAP);
}

static bool is_port(Term t) { return (t & TAG_IMM1_MASK) == TAG_PORT; }

static Doc *ref_doc(Ctx *c, Term t) {
    StrBuf sb = {0};
    size_t n = header_size(*boxed_ptr(t));
    const Term *w = boxed_ptr(t) + 1;
    sb_puts(&sb, "#Reference<0");
    for (size_t i = n; i < 3; i++) sb_puts(&sb, ".0");   /* Elixir's shape: three numbers */
    for (size_t i = n; i-- > 0;) sb_printf(&sb, ".%llu", (unsigned long long)w[i]);
    sb_putc(&sb, '>');
    Doc *d = d_sb(c, &sb);
    sb_free(&sb);
    return d;
}

static Doc *fun_doc(Ctx *c, Term t) {
    StrBuf sb = {0};
    if (inspect_fun_hook) inspect_fun_hook(&sb, t);
    else sb_puts(&sb, "#Function<>");
    Doc *d = d_sb(c, &sb);
    sb_free(&sb);
    return d;
}

static Doc *number_doc(Ctx *c, Term t) {
    char buf[FMT_FLOAT_MAX];
    if (c->o->base != 10 && is_integer(t)) {
        /* Elixir writes the sign, then the prefix, then the digits */
        char *s = big_to_string(t, (unsigned)c->o->base);
        if (!s) return d_str(c, "0");
        bool neg = s[0] == '-';
        StrBuf sb = {0};
        if (neg) sb_putc(&sb, '-');
        sb_puts(&sb, c->o->base == 16 ? "0x" : c->o->base == 8 ? "0o" : "0b");
        sb_puts(&sb, s + neg);
        free(s);
        Doc *d = d_str(c, sb.data);
        sb_free(&sb);
        return d;
    }
    if (is_small(t)) {
        snprintf(buf, sizeof buf, "%lld", (long long)small_val(t));
        return d_str(c, buf);
    }
    if (is_float(t)) {
        fmt_float_inspect(buf, float_val(t));
        return d_str(c, buf);
    }
    char *s = big_to_string(t, 10);
    Doc *d = s ? d_str(c, s) : d_str(c, "0");
    free(s);
    return d;
}

static Doc *immediate_doc(Ctx *c, Term t) {
    StrBuf sb = {0};
    if (is_atom(t)) inspect_atom(&sb, t);
    else if (is_pid(t)) sb_printf(&sb, "#PID<0.%llu.0>", (unsigned long long)pid_index(t));
    else if (is_port(t)) sb_printf(&sb, "#Port<0.%llu>", (unsigned long long)(t >> 4));
    else sb_puts(&sb, "#Unknown<>");
    Doc *d = d_sb(c, &sb);
    sb_free(&sb);
    if (!is_atom(t)) return d;
    return colored(c, d, t == ATOM_nil ? INSPECT_COLOR_NIL : is_bool(t) ? INSPECT_COLOR_BOOLEAN : INSPECT_COLOR_ATOM);
}

static Doc *term_doc(Ctx *c, Term t, long limit) {
    if (is_small(t) || is_float(t) || is_bignum(t)) return colored(c, number_doc(c, t), INSPECT_COLOR_NUMBER);
    if (is_list(t)) return list_doc(c, t, limit);
    if (is_tuple(t)) {
        Seq s = {.kind = SEQ_TUPLE, .elems = tuple_elems(t), .n = tuple_arity(t)};
        return container(c, "{", &s, "}", limit, elem_plain, BREAK_FLEX, INSPECT_COLOR_TUPLE);
    }
    if (is_map(t)) return map_doc(c, t, limit);
    if (is_bitstring(t)) return binary_doc(c, t, limit);
    if (is_fun(t)) return fun_doc(c, t);
    if (is_ref(t)) return ref_doc(c, t);
    return immediate_doc(c, t);
}

static Doc *to_doc(Ctx *c, Term t, long limit) {
    if (c->depth >= INSPECT_MAX_DEPTH) return d_str(c, "...");
    c->depth++;
    Doc *d = term_doc(c, t, limit);
    c->depth--;
    return d;
}

/* ================================================================
 * Entry points
 * ================================================================ */

void inspect_default_opts(InspectOpts *o) {
    *o = (InspectOpts){.limit = 50, .printable_limit = 4096, .width = 80,
                       .charlists = INSPECT_INFER, .binaries = INSPECT_INFER,
                       .pretty = false, .structs = true, .base = 10};
}

void inspect_term(StrBuf *out, Term t, const InspectOpts *o) {
    Ctx c = {.o = o};
    Doc *d = d_group(&c, to_doc(&c, t, o->limit < 0 ? -1 : o->limit));
    layout(out, d, o->pretty && o->width >= 0 ? o->width : -1);
    arena_free(&c);
}

static void put_bytes(StrBuf *out, BinView v) {
    size_t n = v.bits / 8;
    if (v.bit_offset == 0) { sb_put(out, v.bytes, n); return; }
    for (size_t i = 0; i < n; i++) sb_putc(out, (char)view_bits(v, i * 8, 8));
}

/* List.to_string/1 of chardata: code points as UTF-8, binaries as is. */
static bool chardata(StrBuf *out, Term t, int depth) {
    if (depth > INSPECT_MAX_DEPTH) return false;
    for (; is_cons(t); t = CDR(t)) {
        Term h = CAR(t);
        if (is_small(h)) {
            SInt cp = small_val(h);
            if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            utf8_encode(out, (uint32_t)cp);
        } else if (is_list(h)) {
            if (!chardata(out, h, depth + 1)) return false;
        } else if (is_bitstring(h)) {
            BinView v = bin_view(h);
            if (v.bits % 8) return false;
            put_bytes(out, v);
        } else {
            return false;
        }
    }
    if (is_nil(t)) return true;
    if (!is_bitstring(t) || bin_view(t).bits % 8) return false;
    put_bytes(out, bin_view(t));
    return true;
}

bool inspect_to_string(StrBuf *out, Term t) {
    char buf[FMT_FLOAT_MAX];
    if (is_float(t)) {
        sb_put(out, buf, fmt_float_short(buf, float_val(t)));
        return true;
    }
    if (is_integer(t)) {
        InspectOpts o;
        inspect_default_opts(&o);
        inspect_term(out, t, &o);
        return true;
    }
    if (is_atom(t)) {
        size_t n;
        const char *s = atom_text(t, &n);
        if (t != ATOM_nil && s) sb_put(out, s, n);
        return true;
    }
    if (is_bitstring(t)) {
        BinView v = bin_view(t);
        if (v.bits % 8) return false;
        put_bytes(out, v);
        return true;
    }
    if (is_list(t)) {
        size_t mark = out->len;
        if (chardata(out, t, 0)) return true;
        out->len = mark;
        if (out->data) out->data[mark] = 0;
        return false;
    }
    return false;
}
