"""Copy a trained pipeline into the package as ``quizgen/models/da_quizgen``.

It adds the lookup lemmatizer for word forms the training corpus lacks, the
lexicon's lemmas where the model's are none of a form's (``quizgen_lexicon_lemmas``), the
NERs trained on their own (several: behind a majority vote), a news-source
entity ruler and the sentence rules, and stores the weights in 16 bits.

Only the pipeline itself is copied (config, meta, tokenizer, vocab and the
component weights); spaCy writes no optimizer state into ``model-best``.
LICENSE and README.md come from ``training/model_docs``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import spacy
import spacy_lookups_data
import srsly
from spacy.language import Language
from spacy.tokens import DocBin

from quizgen.nlp import entity_vote, half_weights, lexicon_lemmas, news_sources, sentence_rules
from quizgen.nlp.lemma_lookup import FACTORY, LookupLemmatizer

HERE = Path(__file__).parent
SOURCES = [
    {
        "name": "Copenhagen Dependency Treebank v1+2 (Danish, releases/cdt1+2/da)",
        "url": "https://github.com/mbkromann/copenhagen-dependency-treebank",
        "commit": "f72eb56a05f0105f4f20e242bde2131685240653",
        "license": "MIT or CC BY-SA 4.0",
        "author": "Matthias Buch-Kromann et al.",
    },
    {
        "name": "UD Danish-DDT (dev; test for evaluation only)",
        "url": "https://github.com/UniversalDependencies/UD_Danish-DDT",
        "commit": "85faf86dc39f735722925fb1e822070d83649068",
        "license": "CC BY-SA 4.0",
        "author": "Johannsen, Martínez Alonso, Plank",
    },
    {
        "name": "UNER Danish-DDT",
        "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
        "commit": "983c4cdc09f8ece6069d2b692b60dc4b3649ec6e",
        "license": "CC BY-SA 4.0",
        "author": "Barbara Plank; Mayhew et al. 2024",
    },
]


def lookup_table() -> dict[str, str]:
    """spacy-lookups-data's Danish full-form table (lower-case form -> lemma)."""
    path = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    table: dict[str, str] = srsly.read_gzip_json(path)
    return {form.lower(): lemma for form, lemma in table.items()}


def add_lookup_lemmatizer(nlp: Language, train_corpus: Path) -> None:
    """Lemmas from the table for the forms the trainable lemmatizer never saw."""
    known = {t.lower_ for doc in DocBin().from_disk(train_corpus).get_docs(nlp.vocab) for t in doc}
    pipe = nlp.add_pipe(FACTORY, after="trainable_lemmatizer")
    assert isinstance(pipe, LookupLemmatizer)
    pipe.set_tables(lookup_table(), known)
    print(json.dumps({"lookup_forms": len(pipe.table), "known_forms": len(pipe.known)}))


def replace_ner(nlp: Language, ner_models: list[Path]) -> str:
    """Use the NERs trained on their own (run_train_ner.sh) instead of the joint run's.

    One NER is added as ``ner``; several become ``ner``, ``ner_2``, ... with a
    stash after each and a majority vote after the last (quizgen/nlp/entity_vote.py).
    Returns the name of the last component that sets ``doc.ents``.
    """
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    names = ["ner"] + [f"ner_{i}" for i in range(2, len(ner_models) + 1)]
    for name, path in zip(names, ner_models, strict=True):
        # The NER pipeline also holds a frozen copy of this pipeline's tok2vec and
        # morphologizer (they tag its training text); only the NER itself is taken.
        nlp.add_pipe("ner", name=name, source=spacy.load(path))
        if len(ner_models) > 1:
            nlp.add_pipe(entity_vote.STASH_FACTORY, name=f"stash_{name}", config={"key": name})
    if len(ner_models) == 1:
        return "ner"
    nlp.add_pipe(entity_vote.VOTE_FACTORY, config={"keys": names, "min_votes": len(names) // 2 + 1})
    return entity_vote.VOTE_FACTORY


def genitives(name: str) -> list[str]:
    """Danish genitive spellings: Reuters', AP's, Ritzaus."""
    if name.endswith(("s", "x", "z")):
        return [f"{name}'"]
    if name.replace(" ", "").isupper() or name[-1].isdigit():
        return [f"{name}'s", f"{name}s"]
    return [f"{name}s"]


def add_news_sources(nlp: Language, path: Path, last_ner: str) -> None:
    """News agencies and media as ORG (see the file), by a token look-up that gives
    the entities an ``entity_ruler`` would at a sixth of its cost (news_sources.py).

    Before a single NER, which then builds its entities around them; after a
    vote (whose NERs each need a clean doc), overwriting what it overlaps.
    """
    names = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    patterns = [
        ("ORG", [t.text for t in nlp.make_doc(form)])
        for name in names
        for form in (name, *genitives(name))
    ]
    if last_ner == "ner":
        where: dict[str, Any] = {"before": "ner", "config": {"overwrite": False}}
    else:
        where = {"after": last_ner, "config": {"overwrite": True}}
    lookup = nlp.add_pipe(news_sources.FACTORY, name="news_sources", **where)
    lookup.add_patterns(patterns)  # type: ignore[attr-defined]
    print(json.dumps({"news_source_patterns": len(patterns)}))


def package(
    model: Path, out: Path, version: str, train_corpus: Path, ner_models: list[Path]
) -> None:
    nlp = spacy.load(model)
    last_ner = replace_ner(nlp, ner_models) if ner_models else "ner"
    add_lookup_lemmatizer(nlp, train_corpus)
    # the lexicon's lemma where the model's is none of the form's (issue 17)
    nlp.add_pipe(lexicon_lemmas.FACTORY, after=FACTORY)
    add_news_sources(nlp, HERE / "gazetteer" / "news_sources.txt", last_ner)
    nlp.add_pipe(sentence_rules.FACTORY, after="senter")
    nlp.meta.update(
        {
            "name": "da_quizgen",
            "version": version,
            "description": "Danish pipeline for quizgen: tokenizer, UPOS+morphology, lemmas, "
            "UD dependency parse with sentence boundaries, NER (PER/ORG/LOC). "
            "Trained on CDT/DDT converted to UD, UD Danish-DDT dev and UNER.",
            "license": "CC BY-SA 4.0",
            "author": "quizgen",
            "url": "",
            "email": "",
            "sources": SOURCES,
        }
    )
    nlp.meta.pop("performance", None)  # dev-set figures; see EVALUATION.md for test
    # 16-bit weights on disk (restored to 32 bits on load) keep three NERs under 25 MB
    print(json.dumps({"weights_stored_half": half_weights.store_half(nlp)}))
    nlp.add_pipe(half_weights.FACTORY, last=True)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    for name in ("LICENSE", "README.md"):
        shutil.copy(HERE / "model_docs" / name, out / name)
    print(json.dumps({"written": str(out), "pipeline": nlp.pipe_names}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=Path("training/build/model/model-last"))
    ap.add_argument("--out", type=Path, default=Path("quizgen/models/da_quizgen"))
    ap.add_argument("--train-corpus", type=Path, default=Path("training/build/corpus/train.spacy"))
    ap.add_argument(
        "--ner",
        type=Path,
        nargs="*",
        default=[],
        help="NER-only pipelines to use instead (several: majority vote)",
    )
    ap.add_argument("--version", default="0.3.1")
    a = ap.parse_args()
    package(a.model, a.out, a.version, a.train_corpus, a.ner)


if __name__ == "__main__":
    main()
