/* bif_io.c — the standard devices for the :vial natives: put_chars to
 * standard output (buffered, flushed at exit, when large, and before any
 * standard error write so the two streams interleave as written) and
 * standard error (unbuffered), and reading standard input (read_stdin).
 * Writes loop until every byte is out. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>
#include "bif.h"
#include "binary.h"

#define OUT_BUF_MAX 65536

static Buf out;
static bool flush_registered;

static void write_all(int fd, const uint8_t *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;   /* a closed pipe: the output is lost, the VM goes on */
        }
        s += w;
        n -= (size_t)w;
    }
}

void bif_io_flush(void) {
    if (out.len) write_all(1, out.data, out.len);
    out.len = 0;
}

static void flush_at_exit(void) { bif_io_flush(); }

void bif_io_write(int fd, const void *data, size_t len) {
    if (fd != 1) {
        bif_io_flush();
        write_all(fd, data, len);
        return;
    }
    if (!flush_registered) {
        atexit(flush_at_exit);
        flush_registered = true;
    }
    if (out.len + len > OUT_BUF_MAX) bif_io_flush();
    if (len > OUT_BUF_MAX) { write_all(1, data, len); return; }
    bif_buf_put(&out, data, len);
    if (out.oom) { bif_buf_free(&out); write_all(1, data, len); }
}

int bif_io_device_fd(Term dev) {
    size_t len;
    const char *s = is_atom(dev) ? atom_text(dev, &len) : NULL;
    if (!s) return -1;
    if ((len == 5 && !memcmp(s, "stdio", 5)) || (len == 11 && !memcmp(s, "standard_io", 11))) return 1;
    if ((len == 6 && !memcmp(s, "stderr", 6)) || (len == 14 && !memcmp(s, "standard_error", 14))) return 2;
    if (len == 4 && !memcmp(s, "user", 4)) return 1;
    return -1;
}

/* Bytes as Latin-1 characters, in UTF-8. */
static void latin1_to_utf8(Buf *b) {
    size_t high = 0;
    for (size_t i = 0; i < b->len; i++) high += b->data[i] >> 7;
    if (!high) return;
    Buf u;
    bif_buf_init(&u);
    for (size_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (c < 0x80) bif_buf_byte(&u, c);
        else { bif_buf_byte(&u, (uint8_t)(0xC0 | c >> 6)); bif_buf_byte(&u, (uint8_t)(0x80 | (c & 0x3F))); }
    }
    bif_buf_free(b);
    *b = u;
}

/* Whether the bytes are UTF-8 text. */
static bool valid_utf8(const Buf *b) {
    uint32_t cp;
    for (size_t i = 0; i < b->len;) {
        if (b->data[i] < 0x80) { i++; continue; }
        size_t len = bin_utf8_decode(b->data + i, b->len - i, &cp);
        if (!len) return false;
        i += len;
    }
    return true;
}

static Term put(Process *p, Term *args, bool chars) {
    int fd = bif_io_device_fd(args[0]);
    Buf b;
    bif_buf_init(&b);
    /* stdout writes a lone binary as it is; stderr and lists want UTF-8 */
    if (fd < 0 || !(chars ? bif_chardata_collect(args[1], &b) && ((fd == 1 && !is_list(args[1])) || valid_utf8(&b))
                          : bif_iolist_collect(args[1], &b))) {
        bif_buf_free(&b);
        /* bytes go through :file.write, which returns its errors */
        return chars ? bif_badarg(p) : bif_tuple2(p, AM(error), AM(badarg));
    }
    if (!chars) latin1_to_utf8(&b);
    bif_io_write(fd, b.data, b.len);
    bif_buf_free(&b);
    return AM(ok);
}

/* :vial.put_chars(device, chardata) -> :ok (IO.write, IO.puts: integers are
 * code points, written as UTF-8) */
Term bif_vial_put_chars_2(Process *p, Term *args) { return put(p, args, true); }

