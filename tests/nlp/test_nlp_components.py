"""The shipped pipeline's own spaCy components, on hand-built Docs."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from quizgen.nlp.lemma_lookup import FACTORY as LOOKUP
from quizgen.nlp.lemma_lookup import LookupLemmatizer
from quizgen.nlp.sentence_rules import FACTORY as RULES

TABLE = {"konvojen": "konvoj", "valget": "valg", "arme": "arm", "have": "hav"}


def _lookup() -> LookupLemmatizer:
    lemmatizer = LookupLemmatizer()
    lemmatizer.set_tables(TABLE, known=["have", "Haven"])
    return lemmatizer


def test_nlp_components_lookup_lemmatizer_overrides_unseen_words_only() -> None:
    lemmatizer = _lookup()
    assert lemmatizer.lemma_for("konvojen") == "konvoj"
    assert lemmatizer.lemma_for("Konvojen") == "konvoj"
    # the trained lemmatizer saw "have": its lemma wins over the POS-blind table
    assert lemmatizer.lemma_for("have") is None
    assert "have" not in lemmatizer.table
    assert lemmatizer.lemma_for("ukendtord") is None


def test_nlp_components_lookup_lemmatizer_lemmatizes_a_compound_by_its_head() -> None:
    lemmatizer = _lookup()
    assert lemmatizer.lemma_for("menighedsrådsvalget") == "menighedsrådsvalg"
    # the prefix keeps its spelling, the head comes from the table
    assert lemmatizer.lemma_for("DM-valget") == "DM-valg"
    # heads shorter than min_compound_head (5) are not trusted: "skarme" is no "arme"
    assert lemmatizer.lemma_for("skarme") is None


def test_nlp_components_lookup_lemmatizer_touches_only_nouns_verbs_adjectives() -> None:
    nlp = spacy.blank("da")
    lemmatizer = _lookup()
    doc = Doc(
        nlp.vocab,
        words=["konvojen", "konvojen", "have"],
        pos=["NOUN", "PROPN", "VERB"],
        lemmas=["konvoje", "Konvojen", "have"],
    )
    lemmatizer(doc)
    assert [t.lemma_ for t in doc] == ["konvoj", "Konvojen", "have"]


def test_nlp_components_lookup_lemmatizer_round_trips_through_disk(tmp_path: Path) -> None:
    nlp = spacy.blank("da")
    pipe = nlp.add_pipe(LOOKUP)
    assert isinstance(pipe, LookupLemmatizer)
    pipe.set_tables(TABLE, known=["have"])
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline").get_pipe(LOOKUP)
    assert isinstance(loaded, LookupLemmatizer)
    assert (loaded.table, loaded.known) == (pipe.table, pipe.known)
    copy = LookupLemmatizer().from_bytes(pipe.to_bytes())
    assert (copy.table, copy.known) == (pipe.table, pipe.known)


def _split(text: str, starts: list[int]) -> list[str]:
    """Run the rules on ``text`` (whitespace-tokenised, quotes glued as written)
    after a fake senter that starts sentences at token indices ``starts``."""
    nlp = spacy.blank("da")
    doc = nlp.make_doc(text)
    for token in doc:
        token.is_sent_start = token.i in starts or token.i == 0
    nlp.add_pipe(RULES)(doc)
    return [s.text for s in doc.sents]


def test_nlp_components_sentence_rules_keep_an_opening_quote_with_its_sentence() -> None:
    text = 'Det sagde han. "Rapporten er klar," siger hun.'
    # the senter wrongly started the second sentence after the quote
    assert _split(text, [5]) == ["Det sagde han.", '"Rapporten er klar," siger hun.']


def test_nlp_components_sentence_rules_split_after_a_closing_quote() -> None:
    text = 'Hun sagde: "Se mor, en hund." Han smilede.'
    doc_tokens = spacy.blank("da").make_doc(text)
    han = next(t.i for t in doc_tokens if t.text == "Han")
    assert _split(text, []) == ['Hun sagde: "Se mor, en hund."', "Han smilede."]
    # a sentence wrongly started at the closing quote moves past it
    quote = han - 1
    assert _split(text, [quote]) == ['Hun sagde: "Se mor, en hund."', "Han smilede."]
    # lower case after the quote: the attribution belongs to the quote
    assert _split('"Nej." sagde han.', []) == ['"Nej." sagde han.']


def test_nlp_components_sentence_rules_split_a_capital_headline_from_the_body() -> None:
    text = "Det var sidste år. NEDSAT MOMS Regeringen vil sænke momsen."
    assert _split(text, [5]) == [
        "Det var sidste år.",
        "NEDSAT MOMS",
        "Regeringen vil sænke momsen.",
    ]
    # a short acronym is not a headline
    assert _split("Det sagde han. SDF Kommandoen svarede.", [4]) == [
        "Det sagde han.",
        "SDF Kommandoen svarede.",
    ]


def test_nlp_components_sentence_rules_start_a_numbered_item_with_its_number() -> None:
    text = "Det er sandt. 2) Findes der en plan?"
    assert _split(text, [6]) == ["Det er sandt.", "2) Findes der en plan?"]
