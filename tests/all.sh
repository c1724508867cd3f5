#!/bin/bash
# all.sh - the whole test suite (`make test`, run by .ci/run).
cd "$(dirname "$0")/.." || exit 2
status=0
make -s unit || status=1
bash tests/badinput.sh || status=1
bash tests/trace.sh || status=1
bash tests/golden.sh || status=1
bash tests/golden.sh examples || status=1
# Race-free programs must stay silent under -race (racy ones are marked).
bash tests/golden.sh -race testdata/run examples || status=1
exit $status
