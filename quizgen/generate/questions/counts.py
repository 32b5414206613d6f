"""How-many questions: ``Skolen har plads til 90 elever.`` -> ``Hvor mange elever har
skolen plads til?``, from a number that counts a noun of the clause's own phrases."""

from __future__ import annotations

from quizgen.analysis import Sentence, Token
from quizgen.config.generation import Phrasings
from quizgen.extract.syntax import kids, number_value, subtree_ids
from quizgen.generate.grammar.answers import phrase_text
from quizgen.generate.grammar.clauses import Clause
from quizgen.generate.questions.draft import QuestionDraft, make_draft


def _counted_nouns(clause: Clause, inside: set[int]) -> list[Token]:
    """Nouns a number can count in the clause: its own phrases, and a noun inside an
    object or adverbial (``har plads til 90 elever``), not inside the subject or under
    another verb."""
    s = clause.sentence
    out = []
    for token in s.tokens:
        if token.i not in inside or token.pos != "NOUN":
            continue
        i = token.head
        path_ok = True
        while i != clause.head and path_ok:
            node = s.tokens[i]
            path_ok = node.pos in ("NOUN", "PROPN", "ADP") and node.head != i
            # (a list member: "fængsel og en bøde 90.000 kroner")
            path_ok = path_ok and not node.dep.startswith(("nsubj", "csubj", "conj"))
            i = node.head
        if path_ok:
            out.append(token)
    return out


def _stranded_inside(clause: Clause, inside: set[int], asked: set[int]) -> bool:
    """A preposition left where ``asked`` stood would not end the question: words follow
    it, or a fronted part moves behind it (``... køre en omvej på tidligere?``)."""
    s = clause.sentence
    last = max(i for i in inside if not s.tokens[i].is_punct)
    fronted = any(
        c.i < clause.finite and c.i != clause.subject and c.i in inside and not c.is_punct
        for c in s.children(clause.head)
    )
    return max(asked) < last or fronted


def how_many(clause: Clause, p: Phrasings, inside: set[int]) -> list[QuestionDraft | None]:
    s = clause.sentence
    out: list[QuestionDraft | None] = []
    for child in _counted_nouns(clause, inside):
        nums = [t for t in kids(s, child.i, ("nummod",)) if t.i < child.i]
        if (
            not nums
            or number_value(nums[0].text, clause.grammar) is None
            or (child.lemma.lower() in clause.grammar.time.units)
        ):
            continue
        num = nums[0]
        if _not_a_count(s, num, child):
            continue
        # "mindst ti", whichever word the parser hung "mindst" on
        number_ids = {num.i} | {t.i for t in kids(s, num.i, ("advmod",))}
        number_ids |= {t.i for t in kids(s, child.i, ("advmod",)) if t.i == num.i - 1}
        np_ids = subtree_ids(s, child.i) & inside
        cases = {t.i for t in kids(s, child.i, ("case",)) if t.i < child.i}
        # "6 måneders fængsel": "Hvor mange måneders fængsel"
        noun_words = [
            t.text
            for t in s.tokens[num.i + 1 : child.i + 1]
            if t.dep in ("amod", "compound", "nmod:poss") or t.i == child.i
        ]
        wh = f"{p.how_many} {' '.join(noun_words)}"
        keep = cases  # "tale om": the preposition stays behind
        if cases and _stranded_inside(clause, inside, np_ids):
            continue  # "... i konkurrence med på Silverstone-banen": stranded mid-clause
        answer = phrase_text(s, number_ids)
        bare = phrase_text(s, {num.i})
        accepted: tuple[str, ...] = (bare,) if bare != answer else ()
        value = number_value(num.text, clause.grammar)
        if value is not None and not num.text.isdigit():
            accepted += (str(int(value)),)
        out.append(
            make_draft(
                clause, "how_many", wh, np_ids, number_ids, keep=keep, accepted=accepted, bonus=0.3
            )
        )
    return out


def _not_a_count(s: Sentence, num: Token, noun: Token) -> bool:
    """A number no "Hvor mange" question asks well: one after "de"/"disse" (``de to
    byer`` counts what was named before; the reader is asked to count nothing), one
    whose "noun" is a symbol or abbreviation (``25 °``, ``100 g``), or a measure of an
    adjective that describes another noun (``2 meter høje planter``: the answer
    would be half a phrase)."""
    before = s.tokens[num.i - 1] if num.i > 0 else None
    if before is not None and before.pos == "DET" and before.feature("PronType") in ("Dem", "Art"):
        # ("de to brandmænd, Ole og Per": the sentence names them, a count)
        named = any(c.dep == "appos" for c in s.children(noun.i))
        return before.feature("Definite") != "Ind" and not named
    if not noun.text[:1].isalpha() or len(noun.text) < 3 or noun.text.endswith("."):
        return True  # "25 °", "7,95 kr.", "100 g": a symbol or an abbreviation
    after = s.tokens[noun.i + 1] if noun.i + 1 < len(s.tokens) else None
    return after is not None and after.pos == "ADJ" and after.head != noun.i
