/*
 * ast.h - the syntax tree that the parser builds, the checker annotates and
 * the emitter walks. Field names follow Go's go/ast package.
 */
#ifndef MINIGO_AST_H
#define MINIGO_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Node Node;
typedef struct Type Type;
typedef struct Obj Obj;
typedef struct Const Const;

/* A growable array of pointers; ast.c owns the helpers. */
typedef struct Vec {
  void **data;
  int len, cap;
} Vec;

void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v)->data[i])

/* Source position: file name interned, 1-based line and column (bytes). */
typedef struct Pos {
  const char *file;
  int line, col;
} Pos;

typedef enum NodeKind {
  /* expressions */
  N_BAD,
  N_IDENT,        /* Name; Obj after checking */
  N_BASICLIT,     /* litKind + Lit: source text; LIT_STRING: decoded value and
                     LitLen; LIT_CHAR: RuneVal too */
  N_COMPOSITELIT, /* Type (may be NULL when elided), Elts */
  N_FUNCLIT,      /* Type (N_FUNCTYPE), Body */
  N_PAREN,        /* X */
  N_SELECTOR,     /* X.Name; pos is that of Name */
  N_INDEX,        /* X[Index] */
  N_SLICE,        /* X[Low:High:Max], Slice3 */
  N_TYPEASSERT,   /* X.(Type); Type NULL for X.(type) in a type switch */
  N_CALL,         /* Fun(Args), HasDots for f(xs...) */
  N_STAR,         /* *X: dereference or pointer type */
  N_UNARY,        /* Op X  (+ - ! ^ & <-) */
  N_BINARY,       /* X Op Y */
  N_KEYVALUE,     /* Key: Value inside a composite literal */
  N_ELLIPSIS,     /* ...Elt in a parameter list; [...]T uses it as Len */
  /* type expressions */
  N_ARRAYTYPE,    /* [Len]Elt; Len NULL for a slice type */
  N_STRUCTTYPE,   /* Fields: N_FIELD list */
  N_FUNCTYPE,     /* Params, Results: N_FIELD lists */
  N_INTERFACETYPE,/* Methods: N_FIELD list (Names = method; or embedded Type) */
  N_MAPTYPE,      /* map[Key]Value */
  N_CHANTYPE,     /* chan Value, Dir */
  N_FIELD,        /* Names (N_IDENT list, empty if anonymous/embedded), Type, FieldTag */
  /* statements */
  N_DECLSTMT,     /* Decl */
  N_EMPTYSTMT,
  N_LABELEDSTMT,  /* Label: Stmt */
  N_EXPRSTMT,     /* X */
  N_SENDSTMT,     /* Chan <- Value */
  N_INCDECSTMT,   /* X++ / X--: Op is T_INC or T_DEC */
  N_ASSIGNSTMT,   /* Lhs Op Rhs; Op T_ASSIGN, T_DEFINE or T_ADD_ASSIGN... */
  N_GOSTMT,       /* go X (X is the N_CALL) */
  N_DEFERSTMT,    /* defer X (X is the N_CALL) */
  N_RETURNSTMT,   /* Results */
  N_BRANCHSTMT,   /* Op (T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH), Label */
  N_BLOCKSTMT,    /* List */
  N_IFSTMT,       /* if Init; Cond Body else Else */
  N_CASECLAUSE,   /* case List: Body (N_BLOCKSTMT at the colon); IsDefault */
  N_SWITCHSTMT,   /* switch Init; Tag { Body of N_CASECLAUSE } */
  N_TYPESWITCHSTMT,/* switch Init; Assign { Body }; Assign is N_ASSIGNSTMT or N_EXPRSTMT of X.(type) */
  N_COMMCLAUSE,   /* case Comm: Body; Comm NULL and IsDefault => default;
                     Comm is N_SENDSTMT, N_EXPRSTMT (<-c) or N_ASSIGNSTMT */
  N_SELECTSTMT,   /* select { Body of N_COMMCLAUSE } */
  N_FORSTMT,      /* for Init; Cond; Post Body */
  N_RANGESTMT,    /* for Key, Value Tok range X Body; Tok T_DEFINE, T_ASSIGN or 0 */
  /* declarations */
  N_IMPORTSPEC,   /* Name (alias or NULL), Path (unquoted) */
  N_VALUESPEC,    /* Names, Type, Values, Iota; in a const or var GenDecl.
                     Implicit: a const spec without Type and Values, which
                     repeats those of the previous spec in its group */
  N_TYPESPEC,     /* Name, Type, IsAlias */
  N_GENDECL,      /* Tok (T_IMPORT T_CONST T_TYPE T_VAR), Specs */
  N_FUNCDECL,     /* Recv (N_FIELD list, empty for a func), Name, Type, Body
                     (NULL if no body); pos is that of Name */
  N_FILE,         /* package Name; Imports (N_IMPORTSPEC), Decls (N_GENDECL
                     of const/type/var and N_FUNCDECL; imports not repeated) */
} NodeKind;

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;

