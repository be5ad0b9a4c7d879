/* bif_io.c — output for the :vial natives: put_chars to standard output
 * (buffered, flushed at exit, when large, and before any standard error
 * write so the two streams interleave as written) and standard error
 * (unbuffered). Writes loop until every byte is out. */
#include <errno.h>
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
