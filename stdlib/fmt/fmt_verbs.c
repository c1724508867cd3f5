/*
 * fmt_verbs.c - the formatting primitives of Go's fmt/format.go (padding,
 * integers, strings, runes, floats) and Printf's format parser
 * (doPrintf in fmt/print.go), with Go's error strings.
 */
#include "fmt/fmt.h"
#include "unicode/unicode.h"

const char fmt_ldigits[] = "0123456789abcdefx";
const char fmt_udigits[] = "0123456789ABCDEFX";

static void write_padding(fmt_pp *p, int64_t n)
{
  if (n <= 0)
    return;
  mgstd_buf_grow(&p->buf, n);
  memset(p->buf.p + p->buf.len, p->f.zero ? '0' : ' ', (size_t)n);
  p->buf.len += n;
}

void fmt_pad(fmt_pp *p, const uint8_t *s, int64_t n)
{
  if (!p->f.widPresent || p->wid == 0) {
    mgstd_buf_put(&p->buf, s, n);
    return;
  }
  int64_t width = p->wid - mg_string_runecount((mg_string){s, n});
  if (!p->f.minus)
    write_padding(p, width);
  mgstd_buf_put(&p->buf, s, n);
  if (p->f.minus)
    write_padding(p, width);
}

void fmt_pad_cstr(fmt_pp *p, const char *s)
{
  fmt_pad(p, (const uint8_t *)s, (int64_t)strlen(s));
}

/* Pads with spaces even when the 0 flag is set. */
static void pad_nozero(fmt_pp *p, const uint8_t *s, int64_t n)
{
  bool zero = p->f.zero;
  p->f.zero = false;
  fmt_pad(p, s, n);
  p->f.zero = zero;
}

void fmt_boolean(fmt_pp *p, bool v)
{
  fmt_pad_cstr(p, v ? "true" : "false");
}

void fmt_unicode(fmt_pp *p, uint64_t u)
{
  int64_t prec = p->f.precPresent && p->prec > 4 ? p->prec : 4;
  int64_t size = prec + 16;
  uint8_t local[80], *buf = size <= (int64_t)sizeof local ? local : mg_alloc_atomic(size);
  int64_t i = size;
  if (p->f.sharp && u <= 0x10FFFF && unicode__IsPrint((int32_t)u)) {
    uint8_t enc[4];
    int n = mg_rune_encode(enc, (int64_t)u);
    buf[--i] = '\'';
    i -= n;
    memcpy(buf + i, enc, (size_t)n);
    buf[--i] = '\'';
    buf[--i] = ' ';
  }
  for (; u >= 16; u >>= 4, prec--)
    buf[--i] = (uint8_t)fmt_udigits[u & 0xF];
  buf[--i] = (uint8_t)fmt_udigits[u];
  for (prec--; prec > 0; prec--)
    buf[--i] = '0';
  buf[--i] = '+';
  buf[--i] = 'U';
  pad_nozero(p, buf + i, size - i);
}

