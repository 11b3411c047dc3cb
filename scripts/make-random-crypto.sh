#!/usr/bin/env bash
# make-random-crypto.sh — the random cryptographic-instruction corpus (scripts/randgen-crypto.ts):
# sources and ELFs in test/corpus/simd-crypto, QEMU goldens in test/golden/simd-crypto.
# Same as `scripts/make-random-corpus.sh simd-crypto`, which documents the options and overrides.
exec bash "$(dirname "$0")/make-random-corpus.sh" "$@" simd-crypto
