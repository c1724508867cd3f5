/*
 * parse.y - the Go grammar for Lemon, after go.y (Go's own LALR(1) grammar
 * until Go 1.6). Builds the AST of ast.h. The lexer returns T_LBODY for the
 * `{` opening an if/for/switch/select body (go.y's loophack); a composite
 * literal, struct/interface type or function literal that gets one instead
 * calls lex_lbody_was_literal, as go.y's fixlbrace.
 */

%name mgParse
%token_prefix T_
%token_type {Token}
%extra_argument {Parser *ps}
%stack_size 5000
%default_destructor { (void)ps; (void)yypminor; }

%include {
/* yyTokenName, which names grammar symbols for syntax_error_at, exists
 * only without NDEBUG. */
#undef NDEBUG
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "parse_util.h"

static void syntax_error_at(Parser *ps, void *parser, Token *tok);
}

/* Token codes, in the order of common.md (go/token names). The keywords
 * must stay contiguous, T_BREAK to T_VAR: error messages rely on it. */
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT
  ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN OR_ASSIGN
  XOR_ASSIGN SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN
  LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE ELLIPSIS
  LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE SEMICOLON COLON TILDE
  BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO
  GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE
  VAR IDENT INT FLOAT IMAG CHAR STRING LBODY.

/* Precedence, lowest first. The pseudo-tokens settle the same conflicts as
 * go.y's NotParen and PreferToRightParen. */
%left NOTPAREN.
%left LPAREN.
%left RPAREN.
%left PREFERTORIGHTPAREN.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM AND SHL SHR AND_NOT.

%syntax_error { (void)yymajor; syntax_error_at(ps, yypParser, &TOKEN); }
%stack_overflow { pu_syntax_error(ps, ps->prev.pos, "expression nesting too deep"); }

%type file {Node*}
%type sym {Token}
%type xdcl {Node*}
%type common_dcl {Node*}
%type xfndcl {Node*}
%type fnbody {Node*}
%type fnres {Vec}
%type fntype {Node*}
%type fnliteral {Node*}
%type fnlit_lbody {Node*}
%type import_stmt {Node*}
%type constdcl {Node*}
%type typedcl {Node*}
%type vardcl {Node*}
%type stmt {Node*}
%type non_dcl_stmt {Node*}
%type simple_stmt {Node*}
%type osimple_stmt {Node*}
%type compound_stmt {Node*}
%type loop_body {Node*}
%type if_stmt {Node*}
%type oelse {Node*}
%type for_stmt {Node*}
%type for_header {Node*}
%type range_stmt {Node*}
%type switch_stmt {Node*}
%type select_stmt {Node*}
%type caseblock {Node*}
%type commclause {Node*}
%type comm {Node*}
%type expr {Node*}
%type uexpr {Node*}
%type pexpr {Node*}
%type pexpr_no_paren {Node*}
%type pseudocall {Node*}
%type call_open {Node*}
%type complit_open {Node*}
%type keyval {Node*}
%type complitexpr {Node*}
%type expr_or_type {Node*}
%type oexpr {Node*}
%type name {Node*}
%type new_name {Node*}
%type onew_name {Node*}
%type ntype {Node*}
%type non_expr_type {Node*}
%type non_recvchantype {Node*}
%type convtype {Node*}
%type comptype {Node*}
%type fnret_type {Node*}
%type dotname {Node*}
%type othertype {Node*}
%type ptrtype {Node*}
%type recvchantype {Node*}
%type structtype {Node*}
%type interfacetype {Node*}
%type struct_open {Token}
%type interface_open {Token}
%type embed {Node*}
%type packname {Node*}
%type interfacedcl {Node*}
%type indcl {Node*}
%type arg_type {Node*}
%type dotdotdot {Node*}
%type oliteral {Node*}

%type xdcl_list {Vec}
%type imports {Vec}
%type package {Token}
%type import_list {Vec}
%type vardcl_list {Vec}
%type constdcl_list {Vec}
%type typedcl_list {Vec}
%type stmt_list {Vec}
%type caseblock_list {Vec}
%type commclause_list {Vec}
%type expr_list {Vec}
%type oexpr_list {Vec}
%type expr_or_type_list {Vec}
%type keyval_list {Vec}
%type braced_keyval_list {Vec}
%type new_name_list {Vec}
%type structdcl {Vec}
%type structdcl_list {Vec}
%type interfacedcl_list {Vec}
%type arg_type_list {Vec}
%type oarg_type_list_ocomma {Vec}

%start_symbol file

/* ---- file ---- */

file ::= package(P) imports(I) xdcl_list(D). {
  Node *f = ast_new(N_FILE, P.pos);
  f->Name = intern_n(P.text, P.len);
  f->Imports = I;
  f->Decls = D;
  ps->file = f;
}

package(A) ::= PACKAGE sym(B) SEMICOLON. { A = B; }

imports(A) ::= . { A = (Vec){0}; }
imports(A) ::= imports(B) IMPORT import_stmt(C) SEMICOLON. { A = pu_append(B, C); }
imports(A) ::= imports(B) IMPORT LPAREN import_list(C) osemi RPAREN SEMICOLON. {
  A = B;
  for (int i = 0; i < C.len; i++) A = pu_append(A, C.data[i]);
}
imports(A) ::= imports(B) IMPORT LPAREN RPAREN SEMICOLON. { A = B; }

