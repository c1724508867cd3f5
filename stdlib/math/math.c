/*
 * math.c - package math. Exactly rounded operations (Sqrt, Floor, Mod,
 * Frexp...) come from libm; the approximations are ports of Go's own code,
 * because `go run` prints them to the last bit: Exp, Log and Hypot as Go's
 * amd64 assembly computes them (math/exp_amd64.s...), the others from the
 * portable Go source (Cephes / FreeBSD algorithms).
 */
#include <math.h>

#include "minigo.h"

struct math__Frexp__ret { double r0; int64_t r1; };
struct math__Modf__ret { double r0; double r1; };

static const double PI = 0x1.921fb54442d18p+1;

static uint64_t bits(double f) {
  uint64_t u;
  memcpy(&u, &f, 8);
  return u;
}

static double from_bits(uint64_t u) {
  double f;
  memcpy(&f, &u, 8);
  return f;
}

/* ---- exactly rounded or exact: libm agrees with Go bit for bit */
double math__Sqrt(double x) { return sqrt(x); }
double math__Abs(double x) { return fabs(x); }
double math__Floor(double x) { return floor(x); }
double math__Ceil(double x) { return ceil(x); }
double math__Trunc(double x) { return trunc(x); }
double math__Round(double x) { return round(x); }
double math__RoundToEven(double x) { return rint(x); }
double math__Mod(double x, double y) { return fmod(x, y); }
double math__Remainder(double x, double y) { return remainder(x, y); }
double math__Copysign(double f, double sign) { return copysign(f, sign); }
bool math__Signbit(double x) { return signbit(x); }
bool math__IsNaN(double f) { return isnan(f); }
bool math__IsInf(double f, int64_t sign) {
  return sign >= 0 && f == INFINITY ? true : sign <= 0 && f == -INFINITY;
}
double math__Inf(int64_t sign) { return sign >= 0 ? INFINITY : -INFINITY; }
double math__NaN(void) { return from_bits(0x7FF8000000000001); }
uint64_t math__Float64bits(double f) { return bits(f); }
double math__Float64frombits(uint64_t b) { return from_bits(b); }
uint32_t math__Float32bits(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}
float math__Float32frombits(uint32_t b) {
  float f;
  memcpy(&f, &b, 4);
  return f;
}
double math__Ldexp(double frac, int64_t exp) {
  return ldexp(frac, exp < INT32_MIN ? INT32_MIN : exp > INT32_MAX ? INT32_MAX : (int)exp);
}
struct math__Frexp__ret math__Frexp(double f) {
  int e = 0;
  double fr = isinf(f) || isnan(f) ? f : frexp(f, &e);
  return (struct math__Frexp__ret){fr, e};
}
struct math__Modf__ret math__Modf(double f) {
  double i, fr = modf(f, &i);
  if (isinf(f)) fr = NAN;  /* Go: Modf(±Inf) = ±Inf, NaN */
  return (struct math__Modf__ret){i, fr};
}

