#!/bin/bash
# golden.sh - end-to-end goldens: compile each program with minigo, run it,
# compare with the expected output taken from the real Go toolchain.
#   testdata/run/X.mg     stdout must equal X.out; exit 0 or X.status
#   testdata/panic/X.mg   stderr must start with X.err (trace positions as
#                         file.mg:LINE); exit X.status
#   testdata/errors/X.mg  `minigo build` stderr must equal X.err; exit != 0
#   testdata/vet/X.mg     `minigo vet` stderr must equal X.err; exit 1 if
#                         X.err is non-empty, else 0
#   X.errgrep (panic)     every line an extended regular expression that
#                         some stderr line must match
#   testdata/race/X.mg    run with -race: every line of X.err is an extended
#                         regular expression that some stderr line must match;
#                         exit 66 or X.status
#   examples/X.mg         like testdata/run
# Magic comments: // minigo:sorted  // minigo:env K=V  // minigo:not-go
#   // minigo:racy (racy on purpose: under -race it must be reported, exit 66)
#   // minigo:norace REASON (cannot run under -race; the reason is printed)
#   // minigo:racesorted (the line order is the scheduler's on an idle machine;
#   //   under -race, slower and on a loaded machine, lines are compared sorted)
# Usage: golden.sh [-race] [dir...]
cd "$(dirname "$0")/.." || exit 2
MINIGO=$PWD/bin/minigo
export MINIGO_CACHE=${MINIGO_CACHE:-$PWD/build/cache}
RACE=
if [ "$1" = -race ]; then RACE=-race; shift; fi
DIRS=("$@")
[ ${#DIRS[@]} -eq 0 ] && DIRS=(testdata/run testdata/panic testdata/errors testdata/vet testdata/race)
TMP=$(mktemp -d); export TMP
trap 'rm -rf "$TMP"' EXIT
pass=0 fail=0 left=0

magic_env() { sed -n 's,^// minigo:env \(.*\)$,\1,p' "$1"; }

# Runs one program; prints nothing on success, a reason on failure.
check_one() {
  local f=$1 dir name kind want_status out err status envs
  dir=$(dirname "$f"); name=$(basename "$f" .mg); kind=$(basename "$dir")
  local key=$TMP/$kind.$name
  out=$key.out; err=$key.err
  envs=$(magic_env "$f")
  if [ "$kind" = errors ]; then
    (cd "$dir" && timeout 60 "$MINIGO" build -o "$key.bin" "$name.mg") >"$out" 2>"$err"
    status=$?
    [ $status -ne 0 ] || { echo "compiled, but errors were expected"; return; }
    diff -u "$dir/$name.err" "$err" >"$key.diff" || { echo "wrong errors:"; head -20 "$key.diff"; }
    return
  fi
  if [ "$kind" = vet ]; then
    (cd "$dir" && timeout 60 "$MINIGO" vet "$name.mg") >"$out" 2>"$err"
    status=$?
    want_status=0; [ -s "$dir/$name.err" ] && want_status=1
    [ $status -eq $want_status ] || { echo "vet exit status $status, want $want_status"; head -5 "$err"; return; }
    diff -u "$dir/$name.err" "$err" >"$key.diff" || { echo "wrong vet output:"; head -20 "$key.diff"; }
    return
  fi
  want_status=0
  [ "$kind" = panic ] && want_status=2
  [ "$kind" = race ] && want_status=66
  [ -f "$dir/$name.status" ] && want_status=$(cat "$dir/$name.status")
  local race=$RACE
  [ "$kind" = race ] && race=-race
  env $envs timeout 120 "$MINIGO" run $race "$f" >"$out" 2>"$err" </dev/null
  status=$?
  if [ -n "$RACE" ] && grep -q '^// minigo:norace' "$f"; then
    echo "LEFT OUT: $(sed -n 's,^// minigo:norace ,,p' "$f")"; return
  fi
  if [ -n "$RACE" ] && grep -q '^// minigo:racy' "$f"; then
    [ $status -eq 66 ] && grep -q "WARNING: DATA RACE" "$err" ||
      { echo "racy program not reported (exit $status)"; head -15 "$err"; }
    return
  fi
  if [ -n "$RACE" ] && [ "$kind" != race ] && grep -q "WARNING: DATA RACE" "$err"; then
    echo "race reported in a race-free program:"; head -30 "$err"; return
  fi
  if [ $status -ne "$want_status" ]; then
    echo "exit status $status, want $want_status; stderr:"; head -15 "$err"; return
  fi
  local grepfile=
  [ "$kind" = race ] && grepfile=$dir/$name.err
  [ -f "$dir/$name.errgrep" ] && grepfile=$dir/$name.errgrep
  if [ -n "$grepfile" ]; then
    local pat
    while IFS= read -r pat; do
      grep -Eq -- "$pat" "$err" || { echo "no stderr line matches /$pat/:"; head -40 "$err"; return; }
    done <"$grepfile"
    [ "$kind" = race ] && return
  fi
  if [ "$kind" = panic ]; then
    local n; n=$(wc -l <"$dir/$name.err")
    # the compile-time copy-lock warnings (checked by testdata/vet) come first
    # trace positions compare as file.mg:LINE (no directory, no +0x offset)
    awk 'skip && /^[^ ]+\.(mg|go):[0-9]+:[0-9]+: .*(copies lock|passes lock)/ {next} {skip=0; print}' skip=1 "$err" |
      sed -E 's,^\t/.*/([^/]+\.(mg|go):[0-9]+)( \+0x[0-9a-f]+)?$,\t\1,' |
      head -n "$n" | diff -u "$dir/$name.err" - >"$key.diff" ||
      { echo "wrong stderr:"; head -20 "$key.diff"; return; }
  fi
  local want=$dir/$name.out
  [ -f "$want" ] || { [ "$kind" = panic ] && return; echo "missing $want"; return; }
  if grep -q '^// minigo:sorted' "$f" || { [ -n "$RACE" ] && grep -q '^// minigo:racesorted' "$f"; }; then
    diff -u <(sort "$want") <(sort "$out") >"$key.diff"
  else
    diff -u "$want" "$out" >"$key.diff"
  fi || { echo "wrong stdout:"; head -20 "$key.diff"; head -5 "$err"; }
}

# One test, as a job: writes "PASS secs" or "FAIL secs reason" to $TMP/res.
run_job() {
  local f=$1 start msg id
  id=$(echo "$f" | tr / _)
  start=$(date +%s.%N)
  msg=$(check_one "$f")
  local secs; secs=$(echo "$(date +%s.%N) - $start" | bc)
  if [ -z "$msg" ]; then echo "PASS $secs $f" >"$TMP/res.$id"
  elif [ "${msg#LEFT OUT: }" != "$msg" ]; then echo "LEFT $secs $f: ${msg#LEFT OUT: }" >"$TMP/res.$id"
  else printf 'FAIL %s %s: %s\n' "$secs" "$f" "$msg" >"$TMP/res.$id"; fi
}
export -f run_job check_one magic_env
export MINIGO TMP RACE

for d in "${DIRS[@]}"; do
  for f in "$d"/*.mg; do [ -e "$f" ] && echo "$f"; done
done | xargs -P "${JOBS:-$(nproc)}" -I{} bash -c 'run_job "$1"' _ {}

for r in "$TMP"/res.*; do
  [ -e "$r" ] || continue
  read -r verdict _ <"$r"
  if [ "$verdict" = PASS ]; then
    pass=$((pass + 1))
  elif [ "$verdict" = LEFT ]; then
    left=$((left + 1)); sed 's/^LEFT [0-9.]* /left out /' "$r"
  else
    fail=$((fail + 1)); sed 's/^FAIL [0-9.]* /FAIL /' "$r"
  fi
done
if [ -n "$SLOWEST" ]; then
  echo "slowest:"; cat "$TMP"/res.* | awk '{print $2, $3}' | sort -rn | head -"$SLOWEST"
fi
[ "$left" -gt 0 ] && echo "($left left out, each with its reason above)"
echo "golden${RACE:+-race}: $pass passed, $fail failed"
[ $fail -eq 0 ]