import_list(A) ::= import_stmt(B). { A = pu_list1(B); }
import_list(A) ::= import_list(B) SEMICOLON import_stmt(C). { A = pu_append(B, C); }

import_stmt(A) ::= STRING(P). { A = pu_node(N_IMPORTSPEC, P); A->Path = P.sval; }
import_stmt(A) ::= sym(N) STRING(P). {
  A = pu_node(N_IMPORTSPEC, N);
  A->Name = intern_n(N.text, N.len);
  A->Path = P.sval;
}
import_stmt(A) ::= PERIOD(N) STRING(P). {
  A = pu_node(N_IMPORTSPEC, N);
  A->Name = intern(".");
  A->Path = P.sval;
}

xdcl_list(A) ::= . { A = (Vec){0}; }
xdcl_list(A) ::= xdcl_list(B) xdcl(C) SEMICOLON. { A = pu_append(B, C); }

xdcl(A) ::= common_dcl(B). { A = B; }
xdcl(A) ::= xfndcl(B). { A = B; }

/* ---- declarations ---- */

common_dcl(A) ::= VAR(K) vardcl(S). { A = pu_node(N_GENDECL, K); A->Tok = T_VAR; A->Specs = pu_list1(S); }
common_dcl(A) ::= VAR(K) LPAREN vardcl_list(L) osemi RPAREN. { A = pu_node(N_GENDECL, K); A->Tok = T_VAR; A->Specs = L; }
common_dcl(A) ::= VAR(K) LPAREN RPAREN. { A = pu_node(N_GENDECL, K); A->Tok = T_VAR; }
common_dcl(A) ::= const_kw(K) constdcl(S). { A = pu_node(N_GENDECL, K); A->Tok = T_CONST; A->Specs = pu_list1(S); }
common_dcl(A) ::= const_kw(K) LPAREN constdcl_list(L) osemi RPAREN. { A = pu_node(N_GENDECL, K); A->Tok = T_CONST; A->Specs = L; }
common_dcl(A) ::= const_kw(K) LPAREN RPAREN. { A = pu_node(N_GENDECL, K); A->Tok = T_CONST; }
common_dcl(A) ::= TYPE(K) typedcl(S). { A = pu_node(N_GENDECL, K); A->Tok = T_TYPE; A->Specs = pu_list1(S); }
common_dcl(A) ::= TYPE(K) LPAREN typedcl_list(L) osemi RPAREN. { A = pu_node(N_GENDECL, K); A->Tok = T_TYPE; A->Specs = L; }
common_dcl(A) ::= TYPE(K) LPAREN RPAREN. { A = pu_node(N_GENDECL, K); A->Tok = T_TYPE; }

%type const_kw {Token}
const_kw(A) ::= CONST(K). { A = K; ps->iota = 0; }

vardcl(A) ::= new_name_list(N) ntype(T). {
  A = ast_new(N_VALUESPEC, ((Node *)N.data[0])->pos); A->Names = N; A->Type = T;
}
vardcl(A) ::= new_name_list(N) ntype(T) ASSIGN expr_list(V). {
  A = ast_new(N_VALUESPEC, ((Node *)N.data[0])->pos); A->Names = N; A->Type = T; A->Values = V;
}
vardcl(A) ::= new_name_list(N) ASSIGN expr_list(V). {
  A = ast_new(N_VALUESPEC, ((Node *)N.data[0])->pos); A->Names = N; A->Values = V;
}

constdcl(A) ::= new_name_list(N) ntype(T) ASSIGN expr_list(V). { A = pu_const_spec(ps, N, T, V); }
constdcl(A) ::= new_name_list(N) ASSIGN expr_list(V). { A = pu_const_spec(ps, N, NULL, V); }
constdcl(A) ::= new_name_list(N) ntype(T). { A = pu_const_spec(ps, N, T, (Vec){0}); }
constdcl(A) ::= new_name_list(N). { A = pu_const_spec(ps, N, NULL, (Vec){0}); }

typedcl(A) ::= sym(N) ntype(T). { A = pu_node(N_TYPESPEC, N); A->Name = intern_n(N.text, N.len); A->Type = T; }
typedcl(A) ::= sym(N) ASSIGN ntype(T). {
  A = pu_node(N_TYPESPEC, N); A->Name = intern_n(N.text, N.len); A->Type = T; A->IsAlias = true;
}

vardcl_list(A) ::= vardcl(B). { A = pu_list1(B); }
vardcl_list(A) ::= vardcl_list(B) SEMICOLON vardcl(C). { A = pu_append(B, C); }
constdcl_list(A) ::= constdcl(B). { A = pu_list1(B); }
constdcl_list(A) ::= constdcl_list(B) SEMICOLON constdcl(C). { A = pu_append(B, C); }
typedcl_list(A) ::= typedcl(B). { A = pu_list1(B); }
typedcl_list(A) ::= typedcl_list(B) SEMICOLON typedcl(C). { A = pu_append(B, C); }

/* ---- functions ---- */

