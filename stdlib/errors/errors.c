/* errors.c - the parts of errors.Is and errors.As that read type descriptors. */
#include "errors/errors.h"

bool errors__comparable(mg_iface err) { return err.type->comparable; }

static bool implements_error(const mg_type *t) {
  const mg_method *m = mg_find_method(t, "Error");
  return m != NULL && strcmp(m->sig, "func() string") == 0;
}

int64_t errors__checkTarget(mg_iface target) {
  if (target.type == NULL) return 1;
  if (target.type->kind != MG_POINTER || target.data == NULL) return 2;
  const mg_type *t = target.type->elem;
  return t->kind == MG_INTERFACE || implements_error(t) ? 0 : 3;
}

bool errors__assignTo(mg_iface err, mg_iface target) {
  const mg_type *t = target.type->elem;
  if (t->kind == MG_INTERFACE) {
    if (!mg_implements(err.type, t)) return false;
    *(mg_iface *)target.data = err;
    return true;
  }
  if (err.type != t) return false;
  memcpy(target.data, mg_iface_ptr(&err), t->size);
  return true;
}
