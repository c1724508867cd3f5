#!/bin/bash
# badinput.sh - hostile input must get a clear positioned error and a
# non-zero exit from a compiler built with ASan and UBSan: never a crash.
cd "$(dirname "$0")/.." || exit 2
ROOT=$PWD
ASAN=build/asan/minigo
mkdir -p build/asan
SRCS="compiler/*.c build/compiler/lex.c build/compiler/parse.c"
if [ ! -x $ASAN ] || [ -n "$(find compiler build/compiler -newer $ASAN -name '*.[ch]' | head -1)" ]; then
  ${CC:-cc} -std=gnu11 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined \
    -D_GNU_SOURCE -DMINIGO_VERSION='"asan"' -Icompiler -Ibuild/compiler -Iruntime \
    -o $ASAN $SRCS || exit 1
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf '' >"$T/empty.mg"
head -c 4096 /dev/urandom >"$T/binary.mg"
{ echo 'package main'; echo 'func main() {'; yes '	x := 1 +' | head -n 1100000; echo '}'; } >"$T/huge.mg"
{ echo 'package main'; printf 'var x = '; printf '(%.0s' $(seq 10000); echo -n 1; printf ')%.0s' $(seq 10000); echo; echo 'func main() {}'; } >"$T/nested.mg"
printf 'package main\n\nfunc main() {\n\ts := "abc\n}\n' >"$T/unterminated_string.mg"
printf 'package main\n\nvar s = "abc' >"$T/string_at_eof.mg"
printf 'package main\n\n/* never closed\nfunc main() {}\n' >"$T/unterminated_comment.mg"
printf 'package main\n\nfunc main() {\n\tx := "\xff\xfe"\n\t_ = x\n}\n\xc3\x28\n' >"$T/bad_utf8.mg"
printf 'package main\n\nimport "nosuchpkg"\n\nfunc main() { nosuchpkg.F() }\n' >"$T/unknown_pkg.mg"
mkdir "$T/dir.mg"
pass=0 fail=0
check() {  # name file want-pattern
  local out status
  out=$(MINIGO_ROOT=$ROOT ASAN_OPTIONS=detect_leaks=0 timeout 60 $ASAN build -o "$T/out" "$2" 2>&1 >/dev/null)
  status=$?
  if [ $status -ne 0 ] && [ $status -lt 124 ] && ! grep -q 'Sanitizer\|runtime error' <<<"$out" &&
     grep -q -- "$3" <<<"$out"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL badinput $1 (exit $status):"; head -5 <<<"$out"
  fi
}
check empty "$T/empty.mg" 'empty.mg:[0-9]*:[0-9]*: '
check binary "$T/binary.mg" 'binary.mg:[0-9]*:[0-9]*: '
check huge "$T/huge.mg" 'huge.mg:[0-9]*:[0-9]*: '
check nested "$T/nested.mg" 'nested.mg:[0-9]*:[0-9]*: '
check unterminated_string "$T/unterminated_string.mg" 'unterminated_string.mg:4:[0-9]*: newline in string'
check string_at_eof "$T/string_at_eof.mg" 'string_at_eof.mg:3:9: string not terminated'
check unterminated_comment "$T/unterminated_comment.mg" 'unterminated_comment.mg:3:[0-9]*: comment not terminated'
check bad_utf8 "$T/bad_utf8.mg" 'bad_utf8.mg:[0-9]*:[0-9]*: invalid UTF-8'
check unknown_pkg "$T/unknown_pkg.mg" 'unknown_pkg.mg:3:8: package nosuchpkg is not in std'
check missing "$T/missing.mg" 'missing.mg:1:1: '
check directory "$T/dir.mg" 'dir.mg:1:1: '
# -race with a C compiler that has no ThreadSanitizer: say what to install.
printf '#!/bin/sh\nfor a; do [ "$a" = -fsanitize=thread ] && exit 1; done\nexec cc "$@"\n' >"$T/notsan-cc"
chmod +x "$T/notsan-cc"
out=$(CC="$T/notsan-cc" MINIGO_CACHE="$T/cache" bin/minigo run -race examples/hello.mg 2>&1)
if [ $? -ne 0 ] && grep -q "needs ThreadSanitizer" <<<"$out" && grep -q "apt-get install libtsan2" <<<"$out"; then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); echo "FAIL badinput race-without-tsan:"; head -5 <<<"$out"
fi
echo "badinput: $pass passed, $fail failed"
[ $fail -eq 0 ]
