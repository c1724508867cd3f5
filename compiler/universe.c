/*
 * universe.c - the universe scope: predeclared types, constants, nil and
 * the builtin functions.
 */
#include "types.h"

#include "diag.h"

static Scope *universe_scope;

static void declare(ObjKind kind, const char *name, Type *type) {
  Obj *o = obj_new(kind, intern(name), type, (Pos){0});
  o->pkg = "";
  o->global = true;
  if (kind == OBJ_TYPE && type->kind == TY_NAMED) type->obj = o;
  scope_insert(universe_scope, o);
}

static void declare_const_bool(const char *name, bool v) {
  declare(OBJ_CONST, name, type_basic(TY_UNTYPED_BOOL));
  Obj *o = universe_scope->names.data[universe_scope->names.len - 1];
  Const *c = xmalloc(sizeof *c);
  c->kind = C_BOOL;
  c->b = v;
  o->cval = c;
}

static void declare_builtins(void) {
  static const char *names[] = {
      [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLEAR] = "clear",
      [BI_CLOSE] = "close", [BI_COMPLEX] = "complex", [BI_COPY] = "copy",
      [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len",
      [BI_MAKE] = "make", [BI_MAX] = "max", [BI_MIN] = "min", [BI_NEW] = "new",
      [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println",
      [BI_REAL] = "real", [BI_RECOVER] = "recover"};
  for (int b = BI_APPEND; b <= BI_RECOVER; b++) {
    declare(OBJ_BUILTIN, names[b], NULL);
    Obj *o = universe_scope->names.data[universe_scope->names.len - 1];
    o->builtin = (Builtin)b;
  }
}

Scope *universe(void) {
  static const struct { const char *name; TypeKind kind; } basics[] = {
      {"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8},
      {"int16", TY_INT16}, {"int32", TY_INT32}, {"int64", TY_INT64},
      {"uint", TY_UINT}, {"uint8", TY_UINT8}, {"uint16", TY_UINT16},
      {"uint32", TY_UINT32}, {"uint64", TY_UINT64}, {"uintptr", TY_UINTPTR},
      {"float32", TY_FLOAT32}, {"float64", TY_FLOAT64},
      {"complex64", TY_COMPLEX64}, {"complex128", TY_COMPLEX128},
      {"string", TY_STRING}};
  if (universe_scope) return universe_scope;
  universe_scope = scope_new(NULL);
  for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
    declare(OBJ_TYPE, basics[i].name, type_basic(basics[i].kind));
  declare(OBJ_TYPE, "byte", type_byte());
  declare(OBJ_TYPE, "rune", type_rune());
  declare(OBJ_TYPE, "error", type_error());
  declare(OBJ_TYPE, "any", type_empty_interface());
  /* comparable is a constraint: declared so that its use is reported. */
  declare(OBJ_TYPE, "comparable", type_new(TY_INVALID));
  declare_const_bool("true", true);
  declare_const_bool("false", false);
  declare(OBJ_CONST, "iota", type_basic(TY_UNTYPED_INT));
  declare(OBJ_NIL, "nil", type_basic(TY_UNTYPED_NIL));
  declare_builtins();
  return universe_scope;
}
