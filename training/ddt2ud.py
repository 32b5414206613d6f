"""Convert a DDT-scheme tree (CDT) into a UD tree.

DDT makes function words heads: determiners head nouns, prepositions head
their object, auxiliaries head the main verb, ``at`` heads its clause, the
conjunction heads the second conjunct and first names hang on last names.
UD wants content words as heads, so we *promote* the complement into the
function word's slot (it inherits the head, the relation and all other
dependents) and hang the function word under it.  Relations are relabelled
afterwards from the dependent's and head's UPOS.
"""

from __future__ import annotations

from conll_io import Sentence

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X", "SYM", "DET", "ADJ"}
NOUNLIKE = {"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"}
PLAIN = {
    "ROOT": "root",
    "expl": "expl",
    "iobj": "iobj",
    "pnct": "punct",
    "conj": "conj",
    "coord": "cc",
    "appa": "appos",
    "appr": "appos",
    "namef": "flat",
    "name": "flat",
    "namel": "flat",
    "part": "compound:prt",
    "voc": "vocative",
    "numm": "nummod",
    "rel": "acl:relcl",
    "fixed": "fixed",
    "flat": "flat",
    "possd": "nmod:poss",
    "title": "nmod",
    "aobj": "obl",
    "avobj": "advmod",
    "xpl": "parataxis",
    "qobj": "ccomp",
    "xtop": "dislocated",
    "modp": "advmod",
    "numa": "nummod",
}


class Tree:
    def __init__(self, heads: list[int], rels: list[str], upos: list[str]) -> None:
        # index 0 is the artificial root; -1 marks a missing attachment
        self.head = [0, *heads]
        self.rel = ["", *rels]
        self.upos = ["", *upos]
        self.n = len(heads)

    def kids(self, i: int) -> list[int]:
        return [k for k in range(1, self.n + 1) if self.head[k] == i]

    def promote(self, f: int, c: int, frel: str) -> None:
        """Complement ``c`` takes function word ``f``'s slot; ``f`` hangs on ``c``."""
        for k in self.kids(f):
            if k != c:
                self.head[k] = c
        self.head[c], self.rel[c] = self.head[f], self.rel[f]
        self.head[f], self.rel[f] = c, frel


def _keep_one_root(t: Tree) -> None:
    """CDT sentences with several roots lost attachments: keep the main root only."""
    roots = [i for i in range(1, t.n + 1) if t.head[i] == 0]
    if len(roots) <= 1:
        return

    def size(i: int) -> int:
        stack, seen = [i], 0
        while stack:
            j = stack.pop()
            seen += 1
            stack.extend(t.kids(j))
        return seen

    verbal = [r for r in roots if t.upos[r] in ("VERB", "AUX")]
    main = max(verbal or roots, key=size)
    for r in roots:
        if r != main:
            t.head[r], t.rel[r] = -1, ""


def _first_kid(t: Tree, f: int, rels: tuple[str, ...]) -> int | None:
    for k in t.kids(f):
        if t.rel[k] in rels:
            return k
    return None


def _function_step(t: Tree) -> bool:
    """Apply one promotion; return False when nothing is left to invert."""
    for f in range(1, t.n + 1):
        u, r = t.upos[f], t.rel[f]
        if r in ("fixed", "flat"):
            continue
        names = [k for k in t.kids(f) if t.rel[k] == "namef"]
        if names and u == "PROPN":
            first = min(names)
            if first < f:
                for k in names:
                    if k != first:
                        t.head[k], t.rel[k] = first, "flat"
                t.promote(f, first, "flat")
                t.rel[f] = "flat"
                return True
        if u == "ADP" or (u == "SCONJ" and _first_kid(t, f, ("nobj",))):
            c = _first_kid(t, f, ("nobj",))
            if c is None:
                c = _first_kid(t, f, ("vobj",))
            if c is not None:
                t.promote(f, c, "case" if t.upos[c] in NOMINAL else "mark")
                return True
        if u in ("DET", "NUM") or (u == "PRON" and _first_kid(t, f, ("nobj",))):
            c = _first_kid(t, f, ("nobj", "possd"))
            if c is not None and t.upos[c] in NOMINAL:
                t.promote(f, c, "det" if u in ("DET", "PRON") else "nummod")
                return True
        if u in ("PROPN", "NOUN", "PRON", "X") and u != "DET":
            c = _first_kid(t, f, ("possd",))
            if c is not None:
                t.promote(f, c, "nmod:poss")
                return True
        if u == "AUX":
            c = _first_kid(t, f, ("vobj",))
            if c is not None and t.upos[c] not in ("VERB", "AUX"):
                c = None
            if c is not None:
                t.promote(f, c, "aux")
                return True
            c = _first_kid(t, f, ("pred",))
            if c is not None:
                t.promote(f, c, "cop")
                return True
        if u in ("PART", "SCONJ"):
            c = _first_kid(t, f, ("vobj",))
            if c is not None:
                t.promote(f, c, "mark")
                return True
        if r == "coord":
            conjs = [k for k in t.kids(f) if t.rel[k] == "conj"]
            if conjs:
                right = [k for k in conjs if k > f] or conjs
                for k in conjs:
                    t.head[k], t.rel[k] = t.head[f], "conj"
                t.head[f], t.rel[f] = right[0], "cc"
                return True
        if r == "ROOT" and u == "CCONJ":
            # sentence-initial "Men ...": the conjunct becomes the root
            c = _first_kid(t, f, ("conj",))
            if c is not None:
                t.promote(f, c, "cc")
                return True
    return False


