"""Small helpers over UD dependency trees, plus the Danish word lists they need."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.analysis import Sentence, Token


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(text.split())


def word_tuple(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
OBLIQUE_DEPS = frozenset({"obl", "obl:tmod", "obl:lmod", "obl:loc", "nmod"})
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
SPEECH_VERBS = word_set(
    """
    fortælle skrive rapportere sige oplyse melde meddele udtale erklære bekræfte forklare
    understrege vurdere mene berette påstå hævde advare
    """
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = word_tuple(
    """
    januar februar marts april maj juni juli august september oktober november december
    """
)
DAYPARTS = ("morgen", "formiddag", "middag", "eftermiddag", "aften", "nat")
TIME_NOUNS = frozenset(WEEKDAYS + MONTHS + DAYPARTS) | word_set(
    """
    år måned uge dag døgn time minut weekend sommer vinter forår efterår jul påske århundrede
    klokke klokken kl.
    tid periode nytår årti gang
    """
)
TIME_ADVERBS = frozenset({"forinden", "siden", "senere", "tidligere", "før", "efter"})
PLACE_NOUNS = word_set(
    """
    by land område udkant region egn landsby hovedstad grænse provins kommune kyst ørken
    centrum bydel kvarter havn ø øst vest nord syd del landsdel sted zone skole hospital
    lejr gade vej plads park sø skov bjerg dal flod
    """
)
PLACE_PREPOSITIONS = frozenset({"i", "på", "ved", "nær", "uden for", "syd", "nord", "omkring"})
PERSON_NOUNS = word_set(
    """
    mand kvinde barn person menneske civil borger journalist soldat kriger talsmand ung
    talskvinde minister præsident leder politiker læge elev lærer forsker syrer dansker
    indbygger beboer flygtning patient studerende ekspert direktør formand borgmester
    betjent politibetjent sygeplejerske forælder familie pige dreng ven kollega medarbejder
    ansat arbejder bonde landmand fisker turist gæst deltager vinder spiller træner kunstner
    forfatter sanger musiker kok ejer kunde besøgende frivillig redder brandmand pensionist
    unge voksen ældre folk
    """
)
PERSON_SUFFIXES = word_tuple(
    """
    ist mand kvinde inde ør sker kriger arbejder sekretær chef ordfører rådgiver leder
    minister politiker direktør læge lærer fader moder far mor søn datter bror søster barn
    forælder teenager rytter spiller
    """
)
GROUP_NOUNS = word_set(
    """
    koalition styrke tropper gruppe regering politi hær militær parti organisation myndighed
    kommune virksomhed firma selskab forening klub hold skole universitet ministerium
    nyhedsbureau avis domstol ret folketing byråd bestyrelse team familie trop milits
    oprører myndigheder
    """
)
PERSONAL_PRONOUNS = word_set(
    """
    jeg du han hun vi i de mig dig ham hende os jer dem man den det denne dette disse der
    som hvem hvad sig selv en nogen noget ingen intet alle alt hinanden
    """
)
NUMBER_WORDS = word_tuple(
    """
    nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten
    sytten atten nitten tyve
    """
)
NUMBER_VALUES: dict[str, int] = {word: value for value, word in enumerate(NUMBER_WORDS)}
NUMBER_VALUES.update(
    {"et": 1, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70}
)
NUMBER_VALUES.update({"firs": 80, "halvfems": 90, "hundrede": 100, "tusind": 1000})


def ids_text(sentence: Sentence, ids: Iterable[int]) -> str:
    """Text of the tokens ``ids`` in sentence order, with their own spacing."""
    chosen = sorted(set(ids))
    if not chosen:
        return ""
    tokens = [sentence.tokens[i] for i in chosen]
    out = ""
    for position, token in enumerate(tokens):
        out += token.text
        if position + 1 < len(tokens):
            out += token.whitespace or ("" if tokens[position + 1].i == token.i + 1 else " ")
    return out


def subtree_ids(sentence: Sentence, i: int) -> set[int]:
    return {t.i for t in sentence.subtree(i)}


def kids(sentence: Sentence, i: int, deps: Iterable[str] | None = None) -> list[Token]:
    wanted = None if deps is None else set(deps)
    return [t for t in sentence.children(i) if wanted is None or t.dep in wanted]


def base_dep(token: Token) -> str:
    return token.dep.split(":", 1)[0]


def is_finite(token: Token) -> bool:
    return token.feature("VerbForm") == "Fin" or (
        token.pos in ("VERB", "AUX")
        and token.feature("Tense") in ("Pres", "Past")
        and token.feature("VerbForm") in ("", "Fin")
    )


def number_value(text: str) -> float | None:
    """``300`` -> 300, ``ti`` -> 10, ``2,5`` -> 2.5; None when it is not a number."""
    cleaned = text.replace(".", "").replace(",", ".") if "," in text else text.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        value = NUMBER_VALUES.get(text.lower())
        return float(value) if value is not None else None


def is_year(token: Token) -> bool:
    value = number_value(token.text)
    return token.text.isdigit() and value is not None and 1000 <= value <= 2100


INFLECTIONS = ("", "e", "en", "et", "er", "erne", "ene", "ne", "s", "ens", "ernes", "n", "t", "r")
GROUP_SUFFIXES = word_tuple(
    """
    styrke tropper koalition gruppe styrelse ministerium institut kommune region forening
    selskab parti organisation universitet regering politi myndighed klub bureau udvalg byråd
    """
)


def word_bases(token: Token) -> tuple[str, ...]:
    """The lemma, and the word with common endings cut off: lemmatisers miss compounds."""
    lemma = token.lemma.lower().rsplit("-", 1)[-1]
    text = token.text.lower().rsplit("-", 1)[-1]
    cut = tuple(text[: len(text) - len(e)] for e in INFLECTIONS if e and text.endswith(e))
    return (lemma, text, *cut)


def is_person_noun(token: Token) -> bool:
    if token.ent_type == "PER":
        return True
    if token.pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    return any(
        base in PERSON_NOUNS or (len(base) > 5 and base.endswith(PERSON_SUFFIXES))
        for base in word_bases(token)
    )


def is_agent_like(token: Token) -> bool:
    """Answers ``hvem``: people, and organisations or groups that act."""
    # A common noun the tagger put in a name ("Byen Baghouz") is judged by the word.
    named = token.ent_type in ("PER", "ORG") and token.pos == "PROPN"
    if token.pos == "NOUN" and token.lemma.lower() in PLACE_NOUNS:
        return False  # "byen", even when the tagger calls "Byen Baghouz" a person
    return (
        named
        or (token.pos == "PRON" and token.text.lower() in ("han", "hun", "de", "vi", "jeg"))
        or is_person_noun(token)
        or any(base in GROUP_NOUNS or base.endswith(GROUP_SUFFIXES) for base in word_bases(token))
    )


def entity_span(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The entity token ``i`` belongs to, as (start, end)."""
    token = sentence.tokens[i]
    if not token.ent_type:
        return None
    start = i
    while start > 0 and sentence.tokens[start].ent_iob == "I":
        start -= 1
    end = i + 1
    while end < len(sentence.tokens) and sentence.tokens[end].ent_iob == "I":
        end += 1
    return start, end


