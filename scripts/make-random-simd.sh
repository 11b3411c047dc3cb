#!/usr/bin/env bash
# make-random-simd.sh — the random Advanced SIMD integer / move / load-store corpus
# (scripts/randgen-simd.ts): sources and ELFs in test/corpus/simd-int, QEMU goldens in test/golden/simd-int.
# Same as `scripts/make-random-corpus.sh simd-int`, which documents the options and overrides.
exec bash "$(dirname "$0")/make-random-corpus.sh" "$@" simd-int
