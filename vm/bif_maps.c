/* bif_maps.c — :maps built-ins over the map API of map.h. Bulk operations
 * first copy the pairs they need into a heap tuple (one reservation, no
 * collection while iterating), then apply map_put/map_remove one pair at a
 * time with every live term kept in x[]. */
#include "bif.h"
#include "map.h"

static Term badmap(Process *p, Term t) { return bif_raise2(p, AM(badmap), t); }

/* A tuple {k1, v1, k2, v2, ...} of the pairs of map m. May collect: m is
 * read from x[mi] after reserving. */
static Term pairs_tuple(Process *p, unsigned mi) {
    size_t n = map_size(p->x[mi]);
    BIF_RESERVE(h, p, 2 * n + 1);
    h[0] = make_header(KIND_TUPLE, 2 * n);
    MapIter it;
    Term k, v;
    size_t i = 1;
    map_iter_init(&it, p->x[mi]);
    while (map_iter_next(&it, &k, &v)) { h[i++] = k; h[i++] = v; }
    return make_boxed(h);
}

static Term empty_map(Process *p) { return map_new_from_pairs(p, NULL, 0); }

Term bif_maps_new_0(Process *p, Term *args) { return empty_map(p); }

Term bif_maps_get_2(Process *p, Term *args) {
    if (!is_map(args[1])) return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    return v != THE_NON_VALUE ? v : bif_raise2(p, AM(badkey), args[0]);
}

Term bif_maps_get_3(Process *p, Term *args) {
    if (!is_map(args[1])) return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    return v != THE_NON_VALUE ? v : args[2];
}

Term bif_maps_find_2(Process *p, Term *args) {
    if (!is_map(args[1])) return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == THE_NON_VALUE) return AM(error);
    args[2] = v;
    args[3] = AM(ok);
    p->nx = 4;
    return bif_tuple2x(p, 3, 2);
}

Term bif_maps_is_key_2(Process *p, Term *args) {
    if (!is_map(args[1])) return badmap(p, args[1]);
    return make_bool(map_get(args[1], args[0]) != THE_NON_VALUE);
}

Term bif_maps_size_1(Process *p, Term *args) {
    if (!is_map(args[0])) return badmap(p, args[0]);
    return make_small((SInt)map_size(args[0]));
}

Term bif_maps_put_3(Process *p, Term *args) {
    if (!is_map(args[2])) return badmap(p, args[2]);
    return map_put(p, args[2], args[0], args[1]);
}

Term bif_maps_update_3(Process *p, Term *args) {
    if (!is_map(args[2])) return badmap(p, args[2]);
    if (map_get(args[2], args[0]) == THE_NON_VALUE) return bif_raise2(p, AM(badkey), args[0]);
    return map_put(p, args[2], args[0], args[1]);
}

Term bif_maps_remove_2(Process *p, Term *args) {
    if (!is_map(args[1])) return badmap(p, args[1]);
    if (map_get(args[1], args[0]) == THE_NON_VALUE) return args[1];
    return map_remove(p, args[1], args[0]);
}

Term bif_maps_take_2(Process *p, Term *args) {
    if (!is_map(args[1])) return badmap(p, args[1]);
    Term v = map_get(args[1], args[0]);
    if (v == THE_NON_VALUE) return AM(error);
    args[2] = v;
    args[3] = NIL;
    p->nx = 4;
    args[3] = map_remove(p, args[1], args[0]);
    if (args[3] == THE_NON_VALUE) return THE_NON_VALUE;
    return bif_tuple2x(p, 2, 3);
}

/* keys, values or {k, v} pairs, in the map's iteration order. */
typedef enum { WANT_KEYS, WANT_VALUES, WANT_PAIRS } Want;

static Term map_list(Process *p, Want want) {
    if (!is_map(p->x[0])) return badmap(p, p->x[0]);
    size_t n = map_size(p->x[0]);
    BIF_RESERVE(h, p, n * (want == WANT_PAIRS ? 5 : 2));
    Term list = NIL, *link = &list;
    MapIter it;
    Term k, v;
    map_iter_init(&it, p->x[0]);
    while (map_iter_next(&it, &k, &v)) {
        Term e = want == WANT_KEYS ? k : v;
        if (want == WANT_PAIRS) {
            h[0] = make_header(KIND_TUPLE, 2); h[1] = k; h[2] = v;
            e = make_boxed(h);
            h += 3;
        }
        h[0] = e;
        *link = make_list(h);
        link = h + 1;
        h += 2;
    }
    *link = NIL;
    return list;
}