xfndcl(A) ::= FUNC(F) sym(N) LPAREN oarg_type_list_ocomma(P) RPAREN fnres(R) fnbody(B). {
  Node *t = pu_node(N_FUNCTYPE, F);
  t->Params = pu_params(ps, P);
  t->Results = R;
  A = pu_func(ps, false, (Vec){0}, N, t, B);
}
xfndcl(A) ::= FUNC(F) LPAREN oarg_type_list_ocomma(RV) RPAREN sym(N) LPAREN oarg_type_list_ocomma(P) RPAREN fnres(R) fnbody(B). {
  Node *t = pu_node(N_FUNCTYPE, F);
  t->Params = pu_params(ps, P);
  t->Results = R;
  A = pu_func(ps, true, pu_params(ps, RV), N, t, B);
}

fnbody(A) ::= . { A = NULL; }
fnbody(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). { A = pu_block(L, S, R); }

fntype(A) ::= FUNC(F) LPAREN oarg_type_list_ocomma(P) RPAREN fnres(R). {
  A = pu_node(N_FUNCTYPE, F);
  A->Params = pu_params(ps, P);
  A->Results = R;
}

fnres(A) ::= . [NOTPAREN] { A = (Vec){0}; }
fnres(A) ::= fnret_type(T). { Node *f = ast_new(N_FIELD, T->pos); f->Type = T; A = pu_list1(f); }
fnres(A) ::= LPAREN oarg_type_list_ocomma(P) RPAREN. { A = pu_params(ps, P); }

fnliteral(A) ::= fntype(T) LBRACE(L) stmt_list(S) RBRACE(R). {
  A = ast_new(N_FUNCLIT, T->pos); A->Type = T; A->Body = pu_block(L, S, R);
}
fnliteral(A) ::= fnlit_lbody(F) stmt_list(S) RBRACE(R). {
  A = F; A->Body = pu_block((Token){.pos = A->Body->pos}, S, R);
}
fnlit_lbody(A) ::= fntype(T) LBODY(L). {
  lex_lbody_was_literal(ps->lx);
  A = ast_new(N_FUNCLIT, T->pos); A->Type = T; A->Body = pu_node(N_BLOCKSTMT, L);
}

/* Parameters: [name] type, [name] ...type. */
arg_type(A) ::= ntype(T). { A = ast_new(N_FIELD, T->pos); A->Type = T; }
arg_type(A) ::= sym(N) ntype(T). { A = pu_node(N_FIELD, N); A->Names = pu_list1(pu_ident(N)); A->Type = T; }
arg_type(A) ::= sym(N) dotdotdot(T). { A = pu_node(N_FIELD, N); A->Names = pu_list1(pu_ident(N)); A->Type = T; }
arg_type(A) ::= dotdotdot(T). { A = ast_new(N_FIELD, T->pos); A->Type = T; }

dotdotdot(A) ::= ELLIPSIS(E) ntype(T). { A = pu_node(N_ELLIPSIS, E); A->Elt = T; }
dotdotdot(A) ::= ELLIPSIS(E). {
  A = pu_node(N_ELLIPSIS, E);
  pu_syntax_error(ps, ps->cur.pos, "... is missing type");
}

arg_type_list(A) ::= arg_type(B). { A = pu_list1(B); }
arg_type_list(A) ::= arg_type_list(B) COMMA arg_type(C). { A = pu_append(B, C); }
oarg_type_list_ocomma(A) ::= . { A = (Vec){0}; }
oarg_type_list_ocomma(A) ::= arg_type_list(B) ocomma. { A = B; }

/* ---- statements ---- */

stmt(A) ::= . { A = NULL; }
stmt(A) ::= compound_stmt(B). { A = B; }
stmt(A) ::= common_dcl(B). { A = ast_new(N_DECLSTMT, B->pos); A->Decl = B; }
stmt(A) ::= non_dcl_stmt(B). { A = B; }

stmt_list(A) ::= stmt(B). { A = pu_append((Vec){0}, B); }
stmt_list(A) ::= stmt_list(B) SEMICOLON stmt(C). { A = pu_append(B, C); }

compound_stmt(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). { A = pu_block(L, S, R); }

non_dcl_stmt(A) ::= simple_stmt(B). { A = B; }
non_dcl_stmt(A) ::= for_stmt(B). { A = B; }
non_dcl_stmt(A) ::= switch_stmt(B). { A = B; }
non_dcl_stmt(A) ::= select_stmt(B). { A = B; }
non_dcl_stmt(A) ::= if_stmt(B). { A = B; }
non_dcl_stmt(A) ::= new_name(L) COLON stmt(S). {
  A = ast_new(N_LABELEDSTMT, L->pos);
  A->Label = L;
  A->Stmt = S ? S : ast_new(N_EMPTYSTMT, L->pos);
}
non_dcl_stmt(A) ::= FALLTHROUGH(K). { A = pu_node(N_BRANCHSTMT, K); A->Op = T_FALLTHROUGH; }
non_dcl_stmt(A) ::= BREAK(K) onew_name(L). { A = pu_node(N_BRANCHSTMT, K); A->Op = T_BREAK; A->Label = L; }
non_dcl_stmt(A) ::= CONTINUE(K) onew_name(L). { A = pu_node(N_BRANCHSTMT, K); A->Op = T_CONTINUE; A->Label = L; }
non_dcl_stmt(A) ::= GOTO(K) new_name(L). { A = pu_node(N_BRANCHSTMT, K); A->Op = T_GOTO; A->Label = L; }
non_dcl_stmt(A) ::= GO(K) expr(U). { A = pu_callstmt(K, U); }
non_dcl_stmt(A) ::= DEFER(K) expr(U). { A = pu_callstmt(K, U); }
non_dcl_stmt(A) ::= RETURN(K) oexpr_list(L). { A = pu_node(N_RETURNSTMT, K); A->Results = L; }

