"""From an analysis to quiz items: extract vocabulary and facts, run the configured
generator for each kind, keep the best candidates.

``generate`` is deterministic: the same analysis and config give the same items,
ids and order (randomness is seeded from ``generation.seed``, the article's identity
and each item's anchor, so correcting one sentence leaves the rest alone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.analysis import Analysis
from quizgen.config.generation import GenerationConfig
from quizgen.config.kinds import name_problems
from quizgen.config.schema import Config
from quizgen.errors import ConfigError, ConfigProblem
from quizgen.extract.facts import Fact, extract_facts
from quizgen.extract.vocabulary import VocabEntry, extract_vocabulary
from quizgen.generate.context import GenerationContext
from quizgen.generate.coverage import Coverage, coverage
from quizgen.generate.deck import Deck, priority
from quizgen.generate.kinds import kind_specs
from quizgen.generate.quality import select
from quizgen.generate.registry import get_generator
from quizgen.items import Item


@dataclass(frozen=True)
class KindReport:
    kind: str
    generator: str
    generated: int
    kept: int
    wanted: int
    dropped: tuple[tuple[str, int], ...] = ()  # reason, how many


@dataclass(frozen=True)
class GenerationReport:
    """Per article: candidates generated and kept, per kind. A gap choice counts as
    generated before its options are made: they are made only for the candidates
    selection reaches, and one without enough is dropped as too few good distractors."""

    article_id: str
    generated: int
    kept: int
    kinds: tuple[KindReport, ...] = ()
    # sentences with facts and no comprehension item
    coverage: Coverage = field(default_factory=Coverage)

    def kind(self, name: str) -> KindReport | None:
        return next((k for k in self.kinds if k.kind == name), None)


@dataclass(frozen=True)
class Generated:
    vocabulary: tuple[VocabEntry, ...]
    facts: tuple[Fact, ...]
    items: tuple[Item, ...]
    report: GenerationReport


def check_names(settings: GenerationConfig) -> None:
    """Unknown kinds or generators in ``settings``: a ConfigError naming each key."""
    found = name_problems(settings.kinds, settings.counts.by_kind(), settings.generators.by_kind())
    if found:
        problems = []
        for path, message in found:
            if isinstance(path[-1], int):  # a list item: say which, as config check does
                message = f"item {path[-1] + 1} {message}"
            problems.append(ConfigProblem(".".join(p for p in path if isinstance(p, str)), message))
        raise ConfigError("config", problems)


def generate(analysis: Analysis, config: Config) -> Generated:
    """Every configured kind's items, chosen as one deck (``deck``): comprehension kinds
    choose first, and no item shares a sentence with or leaks the answer of another."""
    settings = config.generation
    vocabulary = extract_vocabulary(analysis, settings)
    facts = extract_facts(analysis)
    ctx = GenerationContext(analysis, vocabulary, facts, config)
    check_names(settings)
    specs = {spec.name: spec for spec in kind_specs() if spec.name in settings.kinds}
    chosen: dict[str, list[Item]] = {}
    reports: dict[str, KindReport] = {}
    deck = Deck()
    asked: set[str] = set()  # prompts already used by an earlier kind
    proposed: list[Item] = []  # every kind's candidates, chosen or not: for coverage
    for kind in priority(specs):
        spec = specs[kind]
        name = settings.generators.get(kind) or spec.default_generator
        wanted = settings.counts.get(kind)
        wanted = spec.default_count if wanted is None else wanted
        candidates = get_generator(name, kind)(ctx)
        proposed.extend(c.item for c in candidates)
        fresh = [c for c in candidates if c.item.prompt not in asked]
        kept, dropped, deck = select(fresh, wanted, settings.items_per_target, ctx.language, deck)
        if len(fresh) < len(candidates):
            dropped["asked by another kind"] += len(candidates) - len(fresh)
        asked.update(c.item.prompt for c in kept)
        ordered = sorted(kept, key=lambda c: (c.item.sentence_index, c.item.id))
        chosen[kind] = [c.item for c in ordered]
        counted = tuple(sorted(dropped.items()))
        reports[kind] = KindReport(kind, name, len(candidates), len(kept), wanted, counted)
    # Items and reports in the kinds' own order, whichever chose first.
    items = [item for kind in specs for item in chosen[kind]]
    ordered_reports = [reports[kind] for kind in specs]
    report = GenerationReport(
        article_id=analysis.article.id,
        generated=sum(r.generated for r in ordered_reports),
        kept=sum(r.kept for r in ordered_reports),
        kinds=tuple(ordered_reports),
        coverage=coverage(
            analysis.sentences, facts, items, proposed, ctx.headings, ctx.language.grammar
        ),
    )
    return Generated(
        vocabulary,
        facts,
        tuple(items),
        report,
    )
