/*
 * check_stmt.c - function bodies and statements: control flow, labels,
 * switches, select, for/range, go/defer, return and terminating statements.
 */
#include "check_impl.h"

#include <string.h>

/* Per function: its labels and the blocks currently open (for goto). */
typedef struct LabelInfo {
  Obj *obj;
  Node *stmt;   /* the N_LABELEDSTMT */
  Node *block;  /* the block or clause whose list holds it */
} LabelInfo;

static Vec *labels;       /* LabelInfo* of the current function */
static Vec open_blocks;   /* Node*: blocks and clauses being checked */

/* ---- labels ---- */

static void collect_labels(Node *block, Vec *list) {
  for (int i = 0; i < list->len; i++) {
    Node *s = list->data[i];
    while (s && s->kind == N_LABELEDSTMT) {
      Node *id = s->Label;
      LabelInfo *prev = NULL;
      for (int j = 0; j < labels->len; j++) {
        LabelInfo *l = labels->data[j];
        if (l->obj->name == id->Name) prev = l;
      }
      if (prev) {
        check_error(id->pos, "label %s already defined\n\t%s:%d:%d: previous definition", id->Name,
                    prev->obj->pos.file, prev->obj->pos.line, prev->obj->pos.col);
      } else if (strcmp(id->Name, "_")) {
        LabelInfo *l = xmalloc(sizeof *l);
        l->obj = obj_new(OBJ_LABEL, id->Name, NULL, id->pos);
        l->obj->decl = s;
        l->stmt = s;
        l->block = block;
        vec_push(labels, l);
      }
      id->obj = prev ? prev->obj : NULL;
      if (!prev) id->obj = ((LabelInfo *)labels->data[labels->len - 1])->obj;
      s = s->Stmt;
    }
    if (!s) continue;
    switch (s->kind) {
    case N_BLOCKSTMT: collect_labels(s, &s->List); break;
    case N_IFSTMT:
      collect_labels(s->Body, &s->Body->List);
      if (s->Else) {
        Vec one = {0};
        vec_push(&one, s->Else);
        collect_labels(s->Else, &one);
      }
      break;
    case N_FORSTMT: case N_RANGESTMT: collect_labels(s->Body, &s->Body->List); break;
    case N_SWITCHSTMT: case N_TYPESWITCHSTMT: case N_SELECTSTMT:
      for (int j = 0; j < s->Body->List.len; j++) {
        Node *c = s->Body->List.data[j];
        collect_labels(c, &c->Body->List);
      }
      break;
    default: break;
    }
  }
}

static LabelInfo *find_label(const char *name) {
  for (int i = 0; labels && i < labels->len; i++) {
    LabelInfo *l = labels->data[i];
    if (l->obj->name == name) return l;
  }
  return NULL;
}

/* ---- terminating statements (Go spec) ---- */

static bool has_break(Node *s, Node *target);

static bool list_has_break(Vec *v, Node *target) {
  for (int i = 0; i < v->len; i++)
    if (has_break(v->data[i], target)) return true;
  return false;
}

static bool has_break(Node *s, Node *target) {
  if (!s) return false;
  switch (s->kind) {
  case N_BRANCHSTMT: return s->Op == T_BREAK && s->aux == target;
  case N_LABELEDSTMT: return has_break(s->Stmt, target);
  case N_BLOCKSTMT: return list_has_break(&s->List, target);
  case N_IFSTMT: return has_break(s->Body, target) || has_break(s->Else, target);
  case N_CASECLAUSE: case N_COMMCLAUSE: return has_break(s->Body, target);
  case N_FORSTMT: case N_RANGESTMT: case N_SWITCHSTMT: case N_TYPESWITCHSTMT:
  case N_SELECTSTMT:
    return has_break(s->Body, target);
  default: return false;
  }
}

static bool is_terminating(Node *s);

static bool list_terminating(Vec *v) {
  int n = v->len;
  while (n > 0 && ((Node *)v->data[n - 1])->kind == N_EMPTYSTMT) n--;
  return n > 0 && is_terminating(v->data[n - 1]);
}

