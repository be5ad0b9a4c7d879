/* atom.h — internal: the global atom table. Atoms are interned once and
 * never freed; an atom term is its index (term.h). The table sits behind
 * this small API so that several schedulers can later share it with a lock. */
#ifndef VIAL_ATOM_H
#define VIAL_ATOM_H

#include <string.h>

#include "term.h"

enum {
#define ATOM(id, text) AI_##id,
#include "atoms.def"
#undef ATOM
    AI__COUNT
};

#define MAKE_ATOM(i) ((((Term)(i)) << 6) | TAG_ATOM)
#define AM(id) MAKE_ATOM(AI_##id)

#define ATOM_MAX_CHARS 255

void atom_init(void);
/* Interns name (UTF-8, len bytes). Returns THE_NON_VALUE when the text is
 * longer than 255 characters (Erlang's limit: a system_limit error). */
Term atom_intern(const char *name, size_t len);
/* atom_intern of a NUL-terminated name */
static inline Term atom_z(const char *name) { return atom_intern(name, strlen(name)); }
/* Returns the atom only if it exists already (binary_to_existing_atom). */
Term atom_lookup(const char *name, size_t len);
const char *atom_text(Term atom, size_t *len);
size_t atom_count(void);

#endif
