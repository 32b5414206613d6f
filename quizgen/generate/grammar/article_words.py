"""The article's own words by class and inflection, for wrong options of the same
form: made once per article, since every vocabulary word asks again (generation grew
with the square of an article's length when each one rescanned the text)."""

from __future__ import annotations

from quizgen.analysis import Analysis, Sentence, Token
from quizgen.extract.candidates import is_candidate
from quizgen.extract.lemmas import normal_lemma
from quizgen.extract.syntax import starts_capitalised_only_by_position
from quizgen.generate.article_memo import per_article
from quizgen.generate.grammar.distractor_slots import bare_singular
from quizgen.lang import Language
from quizgen.lang.grammar import Grammar


def same_class(
    analysis: Analysis, token: Token, timed: bool, language: Language
) -> tuple[tuple[str, str, str], ...]:
    """The article's words of ``token``'s class and inflection that may stand in for
    another, in article order: (normal lemma, lower-cased text, text as offered). Made
    once per article and class, since every vocabulary word asks again; ``word_options``
    then leaves out the word itself."""
    key = ("same_class", token.pos, token.morph, timed, language.code)
    return per_article(analysis, key, lambda: _same_class_words(analysis, token, timed, language))


def _same_class_words(
    analysis: Analysis, token: Token, timed: bool, language: Language
) -> tuple[tuple[str, str, str], ...]:
    grammar = language.grammar
    found: list[tuple[str, str, str]] = []
    for sentence, other in _tokens_by_class(analysis).get((token.pos, token.morph), ()):
        if (
            form_agrees_with_morph(other)
            and not in_fixed_phrase(sentence, other, grammar)
            and not bare_singular(sentence, other)  # "gå glip af": no stand-alone noun
            and (other.lemma.lower() in grammar.time.nouns) == timed
            and is_candidate(other, frozenset(), language)
        ):
            positional = starts_capitalised_only_by_position(other, grammar)
            shown = other.text[0].lower() + other.text[1:] if positional else other.text
            found.append((normal_lemma(other, language), other.text.lower(), shown))
    return tuple(found)


def class_words(
    analysis: Analysis, pos: str, timed: bool, language: Language
) -> tuple[tuple[str, str, str], ...]:
    """The article's words of class ``pos`` in any form, as ``same_class`` gives them:
    the caller puts each into the form it needs."""
    key = ("class_words", pos, timed, language.code)

    def build() -> tuple[tuple[str, str, str], ...]:
        morphs = {m for p, m in _tokens_by_class(analysis) if p == pos}
        found: list[tuple[str, str, str]] = []
        for morph in sorted(morphs):
            probe = Token(i=0, text="", lemma="", pos=pos, morph=morph)
            found.extend(same_class(analysis, probe, timed, language))
        return tuple(found)

    return per_article(analysis, key, build)


def _tokens_by_class(analysis: Analysis) -> dict[tuple[str, str], list[tuple[Sentence, Token]]]:
    """Every token of the article under its (part of speech, morphology), in order."""

    def build() -> dict[tuple[str, str], list[tuple[Sentence, Token]]]:
        groups: dict[tuple[str, str], list[tuple[Sentence, Token]]] = {}
        for sentence, token in analysis.tokens:
            groups.setdefault((token.pos, token.morph), []).append((sentence, token))
        return groups

    return per_article(analysis, "tokens_by_class", build)


def in_fixed_phrase(sentence: Sentence, token: Token, grammar: Grammar) -> bool:
    """``ved hjælp af``, ``på grund af``, ``der er tale om``: nouns that are really part of
    a preposition or a fixed phrase make no sense on their own."""
    before = sentence.tokens[token.i - 1] if token.i > 0 else None
    after = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
    if before is not None and after is not None and before.pos == "ADP" and after.pos == "ADP":
        return True
    following = grammar.clauses.fixed_phrases.get(token.lemma.lower())
    return following is not None and after is not None and after.text.lower() == following


def form_agrees_with_morph(token: Token) -> bool:
    """A Danish indefinite singular noun is spelt like its lemma. When the tagger says
    ``Number=Sing|Definite=Ind`` of a form that is not the lemma (``IS-krigere``), the
    features are wrong, and distractors matched on them would have the wrong inflection."""
    if token.pos != "NOUN" or token.feature("Case") == "Gen":
        return True
    if token.feature("Number") == "Sing" and token.feature("Definite") == "Ind":
        return token.text.lower() == token.lemma.lower()
    return True
