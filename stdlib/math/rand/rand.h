/* rand.h - math/rand's generators in C; rngSource mirrors rand.go's layout. */
#ifndef MG_RAND_H
#define MG_RAND_H

#include "minigo.h"

typedef struct math_rand__rngSource {
  int64_t tap, feed;
  int64_t vec[607];
} math_rand__rngSource;

void math_rand__rngSource__Seed(math_rand__rngSource *rng, int64_t seed);
int64_t math_rand__rngSource__Int63(math_rand__rngSource *rng);
uint64_t math_rand__rngSource__Uint64(math_rand__rngSource *rng);
uint64_t math_rand__fastrand64(void);

#endif
