#!/bin/bash
# trace.sh - the scheduler trace end to end: `minigo run -trace=` writes
# valid Chrome trace-event JSON with the expected events (P lanes, run
# slices, goroutine creations with their .mg line, a block on a channel
# receive), also when the program dies of a deadlock; `minigo trace`
# renders it as HTML that headless Chromium draws (lanes, slices and
# tooltips in the rendered DOM); a damaged trace gets an error, no crash.
cd "$(dirname "$0")/.." || exit 2
MINIGO=$PWD/bin/minigo
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "trace: FAIL: $*"; exit 1; }

cat >"$T/prog.mg" <<'EOF'
package main

import (
	"fmt"
	"sync"
)

func square(n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	s := 0
	for i := 0; i < 2000000; i++ {
		s += n
	}
	out <- s / 2000000 * n
}

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go square(i, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}
EOF
GOMAXPROCS=2 "$MINIGO" run -trace="$T/trace.json" "$T/prog.mg" >"$T/out" 2>"$T/err" ||
  fail "run: $(head -5 "$T/err")"
[ "$(cat "$T/out")" = 30 ] || fail "program output $(cat "$T/out"), want 30"
python3 -m json.tool "$T/trace.json" >/dev/null || fail "trace.json is not valid JSON"
python3 - "$T/trace.json" <<'EOF' || fail "trace events"
import json, sys
ev = json.load(open(sys.argv[1]))["traceEvents"]
lanes = {e["args"]["name"] for e in ev if e["ph"] == "M" and e["name"] == "thread_name"}
assert {"P0", "P1"} <= lanes, lanes
runs = [e for e in ev if e["ph"] == "X"]
assert runs and all(e["tid"] in (0, 1) and e["dur"] >= 0 for e in runs), "run slices on P lanes"
assert all(set(e["args"]) >= {"goroutine", "m", "p", "created_at", "function"} for e in runs)
assert any(e["args"]["function"] == "main.square" for e in runs), "a slice of main.square"
gos = [e for e in ev if e["ph"] == "i" and e["name"] == "go"]
sq = [e for e in gos if e["args"]["function"] == "main.square"]
assert len(sq) == 4 and all(e["args"]["created_at"].endswith("prog.mg:22") for e in sq), sq
assert all(e["args"]["parent"] == 1 for e in sq), "created by goroutine 1"
blocks = [e for e in ev if e["ph"] == "i" and e["name"] == "block"]
assert any(e["args"]["goroutine"] == 1 and e["args"]["reason"] == "chan receive" for e in blocks), "main blocks in chan receive"
assert any(e["name"] == "unblock" for e in ev), "unblock events"
EOF

# a fatal exit (deadlock) still writes the trace
printf 'package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n' >"$T/dead.mg"
"$MINIGO" run -trace="$T/dead.json" "$T/dead.mg" >/dev/null 2>&1
python3 -c 'import json,sys; ev=json.load(open(sys.argv[1]))["traceEvents"]; assert any(e.get("args",{}).get("reason")=="chan receive" for e in ev)' "$T/dead.json" ||
  fail "no trace after a deadlock"

"$MINIGO" trace "$T/trace.json" -o "$T/trace.html" || fail "minigo trace"
printf '{"traceEvents":[{"ph":"X","ts":1e999' >"$T/bad.json"
"$MINIGO" trace "$T/bad.json" -o "$T/bad.html" 2>"$T/bad.err"
[ $? -eq 1 ] && grep -q "is not a minigo trace" "$T/bad.err" || fail "a damaged trace: $(cat "$T/bad.err")"

command -v chromium >/dev/null || fail "chromium is not installed: apt-get install chromium"
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d -p "$T")" "$@" 2>/dev/null
}
chrome --dump-dom "file://$T/trace.html" >"$T/dom.html" || fail "chromium --dump-dom"
python3 - "$T/dom.html" <<'EOF' || fail "rendered DOM"
import sys, re
dom = open(sys.argv[1]).read()
assert '<svg id="timeline"' in dom, "no SVG timeline"
lanes = re.findall(r'<text class="lane-name"[^>]*>(P\d)</text>', dom)
assert lanes == ["P0", "P1"], lanes
slices = re.findall(r'<rect class="slice" data-g="(\d+)"', dom)
assert len(slices) >= 5 and len(set(slices)) >= 5, slices
assert re.search(r'<title>goroutine \d+: main.square\ncreated at [^<]*prog.mg:22\n', dom), "tooltip"
assert "then: chan receive" in dom, "wait reason in a tooltip"
EOF
echo "trace: ok"
