"""PAROLE (CDT) -> UD UPOS, FEATS and lemma.

UPOS is decided by rules over the *DDT* tree (the context that tells AUX
from VERB, DET from PRON, ADV from ADJ).  FEATS come from a table keyed on
the PAROLE fine tag, learned from CDT/UD-dev sentence pairs, with a rule
decoder of CDT's own feature column as back-off for unseen tags.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from conll_io import Sentence, Token

AUX_LEMMAS = {"have", "være", "blive", "kunne", "skulle", "ville", "måtte", "burde", "turde"}
SIMPLE = {
    "NC": "NOUN",
    "NP": "PROPN",
    "XP": "PUNCT",
    "SP": "ADP",
    "CC": "CCONJ",
    "CS": "SCONJ",
    "AC": "NUM",
    "AO": "ADJ",
    "I": "INTJ",
    "VE": "VERB",
    "XX": "X",
    "XF": "X",
    "XA": "X",
    "XS": "X",
    "XR": "SYM",
    "PT": "PRON",
    "PC": "PRON",
    "PP": "PRON",
    "PO": "DET",
    "RG": "ADV",
}
PRED_TAGS = {"NC", "NP", "AN", "AC", "AO", "PP", "PD", "PI", "PO", "PT", "RG", "XX", "XF"}
# Parts of split multiwords (i_dag, på_grund_af): UD tags them as plain words.
FIXED_PARTS = {
    "i": "ADP",
    "på": "ADP",
    "til": "ADP",
    "af": "ADP",
    "fra": "ADP",
    "med": "ADP",
    "for": "ADP",
    "om": "ADP",
    "under": "ADP",
    "blandt": "ADP",
    "bortset": "VERB",
    "dag": "NOUN",
    "går": "NOUN",
    "gang": "NOUN",
    "år": "NOUN",
    "alt": "PRON",
    "hvert": "DET",
    "fald": "NOUN",
    "grund": "NOUN",
    "andet": "PRON",
    "selv": "ADV",
    "som": "SCONJ",
    "desto": "ADV",
    "mindre": "ADJ",
    "sidst": "ADJ",
    "øvrigt": "ADJ",
}


def children(sent: Sentence) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(sent.tokens, start=1):
        kids[t.head].append(i)
    return kids


def upos_for(sent: Sentence) -> list[str]:
    kids = children(sent)
    toks = sent.tokens
    out: list[str] = []
    for i, t in enumerate(toks, start=1):
        mine = [toks[k - 1] for k in kids.get(i, [])]
        rels = {k.deprel for k in mine}
        head = toks[t.head - 1] if t.head > 0 else None
        low = t.form.lower()
        p = t.pos
        split_part = t.deprel == "fixed" or "fixed" in rels
        if split_part and p not in ("NP",):
            out.append(FIXED_PARTS.get(low, SIMPLE.get(p, "X")))
            continue
        if p == "VA":
            governs_verb = any(k.deprel == "vobj" and k.pos == "VA" for k in mine)
            # UD uses a copula only for nominal/adjectival predicates, not PPs.
            copula = t.lemma == "være" and any(
                k.deprel == "pred" and k.pos in PRED_TAGS for k in mine
            )
            out.append("AUX" if t.lemma in AUX_LEMMAS and (governs_verb or copula) else "VERB")
        elif p in ("PD", "PI"):
            # "den store", "det bedste": UD treats the article before an adjective as DET
            art = p == "PD" and any(k.deprel == "mod" and k.pos == "AN" for k in mine)
            out.append("DET" if art or any(k.deprel == "nobj" for k in mine) else "PRON")
        elif p == "PO":
            out.append("DET" if any(k.deprel in ("nobj", "possd") for k in mine) else "PRON")
        elif p == "AN":
            # Adjectives modifying a verb, adjective or adverb are adverbs in UD.
            adverbial = (
                t.deprel == "mod" and head is not None and head.pos in ("VA", "AN", "RG", "SP")
            )
            out.append("ADV" if adverbial else "ADJ")
        elif p == "U":
            if low == "at":
                out.append("PART" if "vobj" in rels or not mine else "SCONJ")
            elif low == "som":
                # relative "som" is a pronoun; comparative "som" (with a complement,
                # coordinating, or inside a PP) is ADP in UD
                relative = t.deprel in ("subj", "dobj") and not mine
                out.append("PRON" if relative else "ADP")
            elif low == "der":
                out.append("PRON" if t.deprel in ("subj", "expl") else "ADV")
            else:
                out.append("PART")
        elif p == "CS" and low == "end":
            out.append("ADP")
        elif p == "RG" and low in ("ikke", "aldrig"):
            out.append("ADV")
        else:
            out.append(SIMPLE.get(p, "X"))
    return out


_CDT_FEATS = {
    ("gender", "common"): "Gender=Com",
    ("gender", "neuter"): "Gender=Neut",
    ("number", "sing"): "Number=Sing",
    ("number", "plur"): "Number=Plur",
    ("def", "def"): "Definite=Def",
    ("def", "indef"): "Definite=Ind",
    ("case", "gen"): "Case=Gen",
    ("degree", "pos"): "Degree=Pos",
    ("degree", "comp"): "Degree=Cmp",
    ("degree", "sup"): "Degree=Sup",
    ("tense", "present"): "Tense=Pres",
    ("tense", "past"): "Tense=Past",
    ("voice", "active"): "Voice=Act",
    ("voice", "passive"): "Voice=Pass",
    ("mood", "indic"): "Mood=Ind|VerbForm=Fin",
    ("mood", "imper"): "Mood=Imp|VerbForm=Fin",
    ("mood", "infin"): "VerbForm=Inf",
    ("mood", "partic"): "VerbForm=Part",
}


def decode_cdt_feats(feats: str) -> str:
    """Back-off: translate CDT's decomposed feature column to UD FEATS."""
    out: list[str] = []
    for kv in feats.split("|"):
        if "=" in kv:
            k, v = kv.split("=", 1)
            ud = _CDT_FEATS.get((k, v))
            if ud:
                out.extend(ud.split("|"))
    return "|".join(sorted(set(out), key=str.lower)) or "_"