typedef enum ChanDir { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

/*
 * Positions (pos) follow gc's syntax package, which is where gc reports
 * errors: the operator of N_BINARY, N_UNARY, N_ASSIGNSTMT, N_INCDECSTMT and
 * N_SENDSTMT; `(` of N_CALL and N_PAREN; `[` of N_INDEX, N_SLICE and
 * N_ARRAYTYPE; `.` of N_TYPEASSERT; `{` of N_COMPOSITELIT and N_BLOCKSTMT;
 * `:` of N_KEYVALUE; the keyword, label or first token of other statements;
 * the keyword of N_GENDECL; the first name of specs and fields; the
 * selected name of N_SELECTOR; the name of N_FUNCDECL. ast_start_pos gives
 * the leftmost position.
 *
 * One struct for every kind of node, as in chibicc. Each kind uses the
 * fields listed beside it in NodeKind; the rest stay zero.
 */
struct Node {
  NodeKind kind;
  Pos pos;

  /* names and literals */
  const char *Name;     /* interned identifier text */
  LitKind litKind;
  const char *Lit;      /* literal source text, or decoded string value */
  int64_t LitLen;       /* byte length of a decoded string literal (may hold NULs) */
  int64_t RuneVal;      /* LIT_CHAR: the rune's value */
  const char *Path;     /* import path */
  const char *FieldTag; /* struct field tag (decoded) */
  int Op;               /* token kind, see lex.h */

  Pos End;              /* the closing ) or }: N_CALL, N_COMPOSITELIT, N_BLOCKSTMT */

  /* sub-expressions */
  Node *X, *Y;
  Node *Index, *Low, *High, *Max;
  Node *Fun;
  Node *Key, *Value;
  Node *Type;
  Node *Len, *Elt;
  Node *Chan;
  Node *Label;          /* N_IDENT */
  Node *Stmt;
  Node *Cond, *Init, *Post, *Else;
  Node *Tag;            /* switch tag expression */
  Node *Body;           /* N_BLOCKSTMT */
  Node *Comm;
  Node *Assign;
  Node *Decl;
  Vec Args, Elts, Names, Values, Results, Params, Fields, Methods;
  Vec List, Lhs, Rhs, Specs, Imports, Decls, Recv;

  ChanDir Dir;
  int Tok;              /* GenDecl/RangeStmt token */
  int64_t Iota;         /* iota value of a const spec */
  bool HasDots;         /* f(x...) */
  bool Slice3;          /* x[a:b:c] */
  bool IsAlias;         /* type A = B */
  bool IsDefault;       /* default: */
  bool Implicit;        /* const spec that repeats the previous expression list */
  bool IsLBody;         /* composite literal parsed where LBODY rules apply */

  /* filled by the checker */
  Type *type;           /* type of an expression, or the type a type expr denotes */
  Const *cval;          /* constant value, or NULL */
  Obj *obj;             /* N_IDENT: the object it denotes; decls: the declared object */
  int sel;              /* N_SELECTOR / N_CALL resolution, see check.h */
  void *aux;            /* checker/emitter data for this node (see check.h) */
};

Node *ast_new(NodeKind kind, Pos pos);
const char *ast_kind_name(NodeKind kind);
/* Writes an S-expression dump, for parser tests and `minigo emit -ast`. */
void ast_dump(const Node *n, FILE *out);

/* Leftmost source position of an expression or statement (Go's
 * syntax.StartPos): for `a.b + c` the position of `a`. */
Pos ast_start_pos(const Node *n);

/* Source form of an expression or simple statement as gc prints it in
 * error messages (composite literal and function bodies shown as `…`).
 * Returns a new heap string. */
char *ast_expr_string(const Node *n);
char *ast_stmt_string(const Node *n);

#endif
