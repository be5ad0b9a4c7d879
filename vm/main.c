/* main.c — the `vial` command line: run a script or an expression, compile
 * modules to bytecode files, disassemble them, dump a parse tree.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atom.h"
#include "bytecode.h"
#include "compile.h"
#include "disasm.h"
#include "parser.h"
#include "stdlib_blob.h"
#include "xref.h"
#include "strbuf.h"
#include "vm.h"

static void usage(void) {
    fputs("usage: vial [--no-halt] FILE.exs [ARGS...]  run a script\n"
          "       vial [--no-halt] -e EXPR [ARGS...]   evaluate an expression\n"
          "         (--no-halt: the VM runs on after the script's process ends)\n"
          "       vial compile [--stdlib] -o DIR FILE... compile modules to DIR/Module.vbc\n"
          "         (--stdlib: vial's standard library, with Elixir's files and lines)\n"
          "       vial disasm FILE.vbc        print a bytecode file\n"
          "       vial ast FILE               print the parse tree\n", stderr);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    StrBuf b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_put(&b, buf, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad) { sb_free(&b); return NULL; }
    if (!b.data) sb_reserve(&b, 1);
    *len = b.len;
    return b.data;
}

/* ---- a script's name, as Elixir's Code.require_file/2 has it ---- */

/* Path.expand/1: absolute, with "." and ".." resolved by name (".." never
 * climbs above "/"); symbolic links are left alone. */
static char *expand_path(const char *path) {
    StrBuf in = {0}, out = {0};
    char *cwd = path[0] == '/' ? NULL : getcwd(NULL, 0);
    sb_printf(&in, "%s/%s", cwd ? cwd : "", path);
    free(cwd);
    for (char *part = strtok(in.data, "/"); part; part = strtok(NULL, "/")) {
        if (strcmp(part, ".") == 0) continue;
        if (strcmp(part, "..") == 0) {
            while (out.len && out.data[--out.len] != '/') {}
            continue;
        }
        sb_printf(&out, "/%s", part);
    }
    if (out.len) out.data[out.len] = '\0';
    else sb_puts(&out, "/");
    sb_free(&in);
    return out.data;
}

/* Path.relative_to_cwd/1 of an expanded path: what lies below the working
 * directory is named from it, the rest in full. */
static const char *relative_to_cwd(const char *absolute) {
    char *cwd = getcwd(NULL, 0);
    size_t n = cwd ? strlen(cwd) : 0;
    const char *shown = absolute;
    if (cwd && strncmp(absolute, cwd, n) == 0) {
        if (absolute[n] == '\0') shown = ".";
        else if (n == 1) shown = absolute + 1;
        else if (absolute[n] == '/') shown = absolute + n + 1;
    }
    free(cwd);
    return shown;
}

/* ---- what the compiler knows of the embedded standard library ---- */

static BcModule **stdlib_cache;

static const BcModule *stdlib_module(const char *name) {
    size_t n = 0;
    while (stdlib_modules[n].name) n++;
    if (!stdlib_cache) stdlib_cache = calloc(n + 1, sizeof *stdlib_cache);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(stdlib_modules[i].name, name) != 0) continue;
        if (!stdlib_cache[i]) {
            char err[256];
            stdlib_cache[i] = bc_read_trusted(stdlib_modules[i].bytes, stdlib_modules[i].len, err, sizeof err);
        }
        return stdlib_cache[i];
    }
    return NULL;
}

static bool stdlib_exports(const char *module, const char *name, unsigned arity) {
    const BcModule *m = stdlib_module(module);
    if (!m) return false;
    for (uint32_t i = 0; i < m->nexports; i++)
        if (m->exports[i].arity == arity && strcmp(m->atoms[m->exports[i].name], name) == 0) return true;
    return false;
}

static CompileOptions compile_opts = {.exports = stdlib_exports};

/* ---- commands ---- */

/* The runner's frame that follows a syntax error, and an error raised
 * while the code was expanded, as Elixir prints them. */
typedef struct { const char *syntax, *compile; } RunnerFrames;

static int run_source(const char *path, const char *file, const char *src, size_t len, const RunnerFrames *runner, bool eval) {
    CompileOptions opts = compile_opts;
    opts.script = true;
    opts.eval = eval;
    CompileResult r;
    CompileSource s = {path, file, src, len};
    if (!compile_sources(&s, 1, &opts, &r)) {
        fputs(r.error, stderr);
        if (strncmp(r.error, "** (SyntaxError)", 16) == 0 || strncmp(r.error, "** (TokenMissingError)", 22) == 0)
            fputs(runner->syntax, stderr);
        else if (r.runner_frame)
            fputs(runner->compile, stderr);
        compile_result_free(&r, true);
        return 1;
    }
    char err[512];
    for (size_t i = 0; i < r.nmods; i++) {
        if (vm_load_bc(r.mods[i], err, sizeof err) != 0) {
            fprintf(stderr, "vial: internal error loading compiled code: %s\n", err);
            r.mods[i] = NULL;
            compile_result_free(&r, true);
            return 1;
        }
        r.mods[i] = NULL;
    }
    Term arg = ATOM_nil;
    int rc = vm_run(atom_intern("elixir_compiler_0", 17), atom_intern("__FILE__", 8), 1, &arg);
    /* Elixir checks the modules' remote calls once the file has run */
    if (rc == 0) xref_report(r.calls, r.ncalls);
    compile_result_free(&r, false);
    return rc;
}