simple_stmt(A) ::= expr(U). { A = ast_new(N_EXPRSTMT, ast_start_pos(U)); A->X = U; }
simple_stmt(A) ::= expr(U) ARROW(O) expr(W). { A = pu_node(N_SENDSTMT, O); A->Chan = U; A->Value = W; }
simple_stmt(A) ::= expr(U) assign_op(O) expr(W). { A = pu_assign(O, pu_list1(U), pu_list1(W)); }
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). { A = pu_assign(O, L, R); }
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). { A = pu_assign(O, L, R); }
simple_stmt(A) ::= expr(U) INC(O). { A = pu_node(N_INCDECSTMT, O); A->X = U; A->Op = T_INC; }
simple_stmt(A) ::= expr(U) DEC(O). { A = pu_node(N_INCDECSTMT, O); A->X = U; A->Op = T_DEC; }

%type assign_op {Token}
assign_op(A) ::= ADD_ASSIGN(B). { A = B; }
assign_op(A) ::= SUB_ASSIGN(B). { A = B; }
assign_op(A) ::= MUL_ASSIGN(B). { A = B; }
assign_op(A) ::= QUO_ASSIGN(B). { A = B; }
assign_op(A) ::= REM_ASSIGN(B). { A = B; }
assign_op(A) ::= AND_ASSIGN(B). { A = B; }
assign_op(A) ::= OR_ASSIGN(B). { A = B; }
assign_op(A) ::= XOR_ASSIGN(B). { A = B; }
assign_op(A) ::= SHL_ASSIGN(B). { A = B; }
assign_op(A) ::= SHR_ASSIGN(B). { A = B; }
assign_op(A) ::= AND_NOT_ASSIGN(B). { A = B; }

osimple_stmt(A) ::= . { A = NULL; }
osimple_stmt(A) ::= simple_stmt(B). { A = B; }

loop_body(A) ::= LBODY(L) stmt_list(S) RBRACE(R). { A = pu_block(L, S, R); }

/* if: the header is "[init;] cond"; the AST gets Init and Cond. */
%type if_header {Header}
if_header(A) ::= osimple_stmt(C). { A = (Header){NULL, C, {0}}; }
if_header(A) ::= osimple_stmt(I) SEMICOLON(S) osimple_stmt(C). { A = (Header){I, C, S}; }

if_stmt(A) ::= IF(K) if_header(H) loop_body(B) oelse(E). { A = pu_if(ps, K, H, B, E); }
oelse(A) ::= . { A = NULL; }
oelse(A) ::= ELSE if_stmt(B). { A = B; }
oelse(A) ::= ELSE compound_stmt(B). { A = B; }

for_stmt(A) ::= FOR(K) for_header(H) loop_body(B). {
  A = H;
  A->pos = K.pos;
  A->Body = B;
}
for_header(A) ::= osimple_stmt(I) SEMICOLON osimple_stmt(C) SEMICOLON osimple_stmt(P). {
  A = ast_new(N_FORSTMT, (Pos){0});
  A->Init = I;
  A->Cond = pu_cond(ps, C);
  A->Post = P;
  if (P && P->kind == N_ASSIGNSTMT && P->Op == T_DEFINE)
    pu_syntax_error(ps, P->pos, "cannot declare in post statement of for loop");
}
for_header(A) ::= osimple_stmt(C). {
  A = ast_new(N_FORSTMT, (Pos){0});
  A->Cond = pu_cond(ps, C);
}
for_header(A) ::= range_stmt(R). { A = R; }

range_stmt(A) ::= expr_list(L) ASSIGN RANGE(R) expr(U). { A = pu_range(R, L, T_ASSIGN, U); }
range_stmt(A) ::= expr_list(L) DEFINE RANGE(R) expr(U). { A = pu_range(R, L, T_DEFINE, U); }
range_stmt(A) ::= RANGE(R) expr(U). { A = pu_range(R, (Vec){0}, 0, U); }

switch_stmt(A) ::= SWITCH(K) if_header(H) LBODY(L) caseblock_list(C) RBRACE(R). {
  A = pu_switch(ps, K, H.init, H.cond, pu_block(L, C, R));
}
caseblock_list(A) ::= . { A = (Vec){0}; }
caseblock_list(A) ::= caseblock_list(B) caseblock(C). { A = pu_append(B, C); }

caseblock(A) ::= CASE(K) expr_or_type_list(L) COLON(C) stmt_list(S). {
  A = pu_node(N_CASECLAUSE, K); A->List = L; A->Body = pu_block(C, S, C);
}
caseblock(A) ::= DEFAULT(K) COLON(C) stmt_list(S). {
  A = pu_node(N_CASECLAUSE, K); A->IsDefault = true; A->Body = pu_block(C, S, C);
}

