/* map.h — internal: maps. Up to MAP_FLAT_MAX keys a map is flat: a KIND_MAP
 * object [header, keys, v1..vn] whose keys term is a tuple sorted in exact
 * term order (term_compare_exact; many maps built from one literal share one
 * keys tuple). Larger maps are a hash array mapped trie of KIND_HAMT nodes:
 *   root   [header, small size, small bitmap, slots...]
 *   inner  [header, small bitmap, slots...]
 * A slot is a leaf, a list-tagged pointer to a [Key | Value] cell, or a
 * boxed pointer to a child node. Each level takes the next 5 bits of a
 * 64-bit trie key from the top; past them, a collision node (bitmap -1) lists
 * its leaves. The key's high half comes from BEAM's own hash (hash.h), so
 * that the trie's order is the order in which BEAM lists a large map. A HAMT always has more than MAP_FLAT_MAX keys. Both forms are
 * immutable; every update returns a new map.
 *
 * Functions that build "may collect"; their term arguments are protected
 * inside (callers' other locals are stale afterwards, see gc.h). They return
 * THE_NON_VALUE with system_limit raised only when memory runs out. */
#ifndef VIAL_MAP_H
#define VIAL_MAP_H

#include "process.h"

#define MAP_FLAT_MAX 32

size_t map_size(Term map);
/* The value for key, or THE_NON_VALUE. Never collects. */
Term map_get(Term map, Term key);

/* %{k1 => v1, ...} from npairs (key, value) pairs, later keys winning. The
 * pairs are copied first, so they may live anywhere. May collect. */
Term map_new_from_pairs(Process *p, const Term *pairs, size_t npairs);
/* A flat map from a literal keys tuple (sorted, distinct, at most
 * MAP_FLAT_MAX) and as many values (copied first). May collect. */
Term map_from_keys(Process *p, Term keys, const Term *values);
/* Builds a map from n (key, value) pairs kv in any allocator: flat or a
 * HAMT built in one go. alloc(ctx, words) returns room for all the words
 * at once, or NULL (then THE_NON_VALUE is returned). If alloc may collect,
 * kv must be protected (it is re-read afterwards). With dups_fail, equal keys
 * make it fail (binary_to_term); otherwise later keys win. The pairs must
 * not be inside the memory alloc hands out. Never collects by itself. */
typedef Term *(*MapAlloc)(void *ctx, size_t words);
Term map_build(Term *kv, size_t n, bool dups_fail, MapAlloc alloc, void *ctx);
Term map_put(Process *p, Term map, Term key, Term value);
Term map_remove(Process *p, Term map, Term key);
/* Map.merge/2: b's values win. May collect. */
Term map_merge(Process *p, Term a, Term b);
/* Lists in iteration order: keys, values, {key, value} tuples. May collect. */
Term map_keys(Process *p, Term map);
Term map_values(Process *p, Term map);
Term map_to_list(Process *p, Term map);

/* Iteration in maps:to_list's order: key order for flat maps, BEAM's hash
 * order for larger ones. map_iter_init_fold iterates in the order of
 * maps:fold and maps:iterator, which for a large map is the reverse.
 * Never collects; the map must not move while iterating. */
typedef struct { Term map; size_t pos; Term stack[16]; unsigned depth; size_t idx[16]; bool backward; } MapIter;
void map_iter_init(MapIter *it, Term map);
void map_iter_init_fold(MapIter *it, Term map);
int map_iter_next(MapIter *it, Term *key, Term *value);   /* 1 while there is a pair */

#endif