/* :vial.put_bytes(device, iodata) -> :ok | {:error, :badarg} (IO.binwrite:
 * the devices are Unicode, so each byte is a Latin-1 character, written as
 * UTF-8) */
Term bif_vial_put_bytes_2(Process *p, Term *args) { return put(p, args, false); }

/* Erlang's :io.put_chars/1 and :io.nl/0 on standard output. */
Term bif_io_put_chars_1(Process *p, Term *args) {
    args[1] = args[0];
    args[0] = atom_intern("stdio", 5);
    p->nx = 2;
    return put(p, args, true);
}

Term bif_io_nl_0(Process *p, Term *args) {
    bif_io_write(1, "\n", 1);
    return AM(ok);
}

/* ---- standard input ----
 * One buffer of bytes read from standard input in chunks as requests need
 * them, answering get_line and get_chars io requests as Erlang's `user`
 * server does in a script (no shell): a line is the bytes up to a newline,
 * a :unicode request gives bytes as they came, a :latin1 one (IO.binread)
 * characters as single bytes. Like `user`, a :latin1 character request
 * converts what is buffered, so that what it leaves stays Latin-1 for the
 * requests that follow. Reading blocks the whole VM until input comes
 * (there is no poller yet); standard output is flushed first so that a
 * prompt shows before the wait. */

static struct {
    uint8_t *data;
    size_t start, len, cap;   /* unread bytes: data[start .. start+len) */
    bool eof;                 /* read() said end of input: no more tries */
    bool dead;                /* a line that was not Latin-1 ended the device */
} in;

/* BEAM reads a file descriptor 64 KiB at a time; reading the same chunks
 * keeps the answers that depend on where a chunk ends like Elixir's. */
#define STDIN_CHUNK 65536

/* Reads one more chunk into the buffer; false at end of input. */
static bool fill(void) {
    if (in.eof) return false;
    if (in.start > 0) { memmove(in.data, in.data + in.start, in.len); in.start = 0; }
    if (in.cap - in.len < STDIN_CHUNK) {
        size_t cap = in.cap ? in.cap : STDIN_CHUNK;
        while (cap - in.len < STDIN_CHUNK) cap *= 2;
        uint8_t *d = realloc(in.data, cap);
        if (!d) { in.eof = true; return false; }
        in.data = d;
        in.cap = cap;
    }
    bif_io_flush();
    for (;;) {
        ssize_t r = read(0, in.data + in.len, STDIN_CHUNK);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) { in.eof = true; return false; }
        in.len += (size_t)r;
        return true;
    }
}

static uint8_t *unread(void) { return in.data + in.start; }
static void consume(size_t n) { in.start += n; in.len -= n; }
/* Drops what is buffered and what has already arrived: Erlang's `user`
 * takes input in as it comes, so its buffer holds all of that. */
static void drop_input(void) {
    in.start = in.len = 0;
    struct pollfd pfd = {0, POLLIN, 0};
    while (in.data && !in.eof && poll(&pfd, 1, 0) == 1) {
        ssize_t r = read(0, in.data, in.cap);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) in.eof = true;   /* the end, or nothing more to read */
    }
}

/* Bytes up to and including the next newline (all that is left at the end
 * of input). */
static size_t line_length(void) {
    for (size_t scanned = 0;;) {
        uint8_t *nl = memchr(unread() + scanned, '\n', in.len - scanned);
        if (nl) return (size_t)(nl - unread()) + 1;
        scanned = in.len;
        if (!fill()) return in.len;
    }
}

/* The characters of UTF-8 s[0..n) as Latin-1 bytes, in place; false when
 * one is not Latin-1 or s is not UTF-8. The new length goes to *newlen. */