select_stmt(A) ::= SELECT(K) LBODY(L) commclause_list(C) RBRACE(R). {
  A = pu_node(N_SELECTSTMT, K); A->Body = pu_block(L, C, R);
}
commclause_list(A) ::= . { A = (Vec){0}; }
commclause_list(A) ::= commclause_list(B) commclause(C). { A = pu_append(B, C); }

commclause(A) ::= CASE(K) comm(M) COLON(C) stmt_list(S). {
  A = pu_node(N_COMMCLAUSE, K); A->Comm = M; A->Body = pu_block(C, S, C);
}
commclause(A) ::= DEFAULT(K) COLON(C) stmt_list(S). {
  A = pu_node(N_COMMCLAUSE, K); A->IsDefault = true; A->Body = pu_block(C, S, C);
}
comm(A) ::= expr(U). { A = ast_new(N_EXPRSTMT, ast_start_pos(U)); A->X = U; }
comm(A) ::= expr(U) ARROW(O) expr(W). { A = pu_node(N_SENDSTMT, O); A->Chan = U; A->Value = W; }
comm(A) ::= expr_list(L) ASSIGN(O) expr(U). { A = pu_assign(O, L, pu_list1(U)); }
comm(A) ::= expr_list(L) DEFINE(O) expr(U). { A = pu_assign(O, L, pu_list1(U)); }

/* ---- expressions ---- */

expr(A) ::= uexpr(B). { A = B; }
expr(A) ::= expr(U) LOR(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) LAND(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) EQL(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) NEQ(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) LSS(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) LEQ(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) GTR(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) GEQ(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) ADD(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) SUB(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) OR(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) XOR(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) MUL(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) QUO(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) REM(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) AND(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) AND_NOT(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) SHL(O) expr(W). { A = pu_binary(O, U, W); }
expr(A) ::= expr(U) SHR(O) expr(W). { A = pu_binary(O, U, W); }

uexpr(A) ::= pexpr(B). { A = B; }
uexpr(A) ::= MUL(O) uexpr(U). { A = pu_node(N_STAR, O); A->X = U; }
uexpr(A) ::= AND(O) uexpr(U). { A = pu_unary(O, U); }
uexpr(A) ::= ADD(O) uexpr(U). { A = pu_unary(O, U); }
uexpr(A) ::= SUB(O) uexpr(U). { A = pu_unary(O, U); }
uexpr(A) ::= NOT(O) uexpr(U). { A = pu_unary(O, U); }
uexpr(A) ::= XOR(O) uexpr(U). { A = pu_unary(O, U); }
uexpr(A) ::= ARROW(O) uexpr(U). { A = pu_unary(O, U); }

pseudocall(A) ::= call_open(C) RPAREN(R). { A = C; A->End = R.pos; }
pseudocall(A) ::= call_open(C) expr_or_type_list(L) ocomma RPAREN(R). { A = C; A->Args = L; A->End = R.pos; }
pseudocall(A) ::= call_open(C) expr_or_type_list(L) ELLIPSIS ocomma RPAREN(R). {
  A = C; A->Args = L; A->HasDots = true; A->End = R.pos;
}
call_open(A) ::= pexpr(F) LPAREN(P). { A = pu_node(N_CALL, P); A->Fun = F; }

pexpr_no_paren(A) ::= INT(L). { A = pu_lit(L); }
pexpr_no_paren(A) ::= FLOAT(L). { A = pu_lit(L); }
pexpr_no_paren(A) ::= IMAG(L). { A = pu_lit(L); }
pexpr_no_paren(A) ::= CHAR(L). { A = pu_lit(L); }
pexpr_no_paren(A) ::= STRING(L). { A = pu_lit(L); }
pexpr_no_paren(A) ::= name(B). { A = B; }
pexpr_no_paren(A) ::= pexpr(U) PERIOD sym(S). {
  A = pu_node(N_SELECTOR, S); A->X = U; A->Name = intern_n(S.text, S.len);
}
pexpr_no_paren(A) ::= pexpr(U) PERIOD(D) LPAREN expr_or_type(T) RPAREN. {
  A = pu_node(N_TYPEASSERT, D); A->X = U; A->Type = T;
}
pexpr_no_paren(A) ::= pexpr(U) PERIOD(D) LPAREN TYPE RPAREN. {
  A = pu_node(N_TYPEASSERT, D); A->X = U;
}
pexpr_no_paren(A) ::= pexpr(U) LBRACK(B) expr(I) RBRACK. { A = pu_node(N_INDEX, B); A->X = U; A->Index = I; }
pexpr_no_paren(A) ::= pexpr(U) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. {
  A = pu_node(N_SLICE, B); A->X = U; A->Low = L; A->High = H;
}
pexpr_no_paren(A) ::= pexpr(U) LBRACK(B) oexpr(L) COLON oexpr(H) COLON(C2) oexpr(M) RBRACK(E). {
  A = pu_node(N_SLICE, B); A->X = U; A->Low = L; A->High = H; A->Max = M; A->Slice3 = true;
  if (!H) diag_error(C2.pos, "middle index required in 3-index slice");
  else if (!M) diag_error(E.pos, "final index required in 3-index slice");
}
pexpr_no_paren(A) ::= pseudocall(B). { A = B; }
pexpr_no_paren(A) ::= convtype(T) LPAREN(P) expr(U) ocomma RPAREN(R). {
  A = pu_node(N_CALL, P); A->Fun = T; A->Args = pu_list1(U); A->End = R.pos;
}
pexpr_no_paren(A) ::= complit_open(C) braced_keyval_list(L) RBRACE(R). { A = C; A->Elts = L; A->End = R.pos; }
pexpr_no_paren(A) ::= fnliteral(B). { A = B; }

