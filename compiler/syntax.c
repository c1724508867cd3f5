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
  return ps.failed ? NULL : ps.file;
}
