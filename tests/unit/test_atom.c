/* test_atom.c — the atom table: built-ins at fixed indices, interning is
 * idempotent, lookup never creates, the 255-character limit. */
#include "unit.h"
#include "atom.h"

TEST(atom_builtins_and_interning) {
    CHECK(atom_intern("false", 5) == ATOM_false && atom_intern("true", 4) == ATOM_true);
    CHECK(atom_intern("nil", 3) == ATOM_nil && atom_intern("ok", 2) == AM(ok));
    size_t len;
    CHECK(strcmp(atom_text(AM(badarg), &len), "badarg") == 0 && len == 6);
    Term a = atom_intern("Elixir.Foo.Bar", 14);
    CHECK(a == atom_intern("Elixir.Foo.Bar", 14) && a == atom_lookup("Elixir.Foo.Bar", 14));
    CHECK(atom_lookup("never interned here", 19) == THE_NON_VALUE);
    char name[32];
    size_t before = atom_count();
    for (int i = 0; i < 20000; i++) {   /* through several table growths */
        int n = snprintf(name, sizeof name, "atom_%d", i);
        CHECK(atom_intern(name, (size_t)n) == atom_intern(name, (size_t)n));
    }
    CHECK(atom_count() == before + 20000);
    CHECK(atom_lookup("atom_12345", 10) != THE_NON_VALUE);
    char longname[600];
    memset(longname, 'x', sizeof longname);
    CHECK(atom_intern(longname, 255) != THE_NON_VALUE);
    CHECK(atom_intern(longname, 256) == THE_NON_VALUE);
    /* the limit counts characters: 255 two-byte characters are fine */
    for (int i = 0; i < 255; i++) { longname[2 * i] = (char)0xC3; longname[2 * i + 1] = (char)0xA9; }
    CHECK(atom_intern(longname, 510) != THE_NON_VALUE);
}