complit_open(A) ::= comptype(T) LBRACE(L). { A = pu_node(N_COMPOSITELIT, L); A->Type = T; }
complit_open(A) ::= comptype(T) LBODY(L). {
  lex_lbody_was_literal(ps->lx);
  A = pu_node(N_COMPOSITELIT, L); A->Type = T; A->IsLBody = true;
}
complit_open(A) ::= pexpr_no_paren(T) LBRACE(L). { A = pu_node(N_COMPOSITELIT, L); A->Type = T; }
complit_open(A) ::= LPAREN expr_or_type(T) RPAREN LBRACE(L). {
  pu_syntax_error(ps, L.pos, "cannot parenthesize type in composite literal");
  A = pu_node(N_COMPOSITELIT, L); A->Type = T;
}

keyval(A) ::= complitexpr(K) COLON(C) complitexpr(V). { A = pu_node(N_KEYVALUE, C); A->Key = K; A->Value = V; }

complitexpr(A) ::= expr(B). { A = B; }
complitexpr(A) ::= LBRACE(L) braced_keyval_list(E) RBRACE(R). {
  A = pu_node(N_COMPOSITELIT, L); A->Elts = E; A->End = R.pos;
}

keyval_list(A) ::= keyval(B). { A = pu_list1(B); }
keyval_list(A) ::= complitexpr(B). { A = pu_list1(B); }
keyval_list(A) ::= keyval_list(B) COMMA keyval(C). { A = pu_append(B, C); }
keyval_list(A) ::= keyval_list(B) COMMA complitexpr(C). { A = pu_append(B, C); }

braced_keyval_list(A) ::= . { A = (Vec){0}; }
braced_keyval_list(A) ::= keyval_list(B) ocomma. { A = B; }

pexpr(A) ::= pexpr_no_paren(B). { A = B; }
pexpr(A) ::= LPAREN(P) expr_or_type(U) RPAREN. { A = pu_node(N_PAREN, P); A->X = U; }

expr_or_type(A) ::= expr(B). { A = B; }
expr_or_type(A) ::= non_expr_type(B). [PREFERTORIGHTPAREN] { A = B; }

/* ---- names and types ---- */

sym(A) ::= IDENT(B). { A = B; }
name(A) ::= sym(B). [NOTPAREN] { A = pu_ident(B); }
new_name(A) ::= sym(B). { A = pu_ident(B); }
onew_name(A) ::= . { A = NULL; }
onew_name(A) ::= new_name(B). { A = B; }

ntype(A) ::= recvchantype(B). { A = B; }
ntype(A) ::= fntype(B). { A = B; }
ntype(A) ::= othertype(B). { A = B; }
ntype(A) ::= ptrtype(B). { A = B; }
ntype(A) ::= dotname(B). { A = B; }
ntype(A) ::= LPAREN(P) ntype(T) RPAREN. { A = pu_node(N_PAREN, P); A->X = T; }

non_expr_type(A) ::= recvchantype(B). { A = B; }
non_expr_type(A) ::= fntype(B). { A = B; }
non_expr_type(A) ::= othertype(B). { A = B; }
non_expr_type(A) ::= MUL(O) non_expr_type(T). { A = pu_node(N_STAR, O); A->X = T; }

non_recvchantype(A) ::= fntype(B). { A = B; }
non_recvchantype(A) ::= othertype(B). { A = B; }
non_recvchantype(A) ::= ptrtype(B). { A = B; }
non_recvchantype(A) ::= dotname(B). { A = B; }
non_recvchantype(A) ::= LPAREN(P) ntype(T) RPAREN. { A = pu_node(N_PAREN, P); A->X = T; }

convtype(A) ::= fntype(B). { A = B; }
convtype(A) ::= othertype(B). { A = B; }

comptype(A) ::= othertype(B). { A = B; }

fnret_type(A) ::= recvchantype(B). { A = B; }
fnret_type(A) ::= fntype(B). { A = B; }
fnret_type(A) ::= othertype(B). { A = B; }
fnret_type(A) ::= ptrtype(B). { A = B; }
fnret_type(A) ::= dotname(B). { A = B; }

dotname(A) ::= name(B). { A = B; }
dotname(A) ::= name(U) PERIOD sym(S). {
  A = pu_node(N_SELECTOR, S); A->X = U; A->Name = intern_n(S.text, S.len);
}

