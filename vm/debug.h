/* debug.h — internal: every debug switch of the VM in one place.
 *
 *   VIAL_DEBUG        (make DEBUG=1) assertions below are checked, the
 *                     interpreter dispatches with a switch and can trace.
 *   VIAL_TRACE=1      (environment, debug builds) prints every instruction
 *                     the interpreter executes, with its registers, to stderr.
 *   VIAL_GC_STRESS=1  (environment, any build) collects at every reservation;
 *                     see gc.h.
 *   VIAL_GC_TRACE=1   (environment, any build) prints one line per collection
 *                     to stderr: process, kind, words copied, block sizes, time.
 *   bin/vial disasm   prints a module's bytecode (disasm.h).
 */
#ifndef VIAL_DEBUG_H
#define VIAL_DEBUG_H

#include <stdio.h>
#include <stdlib.h>

#ifdef VIAL_DEBUG
#define VM_ASSERT(cond, why) do { \
        if (!(cond)) { \
            fprintf(stderr, "%s:%d: assertion failed: %s (%s)\n", __FILE__, __LINE__, #cond, why); \
            abort(); \
        } \
    } while (0)
#define UNREACHABLE() do { fprintf(stderr, "%s:%d: unreachable\n", __FILE__, __LINE__); abort(); } while (0)
#else
#define VM_ASSERT(cond, why) ((void)0)
#define UNREACHABLE() __builtin_unreachable()
#endif

/* Computed goto unless debugging or not GCC: the switch is easier to step
 * through and lets the trace hook sit in one place. */
#if defined(__GNUC__) && !defined(VIAL_DEBUG) && !defined(VIAL_SWITCH_DISPATCH)
#define VIAL_THREADED 1
#endif

#endif
