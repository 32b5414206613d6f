"""What a clause says about its sentence beyond its own words: who reports it, and
whether a question made from it would keep a pronoun that points outside it."""

from __future__ import annotations

from quizgen.analysis import Sentence
from quizgen.extract.syntax import SUBJECT_DEPS, ids_text, is_finite, kids
from quizgen.generate.grammar.clauses import Clause, chunk, clause_ids


def reporter(clause: Clause) -> str:
    """Who reports the clause: ``skriver AP`` beside it, or ``AP rapporterer, at ...`` above it."""
    s = clause.sentence
    speech_verbs = clause.grammar.clauses.speech_verbs
    for child in kids(s, clause.head, ("parataxis",)):
        if child.lemma.lower() in speech_verbs:
            return _speaker(s, child.i)
    node = s.tokens[clause.head]
    while (node.dep == "ccomp" or (node.dep == "obj" and is_finite(node))) and node.head != node.i:
        parent = s.tokens[node.head]
        if parent.lemma.lower() in speech_verbs:
            found = _speaker(s, parent.i)
            if found:
                return found
        node = parent
    return ""


def _speaker(sentence: Sentence, verb: int) -> str:
    for subj in kids(sentence, verb, SUBJECT_DEPS):
        if subj.ent_type in ("PER", "ORG") or subj.pos == "PROPN":
            # The whole name ("Århus Stiftstidende"), without an apposition after a comma.
            ids = chunk(sentence, subj.i)
            for child in kids(sentence, subj.i, ("appos", "acl:relcl", "punct", "acl")):
                ids -= chunk(sentence, child.i)
            end = max(ids) + 1
            while end < len(sentence.tokens) and sentence.tokens[end].text[:1].isupper():
                ids.add(end)  # "Århus Stiftstidende" cut in two by the parser
                end += 1
            return ids_text(sentence, ids)
    return ""


def pronoun_subject(clause: Clause, target: set[int]) -> bool:
    """A subject like ``de`` or ``vi`` left in the question, or any ``jeg``/``vi``:
    nobody knows who is meant."""
    pronouns = clause.grammar.pronouns
    left = clause_ids(clause) - target
    if any(clause.sentence.tokens[i].text.lower() in pronouns.first_person for i in left):
        return True
    if clause.subject is None or clause.subject in target or clause.subject in dict(clause.names):
        return False
    token = clause.token(clause.subject)
    # (a determiner the parser made the subject, "den" of "den dengang ukendte gruppe",
    # is no pronoun)
    pronoun = token.pos == "PRON" or (token.pos != "DET" and token.dep != "det")
    if token.pos == "PRON" and token.feature("PronType") == "Dem" and token.dep != "expl":
        return True  # "Begge har mistet ...": both of whom, the text before says
    return token.dep != "expl" and pronoun and token.text.lower() in pronouns.subjects


def vague_pronouns(clause: Clause, target: set[int]) -> int:
    """Pronouns left in a question that point outside it (``det``, ``de``, ``man``)."""
    vague = clause.grammar.pronouns.vague
    return sum(
        1
        for i in clause_ids(clause) - target
        if clause.sentence.tokens[i].pos == "PRON"
        and clause.sentence.tokens[i].text.lower() in vague
    )
