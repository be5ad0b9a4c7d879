/* bif_file.c — the natives of Erlang's :file and :filelib that Elixir's File
 * and Path are built on, with Erlang's return shapes: :ok, {:ok, value} or
 * {:error, posix} where posix is the errno's name in lower case (:enoent).
 * File names are taken as Erlang takes them (name_to_path); a name that is
 * none gives {:error, :badarg}, never an exception. Every call is a plain
 * blocking system call: with one scheduler thread a slow disk delays the
 * other processes, as a long native does. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "bif.h"
#include "binary.h"

/* ---- errors ---- */

/* errno values by their names; Erlang names an error by its macro in lower
 * case. ENOTEMPTY is listed for completeness: Erlang reports it as eexist
 * where it can happen (del_dir, rename). */
#define ERRNO(e) {e, #e}
static const struct { int code; const char *name; } errnos[] = {
    ERRNO(EPERM), ERRNO(ENOENT), ERRNO(ESRCH), ERRNO(EINTR), ERRNO(EIO), ERRNO(ENXIO),
    ERRNO(E2BIG), ERRNO(ENOEXEC), ERRNO(EBADF), ERRNO(ECHILD), ERRNO(EAGAIN),
    ERRNO(ENOMEM), ERRNO(EACCES), ERRNO(EFAULT), ERRNO(ENOTBLK), ERRNO(EBUSY),
    ERRNO(EEXIST), ERRNO(EXDEV), ERRNO(ENODEV), ERRNO(ENOTDIR), ERRNO(EISDIR),
    ERRNO(EINVAL), ERRNO(ENFILE), ERRNO(EMFILE), ERRNO(ENOTTY), ERRNO(ETXTBSY),
    ERRNO(EFBIG), ERRNO(ENOSPC), ERRNO(ESPIPE), ERRNO(EROFS), ERRNO(EMLINK),
    ERRNO(EPIPE), ERRNO(EDOM), ERRNO(ERANGE), ERRNO(EDEADLK), ERRNO(ENAMETOOLONG),
    ERRNO(ENOLCK), ERRNO(ENOSYS), ERRNO(ENOTEMPTY), ERRNO(ELOOP), ERRNO(EOVERFLOW),
    ERRNO(EDQUOT), ERRNO(ESTALE), ERRNO(EOPNOTSUPP),
};
#undef ERRNO

static Term errno_atom(int e) {
    for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++) {
        if (errnos[i].code != e) continue;
        char lower[32];
        size_t n = strlen(errnos[i].name);
        for (size_t k = 0; k < n; k++) lower[k] = (char)(errnos[i].name[k] | 0x20);
        return atom_intern(lower, n);
    }
    return atom_intern("unknown", 7);   /* erl_errno_id's answer too */
}

/* {:error, reason}. May collect. */
static Term error_tuple(Process *p, Term reason) { return bif_tuple2(p, AM(error), reason); }
static Term posix_error(Process *p, int e) { return error_tuple(p, errno_atom(e)); }

/* ---- file names ---- */

/* The file name t as a NUL-terminated path, as Erlang's file module takes
 * names: a binary (its bytes as they are), an atom, or a possibly deep list
 * of code points and atoms (UTF-8, the native name encoding). False for
 * anything else, and for a name holding NUL, which no system call takes. */
static bool name_to_path(Term t, Buf *b) {
    bool ok;
    if (is_bitstring(t)) {
        ok = bif_iolist_collect(t, b);
    } else if (is_atom(t)) {
        size_t len;
        const char *s = atom_text(t, &len);
        bif_buf_put(b, s, len);
        ok = true;
    } else {
        ok = bif_name_collect(t, b);
    }
    ok = ok && !memchr(b->data ? b->data : (uint8_t *)"", 0, b->len);
    bif_buf_byte(b, 0);
    return ok && !b->oom;
}

#define PATH(b) ((const char *)(b).data)

/* Runs op on the path of name: :ok, or the error (Erlang's, by fix). */
static Term path_op(Process *p, Term name, int (*op)(const char *), int (*fix)(int, const char *)) {
    Buf b;
    bif_buf_init(&b);
    if (!name_to_path(name, &b)) { bif_buf_free(&b); return error_tuple(p, AM(badarg)); }
    int e = op(PATH(b)) == 0 ? 0 : errno;
    if (e && fix) e = fix(e, PATH(b));
    bif_buf_free(&b);
    return e ? posix_error(p, e) : AM(ok);
}

