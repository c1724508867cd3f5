/*
 * emit_int.h - state and helpers shared by the emitter's files
 * (emit.c, emit_type.c, emit_expr.c, emit_call.c, emit_stmt.c, emit_func.c).
 *
 * Expressions are emitted as C expression text; whatever must happen
 * before (calls hoisted into temporaries so that they run in Go's
 * left-to-right order, bounds checks on temporaries) is written as
 * statements to the current function's output first.
 */
#ifndef MINIGO_EMIT_INT_H
#define MINIGO_EMIT_INT_H

#include <stdarg.h>
#include "check.h"
#include "diag.h"
#include "emit.h"
#include "parse.h"

/* ---- text buffers and a pointer-keyed map (emit.c) */
typedef struct Buf {
  char *s;
  size_t len, cap;
} Buf;
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_puts(Buf *b, const char *s);

typedef struct PMap {
  const void **keys;
  void **vals;
  int cap, len;
} PMap;
void *pmap_get(PMap *m, const void *key);
void pmap_put(PMap *m, const void *key, void *val);

/* ---- program-wide state */
typedef struct Emit {
  const EmitOptions *opt;
  Buf fwd;      /* typedefs */
  Buf defs;     /* struct bodies */
  Buf descs;    /* type descriptors, method tables */
  Buf protos;   /* prototypes */
  Buf globals;  /* package variables */
  Buf funcs;    /* function bodies, wrappers */
  int nwrap;    /* counter for wrapper and closure type names */
  bool failed;
} Emit;
extern Emit E;

/* Reports "minigo does not support <what> yet" at pos. */
void emit_unsupported(Pos pos, const char *what);

/* ---- the function being emitted */
typedef struct Fn {
  struct Fn *outer;
  FuncInfo *fi;
  const char *cname;   /* C name of the function */
  const char *goname;  /* Go name, "main.main.func1" */
  Type *sig;
  Buf body;
  Buf *out;            /* where statements go (body, or a nested buffer) */
  int indent;
  Pos pos;             /* of the statement being emitted */
  bool posFresh;       /* no line written since its #line */
  int ntemp, nlit;
  PMap names;          /* interned Go name -> uses, for unique C names */
  PMap labels;         /* branch target statement -> label number */
  int nlabel;
  Vec results;         /* char*: C lvalue of each result */
  const char *retc;    /* C return type */
  bool hasDefer;
  bool isLit;          /* a func literal: reads captures through _cl */
} Fn;
extern Fn *F;

void out_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void out_pos(Pos pos);                 /* #line before a statement */
const char *line_directive(Pos pos);   /* "#line N \"file\"\n", or "" */
/* text with pos's #line before each of its lines: code that a Go line
 * stands for as a whole (wrappers, thunks). */
const char *pin_lines(Pos pos, const char *text);
const char *new_temp(void);            /* "_tN" */
/* Declares `ctype _tN = init;` and returns _tN. */
const char *temp_var(const char *ctype, const char *init);
/* C spelling of a Go identifier: name itself, or name__ when that could
 * clash with C or generated names (see emit.c). */
const char *go_ident(const char *name);
/* Gives a local its C name, unique in the function. */
const char *local_cname(Obj *o);
const char *c_string_lit(const char *s, int64_t len);  /* "..." escaped */
const char *pkg_id(const char *path);

/* ---- types (emit_type.c) */
const char *ctype(Type *t);            /* C spelling of a Go type */
const char *tdesc(Type *t);            /* "&mgt_N": its descriptor, emitted once */
const char *type_name(Type *t);        /* as %T and reflect print it */
const char *ret_ctype(Type *sig);      /* void, T, or the results' tuple struct */
const char *tuple_ctype(Vec *types);
/* C name of field i of struct type st: its go_ident; blank fields, which
 * may repeat, _blankI. */
const char *cfield(Type *st, int i);
bool ptr_shaped(Type *t);              /* held directly in an interface data word */
const char *zero_of(Type *t);          /* "(T){0}" */
const char *zero_init(Type *t);        /* "{0}", or "{}" for aggregates */
/* Ensures the struct body of t (and what it holds by value) is defined. */
void type_define(Type *t);
/* Declares struct <cname>__ret for a func with several results. */
void ret_struct(const char *cname, Type *sig);
/* Emits the descriptors requested so far; false when none was pending. */
bool emit_types_pending(void);
/* Writes the struct bodies and the descriptors emitted. */
void emit_types_finish(Buf *out);
void emit_types_reset(void);
Type *under(Type *t);

