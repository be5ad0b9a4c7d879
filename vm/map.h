/* map.h — internal: maps. Up to MAP_FLAT_MAX keys a map is flat: a KIND_MAP
 * object [header, keys, v1..vn] whose keys term is a tuple sorted in term
 * order (many maps built from one literal share one keys tuple). Larger maps
 * are a hash array mapped trie of KIND_HAMT nodes. Both are immutable; every
 * update returns a new map. Functions that build "may collect": they take
 * their inputs from p->x[] (see gc.h) where noted. */
#ifndef VIAL_MAP_H
#define VIAL_MAP_H

#include "process.h"

#define MAP_FLAT_MAX 32

size_t map_size(Term map);
/* The value for key, or THE_NON_VALUE. Never collects. */
Term map_get(Term map, Term key);

/* Map operations that build. Inputs and result as noted; may collect. */
Term map_new_from_pairs(Process *p, const Term *pairs, size_t npairs); /* pairs must be in x[] or stack */
Term map_put(Process *p, Term map, Term key, Term value);   /* reads map/key/value before any collection:
                                                              callers pass them from x[] or stack slots */
Term map_remove(Process *p, Term map, Term key);

/* Iteration in Elixir's key order (term order for <= 32 keys; for larger
 * maps the order Elixir prints, which is the HAMT's hash order).
 * Never collects; the map must not move while iterating. */
typedef struct { Term map; size_t pos; Term stack[16]; unsigned depth; size_t idx[16]; } MapIter;
void map_iter_init(MapIter *it, Term map);
int map_iter_next(MapIter *it, Term *key, Term *value);   /* 1 while there is a pair */

#endif
