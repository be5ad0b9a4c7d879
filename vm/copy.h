/* copy.h — internal: copying a term out of one process, for a message, a
 * spawn's arguments or an exit reason.
 *
 * The copy is flat, as on BEAM: a subterm shared twice in the source is
 * copied twice. It never touches the receiving process's heap: it goes into
 * a heap fragment that the receiver's next collection merges (gc.h).
 * Off-heap binaries are shared, not copied: the copy takes a reference, and
 * the Binary is frozen (no spare capacity) so that no holder appends into
 * bytes another holder can see.
 */
#ifndef VIAL_COPY_H
#define VIAL_COPY_H

#include "gc.h"

/* Words a flat copy of t needs. Never collects. */
size_t copy_size(Term t);

/* Copies t into f, which has copy_size(t) words free, and returns the copy.
 * Never collects; iterative, so deep terms are fine. */
Term copy_term(Term t, HeapFrag *f);

/* A term for `to` (a message, a spawn's argument, an exit reason): copied
 * into the newest of its heap fragments when
 * it has room, else into a new one of at least MESSAGE_AREA words, so
 * messages share fragments (a collection then looks through a few, not one
 * per message). Off-heap binaries go on to's own chain. THE_NON_VALUE when
 * out of memory. Never collects. */
#define MESSAGE_AREA 1024
Term copy_to_message_area(Term t, Process *to);

/* Copies t straight onto the heap of `to`, a process that is not running
 * (one just spawned), which has copy_size(t) words free. Never collects. */
Term copy_to_heap(Term t, Process *to);

/* A fragment holding a copy of t (*out), or NULL when out of memory. An
 * immediate needs no fragment: then *out = t and the result is NULL too,
 * so callers test *out. */
HeapFrag *copy_to_frag(Term t, Term *out);

#endif
