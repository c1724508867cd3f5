#!/bin/bash
# run.sh - `make bench`: builds each benchmark with minigo and (when
# installed) with go, runs them alternately in one session, and prints the
# medians and the minigo/go ratios. RUNS=N sets the repetitions (default 3),
# ONLY=name runs one benchmark.
cd "$(dirname "$0")/.." || exit 2
MINIGO=$PWD/bin/minigo
RUNS=${RUNS:-3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
HAVE_GO=; command -v go >/dev/null && HAVE_GO=1

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# measure NAME CMD...: runs once, appends "secs rss_kib" to $T/NAME
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$T/time" "$@" >/dev/null 2>"$T/err" || { echo "  $name failed:"; head -3 "$T/err"; }
  cat "$T/time" >>"$T/$name"
}

build() {  # build NAME FLAGS...: minigo and go executables in $T
  local b=$1; shift
  "$MINIGO" build "$@" -o "$T/$b.mg$*" "bench/$b.mg" || return 1
  if [ -n "$HAVE_GO" ]; then
    mkdir -p "$T/go_$b" && cp "bench/$b.mg" "$T/go_$b/main.go"
    (cd "$T/go_$b" && GO111MODULE=off go build "$@" -o "$T/$b.go$*" main.go) || return 1
  fi
}

row() {  # row LABEL MG_KEY GO_KEY
  local m g mr gr
  m=$(cut -d' ' -f1 <"$T/$2" | median); mr=$(cut -d' ' -f2 <"$T/$2" | median)
  if [ -n "$HAVE_GO" ] && [ -s "$T/$3" ]; then
    g=$(cut -d' ' -f1 <"$T/$3" | median); gr=$(cut -d' ' -f2 <"$T/$3" | median)
    printf '| %-28s | %8s | %8s | %6.2f | %10s | %10s |\n' "$1" "$g" "$m" "$(echo "$m / $g" | bc -l 2>/dev/null || echo 0)" "$gr" "$mr"
  else
    printf '| %-28s | %8s | %8s | %6s | %10s | %10s |\n' "$1" - "$m" - - "$mr"
  fi
}

run_pair() {  # run_pair NAME FLAGS ENV...
  local b=$1 flags=$2; shift 2
  for _ in $(seq "$RUNS"); do
    measure "$b$flags$*.mg" env "$@" "$T/$b.mg$flags"
    [ -n "$HAVE_GO" ] && measure "$b$flags$*.go" env "$@" "$T/$b.go$flags"
  done
}

echo "| benchmark                    |     go s | minigo s | ratio  | go RSS KiB | minigo KiB |"
echo "|------------------------------|---------:|---------:|-------:|-----------:|-----------:|"
for b in fib binarytrees spawn mutex parked pingpong threadring sieve select; do
  [ -n "$ONLY" ] && [ "$ONLY" != "$b" ] && continue
  build "$b" || continue
  run_pair "$b" ""
  row "$b" "$b.mg" "$b.go"
done

if [ -z "$ONLY" ] || [ "$ONLY" = workerpool ]; then
  build workerpool && for p in 1 2; do
    run_pair workerpool "" GOMAXPROCS=$p
    row "workerpool GOMAXPROCS=$p" "workerpoolGOMAXPROCS=$p.mg" "workerpoolGOMAXPROCS=$p.go"
  done
fi

if [ -z "$ONLY" ] || [ "$ONLY" = race ]; then
  for b in mutex pingpong; do
    build "$b" -race || continue
    run_pair "$b" -race
    row "$b -race" "$b-race.mg" "$b-race.go"
  done
fi

if [ -z "$ONLY" ] || [ "$ONLY" = build ]; then
  # Both with a warm cache: go's build cache, minigo's build cache.
  mkdir -p "$T/hello" && cp bench/hello.mg "$T/hello/main.go"
  "$MINIGO" build -o "$T/h1" bench/hello.mg
  [ -n "$HAVE_GO" ] && (cd "$T/hello" && GO111MODULE=off go build -o "$T/h2" main.go)
  for _ in $(seq "$RUNS"); do
    measure build.mg "$MINIGO" run bench/hello.mg
    [ -n "$HAVE_GO" ] && measure build.go sh -c "cd $T/hello && GO111MODULE=off go build -o $T/h2 main.go"
    measure buildcold.mg env MINIGO_CACHE="$T/cold$RANDOM" "$MINIGO" build -o "$T/h3" bench/hello.mg
  done
  row "build hello (warm cache)" build.mg build.go
  row "build hello (cold, vs warm go)" buildcold.mg build.go
fi