/* Go's Max and Min: an infinity wins over NaN, +0 over -0. */
double math__Max(double x, double y) {
  if (x == INFINITY || y == INFINITY) return INFINITY;
  if (isnan(x) || isnan(y)) return NAN;
  if (x == 0 && x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

double math__Min(double x, double y) {
  if (x == -INFINITY || y == -INFINITY) return -INFINITY;
  if (isnan(x) || isnan(y)) return NAN;
  if (x == 0 && x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

double math__Dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}

/* ---- math/exp_amd64.s: a Taylor series on x/16 squared four times. */
static bool have_fma(void) {
#if defined(__x86_64__)
  static int cached = -1;
  if (cached < 0) cached = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return cached;
#else
  return false;
#endif
}

double math__Exp(double x) {
  static const double c[] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                             8.3333333333333333333e-3, 1.3888888888888888889e-3,
                             1.9841269841269841270e-4, 2.4801587301587301587e-5};
  const double LOG2E = 1.4426950408889634073599246810018920;
  const double LN2U = 0.69314718055966295651160180568695068359375;
  const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
  if (isnan(x) || x == INFINITY) return x;
  if (x == -INFINITY) return 0;
  if (x > 7.09782712893384e+02) return INFINITY;
  double t = LOG2E * x;
  int32_t e = t >= -2147483648.0 && t < 2147483648.0 ? (int32_t)rint(t) : INT32_MIN;
  double k = e, p;
  if (have_fma()) {
    x = fma(-LN2U, k, x);
    x = fma(-LN2L, k, x);
    x *= 0.0625;
    p = c[8];
    for (int i = 7; i >= 3; i--) p = fma(p, x, c[i]);
    p = fma(p, x, c[0]);
    p = fma(p, x, c[1]);
    x *= p;
    for (int i = 0; i < 3; i++) x *= x + c[2];
    x = fma(x + c[2], x, c[1]);
  } else {
    x -= LN2U * k;
    x -= LN2L * k;
    x *= 0.0625;
    p = c[8] * x;
    for (int i = 7; i >= 3; i--) p = (p + c[i]) * x;
    p = (p + c[0]) * x;
    x *= p + c[1];
    for (int i = 0; i < 4; i++) x *= x + c[2];
    x += c[1];
  }
  int32_t be = e + 0x3FF;  /* x * 2**e, by hand as the assembly does */
  if (be >= 0x7FF) return INFINITY;
  if (be <= 0) {
    if (be < -52) return 0;
    x *= from_bits((uint64_t)(be + 0x3FE) << 52);
    be = 1;
  }
  return x * from_bits((uint64_t)be << 52);
}

/* ---- math/log_amd64.s (FreeBSD's algorithm, without denormal handling) */
double math__Log(double x) {
  const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
               L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
               L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
               L7 = 1.479819860511658591e-01, Ln2Hi = 6.93147180369123816490e-01,
               Ln2Lo = 1.90821492927058770002e-10;
  uint64_t u = bits(x);
  if ((u & ~((uint64_t)1 << 63)) == 0) return -INFINITY;
  if ((int64_t)u < 0) return from_bits(0x7FF8000000000001);
  if (u >= 0x7FF0000000000000) return x;
  double f1 = from_bits((u & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = (double)((int32_t)(u >> 52 & 0x7FF) - 0x3FE);
  if (f1 <= 7.07106781186547524401e-01) k -= 1, f1 *= 2;  /* CMPSD's "not less than" */
  double f = f1 - 1, s = f / (2 + f), s2 = s * s, s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2, hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

/* ---- math/hypot_amd64.s */
double math__Hypot(double p, double q) {
  p = fabs(p), q = fabs(q);
  if (isinf(p) || isinf(q)) return INFINITY;
  if (isnan(p) || isnan(q)) return from_bits(0x7FF8000000000001);
  if (p == 0 && q == 0) return 0;
  double hi = p > q ? p : q, lo = p > q ? q : p;
  lo /= hi;
  return hi * sqrt(lo * lo + 1.0);
}

/* ---- math/log10.go */
double math__Log10(double x) { return math__Log(x) * 0x1.bcb7b1526e50ep-02; }

double math__Log2(double x) {
  struct math__Frexp__ret fe = math__Frexp(x);
  if (fe.r0 == 0.5) return (double)(fe.r1 - 1);
  return math__Log(fe.r0) * 0x1.71547652b82fep+00 + (double)fe.r1;
}

/* ---- math/pow.go */
static bool is_odd_int(double x) {
  struct math__Modf__ret m = math__Modf(x);
  return m.r1 == 0 && ((int64_t)m.r0 & 1) == 1;
}

double math__Pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (isnan(x) || isnan(y)) return math__NaN();
  if (x == 0) {
    if (y < 0) return is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
    return is_odd_int(y) ? x : 0;
  }
  if (isinf(y)) {
    if (x == -1) return 1;
    return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
  }
  if (isinf(x)) {
    if (x < 0) return math__Pow(1 / x, -y);
    return y < 0 ? 0 : INFINITY;
  }
  if (y == 0.5) return sqrt(x);
  if (y == -0.5) return 1 / sqrt(x);
  struct math__Modf__ret m = math__Modf(fabs(y));
  double yi = m.r0, yf = m.r1;
  if (yf != 0 && x < 0) return math__NaN();
  if (yi >= 0x1p63) {
    if (x == -1) return 1;
    return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) yf--, yi++;
    a1 = math__Exp(yf * math__Log(x));
  }
  struct math__Frexp__ret fe = math__Frexp(x);
  double x1 = fe.r0;
  int64_t xe = fe.r1;
  for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) a1 *= x1, ae += xe;
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) x1 += x1, xe--;
  }
  if (y < 0) a1 = 1 / a1, ae = -ae;
  return math__Ldexp(a1, ae);
}

