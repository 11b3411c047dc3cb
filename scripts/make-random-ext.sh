#!/usr/bin/env bash
# make-random-ext.sh — the random FP16 / dot product / RDM corpus (scripts/randgen-ext.ts):
# sources and ELFs in test/corpus/simd-ext, QEMU goldens in test/golden/simd-ext.
# Same as `scripts/make-random-corpus.sh simd-ext`, which documents the options and overrides.
exec bash "$(dirname "$0")/make-random-corpus.sh" "$@" simd-ext
