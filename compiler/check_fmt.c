/*
 * check_fmt.c - expressions and operands as go/types prints them in errors
 * ("x + y", "f() (value of type int)", "300 (untyped int constant)").
 */
#include "check_impl.h"

#include <stdlib.h>
#include <string.h>

static void write_expr(FILE *f, Node *n);

static void write_list(FILE *f, Vec *v) {
  for (int i = 0; i < v->len; i++) {
    if (i) fputs(", ", f);
    write_expr(f, v->data[i]);
  }
}

static void write_quoted(FILE *f, const char *s, int64_t len) {
  fputc('"', f);
  for (int64_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c == '\n') fputs("\\n", f);
    else if (c == '\t') fputs("\\t", f);
    else if (c < 0x20 || c == 0x7f) fprintf(f, "\\x%02x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static const char *op_text(int op) {
  switch (op) {
  case T_ADD: return "+"; case T_SUB: return "-"; case T_MUL: return "*";
  case T_QUO: return "/"; case T_REM: return "%"; case T_AND: return "&";
  case T_OR: return "|"; case T_XOR: return "^"; case T_SHL: return "<<";
  case T_SHR: return ">>"; case T_AND_NOT: return "&^"; case T_LAND: return "&&";
  case T_LOR: return "||"; case T_ARROW: return "<-"; case T_EQL: return "==";
  case T_LSS: return "<"; case T_GTR: return ">"; case T_NOT: return "!";
  case T_NEQ: return "!="; case T_LEQ: return "<="; case T_GEQ: return ">=";
  default: return "?";
  }
}

static void write_fields(FILE *f, Vec *fields, const char *sep, bool iface) {
  for (int i = 0; i < fields->len; i++) {
    Node *fl = fields->data[i];
    if (i) fputs(sep, f);
    write_list(f, &fl->Names);
    if (iface && fl->Names.len) {
      Node *ft = fl->Type;
      fputc('(', f);
      write_fields(f, &ft->Params, ", ", false);
      fputc(')', f);
      continue;
    }
    if (fl->Names.len) fputc(' ', f);
    write_expr(f, fl->Type);
  }
}

static void write_sig(FILE *f, Node *ft) {
  fputc('(', f);
  write_fields(f, &ft->Params, ", ", false);
  fputc(')', f);
  if (ft->Results.len == 1 && !((Node *)ft->Results.data[0])->Names.len) {
    fputc(' ', f);
    write_expr(f, ((Node *)ft->Results.data[0])->Type);
  } else if (ft->Results.len) {
    fputs(" (", f);
    write_fields(f, &ft->Results, ", ", false);
    fputc(')', f);
  }
}

static void write_expr(FILE *f, Node *n) {
  if (!n) return;
  switch (n->kind) {
  case N_IDENT: fputs(n->Name, f); break;
  case N_BASICLIT:
    if (n->litKind == LIT_STRING) write_quoted(f, n->Lit, n->LitLen);
    else fputs(n->Lit, f);
    break;
  case N_COMPOSITELIT: write_expr(f, n->Type); fputs("{…}", f); break;
  case N_FUNCLIT: fputc('(', f); write_expr(f, n->Type); fputs(" literal)", f); break;
  case N_PAREN: fputc('(', f); write_expr(f, n->X); fputc(')', f); break;
  case N_SELECTOR: write_expr(f, n->X); fprintf(f, ".%s", n->Name); break;
  case N_INDEX: write_expr(f, n->X); fputc('[', f); write_expr(f, n->Index); fputc(']', f); break;
  case N_SLICE:
    write_expr(f, n->X);
    fputc('[', f);
    write_expr(f, n->Low);
    fputc(':', f);
    write_expr(f, n->High);
    if (n->Slice3) { fputc(':', f); write_expr(f, n->Max); }
    fputc(']', f);
    break;
  case N_TYPEASSERT:
    write_expr(f, n->X);
    fputs(".(", f);
    if (n->Type) write_expr(f, n->Type); else fputs("type", f);
    fputc(')', f);
    break;
  case N_CALL:
    write_expr(f, n->Fun);
    fputc('(', f);
    write_list(f, &n->Args);
    if (n->HasDots) fputs("...", f);
    fputc(')', f);
    break;
  case N_STAR: fputc('*', f); write_expr(f, n->X); break;
  case N_UNARY: fputs(op_text(n->Op), f); write_expr(f, n->X); break;
  case N_BINARY:
    write_expr(f, n->X);
    fprintf(f, " %s ", op_text(n->Op));
    write_expr(f, n->Y);
    break;
  case N_KEYVALUE: write_expr(f, n->Key); fputs(": ", f); write_expr(f, n->Value); break;
  case N_ELLIPSIS: fputs("...", f); write_expr(f, n->Elt); break;
  case N_ARRAYTYPE:
    fputc('[', f);
    write_expr(f, n->Len);
    fputc(']', f);
    write_expr(f, n->Elt);
    break;
  case N_STRUCTTYPE: fputs("struct{", f); write_fields(f, &n->Fields, "; ", false); fputc('}', f); break;
  case N_INTERFACETYPE:
    fputs("interface{", f);
    write_fields(f, &n->Methods, "; ", true);
    fputc('}', f);
    break;
  case N_FUNCTYPE: fputs("func", f); write_sig(f, n); break;
  case N_MAPTYPE: fputs("map[", f); write_expr(f, n->Key); fputc(']', f); write_expr(f, n->Value); break;
  case N_CHANTYPE:
    fputs(n->Dir == CHAN_RECV ? "<-chan " : n->Dir == CHAN_SEND ? "chan<- " : "chan ", f);
    write_expr(f, n->Value);
    break;
  default: fprintf(f, "(bad expr)"); break;
  }
}

static const char *mem_string(void (*fn)(FILE *, void *), void *arg) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  fn(f, arg);
  fclose(f);
  const char *s = intern(buf);
  free(buf);
  return s;
}

static void write_expr_cb(FILE *f, void *n) { write_expr(f, n); }

const char *expr_string(Node *n) { return mem_string(write_expr_cb, n); }

static const char *mode_names[] = {
    [M_INVALID] = "invalid operand", [M_NOVALUE] = "no value",
    [M_BUILTIN] = "built-in", [M_TYPE] = "type", [M_CONST] = "constant",
    [M_VAR] = "variable", [M_MAPINDEX] = "map index expression",
    [M_VALUE] = "value", [M_COMMAOK] = "comma, ok expression"};

static void write_operand(FILE *f, void *arg) {
  Operand *x = arg;
  const char *expr = x->expr ? expr_string(x->expr) : "";
  if (x->mode == M_VALUE && x->type && x->type->kind == TY_UNTYPED_NIL) {
    fputs("nil", f);
    return;
  }
  fputs(expr, f);
  fputs(" (", f);
  bool hasType = false;
  if (x->mode != M_INVALID && x->mode != M_NOVALUE && x->mode != M_BUILTIN &&
      x->mode != M_TYPE && x->type) {
    if (type_is_untyped(x->type)) fprintf(f, "%s ", tstr(x->type));
    else hasType = true;
  }
  fputs(mode_names[x->mode], f);
  if (x->mode == M_CONST && x->val) {
    const char *v = const_string_go(x->val, x->type);
    if (strcmp(v, expr)) fprintf(f, " %s", v);
  }
  if (hasType) fprintf(f, " of type %s", tstr(x->type));
  fputc(')', f);
}

const char *operand_string(Operand *x) { return mem_string(write_operand, x); }