void fmt_integer(fmt_pp *p, uint64_t u, int base, bool isSigned, int verb, const char *digits)
{
  bool negative = isSigned && (int64_t)u < 0;
  if (negative)
    u = -u;
  int64_t size = 68;
  if (p->f.widPresent || p->f.precPresent)
    size = 3 + p->wid + p->prec > size ? 3 + p->wid + p->prec : size;
  uint8_t local[68], *buf = size <= 68 ? local : mg_alloc_atomic(size);
  int64_t prec = 0;
  if (p->f.precPresent) {
    prec = p->prec;
    if (prec == 0 && u == 0) {
      bool zero = p->f.zero;
      p->f.zero = false;
      write_padding(p, p->wid);
      p->f.zero = zero;
      return;
    }
  } else if (p->f.zero && p->f.widPresent) {
    prec = p->wid;
    if (negative || p->f.plus || p->f.space)
      prec--;  /* leave room for the sign */
  }
  int64_t i = size;
  for (; u >= (uint64_t)base; u /= (uint64_t)base)
    buf[--i] = (uint8_t)digits[u % (uint64_t)base];
  buf[--i] = (uint8_t)digits[u];
  while (i > 0 && prec > size - i)
    buf[--i] = '0';
  if (p->f.sharp) {
    if (base == 2) {
      buf[--i] = 'b';
      buf[--i] = '0';
    } else if (base == 8 && buf[i] != '0') {
      buf[--i] = '0';
    } else if (base == 16) {
      buf[--i] = (uint8_t)digits[16];
      buf[--i] = '0';
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative)
    buf[--i] = '-';
  else if (p->f.plus)
    buf[--i] = '+';
  else if (p->f.space)
    buf[--i] = ' ';
  pad_nozero(p, buf + i, size - i);
}

void fmt_0x64(fmt_pp *p, uint64_t v, bool leading0x)
{
  bool sharp = p->f.sharp;
  p->f.sharp = leading0x;
  fmt_integer(p, v, 16, false, 'v', fmt_ldigits);
  p->f.sharp = sharp;
}

/* s cut to the precision, counted in runes. */
static mg_string truncate(fmt_pp *p, mg_string s)
{
  if (p->f.precPresent) {
    int64_t n = p->prec, w;
    for (int64_t i = 0; i < s.len; i += w) {
      if (--n < 0)
        return (mg_string){s.ptr, i};
      mg_string_decode_rune(s, i, &w);
    }
  }
  return s;
}

void fmt_s(fmt_pp *p, mg_string s)
{
  s = truncate(p, s);
  fmt_pad(p, s.ptr, s.len);
}

void fmt_sbx(fmt_pp *p, mg_string s, const char *digits)
{
  int64_t length = s.len;
  if (p->f.precPresent && p->prec < length)
    length = p->prec;
  int64_t width = 2 * length;
  if (width > 0) {
    if (p->f.space) {
      if (p->f.sharp)
        width *= 2;
      width += length - 1;
    } else if (p->f.sharp) {
      width += 2;
    }
  } else {
    if (p->f.widPresent)
      write_padding(p, p->wid);
    return;
  }
  if (p->f.widPresent && p->wid > width && !p->f.minus)
    write_padding(p, p->wid - width);
  mgstd_buf *b = &p->buf;
  if (p->f.sharp) {
    mgstd_buf_byte(b, '0');
    mgstd_buf_byte(b, (uint8_t)digits[16]);
  }
  for (int64_t i = 0; i < length; i++) {
    if (p->f.space && i > 0) {
      mgstd_buf_byte(b, ' ');
      if (p->f.sharp) {
        mgstd_buf_byte(b, '0');
        mgstd_buf_byte(b, (uint8_t)digits[16]);
      }
    }
    mgstd_buf_byte(b, (uint8_t)digits[s.ptr[i] >> 4]);
    mgstd_buf_byte(b, (uint8_t)digits[s.ptr[i] & 0xF]);
  }
  if (p->f.widPresent && p->wid > width && p->f.minus)
    write_padding(p, p->wid - width);
}

void fmt_q(fmt_pp *p, mg_string s)
{
  s = truncate(p, s);
  if (p->f.sharp && strconv__CanBackquote(s)) {
    mgstd_buf q = {0};
    mgstd_buf_byte(&q, '`');
    mgstd_buf_str(&q, s);
    mgstd_buf_byte(&q, '`');
    fmt_pad(p, q.p, q.len);
    return;
  }
  mg_string q = p->f.plus ? strconv__QuoteToASCII(s) : strconv__Quote(s);
  fmt_pad(p, q.ptr, q.len);
}

void fmt_c(fmt_pp *p, uint64_t c)
{
  uint8_t enc[4];
  int n = mg_rune_encode(enc, c > 0x10FFFF ? 0xFFFD : (int64_t)c);
  fmt_pad(p, enc, n);
}

void fmt_qc(fmt_pp *p, uint64_t c)
{
  int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
  mg_string q = p->f.plus ? strconv__QuoteRuneToASCII(r) : strconv__QuoteRune(r);
  fmt_pad(p, q.ptr, q.len);
}

/* The # flag on floats: keep the point and pad %g to its precision. */
static void sharp_float(mgstd_buf *num, int verb, int prec)
{
  int digits = 0;
  if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
    digits = prec == -1 ? 6 : prec;
  uint8_t tail[8];
  int64_t ntail = 0;
  bool point = false, nonzero = false;
  for (int64_t i = 1; i < num->len; i++) {
    uint8_t c = num->p[i];
    if (c == '.') {
      point = true;
    } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
      ntail = num->len - i;
      memcpy(tail, num->p + i, (size_t)ntail);
      num->len = i;
      break;
    } else {
      if (c != '0')
        nonzero = true;
      if (nonzero)
        digits--;
    }
  }
  if (!point) {
    if (num->len == 2 && num->p[1] == '0')
      digits--;
    mgstd_buf_byte(num, '.');
  }
  for (; digits > 0; digits--)
    mgstd_buf_byte(num, '0');
  mgstd_buf_put(num, tail, ntail);
}

