/* unit.h — a tiny C unit-test framework: TEST(name) defines a test that
 * registers itself before main runs; CHECK fails the current test and
 * returns. main.c runs every registered test and prints "N passed, N failed". */
#ifndef VIAL_UNIT_H
#define VIAL_UNIT_H

#include <stdio.h>

typedef struct UnitTest { const char *name; void (*fn)(void); struct UnitTest *next; } UnitTest;

void unit_register(UnitTest *t);
void unit_fail(const char *file, int line, const char *what);

#define TEST(name)                                                           \
    static void name(void);                                                  \
    static UnitTest name##_test = {#name, name, NULL};                       \
    __attribute__((constructor)) static void name##_register(void) { unit_register(&name##_test); } \
    static void name(void)

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) { unit_fail(__FILE__, __LINE__, #cond); return; }      \
    } while (0)

#endif
