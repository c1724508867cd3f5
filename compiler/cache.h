/*
 * cache.h - the build cache: executables keyed by the generated C, the
 * flags, the C compiler and minigo's own libraries and version.
 */
#ifndef MINIGO_CACHE_H
#define MINIGO_CACHE_H

#include <stdbool.h>
#include <stddef.h>

char *cache_key(const char *ctext, size_t len, bool race);
/* The cached executable for key, or NULL. */
char *cache_lookup(const char *key);
/* A path in the cache directory to build key's executable at, or NULL. */
char *cache_temp_path(const char *key);
/* Moves exe (built at cache_temp_path) into the cache; returns its new path, or NULL if it could not. */
char *cache_store(const char *key, const char *exe);

#endif
