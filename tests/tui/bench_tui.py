"""Practice app speed: key-press to feedback (Pilot) and start-up to the first screen.

Reports medians; asserts nothing about time. Run:
    .venv/bin/python tests/bench_tui.py [cards] [startup-runs]
"""

from __future__ import annotations

import asyncio
import dataclasses
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parents[2]))

from practice_fixtures import CONFIG, DECK, ITEMS, NOW

from quizgen.config.schema import Config
from quizgen.practice.answers import is_self_graded
from quizgen.practice.session import PracticeSession
from quizgen.practice.store import Store
from quizgen.tui.app import QuizgenApp
from quizgen.tui.screens.practice import PracticeScreen

STARTUP = textwrap.dedent("""
    import sys, time
    start = time.perf_counter()
    from pathlib import Path
    from quizgen.tui.app import QuizgenApp

    async def first_screen(pilot):
        await pilot.pause()
        pilot.app.exit(time.perf_counter() - start)

    app = QuizgenApp(Path(sys.argv[1]))
    print(app.run(headless=True, size=(80, 24), auto_pilot=first_screen))
""")


def many_items(count: int) -> list:  # type: ignore[type-arg]
    """``count`` items cycling through the fixture kinds, each with its own id."""
    return [dataclasses.replace(ITEMS[n % len(ITEMS)], id=f"bench{n:05d}") for n in range(count)]


def stocked(path: Path, count: int) -> Path:
    with Store(path) as store:
        store.save_deck(DECK, many_items(count), NOW)
    return path


Latencies = dict[str, list[float]]


async def keypress_latencies(db: Path, cards: int) -> Latencies:
    """Seconds from the answering key to the feedback on screen (typed and single-key),
    the same for a key bound to nothing (Pilot's own round trip), and the screen's
    handler alone (check, schedule, commit, update widgets)."""
    config = Config(practice=CONFIG.model_copy(update={"new_per_day": cards}))
    app = QuizgenApp(db, config, start_deck=DECK.id, clock=lambda: NOW)
    typed: list[float] = []
    keyed: list[float] = []
    idle: list[float] = []
    handler: list[float] = []
    painted: list[float] = []
    frames: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        answer = screen._answer

        handled_at: list[float] = []

        def timed_answer(given: str) -> None:
            start = time.perf_counter()
            answer(given)
            handled_at.append(time.perf_counter())
            handler.append(handled_at[-1] - start)

        screen._answer = timed_answer  # type: ignore[method-assign]
        display = app._display
        panel = screen.query_one("#feedback")

        def timed_display(*args: object, **kwargs: object) -> None:
            display(*args, **kwargs)  # type: ignore[arg-type]
            # Count only frames in which the feedback panel has been laid out.
            if panel.region.height:
                frames.append(time.perf_counter())

        app._display = timed_display  # type: ignore[method-assign]
        for _ in range(cards):
            item = screen.session.current
            if item is None:
                break
            if item.kind == "choice":
                key, bucket = str(item.choices.index(item.answer) + 1), keyed
            elif item.kind == "truefalse":
                key, bucket = item.answer[0].replace("s", "t"), keyed
            elif is_self_graded(item):
                key, bucket = "enter", keyed  # turning a word card
            else:
                await pilot.press(*item.answer)
                key, bucket = "enter", typed
            start = time.perf_counter()
            frames.clear()
            handled = len(handler)
            await pilot.press(key)
            await pilot.pause()  # until the feedback has been laid out and painted
            bucket.append(time.perf_counter() - start)
            # The first frame written after the answer handler ran shows the feedback.
            assert len(handler) == handled + 1
            after = [frame for frame in frames if frame >= handled_at[-1]]
            if after:
                painted.append(after[0] - start)
            assert screen.session.phase == "feedback"
            start = time.perf_counter()
            await pilot.press("z")  # bound to nothing: Pilot's round trip
            await pilot.pause()
            idle.append(time.perf_counter() - start)
            await pilot.press("enter")
    return {"typed": typed, "keyed": keyed, "idle": idle, "handler": handler, "painted": painted}


def core_answer_latencies(db: Path, cards: int) -> list[float]:
    """The core alone: check, schedule and commit one answer (synchronous=FULL)."""
    with Store(db) as store:
        config = CONFIG.model_copy(update={"new_per_day": cards})
        session = PracticeSession(store, config, NOW)
        timings = []
        while session.current is not None:
            item = session.current
            start = time.perf_counter()
            session.answer(item.answer, NOW)
            timings.append(time.perf_counter() - start)
            session.advance(NOW)
    return timings


def startup_times(db: Path, runs: int) -> tuple[list[float], list[float]]:
    inside, wall = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", STARTUP, str(db)],
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        wall.append(time.perf_counter() - start)
        inside.append(float(done.stdout.strip().splitlines()[-1]))
    return inside, wall


def ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    return (
        f"median {statistics.median(values) * 1000:6.1f} ms  "
        f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f}, n={len(values)})"
    )


def main() -> None:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory() as tmp:
        keys = asyncio.run(keypress_latencies(stocked(Path(tmp) / "a.db", cards), cards))
        core = core_answer_latencies(stocked(Path(tmp) / "b.db", cards), cards)
        inside, wall = startup_times(stocked(Path(tmp) / "c.db", 20), runs)
    print(f"key-press to feedback, typed answer + Enter: {ms(keys['typed'])}")
    print(f"key-press to feedback, 1-4 / t / f / turn:   {ms(keys['keyed'])}")
    print(f"  of which Pilot round trip (unbound key):   {ms(keys['idle'])}")
    print(f"  of which the screen's answer handler:      {ms(keys['handler'])}")
    print(f"key-press to first frame showing feedback:   {ms(keys['painted'])}")
    print(f"core answer (check + FSRS + commit):         {ms(core)}")
    print(f"start-up to first screen (in process):       {ms(inside)}")
    print(f"start-up to first screen (whole process):    {ms(wall)}")


if __name__ == "__main__":
    main()
