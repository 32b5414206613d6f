#!/usr/bin/env bash
# Train only (corpora must exist): training/run_train.sh [OUTPUT_DIR] [CORPUS_DIR]
set -euo pipefail
PY="${PY:-.venv/bin/python}"
# configs/ next to this script: training/configs from the repo root (train.sh),
# ./configs from training/ (spacy project run)
CONFIGS="$(dirname "$0")/configs"
BUILD=training/build
OUT="${1:-$BUILD/model}"
CORPUS="${2:-$BUILD/corpus}"
start=$(date +%s)
# One process, single-threaded BLAS: the machine is shared with other work.
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$PY" -m spacy train "$CONFIGS/da_quizgen.cfg" \
  --output "$OUT" --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy"
echo "training seconds: $(( $(date +%s) - start ))" | tee "$OUT/train_time.txt"
