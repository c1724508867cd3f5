/* utf8.h - UTF-8 coding with Go's exact rules, shared by strings and strconv. */
#ifndef MG_UTF8_H
#define MG_UTF8_H

#include "minigo.h"

#define MG_RUNE_ERROR 0xFFFD
#define MG_RUNE_SELF 0x80

/* Decodes the first rune of p[0:n]: (RuneError, 1) when invalid, (RuneError, 0) when empty. */
int32_t mg_utf8_decode(const uint8_t *p, int64_t n, int64_t *size);
int32_t mg_utf8_decode_last(const uint8_t *p, int64_t n, int64_t *size);
/* Writes r (RuneError if invalid) to p, which has room for 4 bytes; returns the length. */
int mg_utf8_encode(uint8_t *p, int32_t r);
int64_t mg_utf8_count(const uint8_t *p, int64_t n);
bool mg_utf8_valid(const uint8_t *p, int64_t n);

struct unicode_utf8__DecodeRuneInString__ret { int32_t r0; int64_t r1; };
struct unicode_utf8__DecodeLastRuneInString__ret { int32_t r0; int64_t r1; };
struct unicode_utf8__DecodeRune__ret { int32_t r0; int64_t r1; };
struct unicode_utf8__DecodeLastRune__ret { int32_t r0; int64_t r1; };

int64_t unicode_utf8__RuneLen(int32_t r);
bool unicode_utf8__ValidRune(int32_t r);
int64_t unicode_utf8__RuneCountInString(mg_string s);
int64_t unicode_utf8__RuneCount(mg_slice p);
bool unicode_utf8__ValidString(mg_string s);
bool unicode_utf8__Valid(mg_slice p);
bool unicode_utf8__FullRuneInString(mg_string s);
bool unicode_utf8__FullRune(mg_slice p);
struct unicode_utf8__DecodeRuneInString__ret unicode_utf8__DecodeRuneInString(mg_string s);
struct unicode_utf8__DecodeLastRuneInString__ret unicode_utf8__DecodeLastRuneInString(mg_string s);
struct unicode_utf8__DecodeRune__ret unicode_utf8__DecodeRune(mg_slice p);
struct unicode_utf8__DecodeLastRune__ret unicode_utf8__DecodeLastRune(mg_slice p);
int64_t unicode_utf8__EncodeRune(mg_slice p, int32_t r);

#endif