void fmt_float(fmt_pp *p, double v, int size, int verb, int prec)
{
  if (p->f.precPresent)
    prec = (int)p->prec;
  mgstd_buf num = {0};
  mgstd_buf_byte(&num, '+');
  mgstd_buf_str(&num, strconv__FormatFloat(v, (uint8_t)verb, prec, size));
  uint8_t *s = num.p;
  int64_t n = num.len;
  if (s[1] == '-' || s[1] == '+') {
    s++, n--;
  }
  if (p->f.space && s[0] == '+' && !p->f.plus)
    s[0] = ' ';
  if (s[1] == 'I' || s[1] == 'N') {
    if (s[1] == 'N' && !p->f.space && !p->f.plus)
      s++, n--;
    pad_nozero(p, s, n);
    return;
  }
  if (p->f.sharp && verb != 'b') {
    mgstd_buf t = {0};
    mgstd_buf_put(&t, s, n);
    sharp_float(&t, verb, prec);
    s = t.p, n = t.len;
  }
  if (p->f.plus || s[0] != '+') {
    if (p->f.zero && p->f.widPresent && p->wid > n) {
      mgstd_buf_byte(&p->buf, s[0]);
      write_padding(p, p->wid - n);
      mgstd_buf_put(&p->buf, s + 1, n - 1);
      return;
    }
    fmt_pad(p, s, n);
    return;
  }
  fmt_pad(p, s + 1, n - 1);
}

/* ---- Printf's parser */

static bool too_large(int64_t x)
{
  return x > 1000000 || x < -1000000;
}

/* Parses a decimal at format[*i..end); returns whether there was one. */
static bool parsenum(mg_string f, int64_t *i, int64_t end, int64_t *num)
{
  *num = 0;
  if (*i >= end)
    return false;
  bool isnum = false;
  for (; *i < end && f.ptr[*i] >= '0' && f.ptr[*i] <= '9'; (*i)++) {
    if (too_large(*num)) {
      *i = end;
      *num = 0;
      return false;
    }
    *num = *num * 10 + (f.ptr[*i] - '0');
    isnum = true;
  }
  return isnum;
}

