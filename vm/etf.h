/* etf.h — internal: Erlang's External Term Format, the one serialization of
 * terms: module literals, :erlang.term_to_binary/1 and binary_to_term/1,2.
 *
 * Decoding is iterative and bounds-checked: any malformed input is rejected
 * with THE_NON_VALUE, never a crash, with no recursion on nesting. Terms
 * decode into an EtfArea, a chain of malloc'd chunks that no collector ever
 * moves: a module keeps one as its literal area (large binaries in it are
 * heap-binary objects of any size, freed with the area; never refcounted).
 * binary_to_term decodes into a scratch area and then copies the term onto
 * the process heap, where binaries over BIN_HEAP_MAX become refc binaries.
 */
#ifndef VIAL_ETF_H
#define VIAL_ETF_H

#include "process.h"

typedef struct EtfArea EtfArea;

EtfArea *etf_area_new(void);                           /* NULL when out of memory */
void etf_area_free(EtfArea *a);                        /* frees every term decoded into it */
bool etf_area_contains(const EtfArea *a, const void *ptr);
size_t etf_area_words(const EtfArea *a);               /* words in use */

/* Validates bytes (starting with the version byte 131) and returns the words
 * decoding them needs (exact but for maps over MAP_FLAT_MAX keys, whose trie
 * is estimated); false when malformed. Never collects. */
bool etf_decoded_size(const uint8_t *bytes, size_t len, size_t *words);

/* Decodes one whole term into area; THE_NON_VALUE when malformed (trailing
 * bytes included). safe: refuse to create atoms (binary_to_term(b, [:safe])). */
Term etf_decode_into(EtfArea *a, const uint8_t *bytes, size_t len, bool safe);

/* binary_to_term onto p's heap. bytes must not lie on p's heap (use
 * etf_decode_binary for a binary term). THE_NON_VALUE, with nothing raised,
 * when malformed: the caller raises badarg. May collect. */
Term etf_decode(Process *p, const uint8_t *bytes, size_t len, bool safe);
Term etf_decode_binary(Process *p, Term bin, bool safe);   /* bin protected inside */

/* term_to_binary: malloc'd bytes the caller frees, *len set; NULL when the
 * term holds something without an external form (a closure, a match state). */
uint8_t *etf_encode(Term t, size_t *len);

/* Export funs (&Mod.fun/arity) go through the module table, set by its owner:
 * resolve returns the Export* for a decoded EXPORT_EXT (NULL rejects it);
 * describe gives the mod/fun/arity of an Export* for encoding. */
extern void *(*etf_resolve_export)(Term mod, Term fun, unsigned arity);
extern bool (*etf_describe_export)(const void *exp, Term *mod, Term *fun, unsigned *arity);

#endif
