#!/bin/bash
# difftest.sh - differential check: every golden that is valid Go must give
# the same stdout and exit status under `go run` and `minigo run`.
# Programs marked `// minigo:not-go`, or whose expected output is
# hand-derived because they need a Go newer than the installed one, are
# left out and counted.
cd "$(dirname "$0")/.." || exit 2
command -v go >/dev/null || { echo "difftest: go is not installed (apt-get install golang-go)"; exit 2; }
MINIGO=$PWD/bin/minigo
export MINIGO_CACHE=${MINIGO_CACHE:-$PWD/build/cache} GOFLAGS=-mod=mod GO111MODULE=off
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0 left=0
for f in testdata/run/*.mg testdata/panic/*.mg examples/*.mg; do
  if grep -q '^// minigo:not-go\|hand-derived' "$f"; then left=$((left + 1)); continue; fi
  envs=$(sed -n 's,^// minigo:env \(.*\)$,\1,p' "$f")
  mkdir -p "$T/p" && cp "$f" "$T/p/main.go"
  (cd "$T/p" && env $envs timeout 120 go run main.go >"$T/go.out" 2>"$T/go.err" </dev/null)
  gs=$?
  env $envs timeout 120 "$MINIGO" run "$f" >"$T/mg.out" 2>"$T/mg.err" </dev/null
  ms=$?
  if grep -q '^// minigo:sorted' "$f"; then
    sort -o "$T/go.out" "$T/go.out"; sort -o "$T/mg.out" "$T/mg.out"
  fi
  # go run exits 1 whatever the program's status; both print "exit status N".
  gline=$(grep -m1 '^exit status\|^panic: \|^fatal error: ' "$T/go.err")
  mline=$(grep -m1 '^exit status\|^panic: \|^fatal error: ' "$T/mg.err")
  if cmp -s "$T/go.out" "$T/mg.out" && [ "$gline" = "$mline" ] && [ $((gs == 0)) = $((ms == 0)) ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "DIFF $f (go status $gs, minigo $ms)"
    diff <(cat "$T/go.out"; echo "$gline") <(cat "$T/mg.out"; echo "$mline") | head -10
  fi
done
echo "difftest: $pass passed, $fail failed ($left left out: not Go, or Go newer than 1.19)"
[ $fail -eq 0 ]
