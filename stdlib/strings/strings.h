/* strings.h - package strings in C; the Builder mirrors strings.go's layout. */
#ifndef MG_STRINGS_H
#define MG_STRINGS_H

#include "minigo.h"

typedef struct strings__Builder strings__Builder;
struct strings__Builder {
  strings__Builder *addr;  /* of the receiver, to detect copies by value */
  mg_slice buf;
};

struct strings__Cut__ret { mg_string r0, r1; bool r2; };
struct strings__Builder__Write__ret { int64_t r0; mg_iface r1; };
struct strings__Builder__WriteRune__ret { int64_t r0; mg_iface r1; };
struct strings__Builder__WriteString__ret { int64_t r0; mg_iface r1; };

/* Searching */
int64_t strings__Index(mg_string s, mg_string sep);
int64_t strings__LastIndex(mg_string s, mg_string sep);
int64_t strings__IndexByte(mg_string s, uint8_t c);
int64_t strings__LastIndexByte(mg_string s, uint8_t c);
int64_t strings__IndexRune(mg_string s, int32_t r);
int64_t strings__IndexAny(mg_string s, mg_string chars);
int64_t strings__LastIndexAny(mg_string s, mg_string chars);
int64_t strings__IndexFunc(mg_string s, mg_func *f);
int64_t strings__LastIndexFunc(mg_string s, mg_func *f);
bool strings__Contains(mg_string s, mg_string sub);
bool strings__ContainsRune(mg_string s, int32_t r);
bool strings__ContainsAny(mg_string s, mg_string chars);
bool strings__HasPrefix(mg_string s, mg_string prefix);
bool strings__HasSuffix(mg_string s, mg_string suffix);
int64_t strings__Count(mg_string s, mg_string sep);
int64_t strings__Compare(mg_string a, mg_string b);
bool strings__EqualFold(mg_string s, mg_string t);
struct strings__Cut__ret strings__Cut(mg_string s, mg_string sep);

/* Splitting and joining ([]string as mg_slice of mg_string) */
mg_slice strings__Split(mg_string s, mg_string sep);
mg_slice strings__SplitN(mg_string s, mg_string sep, int64_t n);
mg_slice strings__SplitAfter(mg_string s, mg_string sep);
mg_slice strings__SplitAfterN(mg_string s, mg_string sep, int64_t n);
mg_slice strings__Fields(mg_string s);
mg_slice strings__FieldsFunc(mg_string s, mg_func *f);
mg_string strings__Join(mg_slice elems, mg_string sep);

/* Transforming */
mg_string strings__Repeat(mg_string s, int64_t count);
mg_string strings__Replace(mg_string s, mg_string old, mg_string new_, int64_t n);
mg_string strings__ReplaceAll(mg_string s, mg_string old, mg_string new_);
mg_string strings__Map(mg_func *mapping, mg_string s);
mg_string strings__ToUpper(mg_string s);
mg_string strings__ToLower(mg_string s);
mg_string strings__ToTitle(mg_string s);
mg_string strings__Title(mg_string s);
mg_string strings__TrimSpace(mg_string s);
mg_string strings__Trim(mg_string s, mg_string cutset);
mg_string strings__TrimLeft(mg_string s, mg_string cutset);
mg_string strings__TrimRight(mg_string s, mg_string cutset);
mg_string strings__TrimFunc(mg_string s, mg_func *f);
mg_string strings__TrimLeftFunc(mg_string s, mg_func *f);
mg_string strings__TrimRightFunc(mg_string s, mg_func *f);
mg_string strings__TrimPrefix(mg_string s, mg_string prefix);
mg_string strings__TrimSuffix(mg_string s, mg_string suffix);

/* Builder */
mg_string strings__Builder__String(strings__Builder *b);
int64_t strings__Builder__Len(strings__Builder *b);
int64_t strings__Builder__Cap(strings__Builder *b);
void strings__Builder__Reset(strings__Builder *b);
void strings__Builder__Grow(strings__Builder *b, int64_t n);
struct strings__Builder__Write__ret strings__Builder__Write(strings__Builder *b, mg_slice p);
mg_iface strings__Builder__WriteByte(strings__Builder *b, uint8_t c);
struct strings__Builder__WriteRune__ret strings__Builder__WriteRune(strings__Builder *b, int32_t r);
struct strings__Builder__WriteString__ret strings__Builder__WriteString(strings__Builder *b,
                                                                        mg_string s);

#endif
