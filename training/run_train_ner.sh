#!/usr/bin/env bash
# Train the NER-only pipeline once per seed and keep the seed that is best on dev:
#   training/run_train_ner.sh [OUTPUT_DIR] [CORPUS_DIR] [SEEDS] [TAGGER]
# TAGGER: the trained tagger/parser pipeline whose UPOS the NER reads (run_train.sh).
# On ~3,000 training entities the seed alone moves UNER test F1 by about ±1.5
# (RESULTS.md); the 539-sentence dev set is large enough to choose between seeds.
set -euo pipefail
PY="${PY:-.venv/bin/python}"
BUILD=training/build
OUT="${1:-$BUILD/ner}"
CORPUS="${2:-$BUILD/ner_corpus}"
SEEDS="${3:-0 1 2}"
TAGGER="${4:-$BUILD/model/model-last}"
start=$(date +%s)
for seed in $SEEDS; do
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$PY" -m spacy train training/configs/ner.cfg \
    --output "$OUT/seed$seed" --paths.train "$CORPUS/train.spacy" \
    --paths.dev "$CORPUS/dev.spacy" --paths.tagger "$TAGGER" --system.seed "$seed"
done
best=$("$PY" - "$OUT" <<'PICK'
import json, sys
from pathlib import Path
scores = {
    meta.parent: json.loads(meta.read_text())["performance"]["ents_f"]
    for meta in Path(sys.argv[1]).glob("seed*/model-best/meta.json")
}
for path, f in sorted(scores.items()):
    print(f"{path}: dev ents_f {f:.4f}", file=sys.stderr)
print(max(scores, key=lambda p: scores[p]))
PICK
)
rm -rf "$OUT/model-best"
cp -r "$best" "$OUT/model-best"
echo "chosen: $best" | tee "$OUT/chosen.txt"
echo "training seconds: $(( $(date +%s) - start ))" | tee "$OUT/train_time.txt"
