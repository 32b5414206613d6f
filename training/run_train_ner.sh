#!/usr/bin/env bash
# Train the NER-only pipeline: training/run_train_ner.sh [OUTPUT_DIR] [CORPUS_DIR]
set -euo pipefail
PY="${PY:-.venv/bin/python}"
BUILD=training/build
OUT="${1:-$BUILD/ner}"
CORPUS="${2:-$BUILD/corpus}"
start=$(date +%s)
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$PY" -m spacy train training/configs/ner.cfg \
  --output "$OUT" --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy"
echo "training seconds: $(( $(date +%s) - start ))" | tee "$OUT/train_time.txt"
