/*
 * syntax.h - the front end's entry point: source text to AST.
 */
#ifndef MINIGO_SYNTAX_H
#define MINIGO_SYNTAX_H

#include <stddef.h>
#include "ast.h"

/* Parses one Go source file. Returns its N_FILE, or NULL after a syntax
 * error has been reported through diag. Lexical errors (bad escapes, bad
 * number literals...) are reported but still give a tree, as gc type-checks
 * after them; callers check diag_count(). */
Node *parse_file(const char *filename, const char *src, size_t len);

#endif