othertype(A) ::= LBRACK(B) oexpr(L) RBRACK ntype(T). { A = pu_node(N_ARRAYTYPE, B); A->Len = L; A->Elt = T; }
othertype(A) ::= LBRACK(B) ELLIPSIS(E) RBRACK ntype(T). {
  A = pu_node(N_ARRAYTYPE, B); A->Len = pu_node(N_ELLIPSIS, E); A->Elt = T;
}
othertype(A) ::= CHAN(C) non_recvchantype(T). { A = pu_node(N_CHANTYPE, C); A->Value = T; A->Dir = CHAN_BOTH; }
othertype(A) ::= CHAN(C) ARROW ntype(T). { A = pu_node(N_CHANTYPE, C); A->Value = T; A->Dir = CHAN_SEND; }
othertype(A) ::= MAP(M) LBRACK ntype(K) RBRACK ntype(V). { A = pu_node(N_MAPTYPE, M); A->Key = K; A->Value = V; }
othertype(A) ::= structtype(B). { A = B; }
othertype(A) ::= interfacetype(B). { A = B; }

ptrtype(A) ::= MUL(O) ntype(T). { A = pu_node(N_STAR, O); A->X = T; }

recvchantype(A) ::= ARROW(O) CHAN ntype(T). { A = pu_node(N_CHANTYPE, O); A->Value = T; A->Dir = CHAN_RECV; }

structtype(A) ::= struct_open(K) structdcl_list(L) osemi RBRACE. { A = pu_node(N_STRUCTTYPE, K); A->Fields = L; }
structtype(A) ::= struct_open(K) RBRACE. { A = pu_node(N_STRUCTTYPE, K); }
struct_open(A) ::= STRUCT(K) LBRACE. { A = K; }
struct_open(A) ::= STRUCT(K) LBODY. { A = K; lex_lbody_was_literal(ps->lx); }

interfacetype(A) ::= interface_open(K) interfacedcl_list(L) osemi RBRACE. { A = pu_node(N_INTERFACETYPE, K); A->Methods = L; }
interfacetype(A) ::= interface_open(K) RBRACE. { A = pu_node(N_INTERFACETYPE, K); }
interface_open(A) ::= INTERFACE(K) LBRACE. { A = K; }
interface_open(A) ::= INTERFACE(K) LBODY. { A = K; lex_lbody_was_literal(ps->lx); }

structdcl_list(A) ::= structdcl(B). { A = B; }
structdcl_list(A) ::= structdcl_list(B) SEMICOLON structdcl(C). {
  A = B;
  for (int i = 0; i < C.len; i++) A = pu_append(A, C.data[i]);
}

structdcl(A) ::= new_name_list(N) ntype(T) oliteral(G). {
  Node *f = ast_new(N_FIELD, ((Node *)N.data[0])->pos);
  f->Names = N; f->Type = T; f->FieldTag = G ? G->Lit : NULL;
  A = pu_list1(f);
}
structdcl(A) ::= embed(E) oliteral(G). {
  Node *f = ast_new(N_FIELD, E->pos); f->Type = E; f->FieldTag = G ? G->Lit : NULL;
  A = pu_list1(f);
}
structdcl(A) ::= MUL(O) embed(E) oliteral(G). {
  Node *f = pu_node(N_FIELD, O); f->Type = pu_node(N_STAR, O); f->Type->X = E;
  f->FieldTag = G ? G->Lit : NULL;
  A = pu_list1(f);
}

packname(A) ::= IDENT(B). { A = pu_ident(B); }
packname(A) ::= IDENT(B) PERIOD sym(S). {
  A = pu_node(N_SELECTOR, S); A->X = pu_ident(B); A->Name = intern_n(S.text, S.len);
}
embed(A) ::= packname(B). { A = B; }

interfacedcl_list(A) ::= interfacedcl(B). { A = pu_list1(B); }
interfacedcl_list(A) ::= interfacedcl_list(B) SEMICOLON interfacedcl(C). { A = pu_append(B, C); }

interfacedcl(A) ::= new_name(N) indcl(T). { A = ast_new(N_FIELD, N->pos); A->Names = pu_list1(N); A->Type = T; }
interfacedcl(A) ::= packname(T). { A = ast_new(N_FIELD, T->pos); A->Type = T; }

indcl(A) ::= LPAREN(P) oarg_type_list_ocomma(L) RPAREN fnres(R). {
  A = pu_node(N_FUNCTYPE, P); A->Params = pu_params(ps, L); A->Results = R;
}

/* ---- lists and optional things ---- */

new_name_list(A) ::= new_name(B). { A = pu_list1(B); }
new_name_list(A) ::= new_name_list(B) COMMA new_name(C). { A = pu_append(B, C); }

expr_list(A) ::= expr(B). { A = pu_list1(B); }
expr_list(A) ::= expr_list(B) COMMA expr(C). { A = pu_append(B, C); }

expr_or_type_list(A) ::= expr_or_type(B). { A = pu_list1(B); }
expr_or_type_list(A) ::= expr_or_type_list(B) COMMA expr_or_type(C). { A = pu_append(B, C); }

osemi ::= .
osemi ::= SEMICOLON.
ocomma ::= .
ocomma ::= COMMA.

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(B). { A = B; }
oexpr_list(A) ::= . { A = (Vec){0}; }
oexpr_list(A) ::= expr_list(B). { A = B; }

oliteral(A) ::= . { A = NULL; }
oliteral(A) ::= STRING(S). { A = pu_lit(S); }

