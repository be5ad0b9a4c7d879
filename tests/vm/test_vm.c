/* test_vm.c — the interpreter on hand-built modules: calls and returns,
 * deep and tail recursion, exceptions and stack traces, closures, apply,
 * undefined functions, and the loader's rejection of bad modules.
 * Ends with "N passed, N failed". */
#include <stdio.h>

#include "asm.h"
#include "atom.h"
#include "vm.h"

static int passed, failed;

static void check(const char *what, const char *got, const char *want) {
    if (got && !strcmp(got, want)) { passed++; return; }
    failed++;
    printf("FAIL %s: got %s, want %s\n", what, got ? got : "(null)", want);
}

static void load(Asm *a) {
    char err[256];
    size_t len;
    uint8_t *bytes = bc_write(a->m, &len);
    bc_free(a->m);
    const char *dump = getenv("VIAL_DUMP_DIR");   /* seeds for tests/fuzz/fuzz_loader.c */
    if (dump) {
        static int n;
        char path[512];
        snprintf(path, sizeof path, "%s/m%d.vbc", dump, n++);
        FILE *f = fopen(path, "wb");
        if (f) { fwrite(bytes, 1, len, f); fclose(f); }
    }
    if (vm_load(bytes, len, err, sizeof err) != 0) { printf("FAIL load: %s\n", err); failed++; }
    free(bytes);
}

static Term A(const char *s) { return atom_intern(s, strlen(s)); }

static void run(const char *mod, const char *fun, int argc, const Term *args, int want_rc, const char *want) {
    char *res = NULL;
    int rc = vm_run_result(A(mod), A(fun), argc, args, &res);
    char what[128];
    snprintf(what, sizeof what, "%s.%s/%d", mod, fun, argc);
    if (rc != want_rc) { failed++; printf("FAIL %s: rc %d\n", what, rc); free(res); return; }
    if (want) check(what, res, want); else passed++;
    free(res);
}

/* loop(n, acc): tail recursion; sum(n): body recursion; build(n): a list */
static void module_loops(void) {
    Asm a = asm_new("Loops", "loops.ex");
    uint32_t length = asm_import(&a, "erlang", "length", 1);
    uint32_t loop = asm_func(&a, "loop", 2, 3, 1, 1);
    asm_op(&a, OP_LABEL, 1);
    asm_op(&a, OP_T_EQI, 2, 0, 0);
    asm_op(&a, OP_RET, 1);
    asm_op(&a, OP_LABEL, 2);
    asm_op(&a, OP_ADDI, 2, 0, -1);
    asm_op(&a, OP_ADD, 1, 1, 0);
    asm_op(&a, OP_MOVE, 0, 2);
    asm_op(&a, OP_TAIL, loop, 0);
    (void)loop;
    uint32_t sum = asm_func(&a, "sum", 1, 5, 3, 1);
    asm_op(&a, OP_LABEL, 3);
    asm_op(&a, OP_T_EQI, 4, 0, 0);
    asm_op(&a, OP_RET, 0);
    asm_op(&a, OP_LABEL, 4);
    asm_op(&a, OP_ADDI, 4, 0, -1);
    asm_op(&a, OP_CALL, 2, sum);
    asm_op(&a, OP_ADD, 0, 0, 2);
    asm_op(&a, OP_RET, 0);
    uint32_t build = asm_func(&a, "build", 1, 5, 5, 1);
    asm_op(&a, OP_LABEL, 5);
    asm_op(&a, OP_T_EQI, 6, 0, 0);
    asm_op(&a, OP_LOADNIL, 0);
    asm_op(&a, OP_RET, 0);
    asm_op(&a, OP_LABEL, 6);
    asm_op(&a, OP_ADDI, 4, 0, -1);
    asm_op(&a, OP_CALL, 2, build);
    asm_op(&a, OP_CONS, 0, 0, 2);
    asm_op(&a, OP_RET, 0);
    /* len_build(n) = length(build(n)) */
    asm_func(&a, "len_build", 1, 4, 7, 1);
    asm_op(&a, OP_LABEL, 7);
    asm_op(&a, OP_MOVE, 3, 0);
    asm_op(&a, OP_CALL, 1, build);
    asm_op(&a, OP_BIF, 0, length, 1, 1, 0);
    asm_op(&a, OP_RET, 0);
    /* tuple_of(a, b) = {a, b, [a | b]} */
    asm_func(&a, "tuple_of", 2, 4, 8, 1);
    asm_op(&a, OP_LABEL, 8);
    asm_op(&a, OP_CONS, 2, 0, 1);
    asm_op(&a, OP_TUPLE, 0, 0, 3);
    asm_op(&a, OP_RET, 0);
    load(&a);
    /* under GC stress every allocation collects: keep it quadratic-safe */
    int stress = getenv("VIAL_GC_STRESS") && *getenv("VIAL_GC_STRESS") == '1';
    Term args[2] = { make_small(10000000), make_small(0) };
    run("Loops", "loop", 2, args, 0, "50000005000000");
    Term n = make_small(stress ? 3000 : 1000000);
    run("Loops", "sum", 1, &n, 0, stress ? "4501500" : "500000500000");
    run("Loops", "len_build", 1, &n, 0, stress ? "3000" : "1000000");
    Term small = make_small(5);
    run("Loops", "build", 1, &small, 0, "[5, 4, 3, 2, 1]");
    Term ab[2] = { A("x"), make_small(3) };
    run("Loops", "tuple_of", 2, ab, 0, "{:x, 3, [:x | 3]}");
    Term big[2] = { make_small(SMALL_MAX), make_small(SMALL_MAX) };
    run("Loops", "loop", 2, (Term[]){ make_small(3), make_small(SMALL_MAX) }, 0, "576460752303423493");
    (void)big;
}

