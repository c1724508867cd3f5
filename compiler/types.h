/*
 * types.h - Go types, the objects that names denote, scopes and constant
 * values. The checker creates them; the emitter reads them.
 */
#ifndef MINIGO_TYPES_H
#define MINIGO_TYPES_H

#include "ast.h"

typedef enum TypeKind {
  TY_INVALID,
  /* basic types, in go/types order */
  TY_BOOL,
  TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
  TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
  TY_FLOAT32, TY_FLOAT64,
  TY_COMPLEX64, TY_COMPLEX128,  /* recognised only to be rejected by name */
  TY_STRING,
  TY_UNSAFEPTR,
  /* untyped constant kinds */
  TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
  TY_UNTYPED_STRING, TY_UNTYPED_NIL,
  /* composite types */
  TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
  TY_MAP, TY_CHAN,
  TY_NAMED,   /* a defined type: Name, Pkg, Underlying, Methods */
  TY_TUPLE,   /* results of a multi-value call */
} TypeKind;

typedef struct Field {
  const char *name;     /* for an embedded field, the type's name */
  Type *type;
  bool embedded;
  const char *tag;
} Field;

/* A method of a named type or an interface. */
typedef struct Method {
  const char *name;
  Type *sig;            /* TY_FUNC without the receiver */
  bool ptrRecv;         /* declared with a pointer receiver */
  Obj *func;            /* the FUNC object (named types only) */
} Method;

struct Type {
  TypeKind kind;
  int64_t size, align;  /* in bytes, as the emitted C lays it out */

  Type *elem;           /* array, slice, pointer, map value, chan */
  Type *key;            /* map */
  int64_t len;          /* array */
  ChanDir dir;          /* chan */

  Vec fields;           /* struct: Field*; tuple and func params: Type* in params */
  Vec params, results;  /* func: Type* */
  bool variadic;        /* func: last param is ...T (its type is []T) */
  Vec methods;          /* interface: Method* (embedded flattened, sorted by name);
                           named: Method* declared on it */

  const char *name;     /* named */
  const char *pkg;      /* named: package path, "" for universe types */
  Type *underlying;     /* named */
  Obj *obj;             /* named: its TYPE object */

  int id;               /* unique per type, for the emitter's C names */
  Type *ptrTo;          /* cache of *T */
  Type *sliceOf;        /* cache of []T */
};

typedef enum ObjKind {
  OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN,
  OBJ_LABEL, OBJ_NIL,
} ObjKind;

typedef enum Builtin {
  BI_APPEND = 1, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE,
  BI_IMAG, BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT,
  BI_PRINTLN, BI_REAL, BI_RECOVER,
} Builtin;

struct Obj {
  ObjKind kind;
  const char *name;
  const char *pkg;      /* package path that declares it; "main" for the user's */
  Type *type;
  Node *decl;           /* declaring node (ident, spec or funcdecl) */
  Pos pos;
  Const *cval;          /* OBJ_CONST */
  Builtin builtin;      /* OBJ_BUILTIN */
  struct Package *pkgRef; /* OBJ_PKG */

  bool used;            /* for "declared and not used" and unused imports */
  bool global;          /* package-level */
  bool param;           /* function parameter or result */
  bool escapes;         /* address taken or captured by a closure: lives on the heap */
  bool captured;        /* referenced from a nested function literal */
  const char *cname;    /* C identifier chosen by the emitter */
  int id;               /* unique per object */
  void *check;          /* checker-private data (package-level declarations) */
  bool perIter;         /* for/range loop variable: fresh per iteration (Go 1.22) */
};

typedef struct Scope {
  struct Scope *parent;
  Vec names;            /* Obj*, in declaration order */
  bool isFunc;          /* a function's outermost scope */
} Scope;

/* Exact constant values: integers as 128-bit, floats as long double. */
typedef enum ConstKind { C_BOOL, C_INT, C_FLOAT, C_STRING } ConstKind;

struct Const {
  ConstKind kind;
  bool b;
  __int128 i;
  long double f;
  const char *s;
  int64_t slen;
};

/* A package: the user's main package or a stdlib one loaded from stdlib/. */
typedef struct Package {
  const char *path;     /* "main", "fmt", "sync/atomic" */
  const char *name;     /* last path element */
  Vec files;            /* N_FILE nodes */
  Scope *scope;
  Vec funcs;            /* N_FUNCDECL nodes with bodies to emit */
  Vec globals;          /* OBJ_VAR package-level, in initialization order */
  bool checked;
  Vec inits;            /* VarInit*: package var initializers, in Go's order */
  Vec initFuncs;        /* N_FUNCDECL of the init() functions, in order */
  Vec imports;          /* Package* imported by this package */
  bool isStd;           /* loaded from the stdlib directory */
  Vec lits;             /* N_FUNCLIT directly in package-level initializers */
} Package;

/* One package-level initialization: lhs = rhs (lhs Obj* or NULL for _;
 * several lhs when rhs is a multi-value call). */
typedef struct VarInit {
  Vec lhs;
  Node *rhs;
} VarInit;

Type *type_basic(TypeKind kind);
/* The universe's byte and rune: identical to uint8 / int32, print by name. */
Type *type_byte(void);
Type *type_rune(void);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(Type *elem, ChanDir dir);
Type *type_named(const char *name, const char *pkg, Obj *obj);
/* The universe's error type and the empty interface. */
Type *type_error(void);
Type *type_empty_interface(void);
/* Computes size and align of t (struct layout as C does it). */
void type_layout(Type *t);
/* type_string with types of package `pkg` unqualified, as gc's errors do. */
const char *type_string_rel(Type *t, const char *pkg);
/* The default type of an untyped kind (untyped int -> int), else t. */
Type *type_default(Type *t);
bool type_is_named(Type *t);
bool type_is_const_kind(Type *t);   /* boolean, numeric or string */
bool type_has_nil(Type *t);         /* pointer, slice, map, chan, func, iface */

Scope *scope_new(Scope *parent);
/* Looks name up in s only (NULL if absent). */
Obj *scope_lookup_local(Scope *s, const char *name);
/* Looks name up in s and its parents. */
Obj *scope_lookup(Scope *s, const char *name);
void scope_insert(Scope *s, Obj *obj);
Obj *obj_new(ObjKind kind, const char *name, Type *type, Pos pos);
/* The universe scope (universe.c). */
Scope *universe(void);
Type *type_new(TypeKind kind);
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_underlying(Type *t);
bool type_identical(Type *a, Type *b);
/* Writes t as go/types writes it ("[]int", "map[string]main.T", "func(int) error"). */
const char *type_string(Type *t);
bool type_is_untyped(Type *t);
bool type_is_integer(Type *t);
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_interface(Type *t);
bool type_comparable(Type *t);
/* True when values of t contain no pointers (allocated with GC_MALLOC_ATOMIC). */
bool type_pointer_free(Type *t);

#endif