/* ---- charlists (list_dir and get_cwd answer with them) ---- */

/* Code points in s[0..n), or SIZE_MAX when s is not UTF-8. */
static size_t utf8_length(const uint8_t *s, size_t n) {
    size_t count = 0;
    uint32_t cp;
    for (size_t i = 0; i < n; count++) {
        size_t len = s[i] < 0x80 ? 1 : bin_utf8_decode(s + i, n - i, &cp);
        if (!len) return SIZE_MAX;
        i += len;
    }
    return count;
}

/* Writes the charlist of UTF-8 s[0..n) (ncp code points, 2 words each)
 * ending in tail at h. Never collects. */
static Term put_charlist(Term *h, const uint8_t *s, size_t n, size_t ncp, Term tail) {
    Term list = tail;
    Term *cell = h + 2 * ncp;
    uint32_t cp;
    /* decode forward, fill the cells from the last one back */
    for (size_t i = n, k = ncp; k > 0; k--) {
        size_t start = i - 1;
        while (start > 0 && (s[start] & 0xC0) == 0x80) start--;
        if (s[start] < 0x80) cp = s[start];
        else bin_utf8_decode(s + start, i - start, &cp);
        cell -= 2;
        cell[0] = make_small(cp);
        cell[1] = list;
        list = make_list(cell);
        i = start;
    }
    return list;
}

/* The charlist of a UTF-8 C string; bytes that are not UTF-8 are taken as
 * Latin-1. May collect. */
static Term cstr_to_charlist(Process *p, const char *s) {
    size_t n = strlen(s), ncp = utf8_length((const uint8_t *)s, n);
    if (ncp == SIZE_MAX) {
        BIF_RESERVE(h, p, 2 * n);
        Term list = NIL;
        for (size_t i = n; i-- > 0;) {
            h[2 * i] = make_small((uint8_t)s[i]);
            h[2 * i + 1] = list;
            list = make_list(h + 2 * i);
        }
        return list;
    }
    BIF_RESERVE(h, p, 2 * ncp);
    return put_charlist(h, (const uint8_t *)s, n, ncp, NIL);
}

/* ---- reading and writing whole files ---- */

/* Appends every byte of fd to b; 0 or an errno. */
static int read_all(int fd, Buf *b) {
    uint8_t chunk[65536];
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return errno;
        if (r == 0) return b->oom ? ENOMEM : 0;
        bif_buf_put(b, chunk, (size_t)r);
    }
}

/* :file.read_file(name) -> {:ok, binary} | {:error, reason} */
Term bif_file_read_file_1(Process *p, Term *args) {
    Buf name, data;
    bif_buf_init(&name);
    if (!name_to_path(args[0], &name)) { bif_buf_free(&name); return error_tuple(p, AM(badarg)); }
    int fd = open(PATH(name), O_RDONLY | O_CLOEXEC);
    bif_buf_free(&name);
    if (fd < 0) return posix_error(p, errno);
    bif_buf_init(&data);
    int e = read_all(fd, &data);
    close(fd);
    if (e) { bif_buf_free(&data); return posix_error(p, e); }
    args[0] = bif_buf_to_bin(p, &data);
    if (args[0] == THE_NON_VALUE) return THE_NON_VALUE;
    return bif_tuple2(p, AM(ok), args[0]);
}

/* How write_file opens its file, from Erlang's modes. */
typedef struct { int flags; Term encoding; bool bad; } WriteModes;

static void write_mode(Term m, WriteModes *w) {
    size_t len;
    const char *s = is_atom(m) ? atom_text(m, &len) : NULL;
    if (s && len == 4 && !memcmp(s, "read", 4)) w->flags = (w->flags & ~O_WRONLY) | O_RDWR;
    else if (s && len == 6 && !memcmp(s, "append", 6)) w->flags |= O_APPEND;
    else if (s && len == 9 && !memcmp(s, "exclusive", 9)) w->flags |= O_EXCL;
    else if (s && len == 10 && !memcmp(s, "compressed", 10)) w->bad = true;
    else if (is_tuple(m) && tuple_arity(m) == 2 && TUPLE_ELEM(m, 0) == atom_intern("encoding", 8))
        w->encoding = TUPLE_ELEM(m, 1);
    /* write, binary, raw, sync, read_ahead, delayed_write...: nothing to do;
     * Erlang ignores what it does not know, too */
}

