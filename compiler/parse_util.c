/*
 * parse_util.c - node builders, checks and syntax-error wording for the
 * grammar actions in parse.y.
 */
#include "parse_util.h"

#include <string.h>

#include "diag.h"

Node *pu_node(NodeKind kind, Token t) { return ast_new(kind, t.pos); }

Node *pu_ident(Token t) {
  Node *n = pu_node(N_IDENT, t);
  n->Name = intern_n(t.text, t.len);
  return n;
}

Node *pu_lit(Token t) {
  Node *n = pu_node(N_BASICLIT, t);
  switch (t.kind) {
  case T_INT: n->litKind = LIT_INT; break;
  case T_FLOAT: n->litKind = LIT_FLOAT; break;
  case T_IMAG: n->litKind = LIT_IMAG; break;
  case T_CHAR: n->litKind = LIT_CHAR; n->RuneVal = t.slen; break;
  default:
    n->litKind = LIT_STRING;
    n->Lit = t.sval;
    n->LitLen = t.slen;
    return n;
  }
  n->Lit = intern_n(t.text, t.len);
  return n;
}

Node *pu_unary(Token op, Node *x) {
  Node *n = pu_node(N_UNARY, op);
  n->Op = op.kind;
  n->X = x;
  return n;
}

Node *pu_binary(Token op, Node *x, Node *y) {
  Node *n = pu_node(N_BINARY, op);
  n->Op = op.kind;
  n->X = x;
  n->Y = y;
  return n;
}

Node *pu_block(Token lbrace, Vec list, Token rbrace) {
  Node *n = pu_node(N_BLOCKSTMT, lbrace);
  n->List = list;
  n->End = rbrace.pos;
  return n;
}

Vec pu_list1(Node *n) {
  Vec v = {0};
  vec_push(&v, n);
  return v;
}

Vec pu_append(Vec v, Node *n) {
  if (n) vec_push(&v, n);
  return v;
}

void pu_syntax_error(Parser *ps, Pos pos, const char *msg) {
  if (ps->failed) return;
  diag_error(pos, "syntax error: %s", msg);
  ps->failed = true;
}

/* Go's grouping: in (a, b int, c string) the bare names a take the type of
 * the next named entry; without any name every entry is a type. */
Vec pu_params(Parser *ps, Vec args) {
  bool named = false;
  for (int i = 0; i < args.len; i++)
    if (((Node *)args.data[i])->Names.len) named = true;
  if (!named) return args;
  Vec out = {0}, pending = {0};
  for (int i = 0; i < args.len; i++) {
    Node *f = args.data[i];
    if (f->Names.len) {
      for (int j = 0; j < f->Names.len; j++) vec_push(&pending, f->Names.data[j]);
      f->Names = pending;
      f->pos = ((Node *)pending.data[0])->pos;
      vec_push(&out, f);
      pending = (Vec){0};
    } else if (f->Type->kind == N_IDENT) {
      vec_push(&pending, f->Type);
    } else {
      pu_syntax_error(ps, f->pos, "mixed named and unnamed parameters");
      return out;
    }
  }
  if (pending.len)
    pu_syntax_error(ps, ((Node *)pending.data[pending.len - 1])->pos,
                    "mixed named and unnamed parameters");
  return out;
}

Node *pu_assign(Token op, Vec lhs, Vec rhs) {
  Node *n = pu_node(N_ASSIGNSTMT, op);
  n->Op = op.kind;
  n->Lhs = lhs;
  n->Rhs = rhs;
  return n;
}

Node *pu_range(Token range, Vec lhs, int tok, Node *x) {
  Node *n = pu_node(N_RANGESTMT, range);
  n->Tok = tok;
  n->X = x;
  if (lhs.len > 0) n->Key = lhs.data[0];
  if (lhs.len > 1) n->Value = lhs.data[1];
  if (lhs.len > 2)
    diag_error(ast_start_pos(lhs.data[2]), "range clause permits at most two iteration variables");
  return n;
}

Node *pu_callstmt(Token kw, Node *x) {
  Node *n = pu_node(kw.kind == T_GO ? N_GOSTMT : N_DEFERSTMT, kw);
  n->X = x;
  return n;
}

/* gc's emphasize: a binary operand of a mistaken `=` in parentheses. */
static char *emphasize(const Node *x) {
  char *s = ast_expr_string(x);
  return x->kind == N_BINARY ? xasprintf("(%s)", s) : s;
}

/* The condition of an if/for/switch header must be an expression; `=` for
 * `==` gets gc's explicit wording. */
Node *pu_cond(Parser *ps, Node *stmt) {
  if (!stmt) return NULL;
  if (stmt->kind == N_EXPRSTMT) return stmt->X;
  char *what;
  if (stmt->kind == N_ASSIGNSTMT && stmt->Op == T_ASSIGN && stmt->Lhs.len == 1 && stmt->Rhs.len == 1)
    what = xasprintf("assignment %s = %s", emphasize(stmt->Lhs.data[0]), emphasize(stmt->Rhs.data[0]));
  else
    what = ast_stmt_string(stmt);
  pu_syntax_error(ps, stmt->pos, xasprintf("cannot use %s as value", what));
  return NULL;
}

