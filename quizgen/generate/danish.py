"""Danish questions made by transforming a parsed clause.

Danish main clauses are verb-second (V2). A question about the subject keeps
the declarative order (``Koalitionen indledte ...`` -> ``Hvem indledte ...?``);
a question about anything else puts the question word first, then the finite
verb, then the subject (``Tirsdag aften indledte koalitionen ...`` ->
``Hvornår indledte koalitionen ...?``). The clause is laid out in the fields of
Danish word order: finite verb, subject, light pronoun objects (object shift:
``forskanser sig``), sentence adverbials (``ikke``, ``fortsat``), then the
rest in its original order. A constituent that stood first in the original is
moved to the end of the content field. Subordinate clauses (``at 300
IS-krigere fortsat forskanser sig``) become main-clause order the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.analysis import Sentence, Token
from quizgen.extract.syntax import (
    SPEECH_VERBS,
    SUBJECT_DEPS,
    TIME_NOUNS,
    ids_text,
    is_finite,
    is_year,
    kids,
    starts_capitalised_only_by_position,
    subtree_ids,
    word_set,
)

SENTENCE_ADVERBS = word_set(
    """
    ikke aldrig altid også nu stadig fortsat endnu allerede jo dog kun måske vist bare snart
    ofte sjældent egentlig faktisk heller netop nok vel gerne nemlig formentlig
    sandsynligvis derfor alligevel desuden endelig igen straks
    """
)
LIGHT_PRONOUNS = frozenset(["sig", "mig", "dig", "os", "jer", "ham", "hende", "dem", "det", "den"])
DROPPED_DEPS = frozenset(
    {"parataxis", "mark", "cc", "discourse", "vocative", "dislocated", "list", "reparandum"}
)


@dataclass(frozen=True)
class Clause:
    sentence: Sentence
    head: int  # the predicate: main verb, or nominal/adjectival predicate
    finite: int  # the finite verb (may be an auxiliary or copula)
    subject: int | None  # head of the subject (or of an expletive ``der``)
    subordinate: bool
    antecedent: int | None = None  # relative clauses: the noun that "som" stands for

    def token(self, i: int) -> Token:
        return self.sentence.tokens[i]


QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019')  # straight, guillemets, curly


def quotes(sentence: Sentence) -> bool:
    """Direct speech: who "vi" or "jeg" are, and where it ends, needs the text around it."""
    return any(t.text in QUOTES or t.text == "'" for t in sentence.tokens)


def clauses(sentence: Sentence) -> list[Clause]:
    """Clauses with a finite verb and a subject, main clauses first."""
    found: list[Clause] = []
    if quotes(sentence) or sentence.text.rstrip().endswith(("?", "!")):
        return found  # direct speech, questions and exclamations state no fact
    if any(t.text in (":", ";") for t in sentence.tokens[1:-1]):
        return found  # "...: Kontrolgebyr 6000 kroner": two statements in one
    for token in sentence.tokens:
        if not _is_clause_head(sentence, token):
            continue
        helpers = kids(sentence, token.i, ("aux", "aux:pass", "cop"))
        finite = next(
            (t.i for t in sorted([*helpers, token], key=lambda t: t.i) if is_finite(t)), None
        )
        if finite is None:
            continue
        expl = kids(sentence, token.i, ("expl",))
        # A weekday or year is no subject, whatever the parser says ("Tirsdag aften
        # indledte koalitionen ..."): the subject is the other one.
        subjects = [
            t
            for t in kids(sentence, token.i, SUBJECT_DEPS)
            if not _time_word(t) and t.text.lower() != "sig"  # "sig" is never a subject
        ]
        subject = expl[0].i if expl and expl[0].i > 0 and expl[0].text.lower() == "der" else None
        if subject is None and expl and expl[0].text.lower() == "der":
            subject = expl[0].i
        if subject is None and subjects:
            subject = subjects[0].i
        expletive = bool(expl) or (
            subject is not None and sentence.tokens[subject].text.lower() == "der"
        )
        if expletive and kids(sentence, token.i, ("obj",)):
            continue  # "Der venter rytterne en enkeltstart": "der" is a place here
        if subject is None:
            continue
        if kids(sentence, subject, ("case",)):
            continue  # "På Sønderskov Skole" as a subject: a misparse
        if any(t.text.lower() == "der" and t.i != subject for t in sentence.children(token.i)):
            continue  # "Der venter rytterne ...": "der" as place or as expletive, unclear
        antecedent = None
        if token.dep == "conj" and sentence.tokens[token.head].dep in ("acl:relcl", "acl"):
            continue  # "..., og som spillerne mener ...": a second relative clause
        resumptive = finite > 0 and sentence.tokens[finite - 1].text.lower() == "så"
        if resumptive and finite - 1 > min(_core_span(sentence, token.i)):
            continue  # "Apropos udyr, så har ...": the fronted part cannot be moved
        if token.dep in ("acl:relcl", "acl"):
            # "lastbiler, som forlader området": only "som"/"der" as subject can be asked
            # about ("Hvad forlader området?"); other relative clauses lean on too much.
            relative = sentence.tokens[subject]
            if token.dep == "acl" or relative.text.lower() not in ("som", "der"):
                continue
            antecedent = token.head
        if any(c.i > finite for c in kids(sentence, token.i, ("cc",))):
            continue  # "... og følgelig for reformer": an elliptical second conjunct
        marks = kids(sentence, token.i, ("mark",))
        subordinate = bool(marks) or token.dep in ("advcl", "acl:relcl")
        if not marks and finite == min(_core_span(sentence, token.i)):
            continue  # verb first: a conditional ("Kunne de klare det, ...") or a question
        found.append(Clause(sentence, token.i, finite, subject, subordinate, antecedent))
    return sorted(found, key=lambda c: (c.subordinate, c.head))


def _core_span(sentence: Sentence, head: int) -> set[int]:
    ids = _chunk(sentence, head)
    return {i for i in ids if not sentence.tokens[i].is_punct and sentence.tokens[i].dep != "cc"}


def _time_word(token: Token) -> bool:
    return token.lemma.lower() in TIME_NOUNS or token.text.lower() in TIME_NOUNS or is_year(token)


def _is_clause_head(sentence: Sentence, token: Token) -> bool:
    """Roots and the heads of coordinated, reported and adverbial clauses; a finite verb
    with a subordinator counts too whatever its label (parsers call some ccomp "obj")."""
    if token.head == token.i or token.dep == "ROOT":
        return True
    if token.dep in ("conj", "ccomp", "parataxis", "advcl", "acl:relcl"):
        return True
    return token.dep == "obj" and is_finite(token) and bool(kids(sentence, token.i, ("mark",)))


def reporter(clause: Clause) -> str:
    """Who reports the clause: ``skriver AP`` beside it, or ``AP rapporterer, at ...`` above it."""
    s = clause.sentence
    for child in kids(s, clause.head, ("parataxis",)):
        if child.lemma.lower() in SPEECH_VERBS:
            return _speaker(s, child.i)
    node = s.tokens[clause.head]
    while (node.dep == "ccomp" or (node.dep == "obj" and is_finite(node))) and node.head != node.i:
        parent = s.tokens[node.head]
        if parent.lemma.lower() in SPEECH_VERBS:
            found = _speaker(s, parent.i)
            if found:
                return found
        node = parent
    return ""


def _speaker(sentence: Sentence, verb: int) -> str:
    for subj in kids(sentence, verb, SUBJECT_DEPS):
        if subj.ent_type in ("PER", "ORG") or subj.pos == "PROPN":
            # The whole name ("Århus Stiftstidende"), without an apposition after a comma.
            ids = _chunk(sentence, subj.i)
            for child in kids(sentence, subj.i, ("appos", "acl:relcl", "punct", "acl")):
                ids -= _chunk(sentence, child.i)
            end = max(ids) + 1
            while end < len(sentence.tokens) and sentence.tokens[end].text[:1].isupper():
                ids.add(end)  # "Århus Stiftstidende" cut in two by the parser
                end += 1
            return ids_text(sentence, ids)
    return ""


def _chunk(sentence: Sentence, i: int) -> set[int]:
    return subtree_ids(sentence, i)


def clause_ids(clause: Clause) -> set[int]:
    """The tokens that belong to the clause itself, without punctuation at its edges,
    reporting clauses, subordinators and parenthetical insertions."""
    s = clause.sentence
    ids = _chunk(s, clause.head)
    for child in s.children(clause.head):
        sub = _chunk(s, child.i)
        first = s.tokens[min(sub)]
        if (
            child.dep in DROPPED_DEPS
            or (child.dep == "conj" and child.pos in ("VERB", "AUX"))
            or (child.dep == "conj" and kids(s, child.i, ("nsubj", "nsubj:pass", "cop")))
            or _purpose_clause(s, child)
            or (first.is_punct and first.text in ("-", "\u2013", "(") and child.i != min(sub))
        ):
            ids -= sub
    # "..., men her har stigningen været meget lille" hung deeper in the tree: another
    # clause with its own subject.
    for token in s.tokens:
        own_subject = bool(kids(s, token.i, ("nsubj", "nsubj:pass")))
        if token.i in ids and token.dep == "conj" and token.i != clause.head and own_subject:
            ids -= _chunk(s, token.i)
    if ids:
        # A dash aside ("- selv ikke med ...", "- som nu -") goes whole, wherever the
        # parser hung its words.
        dashes = [t.i for t in s.tokens if t.text in DASHES and t.is_punct]
        inner = [d for d in dashes if min(ids) < d < max(ids) + 1]
        if len(inner) >= 2:
            ids -= set(range(inner[0], inner[1] + 1))
        elif inner:
            ids -= set(range(inner[0], len(s.tokens)))
    while ids and s.tokens[max(ids)].is_punct:
        ids.discard(max(ids))
    while ids and s.tokens[min(ids)].is_punct:
        ids.discard(min(ids))
    return ids


def _purpose_clause(sentence: Sentence, child: Token) -> bool:
    """``for at presse de sidste IS-krigere``: leaving it out keeps questions short."""
    if child.dep != "advcl" or child.feature("VerbForm") != "Inf":
        return False
    marks = [t.text.lower() for t in kids(sentence, child.i, ("mark",))]
    return marks[:2] == ["for", "at"]


PERSONAL_SUBJECTS = word_set(
    """
    jeg du han hun vi i de den det man denne dette disse dem ham hende mig dig os jer
    """
)


FIRST_PERSON = word_set("jeg mig min mit mine vi os vores")


def pronoun_subject(clause: Clause, target: set[int]) -> bool:
    """A subject like ``de`` or ``vi`` left in the question, or any ``jeg``/``vi``:
    nobody knows who is meant."""
    left = clause_ids(clause) - target
    if any(clause.sentence.tokens[i].text.lower() in FIRST_PERSON for i in left):
        return True
    if clause.subject is None or clause.subject in target:
        return False
    token = clause.token(clause.subject)
    return token.dep != "expl" and token.text.lower() in PERSONAL_SUBJECTS


def vague_pronouns(clause: Clause, target: set[int]) -> int:
    """Pronouns left in a question that point outside it (``det``, ``de``, ``man``)."""
    vague = {"det", "de", "dem", "han", "hun", "ham", "hende", "den", "man", "denne", "dette"}
    return sum(
        1
        for i in clause_ids(clause) - target
        if clause.sentence.tokens[i].pos == "PRON"
        and clause.sentence.tokens[i].text.lower() in vague
    )


def question(
    clause: Clause,
    wh: str,
    target: set[int],
    *,
    keep: set[int] | None = None,
    adverbial: str = "",
) -> str | None:
    """The clause as a question with ``wh`` first and the ``target`` tokens removed.

    ``keep`` are target tokens that stay in place (a stranded preposition:
    ``Hvor mange lastbiler er der tale om?``). ``adverbial`` is added among the
    sentence adverbials (``ifølge AP``).
    """
    s = clause.sentence
    keep = keep or set()
    ids = clause_ids(clause) - (target - keep)
    fin = clause.finite
    if fin in target or fin not in ids:
        return None
    subject_ids = set()
    if clause.subject is not None and clause.subject not in target:
        subject_ids = _chunk(s, clause.subject) & ids
        if clause.token(clause.subject).dep == "expl":
            subject_ids = {clause.subject}
    head = clause.head
    fronted: set[int] = set()
    shifted: set[int] = set()
    nexus: set[int] = set()
    for child in s.children(head):
        if child.i not in ids or child.i in subject_ids or child.i == fin:
            continue
        sub = _chunk(s, child.i) & ids
        light = (
            child.pos == "PRON"
            and child.text.lower() in LIGHT_PRONOUNS
            and (
                child.dep in ("obj", "iobj", "expl")
                or (child.dep.startswith("nsubj") and child.text.lower() == "sig")
            )
        )
        if light and fin == head:
            shifted |= sub
        elif not clause.subordinate and max(sub) < fin:
            if any(s.tokens[i].lemma.lower() == "ifølge" for i in sub) or (
                len(sub) == 1 and child.lemma.lower() in SENTENCE_ADVERBS
            ):
                # "Ifølge Reuters har ..." -> "Hvem har ifølge Reuters ...";
                # "Derfor skal ..." -> "Hvem skal derfor ..."
                nexus |= sub
            else:
                fronted |= sub
        elif _in_nexus(clause, child, sub):
            nexus |= sub
    if fronted and all(s.tokens[i].pos == "PRON" for i in fronted):
        shifted |= fronted  # "Det fortæller Mustafa Bali" -> "Hvem fortæller det"
        fronted = set()
    rest = ids - {fin} - subject_ids - shifted - nexus - fronted
    if _stray_finite_verb(clause, clause_ids(clause)) or _detached_modifier(s, target, rest):
        return None
    if _holes(clause, ids | target) or _torn(s, target - keep):
        return None
    if any(_apposition_cut(s, p) or _name_cut(s, p) for p in (subject_ids, target - keep)):
        return None
    if any(is_finite(s.tokens[i]) for i in fronted):
        return None  # a clause in first position ("Tirsdag ... indledte ..., skriver AP")
    order = _without_asides(s, sorted(rest))
    # A moved adverbial goes before a trailing subordinate or infinitive clause.
    insert_at = len(order)
    for child in s.children(head):
        if child.dep in ("advcl", "ccomp") and child.i in rest and child.i > fin:
            start = min(_chunk(s, child.i) & rest)
            insert_at = min(insert_at, order.index(start))
    if 0 < insert_at < len(order) and s.tokens[order[insert_at - 1]].text == ",":
        insert_at -= 1  # "..., onsdag inden ..." -> "... onsdag, inden ..."
    words: list[str] = [wh, _word(s, fin)]
    words += _words(s, subject_ids)
    words += _words(s, shifted)
    if adverbial:
        words.append(adverbial)
    words += _words(s, nexus)
    words += [_word(s, i) for i in order[:insert_at]]
    words += _words(s, fronted)
    words += [_word(s, i) for i in order[insert_at:]]
    return tidy(" ".join(w for w in words if w)) + "?"


EMBEDDING_DEPS = frozenset(
    {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp", "parataxis", "conj"}
)


def _stray_finite_verb(clause: Clause, ids: set[int]) -> bool:
    """A second finite verb that no subordinate clause explains: the parse is wrong
    (``Byen Baghouz ... er den sidste lomme, som IS har ...`` read as one clause)."""
    s = clause.sentence
    embedded: set[int] = set()
    for i in ids:
        if s.tokens[i].dep in EMBEDDING_DEPS and i != clause.head:
            embedded |= _chunk(s, i)
    return any(is_finite(s.tokens[i]) and i != clause.finite and i not in embedded for i in ids)


DASHES = frozenset({"-", "\u2013", "\u2014"})


def _without_asides(s: Sentence, order: list[int]) -> list[int]:
    """Leave out a dash aside: ``- som nu -`` between dashes, or all after a lone dash."""
    dashes = [n for n, i in enumerate(order) if s.tokens[i].text in DASHES and s.tokens[i].is_punct]
    if not dashes:
        return order
    if len(dashes) >= 2:
        return order[: dashes[0]] + order[dashes[1] + 1 :]
    return order[: dashes[0]]


def _holes(clause: Clause, used: set[int]) -> bool:
    """Words inside the clause's stretch of text that hang on something outside it: the
    parse tore a phrase apart, and the question would silently lose them."""
    s = clause.sentence
    inside = _chunk(s, clause.head)
    return any(
        k not in inside and not s.tokens[k].is_punct for k in range(min(used), max(used) + 1)
    )


def _apposition_cut(s: Sentence, phrase: set[int]) -> bool:
    """``Mustafa Bali, | talsmand fra SDF``: the parse split a name from its apposition,
    so moving or removing the name would leave half of it behind."""
    words = [i for i in phrase if not s.tokens[i].is_punct]
    if not words:
        return False
    after = max(words) + 1
    if after + 1 >= len(s.tokens) or s.tokens[after].text != ",":
        return False
    nxt = s.tokens[after + 1]
    if nxt.pos != "NOUN" or nxt.head in phrase:
        return False
    # An opening comma (none before it in the phrase) followed by a noun outside it.
    return nxt.dep == "appos" or not any(s.tokens[i].text == "," for i in phrase if i < after)


NAME_PARTICLES = frozenset({"de", "af", "la", "le", "van", "von", "der", "del", "da", "di"})


def _name_cut(s: Sentence, phrase: set[int]) -> bool:
    """Part of a name stays behind: ``Tour | de France``, ``cykelrytter | Jonas Vingegaard``
    (a tagged name only partly in the phrase, or one that the parse hung elsewhere)."""
    words = [i for i in phrase if not s.tokens[i].is_punct]
    if not words:
        return False
    first, last = min(words), max(words)
    for i in (first - 1, last + 1):
        if 0 <= i < len(s.tokens) and i not in phrase:
            neighbour = s.tokens[i]
            inside = s.tokens[last] if i > last else s.tokens[first]
            same_name = (
                neighbour.ent_type
                and neighbour.ent_type == inside.ent_type
                and (neighbour.ent_iob == "I" if i > last else inside.ent_iob == "I")
            )
            if same_name:
                return True
    before = first - 1
    particle = s.tokens[first].text in NAME_PARTICLES and len(words) > 1
    if particle and before >= 0 and before not in phrase and s.tokens[before].pos == "PROPN":
        return True  # "Tour | de France"
    after = last + 1
    if after < len(s.tokens) and after not in phrase:
        nxt = s.tokens[after]
        # "cykelrytter Jonas Vingegaard": a name right after the phrase belongs to it
        if nxt.pos == "PROPN" and nxt.ent_type == "PER" and nxt.head not in phrase:
            return s.tokens[last].pos in ("NOUN", "PROPN")
        # "Tour de France" cut after "Tour"
        if (
            s.tokens[last].pos == "PROPN"
            and nxt.text in NAME_PARTICLES
            and after + 1 < len(s.tokens)
            and s.tokens[after + 1].text[:1].isupper()
        ):
            return True
    return False


def _torn(s: Sentence, target: set[int]) -> bool:
    """The asked-about phrase is not one stretch of text: part of it would stay behind."""
    if not target:
        return False
    return any(
        k not in target and not s.tokens[k].is_punct for k in range(min(target), max(target) + 1)
    )


def _detached_modifier(s: Sentence, target: set[int], rest: set[int]) -> bool:
    """``set [en konvoj af lastbiler] fyldt med ...``: a participle right after the removed
    phrase most likely belonged to it, whatever the parse says; and a phrase next to
    ``og`` is half a coordination."""
    if not target:
        return False
    after = max(target) + 1
    before = s.tokens[min(target) - 1] if min(target) > 0 else None
    token = s.tokens[after] if after < len(s.tokens) else None
    if before is not None and before.pos == "DET" and before.head in target:
        return True  # "de [to bogstaver]": the determiner would stay behind
    # "... 210 meter lang og [syv meter] bred": one conjunct of a coordination
    if any(t is not None and t.pos == "CCONJ" and t.i > 0 for t in (token, before)):
        return True  # (a sentence-initial "Og" joins sentences, not phrases)
    heads = [i for i in target if s.tokens[i].head not in target]
    if s.tokens[min(target)].pos == "CCONJ" or any(s.tokens[i].dep == "conj" for i in heads):
        return True  # "og syv meter": the second conjunct itself
    if token is None or after not in rest:
        return False
    return token.feature("VerbForm") == "Part" or (token.pos == "ADJ" and token.dep != "amod")


def _in_nexus(clause: Clause, child: Token, sub: set[int]) -> bool:
    """Sentence adverbials: between subject and verb in a subordinate clause, between the
    finite and the main verb in a main clause, or a known one like ``ikke``/``fortsat``."""
    fin, head = clause.finite, clause.head
    if clause.subordinate and min(sub) < fin and child.dep == "advmod":
        return True
    if not clause.subordinate and fin != head and fin < min(sub) and max(sub) < head:
        return True
    return child.dep == "advmod" and child.lemma.lower() in SENTENCE_ADVERBS and len(sub) == 1


def _word(sentence: Sentence, i: int) -> str:
    token = sentence.tokens[i]
    if starts_capitalised_only_by_position(token):
        return token.text[0].lower() + token.text[1:]
    return token.text


def _words(sentence: Sentence, ids: set[int]) -> list[str]:
    return [_word(sentence, i) for i in sorted(ids)]


def tidy(text: str) -> str:
    """Spacing and commas after tokens were moved: no ``, ,``, no comma at either end."""
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"(,\s*)+,", ",", text)
    text = re.sub(r"\s+-\s*$", "", text)
    text = re.sub(r",\s*$", "", text.strip())
    text = re.sub(r"^\s*,\s*", "", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip()


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def phrase_text(sentence: Sentence, ids: set[int]) -> str:
    """A phrase as an answer: sentence-initial capital lowered, edges without punctuation."""
    chosen = sorted(ids)
    while chosen and sentence.tokens[chosen[-1]].is_punct:
        chosen.pop()
    while chosen and sentence.tokens[chosen[0]].is_punct:
        chosen.pop(0)
    # A sentence adverb the parser hung on the noun ("300 IS-krigere fortsat") is no part
    # of the answer.
    while len(chosen) > 1 and (
        sentence.tokens[chosen[-1]].pos in ("CCONJ", "SCONJ")
        or sentence.tokens[chosen[-1]].text.lower() in SENTENCE_ADVERBS
    ):
        chosen.pop()
    while len(chosen) > 1 and sentence.tokens[chosen[0]].text.lower() in SENTENCE_ADVERBS:
        chosen.pop(0)  # "nu civile"
    if not chosen:
        return ""
    span = range(chosen[0], chosen[-1] + 1)
    if all(k in chosen or sentence.tokens[k].is_punct for k in span):
        chosen = list(span)  # "mænd, kvinder og børn": keep the commas inside
    text = ids_text(sentence, chosen)
    if starts_capitalised_only_by_position(sentence.tokens[chosen[0]]):
        text = text[0].lower() + text[1:]
    return tidy(text)