static int cmd_script(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "No file named %s\n", path);
        return 1;
    }
    vm_set_report(VM_REPORT_SCRIPT);
    static const RunnerFrames file = {"    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n",
                                      "    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n"};
    char *absolute = expand_path(path);
    int rc = run_source(relative_to_cwd(absolute), absolute, src, len, &file, false);
    free(absolute);
    free(src);
    return rc;
}

/* Written only once verified: the embedded standard library is loaded
 * without checking again (bc_read_trusted). */
static int write_module(const char *dir, BcModule *m) {
    char err[256];
    if (bc_verify(m, err, sizeof err) != 0) {
        fprintf(stderr, "vial: compiled code of %s fails verification: %s\n", m->atoms[m->name], err);
        return 1;
    }
    size_t len;
    uint8_t *bytes = bc_write(m, &len);
    StrBuf path = {0};
    sb_printf(&path, "%s/%s.vbc", dir, m->atoms[m->name]);
    FILE *f = fopen(path.data, "wb");
    int rc = 0;
    if (!f || fwrite(bytes, 1, len, f) != len) {
        fprintf(stderr, "vial: cannot write %s: %s\n", path.data, strerror(errno));
        rc = 1;
    }
    if (f && fclose(f) != 0) rc = 1;
    free(bytes);
    sb_free(&path);
    return rc;
}

static int cmd_compile(int argc, char **argv) {
    const char *out = ".";
    CompileOptions opts = compile_opts;
    int i = 0;
    if (i < argc && strcmp(argv[i], "--stdlib") == 0) { opts.stdlib = true; i++; }
    if (i + 1 < argc && strcmp(argv[i], "-o") == 0) { out = argv[i + 1]; i += 2; }
    if (i >= argc) { usage(); return 1; }
    size_t n = (size_t)(argc - i);
    CompileSource *srcs = calloc(n, sizeof *srcs);
    int rc = 0;
    for (size_t k = 0; k < n; k++) {
        srcs[k].file = expand_path(argv[i + (int)k]);
        srcs[k].path = relative_to_cwd(srcs[k].file);
        srcs[k].src = read_file(argv[i + (int)k], &srcs[k].len);
        if (!srcs[k].src) { fprintf(stderr, "No file named %s\n", argv[i + (int)k]); rc = 1; }
    }
    if (rc == 0) {
        mkdir(out, 0777);
        CompileResult r;
        if (!compile_sources(srcs, n, &opts, &r)) {
            fputs(r.error, stderr);
            rc = 1;
        } else {
            for (size_t k = 0; k < r.nmods && rc == 0; k++) rc = write_module(out, r.mods[k]);
        }
        compile_result_free(&r, true);
    }
    for (size_t k = 0; k < n; k++) {
        free((char *)srcs[k].src);
        free((char *)srcs[k].file);
    }
    free(srcs);
    return rc;
}

static int cmd_disasm(const char *path) {
    size_t len;
    char *bytes = read_file(path, &len);
    if (!bytes) { fprintf(stderr, "No file named %s\n", path); return 1; }
    char err[256];
    BcModule *m = bc_read((const uint8_t *)bytes, len, err, sizeof err);
    free(bytes);
    if (!m) { fprintf(stderr, "vial: %s: %s\n", path, err); return 1; }
    disasm_module(stdout, m);
    bc_free(m);
    return 0;
}

static void out_stdout(void *ctx, const char *s, size_t len) { (void)ctx; fwrite(s, 1, len, stdout); }

typedef struct { const char *path; const char *src; size_t len; int rc; } AstJob;

static void *ast_job(void *arg) {
    AstJob *j = arg;
    AstArena *a = ast_arena_new();
    char *err = NULL;
    Node *n = parse_file(a, j->path, j->src, j->len, &err);
    if (n) { ast_print(n, out_stdout, NULL); putchar('\n'); }
    else { fprintf(stderr, "** %s\n", err); free(err); j->rc = 1; }
    ast_arena_free(a);
    return NULL;
}

static int cmd_ast(const char *path) {
    AstJob j = { path, NULL, 0, 0 };
    char *src = read_file(path, &j.len);
    if (!src) { fprintf(stderr, "No file named %s\n", path); return 1; }
    j.src = src;
    if (!compile_run_deep(ast_job, &j)) { fprintf(stderr, "vial: no thread to parse on\n"); j.rc = 1; }
    free(src);
    return j.rc;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "--no-halt") == 0) {
        vm_set_no_halt(true);
        argv++;
        argc--;
    }
    if (argc < 2) { usage(); return 1; }
    const char *cmd = argv[1];
    if (strcmp(cmd, "compile") == 0) { vm_init(0, NULL); return cmd_compile(argc - 2, argv + 2); }
    if (strcmp(cmd, "disasm") == 0 && argc == 3) { vm_init(0, NULL); return cmd_disasm(argv[2]); }
    if (strcmp(cmd, "ast") == 0 && argc == 3) return cmd_ast(argv[2]);
    if (strcmp(cmd, "-e") == 0) {
        if (argc < 3) { usage(); return 1; }
        vm_init(argc - 3, argv + 3);
        vm_set_report(VM_REPORT_EVAL);
        static const RunnerFrames eval = {"    (elixir 1.14.0) lib/code.ex:421: Code.validated_eval_string/3\n",
                                          "    (elixir 1.14.0) lib/code.ex:422: Code.validated_eval_string/3\n"};
        return run_source("nofile", NULL, argv[2], strlen(argv[2]), &eval, true);
    }
    if (cmd[0] == '-') { usage(); return 1; }
    vm_init(argc - 2, argv + 2);
    return cmd_script(cmd);
}