/* a[argnum] as an int for '*'; advances argnum. */
static bool int_from_arg(mg_slice a, int64_t *argnum, int64_t *num)
{
  *num = 0;
  if (*argnum >= a.len)
    return false;
  mg_iface x = ((mg_iface *)a.ptr)[(*argnum)++];
  bool ok = false;
  if (x.type != NULL) {
    const void *v = x.data;
    switch (x.type->kind) {
    case MG_INT: case MG_INT64: *num = *(const int64_t *)v; ok = true; break;
    case MG_INT8: *num = *(const int8_t *)v; ok = true; break;
    case MG_INT16: *num = *(const int16_t *)v; ok = true; break;
    case MG_INT32: *num = *(const int32_t *)v; ok = true; break;
    case MG_UINT8: *num = *(const uint8_t *)v; ok = true; break;
    case MG_UINT16: *num = *(const uint16_t *)v; ok = true; break;
    case MG_UINT32: *num = *(const uint32_t *)v; ok = true; break;
    case MG_UINT: case MG_UINT64: case MG_UINTPTR:
      *num = *(const int64_t *)v;
      ok = *num >= 0;
      break;
    default: break;
    }
  }
  if (!ok || too_large(*num)) {
    *num = 0;
    return false;
  }
  return true;
}

/* An explicit argument index "[n]" at format[*i]; updates argnum. */
static bool arg_number(fmt_pp *p, int64_t *argnum, mg_string f, int64_t *i, int64_t nargs)
{
  if (*i >= f.len || f.ptr[*i] != '[')
    return false;
  p->reordered = true;
  if (f.len - *i < 3) {
    (*i)++;
    p->goodArgNum = false;
    return false;
  }
  for (int64_t j = *i + 1; j < f.len; j++) {
    if (f.ptr[j] != ']')
      continue;
    int64_t k = *i + 1, index;
    bool ok = parsenum(f, &k, j, &index) && k == j;
    *i = j + 1;
    if (ok && index >= 1 && index - 1 < nargs) {
      *argnum = index - 1;
      return true;
    }
    p->goodArgNum = false;
    return ok;
  }
  (*i)++;  /* no closing bracket: skip the '[' */
  p->goodArgNum = false;
  return false;
}

static void verb_error(fmt_pp *p, int32_t verb, const char *what)
{
  mgstd_buf_cstr(&p->buf, "%!");
  mgstd_buf_rune(&p->buf, verb);
  mgstd_buf_cstr(&p->buf, what);
}

/* Errorf: remembers the operand of a %w. */
static void note_wrapped(fmt_pp *p, int32_t verb, int64_t argnum)
{
  if (verb != 'w' || !p->wrapErrs)
    return;
  int64_t *w = mg_alloc_atomic((p->nwrapped + 1) * (int64_t)sizeof(int64_t));
  if (p->nwrapped > 0)
    memcpy(w, p->wrapped, (size_t)p->nwrapped * sizeof(int64_t));
  w[p->nwrapped++] = argnum;
  p->wrapped = w;
}

static void set_v_flags(fmt_pp *p)
{
  p->f.sharpV = p->f.sharp;
  p->f.sharp = false;
  p->f.plusV = p->f.plus;
  p->f.plus = false;
}

/* Flags from format[*i]; returns true if a simple verb was printed. */
static bool parse_flags(fmt_pp *p, mg_string f, int64_t *i, mg_slice a, int64_t *argnum)
{
  for (; *i < f.len; (*i)++) {
    uint8_t c = f.ptr[*i];
    switch (c) {
    case '#': p->f.sharp = true; break;
    case '0': p->f.zero = !p->f.minus; break;
    case '+': p->f.plus = true; break;
    case '-': p->f.minus = true; p->f.zero = false; break;
    case ' ': p->f.space = true; break;
    default:
      if (c >= 'a' && c <= 'z' && *argnum < a.len) {  /* fast path */
        if (c == 'v')
          set_v_flags(p);
        note_wrapped(p, c, *argnum);
        fmt_printarg(p, ((mg_iface *)a.ptr)[(*argnum)++], c);
        (*i)++;
        return true;
      }
      return false;
    }
  }
  return false;
}

