#!/usr/bin/env bash
# make-random-fp.sh — the random floating-point corpus (scripts/randgen-fp.ts):
# sources and ELFs in test/corpus/simd-fp, QEMU goldens in test/golden/simd-fp.
# Same as `scripts/make-random-corpus.sh simd-fp`, which documents the options and overrides.
exec bash "$(dirname "$0")/make-random-corpus.sh" "$@" simd-fp