def _real_kids(t: Tree, i: int) -> list[int]:
    return [k for k in t.kids(i) if t.upos[k] != "PUNCT"]


def _relabel(t: Tree, i: int) -> str:
    r, u = t.rel[i], t.upos[i]
    h = t.head[i]
    hu = t.upos[h] if h > 0 else "ROOT"
    clausal = u in ("VERB", "AUX") or any(t.rel[k] == "mark" for k in t.kids(i))
    if u == "PUNCT":
        return "punct"
    if r == "subj":
        return "csubj" if clausal and u in ("VERB", "AUX") else "nsubj"
    if r == "dobj":
        # UD-DDT: "at"-clauses and infinitives as objects are obj; bare speech is ccomp
        has_mark = any(t.rel[k] == "mark" for k in t.kids(i))
        return "ccomp" if clausal and not has_mark else "obj"
    if r in ("pobj", "nobj"):
        if u in NOUNLIKE:
            return "nmod" if hu in NOUNLIKE else "obl"
        return "advcl" if clausal else "obj"
    if r == "pred" and u in NOUNLIKE and any(t.rel[k] == "case" for k in t.kids(i)):
        return "obl"  # "er i huset": PP predicates are obliques in UD-DDT
    if r in ("pred", "vobj"):
        return "xcomp" if u not in NOUNLIKE or hu not in NOUNLIKE else "nmod"
    if r == "mod":
        if clausal and u == "VERB" and hu in NOUNLIKE and not _real_kids(t, i):
            return "amod"  # a bare participle before a noun ("den tilladte metode")
        if clausal:
            return "acl" if hu in NOUNLIKE else "advcl"
        if u in ("ADV", "PART", "ADP", "SCONJ", "CCONJ", "INTJ"):
            return "advmod"
        if u == "ADJ":
            return "advmod" if hu in ("VERB", "AUX", "ADV") else "amod"
        if u == "NUM":
            return "nummod" if hu in NOUNLIKE else "obl"
        if u == "DET":
            return "det"
        return "nmod" if hu in NOUNLIKE else "obl"
    if r == "rel":
        return "acl:relcl"
    return PLAIN.get(r, r or "dep")


def convert_tree(sent: Sentence, upos: list[str]) -> tuple[list[int], list[str]]:
    """Return UD heads (1-based, 0 root, -1 missing) and relations ('' if missing)."""
    t = Tree([tok.head for tok in sent.tokens], [tok.deprel for tok in sent.tokens], upos)
    _keep_one_root(t)
    for _ in range(4 * t.n):  # each step removes one DDT function-word head
        if not _function_step(t):
            break
    rels = []
    for i in range(1, t.n + 1):
        if t.head[i] == -1:
            rels.append("")
        elif t.rel[i] in (
            "case",
            "mark",
            "det",
            "aux",
            "cop",
            "cc",
            "nummod",
            "nmod:poss",
            "flat",
            "fixed",
            "conj",
        ):
            rels.append(t.rel[i])
        else:
            rels.append(_relabel(t, i))
    return t.head[1:], rels
