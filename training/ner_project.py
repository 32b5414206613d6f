"""Project UNER IOB2 tags onto CDT tokens of the same sentence."""

from __future__ import annotations

from conll_io import Sentence


def _spans(forms: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans as character offsets into the text without spaces/underscores."""
    out: list[tuple[int, int, str]] = []
    pos, start, end, label = 0, -1, -1, ""
    for form, tag in zip(forms, tags, strict=True):
        n = len(form.replace("_", ""))
        continues = tag.startswith("I-") and start >= 0 and tag[2:] == label
        if continues:
            end = pos + n
        else:
            if start >= 0:
                out.append((start, end, label))
            start, end, label = (pos, pos + n, tag[2:]) if tag != "O" else (-1, -1, "")
        pos += n
    if start >= 0:
        out.append((start, end, label))
    return out


def project(target_forms: list[str], source: Sentence) -> list[str] | None:
    """IOB2 tags for ``target_forms``, or None if an entity edge falls inside a token."""
    assert source.ner is not None
    src_forms = [t.form for t in source.tokens]
    if src_forms == target_forms:
        return list(source.ner)
    starts, ends, pos = {}, {}, 0
    for i, f in enumerate(target_forms):
        starts[pos] = i
        pos += len(f.replace("_", ""))
        ends[pos] = i
    tags = ["O"] * len(target_forms)
    for s, e, label in _spans(src_forms, source.ner):
        if s not in starts or e not in ends:
            return None  # tokenisations disagree on an entity edge: leave NER missing
        first, last = starts[s], ends[e]
        tags[first] = f"B-{label}"
        for j in range(first + 1, last + 1):
            tags[j] = f"I-{label}"
    return tags
