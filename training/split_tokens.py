"""Split CDT's ``_``-joined multiword tokens (i_dag, på_grund_af, names) like UD does."""

from __future__ import annotations

from conll_io import Sentence, Token


def split_multiwords(sent: Sentence) -> Sentence:
    """Return a copy where ``a_b_c`` became three tokens.

    UD keeps the first part as head and attaches the rest to it with
    ``fixed`` (adverbial/prepositional idioms) or ``flat`` (names).  Heads
    are renumbered; we keep the CDT relation on the first part so the
    DDT -> UD conversion sees the unit as before.
    """
    new_index: dict[int, int] = {0: 0, -1: -1}
    pieces: list[list[Token]] = []
    n = 0
    for i, tok in enumerate(sent.tokens, start=1):
        parts = [p for p in tok.form.split("_") if p] if "_" in tok.form else [tok.form]
        lemmas = tok.lemma.split("_")
        if len(lemmas) != len(parts):
            lemmas = [p.lower() for p in parts]
        new_index[i] = n + 1
        rel = "flat" if tok.pos in ("NP", "XX", "NC") else "fixed"
        group = []
        for j, (p, lem) in enumerate(zip(parts, lemmas, strict=False)):
            if j == 0:
                group.append(Token(p, lem, tok.pos, tok.tag, tok.feats, tok.head, tok.deprel))
            else:
                # head is an index in the *new* numbering: marked negative-offset
                group.append(Token(p, lem, tok.pos, tok.tag, tok.feats, -(1000 + n + 1), rel))
        pieces.append(group)
        n += len(parts)
    out = Sentence(sent.sent_id, ner=sent.ner)
    for group in pieces:
        for t in group:
            if t.head <= -1000:
                t.head = -t.head - 1000
            else:
                t.head = new_index.get(t.head, -1)
            out.tokens.append(t)
    return out
