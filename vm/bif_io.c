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

/* Devices take Unicode text: a binary that is not UTF-8 is refused. */
static bool utf8_text(const uint8_t *s, size_t n) {
    uint32_t cp;
    for (size_t i = 0, len; i < n; i += len) {
        len = s[i] < 0x80 ? 1 : bin_utf8_decode(s + i, n - i, &cp);
        if (!len) return false;
    }
    return true;
}

static Term put(Process *p, Term *args, bool chars) {
    int fd = bif_io_device_fd(args[0]);
    Buf b;
    bif_buf_init(&b);
    if (fd < 0 || !(chars ? bif_chardata_collect(args[1], &b) && utf8_text(b.data, b.len)
                          : bif_iolist_collect(args[1], &b))) {
        bif_buf_free(&b);
        return bif_badarg(p);
    }
    bif_io_write(fd, b.data, b.len);
    bif_buf_free(&b);
    return AM(ok);
}

/* :vial.put_chars(device, chardata) -> :ok (IO.write, IO.puts: integers are
 * code points, written as UTF-8) */
Term bif_vial_put_chars_2(Process *p, Term *args) { return put(p, args, true); }

/* :vial.put_bytes(device, iodata) -> :ok (IO.binwrite: integers are bytes) */
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