static bool clauses_terminate(Node *s, bool needDefault) {
  bool hasDefault = false;
  for (int i = 0; i < s->Body->List.len; i++) {
    Node *c = s->Body->List.data[i];
    if (c->kind == N_CASECLAUSE ? c->IsDefault || !c->List.len : !c->Comm) hasDefault = true;
    Vec *body = &c->Body->List;
    Node *last = body->len ? body->data[body->len - 1] : NULL;
    bool ft = last && last->kind == N_BRANCHSTMT && last->Op == T_FALLTHROUGH;
    if (!ft && !list_terminating(body)) return false;
    if (list_has_break(body, s)) return false;
  }
  return hasDefault || !needDefault;
}

static bool is_terminating(Node *s) {
  switch (s->kind) {
  case N_RETURNSTMT: return true;
  case N_BRANCHSTMT: return s->Op == T_GOTO || s->Op == T_FALLTHROUGH;
  case N_EXPRSTMT: {
    Node *c = s->X;
    while (c->kind == N_PAREN) c = c->X;
    return c->kind == N_CALL && c->sel == CALL_BUILTIN && c->Fun->obj &&
           c->Fun->obj->builtin == BI_PANIC;
  }
  case N_BLOCKSTMT: return list_terminating(&s->List);
  case N_IFSTMT: return s->Else && is_terminating(s->Body) && is_terminating(s->Else);
  case N_FORSTMT: return !s->Cond && !has_break(s->Body, s);
  case N_LABELEDSTMT: return is_terminating(s->Stmt);
  case N_SWITCHSTMT: case N_TYPESWITCHSTMT: return clauses_terminate(s, true);
  case N_SELECTSTMT: return clauses_terminate(s, false);
  default: return false;
  }
}

/* ---- function bodies ---- */

static void declare_params(FuncInfo *fi) {
  if (fi->recv) check_declare(ck.scope, fi->recv, fi->recv->pos);
  for (int i = 0; i < fi->params.len; i++) {
    Obj *o = fi->params.data[i];
    check_declare(ck.scope, o, o->pos);
  }
  for (int i = 0; i < fi->results.len; i++) {
    Obj *o = fi->results.data[i];
    check_declare(ck.scope, o, o->pos);
  }
}

/* The closing brace of a block, where Go reports "missing return". */
static Pos block_end(Node *body) { return body->End.line ? body->End : body->pos; }

void check_func_body(FuncInfo *fi, Node *body) {
  FuncInfo *saveFunc = ck.func;
  Scope *saveScope = ck.scope;
  Vec saveBreak = ck.breakable;
  Vec *saveLabels = labels;
  Vec saveBlocks = open_blocks;
  bool saveConst = ck.inConst;
  ck.inConst = false;
  ck.func = fi;
  ck.breakable = (Vec){0};
  open_blocks = (Vec){0};
  labels = xmalloc(sizeof *labels);
  ck.scope = scope_new(ck.scope);
  ck.scope->isFunc = true;
  declare_params(fi);
  collect_labels(body, &body->List);
  vec_push(&open_blocks, body);
  for (int i = 0; i < body->List.len; i++) check_stmt(body->List.data[i]);
  if (fi->sig->results.len && !list_terminating(&body->List))
    check_error(block_end(body), "missing return");
  check_report_unused(ck.scope);
  for (int i = 0; i < labels->len; i++) {
    LabelInfo *l = labels->data[i];
    if (!l->obj->used) check_error(l->obj->pos, "label %s defined and not used", l->obj->name);
  }
  ck.scope = saveScope;
  ck.func = saveFunc;
  ck.breakable = saveBreak;
  labels = saveLabels;
  open_blocks = saveBlocks;
  ck.inConst = saveConst;
}

static void check_list(Node *block, Vec *list) {
  vec_push(&open_blocks, block);
  for (int i = 0; i < list->len; i++) check_stmt(list->data[i]);
  open_blocks.len--;
}

void check_block(Node *b) {
  check_open_scope();
  check_list(b, &b->List);
  check_report_unused(ck.scope);
  check_close_scope();
}

/* ---- simple statements ---- */

