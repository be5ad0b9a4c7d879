/* run_cases.c — differential test of the C natives: reads cases.etf (made
 * by gen_cases.exs on real Elixir), calls each native on the same arguments
 * and compares the result, or the exception, with what Elixir gave.
 * Usage: run_cases tests/bif/cases.etf   (exit status 1 on any mismatch) */
#include <stdio.h>
#include <stdlib.h>
#include "bif.h"
#include "binary.h"
#include "bignum.h"
#include "compare.h"
#include "fmt_float.h"
#include "map.h"

/* bif_system.c and bif_process.c need the whole VM (module table, vm.c,
 * the scheduler); their natives are not tested here and these stand-ins
 * only satisfy the table. */
#define VM_STUB(fn) __attribute__((weak)) Term fn(Process *p, Term *args) { return bif_badarg(p); }
VM_STUB(bif_vial_argv_0)
VM_STUB(bif_erlang_module_loaded_1)
VM_STUB(bif_vial_module_info_3)
VM_STUB(bif_vial_exports_1)
VM_STUB(bif_erlang_system_info_1)
VM_STUB(bif_os_getenv_0)
VM_STUB(bif_os_getenv_1)
VM_STUB(bif_os_getenv_2)
VM_STUB(bif_os_putenv_2)
VM_STUB(bif_os_unsetenv_1)
VM_STUB(bif_os_getpid_0)
VM_STUB(bif_vial_first_time_1)
VM_STUB(bif_vial_no_halt_0)
VM_STUB(bif_vial_no_halt_1)
VM_STUB(bif_os_find_executable_1)
VM_STUB(bif_init_get_argument_1)
VM_STUB(bif_application_get_application_1)
VM_STUB(bif_application_get_key_2)
VM_STUB(bif_erlang_self_0)
VM_STUB(bif_erlang_make_ref_0)
VM_STUB(bif_erlang_pid_to_list_1)
VM_STUB(bif_erlang_list_to_pid_1)
VM_STUB(bif_erlang_ref_to_list_1)
VM_STUB(bif_erlang_spawn_1)
VM_STUB(bif_erlang_spawn_3)
VM_STUB(bif_erlang_spawn_link_1)
VM_STUB(bif_erlang_spawn_link_3)
VM_STUB(bif_erlang_spawn_monitor_1)
VM_STUB(bif_erlang_spawn_monitor_3)
VM_STUB(bif_erlang_spawn_opt_2)
VM_STUB(bif_erlang_spawn_opt_4)
VM_STUB(bif_erlang_send_2)
VM_STUB(bif_erlang_send_3)
VM_STUB(bif_erlang_link_1)
VM_STUB(bif_erlang_unlink_1)
VM_STUB(bif_erlang_monitor_2)
VM_STUB(bif_erlang_demonitor_1)
VM_STUB(bif_erlang_demonitor_2)
VM_STUB(bif_erlang_exit_2)
VM_STUB(bif_erlang_is_process_alive_1)
VM_STUB(bif_erlang_process_flag_2)
VM_STUB(bif_erlang_process_flag_3)
VM_STUB(bif_erlang_register_2)
VM_STUB(bif_erlang_unregister_1)
VM_STUB(bif_erlang_whereis_1)
VM_STUB(bif_erlang_registered_0)
VM_STUB(bif_erlang_processes_0)
VM_STUB(bif_erlang_process_info_1)
VM_STUB(bif_erlang_process_info_2)
VM_STUB(bif_erlang_send_after_3)
VM_STUB(bif_erlang_send_after_4)
VM_STUB(bif_erlang_cancel_timer_1)
VM_STUB(bif_erlang_cancel_timer_2)
VM_STUB(bif_erlang_read_timer_1)
VM_STUB(bif_erlang_memory_0)
VM_STUB(bif_erlang_memory_1)
VM_STUB(bif_erlang_garbage_collect_0)

typedef struct { const char *mod, *name; unsigned arity; NativeFn fn; } Entry;
static const Entry table[] = {
#define BIF(m, n, a, f) {m, n, a, f},
#include "bifs.def"
#undef BIF
};

static NativeFn lookup(const char *mod, size_t ml, const char *name, size_t nl, unsigned arity) {
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].arity == arity && strlen(table[i].mod) == ml && !memcmp(table[i].mod, mod, ml)
            && strlen(table[i].name) == nl && !memcmp(table[i].name, name, nl))
            return table[i].fn;
    return NULL;
}