static void parse_width_prec(fmt_pp *p, mg_string f, int64_t *i, mg_slice a,
                             int64_t *argnum, bool *afterIndex)
{
  *afterIndex = arg_number(p, argnum, f, i, a.len);
  if (*i < f.len && f.ptr[*i] == '*') {
    (*i)++;
    p->f.widPresent = int_from_arg(a, argnum, &p->wid);
    if (!p->f.widPresent)
      mgstd_buf_cstr(&p->buf, "%!(BADWIDTH)");
    if (p->wid < 0) {
      p->wid = -p->wid;
      p->f.minus = true;
      p->f.zero = false;
    }
    *afterIndex = false;
  } else {
    p->f.widPresent = parsenum(f, i, f.len, &p->wid);
    if (*afterIndex && p->f.widPresent)
      p->goodArgNum = false;
  }
  if (*i + 1 < f.len && f.ptr[*i] == '.') {
    (*i)++;
    if (*afterIndex)
      p->goodArgNum = false;
    *afterIndex = arg_number(p, argnum, f, i, a.len);
    if (*i < f.len && f.ptr[*i] == '*') {
      (*i)++;
      p->f.precPresent = int_from_arg(a, argnum, &p->prec);
      if (p->prec < 0) {
        p->prec = 0;
        p->f.precPresent = false;
      }
      if (!p->f.precPresent)
        mgstd_buf_cstr(&p->buf, "%!(BADPREC)");
      *afterIndex = false;
    } else {
      p->f.precPresent = parsenum(f, i, f.len, &p->prec);
      if (!p->f.precPresent) {
        p->prec = 0;
        p->f.precPresent = true;
      }
    }
  }
  if (!*afterIndex)
    *afterIndex = arg_number(p, argnum, f, i, a.len);
}

static void extra_args(fmt_pp *p, mg_slice a, int64_t argnum)
{
  memset(&p->f, 0, sizeof p->f);
  mgstd_buf_cstr(&p->buf, "%!(EXTRA ");
  for (int64_t k = argnum; k < a.len; k++) {
    mg_iface arg = ((mg_iface *)a.ptr)[k];
    if (k > argnum)
      mgstd_buf_cstr(&p->buf, ", ");
    if (arg.type == NULL) {
      mgstd_buf_cstr(&p->buf, "<nil>");
    } else {
      mgstd_buf_cstr(&p->buf, arg.type->name);
      mgstd_buf_byte(&p->buf, '=');
      fmt_printarg(p, arg, 'v');
    }
  }
  mgstd_buf_byte(&p->buf, ')');
}

void fmt_doprintf(fmt_pp *p, mg_string f, mg_slice a)
{
  int64_t argnum = 0, i = 0;
  p->reordered = false;
  while (i < f.len) {
    p->goodArgNum = true;
    int64_t lasti = i;
    while (i < f.len && f.ptr[i] != '%')
      i++;
    mgstd_buf_put(&p->buf, f.ptr + lasti, i - lasti);
    if (i >= f.len)
      break;
    i++;
    memset(&p->f, 0, sizeof p->f);
    p->wid = p->prec = 0;
    if (parse_flags(p, f, &i, a, &argnum))
      continue;
    bool afterIndex;
    parse_width_prec(p, f, &i, a, &argnum, &afterIndex);
    if (i >= f.len) {
      mgstd_buf_cstr(&p->buf, "%!(NOVERB)");
      break;
    }
    int64_t w = 1;
    int32_t verb = f.ptr[i] < 0x80 ? f.ptr[i] : mg_string_decode_rune(f, i, &w);
    i += w;
    if (verb == '%') {
      mgstd_buf_byte(&p->buf, '%');
    } else if (!p->goodArgNum) {
      verb_error(p, verb, "(BADINDEX)");
    } else if (argnum >= a.len) {
      verb_error(p, verb, "(MISSING)");
    } else {
      if (verb == 'v')
        set_v_flags(p);
      note_wrapped(p, verb, argnum);
      fmt_printarg(p, ((mg_iface *)a.ptr)[argnum++], verb);
    }
  }
  if (!p->reordered && argnum < a.len)
    extra_args(p, a, argnum);
}