%code {
void mgParseSnapshot(void *parser, Parser *ps) {
  yyParser *p = parser;
  int n = (int)(p->yytos - p->yystack) + 1;
  if (n + 64 > ps->snap_cap) {
    ps->snap_cap = (n + 64) * 2;
    ps->snap_state = xrealloc(ps->snap_state, (size_t)ps->snap_cap * sizeof(int));
    ps->snap_major = xrealloc(ps->snap_major, (size_t)ps->snap_cap * sizeof(int));
  }
  for (int i = 0; i < n; i++) {
    ps->snap_state[i] = p->yystack[i].stateno;
    ps->snap_major[i] = p->yystack[i].major;
  }
  ps->snap_len = n;
}

/* Whether the parser, in the snapshot state, would shift tok after its
 * reductions (Bison's LAC): default reductions make the state where an
 * error shows up forget what else it could have accepted. */
static bool snapshot_accepts(Parser *ps, int tok, int *stk) {
  int top = ps->snap_len - 1, cap = ps->snap_cap;
  memcpy(stk, ps->snap_state, (size_t)ps->snap_len * sizeof(int));
  YYACTIONTYPE act = (YYACTIONTYPE)stk[top];
  for (int steps = 0; steps < 100000; steps++) {
    act = yy_find_shift_action((YYCODETYPE)tok, act);
    if (act < YY_MIN_REDUCE) return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
    int rule = act - YY_MIN_REDUCE;
    top += yyRuleInfoNRhs[rule];
    if (top < 0 || top + 1 >= cap) return false;
    act = yy_find_reduce_action((YYACTIONTYPE)stk[top], yyRuleInfoLhs[rule]);
    stk[++top] = act;
  }
  return false;
}

static int symbol_code(const char *name) {
  for (int i = 0; i < (int)(sizeof yyTokenName / sizeof yyTokenName[0]); i++)
    if (!strcmp(yyTokenName[i], name)) return i;
  return -1;
}

/* The innermost list open on the snapshot stack; CTX_TOP outside any. */
static ErrContext snapshot_context(Parser *ps) {
  static int call = -2, complit, strct, iface, sym, constkw, newname;
  if (call == -2) {
    newname = symbol_code("new_name");
    constkw = symbol_code("const_kw");
    call = symbol_code("call_open");
    complit = symbol_code("complit_open");
    strct = symbol_code("struct_open");
    iface = symbol_code("interface_open");
    sym = symbol_code("sym");
  }
  int closed = 0;  /* constructs complete but not yet reduced */
  for (int i = ps->snap_len - 1; i > 0; i--) {
    int m = ps->snap_major[i], below = ps->snap_major[i - 1];
    if (m == T_RPAREN || m == T_RBRACE || m == T_RBRACK) {
      closed++;
      continue;
    }
    bool opener = m == call || m == complit || m == strct || m == iface || m == T_LPAREN ||
                  m == T_LBRACE || m == T_LBODY || m == T_LBRACK;
    if (opener && closed > 0) {
      closed--;
      continue;
    }
    if (m == call) return CTX_ARGS;
    if (m == complit) return CTX_COMPLIT;
    if (m == strct) return CTX_STRUCT;
    if (m == iface) return CTX_INTERFACE;
    if (m == T_LPAREN && (below == T_VAR || below == constkw || below == T_TYPE || below == T_IMPORT))
      return CTX_GROUP;
    if (m == T_LPAREN) {
      bool params = below == T_FUNC || below == T_RPAREN || below == newname ||
                    (below == sym && i >= 2 && ps->snap_major[i - 2] == T_FUNC);
      return params ? CTX_PARAMS : CTX_PAREN;
    }
    /* a `{` inside a composite literal is an element with its type elided */
    if (m == T_LBRACE && (below == complit || below == T_COMMA || below == T_COLON))
      return CTX_COMPLIT;
    if (m == T_LBRACE || m == T_LBODY || m == T_LBRACK) return CTX_NONE;
  }
  return CTX_TOP;
}

/* Reports a syntax error at tok, worded from the terminals the parser could
 * have accepted instead. */
static void syntax_error_at(Parser *ps, void *parser, Token *tok) {
  bool expected[YYNTOKEN] = {0};
  int *stk = xmalloc((size_t)ps->snap_cap * sizeof(int));
  (void)parser;
  for (int i = 1; i < YYNTOKEN; i++) expected[i] = snapshot_accepts(ps, i, stk);
  free(stk);
  ErrContext ctx = snapshot_context(ps);
  /* Before the first declaration the go command itself (go/parser) reads
   * the package clause and imports, and reports errors there. */
  static int decls = -2;
  if (decls == -2) decls = symbol_code("xdcl_list");
  bool in_decls = false, in_group = false;
  for (int i = 0; i < ps->snap_len; i++) {
    in_decls |= ps->snap_major[i] == decls;
    in_group |= ps->snap_major[i] == T_LPAREN;
  }
  if (!in_decls && !expected[T_FUNC])
    ctx = ps->prev.kind == T_STRING && !in_group ? CTX_NONE : CTX_IMPORTS;
  pu_report_unexpected(ps, tok, expected, YYNTOKEN, ctx);
}
}
