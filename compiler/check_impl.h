/*
 * check_impl.h - state and functions shared by the checker's files.
 */
#ifndef MINIGO_CHECK_IMPL_H
#define MINIGO_CHECK_IMPL_H

#include "check.h"
#include "diag.h"
#include "parse.h"

/* What an expression denotes, as go/types' operand modes. */
typedef enum Mode {
  M_INVALID,  /* an error was reported already */
  M_NOVALUE,  /* call of a func without results */
  M_BUILTIN,
  M_TYPE,
  M_CONST,
  M_VAR,      /* addressable */
  M_MAPINDEX,
  M_VALUE,
  M_COMMAOK,  /* may be used in a v, ok form */
} Mode;

typedef struct Operand {
  Mode mode;
  Type *type;
  Const *val;
  Node *expr;
  Builtin id;
} Operand;

/* Package-level declaration info (Obj.check). */
typedef struct DeclInfo {
  Node *spec;         /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL */
  int index;          /* position in spec->Names */
  Node *typeExpr, *init;
  int64_t iota;
  Scope *fileScope;
  Vec deps;           /* Obj* package-level VARs and FUNCs referenced */
  int color;          /* 0 white, 1 grey (in progress), 2 black */
  Vec lhs;            /* var a, b = f(): all lhs objects */
} DeclInfo;

typedef struct Checker {
  Package *pkg;
  Scope *scope;
  FuncInfo *func;     /* current function, NULL at package level */
  DeclInfo *decl;     /* package-level declaration being checked */
  int64_t iota;
  bool inConst;
  Vec breakable;      /* Node*: enclosing for/range/switch/select */
  Vec errors;         /* buffered errors, sorted before printing */
} Checker;

extern Checker ck;

/* check.c */
void check_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_flush_errors(void);
Obj *check_declare(Scope *s, Obj *o, Pos pos);
void check_open_scope(void);
void check_close_scope(void);
void check_report_unused(Scope *s);
const char *tstr(Type *t);

/* check_fmt.c: go/types' text for expressions and operands */
const char *expr_string(Node *n);
const char *operand_string(Operand *x);
Pos expr_pos(Node *n);
const char *types_summary(Vec *types, bool variadic);

/* check_const.c */
Const *const_int(__int128 v);
Const *const_float(long double v);
Const *const_bool(bool v);
Const *const_string(const char *s, int64_t len);
Const *const_from_lit(Node *lit, Type **type);
Const *const_unary(int op, Const *x, Type *t);
Const *const_binary(int op, Const *x, Const *y, bool intDiv);
Const *const_shift(int op, Const *x, uint64_t s);
bool const_compare(int op, Const *x, Const *y);
/* Converts c to type t (basic or untyped); NULL if not representable.
 * *rounded is set when a float did not fit exactly in an integer. */
Const *const_represent(Const *c, Type *t, bool *truncated);
const char *const_string_go(Const *c);
bool const_is_int_valued(Const *c);

/* check_types.c: type expressions */
Type *check_type(Node *n);
Type *check_type_or_nil(Node *n, bool reportNotType);
Type *check_func_type(Node *n, FuncInfo *fi);
void check_named_underlying(Type *named, Node *spec);

/* check_expr.c */
void check_expr_raw(Operand *x, Node *n, Type *hint);
void check_expr(Operand *x, Node *n);
void check_expr_hint(Operand *x, Node *n, Type *hint);
void check_expr_or_type(Operand *x, Node *n);
void check_multi_expr(Operand *x, Node *n);
void check_expr_any(Operand *x, Node *n, bool allowMulti, bool allowType, Type *hint);
void convert_untyped(Operand *x, Type *target);
void set_final_type(Node *n, Type *t);
void check_use_exprs(Vec *v);
void mark_escapes(Node *n);
void check_comparison(Operand *x, Operand *y, int op, Node *e);
bool check_index_value(Node *idx, int64_t max, int64_t *out);

/* check_call.c */
void check_call(Operand *x, Node *call);
void check_conversion(Operand *x, Type *t, Node *call);
void check_builtin(Operand *x, Node *call, Builtin id);
bool is_convertible(Operand *x, Type *t);

/* check_assign.c */
bool assignable(Operand *x, Type *t, const char **reason);
void check_assignment(Operand *x, Type *t, const char *context);
void check_assign_stmt(Node *s);
void check_define(Vec *lhs, Vec *rhs, Pos pos);
void check_init_vars(Vec *lhs, Vec *rhs, Pos pos, bool define);
void check_assign_var(Node *lhs, Operand *x);
void check_incdec(Node *s);
bool convert_untyped_assign(Operand *x, Type *target, const char *context);
void assignment_mismatch(Pos pos, int nl, int nr, Node *rhs0);

/* check_lookup.c */
Selection *lookup_field_or_method(Type *t, const char *name,
                                  bool *ambiguous);
bool implements(Type *t, Type *iface, const char **reason);
Method *iface_method(Type *iface, const char *name);
bool exported_to(const char *name, Type *t);
void check_selector(Operand *x, Node *n);

/* check_stmt.c */
void check_func_body(FuncInfo *fi, Node *body);
void check_stmt(Node *s);
void check_block(Node *b);

/* check_decl.c */
void check_obj(Obj *o);
void check_local_decl(Node *decl);
void check_record_use(Obj *o);
bool check_type_cycle(Type *t);
void report_type_cycle(Vec *cycle);
FuncInfo *func_info_new(Node *n, FuncInfo *outer);

#endif
