#!/bin/bash
# all.sh - the whole test suite (`make test`, run by .ci/run).
cd "$(dirname "$0")/.." || exit 2
status=0
make -s unit || status=1
bash tests/badinput.sh || status=1
bash tests/trace.sh || status=1
bash tests/golden.sh || status=1
bash tests/golden.sh examples || status=1
exit $status