class FeatsTable:
    """(form?, fine tag, UPOS) -> FEATS, most frequent value seen in CDT/UD pairs."""

    def __init__(self) -> None:
        self.lex: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
        self.tag: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.lemma_fix: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)

    def learn(self, cdt: Sentence, upos: list[str], ud: Sentence) -> None:
        for t, u, g in zip(cdt.tokens, upos, ud.tokens, strict=False):
            if u != g.pos:
                continue
            self.lex[(t.form.lower(), t.tag, u)][g.feats] += 1
            self.tag[(t.tag, u)][g.feats] += 1
            self.lemma_fix[(t.form.lower(), t.lemma, u)][g.lemma] += 1

    def feats(self, t: Token, upos: str) -> str:
        lex = self.lex.get((t.form.lower(), t.tag, upos))
        if lex and upos not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return lex.most_common(1)[0][0]
        tag = self.tag.get((t.tag, upos))
        if tag:
            return tag.most_common(1)[0][0]
        return decode_cdt_feats(t.feats)

    def lemma(self, t: Token, upos: str) -> str:
        """UD lemma: CDT lemma, with the systematic differences UD made."""
        seen = self.lemma_fix.get((t.form.lower(), t.lemma, upos))
        if seen:
            best, n = seen.most_common(1)[0]
            if n >= 2:
                return best
        if upos == "ADV" and t.pos == "AN":
            return t.form.lower()  # UD: adverbial adjectives keep their form (helt, godt)
        if upos in ("PUNCT", "SYM", "NUM"):
            return t.form
        return t.lemma