/* gc words a missing if condition by what came before the `{`. */
Node *pu_if(Parser *ps, Token kw, Header h, Node *body, Node *els) {
  Node *n = pu_node(N_IFSTMT, kw);
  n->Init = h.init;
  n->Cond = pu_cond(ps, h.cond);
  n->Body = body;
  n->Else = els;
  if (!n->Cond && h.semi.kind && h.semi.sval[0] == 'n')
    pu_syntax_error(ps, h.semi.pos, "unexpected newline, expected { after if clause");
  else if (!n->Cond)
    pu_syntax_error(ps, h.semi.kind ? h.semi.pos : body->pos, "missing condition in if statement");
  return n;
}

static bool is_type_guard(const Node *x) { return x->kind == N_TYPEASSERT && !x->Type; }

Node *pu_switch(Parser *ps, Token kw, Node *init, Node *tag, Node *body) {
  bool guard = tag && ((tag->kind == N_EXPRSTMT && is_type_guard(tag->X)) ||
                       (tag->kind == N_ASSIGNSTMT && tag->Op == T_DEFINE && tag->Lhs.len == 1 &&
                        tag->Rhs.len == 1 && is_type_guard(tag->Rhs.data[0])));
  Node *n = pu_node(guard ? N_TYPESWITCHSTMT : N_SWITCHSTMT, kw);
  n->Init = init;
  n->Body = body;
  if (guard)
    n->Assign = tag;
  else
    n->Tag = pu_cond(ps, tag);
  return n;
}

Node *pu_const_spec(Parser *ps, Vec names, Node *type, Vec values) {
  Node *n = ast_new(N_VALUESPEC, ((Node *)names.data[0])->pos);
  n->Names = names;
  n->Type = type;
  n->Values = values;
  n->Iota = ps->iota++;
  n->Implicit = !type && values.len == 0;
  return n;
}

Node *pu_func(Parser *ps, bool method, Vec recv, Token name, Node *type, Node *body) {
  Node *n = pu_node(N_FUNCDECL, name);
  n->Name = intern_n(name.text, name.len);
  n->Recv = recv;
  n->Type = type;
  n->Body = body;
  if (method && recv.len == 0)
    diag_error(name.pos, "method has no receiver");
  else if (recv.len > 1 || (recv.len == 1 && ((Node *)recv.data[0])->Names.len > 1))
    diag_error(name.pos, "method has multiple receivers");
  return n;
}

/* ---- syntax error wording, after syntax/parser.go ---- */

/* gc's tokstring: keywords as "keyword else". */
static const char *kind_desc(int kind) {
  const char *s = tok_string(kind);
  bool keyword = kind >= T_BREAK && kind <= T_VAR;
  return keyword ? xasprintf("keyword %s", s) : s;
}

/* How gc names a token in an error: "newline", "literal 2", "name x",
 * "keyword else" (modern gc; Go 1.19 said "x" and "else"). */
static const char *tok_desc(const Token *t) {
  switch (t->kind) {
  case 0: return "EOF";
  case T_SEMICOLON: return t->sval;
  case T_IDENT: return xasprintf("name %.*s", (int)t->len, t->text);
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    return xasprintf("literal %.*s", (int)t->len, t->text);
  default: return kind_desc(t->kind);
  }
}

static const char *header_name(int kw) {
  return kw == T_FOR ? "for" : kw == T_SWITCH ? "switch" : "if";
}

/* Whether the token before the error ended a statement or opened a block. */
static bool at_statement_start(const Parser *ps) {
  int k = ps->prev.kind;
  return k == T_SEMICOLON || k == T_LBRACE || k == T_LBODY || k == T_COLON;
}