/* Writes b->data as the characters of an encoded file: each byte is a
 * Latin-1 character (Erlang's file server does the same with bytes written
 * to a file opened with an encoding). False on an unknown encoding. */
static bool encode_latin1(Buf *b, Term enc) {
    Term e = enc, endian = AM(big);
    if (is_tuple(e) && tuple_arity(e) == 2) { endian = TUPLE_ELEM(e, 1); e = TUPLE_ELEM(e, 0); }
    size_t len;
    const char *s = is_atom(e) ? atom_text(e, &len) : NULL;
    if (!s || (endian != AM(big) && endian != AM(little))) return false;
    if (len == 6 && !memcmp(s, "latin1", 6)) return true;
    unsigned width = e == AM(utf8) || (len == 7 && !memcmp(s, "unicode", 7)) ? 1
                   : e == AM(utf16) ? 2 : e == AM(utf32) ? 4 : 0;
    if (!width) return false;
    Buf out;
    bif_buf_init(&out);
    for (size_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i], u[4] = {0, 0, 0, 0};
        if (width == 1) {
            if (c < 0x80) { bif_buf_byte(&out, c); continue; }
            u[0] = (uint8_t)(0xC0 | c >> 6); u[1] = (uint8_t)(0x80 | (c & 0x3F));
            bif_buf_put(&out, u, 2);
            continue;
        }
        u[endian == AM(big) ? width - 1 : 0] = c;
        bif_buf_put(&out, u, width);
    }
    bif_buf_free(b);
    *b = out;
    return true;
}