# Danish institutions are named by a capitalised definite noun.
INSTITUTIONS = word_tuple(
    """
    styrelsen ministeriet tinget politiet instituttet direktoratet rådet nævnet banken
    retten kommissionen
    """
)


def starts_capitalised_only_by_position(token: Token) -> bool:
    """Sentence-initial ``Tirsdag`` or ``Den`` can be lower-cased; ``AP`` or ``Syrien``
    cannot. Function words are lower-cased even when the tagger put them in a name."""
    text = token.text
    if token.i != 0 or not text[:1].isupper():
        return False
    if len(text) > 1 and any(c.isupper() for c in text[1:].split("-")[0]):
        return False  # AP, IS-krigerne
    if token.pos in ("DET", "ADP", "ADV", "PRON", "CCONJ", "SCONJ", "NUM", "AUX", "VERB"):
        return True
    if token.pos == "NOUN" and text.lower().endswith(INSTITUTIONS):
        return False  # "Sundhedsstyrelsen", "Folketinget": names, however tagged
    if token.pos == "NOUN" and token.lemma[:1].islower():
        return True  # "Byen" (lemma "by"), even inside a tagged name
    return token.pos != "PROPN" and not token.ent_type


def lowered_first(sentence: Sentence, ids: Iterable[int]) -> str:
    """``ids_text`` with a sentence-initial capital lowered when it is only positional."""
    chosen = sorted(set(ids))
    text = ids_text(sentence, chosen)
    if chosen and starts_capitalised_only_by_position(sentence.tokens[chosen[0]]):
        return text[0].lower() + text[1:]
    return text
