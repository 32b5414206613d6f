#!/usr/bin/env bash
# Full recipe, run from the repo root:  training/train.sh [DATA_DIR]
# (BUILD=dir and MODEL_OUT=dir move the checkpoints and the packaged pipeline elsewhere)
# The steps are the spaCy project training/project.yml, workflow `all`:
#   1. agreement:  measure the PAROLE->UD / DDT->UD conversions on the UD overlap
#   2. corpus, ner-corpus:  build .spacy corpora (UD dev/test sentences removed
#      from CDT; NER from UNER)
#   3. train, train-ner:  the tagger/lemmatizer/parser pipeline, then three NER
#      seeds on its UPOS
#   4. package:  into quizgen/models/da_quizgen (+ lookup lemmas, sentence rules)
#   5. evaluate:  on UD test and UNER test
# Every step runs again (--force); `spacy project run all training` on its own
# skips the steps whose inputs and outputs have not changed since the last run.
set -euo pipefail
DATA="${1:-../shared/data}"
PY="${PY:-.venv/bin/python}"
BUILD="${BUILD:-training/build}"  # corpora and checkpoints (git-ignored)
MODEL_OUT="${MODEL_OUT:-quizgen/models/da_quizgen}"
# The paths above are relative to the repo root; the project's vars are
# relative to training/ (where spaCy runs the project's commands).
from_training() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    training/*) printf '%s\n' "${1#training/}" ;;
    *) printf '../%s\n' "$1" ;;
  esac
}
case "$PY" in
  */*) PY_VAR="$(from_training "$PY")" ;;
  *) PY_VAR="$PY" ;;  # a command on PATH
esac
exec "$PY" -m spacy project run all training --force \
  --vars.data_dir "$(from_training "$DATA")" \
  --vars.build "$(from_training "$BUILD")" \
  --vars.model_out "$(from_training "$MODEL_OUT")" \
  --vars.python "$PY_VAR"
