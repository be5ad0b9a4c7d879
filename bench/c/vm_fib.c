/* vm_fib.c — fib(30) in hand-built bytecode: the interpreter's call and
 * arithmetic fast paths alone, without the compiler (compare with
 * bench/lua/fib.lua and Erlang). Build like tests/vm/run.sh builds test_vm,
 * with -Itests/vm for asm.h. */
#include <stdio.h>
#include <time.h>

#include "asm.h"
#include "disasm.h"
#include "atom.h"
#include "vm.h"

int main(int argc, char **argv) {
    vm_init(0, NULL);
    Asm a = asm_new("Fib", "fib.ex");
    uint32_t fib = asm_func(&a, "fib", 1, 6, 1, 1);
    asm_op(&a, OP_LABEL, 1);
    asm_op(&a, OP_LINE, 2);
    asm_op(&a, OP_LOADI, 1, 2);
    asm_op(&a, OP_T_LT, 2, 0, 1);
    asm_op(&a, OP_RET, 0);
    asm_op(&a, OP_LABEL, 2);
    asm_op(&a, OP_ADDI, 4, 0, -1);
    asm_op(&a, OP_CALL, 2, fib);
    asm_op(&a, OP_MOVE, 1, 2);
    asm_op(&a, OP_ADDI, 5, 0, -2);
    asm_op(&a, OP_CALL, 3, fib);
    asm_op(&a, OP_ADD, 0, 1, 3);
    asm_op(&a, OP_RET, 0);
    char err[256];
    size_t len;
    if (getenv("VIAL_DISASM")) disasm_module(stdout, a.m);
    uint8_t *bytes = bc_write(a.m, &len);
    bc_free(a.m);
    if (vm_load(bytes, len, err, sizeof err) != 0) { printf("load: %s\n", err); return 1; }
    free(bytes);
    int n = argc > 1 ? atoi(argv[1]) : 30;
    Term arg = make_small(n);
    char *res = NULL;
    clock_t t0 = clock();
    int rc = vm_run_result(atom_intern("Fib", 3), atom_intern("fib", 3), 1, &arg, &res);
    printf("fib(%d) = %s (rc %d) in %.3f s\n", n, res ? res : "?", rc, (double)(clock() - t0) / CLOCKS_PER_SEC);
    free(res);
    return rc;
}