static int write_all(int fd, const uint8_t *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return errno;
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

static Term write_file(Process *p, Term name, Term data, WriteModes *w) {
    Buf path, bytes;
    bif_buf_init(&path);
    bif_buf_init(&bytes);
    bool named = name_to_path(name, &path);
    Term fail = !named ? AM(badarg)
              : !bif_iolist_collect(data, &bytes) ? AM(badarg)
              : w->bad ? atom_intern("enotsup", 7)
              : w->encoding && !encode_latin1(&bytes, w->encoding) ? AM(badarg) : THE_NON_VALUE;
    int e = 0;
    if (!fail) {
        /* write truncates unless the file is also read or appended to */
        int trunc = w->flags & (O_RDWR | O_APPEND) ? 0 : O_TRUNC;
        int fd = open(PATH(path), w->flags | trunc | O_CREAT | O_CLOEXEC, 0666);
        e = fd < 0 ? errno : write_all(fd, bytes.data, bytes.len);
        if (fd >= 0 && close(fd) != 0 && !e) e = errno;
    }
    bif_buf_free(&path);
    bif_buf_free(&bytes);
    if (fail) return error_tuple(p, fail);
    return e ? posix_error(p, e) : AM(ok);
}

/* :file.write_file(name, iodata) -> :ok | {:error, reason} */
Term bif_file_write_file_2(Process *p, Term *args) {
    WriteModes w = {O_WRONLY, 0, false};
    return write_file(p, args[0], args[1], &w);
}

/* :file.write_file(name, iodata, modes): modes as Erlang's open/2 takes them */
Term bif_file_write_file_3(Process *p, Term *args) {
    WriteModes w = {O_WRONLY, 0, false};
    Term m = args[2];
    if (!is_list(m)) RAISE_ERROR(p, AM(function_clause));
    for (; is_cons(m); m = CDR(m)) write_mode(CAR(m), &w);
    if (!is_nil(m)) return bif_badarg(p);   /* as Erlang's lists:member(raw, modes) does */
    return write_file(p, args[0], args[1], &w);
}

/* :vial.file_read_at(name, offset, size) -> {:ok, bytes} | :eof |
 * {:error, reason}: up to size bytes from offset (File.stream!, which reads
 * a file a chunk at a time without holding it open between chunks). */
Term bif_vial_file_read_at_3(Process *p, Term *args) {
    if (!is_small(args[1]) || small_val(args[1]) < 0 || !is_small(args[2]) || small_val(args[2]) <= 0)
        return bif_badarg(p);
    Buf path;
    bif_buf_init(&path);
    if (!name_to_path(args[0], &path)) { bif_buf_free(&path); return error_tuple(p, AM(badarg)); }
    int fd = open(PATH(path), O_RDONLY | O_CLOEXEC);
    bif_buf_free(&path);
    if (fd < 0) return posix_error(p, errno);
    size_t want = (size_t)small_val(args[2]), got = 0;
    uint8_t *data = malloc(want);
    ssize_t r = 0;
    while (data && got < want) {
        r = pread(fd, data + got, want - got, (off_t)small_val(args[1]) + (off_t)got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += (size_t)r;
    }
    int e = !data ? ENOMEM : r < 0 ? errno : 0;
    close(fd);
    if (e || got == 0) { free(data); return e ? posix_error(p, e) : atom_intern("eof", 3); }
    args[0] = bin_from_bytes(p, data, got);
    free(data);
    if (args[0] == THE_NON_VALUE) return bif_oom(p);
    return bif_tuple2(p, AM(ok), args[0]);
}

/* ---- directories ---- */

static bool dot_or_dotdot(const char *s) {
    return s[0] == '.' && (s[1] == 0 || (s[1] == '.' && s[2] == 0));
}

/* The entries of a directory in the order the system lists them, as one
 * malloc'd block of NUL-terminated names (*bytes long). 0 or an errno. */
static int read_dir(const char *path, char **names, size_t *bytes) {
    DIR *d = opendir(path);
    if (!d) return errno;
    Buf b;
    bif_buf_init(&b);
    for (struct dirent *e; (e = readdir(d));)
        if (!dot_or_dotdot(e->d_name)) bif_buf_put(&b, e->d_name, strlen(e->d_name) + 1);
    closedir(d);
    if (b.oom) { bif_buf_free(&b); return ENOMEM; }
    *names = (char *)b.data;
    *bytes = b.len;
    return 0;
}

/* The names as a list of charlists, in their order, built front to back in
 * one reservation; names that are not UTF-8 are left out, as Erlang leaves
 * out what it cannot decode. May collect. */
static Term names_to_list(Process *p, const char *names, size_t bytes) {
    size_t words = 0, n;
    for (size_t off = 0; off < bytes; off += n + 1) {
        n = strlen(names + off);
        size_t ncp = utf8_length((const uint8_t *)names + off, n);
        if (ncp != SIZE_MAX) words += 2 * ncp + 2;
    }
    BIF_RESERVE(h, p, words);
    Term list = NIL, *last = NULL;
    for (size_t off = 0; off < bytes; off += n + 1) {
        const uint8_t *s = (const uint8_t *)names + off;
        n = strlen((const char *)s);
        size_t ncp = utf8_length(s, n);
        if (ncp == SIZE_MAX) continue;
        Term *cell = h + 2 * ncp;
        cell[0] = put_charlist(h, s, n, ncp, NIL);
        cell[1] = NIL;
        if (last) last[1] = make_list(cell);   /* not yet seen by anyone */
        else list = make_list(cell);
        last = cell;
        h = cell + 2;
    }
    return list;
}

/* :file.list_dir(name) -> {:ok, [charlist]} | {:error, reason} */
Term bif_file_list_dir_1(Process *p, Term *args) {
    Buf path;
    bif_buf_init(&path);
    if (!name_to_path(args[0], &path)) { bif_buf_free(&path); return error_tuple(p, AM(badarg)); }
    char *names = NULL;
    size_t bytes = 0;
    int e = read_dir(PATH(path), &names, &bytes);
    bif_buf_free(&path);
    if (e) return posix_error(p, e);
    args[0] = names_to_list(p, names, bytes);
    free(names);
    if (args[0] == THE_NON_VALUE) return THE_NON_VALUE;
    return bif_tuple2(p, AM(ok), args[0]);
}

static int do_mkdir(const char *path) { return mkdir(path, 0777); }

/* Erlang's answers where Linux's differ: a directory that is not empty is
 * eexist, and removing the current directory is einval. */
static int fix_rmdir(int e, const char *path) {
    if (e == ENOTEMPTY) e = EEXIST;
    struct stat a, b;
    if (e == EEXIST && stat(path, &a) == 0 && stat(".", &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev)
        e = EINVAL;
    return e;
}

/* unlink of a directory is eperm in Erlang (Linux says eisdir) */
static int fix_unlink(int e, const char *path) { return e == EISDIR ? EPERM : e; }

Term bif_file_make_dir_1(Process *p, Term *args) { return path_op(p, args[0], do_mkdir, NULL); }
Term bif_file_del_dir_1(Process *p, Term *args) { return path_op(p, args[0], rmdir, fix_rmdir); }
Term bif_file_delete_1(Process *p, Term *args) { return path_op(p, args[0], unlink, fix_unlink); }
Term bif_file_set_cwd_1(Process *p, Term *args) { return path_op(p, args[0], chdir, NULL); }

/* :file.rename(from, to) -> :ok | {:error, reason} */
Term bif_file_rename_2(Process *p, Term *args) {
    Buf from, to;
    bif_buf_init(&from);
    bif_buf_init(&to);
    bool named = name_to_path(args[0], &from) && name_to_path(args[1], &to);
    int e = !named ? 0 : rename(PATH(from), PATH(to)) == 0 ? 0 : errno;
    if (e == ENOTEMPTY) e = EEXIST;
    else if (e && !strcmp(PATH(from), "/")) e = EINVAL;
    bif_buf_free(&from);
    bif_buf_free(&to);
    if (!named) return error_tuple(p, AM(badarg));
    return e ? posix_error(p, e) : AM(ok);
}

/* :file.get_cwd() -> {:ok, charlist} | {:error, reason} */
Term bif_file_get_cwd_0(Process *p, Term *args) {
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return posix_error(p, errno);
    p->nx = 1;
    p->x[0] = cstr_to_charlist(p, cwd);
    free(cwd);
    if (p->x[0] == THE_NON_VALUE) return THE_NON_VALUE;
    return bif_tuple2(p, AM(ok), p->x[0]);
}

/* :file.read_link(name) -> {:ok, charlist} | {:error, reason}; :einval
 * when name is not a symbolic link. */
Term bif_file_read_link_1(Process *p, Term *args) {
    Buf path;
    bif_buf_init(&path);
    if (!name_to_path(args[0], &path)) { bif_buf_free(&path); return error_tuple(p, AM(badarg)); }
    char target[PATH_MAX + 1];
    ssize_t n = readlink(PATH(path), target, sizeof target - 1);
    int e = errno;
    bif_buf_free(&path);
    if (n < 0) return posix_error(p, e);
    target[n] = 0;
    p->nx = 1;
    p->x[0] = cstr_to_charlist(p, target);
    if (p->x[0] == THE_NON_VALUE) return THE_NON_VALUE;
    return bif_tuple2(p, AM(ok), p->x[0]);
}

/* ---- file information ---- */

static Term file_type(mode_t m) {
    if (S_ISCHR(m) || S_ISBLK(m)) return atom_intern("device", 6);
    if (S_ISDIR(m)) return atom_intern("directory", 9);
    if (S_ISREG(m)) return atom_intern("regular", 7);
    if (S_ISLNK(m)) return atom_intern("symlink", 7);
    return atom_intern("other", 5);
}

/* What the caller may do with the file, asked of the system as Erlang asks. */
static Term file_access(const char *path) {
    bool r = access(path, R_OK) == 0, w = access(path, W_OK) == 0;
    return r && w ? atom_intern("read_write", 10) : r ? atom_intern("read", 4)
         : w ? atom_intern("write", 5) : atom_intern("none", 4);
}

typedef enum { TIME_LOCAL, TIME_UNIVERSAL, TIME_POSIX } TimeKind;

/* {{y, m, d}, {h, min, s}} in 11 words at h, or the posix seconds. */
static Term put_time(Term *h, time_t t, TimeKind kind) {
    struct tm tm;
    if (kind == TIME_POSIX) return make_small((SInt)t);
    if (!(kind == TIME_LOCAL ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) memset(&tm, 0, sizeof tm);
    h[0] = make_header(KIND_TUPLE, 3);
    h[1] = make_small(tm.tm_year + 1900); h[2] = make_small(tm.tm_mon + 1); h[3] = make_small(tm.tm_mday);
    h[4] = make_header(KIND_TUPLE, 3);
    h[5] = make_small(tm.tm_hour); h[6] = make_small(tm.tm_min); h[7] = make_small(tm.tm_sec);
    h[8] = make_header(KIND_TUPLE, 2);
    h[9] = make_boxed(h);
    h[10] = make_boxed(h + 4);
    return make_boxed(h + 8);
}

#define INFO_FIELDS 14

/* The #file_info{} record of st: {:file_info, size, type, access, atime,
 * mtime, ctime, mode, links, major_device, minor_device, inode, uid, gid}.
 * The numbers that may not be small are made first. May collect. */
static Term file_info(Process *p, const struct stat *st, Term access, TimeKind kind) {
    unsigned mark = p->nx;
    uint64_t big[] = {(uint64_t)st->st_size, (uint64_t)st->st_dev, (uint64_t)st->st_ino};
    unsigned xs[3];
    for (int i = 0; i < 3; i++) {
        Term n = bif_make_int(p, (int64_t)big[i]);
        if (n == THE_NON_VALUE) { bif_pop(p, mark); return n; }
        xs[i] = bif_push(p, n);
    }
    BIF_RESERVE(h, p, 1 + INFO_FIELDS + 3 * 11);
    Term *t = h, *times = h + 1 + INFO_FIELDS;
    t[0] = make_header(KIND_TUPLE, INFO_FIELDS);
    t[1] = atom_intern("file_info", 9);
    t[2] = p->x[xs[0]];
    t[3] = file_type(st->st_mode);
    t[4] = access;
    t[5] = put_time(times, st->st_atime, kind);
    t[6] = put_time(times + 11, st->st_mtime, kind);
    t[7] = put_time(times + 22, st->st_ctime, kind);
    t[8] = make_small(st->st_mode);
    t[9] = make_small((SInt)st->st_nlink);
    t[10] = p->x[xs[1]];
    t[11] = make_small((SInt)st->st_rdev);
    t[12] = p->x[xs[2]];
    t[13] = make_small(st->st_uid);
    t[14] = make_small(st->st_gid);
    bif_pop(p, mark);
    return make_boxed(t);
}

/* The :time option of read_file_info/2 ([time: :posix], [:raw, ...]). As
 * in Erlang the first one counts and later ones are not even looked at
 * (File.exists?/2 puts time: :posix before the caller's options). */
static bool time_option(Term opts, TimeKind *kind) {
    *kind = TIME_LOCAL;
    bool found = false;
    for (; is_cons(opts); opts = CDR(opts)) {
        Term o = CAR(opts);
        if (found || !is_tuple(o) || tuple_arity(o) != 2 || TUPLE_ELEM(o, 0) != atom_intern("time", 4)) continue;
        found = true;
        Term v = TUPLE_ELEM(o, 1);
        if (v == atom_intern("local", 5)) *kind = TIME_LOCAL;
        else if (v == atom_intern("universal", 9)) *kind = TIME_UNIVERSAL;
        else if (v == atom_intern("posix", 5)) *kind = TIME_POSIX;
        else return false;
    }
    return is_nil(opts);
}

static Term read_info(Process *p, Term name, Term opts, bool follow) {
    TimeKind kind;
    if (!is_list(opts)) RAISE_ERROR(p, AM(function_clause));
    if (!time_option(opts, &kind)) return error_tuple(p, AM(badarg));
    Buf path;
    bif_buf_init(&path);
    if (!name_to_path(name, &path)) { bif_buf_free(&path); return error_tuple(p, AM(badarg)); }
    struct stat st;
    int e = (follow ? stat(PATH(path), &st) : lstat(PATH(path), &st)) == 0 ? 0 : errno;
    Term access = e ? THE_NON_VALUE : file_access(PATH(path));
    bif_buf_free(&path);
    if (e) return posix_error(p, e);
    Term info = file_info(p, &st, access, kind);
    if (info == THE_NON_VALUE) return info;
    return bif_tuple2(p, AM(ok), info);
}

/* :file.read_file_info(name[, opts]) -> {:ok, file_info} | {:error, reason};
 * read_link_info does not follow a symbolic link. */
Term bif_file_read_file_info_1(Process *p, Term *args) { return read_info(p, args[0], NIL, true); }
Term bif_file_read_file_info_2(Process *p, Term *args) { return read_info(p, args[0], args[1], true); }
Term bif_file_read_link_info_1(Process *p, Term *args) { return read_info(p, args[0], NIL, false); }
Term bif_file_read_link_info_2(Process *p, Term *args) { return read_info(p, args[0], args[1], false); }

/* ---- :filelib ---- */

/* The type of what name names, following links; 0 when it names nothing. */
static mode_t name_type(Term name) {
    Buf path;
    bif_buf_init(&path);
    struct stat st;
    bool ok = name_to_path(name, &path) && stat(PATH(path), &st) == 0;
    bif_buf_free(&path);
    return ok ? st.st_mode & S_IFMT : 0;
}

Term bif_filelib_is_dir_1(Process *p, Term *args) { return make_bool(name_type(args[0]) == S_IFDIR); }
Term bif_filelib_is_regular_1(Process *p, Term *args) { return make_bool(name_type(args[0]) == S_IFREG); }

Term bif_filelib_is_file_1(Process *p, Term *args) {
    mode_t t = name_type(args[0]);
    return make_bool(t == S_IFREG || t == S_IFDIR);
}