static bool builtin_ok_as_stmt(Builtin b) {
  return b == BI_COPY || b == BI_CLOSE || b == BI_DELETE || b == BI_PANIC || b == BI_PRINT ||
         b == BI_PRINTLN || b == BI_RECOVER || b == BI_CLEAR;
}

static void check_expr_stmt(Node *s) {
  Operand x;
  check_expr_raw(&x, s->X, NULL);
  if (x.mode == M_INVALID) return;
  if (x.mode == M_TYPE || x.mode == M_BUILTIN) {
    check_expr_any(&x, s->X, true, false, NULL);
    return;
  }
  Node *e = s->X;
  while (e->kind == N_PAREN) e = e->X;
  if (e->kind == N_CALL && e->sel != CALL_CONV &&
      (e->sel != CALL_BUILTIN || builtin_ok_as_stmt(e->Fun->obj->builtin)))
    return;
  if (e->kind == N_UNARY && e->Op == T_ARROW) return;
  if (x.mode == M_NOVALUE) return;
  check_error(expr_pos(s->X), "%s is not used", operand_string(&x));
}

static void check_send(Node *s) {
  Operand ch, v;
  check_expr(&ch, s->Chan);
  check_expr(&v, s->Value);
  if (ch.mode == M_INVALID || v.mode == M_INVALID) return;
  Type *u = type_underlying(ch.type);
  if (u->kind != TY_CHAN) {
    check_error(expr_pos(s->Chan), "invalid operation: cannot send to non-channel %s", operand_string(&ch));
    return;
  }
  if (u->dir == CHAN_RECV) {
    check_error(expr_pos(s->Chan), "invalid operation: cannot send to receive-only channel %s",
                operand_string(&ch));
    return;
  }
  check_assignment(&v, u->elem, "send");
}

static void check_go_defer(Node *s) {
  const char *what = s->kind == N_GOSTMT ? "go" : "defer";
  Node *c = s->X;
  if (s->kind == N_DEFERSTMT && ck.func) ck.func->hasDefer = true;
  if (c->kind == N_PAREN) {
    check_error(c->pos, "expression in %s must not be parenthesized", what);
    return;
  }
  if (c->kind != N_CALL) {
    /* gc's parser reports this at the node's own position: a selector's dot */
    Pos at = c->pos;
    if (c->kind == N_SELECTOR && at.col > 1) at.col--;
    check_error(at, "expression in %s must be function call", what);
    Operand x;
    check_expr_raw(&x, c, NULL);
    return;
  }
  Operand x;
  check_expr_raw(&x, c, NULL);
  if (c->sel == CALL_CONV) {
    check_error(expr_pos(c), "%s requires function call, not conversion", what);
  } else if (c->sel == CALL_BUILTIN && x.mode != M_INVALID && !builtin_ok_as_stmt(c->Fun->obj->builtin)) {
    check_error(expr_pos(c), "%s discards result of %s", what, operand_string(&x));
  }
}

static void return_error(Node *s, Vec *want, Operand *vals, int nr) {
  int nl = want->len;
  Vec have = {0};
  for (int i = 0; i < nr; i++) vec_push(&have, vals[i].type);
  Pos at = s->pos;
  if (nr > nl) at = expr_pos(vals[nl].expr);
  else if (nr > 0) at = expr_pos(vals[nr - 1].expr);
  check_error(at, "%s return values\n\thave %s\n\twant %s", nr > nl ? "too many" : "not enough",
              types_summary(&have, false), types_summary(want, false));
}

/* Naked return: named results must not be shadowed. */
static void check_naked_return(Node *s, FuncInfo *fi) {
  for (int i = 0; i < fi->results.len; i++) {
    Obj *r = fi->results.data[i];
    Obj *o = scope_lookup(ck.scope, r->name);
    if (o && o != r && strcmp(r->name, "_"))
      check_error(s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of var %s %s",
                  r->name, o->pos.file, o->pos.line, o->pos.col, r->name, tstr(o->type));
  }
}

