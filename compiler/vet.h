/*
 * vet.h - go vet's copylocks pass over a checked package: values that
 * contain a sync.Mutex, WaitGroup, Once, Cond... must not be copied.
 */
#ifndef MINIGO_VET_H
#define MINIGO_VET_H

#include <stdio.h>
#include "types.h"

/* Writes the diagnostics for pkg's files to out as "file:line:col: msg",
 * sorted by position, with vet's wording; returns how many. */
int vet_copylocks(Package *pkg, FILE *out);

#endif
