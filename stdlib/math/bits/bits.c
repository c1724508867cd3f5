/* bits.c - the runtime error math/bits raises on a quotient overflow. */
#include "minigo.h"

void math_bits__overflowPanic(void) { mg_panic_runtime_error("integer overflow"); }