/* ---- math/trig_reduce.go: Payne-Hanek reduction for |x| >= 2**29 */
static const uint64_t mPi4[] = {
  0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
  0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
  0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
  0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
  0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

static uint64_t trig_reduce(double x, double *z) {
  const double PI4 = 0x1.921fb54442d18p-01;
  if (x < PI4) return *z = x, 0;
  uint64_t ix = bits(x);
  int exp = (int)(ix >> 52 & 0x7FF) - 1023 - 52;
  ix = (ix & ~((uint64_t)0x7FF << 52)) | (uint64_t)1 << 52;
  unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
#define SH(a, b) (bitshift ? (mPi4[a] << bitshift) | (mPi4[b] >> (64 - bitshift)) : mPi4[a])
  uint64_t z0 = SH(digit, digit + 1), z1 = SH(digit + 1, digit + 2), z2 = SH(digit + 2, digit + 3);
#undef SH
  unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
  uint64_t z2hi = p2 >> 64, z1hi = p1 >> 64, z1lo = (uint64_t)p1, z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi, hi = z0lo + z1hi + (lo < z1lo);
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = hi ? __builtin_clzll(hi) : 64;
  uint64_t e = (uint64_t)(1023 - (lz + 1));
  hi = (lz + 1 < 64 ? hi << (lz + 1) : 0) | (lz + 1 <= 64 ? lo >> (64 - (lz + 1)) : 0);
  hi >>= 64 - 52;
  hi |= e << 52;
  *z = from_bits(hi);
  if (j & 1) j = (j + 1) & 7, *z -= 1;
  *z *= PI4;
  return j;
}

static const double sin_c[] = {
  1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
  -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
};
static const double cos_c[] = {
  -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
  2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

/* The octant j of x >= 0 and the remainder z, extended precision below 2**29. */
static uint64_t octant(double x, double *z, bool keep_odd) {
  const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8,
               PI4C = 2.69515142907905952645e-15;
  if (x >= 0x1p29) return trig_reduce(x, z);
  uint64_t j = (uint64_t)(x * 0x1.45f306dc9c883p+00);
  double y = (double)j;
  if (j & 1) j++, y++;
  if (!keep_odd) j &= 7;
  *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
  return j;
}

static double sin_poly(double z, double zz) {
  return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz +
                        sin_c[4]) * zz + sin_c[5]);
}

static double cos_poly(double zz) {
  return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz +
                                       cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double math__Cos(double x) {
  if (isnan(x) || isinf(x)) return math__NaN();
  double z;
  uint64_t j = octant(fabs(x), &z, false);
  bool sign = false;
  if (j > 3) j -= 4, sign = !sign;
  if (j > 1) sign = !sign;
  double zz = z * z, y = j == 1 || j == 2 ? sin_poly(z, zz) : cos_poly(zz);
  return sign ? -y : y;
}

double math__Sin(double x) {
  if (x == 0 || isnan(x)) return x;
  if (isinf(x)) return math__NaN();
  bool sign = x < 0;
  double z;
  uint64_t j = octant(fabs(x), &z, false);
  if (j > 3) sign = !sign, j -= 4;
  double zz = z * z, y = j == 1 || j == 2 ? cos_poly(zz) : sin_poly(z, zz);
  return sign ? -y : y;
}

double math__Tan(double x) {
  static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                             -1.79565251976484877988e7};
  static const double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                             2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || isnan(x)) return x;
  if (isinf(x)) return math__NaN();
  bool sign = x < 0;
  double z, y;
  uint64_t j = octant(fabs(x), &z, true);
  double zz = z * z;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                 ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