/* catcher(x): try do f(x) catch c, r -> {c, r} end, where f(x) matches x = :ok */
static void module_exceptions(void) {
    Asm a = asm_new("Exc", "exc.ex");
    uint32_t f = asm_func(&a, "f", 1, 2, 1, 1);
    asm_op(&a, OP_LABEL, 1);
    asm_op(&a, OP_LINE, 7);
    asm_op(&a, OP_T_EQA, 2, 0, asm_atom(&a, "ok"));
    asm_op(&a, OP_RET, 0);
    asm_op(&a, OP_LABEL, 2);
    asm_op(&a, OP_LINE, 8);
    asm_op(&a, OP_BADMATCH, 0);
    uint32_t thrower = asm_import(&a, "erlang", "throw", 1);
    asm_func(&a, "catcher", 1, 8, 3, 1);
    asm_op(&a, OP_LABEL, 3);
    asm_op(&a, OP_TRY, 1, 4);
    asm_op(&a, OP_MOVE, 4, 0);
    asm_op(&a, OP_CALL, 2, f);
    asm_op(&a, OP_TRY_END, 1);
    asm_op(&a, OP_RET, 2);
    asm_op(&a, OP_LABEL, 4);
    asm_op(&a, OP_TRY_CASE, 1, 3);
    asm_op(&a, OP_TUPLE, 0, 3, 2);
    asm_op(&a, OP_RET, 0);
    /* thrower(x) = throw(x) inside a try in a deeper frame */
    asm_func(&a, "throws", 1, 8, 5, 1);
    asm_op(&a, OP_LABEL, 5);
    asm_op(&a, OP_TRY, 1, 6);
    asm_op(&a, OP_MOVE, 4, 0);
    asm_op(&a, OP_CALL_EXT, 2, thrower);
    asm_op(&a, OP_TRY_END, 1);
    asm_op(&a, OP_RET, 2);
    asm_op(&a, OP_LABEL, 6);
    asm_op(&a, OP_TRY_CASE, 1, 3);
    asm_op(&a, OP_TUPLE, 0, 3, 2);
    asm_op(&a, OP_RET, 0);
    /* trace(x): the stack trace of a badmatch in f called from here */
    asm_func(&a, "trace", 1, 8, 7, 1);
    asm_op(&a, OP_LABEL, 7);
    asm_op(&a, OP_LINE, 20);
    asm_op(&a, OP_TRY, 1, 8);
    asm_op(&a, OP_MOVE, 4, 0);
    asm_op(&a, OP_CALL, 2, f);
    asm_op(&a, OP_TRY_END, 1);
    asm_op(&a, OP_RET, 2);
    asm_op(&a, OP_LABEL, 8);
    asm_op(&a, OP_TRY_CASE, 1, 3);
    asm_op(&a, OP_RET, 5);
    /* g(:a) only: function_clause with arguments in the trace */
    uint32_t g = asm_func(&a, "g", 1, 1, 9, 1);
    asm_op(&a, OP_LABEL, 9);
    asm_op(&a, OP_LINE, 30);
    asm_op(&a, OP_T_EQA, 10, 0, asm_atom(&a, "a"));
    asm_op(&a, OP_RET, 0);
    asm_op(&a, OP_LABEL, 10);
    asm_op(&a, OP_FUNC_CLAUSE);
    asm_func(&a, "gtrace", 1, 8, 11, 1);
    asm_op(&a, OP_LABEL, 11);
    asm_op(&a, OP_LINE, 40);
    asm_op(&a, OP_TRY, 1, 12);
    asm_op(&a, OP_MOVE, 4, 0);
    asm_op(&a, OP_CALL, 2, g);
    asm_op(&a, OP_TRY_END, 1);
    asm_op(&a, OP_RET, 2);
    asm_op(&a, OP_LABEL, 12);
    asm_op(&a, OP_TRY_CASE, 1, 3);
    asm_op(&a, OP_RET, 5);
    /* undef_call() = Nope.nothing(1) */
    uint32_t nope = asm_import(&a, "Elixir.Nope", "nothing", 1);
    asm_func(&a, "undef_call", 0, 3, 13, 1);
    asm_op(&a, OP_LABEL, 13);
    asm_op(&a, OP_LOADI, 2, 1);
    asm_op(&a, OP_CALL_EXT, 0, nope);
    asm_op(&a, OP_RET, 0);
    /* arith(a, b) = a + b, badarith on atoms */
    asm_func(&a, "arith", 2, 2, 14, 1);
    asm_op(&a, OP_LABEL, 14);
    asm_op(&a, OP_ADD, 0, 0, 1);
    asm_op(&a, OP_RET, 0);
    load(&a);
    Term x = A("ok");
    run("Exc", "catcher", 1, &x, 0, ":ok");
    x = A("bad");
    run("Exc", "catcher", 1, &x, 0, "{:error, {:badmatch, :bad}}");
    run("Exc", "throws", 1, &x, 0, "{:throw, :bad}");
    run("Exc", "trace", 1, &x, 0, "[{:Exc, :f, 1, [file: 'exc.ex', line: 8]}, {:Exc, :trace, 1, [file: 'exc.ex', line: 20]}]");
    run("Exc", "gtrace", 1, &x, 0, "[{:Exc, :g, [:bad], [file: 'exc.ex', line: 30]}, {:Exc, :gtrace, 1, [file: 'exc.ex', line: 40]}]");
    run("Exc", "undef_call", 0, NULL, 1, NULL);
    run("Exc", "arith", 2, (Term[]){ make_small(1), A("a") }, 1, NULL);
    run("Exc", "arith", 2, (Term[]){ make_small(SMALL_MAX), make_small(1) }, 0, "576460752303423488");
}