/* ---- functions (emit_func.c) */
/* C name of a FUNC object; marks it used (prototype, body queued). */
const char *func_cname(Obj *fn);
bool func_used(Obj *fn);
/* Emits the queued bodies of used functions; false when none was queued. */
bool emit_pending_funcs(void);
void emit_funcdecl(Node *fd, const char *cname);
const char *emit_funclit(Node *lit);   /* closure value */
const char *func_value(Obj *fn);       /* a top-level func as a value */
const char *method_value(Node *sel);   /* x.M as a value (bound receiver) */
const char *method_expr(Node *sel);    /* T.M as a value */
/* Params of a C function for sig: "mg_func *_clo, int64_t a" style text;
 * names from objs (Obj*) when given, else p0, p1... */
const char *params_text(const char *first, Type *sig, Vec *objs);
/* The wrapper `R w(void *data, params)` that an interface method table
 * holds for method sel of concrete type t. Returns its name. */
const char *method_wrapper(Type *t, Selection *sel);
/* A value of function type: expression that evaluates to mg_func *. */
const char *call_value_text(const char *fnval, Type *sig, Vec *args);
void emit_go_defer(Node *stmt);
/* recover() in the current function: a declared function also answers
 * when deferred through one of its wrappers (interface method, method
 * value, func value), which are transparent as in Go. */
const char *recover_text(void);
/* The code-address tables recover_text refers to. */
void emit_recover_tables(Buf *out);
void emit_func_reset(void);
/* Go's name of a function as tracebacks print it: "main.(*T).M". */
const char *go_name(Obj *fn, FuncInfo *fi);
/* `(R){r0, r1}` or `r0` from the current function's result slots. */
const char *results_value(void);
/* Walks `steps` embedded-field steps of selection s from x (type xt). */
const char *sel_walk(const char *x, Type *xt, Selection *s, int steps, Type **out);
/* The receiver argument for method selection s applied to x (& or *). */
const char *sel_receiver(const char *x, Type *xt, Selection *s, Type **out);
/* The call of method s on receiver text r; *direct tells whether it
 * returns struct <f>__ret (a direct call) or the results' tuple. */
const char *method_call_text(Selection *s, const char *r, const char *args, bool *direct);

/* ---- statements (emit_stmt.c) */
void emit_block(Node *block);
void emit_stmts(Vec *list);
void emit_stmt(Node *s);

/* ---- expressions (emit_expr.c, emit_call.c) */
const char *emit_expr(Node *n);
/* n's value converted as for an assignment to type `to` (boxing into
 * interfaces, identical-underlying struct types, nil). */
const char *emit_expr_to(Node *n, Type *to);
const char *conv_assign(const char *c, Type *from, Type *to);
const char *emit_addr(Node *n);         /* &lvalue */
const char *emit_const(Const *c, Type *t);
const char *emit_equal(const char *l, Type *lt, const char *r, Type *rt);
const char *var_ref(Obj *o);
/* Stores c into the Go lvalue n (map index, blank, variables...). */
void emit_store(Node *lhs, const char *c, Type *ct);
void emit_discard(Node *r);
/* A call expression; NULL when it has no value (void). At statement level
 * (stmt true) the call is written as a statement. */
const char *emit_call(Node *call, bool stmt);
const char *emit_builtin(Node *call, bool stmt);
/* For go and defer: evaluates the callee and arguments now and returns the
 * statement text that performs the call from the saved values. */
typedef struct Deferred {
  Vec fields;   /* char*: C type + name of each saved value */
  Vec inits;    /* char*: the value to save */
  Vec types;    /* Type*: the type of each saved value */
  const char *call;    /* thunk statements reading the saved values _a->fN */
  const char *callee;  /* C function for recover(), or "NULL" */
  const char *goname;  /* Go name of the called function */
} Deferred;
void prepare_deferred(Node *call, Deferred *d);
/* The comma-ok forms: v, ok := m[k] / x.(T) / <-c. Returns the tuple
 * temp with fields r0 (value) and r1 (ok). */
const char *emit_commaok(Node *n);
Type *commaok_type(Node *n);
/* Whether interface x holds a value of type t (C boolean expression). */
const char *type_test(const char *x, Type *t);  /* the value's type in a comma-ok form */
bool is_blank(Node *n);

#endif
