#!/usr/bin/env bash
# make-random.sh — the random integer-instruction corpus (scripts/randgen.ts):
# sources and ELFs in test/corpus/random, QEMU goldens in test/golden/random.
# Same as `scripts/make-random-corpus.sh random`, which documents the options and overrides.
exec bash "$(dirname "$0")/make-random-corpus.sh" "$@" random
