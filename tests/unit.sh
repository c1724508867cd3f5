#!/bin/sh
# unit.sh - runs each cmocka test binary; fails if any of them fails.
status=0
for t in "$@"; do
  echo "== $t"
  "$t" || status=1
done
exit $status
