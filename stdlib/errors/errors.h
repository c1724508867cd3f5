/* errors.h - the descriptor-reading helpers of errors.Is and errors.As. */
#ifndef MG_ERRORS_H
#define MG_ERRORS_H

#include "minigo.h"

bool errors__comparable(mg_iface err);
/* 0 when As may store into target; 1 nil, 2 not a non-nil pointer,
 * 3 *target neither an interface nor an error type. */
int64_t errors__checkTarget(mg_iface target);
bool errors__assignTo(mg_iface err, mg_iface target);

#endif
