/* vm.h — the embedding API of the vial VM: what the command line and the
 * tests use to load bytecode and run a function to completion. */
#ifndef VIAL_VM_H
#define VIAL_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "term.h"

struct BcModule;

/* Atoms, natives, the interpreter; argv is what System.argv returns. */
void vm_init(int argc, char **argv);

/* A bytecode file -> the module table. 0 ok, else -1 with a reason in err. */
int vm_load(const uint8_t *bytes, size_t len, char *err, size_t errlen);
/* An in-memory module straight from the compiler (takes ownership). */
int vm_load_bc(struct BcModule *m, char *err, size_t errlen);

/* Runs Module.fun(args...) in a fresh process to completion. args must be
 * immediates (atoms, small integers) or literals. Returns 0 on a normal
 * return, 1 on an uncaught exception, which is printed to stderr as Elixir
 * prints it for a script (through Kernel.CLI.format_error/3 when the stdlib
 * has it). System.halt(n) ends the program with status n. */
int vm_run(Term module, Term fun, int argc, const Term *args);
/* The same; on a normal return *result receives inspect(result), malloc'd. */
int vm_run_result(Term module, Term fun, int argc, const Term *args, char **result);

/* How an uncaught error is reported: as a script's (its process's traces
 * end in the frames Elixir's runner adds), as -e's (the evaluator's
 * frames, Kernel.CLI.format_eval_error/3), or plainly (format_error/3,
 * also a script's, for tests). */
enum { VM_REPORT_PLAIN, VM_REPORT_SCRIPT, VM_REPORT_EVAL };
void vm_set_report(int how);

/* --no-halt: when the script's process ends normally, the VM runs on (its
 * other processes, timers) until System.halt; an error still ends it. */
void vm_set_no_halt(bool on);

/* The arguments given to vm_init. */
int vm_argc(void);
char **vm_argv(void);
/* $HOME as it was when the VM started, or NULL. */
const char *vm_start_home(void);

#endif
