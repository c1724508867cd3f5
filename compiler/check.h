/*
 * check.h - the type checker: loads packages, checks them against the Go
 * spec, reports Go's errors and annotates the AST for the emitter.
 *
 * What every node carries after a successful check:
 *
 *  Expressions (any node used as a value):
 *   type   final type. Untyped constants and untyped non-constant results
 *          (comparisons, shifts) get the type their context fixes (the
 *          default type when nothing does). nil gets the pointer / slice /
 *          map / chan / func / interface type it is used as (in x == nil,
 *          the type of x). A multi-value call has a TY_TUPLE type.
 *   cval   the exact value of a constant expression (already converted to
 *          `type`, e.g. an untyped 1 used as float64 holds C_FLOAT 1.0).
 *   Type expressions (N_ARRAYTYPE..., an N_IDENT or N_SELECTOR naming a
 *   type): `type` is the denoted type and `obj` (idents) its TYPE object.
 *
 *  N_IDENT     obj: the object (VAR, CONST, FUNC, TYPE, BUILTIN, NIL, PKG).
 *              The blank identifier `_` has obj NULL.
 *  N_SELECTOR  sel: a SelKind; aux: Selection* (NULL for SEL_PKG);
 *              SEL_PKG: obj is the package member (like an ident).
 *  N_CALL      sel: a CallKind. CALL_BUILTIN: Fun's obj->builtin says which.
 *              CALL_CONV: `type` is the target type, Args[0] the operand.
 *              Variadic calls: the callee type has variadic set; without
 *              HasDots the trailing arguments are packed into a slice.
 *              f(g()) with g multi-valued: Args has one N_CALL whose type is
 *              a TY_TUPLE.
 *  N_INDEX     on a map: aux is (void *)1 when the expression is used as
 *              `v, ok := m[k]` (comma-ok); type is then the value type.
 *  N_TYPEASSERT / N_UNARY(<-) likewise: aux (void *)1 for the comma-ok form.
 *  N_COMPOSITELIT  type: the literal's type (also when elided; an elided
 *              `{...}` element of a []*T, [N]*T or map with *T keys/values
 *              has type *T and means &T{...}). Struct literals: each
 *              N_KEYVALUE element has aux = (void *)(intptr_t)(field index
 *              + 1); positional elements are in field order.
 *              Array literal keys have cval set (constant index).
 *  N_FUNCDECL / N_FUNCLIT  aux: FuncInfo*; N_FUNCDECL obj: the FUNC object.
 *              Func literals in package-level initializers are listed in
 *              Package.lits (their FuncInfo.outer is NULL).
 *  N_FIELD in a func's params/results: each name ident has its VAR obj
 *              (unnamed params/results get synthesized objects in FuncInfo).
 *  N_VALUESPEC: Names[i]->obj are the objects; N_TYPESPEC: obj is the TYPE
 *              object; N_IMPORTSPEC: nothing (the PKG object is in the
 *              file's scope, N_FILE aux: Scope*).
 *  N_ASSIGNSTMT with T_DEFINE: each new variable's ident has obj with
 *              obj->decl == that ident; redeclared ones point to the old obj.
 *  N_RANGESTMT aux: RangeInfo*.
 *  N_TYPESWITCHSTMT: each N_CASECLAUSE's aux is the clause's implicit VAR
 *              Obj* (NULL when the switch declares no symbol); its type is
 *              the single case type, or the switch operand's type otherwise.
 *              Case list entries: type expressions (type set), or the nil
 *              ident (type TY_UNTYPED_NIL). The x.(type) node's type is
 *              the operand's interface type; the symbol ident's obj is the
 *              first clause's object.
 *  N_LABELEDSTMT Label->obj is the LABEL object; N_BRANCHSTMT Label->obj too.
 *  N_BRANCHSTMT break/continue without a label: aux is the target statement
 *              (N_FORSTMT / N_RANGESTMT / N_SWITCHSTMT / N_TYPESWITCHSTMT /
 *              N_SELECTSTMT); with a label, also aux = that statement.
 *              fallthrough: aux is the N_CASECLAUSE it ends.
 *
 *  Objects (types.h): VAR objects have escapes set when their address is
 *  taken (&x, auto-& for a pointer-receiver method call, slicing an array
 *  variable) or a func literal captures them (captured set too). Variables
 *  declared in a 3-clause for's init with := are per-iteration (Go 1.22): if
 *  captured, the emitter copies them into a fresh variable each iteration.
 *  Range variables declared with := are per-iteration as well.
 */
