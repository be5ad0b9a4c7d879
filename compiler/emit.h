/* emit.h — internal: builds one BcModule as the code generator walks a module.
 *
 * It interns atoms, literals (as External Term Format bytes) and imports so
 * each appears once, hands out labels, and appends instructions whose
 * operands it checks against the format string in opcodes.def.
 */
#ifndef VIAL_EMIT_H
#define VIAL_EMIT_H

#include "bytecode.h"
#include "strbuf.h"

#include <stdbool.h>

typedef struct Emitter Emitter;

Emitter *emit_new(const char *module_name, const char *file);
/* Hands the finished module over; the emitter is freed. */
BcModule *emit_finish(Emitter *e);
void emit_discard(Emitter *e);

uint32_t emit_atom(Emitter *e, const char *text, size_t len);
uint32_t emit_atom_z(Emitter *e, const char *text);
uint32_t emit_literal(Emitter *e, const uint8_t *etf, size_t len);
uint32_t emit_import(Emitter *e, const char *mod, const char *name, uint32_t arity);
uint32_t emit_new_label(Emitter *e);
void emit_label(Emitter *e, uint32_t label);
void emit_line(Emitter *e, uint32_t line);
void emit_no_line(Emitter *e);                  /* what follows has no line (generated code) */

/* Appends one instruction; the operands follow the opcode's format. */
void emit_op(Emitter *e, int op, ...);

uint32_t emit_function(Emitter *e, uint32_t name_atom, uint32_t arity, uint32_t label, uint32_t line);
void emit_set_nregs(Emitter *e, uint32_t func, uint32_t nregs);
uint32_t emit_lambda(Emitter *e, uint32_t func, uint32_t arity, uint32_t nfree, uint32_t parent);
void emit_export(Emitter *e, uint32_t name_atom, uint32_t arity, uint32_t func);
size_t emit_code_size(const Emitter *e);
/* Marks the module as a struct and appends a field name (definition order). */
void emit_struct(Emitter *e);
void emit_struct_field(Emitter *e, uint32_t name_atom);

/* ---- External Term Format writers for literals ---- */
void etfw_begin(StrBuf *b);                  /* the version byte */
void etfw_int(StrBuf *b, int64_t v);
bool etfw_bigint(StrBuf *b, const char *decimal);   /* optional '-', digits */
void etfw_float(StrBuf *b, double d);
void etfw_atom(StrBuf *b, const char *text, size_t len);
void etfw_binary(StrBuf *b, const void *data, size_t len);
void etfw_tuple(StrBuf *b, size_t arity);    /* then the elements */
void etfw_list(StrBuf *b, size_t n);         /* then n elements and the tail */
void etfw_nil(StrBuf *b);
void etfw_map(StrBuf *b, size_t npairs);     /* then key, value, key, value... */

#endif