static void check_return(Node *s) {
  FuncInfo *fi = ck.func;
  Vec *want = &fi->sig->results;
  int nr = s->Results.len, nl = want->len;
  if (!nr && nl && fi->results.len) {
    check_naked_return(s, fi);
    return;
  }
  Operand *vals = xmalloc(sizeof(Operand) * (size_t)(nr + nl + 1));
  if (nr == 1 && nl != 1) {
    check_multi_expr(&vals[0], s->Results.data[0]);
    if (vals[0].mode == M_INVALID) return;
    Type *t = vals[0].type;
    if (t && t->kind == TY_TUPLE) {
      int n = t->params.len;
      Operand v = vals[0];
      for (int i = 0; i < n; i++) {
        vals[i] = v;
        vals[i].mode = M_VALUE;
        vals[i].type = t->params.data[i];
      }
      if (n != nl) return_error(s, want, vals, n);
      else
        for (int i = 0; i < n; i++) check_assignment(&vals[i], want->data[i], "return statement");
      return;
    }
    if (vals[0].mode == M_NOVALUE) return;
    return_error(s, want, vals, 1);
    return;
  }
  bool bad = false;
  for (int i = 0; i < nr; i++) {
    check_expr_hint(&vals[i], s->Results.data[i], i < nl ? want->data[i] : NULL);
    bad |= vals[i].mode == M_INVALID;
  }
  if (bad) return;
  if (nr != nl) {
    return_error(s, want, vals, nr);
    return;
  }
  for (int i = 0; i < nr; i++) check_assignment(&vals[i], want->data[i], "return statement");
}

/* ---- branch statements ---- */

static bool is_loop(Node *n) { return n->kind == N_FORSTMT || n->kind == N_RANGESTMT; }