#ifndef MINIGO_CHECK_H
#define MINIGO_CHECK_H

#include "types.h"

typedef enum SelKind {
  SEL_NONE,
  SEL_PKG,          /* pkg.Name */
  SEL_FIELD,        /* x.f, possibly through embedded fields */
  SEL_METHOD,       /* x.M of a concrete type: a call or a method value */
  SEL_IFACE_METHOD, /* x.M where the receiver (after path) is an interface */
  SEL_METHOD_EXPR,  /* T.M or (*T).M: a func whose first param is the receiver */
} SelKind;

/*
 * How x.Name was resolved. path[0..npath-1] are field indices walked from
 * x: before each step, when the current value is a pointer (or x itself is
 * a pointer to a struct), it is dereferenced. For SEL_FIELD the last index is
 * the field itself. For methods the path leads to the embedded value that
 * has the method; then `method->ptrRecv` and the value's type there tell
 * whether it needs & (addr) or * (deref).
 */
typedef struct Selection {
  SelKind kind;
  int npath;
  int *path;
  Type *recv;         /* type of the value the final step reaches */
  Method *method;     /* methods: the method (Method.func is its FUNC obj) */
  bool addr;          /* SEL_METHOD: the receiver needs & */
  bool deref;         /* SEL_METHOD: the receiver needs * */
  bool indirect;      /* some path step went through a pointer */
} Selection;

typedef enum CallKind {
  CALL_NONE,
  CALL_CONV,        /* T(x) */
  CALL_BUILTIN,     /* len(x) ... */
  CALL_FUNC,        /* f(x): Fun names a package-level FUNC object */
  CALL_METHOD,      /* x.M(...): static call, Fun is a SEL_METHOD selector */
  CALL_IFACE,       /* x.M(...): dynamic call through an interface */
  CALL_VALUE,       /* f(x): f is a func value (variable, closure, result) */
  CALL_METHOD_EXPR, /* T.M(recv, ...): Fun is a SEL_METHOD_EXPR selector */
} CallKind;

/* Per function (N_FUNCDECL or N_FUNCLIT). */
typedef struct FuncInfo {
  Node *node;
  Type *sig;          /* TY_FUNC (without the receiver for methods) */
  Obj *recv;          /* receiver VAR, NULL for funcs (synthesized if unnamed) */
  Vec params;         /* Obj* VAR, in order (synthesized if unnamed or _) */
  Vec results;        /* Obj* VAR named results (empty when results are unnamed) */
  Vec lits;           /* N_FUNCLIT nodes directly inside, in source order */
  Vec captures;       /* N_FUNCLIT: Obj* of enclosing locals it uses (also
                         through nested literals) */
  struct FuncInfo *outer; /* enclosing function, NULL for a declaration */
  bool hasDefer;
  bool hasRecover;    /* calls recover() directly */
} FuncInfo;

/* for k, v := range X */
typedef enum RangeKind {
  RANGE_INT, RANGE_STRING, RANGE_SLICE, RANGE_ARRAY, RANGE_ARRAY_PTR,
  RANGE_MAP, RANGE_CHAN,
} RangeKind;

typedef struct RangeInfo {
  RangeKind kind;
  Obj *key, *value;   /* declared VARs (:= form), NULL if absent or _ (with
                         `=`, Key and Value are the assigned expressions) */
  Type *keyType, *valueType;
} RangeInfo;

/* Loading (package.c). */
void pkg_set_stdlib_dir(const char *dir);
Package *pkg_load_main(const char *filename);
/* Reads and parses one file (NULL after reporting errors). */
Node *pkg_parse_file(const char *path);
/* Every loaded package, dependencies first, the main package last. */
Vec *pkg_all(void);

/* Checking one parsed package (files already in pkg->files). */
bool check_package(Package *pkg);

/* The method set of t (named type T, or *T via type_pointer) in name order:
 * Selection* entries with kind SEL_METHOD or SEL_IFACE_METHOD (a method
 * promoted from an embedded interface). For the emitter's method tables. */
Vec *check_method_set(Type *t);

/* Field lookup through embedded fields, as for x.name (NULL if none). */
Selection *check_lookup(Type *t, const char *name);

#endif