/* ---- a minimal External Term Format decoder (the heap is pre-grown, so
 * nothing collects while decoding) ---- */

static const uint8_t *cur, *end;
static uint32_t be32(const uint8_t *s) { return (uint32_t)s[0] << 24 | s[1] << 16 | s[2] << 8 | s[3]; }

static Term decode(Process *p);

static Term decode_seq(Process *p, size_t n, bool list) {
    Term *h = heap_alloc(p, list ? 2 * n : n + 1);
    if (!list) h[0] = make_header(KIND_TUPLE, n);
    for (size_t i = 0; i < n; i++) {
        Term t = decode(p);
        if (t == THE_NON_VALUE) return t;
        if (list) { h[2 * i] = t; h[2 * i + 1] = i + 1 < n ? make_list(h + 2 * i + 2) : NIL; }
        else h[i + 1] = t;
    }
    if (!list) return make_boxed(h);
    if (n == 0) return NIL;
    Term tail = decode(p);
    h[2 * n - 1] = tail;
    return make_list(h);
}

static Term decode(Process *p) {
    uint8_t tag = *cur++;
    switch (tag) {
    case 97: return make_small(*cur++);
    case 98: { int32_t v = (int32_t)be32(cur); cur += 4; return make_small(v); }
    case 70: { uint64_t u = 0; double d; for (int i = 0; i < 8; i++) u = u << 8 | *cur++;
               memcpy(&d, &u, 8); return bif_make_float(p, d); }
    case 110: case 111: {
        size_t n = tag == 110 ? *cur++ : be32(cur);
        if (tag == 111) cur += 4;
        uint8_t sign = *cur++;
        char hex[2 * 1024 + 2];
        size_t k = 0;
        if (sign) hex[k++] = '-';
        for (size_t i = n; i-- > 0;) k += (size_t)sprintf(hex + k, "%02x", cur[i]);
        cur += n;
        return big_from_string(p, hex, k, 16);
    }
    case 100: case 118: case 115: case 119: {
        size_t n = tag == 100 || tag == 118 ? (size_t)cur[0] << 8 | cur[1] : *cur;
        cur += tag == 100 || tag == 118 ? 2 : 1;
        char text[1024];
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {   /* 100 and 115 are Latin-1 */
            if ((tag == 100 || tag == 115) && cur[i] >= 0x80) {
                text[k++] = (char)(0xC0 | cur[i] >> 6);
                text[k++] = (char)(0x80 | (cur[i] & 0x3F));
            } else text[k++] = (char)cur[i];
        }
        cur += n;
        return atom_intern(text, k);
    }
    case 104: return decode_seq(p, *cur++, false);
    case 105: { size_t n = be32(cur); cur += 4; return decode_seq(p, n, false); }
    case 106: return NIL;
    case 107: { size_t n = (size_t)cur[0] << 8 | cur[1]; cur += 2;
                Term *h = heap_alloc(p, 2 * n);
                for (size_t i = 0; i < n; i++) { h[2 * i] = make_small(cur[i]); h[2 * i + 1] = i + 1 < n ? make_list(h + 2 * i + 2) : NIL; }
                cur += n; return n ? make_list(h) : NIL; }
    case 108: { size_t n = be32(cur); cur += 4; return decode_seq(p, n, true); }
    case 109: { size_t n = be32(cur); cur += 4; Term b = bin_from_bytes(p, cur, n); cur += n; return b; }
    case 77: {
        size_t n = be32(cur); cur += 4;
        unsigned bits = *cur++;
        Term b = bin_from_bytes(p, cur, n);
        cur += n;
        return bin_sub(p, b, 0, (n - 1) * 8 + bits);
    }
    case 116: {
        size_t n = be32(cur); cur += 4;
        Term m = map_new_from_pairs(p, NULL, 0);
        for (size_t i = 0; i < n; i++) {
            Term k = decode(p), v = decode(p);
            m = map_put(p, m, k, v);
        }
        return m;
    }
    default:
        fprintf(stderr, "unsupported ETF tag %d\n", tag);
        cur = end;
        return THE_NON_VALUE;
    }
}

/* ---- printing, for mismatches ---- */

