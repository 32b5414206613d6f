"""Build ``quizgen.analysis`` values by hand for tests, without a spaCy model.

Sentences are written in CoNLL-U (10 tab-separated columns) or in a shorter
whitespace form with one token a line::

    FORM LEMMA UPOS FEATS HEAD DEPREL [MISC]

HEAD is 1-based with 0 for the root, as in CoNLL-U; FEATS and MISC may be ``_``.
MISC understands ``SpaceAfter=No`` and ``Ent=B-PER`` / ``Ent=I-LOC`` (named
entities). A ``# text = ...`` line is optional: the text is rebuilt from the
tokens. Blank lines separate sentences; ``# newpar`` starts a new paragraph.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.analysis import Analysis, Article, Entity, PipelineInfo, Sentence, Token

DATA = Path(__file__).parent / "data"


def _fields(line: str) -> list[str]:
    if "\t" in line:
        cols = line.split("\t")
        # id form lemma upos xpos feats head deprel deps misc
        return [cols[1], cols[2], cols[3], cols[5], cols[6], cols[7], cols[9]]
    cols = line.split()
    if len(cols) == 6:
        cols.append("_")
    if len(cols) != 7:
        raise ValueError(f"expected 6 or 7 fields, got {len(cols)}: {line!r}")
    return cols


def _misc(misc: str) -> dict[str, str]:
    if misc in ("", "_"):
        return {}
    return dict(part.split("=", 1) for part in misc.split("|") if "=" in part)


def sentence_from_lines(lines: list[str], index: int = 0, paragraph: int = 0) -> Sentence:
    tokens: list[Token] = []
    idx = 0
    for position, line in enumerate(lines):
        if "\t" in line and "-" in line.split("\t")[0]:
            continue  # multiword token ranges
        form, lemma, upos, feats, head, deprel, misc = _fields(line)
        info = _misc(misc)
        ent = info.get("Ent", "O")
        iob, _, label = ent.partition("-")
        head_i = int(head) - 1 if head != "0" else position
        tokens.append(
            Token(
                i=position,
                text=form,
                lemma=lemma,
                pos=upos,
                morph="" if feats == "_" else feats,
                dep="ROOT" if head == "0" else deprel,
                head=head_i,
                ent_type=label,
                ent_iob=iob if label else "O",
                whitespace="" if info.get("SpaceAfter") == "No" else " ",
                idx=idx,
            )
        )
        idx += len(form) + (0 if info.get("SpaceAfter") == "No" else 1)
    last = tokens[-1]
    tokens[-1] = Token(**{**_as_dict(last), "whitespace": ""})
    text = "".join(t.text + t.whitespace for t in tokens)
    return Sentence(index=index, text=text, tokens=tuple(tokens), paragraph=paragraph)


def _as_dict(token: Token) -> dict[str, object]:
    return {name: getattr(token, name) for name in Token.__slots__}


def parse_sentences(text: str) -> list[Sentence]:
    """Every sentence in ``text`` (CoNLL-U or the short form), in order."""
    sentences: list[Sentence] = []
    block: list[str] = []
    paragraph = 0
    pending_par = False

    def flush() -> None:
        nonlocal block
        if block:
            sentences.append(sentence_from_lines(block, len(sentences), paragraph))
            block = []

    for raw in text.splitlines():
        line = raw.strip("\n")
        if not line.strip():
            flush()
            continue
        if line.lstrip().startswith("#"):
            if "newpar" in line or "newdoc" in line:
                flush()
                pending_par = True
            continue
        if pending_par and not block:
            paragraph += 1 if sentences else 0
            pending_par = False
        block.append(line.strip() if "\t" not in line else line)
    flush()
    return sentences


def entities_of(sentences: list[Sentence]) -> tuple[Entity, ...]:
    found: list[Entity] = []
    for sentence in sentences:
        start: int | None = None
        label = ""
        for token in (*sentence.tokens, None):
            inside = token is not None and token.ent_iob == "I" and token.ent_type == label
            if start is not None and not inside:
                end = token.i if token is not None else len(sentence.tokens)
                found.append(
                    Entity(sentence.span_text(start, end), label, sentence.index, start, end)
                )
                start = None
            if token is not None and token.ent_iob == "B":
                start, label = token.i, token.ent_type
    return tuple(found)


def analysis_from_text(
    conllu: str, *, article_id: str = "test-article", title: str = ""
) -> Analysis:
    """An Analysis of the sentences in ``conllu``; sentence offsets are filled in."""
    sentences = parse_sentences(conllu)
    placed: list[Sentence] = []
    offset = 0
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        placed.append(
            Sentence(
                index=sentence.index,
                text=sentence.text,
                tokens=sentence.tokens,
                paragraph=sentence.paragraph,
                start=offset,
            )
        )
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
        offset += len(sentence.text) + 1
    body = "\n\n".join(" ".join(texts) for texts in paragraphs.values())
    article = Article(id=article_id, text=body, title=title or placed[0].text[:60])
    return Analysis(
        article=article,
        sentences=tuple(placed),
        entities=entities_of(placed),
        pipeline=PipelineInfo(name="hand-built"),
    )


def analysis_from_file(name: str, **kwargs: str) -> Analysis:
    """An Analysis from ``tests/data/analyses/<name>``."""
    path = DATA / "analyses" / name
    return analysis_from_text(path.read_text(encoding="utf-8"), **kwargs)


def sentence(conllu: str, index: int = 0) -> Sentence:
    """One sentence from the short or CoNLL-U form."""
    (only,) = parse_sentences(conllu)
    return Sentence(index=index, text=only.text, tokens=only.tokens, paragraph=only.paragraph)


# A plain opening sentence, so that the sentence under test is not the article's first.
INTRO = """
Vi vi PRON _ 2 nsubj
skriver skrive VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
i i ADP _ 4 case
dag dag NOUN Definite=Ind|Gender=Com|Number=Sing 2 obl SpaceAfter=No
. . PUNCT _ 2 punct
"""


# "Ulykken kostede fire mænd livet.": a number of people in a fixed phrase
FOUR_MEN = """
Ulykken ulykke NOUN Definite=Def 2 nsubj
kostede koste VERB VerbForm=Fin|Tense=Past 0 ROOT
fire fire NUM _ 4 nummod
mænd mand NOUN _ 2 iobj
livet liv NOUN Definite=Def 2 obj SpaceAfter=No
. . PUNCT _ 2 punct
"""


def located_sentence(place: str) -> str:
    """CoNLL-U of "Skolen ligger i <place>.": one fact of where, with a place entity."""
    return f"""
Skolen skole NOUN Definite=Def|Gender=Com|Number=Sing 2 nsubj
ligger ligge VERB Mood=Ind|Tense=Pres|VerbForm=Fin 0 root
i i ADP _ 4 case
{place} {place} PROPN _ 2 obl Ent=B-LOC|SpaceAfter=No
. . PUNCT _ 2 punct
"""