static bool utf8_to_latin1(uint8_t *s, size_t n, size_t *newlen) {
    size_t j = 0;
    uint32_t cp;
    for (size_t i = 0; i < n;) {
        size_t len = s[i] < 0x80 ? 1 : bin_utf8_decode(s + i, n - i, &cp);
        if (!len || (len > 1 && cp > 0xFF)) return false;
        s[j++] = len == 1 ? s[i] : (uint8_t)cp;
        i += len;
    }
    *newlen = j;
    return true;
}

/* Converts the buffer from byte `from` on to Latin-1. */
static bool buffer_to_latin1(size_t from) {
    size_t n;
    if (!utf8_to_latin1(unread() + from, in.len - from, &n)) return false;
    in.len = from + n;
    return true;
}

/* How many bytes a :unicode request for n characters takes, counting as
 * Erlang's io_lib:collect_chars does: characters are counted up to the
 * first byte that is not UTF-8; with more than n counted it takes n, with
 * exactly n (or at the end of input) everything buffered. */
static size_t unicode_chars_length(size_t n) {
    for (;;) {
        size_t count = 0, i = 0, at_n = 0;
        uint32_t cp;
        while (i < in.len) {
            const uint8_t *s = unread() + i;
            size_t len = s[0] < 0x80 ? 1 : bin_utf8_decode(s, in.len - i, &cp);
            if (!len) break;
            if (count++ == n) at_n = i;
            i += len;
        }
        bool cut = i < in.len && bif_utf8_incomplete(unread() + i, in.len - i);
        if (count > n) return at_n;
        if ((count == n && !cut) || !fill()) return in.len;
    }
}

/* The answer to a :latin1 request for n characters: the buffer is turned
 * into Latin-1 as it is read. */
static size_t latin1_chars_length(size_t n) {
    if (!buffer_to_latin1(0)) return SIZE_MAX;
    for (size_t old = in.len; in.len < n && fill(); old = in.len)
        if (!buffer_to_latin1(old)) return SIZE_MAX;
    return in.len < n ? in.len : n;
}

/* n buffered bytes as a binary. For a line, a closing "\r\n" becomes "\n"
 * (Erlang's line collector does so) and a :latin1 line is converted. */
static Term take(Process *p, size_t n, bool line, bool latin1) {
    uint8_t *s = unread();
    size_t len = n;
    if (line && len >= 2 && s[len - 2] == '\r' && s[len - 1] == '\n') { s[len - 2] = '\n'; len--; }
    if (line && latin1 && !utf8_to_latin1(s, len, &len)) {
        /* `user` fails to convert such a line and dies: every later request
         * answers {:error, :terminated} */
        drop_input();
        in.dead = true;
        return bif_tuple2(p, AM(error), atom_intern("terminated", 10));
    }
    Term bin = bin_from_bytes(p, s, len);
    if (bin == THE_NON_VALUE) return bif_oom(p);
    consume(n);
    return bin;
}

/* :vial.read_stdin(:line | n, :unicode | :latin1) -> binary | :eof |
 * {:error, reason}: a line (with its newline) or n characters of standard
 * input, as the io requests get_line and get_chars answer them. */
Term bif_vial_read_stdin_2(Process *p, Term *args) {
    Term what = args[0], enc = args[1];
    bool latin1 = enc == atom_intern("latin1", 6);
    if ((!latin1 && enc != atom_intern("unicode", 7))
        || (what != AM(line) && !(is_small(what) && small_val(what) >= 0)))
        return bif_badarg(p);
    if (in.dead) return bif_tuple2(p, AM(error), atom_intern("terminated", 10));
    if (in.len == 0 && !fill()) return atom_intern("eof", 3);
    if (what == AM(line)) return take(p, line_length(), true, latin1);
    size_t n = (size_t)small_val(what);
    if (!latin1) return take(p, unicode_chars_length(n), false, false);
    n = latin1_chars_length(n);
    if (n != SIZE_MAX) return take(p, n, false, false);
    /* `user` drops what it had buffered when a chunk does not convert */
    drop_input();
    return bif_tuple2(p, AM(error), atom_intern("collect_chars", 13));
}
