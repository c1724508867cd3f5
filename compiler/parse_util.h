/*
 * parse_util.h - node builders and checks used by the grammar actions in
 * parse.y, and the parser state they share with the driver in syntax.c.
 */
#ifndef MINIGO_PARSE_UTIL_H
#define MINIGO_PARSE_UTIL_H

#include "ast.h"
#include "lex.h"

typedef struct Parser {
  Lexer *lx;
  Node *file;        /* the N_FILE, set when the grammar accepts */
  bool failed;       /* a syntax error was reported: stop */
  Token cur;         /* the token being parsed */
  Token prev, prev2; /* the two tokens before it */
  int header_kw;     /* the last of T_IF, T_FOR, T_SWITCH seen */
  int64_t iota;      /* iota of the next const spec in a group */
  /* The parser stack (states and symbols) before the current token, from
   * which a syntax error works out what could have come instead. */
  int *snap_state, *snap_major;
  int snap_len, snap_cap;
} Parser;

/* Context of a syntax error: the innermost construct open on the parser
 * stack, as far as gc's messages distinguish them. */
typedef enum ErrContext {
  CTX_NONE, CTX_TOP, CTX_PAREN, CTX_ARGS, CTX_PARAMS, CTX_COMPLIT, CTX_STRUCT, CTX_INTERFACE,
  CTX_GROUP,    /* var ( ... ) and the like */
  CTX_IMPORTS,  /* package clause and imports: go/parser's wording */
} ErrContext;

Node *pu_ident(Token t);
Node *pu_lit(Token t);
Node *pu_node(NodeKind kind, Token t);  /* node at the token's position */
Node *pu_unary(Token op, Node *x);
Node *pu_binary(Token op, Node *x, Node *y);
Node *pu_block(Token lbrace, Vec list, Token rbrace);
Vec pu_list1(Node *n);
Vec pu_append(Vec v, Node *n);  /* n may be NULL: nothing appended */

/* Parameter lists: each entry is an N_FIELD with zero or one name. Groups
 * `a, b int` into N_FIELDs with several names. */
Vec pu_params(Parser *ps, Vec args);

/* An if/switch header: [init ;] cond, both simple statements (cond
 * should be an expression statement), and the `;` if there was one. */
typedef struct Header {
  Node *init, *cond;
  Token semi;  /* kind 0 when absent */
} Header;

/* Statement helpers. */
Node *pu_assign(Token op, Vec lhs, Vec rhs);
Node *pu_range(Token range, Vec lhs, int tok, Node *x);
Node *pu_callstmt(Token kw, Node *x);   /* go / defer; the checker vets x */
Node *pu_cond(Parser *ps, Node *stmt);  /* the expression of a header's stmt */
Node *pu_if(Parser *ps, Token kw, Header h, Node *body, Node *els);
Node *pu_switch(Parser *ps, Token kw, Node *init, Node *tag, Node *body);
Node *pu_const_spec(Parser *ps, Vec names, Node *type, Vec values);
Node *pu_func(Parser *ps, bool method, Vec recv, Token name, Node *type, Node *body);

/* Reports a syntax error at pos with gc's "syntax error: " prefix and stops
 * the parse. */
void pu_syntax_error(Parser *ps, Pos pos, const char *msg);

/* Reports "syntax error: unexpected X..." for tok; expected[i] tells which
 * token codes the parser could have accepted. */
void pu_report_unexpected(Parser *ps, const Token *tok, const bool *expected, int ntok,
                          ErrContext ctx);

#endif