static void print(Term t) {
    if (is_small(t)) printf("%lld", (long long)small_val(t));
    else if (is_atom(t)) { size_t n; const char *s = atom_text(t, &n); printf(":%.*s", (int)n, s); }
    else if (is_float(t)) { char b[FMT_FLOAT_MAX]; fmt_float_short(b, float_val(t)); printf("%s", b); }
    else if (is_bignum(t)) { char *s = big_to_string(t, 10); printf("%s", s); free(s); }
    else if (is_tuple(t)) {
        printf("{");
        for (size_t i = 0; i < tuple_arity(t); i++) { if (i) printf(", "); print(TUPLE_ELEM(t, i)); }
        printf("}");
    } else if (is_list(t)) {
        printf("[");
        for (bool first = true; is_cons(t); t = CDR(t), first = false) { if (!first) printf(", "); print(CAR(t)); }
        if (!is_nil(t)) { printf(" | "); print(t); }
        printf("]");
    } else if (is_bitstring(t)) {
        BinView v = bin_view(t);
        printf("<<");
        Buf b;
        bif_buf_init(&b);
        if (v.bits % 8 == 0 && bif_iolist_collect(t, &b))
            for (size_t i = 0; i < b.len; i++) printf(i ? ",%d" : "%d", b.data[i]);
        else printf("%zu bits", v.bits);
        bif_buf_free(&b);
        printf(">>");
    } else if (is_map(t)) printf("%%{%zu keys}", map_size(t));
    else printf("#term<%llx>", (unsigned long long)t);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: run_cases cases.etf\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    static uint8_t data[1 << 22];
    size_t len = fread(data, 1, sizeof data, f);
    fclose(f);
    atom_init();
    gc_init();
    int stress = gc_stress;
    gc_stress = 0;
    Process *p = proc_new();
    cur = data + 1;
    end = data + len;
    if (*cur++ != 108) return 2;
    size_t ncases = be32(cur);
    cur += 4;
    int passed = 0, failed = 0;
    for (size_t c = 0; c < ncases && cur < end; c++) {
        gc_stress = 0;
        p->nx = 0;
        gc_collect(p, 1 << 20);
        cur += 2;   /* tuple of 4 */
        Term mod = decode(p), fun = decode(p), args = decode(p);
        unsigned n = 0;
        for (Term l = args; is_cons(l); l = CDR(l)) p->x[n++] = CAR(l);
        p->nx = n;
        size_t ml, fl;
        const char *ms = atom_text(mod, &ml), *fs = atom_text(fun, &fl);
        NativeFn fn = lookup(ms, ml, fs, fl, n);
        gc_stress = stress;
        p->exc_class = p->exc_reason = THE_NON_VALUE;
        Term r = fn ? fn(p, p->x) : THE_NON_VALUE;
        if (r != THE_NON_VALUE && ml == 6 && !memcmp(ms, "io_lib", 6)) {   /* compared as flat text */
            p->x[0] = r;
            p->nx = 1;
            r = bif_lists_flatten_1(p, p->x);
        }
        gc_stress = 0;
        Term got[4] = {r, p->exc_class, p->exc_reason, args};
        if (r == THE_NON_VALUE) got[0] = NIL;
        if (got[1] == THE_NON_VALUE) got[1] = got[2] = NIL;
        GC_PROTECT(p, roots, got, 4);
        gc_collect(p, 1 << 20);
        Term want = decode(p);
        GC_UNPROTECT(p, roots);
        args = got[3];
        bool ok;
        if (!fn) ok = false;
        else if (r != THE_NON_VALUE)
            ok = TUPLE_ELEM(want, 0) == atom_intern("ok", 2) && term_exact(TUPLE_ELEM(want, 1), got[0]);
        else
            ok = tuple_arity(want) == 3 && term_exact(TUPLE_ELEM(want, 1), got[1])
                 && term_exact(TUPLE_ELEM(want, 2), got[2]);
        if (ok) { passed++; continue; }
        failed++;
        printf("FAIL :%.*s.%.*s/%u ", (int)ml, ms, (int)fl, fs, n);
        print(args);
        printf("\n  want ");
        print(want);
        printf("\n  got  ");
        if (!fn) printf("(no such native)");
        else if (r != THE_NON_VALUE) print(got[0]);
        else { printf("raise "); print(got[1]); printf(" "); print(got[2]); }
        printf("\n");
    }
    proc_free(p);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
