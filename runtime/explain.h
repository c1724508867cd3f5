/*
 * explain.h - the deadlock report's teaching part (explain.c).
 */
#ifndef MG_EXPLAIN_H
#define MG_EXPLAIN_H

#include "runtime.h"

/* After Go's deadlock text: for each blocked gs[i] (stack pcs[i][0..ns[i]))
 * the .mg line where it blocks, on what, and a hint. */
void mg_explain_deadlock(int n, G **gs, void ***pcs, int *ns);

#endif
