/* ptab.h — internal: the process table, pid -> Process.
 *
 * Pids are never reused: each process gets the next index, shown as
 * #PID<0.index.0>. The table is an open-addressing hash on the index with
 * linear probing, kept at most half full, so a lookup (every send) is O(1)
 * at a million processes. Deletion shifts later entries back instead of
 * leaving tombstones. One table for the VM; with several scheduler threads
 * these calls are where a lock goes. The table of registered names works
 * the same way, on the atom.
 */
#ifndef VIAL_PTAB_H
#define VIAL_PTAB_H

#include "process.h"

/* Gives p the next pid and enters it; false when out of memory. */
bool ptab_insert(Process *p);
void ptab_remove(Process *p);
Process *ptab_lookup(uint64_t id);          /* NULL: no such process (or it ended) */
size_t ptab_count(void);
/* Calls fn on every process in the table, in no particular order; fn must
 * not insert or remove. */
void ptab_each(void (*fn)(Process *p, void *arg), void *arg);
/* Table memory in bytes, for :erlang.memory. */
size_t ptab_bytes(void);

/* Registered names (Process.register): one name per process, one process
 * per name; a process's name goes when it exits. */
bool ptab_register(Process *p, Term name);      /* false: name taken, p named, or out of memory */
void ptab_unregister_pid(Process *p);           /* drops p's name, if any */
Process *ptab_whereis(Term name);               /* NULL when not registered */
void ptab_each_name(void (*fn)(Process *p, void *arg), void *arg);

#endif
