#!/usr/bin/env bash
# Train the NER-only pipeline once per seed; package.py puts all of them into
# da_quizgen behind a majority vote (quizgen/nlp/entity_vote.py):
#   training/run_train_ner.sh [OUTPUT_DIR] [CORPUS_DIR] [SEEDS] [TAGGER]
# TAGGER: the trained tagger/parser pipeline whose UPOS the NER reads (run_train.sh).
# NER_CONFIG: a config in configs/ other than ner.cfg (the one-NER variants of RESULTS.md).
# On ~3,000 training entities the seed alone moves UNER test F1 by about ±1.5
# (RESULTS.md), so no single seed is chosen: the vote of three is steadier.
# Two seeds train at a time (one thread each, as on the 2-core machine).
set -euo pipefail
PY="${PY:-.venv/bin/python}"
# configs/ next to this script: training/configs from the repo root (train.sh),
# ./configs from training/ (spacy project run)
CONFIGS="$(dirname "$0")/configs"
BUILD=training/build
OUT="${1:-$BUILD/ner}"
CORPUS="${2:-$BUILD/ner_corpus}"
SEEDS="${3:-0 1 2}"
TAGGER="${4:-$BUILD/model/model-last}"
JOBS="${JOBS:-2}"
mkdir -p "$OUT"
start=$(date +%s)
train_seed() {
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$PY" -m spacy train "$CONFIGS/${NER_CONFIG:-ner.cfg}" \
    --output "$OUT/seed$1" --paths.train "$CORPUS/train.spacy" \
    --paths.dev "$CORPUS/dev.spacy" --paths.tagger "$TAGGER" --system.seed "$1" \
    > "$OUT/seed$1.log" 2>&1
}
pids=()
for seed in $SEEDS; do
  train_seed "$seed" &
  pids+=($!)
  while (( $(jobs -rp | wc -l) >= JOBS )); do sleep 5; done
done
for pid in "${pids[@]}"; do wait "$pid"; done
for seed in $SEEDS; do
  "$PY" -c "import json,sys; print(sys.argv[1], 'dev ents_f', json.load(open(sys.argv[2]))['performance']['ents_f'])" \
    "seed$seed" "$OUT/seed$seed/model-best/meta.json"
done | tee "$OUT/dev_scores.txt"
echo "training seconds: $(( $(date +%s) - start ))" | tee "$OUT/train_time.txt"