static bool pos_before(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

/* The first variable declared in l's block between a goto at `from` and
 * the label (gc: "goto L jumps over declaration of x at ..."). */
static Node *jumped_declaration(LabelInfo *l, Pos from) {
  Node *b = l->block;
  Vec *list = b->kind == N_CASECLAUSE || b->kind == N_COMMCLAUSE ? &b->Body->List : &b->List;
  for (int i = 0; i < list->len; i++) {
    Node *s = list->data[i];
    if (!pos_before(from, s->pos) || !pos_before(s->pos, l->stmt->pos)) continue;
    if (s->kind == N_ASSIGNSTMT && s->Op == T_DEFINE) return s;
    if (s->kind == N_DECLSTMT && s->Decl->Tok == T_VAR) return s;
  }
  return NULL;
}

static void check_branch(Node *s) {
  const char *name = s->Label ? s->Label->Name : NULL;
  if (s->Op == T_GOTO) {
    LabelInfo *l = find_label(name);
    if (!l) {
      check_error(s->Label->pos, "label %s not defined", name);
      return;
    }
    l->obj->used = true;
    s->Label->obj = l->obj;
    bool visible = false;
    for (int i = 0; i < open_blocks.len; i++) visible |= open_blocks.data[i] == l->block;
    if (!visible) {
      check_error(s->Label->pos, "goto %s jumps into block starting at %s:%d:%d", name,
                  l->block->pos.file, l->block->pos.line, l->block->pos.col);
      return;
    }
    Node *d = jumped_declaration(l, s->pos);
    if (d) {
      Node *spec = d->kind == N_DECLSTMT ? d->Decl->Specs.data[0] : NULL;
      Node *id = spec ? spec->Names.data[0] : d->Lhs.data[0];
      Pos at = spec ? id->pos : d->pos;
      check_error(s->Label->pos, "goto %s jumps over declaration of %s at %s:%d:%d", name, id->Name,
                  at.file, at.line, at.col);
    }
    return;
  }
  if (s->Op == T_FALLTHROUGH) {
    if (!s->aux) check_error(s->pos, "fallthrough statement out of place"); /* not in a switch */
    return;
  }
  bool isBreak = s->Op == T_BREAK;
  if (name) {
    LabelInfo *l = find_label(name);
    if (!l) {
      check_error(s->Label->pos, "%s label not defined: %s", isBreak ? "break" : "continue", name);
      return;
    }
    l->obj->used = true;
    s->Label->obj = l->obj;
    Node *target = l->stmt->Stmt;
    bool enclosing = false;
    for (int i = 0; i < ck.breakable.len; i++) enclosing |= ck.breakable.data[i] == target;
    if (!enclosing || (!isBreak && !is_loop(target))) {
      check_error(s->Label->pos, "invalid %s label %s", isBreak ? "break" : "continue", name);
      return;
    }
    s->aux = target;
    return;
  }
  for (int i = ck.breakable.len - 1; i >= 0; i--) {
    Node *t = ck.breakable.data[i];
    if (isBreak || is_loop(t)) {
      s->aux = t;
      return;
    }
  }
  if (isBreak) check_error(s->pos, "break is not in a loop, switch, or select");
  else check_error(s->pos, "continue is not in a loop");
}

/* ---- if / switch ---- */

static void check_cond(Node *cond, const char *what) {
  if (!cond) return;
  Operand x;
  check_expr(&x, cond);
  if (x.mode == M_INVALID) return;
  if (!type_is_boolean(x.type)) {
    check_error(expr_pos(cond), "non-boolean condition in %s statement", what);
    return;
  }
  convert_untyped(&x, type_basic(TY_BOOL));
}

static void check_if(Node *s) {
  check_open_scope();
  if (s->Init) check_stmt(s->Init);
  check_cond(s->Cond, "if");
  check_block(s->Body);
  if (s->Else) check_stmt(s->Else);
  check_report_unused(ck.scope);
  check_close_scope();
}

static void check_fallthrough_placement(Node *clause, bool last, bool typeSwitch) {
  Vec *body = &clause->Body->List;
  for (int i = 0; i < body->len; i++) {
    Node *st = body->data[i];
    while (st->kind == N_LABELEDSTMT) st = st->Stmt;
    if (st->kind != N_BRANCHSTMT || st->Op != T_FALLTHROUGH) continue;
    st->aux = clause; /* placement checked here */
    if (typeSwitch) check_error(st->pos, "cannot fallthrough in type switch");
    else if (i != body->len - 1) check_error(st->pos, "fallthrough statement out of place");
    else if (last) check_error(st->pos, "cannot fallthrough final case in switch");
  }
}

/* Checks the clause bodies of a switch or select in their own scopes. */
static void check_clause_body(Node *c, Obj *sym) {
  check_open_scope();
  if (sym) scope_insert(ck.scope, sym);
  check_list(c, &c->Body->List);
  check_report_unused(ck.scope);
  check_close_scope();
}

static void check_default_count(Node *s) {
  Node *first = NULL;
  for (int i = 0; i < s->Body->List.len; i++) {
    Node *c = s->Body->List.data[i];
    bool isDef = c->kind == N_CASECLAUSE ? (c->IsDefault || !c->List.len) : !c->Comm;
    if (!isDef) continue;
    if (first)
      check_error(c->pos, "multiple defaults in %s", s->kind == N_SELECTSTMT ? "select" : "switch");
    first = c;
  }
}

static void check_switch(Node *s) {
  check_open_scope();
  if (s->Init) check_stmt(s->Init);
  Operand tag;
  if (s->Tag) {
    check_expr(&tag, s->Tag);
    if (tag.mode != M_INVALID) {
      convert_untyped(&tag, type_default(tag.type));
      if (tag.mode != M_INVALID && !type_comparable(tag.type) && !type_has_nil(tag.type)) {
        check_error(expr_pos(s->Tag), "cannot switch on %s", operand_string(&tag));
        tag.mode = M_INVALID;
      }
    }
  } else {
    memset(&tag, 0, sizeof tag);
    tag.mode = M_CONST;
    tag.type = type_basic(TY_BOOL);
    tag.val = const_bool(true);
    static Node trueIdent = {.kind = N_IDENT, .Name = "true"};
    tag.expr = &trueIdent;
  }
  check_default_count(s);
  vec_push(&ck.breakable, s);
  Vec seen = {0}; /* Operand* of constant cases */
  for (int i = 0; i < s->Body->List.len; i++) {
    Node *c = s->Body->List.data[i];
    for (int j = 0; j < c->List.len; j++) {
      Operand x;
      check_expr(&x, c->List.data[j]);
      if (x.mode == M_INVALID || tag.mode == M_INVALID) continue;
      Operand t = tag;
      if (type_is_untyped(x.type) || type_is_untyped(t.type)) {
        convert_untyped(&x, t.type);
        if (x.mode == M_INVALID) continue;
      }
      Operand cmp = x;
      check_comparison(&cmp, &t, T_EQL, NULL);
      if (cmp.mode == M_INVALID || x.mode != M_CONST) continue;
      for (int k = 0; k < seen.len; k++) {
        Operand *p = seen.data[k];
        if (type_identical(p->type, x.type) && const_compare(T_EQL, p->val, x.val)) {
          Pos pp = expr_pos(p->expr);
          check_error(expr_pos(x.expr), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                      operand_string(&x), pp.file, pp.line, pp.col);
          break;
        }
      }
      Operand *keep = xmalloc(sizeof *keep);
      *keep = x;
      vec_push(&seen, keep);
    }
    check_fallthrough_placement(c, i == s->Body->List.len - 1, false);
    check_clause_body(c, NULL);
  }
  ck.breakable.len--;
  check_report_unused(ck.scope);
  check_close_scope();
}

static void check_type_switch(Node *s) {
  check_open_scope();
  if (s->Init) check_stmt(s->Init);
  Node *a = s->Assign;
  Node *sym = NULL, *ta;
  if (a->kind == N_ASSIGNSTMT) {
    sym = a->Lhs.data[0];
    ta = a->Rhs.data[0];
    if (!strcmp(sym->Name, "_")) {
      check_error(sym->pos, "no new variable on left side of :=");
      sym = NULL;
    }
  } else {
    ta = a->X;
  }
  while (ta->kind == N_PAREN) ta = ta->X;
  Operand x;
  check_expr(&x, ta->X);
  if (x.mode != M_INVALID && !type_is_interface(x.type)) {
    check_error(expr_pos(ta->X), "%s is not an interface", operand_string(&x));
    x.mode = M_INVALID;
  }
  ta->type = x.type;
  check_default_count(s);
  vec_push(&ck.breakable, s);
  Vec syms = {0};
  Vec seen = {0};
  for (int i = 0; i < s->Body->List.len; i++) {
    Node *c = s->Body->List.data[i];
    Type *single = NULL;
    for (int j = 0; j < c->List.len; j++) {
      Node *e = c->List.data[j];
      Type *t;
      if (e->kind == N_IDENT && !strcmp(e->Name, "nil") && scope_lookup(ck.scope, e->Name) &&
          scope_lookup(ck.scope, e->Name)->kind == OBJ_NIL) {
        e->obj = scope_lookup(ck.scope, e->Name);
        t = type_basic(TY_UNTYPED_NIL);
        e->type = t;
      } else {
        t = check_type(e);
      }
      if (t->kind == TY_INVALID || x.mode == M_INVALID) continue;
      for (int k = 0; k < seen.len; k++) {
        Node *p = seen.data[k];
        if (type_identical(p->type, t)) {
          check_error(expr_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                      expr_string(e), p->pos.file, p->pos.line, p->pos.col);
          break;
        }
      }
      vec_push(&seen, e);
      const char *reason = NULL;
      if (t->kind != TY_UNTYPED_NIL && !type_is_interface(t) && !implements(t, x.type, &reason))
        check_error(expr_pos(e), "impossible type switch case: %s cannot have dynamic type %s %s",
                    operand_string(&x), tstr(t), reason ? reason : "");
      single = c->List.len == 1 ? t : NULL;
    }
    check_fallthrough_placement(c, i == s->Body->List.len - 1, true);
    Obj *o = NULL;
    if (sym) {
      Type *t = single && single->kind != TY_UNTYPED_NIL ? single : x.type;
      o = obj_new(OBJ_VAR, sym->Name, t ? t : type_basic(TY_INVALID), sym->pos);
      o->pkg = ck.pkg->path;
      o->check = ck.func;
      o->decl = sym;
      c->aux = o;
      vec_push(&syms, o);
      o->used = true; /* reported once for the switch symbol below */
      o->used = false;
    }
    check_open_scope();
    if (o) scope_insert(ck.scope, o);
    check_list(c, &c->Body->List);
    if (o) {
      bool u = o->used;
      o->used = true;
      check_report_unused(ck.scope);
      o->used = u;
    } else {
      check_report_unused(ck.scope);
    }
    check_close_scope();
  }
  ck.breakable.len--;
  if (sym) {
    bool used = false;
    for (int i = 0; i < syms.len; i++) used |= ((Obj *)syms.data[i])->used;
    if (!used) check_error(sym->pos, "declared and not used: %s", sym->Name);
    Obj *shared = syms.len ? syms.data[0] : NULL;
    sym->obj = shared;
  }
  check_report_unused(ck.scope);
  check_close_scope();
}

/* ---- select ---- */

static bool is_recv(Node *e) {
  while (e && e->kind == N_PAREN) e = e->X;
  return e && e->kind == N_UNARY && e->Op == T_ARROW;
}

static void check_select(Node *s) {
  check_default_count(s);
  vec_push(&ck.breakable, s);
  for (int i = 0; i < s->Body->List.len; i++) {
    Node *c = s->Body->List.data[i];
    check_open_scope();
    Node *comm = c->Comm;
    bool valid = !comm || comm->kind == N_SENDSTMT ||
                 (comm->kind == N_EXPRSTMT && is_recv(comm->X)) ||
                 (comm->kind == N_ASSIGNSTMT && comm->Rhs.len == 1 && is_recv(comm->Rhs.data[0]) &&
                  (comm->Op == T_ASSIGN || comm->Op == T_DEFINE));
    if (!valid) check_error(expr_pos(comm), "select case must be send or receive (possibly with assignment)");
    else if (comm) check_stmt(comm);
    check_list(c, &c->Body->List);
    check_report_unused(ck.scope);
    check_close_scope();
  }
  ck.breakable.len--;
}

/* ---- for / range ---- */

static void mark_per_iteration(Scope *s) {
  for (int i = 0; i < s->names.len; i++) ((Obj *)s->names.data[i])->perIter = true;
}

static void check_for(Node *s) {
  check_open_scope();
  if (s->Init) check_stmt(s->Init);
  mark_per_iteration(ck.scope);
  if (s->Cond) check_cond(s->Cond, "for");
  if (s->Post) {
    if (s->Post->kind == N_ASSIGNSTMT && s->Post->Op == T_DEFINE)
      check_error(s->Post->pos, "cannot declare in post statement of for loop");
    else
      check_stmt(s->Post);
  }
  vec_push(&ck.breakable, s);
  check_block(s->Body);
  ck.breakable.len--;
  check_report_unused(ck.scope);
  check_close_scope();
}

static bool range_types(Operand *x, RangeInfo *ri, bool *oneVar) {
  Type *u = type_underlying(x->type);
  *oneVar = false;
  if (u->kind == TY_POINTER && type_underlying(u->elem)->kind == TY_ARRAY) {
    ri->kind = RANGE_ARRAY_PTR;
    ri->keyType = type_basic(TY_INT);
    ri->valueType = type_underlying(u->elem)->elem;
    return true;
  }
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    convert_untyped(x, type_basic(TY_STRING));
    ri->kind = RANGE_STRING;
    ri->keyType = type_basic(TY_INT);
    ri->valueType = type_rune();
    return true;
  case TY_ARRAY: case TY_SLICE:
    ri->kind = u->kind == TY_ARRAY ? RANGE_ARRAY : RANGE_SLICE;
    ri->keyType = type_basic(TY_INT);
    ri->valueType = u->elem;
    return true;
  case TY_MAP:
    ri->kind = RANGE_MAP;
    ri->keyType = u->key;
    ri->valueType = u->elem;
    return true;
  case TY_CHAN:
    if (u->dir == CHAN_SEND) return false;
    ri->kind = RANGE_CHAN;
    ri->keyType = u->elem;
    *oneVar = true;
    return true;
  default:
    if (type_is_integer(u)) {
      if (x->mode == M_CONST && type_is_untyped(x->type)) convert_untyped(x, type_basic(TY_INT));
      ri->kind = RANGE_INT;
      ri->keyType = x->type;
      *oneVar = true;
      return x->mode != M_INVALID;
    }
    return false;
  }
}

