#!/bin/bash
# golden.sh - end-to-end goldens: compile each program with minigo, run it,
# compare with the expected output taken from the real Go toolchain.
#   testdata/run/X.mg     stdout must equal X.out; exit 0 or X.status
#   testdata/panic/X.mg   stderr must start with X.err; exit X.status
#   testdata/errors/X.mg  `minigo build` stderr must equal X.err; exit != 0
#   examples/X.mg         like testdata/run
# Magic comments: // minigo:sorted  // minigo:env K=V  // minigo:not-go
# Usage: golden.sh [-race] [dir...]
cd "$(dirname "$0")/.." || exit 2
MINIGO=$PWD/bin/minigo
export MINIGO_CACHE=${MINIGO_CACHE:-$PWD/build/cache}
RACE=
if [ "$1" = -race ]; then RACE=-race; shift; fi
DIRS=("$@")
[ ${#DIRS[@]} -eq 0 ] && DIRS=(testdata/run testdata/panic testdata/errors)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0 fail=0 failed=()

magic_env() { sed -n 's,^// minigo:env \(.*\)$,\1,p' "$1"; }

# Runs one program; prints nothing on success, a reason on failure.
check_one() {
  local f=$1 dir name kind want_status out err status envs
  dir=$(dirname "$f"); name=$(basename "$f" .mg); kind=$(basename "$dir")
  out=$TMP/$name.out; err=$TMP/$name.err
  envs=$(magic_env "$f")
  if [ "$kind" = errors ]; then
    (cd "$dir" && timeout 60 "$MINIGO" build -o "$TMP/$name.bin" "$name.mg") >"$out" 2>"$err"
    status=$?
    [ $status -ne 0 ] || { echo "compiled, but errors were expected"; return; }
    diff -u "$dir/$name.err" "$err" >"$TMP/diff" || { echo "wrong errors:"; head -20 "$TMP/diff"; }
    return
  fi
  want_status=0
  [ -f "$dir/$name.status" ] && want_status=$(cat "$dir/$name.status")
  [ "$kind" = panic ] && [ ! -f "$dir/$name.status" ] && want_status=2
  env $envs timeout 120 "$MINIGO" run $RACE "$f" >"$out" 2>"$err" </dev/null
  status=$?
  if [ -n "$RACE" ] && grep -q "WARNING: DATA RACE" "$err"; then
    echo "race reported in a race-free program:"; head -30 "$err"; return
  fi
  if [ $status -ne "$want_status" ]; then
    echo "exit status $status, want $want_status; stderr:"; head -15 "$err"; return
  fi
  if [ "$kind" = panic ]; then
    local n; n=$(wc -l <"$dir/$name.err")
    head -n "$n" "$err" | diff -u "$dir/$name.err" - >"$TMP/diff" ||
      { echo "wrong stderr:"; head -20 "$TMP/diff"; return; }
  fi
  local want=$dir/$name.out
  [ -f "$want" ] || { [ "$kind" = panic ] && return; echo "missing $want"; return; }
  if grep -q '^// minigo:sorted' "$f"; then
    diff -u <(sort "$want") <(sort "$out") >"$TMP/diff"
  else
    diff -u "$want" "$out" >"$TMP/diff"
  fi || { echo "wrong stdout:"; head -20 "$TMP/diff"; head -5 "$err"; }
}

for d in "${DIRS[@]}"; do
  for f in "$d"/*.mg; do
    [ -e "$f" ] || continue
    msg=$(check_one "$f")
    if [ -z "$msg" ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1)); failed+=("$f")
      printf 'FAIL %s%s: %s\n' "$f" "${RACE:+ (-race)}" "$msg"
    fi
  done
done
echo "golden${RACE:+-race}: $pass passed, $fail failed"
[ $fail -eq 0 ]