/* Chooses gc's suffix for "unexpected X" from what the parser expected. */
static const char *unexpected_suffix(Parser *ps, const Token *tok, const bool *e, int ntok,
                                     ErrContext ctx) {
  int n = 0, only = 0;
  for (int i = 1; i < ntok; i++)
    if (e[i]) n++, only = i;
  bool paren_list = e[T_RPAREN] && e[T_COMMA], brace_list = e[T_RBRACE] && e[T_COMMA];
  bool decl_list = e[T_SEMICOLON] && e[T_RBRACE];
  if (ctx == CTX_ARGS && paren_list) return " in argument list; possibly missing comma or )";
  if (ctx == CTX_PARAMS && paren_list) return " in parameter list; possibly missing comma or )";
  if (ctx == CTX_COMPLIT && brace_list) return " in composite literal; possibly missing comma or }";
  if (ctx == CTX_STRUCT && decl_list)
    return " in struct type; possibly missing semicolon or newline or }";
  if (ctx == CTX_INTERFACE && decl_list)
    return " in interface type; possibly missing semicolon or newline or }";
  if (ctx == CTX_GROUP && e[T_SEMICOLON] && e[T_RPAREN])
    return " in grouped declaration; possibly missing semicolon or newline or )";
  if (ctx == CTX_PARAMS && e[T_RPAREN]) return ", expected )";
  if (e[T_LBODY] && (!e[T_LBRACE] || e[T_PERIOD]))
    return xasprintf(", expected { after %s clause", header_name(ps->header_kw));
  if (ctx == CTX_TOP && e[T_SEMICOLON]) return " after top level declaration";
  if (tok->kind == T_LBODY && ps->header_kw == T_FOR && ps->prev.kind == T_SEMICOLON)
    return ", expected for loop condition";
  if (e[T_CASE] && e[T_DEFAULT] && !e[T_IF]) return ", expected case or default or }";
  if (e[T_RBRACE] && (tok->kind == 0 || at_statement_start(ps))) return ", expected }";
  if (e[T_TYPE] && !e[T_VAR]) return ", expected type";
  if (e[T_INT] && e[T_IDENT] && e[T_LPAREN] && !e[T_VAR]) return ", expected expression";
  if (decl_list) return " at end of statement";
  if (e[T_RBRACK] && e[T_COLON]) return ", expected comma, : or ]";
  if (e[T_COLON] && !e[T_SEMICOLON]) return ", expected :";
  if (ctx == CTX_PAREN && e[T_RPAREN]) return ", expected )";
  if (e[T_IDENT] && e[T_LPAREN] && n == 2) return ", expected name or (";
  if (e[T_IDENT] && e[T_MAP] && !e[T_INT]) return ", expected type";
  if (e[T_SEMICOLON] && !e[T_RBRACE] && !e[T_RPAREN]) return ", expected semicolon or newline";
  if (n == 1) return xasprintf(", expected %s", only == T_IDENT ? "name" : kind_desc(only));
  return "";
}

/* go/parser's "expected 'X', found Y". */
static void report_expected(const Token *tok, const bool *e) {
  const char *want = e[T_STRING] ? "'STRING'" : e[T_SEMICOLON] ? "';'"
                     : e[T_IDENT] ? "'IDENT'" : e[T_RPAREN] ? "')'" : "declaration";
  if (tok->kind == T_SEMICOLON && tok->sval[0] != 's')
    diag_error(tok->pos, "expected %s, found newline", want);
  else if (tok->kind == T_IDENT || (tok->kind >= T_INT && tok->kind <= T_STRING))
    diag_error(tok->pos, "expected %s, found %.*s", want, (int)tok->len, tok->text);
  else
    diag_error(tok->pos, "expected %s, found '%s'", want,
               tok->kind == T_SEMICOLON ? ";" : tok->kind == T_COMMA ? "," : tok_string(tok->kind));
}

void pu_report_unexpected(Parser *ps, const Token *tok, const bool *e, int ntok,
                          ErrContext ctx) {
  if (ps->failed) return;
  ps->failed = true;
  if (ctx == CTX_IMPORTS) {
    report_expected(tok, e);
  } else if (tok->kind == T_TILDE || (ctx == CTX_INTERFACE && tok->kind == T_OR)) {
    diag_error(tok->pos, "generic type constraints are not supported by minigo");
  } else if ((tok->kind == T_LBRACK && ps->prev.kind == T_IDENT && ps->prev2.kind == T_FUNC) ||
             (ps->prev2.kind == T_LBRACK && ps->prev.kind == T_IDENT && e[T_RBRACK] &&
              (tok->kind == T_IDENT || tok->kind == T_INTERFACE || tok->kind == T_MUL))) {
    diag_error(tok->kind == T_LBRACK ? tok->pos : ps->prev2.pos,
               "generic type parameters are not supported by minigo");
  } else if (tok->kind == T_LBRACK && ps->prev.kind == T_IDENT) {
    /* after a name, `[` can only be unexpected where a type ends */
    diag_error(tok->pos, "generic type instantiation is not supported by minigo");
  } else if (ctx == CTX_TOP && tok->kind == T_LBRACE && ps->prev.kind == T_SEMICOLON) {
    diag_error(tok->pos, "syntax error: unexpected semicolon or newline before {");
  } else if (e[T_FUNC] && e[T_VAR] && e[T_TYPE] && !e[T_IF] && tok->kind != 0) {
    diag_error(tok->pos, tok->kind == T_IMPORT
                             ? "syntax error: imports must appear before other declarations"
                             : "syntax error: non-declaration statement outside function body");
  } else if (e[T_MAP] && !e[T_INT] &&
             (ps->prev.kind == T_CHAN || (ps->prev.kind == T_ARROW && ps->prev2.kind == T_CHAN))) {
    diag_error(tok->pos, "syntax error: missing channel element type");
  } else if (ps->prev.kind == T_ELSE) {
    diag_error(tok->pos, "syntax error: else must be followed by if or statement block");
  } else {
    diag_error(tok->pos, "syntax error: unexpected %s%s", tok_desc(tok),
               unexpected_suffix(ps, tok, e, ntok, ctx));
  }
}
