/*
 * ast.c - node allocation, the S-expression dump, start positions and the
 * gc-style source printer used in error messages.
 */
#include "ast.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex.h"

void vec_push(Vec *v, void *item) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 4;
    v->data = xrealloc(v->data, (size_t)v->cap * sizeof *v->data);
  }
  v->data[v->len++] = item;
}

Node *ast_new(NodeKind kind, Pos pos) {
  Node *n = xmalloc(sizeof *n);
  n->kind = kind;
  n->pos = pos;
  return n;
}

static const char *const kind_names[] = {
  [N_BAD] = "bad", [N_IDENT] = "ident", [N_BASICLIT] = "lit",
  [N_COMPOSITELIT] = "composite", [N_FUNCLIT] = "funclit", [N_PAREN] = "paren",
  [N_SELECTOR] = "sel", [N_INDEX] = "index", [N_SLICE] = "slice",
  [N_TYPEASSERT] = "assert", [N_CALL] = "call", [N_STAR] = "star",
  [N_UNARY] = "unary", [N_BINARY] = "binary", [N_KEYVALUE] = "kv",
  [N_ELLIPSIS] = "ellipsis", [N_ARRAYTYPE] = "array", [N_STRUCTTYPE] = "struct",
  [N_FUNCTYPE] = "functype", [N_INTERFACETYPE] = "interface", [N_MAPTYPE] = "map",
  [N_CHANTYPE] = "chan", [N_FIELD] = "field", [N_DECLSTMT] = "declstmt",
  [N_EMPTYSTMT] = "empty", [N_LABELEDSTMT] = "labeled", [N_EXPRSTMT] = "expr",
  [N_SENDSTMT] = "send", [N_INCDECSTMT] = "incdec", [N_ASSIGNSTMT] = "assign",
  [N_GOSTMT] = "go", [N_DEFERSTMT] = "defer", [N_RETURNSTMT] = "return",
  [N_BRANCHSTMT] = "branch", [N_BLOCKSTMT] = "block", [N_IFSTMT] = "if",
  [N_CASECLAUSE] = "case", [N_SWITCHSTMT] = "switch",
  [N_TYPESWITCHSTMT] = "typeswitch", [N_COMMCLAUSE] = "comm",
  [N_SELECTSTMT] = "select", [N_FORSTMT] = "for", [N_RANGESTMT] = "range",
  [N_IMPORTSPEC] = "import", [N_VALUESPEC] = "valuespec", [N_TYPESPEC] = "typespec",
  [N_GENDECL] = "gendecl", [N_FUNCDECL] = "funcdecl", [N_FILE] = "file",
};

const char *ast_kind_name(NodeKind kind) {
  if ((unsigned)kind < sizeof kind_names / sizeof kind_names[0] && kind_names[kind])
    return kind_names[kind];
  return "?";
}

/* ---- dump ---- */

