/*
 * syntax.c - parse_file: feeds the lexer's tokens to the Lemon parser.
 */
#include "syntax.h"

#include <stdlib.h>

#include "diag.h"
#include "lex.h"
#include "parse_util.h"

/* Lemon's generated entry points (parse.c). */
void *mgParseAlloc(void *(*alloc)(size_t));
void mgParse(void *parser, int kind, Token tok, Parser *ps);
void mgParseFree(void *parser, void (*dealloc)(void *));
void mgParseSnapshot(void *parser, Parser *ps);

/* The go command's own check of the first token, in go/parser's words. */
static bool check_package_clause(const Token *t) {
  if (t->kind == T_PACKAGE) return true;
  if (t->kind == T_SEMICOLON && t->sval[0] == 'n')
    diag_error(t->pos, "expected 'package', found newline");
  else if (t->kind == T_IDENT || (t->kind >= T_INT && t->kind <= T_STRING))
    diag_error(t->pos, "expected 'package', found %.*s", (int)t->len, t->text);
  else
    diag_error(t->pos, "expected 'package', found '%s'",
               t->kind == T_SEMICOLON ? ";" : t->kind == T_COMMA ? "," : tok_string(t->kind));
  return false;
}

/* Later stages walk the tree recursively: refuse trees deeper than this,
 * as long chains like 1+1+...+1 build, even with a shallow parser stack. */
#define MAX_TREE_DEPTH 10000

typedef struct DepthItem {
  Node *n;
  int depth;
} DepthItem;

typedef struct DepthStack {
  DepthItem *items;
  int len, cap;
} DepthStack;

static void depth_push(DepthStack *st, Node *n, int depth) {
  if (!n) return;
  if (st->len == st->cap) {
    st->cap = st->cap ? st->cap * 2 : 256;
    st->items = xrealloc(st->items, (size_t)st->cap * sizeof *st->items);
  }
  st->items[st->len++] = (DepthItem){n, depth};
}

/* Iterative walk over every child of every node; reports the first node
 * nested too deep. */
static bool check_depth(Node *root) {
  DepthStack st = {0};
  bool ok = true;
  depth_push(&st, root, 1);
  while (ok && st.len > 0) {
    DepthItem it = st.items[--st.len];
    Node *n = it.n;
    if (it.depth > MAX_TREE_DEPTH) {
      diag_error(n->pos, "syntax error: expression nesting too deep");
      ok = false;
      continue;
    }
    Node *kids[] = {n->X, n->Y, n->Index, n->Low, n->High, n->Max, n->Fun, n->Key,
                    n->Value, n->Type, n->Len, n->Elt, n->Chan, n->Label, n->Stmt,
                    n->Cond, n->Init, n->Post, n->Else, n->Tag, n->Body, n->Comm,
                    n->Assign, n->Decl};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
      depth_push(&st, kids[i], it.depth + 1);
    Vec *lists[] = {&n->Args, &n->Elts, &n->Names, &n->Values, &n->Results, &n->Params,
                    &n->Fields, &n->Methods, &n->List, &n->Lhs, &n->Rhs, &n->Specs,
                    &n->Imports, &n->Decls, &n->Recv};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
      for (int j = 0; j < lists[i]->len; j++) depth_push(&st, lists[i]->data[j], it.depth + 1);
  }
  free(st.items);
  return ok;
}

Node *parse_file(const char *filename, const char *src, size_t len) {
  Parser ps = {0};
  ps.lx = lex_open(filename, src, len);
  Token t = lex_next(ps.lx);
  if (!check_package_clause(&t)) {
    lex_close(ps.lx);
    return NULL;
  }
  void *parser = mgParseAlloc(malloc);
  for (;;) {
    if (t.kind == T_IF || t.kind == T_FOR || t.kind == T_SWITCH) ps.header_kw = t.kind;
    ps.cur = t;
    mgParseSnapshot(parser, &ps);
    mgParse(parser, t.kind, t, &ps);
    if (ps.failed || t.kind == 0) break;
    ps.prev2 = ps.prev;
    ps.prev = t;
    t = lex_next(ps.lx);
  }
  mgParseFree(parser, free);
  free(ps.snap_state);
  free(ps.snap_major);
  lex_close(ps.lx);
  if (ps.failed || !ps.file || !check_depth(ps.file)) return NULL;
  return ps.file;
}
