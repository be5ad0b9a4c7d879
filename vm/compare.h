/* compare.h — internal: equality, term order and hashing of terms.
 * Term order is Erlang's: number < atom < reference < function < port < pid
 * < tuple < map < list < bitstring. Numbers compare by value (1 < 1.5,
 * 1 == 1.0 but not 1 === 1.0). Never collect. */
#ifndef VIAL_COMPARE_H
#define VIAL_COMPARE_H

#include "term.h"

int  term_compare(Term a, Term b);        /* <0, 0, >0 as in ==/2 order */
int  term_compare_exact(Term a, Term b);  /* map key order: every integer before every float */
bool term_equal(Term a, Term b);          /* == */
bool term_exact(Term a, Term b);          /* === */
uint64_t term_hash(Term t);               /* consistent with term_exact */

#endif