Term bif_maps_keys_1(Process *p, Term *args) { return map_list(p, WANT_KEYS); }
Term bif_maps_values_1(Process *p, Term *args) { return map_list(p, WANT_VALUES); }
Term bif_maps_to_list_1(Process *p, Term *args) { return map_list(p, WANT_PAIRS); }

/* x[acc] = x[acc] with each pair of the tuple in x[ti] put (later win). */
static Term put_pairs(Process *p, unsigned acc, unsigned ti, bool only_new) {
    size_t n = tuple_arity(p->x[ti]) / 2;
    for (size_t i = 0; i < n; i++) {
        Term k = TUPLE_ELEM(p->x[ti], 2 * i);
        if (only_new && map_get(p->x[acc], k) != THE_NON_VALUE) continue;
        Term m = map_put(p, p->x[acc], k, TUPLE_ELEM(p->x[ti], 2 * i + 1));
        if (m == THE_NON_VALUE) return m;
        p->x[acc] = m;
    }
    return p->x[acc];
}

Term bif_maps_merge_2(Process *p, Term *args) {
    if (!is_map(args[0])) return badmap(p, args[0]);
    if (!is_map(args[1])) return badmap(p, args[1]);
    p->nx = 4;
    /* put the smaller map's pairs into the larger one */
    bool small_right = map_size(args[1]) <= map_size(args[0]);
    args[2] = NIL;   /* a valid root before the first collection */
    args[3] = small_right ? args[0] : args[1];
    args[2] = pairs_tuple(p, small_right ? 1 : 0);
    return put_pairs(p, 3, 2, !small_right);
}

/* A tuple {k1, v1, ...} from the proper list of pairs in x[li], or
 * THE_NON_VALUE (nothing raised) when the list is not one. May collect. */
static Term list_pairs(Process *p, unsigned li) {
    size_t n;
    if (!bif_list_length(p->x[li], &n)) return THE_NON_VALUE;
    for (Term l = p->x[li]; is_cons(l); l = CDR(l))
        if (!is_tuple(CAR(l)) || tuple_arity(CAR(l)) != 2) return THE_NON_VALUE;
    BIF_RESERVE(h, p, 2 * n + 1);
    h[0] = make_header(KIND_TUPLE, 2 * n);
    size_t i = 1;
    for (Term l = p->x[li]; is_cons(l); l = CDR(l)) {
        h[i++] = TUPLE_ELEM(CAR(l), 0);
        h[i++] = TUPLE_ELEM(CAR(l), 1);
    }
    return make_boxed(h);
}

Term bif_maps_from_list_1(Process *p, Term *args) {
    p->nx = 2;
    args[1] = NIL;
    Term t = list_pairs(p, 0);
    if (t == THE_NON_VALUE) return bif_badarg(p);
    args[0] = t;
    args[1] = empty_map(p);
    return put_pairs(p, 1, 0, false);
}

Term bif_maps_from_keys_2(Process *p, Term *args) {
    size_t n;
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    p->nx = 3;
    args[2] = NIL;
    args[2] = empty_map(p);
    for (; is_cons(args[0]); args[0] = CDR(args[0])) {
        Term m = map_put(p, args[2], CAR(args[0]), args[1]);
        if (m == THE_NON_VALUE) return m;
        args[2] = m;
    }
    return args[2];
}

Term bif_maps_with_2(Process *p, Term *args) {
    size_t n;
    if (!is_map(args[1])) return badmap(p, args[1]);
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    p->nx = 3;
    args[2] = NIL;
    args[2] = empty_map(p);
    for (; is_cons(args[0]); args[0] = CDR(args[0])) {
        Term v = map_get(args[1], CAR(args[0]));
        if (v == THE_NON_VALUE) continue;
        Term m = map_put(p, args[2], CAR(args[0]), v);
        if (m == THE_NON_VALUE) return m;
        args[2] = m;
    }
    return args[2];
}

Term bif_maps_without_2(Process *p, Term *args) {
    size_t n;
    if (!is_map(args[1])) return badmap(p, args[1]);
    if (!bif_list_length(args[0], &n)) return bif_badarg(p);
    for (; is_cons(args[0]); args[0] = CDR(args[0])) {
        if (map_get(args[1], CAR(args[0])) == THE_NON_VALUE) continue;
        Term m = map_remove(p, args[1], CAR(args[0]));
        if (m == THE_NON_VALUE) return m;
        args[1] = m;
    }
    return args[1];
}