static void check_range(Node *s) {
  check_open_scope();
  Operand x;
  check_expr(&x, s->X);
  RangeInfo *ri = xmalloc(sizeof *ri);
  s->aux = ri;
  bool oneVar = false, ok = x.mode != M_INVALID;
  Operand orig = x;
  if (ok && type_underlying(x.type)->kind == TY_FUNC) {
    check_error(expr_pos(s->X), "range over %s is not supported by minigo", operand_string(&x));
    ok = false;
  } else if (ok && !range_types(&x, ri, &oneVar)) {
    if (type_underlying(x.type)->kind == TY_CHAN)
      check_error(expr_pos(s->X), "cannot range over %s: receive from send-only channel", operand_string(&x));
    else
      check_error(expr_pos(s->X), "cannot range over %s", operand_string(&x));
    ok = false;
  }
  if (ok && oneVar && s->Value) {
    check_error(expr_pos(s->Value), "range over %s permits only one iteration variable",
                operand_string(&orig));
    ok = false;
  }
  Node *vars[2] = {s->Key, s->Value};
  Type *types[2] = {ri->keyType, ri->valueType};
  if (s->Tok == T_DEFINE) {
    Obj *objs[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
      Node *id = vars[i];
      if (!id) continue;
      if (id->kind != N_IDENT) {
        check_error(expr_pos(id), "non-name %s on left side of :=", expr_string(id));
        continue;
      }
      Obj *o = obj_new(OBJ_VAR, id->Name, ok ? types[i] : type_basic(TY_INVALID), id->pos);
      o->pkg = ck.pkg->path;
      o->check = ck.func;
      o->decl = id;
      o->perIter = true;
      if (!ok) o->used = true;
      id->type = o->type;
      if (strcmp(id->Name, "_")) {
        id->obj = o;
        objs[i] = o;
      }
    }
    for (int i = 0; i < 2; i++)
      if (objs[i]) check_declare(ck.scope, objs[i], objs[i]->pos);
    ri->key = objs[0];
    ri->value = objs[1];
  } else if (s->Tok) {
    for (int i = 0; i < 2; i++) {
      if (!vars[i]) continue;
      Operand v = {.mode = M_VALUE, .type = types[i], .expr = s->X};
      if (!ok) {
        Operand z;
        check_expr(&z, vars[i]);
        continue;
      }
      check_assign_var(vars[i], &v);
    }
  }
  vec_push(&ck.breakable, s);
  check_block(s->Body);
  ck.breakable.len--;
  check_report_unused(ck.scope);
  check_close_scope();
}

/* ---- dispatch ---- */

void check_stmt(Node *s) {
  if (!s) return;
  switch (s->kind) {
  case N_EMPTYSTMT: break;
  case N_DECLSTMT: check_local_decl(s->Decl); break;
  case N_LABELEDSTMT: check_stmt(s->Stmt); break;
  case N_EXPRSTMT: check_expr_stmt(s); break;
  case N_SENDSTMT: check_send(s); break;
  case N_INCDECSTMT: check_incdec(s); break;
  case N_ASSIGNSTMT: check_assign_stmt(s); break;
  case N_GOSTMT: case N_DEFERSTMT: check_go_defer(s); break;
  case N_RETURNSTMT: check_return(s); break;
  case N_BRANCHSTMT: check_branch(s); break;
  case N_BLOCKSTMT: check_block(s); break;
  case N_IFSTMT: check_if(s); break;
  case N_SWITCHSTMT: check_switch(s); break;
  case N_TYPESWITCHSTMT: check_type_switch(s); break;
  case N_SELECTSTMT: check_select(s); break;
  case N_FORSTMT: check_for(s); break;
  case N_RANGESTMT: check_range(s); break;
  default: check_error(s->pos, "unexpected %s in statement list", ast_kind_name(s->kind)); break;
  }
}