/* ---- math/atan.go, atan2.go, asin.go */
static double xatan(double x) {
  const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
               P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
               P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
               Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
               Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

static double satan(double x) {
  const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return PI / 2 - xatan(1 / x) + Morebits;
  return PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double math__Atan(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double math__Atan2(double y, double x) {
  if (isnan(y) || isnan(x)) return math__NaN();
  if (y == 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y);
  if (x == 0) return copysign(PI / 2, y);
  if (isinf(x)) {
    if (x > 0) return isinf(y) ? copysign(PI / 4, y) : copysign(0, y);
    return isinf(y) ? copysign(0x1.2d97c7f3321d2p+01, y) : copysign(PI, y);  /* 3*Pi/4 */
  }
  if (isinf(y)) return copysign(PI / 2, y);
  double q = math__Atan(y / x);
  if (x < 0) return q <= 0 ? q + PI : q - PI;
  return q;
}

double math__Asin(double x) {
  if (x == 0) return x;
  bool sign = x < 0;
  x = fabs(x);
  if (x > 1) return math__NaN();
  double temp = sqrt(1 - x * x);
  temp = x > 0.7 ? PI / 2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

double math__Acos(double x) { return PI / 2 - math__Asin(x); }

/* math/pow10.go: the product or quotient of two exactly rounded powers. */
double math__Pow10(int64_t n) {
  static const double tab[32] = {
    1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
  };
  static const double pos32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static const double neg32[] = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256,
                                 1e-288, 1e-320};
  if (n >= 0 && n <= 308) return pos32[n / 32] * tab[n % 32];
  if (n <= 0 && n >= -323) return neg32[-n / 32] / tab[-n % 32];
  return n > 0 ? INFINITY : 0;
}

/* ---- math/exp.go's portable Exp2, math/sinh.go, tanh.go and cbrt.go */
double math__Exp2(double x) {
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
               P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
               P5 = 4.13813679705723846039e-08;
  if (isnan(x) || x == INFINITY) return x;
  if (x == -INFINITY) return 0;
  if (x > 1.0239999999999999e+03) return INFINITY;
  if (x < -1.0740e+03) return 0;
  int64_t k = x > 0 ? (int64_t)(x + 0.5) : x < 0 ? (int64_t)(x - 0.5) : 0;
  double t = x - (double)k, hi = t * Ln2Hi, lo = -t * Ln2Lo;
  double r = hi - lo, tt = r * r;
  double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return math__Ldexp(y, k);
}

double math__Sinh(double x) {
  const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
               P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
               Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
               Q2 = -0.173678953558233699533450911e+3;
  bool sign = x < 0;
  double temp;
  if (sign) x = -x;
  if (x > 21) {
    temp = math__Exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = math__Exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double math__Cosh(double x) {
  x = fabs(x);
  if (x > 21) return math__Exp(x) * 0.5;
  double ex = math__Exp(x);
  return (ex + 1 / ex) * 0.5;
}

double math__Tanh(double x) {
  static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                             -1.61468768441708447952e3};
  static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                             4.84406305325125486048e3};
  double z = fabs(x);
  if (z > 0.5 * 8.8029691931113054295988e+01) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = math__Exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double math__Cbrt(double x) {
  const uint64_t B1 = 715094163, B2 = 696219795;
  const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
               E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
               G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || isnan(x) || isinf(x)) return x;
  bool sign = x < 0;
  if (sign) x = -x;
  double t = from_bits(bits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = (double)((uint64_t)1 << 54) * x;
    t = from_bits(bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x, s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits(t) & ((uint64_t)0xFFFFFFFFC << 28)) + ((uint64_t)1 << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

double math__Log1p(double x) { return log1p(x); }
double math__Expm1(double x) { return expm1(x); }
double math__Nextafter(double x, double y) { return nextafter(x, y); }
