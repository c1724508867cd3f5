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

# measure NAME CMD...: runs once, appends "secs rss_kib cpu_secs" to $T/m/NAME
# (a directory of its own: the executables in $T have similar names)
mkdir -p "$T/m"
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %M %U %S' -o "$T/time" "$@" >/dev/null 2>"$T/err" || { echo "  $name failed:"; head -3 "$T/err"; }
  tail -1 "$T/time" | awk '{print $1, $2, $3 + $4}' >>"$T/m/$name"
}

build() {  # build NAME FLAGS...: minigo and go executables in $T
  local b=$1; shift
  "$MINIGO" build "$@" -o "$T/$b.mg$*" "bench/$b.mg" || return 1
  if [ -n "$HAVE_GO" ]; then
    mkdir -p "$T/go_$b" && cp "bench/$b.mg" "$T/go_$b/main.go"
    (cd "$T/go_$b" && GO111MODULE=off go build "$@" -o "$T/$b.go$*" main.go) || return 1
  fi
}

# col FILE N: median of column N of FILE
col() { cut -d' ' -f"$2" <"$1" | median; }

row() {  # row LABEL MG_KEY GO_KEY
  local m=$T/m/$2 g=$T/m/$3
  if [ -n "$HAVE_GO" ] && [ -s "$g" ]; then
    printf '| %-30s | %6s | %6s | %5.2f | %6s | %6s | %5.2f | %8s | %8s |\n' "$1" \
      "$(col "$g" 1)" "$(col "$m" 1)" "$(echo "$(col "$m" 1) / $(col "$g" 1)" | bc -l)" \
      "$(col "$g" 3)" "$(col "$m" 3)" "$(echo "$(col "$m" 3) / $(col "$g" 3)" | bc -l)" \
      "$(col "$g" 2)" "$(col "$m" 2)"
  else
    printf '| %-30s | %6s | %6s | %5s | %6s | %6s | %5s | %8s | %8s |\n' "$1" \
      - "$(col "$m" 1)" - - "$(col "$m" 3)" - - "$(col "$m" 2)"
  fi
}

run_pair() {  # run_pair NAME FLAGS ENV...
  local b=$1 flags=$2; shift 2
  for _ in $(seq "$RUNS"); do
    measure "$b$flags$*.mg" env "$@" "$T/$b.mg$flags"
    [ -n "$HAVE_GO" ] && measure "$b$flags$*.go" env "$@" "$T/$b.go$flags"
  done
}

# wall-clock seconds, CPU seconds (user + system), peak RSS; medians
echo "| benchmark                      |  go s  | mg s   | ratio | go cpu | mg cpu | ratio | go KiB   | mg KiB   |"
echo "|--------------------------------|-------:|-------:|------:|-------:|-------:|------:|---------:|---------:|"
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
