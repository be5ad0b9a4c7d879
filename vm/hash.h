/* hash.h — internal: Erlang's internal term hash, as OTP 25 computes it.
 *
 * A BEAM map of more than 32 keys is a trie on this 32-bit hash, 4 bits a
 * level from the low end, and maps:to_list walks it from the highest digit
 * down. vial's large maps are ordered by the same hash so that they list and
 * print their keys in the order Elixir does (see map.h).
 *
 * Integers, floats, binaries, lists, tuples and flat maps hash to BEAM's exact
 * values. Atoms, pids, references and funs hash what BEAM's hash reads from
 * its own memory (atom table indices, pid numbers, code addresses); vial hashes
 * its own counterparts, deterministic but different. A key that is itself a
 * map of more than 32 keys hashes its pairs in vial's order.
 * Consistent with term_exact. Never collects. */
#ifndef VIAL_HASH_H
#define VIAL_HASH_H

#include "term.h"

uint32_t hash_internal(Term t);

#endif