static void dump_quoted(const char *s, int64_t n, FILE *out) {
  fputc('"', out);
  for (int64_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", out);
    else if (c < 0x20 || c == 0x7F)
      fprintf(out, "\\x%02x", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

static void dump(const Node *n, FILE *out);

/* A child that may be absent prints as nil. */
static void dump_opt(const Node *n, FILE *out) {
  fputc(' ', out);
  if (n)
    dump(n, out);
  else
    fputs("nil", out);
}

static void dump_each(const Vec *v, FILE *out) {
  for (int i = 0; i < v->len; i++) dump_opt(v->data[i], out);
}

/* A list as its own parenthesised group: (a b c). */
static void dump_list(const Vec *v, FILE *out) {
  fputs(" (", out);
  for (int i = 0; i < v->len; i++) {
    if (i) fputc(' ', out);
    dump(v->data[i], out);
  }
  fputc(')', out);
}

static const char *lit_kind_name(LitKind k) {
  static const char *const names[] = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"};
  return names[k];
}

static const char *dir_name(ChanDir d) {
  return d == CHAN_SEND ? "send" : d == CHAN_RECV ? "recv" : "both";
}

static void dump(const Node *n, FILE *out) {
  fprintf(out, "(%s", ast_kind_name(n->kind));
  switch (n->kind) {
  case N_BAD: case N_EMPTYSTMT: break;
  case N_IDENT: fprintf(out, " %s", n->Name); break;
  case N_BASICLIT:
    fprintf(out, " %s ", lit_kind_name(n->litKind));
    if (n->litKind == LIT_STRING)
      dump_quoted(n->Lit, n->LitLen, out);
    else
      fputs(n->Lit, out);
    break;
  case N_COMPOSITELIT: dump_opt(n->Type, out); dump_each(&n->Elts, out); break;
  case N_FUNCLIT: dump_opt(n->Type, out); dump_opt(n->Body, out); break;
  case N_PAREN: case N_STAR: case N_EXPRSTMT: case N_GOSTMT: case N_DEFERSTMT:
    dump_opt(n->X, out);
    break;
  case N_SELECTOR: dump_opt(n->X, out); fprintf(out, " %s", n->Name); break;
  case N_INDEX: dump_opt(n->X, out); dump_opt(n->Index, out); break;
  case N_SLICE:
    dump_opt(n->X, out); dump_opt(n->Low, out); dump_opt(n->High, out);
    if (n->Slice3) dump_opt(n->Max, out);
    break;
  case N_TYPEASSERT:
    dump_opt(n->X, out);
    if (n->Type) dump_opt(n->Type, out); else fputs(" type", out);
    break;
  case N_CALL:
    dump_opt(n->Fun, out); dump_each(&n->Args, out);
    if (n->HasDots) fputs(" ...", out);
    break;
  case N_UNARY: case N_INCDECSTMT:
    fprintf(out, " %s", tok_string(n->Op)); dump_opt(n->X, out);
    break;
  case N_BINARY:
    fprintf(out, " %s", tok_string(n->Op)); dump_opt(n->X, out); dump_opt(n->Y, out);
    break;
  case N_KEYVALUE: dump_opt(n->Key, out); dump_opt(n->Value, out); break;
  case N_ELLIPSIS: dump_opt(n->Elt, out); break;
  case N_ARRAYTYPE: dump_opt(n->Len, out); dump_opt(n->Elt, out); break;
  case N_STRUCTTYPE: dump_each(&n->Fields, out); break;
  case N_FUNCTYPE: dump_list(&n->Params, out); dump_list(&n->Results, out); break;
  case N_INTERFACETYPE: dump_each(&n->Methods, out); break;
  case N_MAPTYPE: dump_opt(n->Key, out); dump_opt(n->Value, out); break;
  case N_CHANTYPE: fprintf(out, " %s", dir_name(n->Dir)); dump_opt(n->Value, out); break;
  case N_FIELD:
    dump_list(&n->Names, out); dump_opt(n->Type, out);
    if (n->FieldTag) { fputc(' ', out); dump_quoted(n->FieldTag, (int64_t)strlen(n->FieldTag), out); }
    break;
  case N_DECLSTMT: dump_opt(n->Decl, out); break;
  case N_LABELEDSTMT: dump_opt(n->Label, out); dump_opt(n->Stmt, out); break;
  case N_SENDSTMT: dump_opt(n->Chan, out); dump_opt(n->Value, out); break;
  case N_ASSIGNSTMT:
    fprintf(out, " %s", tok_string(n->Op)); dump_list(&n->Lhs, out); dump_list(&n->Rhs, out);
    break;
  case N_RETURNSTMT: dump_each(&n->Results, out); break;
  case N_BRANCHSTMT:
    fprintf(out, " %s", tok_string(n->Op));
    if (n->Label) dump_opt(n->Label, out);
    break;
  case N_BLOCKSTMT: dump_each(&n->List, out); break;
  case N_IFSTMT:
    dump_opt(n->Init, out); dump_opt(n->Cond, out); dump_opt(n->Body, out); dump_opt(n->Else, out);
    break;
  case N_CASECLAUSE:
    if (n->IsDefault) fputs(" default", out); else dump_list(&n->List, out);
    dump_opt(n->Body, out);
    break;
  case N_SWITCHSTMT: dump_opt(n->Init, out); dump_opt(n->Tag, out); dump_opt(n->Body, out); break;
  case N_TYPESWITCHSTMT:
    dump_opt(n->Init, out); dump_opt(n->Assign, out); dump_opt(n->Body, out);
    break;
  case N_COMMCLAUSE:
    if (n->IsDefault) fputs(" default", out); else dump_opt(n->Comm, out);
    dump_opt(n->Body, out);
    break;
  case N_SELECTSTMT: dump_opt(n->Body, out); break;
  case N_FORSTMT:
    dump_opt(n->Init, out); dump_opt(n->Cond, out); dump_opt(n->Post, out); dump_opt(n->Body, out);
    break;
  case N_RANGESTMT:
    dump_opt(n->Key, out); dump_opt(n->Value, out);
    fprintf(out, " %s", n->Tok ? tok_string(n->Tok) : "_");
    dump_opt(n->X, out); dump_opt(n->Body, out);
    break;
  case N_IMPORTSPEC:
    fprintf(out, " %s ", n->Name ? n->Name : "_default");
    dump_quoted(n->Path, (int64_t)strlen(n->Path), out);
    break;
  case N_VALUESPEC:
    dump_list(&n->Names, out); dump_opt(n->Type, out); dump_list(&n->Values, out);
    if (n->Iota || n->Implicit) fprintf(out, " iota=%lld", (long long)n->Iota);
    if (n->Implicit) fputs(" implicit", out);
    break;
  case N_TYPESPEC:
    fprintf(out, " %s%s", n->IsAlias ? "= " : "", n->Name); dump_opt(n->Type, out);
    break;
  case N_GENDECL: fprintf(out, " %s", tok_string(n->Tok)); dump_each(&n->Specs, out); break;
  case N_FUNCDECL:
    if (n->Recv.len) dump_list(&n->Recv, out);
    fprintf(out, " %s", n->Name); dump_opt(n->Type, out); dump_opt(n->Body, out);
    break;
  case N_FILE:
    fprintf(out, " %s", n->Name); dump_list(&n->Imports, out); dump_each(&n->Decls, out);
    break;
  }
  fputc(')', out);
}

void ast_dump(const Node *n, FILE *out) {
  if (n)
    dump(n, out);
  else
    fputs("nil", out);
}

/* ---- positions ---- */

Pos ast_start_pos(const Node *n) {
  for (;;) {
    switch (n->kind) {
    case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_BINARY:
      n = n->X;
      break;
    case N_CALL: n = n->Fun; break;
    case N_COMPOSITELIT:
      if (!n->Type) return n->pos;
      n = n->Type;
      break;
    case N_KEYVALUE: n = n->Key; break;
    case N_EXPRSTMT: n = n->X; break;
    case N_SENDSTMT: n = n->Chan; break;
    case N_INCDECSTMT: n = n->X; break;
    case N_ASSIGNSTMT:
      if (!n->Lhs.len) return n->pos;
      n = n->Lhs.data[0];
      break;
    default:
      return n->pos;
    }
  }
}

/* ---- printer ---- */

typedef struct Printer {
  char *buf;
  size_t len, cap;
} Printer;

static void pr(Printer *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void pr(Printer *p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (p->len + (size_t)n + 1 > p->cap) {
    p->cap = (p->len + (size_t)n + 1) * 2;
    p->buf = xrealloc(p->buf, p->cap);
  }
  va_start(ap, fmt);
  vsnprintf(p->buf + p->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  p->len += (size_t)n;
}

static void pr_expr(Printer *p, const Node *n);

static void pr_exprs(Printer *p, const Vec *v) {
  for (int i = 0; i < v->len; i++) {
    if (i) pr(p, ", ");
    pr_expr(p, v->data[i]);
  }
}

static void pr_fields(Printer *p, const Vec *v, const char *sep) {
  for (int i = 0; i < v->len; i++) {
    const Node *f = v->data[i];
    if (i) pr(p, "%s", sep);
    pr_exprs(p, &f->Names);
    if (f->Names.len) pr(p, " ");
    pr_expr(p, f->Type);
  }
}

static void pr_signature(Printer *p, const Node *ft) {
  pr(p, "(");
  pr_fields(p, &ft->Params, ", ");
  pr(p, ")");
  const Vec *r = &ft->Results;
  if (r->len == 1 && !((Node *)r->data[0])->Names.len) {
    pr(p, " ");
    pr_expr(p, ((Node *)r->data[0])->Type);
  } else if (r->len) {
    pr(p, " (");
    pr_fields(p, r, ", ");
    pr(p, ")");
  }
}

static void pr_expr(Printer *p, const Node *n) {
  if (!n) return;
  switch (n->kind) {
  case N_IDENT: pr(p, "%s", n->Name); break;
  case N_BASICLIT:
    if (n->litKind == LIT_STRING) {
      pr(p, "\"");
      for (int64_t i = 0; i < n->LitLen; i++) {
        unsigned char c = (unsigned char)n->Lit[i];
        if (c == '"' || c == '\\') pr(p, "\\%c", c);
        else if (c == '\n') pr(p, "\\n");
        else if (c < 0x20 || c == 0x7F) pr(p, "\\x%02x", c);
        else pr(p, "%c", c);
      }
      pr(p, "\"");
    } else {
      pr(p, "%s", n->Lit);
    }
    break;
  case N_COMPOSITELIT:
    pr_expr(p, n->Type);
    pr(p, n->Elts.len ? "{…}" : "{}");
    break;
  case N_FUNCLIT: pr(p, "func"); pr_signature(p, n->Type); pr(p, " {…}"); break;
  case N_PAREN: pr(p, "("); pr_expr(p, n->X); pr(p, ")"); break;
  case N_SELECTOR: pr_expr(p, n->X); pr(p, ".%s", n->Name); break;
  case N_INDEX: pr_expr(p, n->X); pr(p, "["); pr_expr(p, n->Index); pr(p, "]"); break;
  case N_SLICE:
    pr_expr(p, n->X); pr(p, "["); pr_expr(p, n->Low); pr(p, ":"); pr_expr(p, n->High);
    if (n->Slice3) { pr(p, ":"); pr_expr(p, n->Max); }
    pr(p, "]");
    break;
  case N_TYPEASSERT:
    pr_expr(p, n->X); pr(p, ".(");
    if (n->Type) pr_expr(p, n->Type); else pr(p, "type");
    pr(p, ")");
    break;
  case N_CALL:
    pr_expr(p, n->Fun); pr(p, "("); pr_exprs(p, &n->Args);
    pr(p, "%s)", n->HasDots ? "..." : "");
    break;
  case N_STAR: pr(p, "*"); pr_expr(p, n->X); break;
  case N_UNARY: pr(p, "%s", tok_string(n->Op)); pr_expr(p, n->X); break;
  case N_BINARY:
    pr_expr(p, n->X); pr(p, " %s ", tok_string(n->Op)); pr_expr(p, n->Y);
    break;
  case N_KEYVALUE: pr_expr(p, n->Key); pr(p, ": "); pr_expr(p, n->Value); break;
  case N_ELLIPSIS: pr(p, "..."); pr_expr(p, n->Elt); break;
  case N_ARRAYTYPE: pr(p, "["); pr_expr(p, n->Len); pr(p, "]"); pr_expr(p, n->Elt); break;
  case N_STRUCTTYPE: pr(p, "struct{"); pr_fields(p, &n->Fields, "; "); pr(p, "}"); break;
  case N_INTERFACETYPE:
    pr(p, "interface{");
    for (int i = 0; i < n->Methods.len; i++) {
      const Node *m = n->Methods.data[i];
      if (i) pr(p, "; ");
      if (m->Names.len) {
        pr_expr(p, m->Names.data[0]);
        pr_signature(p, m->Type);
      } else {
        pr_expr(p, m->Type);
      }
    }
    pr(p, "}");
    break;
  case N_FUNCTYPE: pr(p, "func"); pr_signature(p, n); break;
  case N_MAPTYPE: pr(p, "map["); pr_expr(p, n->Key); pr(p, "]"); pr_expr(p, n->Value); break;
  case N_CHANTYPE:
    pr(p, n->Dir == CHAN_RECV ? "<-chan " : n->Dir == CHAN_SEND ? "chan<- " : "chan ");
    pr_expr(p, n->Value);
    break;
  default:
    pr(p, "%s", ast_kind_name(n->kind));
  }
}

char *ast_expr_string(const Node *n) {
  Printer p = {0};
  pr(&p, "%s", "");
  pr_expr(&p, n);
  return p.buf;
}

char *ast_stmt_string(const Node *n) {
  Printer p = {0};
  pr(&p, "%s", "");
  switch (n->kind) {
  case N_EXPRSTMT: pr_expr(&p, n->X); break;
  case N_SENDSTMT: pr_expr(&p, n->Chan); pr(&p, " <- "); pr_expr(&p, n->Value); break;
  case N_INCDECSTMT: pr_expr(&p, n->X); pr(&p, "%s", tok_string(n->Op)); break;
  case N_ASSIGNSTMT:
    pr_exprs(&p, &n->Lhs); pr(&p, " %s ", tok_string(n->Op)); pr_exprs(&p, &n->Rhs);
    break;
  default: pr(&p, "%s", ast_kind_name(n->kind));
  }
  return p.buf;
}
