#!/bin/sh
# asm_switch.sh - runs tests/asm_switch.c for this machine and, when the
# cross compiler and qemu-user are installed (apt-get install
# gcc-aarch64-linux-gnu qemu-user), for arm64 under qemu-aarch64; says
# which it ran. Fails if any run fails.
cd "$(dirname "$0")/.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
status=0

# check NAME CC ASM RUNNER...: builds with CC and checks a normal run and
# a stack overflow.
check() {
  name=$1 cc=$2 asm=$3
  shift 3
  $cc -O2 -std=gnu11 -D_GNU_SOURCE -Iruntime -static -o "$T/$name" tests/asm_switch.c \
    runtime/stack.c runtime/lock_futex.c "$asm" || { echo "$name: build failed"; status=1; return; }
  out=$("$@" "$T/$name" 2>&1)
  [ "$out" = ok ] || { echo "$name: $out"; status=1; return; }
  out=$("$@" "$T/$name" overflow 2>&1)
  st=$?
  case "$out" in
  "runtime: goroutine stack exceeds 67108864-byte limit"*"fatal error: stack overflow"*)
    [ $st -eq 2 ] || { echo "$name: overflow exit status $st"; status=1; return; } ;;
  *) echo "$name: overflow output: $out"; status=1; return ;;
  esac
  echo "$name: ok"
}

case $(uname -m) in
x86_64) check amd64 "${CC:-cc}" runtime/asm_amd64.S ;;
aarch64) check arm64 "${CC:-cc}" runtime/asm_arm64.S ;;
esac
if [ "$(uname -m)" != aarch64 ]; then
  if command -v aarch64-linux-gnu-gcc >/dev/null && command -v qemu-aarch64 >/dev/null; then
    check arm64-qemu aarch64-linux-gnu-gcc runtime/asm_arm64.S qemu-aarch64
  else
    echo "arm64: not checked (needs gcc-aarch64-linux-gnu and qemu-user)"
  fi
fi
exit $status
