/*
 * package.h - loading stdlib packages from the stdlib directory (Go source
 * files under stdlib/PATH); the public entry points are in check.h.
 */
#ifndef MINIGO_PACKAGE_H
#define MINIGO_PACKAGE_H

#include "types.h"

/* Loads and checks the stdlib package `path` imported at pos (once);
 * reports Go's error and returns NULL when it does not exist. */
Package *pkg_import(const char *path, Pos pos, const char *importer);

#endif
