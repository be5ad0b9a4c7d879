/* elixir_info.c — lookups in the tables of what Elixir 1.14 has. */
#include <string.h>
#include "elixir_info.h"
#include "elixir_names.h"
#include "elixir_deprecated.h"

bool elixir_has_module(const char *module) {
    if (strncmp(module, "Elixir.", 7) != 0) return false;
    size_t lo = 0, hi = sizeof elixir_modules / sizeof *elixir_modules;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(elixir_modules[mid], module + 7);
        if (c == 0) return true;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return false;
}

const char *elixir_module_names(const char *module) {
    size_t lo = 0, hi = sizeof elixir_exports / sizeof *elixir_exports;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(elixir_exports[mid].module, module);
        if (c == 0) return elixir_exports[mid].names;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

const char *elixir_deprecation(const char *module, const char *name, unsigned arity) {
    for (size_t i = 0; i < sizeof elixir_deprecated / sizeof *elixir_deprecated; i++)
        if (elixir_deprecated[i].arity == arity && !strcmp(elixir_deprecated[i].module, module) &&
            !strcmp(elixir_deprecated[i].name, name))
            return elixir_deprecated[i].advice;
    return NULL;
}