/* adder(x) = fn y -> x + y end; use(x, y) = adder(x).(y); apply3(m, f, l) */
static void module_funs(void) {
    Asm a = asm_new("Funs", "funs.ex");
    uint32_t adder = asm_func(&a, "adder", 1, 2, 1, 1);
    uint32_t body = asm_func(&a, "-adder/1-fun-0-", 2, 2, 2, 0);
    uint32_t lam = asm_lambda(&a, body, 1, 1, adder);
    uint32_t apply3 = asm_import(&a, "erlang", "apply", 3);
    uint32_t make_fun = asm_import(&a, "erlang", "make_fun", 3);
    asm_op(&a, OP_LABEL, 1);
    asm_op(&a, OP_MAKE_FUN, 1, lam, 0);
    asm_op(&a, OP_RET, 1);
    asm_op(&a, OP_LABEL, 2);
    asm_op(&a, OP_ADD, 0, 0, 1);   /* y is R(0), captured x is R(1) */
    asm_op(&a, OP_RET, 0);
    asm_func(&a, "use", 2, 6, 3, 1);
    asm_op(&a, OP_LABEL, 3);
    asm_op(&a, OP_MOVE, 4, 0);
    asm_op(&a, OP_CALL, 2, adder);       /* R2 = the fun */
    asm_op(&a, OP_MOVE, 5, 2);           /* fun at R(a+2+n) = R(5) for a = 2, n = 1 */
    asm_op(&a, OP_MOVE, 4, 1);
    asm_op(&a, OP_CALL_FUN, 2, 1);
    asm_op(&a, OP_RET, 2);
    asm_func(&a, "tail_use", 2, 6, 4, 1);
    asm_op(&a, OP_LABEL, 4);
    asm_op(&a, OP_MOVE, 2, 1);
    asm_op(&a, OP_MOVE, 4, 0);
    asm_op(&a, OP_CALL, 2, adder);       /* R2 = fun (clobbers the copy, redo) */
    asm_op(&a, OP_MOVE, 3, 2);
    asm_op(&a, OP_MOVE, 2, 1);
    asm_op(&a, OP_TAIL_FUN, 2, 1);       /* arg R2, fun R3 */
    asm_func(&a, "apply3", 3, 5, 5, 1);
    asm_op(&a, OP_LABEL, 5);
    asm_op(&a, OP_TAIL_EXT, apply3, 0);
    asm_func(&a, "show", 1, 3, 6, 1);
    asm_op(&a, OP_LABEL, 6);
    asm_op(&a, OP_MOVE, 2, 0);
    asm_op(&a, OP_CALL, 0, adder);
    asm_op(&a, OP_RET, 0);
    asm_func(&a, "ext", 0, 3, 7, 1);
    asm_op(&a, OP_LABEL, 7);
    asm_op(&a, OP_LOADA, 0, asm_atom(&a, "erlang"));
    asm_op(&a, OP_LOADA, 1, asm_atom(&a, "length"));
    asm_op(&a, OP_LOADI, 2, 1);
    asm_op(&a, OP_TAIL_EXT, make_fun, 0);
    load(&a);
    run("Funs", "use", 2, (Term[]){ make_small(40), make_small(2) }, 0, "42");
    run("Funs", "tail_use", 2, (Term[]){ make_small(40), make_small(2) }, 0, "42");
    run("Funs", "show", 1, (Term[]){ make_small(1) }, 0, NULL);
    run("Funs", "ext", 0, NULL, 0, "&:erlang.length/1");
}

int main(void) {
    vm_init(0, NULL);
    module_loops();
    module_exceptions();
    module_funs();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
