#!/usr/bin/env bash
# Full recipe, run from the repo root:  training/train.sh [DATA_DIR]
#   1. measure the PAROLE->UD / DDT->UD conversions on the UD overlap
#   2. build .spacy corpora (UD dev/test sentences removed from CDT)
#   3. train (one process), 4. package into quizgen/models/da_quizgen, 5. evaluate
set -euo pipefail
DATA="${1:-../shared/data}"
PY="${PY:-.venv/bin/python}"
BUILD=training/build
mkdir -p "$BUILD"
"$PY" training/agreement.py --data "$DATA" --out "$BUILD/conversion_agreement.json"
"$PY" training/build_corpus.py --data "$DATA" --out "$BUILD/corpus"
training/run_train.sh "$BUILD/model"
# model-last: the 110-sentence dev set is too small to pick checkpoints reliably
"$PY" training/package.py --model "$BUILD/model/model-last" --out quizgen/models/da_quizgen
"$PY" training/evaluate.py --data "$DATA" --model quizgen/models/da_quizgen \
  --train-time "$BUILD/model/train_time.txt"
