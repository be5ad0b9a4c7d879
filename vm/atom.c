/* atom.c — the global atom table: an open-addressing hash table of indices
 * into a growing array of interned names. Built-in atoms (atoms.def) are
 * interned first so their indices match the AI_* constants. Never freed. */
#include <stdlib.h>
#include "atom.h"

typedef struct { char *text; uint32_t len; uint32_t hash; } AtomEntry;

static AtomEntry *atoms;        /* by index */
static uint32_t natoms, cap_atoms;
static uint32_t *slots;         /* index + 1, 0 = empty */
static uint32_t nslots;         /* power of two */

static const char *const builtin_text[] = {
#define ATOM(id, text) text,
#include "atoms.def"
#undef ATOM
};

static uint32_t hash_text(const char *s, size_t len) {
    uint32_t h = 2166136261u;               /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* Characters, not bytes, count toward the limit (UTF-8 continuation bytes skipped). */
static size_t count_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((uint8_t)s[i] & 0xC0) != 0x80;
    return n;
}

static bool grow_slots(void) {
    uint32_t n = nslots ? nslots * 2 : 1024;
    uint32_t *s = calloc(n, sizeof *s);
    if (!s) return false;
    for (uint32_t i = 0; i < natoms; i++) {
        uint32_t j = atoms[i].hash & (n - 1);
        while (s[j]) j = (j + 1) & (n - 1);
        s[j] = i + 1;
    }
    free(slots);
    slots = s;
    nslots = n;
    return true;
}

static uint32_t *find_slot(const char *name, size_t len, uint32_t h) {
    uint32_t j = h & (nslots - 1);
    for (;;) {
        uint32_t k = slots[j];
        if (!k) return &slots[j];
        AtomEntry *e = &atoms[k - 1];
        if (e->hash == h && e->len == len && memcmp(e->text, name, len) == 0) return &slots[j];
        j = (j + 1) & (nslots - 1);
    }
}

void atom_init(void) {
    if (natoms) return;
    for (size_t i = 0; i < AI__COUNT; i++) atom_intern(builtin_text[i], strlen(builtin_text[i]));
}

Term atom_intern(const char *name, size_t len) {
    if (count_chars(name, len) > ATOM_MAX_CHARS) return THE_NON_VALUE;
    if ((!nslots || natoms + 1 >= nslots) && !grow_slots()) return THE_NON_VALUE;
    uint32_t h = hash_text(name, len);
    uint32_t *slot = find_slot(name, len, h);
    if (*slot) return make_atom(*slot - 1);
    if (natoms == cap_atoms) {
        uint32_t n = cap_atoms ? cap_atoms * 2 : 1024;
        AtomEntry *a = realloc(atoms, n * sizeof *a);
        if (!a) return THE_NON_VALUE;
        atoms = a;
        cap_atoms = n;
    }
    char *text = malloc(len + 1);
    if (!text) return THE_NON_VALUE;
    memcpy(text, name, len);
    text[len] = 0;
    atoms[natoms] = (AtomEntry){text, (uint32_t)len, h};
    *slot = ++natoms;
    if (natoms * 2 > nslots) grow_slots();  /* on failure the table just gets fuller */
    return make_atom(natoms - 1);
}

Term atom_lookup(const char *name, size_t len) {
    if (!nslots || len > 4 * ATOM_MAX_CHARS) return THE_NON_VALUE;
    uint32_t *slot = find_slot(name, len, hash_text(name, len));
    return *slot ? make_atom(*slot - 1) : THE_NON_VALUE;
}

const char *atom_text(Term atom, size_t *len) {
    uint32_t i = atom_index(atom);
    if (i >= natoms) { if (len) *len = 0; return ""; }
    if (len) *len = atoms[i].len;
    return atoms[i].text;
}

size_t atom_count(void) { return natoms; }
