/* elixir_info.c — lookups in the tables of what Elixir 1.14 has. */
#include <stdlib.h>
#include <string.h>
#include "elixir_info.h"
#include "elixir_names.h"
#include "elixir_deprecated.h"

static bool listed(const char *const *names, size_t n, const char *name) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(names[mid], name);
        if (c == 0) return true;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return false;
}

bool elixir_has_module(const char *module) {
    if (strncmp(module, "Elixir.", 7) == 0)
        return listed(elixir_modules, sizeof elixir_modules / sizeof *elixir_modules, module + 7);
    return listed(erlang_modules, sizeof erlang_modules / sizeof *erlang_modules, module);
}

static const char *lookup(const NamePair *table, size_t n, const char *module) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(table[mid].module, module);
        if (c == 0) return table[mid].value;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

const char *elixir_app(const char *module) {
    return lookup(app_modules, sizeof app_modules / sizeof *app_modules, module);
}

const char *elixir_source_file(const char *module) {
    return lookup(stdlib_sources, sizeof stdlib_sources / sizeof *stdlib_sources, module);
}

const char *elixir_app_version(const char *app) {
    if (strcmp(app, "elixir") == 0) return "1.14.0";
    for (size_t i = 0; i < sizeof otp_versions / sizeof *otp_versions; i++)
        if (strcmp(otp_versions[i].app, app) == 0) return otp_versions[i].vsn;
    return NULL;
}

const char *elixir_module_names(const char *module) {
    return lookup(elixir_exports, sizeof elixir_exports / sizeof *elixir_exports, module);
}

const char *elixir_deprecation(const char *module, const char *name, unsigned arity) {
    for (size_t i = 0; i < sizeof elixir_deprecated / sizeof *elixir_deprecated; i++)
        if (elixir_deprecated[i].arity == arity && !strcmp(elixir_deprecated[i].module, module) &&
            !strcmp(elixir_deprecated[i].name, name))
            return elixir_deprecated[i].advice;
    return NULL;
}

bool elixir_next_name(const char **at, const char **name, size_t *len, unsigned *arity, bool *macro) {
    const char *s = *at;
    while (*s == ' ') s++;
    if (!*s) return false;
    const char *end = strchr(s, ' ');
    if (!end) end = s + strlen(s);
    const char *slash = end;
    while (slash > s && slash[-1] != '/') slash--;
    *name = s;
    *len = (size_t)(slash - 1 - s);
    *arity = (unsigned)strtoul(slash, NULL, 10);
    *macro = end[-1] == 'm';
    *at = end;
    return true;
}

ElixirKind elixir_kind(const char *module, const char *fun, unsigned arity) {
    const char *names = elixir_module_names(module), *name;
    size_t len;
    unsigned a;
    bool macro;
    while (names && elixir_next_name(&names, &name, &len, &a, &macro))
        if (a == arity && len == strlen(fun) && !memcmp(name, fun, len)) return macro ? ELIXIR_MACRO : ELIXIR_FUNCTION;
    return ELIXIR_NONE;
}

static bool is_text(const char *s, size_t n, const char *text) { return n == strlen(text) && !memcmp(s, text, n); }

bool otp_erlang_function(const char *name, size_t len, unsigned arity) {
    static const struct { const char *name; unsigned arity; } fns[] = {
        {"atom_to_binary", 1}, {"binary_to_atom", 1}, {"binary_to_existing_atom", 1}, {"fun_info", 1},
        {"spawn", 1}, {"spawn_link", 1}, {"spawn_monitor", 1}, {"spawn_monitor", 3}, {"spawn_opt", 2},
        {"process_flag", 3}, {"convert_time_unit", 3},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (fns[i].arity == arity && is_text(name, len, fns[i].name)) return true;
    return false;
}

unsigned otp_native_line(const char *module, size_t modlen, const char *name, size_t len, unsigned arity) {
    static const struct { const char *module, *name; unsigned arity, line; } lines[] = {
        {"unicode", "characters_to_list", 1, 895}, {"unicode", "characters_to_binary", 1, 895},
        {"unicode", "characters_to_binary", 3, 895},
        {"lists", "flatten", 1, 648}, {"lists", "flatten", 2, 656}, {"lists", "reverse", 1, 175}, {"lists", "seq", 2, 271},
        {"lists", "duplicate", 2, 331}, {"lists", "sort", 1, 512}, {"lists", "usort", 1, 1112},
        {"lists", "last", 1, 256}, {"lists", "max", 1, 356}, {"lists", "append", 1, 154}, {"lists", "zip", 2, 419},
        {"io_lib", "format", 2, 187}, {"maps", "to_list", 1, 581},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        if (lines[i].arity == arity && is_text(module, modlen, lines[i].module) && is_text(name, len, lines[i].name))
            return lines[i].line;
    return 0;
}

/* Of the natives standing for OTP's functions, those OTP makes built-ins;
 * the rest of :lists, :maps, :binary and :unicode are Erlang code, whose
 * frames have a file and line instead of an error_info. */
const char *otp_error_module(const char *module, size_t modlen, const char *name, size_t len, unsigned arity) {
    static const struct { const char *module, *name; unsigned arity; bool bif; } listed[] = {
        {"lists", "reverse", 2, true}, {"lists", "member", 2, true}, {"lists", "keyfind", 3, true},
        {"lists", "keymember", 3, true}, {"lists", "keysearch", 3, true},
        {"unicode", "characters_to_binary", 2, true}, {"unicode", "characters_to_list", 2, true},
        {"maps", "get", 3, false}, {"maps", "size", 1, false}, {"maps", "to_list", 1, false},
        {"maps", "with", 2, false}, {"maps", "without", 2, false},
        {"binary", "replace", 3, false}, {"binary", "replace", 4, false}, {"binary", "bin_to_list", 1, false},
        {"binary", "bin_to_list", 2, false}, {"binary", "bin_to_list", 3, false},
    };
    if (is_text(module, modlen, "erlang")) return "erl_erts_errors";
    if (is_text(module, modlen, "math")) return "erl_stdlib_errors";
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++)
        if (listed[i].arity == arity && is_text(module, modlen, listed[i].module) && is_text(name, len, listed[i].name))
            return listed[i].bif ? "erl_stdlib_errors" : NULL;
    return is_text(module, modlen, "maps") || is_text(module, modlen, "binary") ? "erl_stdlib_errors" : NULL;
}
