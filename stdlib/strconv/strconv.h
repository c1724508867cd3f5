/*
 * strconv.h - package strconv in C. Parsing returns a status code; the Go
 * wrappers in strconv.go turn it into a *NumError.
 */
#ifndef MG_STRCONV_H
#define MG_STRCONV_H

#include "minigo.h"

/* Status of the parse helpers, as strconv.go maps them to errors. */
enum { STRCONV_OK, STRCONV_SYNTAX, STRCONV_RANGE, STRCONV_BASE, STRCONV_BITSIZE };

/* Shared by the integer and float parsers (atoi.c). */
static inline uint8_t mg_strconv_lower(uint8_t c) { return c | ('x' - 'X'); }
bool mg_strconv_underscore_ok(const uint8_t *s, int64_t n);

struct strconv__parseInt__ret { int64_t r0; int64_t r1; };
struct strconv__parseUint__ret { uint64_t r0; int64_t r1; };
struct strconv__parseFloat__ret { double r0; int64_t r1; };
struct strconv__unquote__ret { mg_string r0; bool r1; };

struct strconv__parseInt__ret strconv__parseInt(mg_string s, int64_t base, int64_t bitSize);
struct strconv__parseUint__ret strconv__parseUint(mg_string s, int64_t base, int64_t bitSize);
struct strconv__parseFloat__ret strconv__parseFloat(mg_string s, int64_t bitSize);

mg_string strconv__Itoa(int64_t i);
mg_string strconv__FormatInt(int64_t i, int64_t base);
mg_string strconv__FormatUint(uint64_t i, int64_t base);
/* fmt is 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; prec -1 is the shortest exact form. */
mg_string strconv__FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize);

mg_string strconv__Quote(mg_string s);
mg_string strconv__QuoteToASCII(mg_string s);
mg_string strconv__QuoteRune(int32_t r);
mg_string strconv__QuoteRuneToASCII(int32_t r);
bool strconv__IsPrint(int32_t r);
bool strconv__CanBackquote(mg_string s);
struct strconv__unquote__ret strconv__unquote(mg_string s);

#endif
