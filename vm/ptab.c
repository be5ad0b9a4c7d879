/* ptab.c — the process table and the registered names (ptab.h): two
 * open-addressing tables of Process pointers, one keyed by pid index and
 * one by name, with linear probing. */
#include "ptab.h"

#include <stdlib.h>


typedef struct Table {
    Process **slots;
    size_t mask;            /* capacity - 1; capacity a power of two */
    unsigned shift;         /* 64 - log2(capacity) */
    size_t count;
    bool by_name;           /* keyed by registered name, else by pid index */
} Table;

static Table procs, names = { .by_name = true };
static uint64_t next_id;

static inline uint64_t key_of(const Table *t, const Process *p) { return t->by_name ? p->reg_name : p->id; }

/* Fibonacci hashing. The pid index itself (pids come in order) would place
 * processes in one long run, and deleting from a run scans to its end. */
static inline size_t home(const Table *t, uint64_t key) {
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> t->shift);
}

static void place(Table *t, Process *p) {
    size_t j = home(t, key_of(t, p));
    while (t->slots[j]) j = (j + 1) & t->mask;
    t->slots[j] = p;
}

static bool grow(Table *t) {
    size_t old = t->slots ? t->mask + 1 : 0, cap = old ? old * 2 : 1024;
    Process **fresh = calloc(cap, sizeof *fresh), **prev = t->slots;
    if (!fresh) return false;
    t->slots = fresh;
    t->mask = cap - 1;
    t->shift = 64 - (unsigned)__builtin_ctzll(cap);
    for (size_t i = 0; i < old; i++)
        if (prev[i]) place(t, prev[i]);
    free(prev);
    return true;
}

/* Kept at most half full, so probes stay short. */
static bool insert(Table *t, Process *p) {
    if ((!t->slots || 2 * (t->count + 1) > t->mask + 1) && !grow(t)) return false;
    place(t, p);
    t->count++;
    return true;
}

static Process *find(const Table *t, uint64_t key) {
    if (!t->slots) return NULL;
    for (size_t j = home(t, key); t->slots[j]; j = (j + 1) & t->mask)
        if (key_of(t, t->slots[j]) == key) return t->slots[j];
    return NULL;
}

/* Backward-shift deletion: an entry after the hole moves into it unless its
 * home lies cyclically within (hole, entry], where a probe still finds it. */
static void remove_entry(Table *t, const Process *p) {
    if (!t->slots) return;
    size_t hole = home(t, key_of(t, p));
    while (t->slots[hole] && t->slots[hole] != p) hole = (hole + 1) & t->mask;
    if (!t->slots[hole]) return;
    for (size_t k = (hole + 1) & t->mask; t->slots[k]; k = (k + 1) & t->mask) {
        size_t h = home(t, key_of(t, t->slots[k]));
        bool stays = hole <= k ? (hole < h && h <= k) : (hole < h || h <= k);
        if (stays) continue;
        t->slots[hole] = t->slots[k];
        hole = k;
    }
    t->slots[hole] = NULL;
    t->count--;
}

static void each(const Table *t, void (*fn)(Process *p, void *arg), void *arg) {
    if (!t->slots) return;
    for (size_t i = 0; i <= t->mask; i++)
        if (t->slots[i]) fn(t->slots[i], arg);
}

/* ---- processes ---- */

bool ptab_insert(Process *p) {
    p->id = next_id;
    if (!insert(&procs, p)) return false;
    next_id++;
    return true;
}

void ptab_remove(Process *p) { remove_entry(&procs, p); }
Process *ptab_lookup(uint64_t id) { return find(&procs, id); }
size_t ptab_count(void) { return procs.count; }
void ptab_each(void (*fn)(Process *p, void *arg), void *arg) { each(&procs, fn, arg); }

size_t ptab_bytes(void) {
    size_t n = 0;
    if (procs.slots) n += (procs.mask + 1) * sizeof *procs.slots;
    if (names.slots) n += (names.mask + 1) * sizeof *names.slots;
    return n;
}

/* ---- registered names ---- */

Process *ptab_whereis(Term name) { return find(&names, name); }

bool ptab_register(Process *p, Term name) {
    if (p->reg_name || ptab_whereis(name)) return false;
    p->reg_name = name;
    if (insert(&names, p)) return true;
    p->reg_name = 0;
    return false;
}

void ptab_unregister_pid(Process *p) {
    if (!p->reg_name) return;
    remove_entry(&names, p);
    p->reg_name = 0;
}

void ptab_each_name(void (*fn)(Process *p, void *arg), void *arg) { each(&names, fn, arg); }
