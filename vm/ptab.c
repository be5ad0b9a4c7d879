/* ptab.c — the process table and the registered names: linear probing
 * (ptab.h). */
#include "ptab.h"

#include <stdlib.h>

#include "atom.h"

static Process **slots;
static size_t mask;         /* capacity - 1; capacity a power of two */
static unsigned shift;      /* 64 - log2(capacity) */
static size_t count;
static uint64_t next_id;

/* Fibonacci hashing. The index itself (pids come in order) would place
 * processes in one long run, and deleting from a run scans to its end. */
static inline size_t home(uint64_t id) { return (size_t)((id * 0x9E3779B97F4A7C15ull) >> shift); }

static bool grow(void) {
    size_t cap = slots ? (mask + 1) * 2 : 1024;
    Process **fresh = calloc(cap, sizeof *fresh);
    if (!fresh) return false;
    size_t old = slots ? mask + 1 : 0;
    Process **prev = slots;
    slots = fresh;
    mask = cap - 1;
    shift = 64 - (unsigned)__builtin_ctzll(cap);
    for (size_t i = 0; i < old; i++) {
        if (!prev[i]) continue;
        size_t j = home(prev[i]->id);
        while (slots[j]) j = (j + 1) & mask;
        slots[j] = prev[i];
    }
    free(prev);
    return true;
}

bool ptab_insert(Process *p) {
    if ((!slots || 2 * (count + 1) > mask + 1) && !grow()) return false;
    p->id = next_id++;
    size_t j = home(p->id);
    while (slots[j]) j = (j + 1) & mask;
    slots[j] = p;
    count++;
    return true;
}

Process *ptab_lookup(uint64_t id) {
    if (!slots) return NULL;
    for (size_t j = home(id); slots[j]; j = (j + 1) & mask)
        if (slots[j]->id == id) return slots[j];
    return NULL;
}

/* Backward-shift deletion: an entry after the hole moves into it unless its
 * home lies cyclically within (hole, entry], where a probe still finds it. */
void ptab_remove(Process *p) {
    if (!slots) return;
    size_t j = home(p->id);
    while (slots[j] && slots[j] != p) j = (j + 1) & mask;
    if (!slots[j]) return;
    size_t hole = j;
    for (size_t k = (hole + 1) & mask; slots[k]; k = (k + 1) & mask) {
        size_t h = home(slots[k]->id);
        bool stays = hole <= k ? (hole < h && h <= k) : (hole < h || h <= k);
        if (stays) continue;
        slots[hole] = slots[k];
        hole = k;
    }
    slots[hole] = NULL;
    count--;
}

size_t ptab_count(void) { return count; }

void ptab_each(void (*fn)(Process *p, void *arg), void *arg) {
    if (!slots) return;
    for (size_t i = 0; i <= mask; i++)
        if (slots[i]) fn(slots[i], arg);
}

size_t ptab_bytes(void) { return slots ? (mask + 1) * sizeof *slots : 0; }

/* ---- registered names: atom -> process, linear probing on the atom index ---- */

static Process **names;
static size_t names_mask, names_count;

static size_t name_home(Term name) { return (size_t)(atom_index(name) * 0x9E3779B97F4A7C15ull >> 20) & names_mask; }

static bool names_grow(void) {
    size_t cap = names ? (names_mask + 1) * 2 : 64;
    Process **fresh = calloc(cap, sizeof *fresh);
    if (!fresh) return false;
    Process **prev = names;
    size_t old = names ? names_mask + 1 : 0;
    names = fresh;
    names_mask = cap - 1;
    for (size_t i = 0; i < old; i++) {
        if (!prev[i]) continue;
        size_t j = name_home(prev[i]->reg_name);
        while (names[j]) j = (j + 1) & names_mask;
        names[j] = prev[i];
    }
    free(prev);
    return true;
}

Process *ptab_whereis(Term name) {
    if (!names) return NULL;
    for (size_t j = name_home(name); names[j]; j = (j + 1) & names_mask)
        if (names[j]->reg_name == name) return names[j];
    return NULL;
}

bool ptab_register(Process *p, Term name) {
    if (p->reg_name || ptab_whereis(name)) return false;
    if ((!names || 2 * (names_count + 1) > names_mask + 1) && !names_grow()) return false;
    p->reg_name = name;
    size_t j = name_home(name);
    while (names[j]) j = (j + 1) & names_mask;
    names[j] = p;
    names_count++;
    return true;
}

void ptab_unregister_pid(Process *p) {
    if (!p->reg_name || !names) return;
    size_t j = name_home(p->reg_name);
    while (names[j] && names[j] != p) j = (j + 1) & names_mask;
    p->reg_name = 0;
    if (!names[j]) return;
    size_t hole = j;
    for (size_t k = (hole + 1) & names_mask; names[k]; k = (k + 1) & names_mask) {
        size_t h = name_home(names[k]->reg_name);
        bool stays = hole <= k ? (hole < h && h <= k) : (hole < h || h <= k);
        if (stays) continue;
        names[hole] = names[k];
        hole = k;
    }
    names[hole] = NULL;
    names_count--;
}

void ptab_each_name(void (*fn)(Process *p, void *arg), void *arg) {
    if (!names) return;
    for (size_t i = 0; i <= names_mask; i++)
        if (names[i]) fn(names[i], arg);
}
