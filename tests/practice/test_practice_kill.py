"""A practising process killed with SIGKILL mid-session loses no answered card."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from practice_fixtures import ITEMS

from quizgen.practice.store import Store

DRIVER = textwrap.dedent("""
    import sys, time
    from datetime import timedelta
    sys.path.insert(0, sys.argv[2])
    from practice_fixtures import CONFIG, NOW, stocked_store
    from quizgen.practice.session import PracticeSession

    store = stocked_store(__import__("pathlib").Path(sys.argv[1]))
    session = PracticeSession(store, CONFIG.model_copy(update={"learn_ahead_minutes": 0}), NOW)
    answered = 0
    while session.current is not None and answered < int(sys.argv[3]):
        now = NOW + timedelta(seconds=answered)
        item = session.answer(session.current.answer, now).item
        answered += 1
        print(item.id, flush=True)  # reported only after the commit
        if answered < int(sys.argv[3]):
            session.advance(now)
    time.sleep(60)  # still on the last card's feedback when killed
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_practice_kill_mid_session_keeps_every_answered_card(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    count = 5
    repo = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(db), str(Path(__file__).parents[1]), str(count)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert process.stdout is not None
    reported = [process.stdout.readline().strip() for _ in range(count)]
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert len(set(reported)) == count and set(reported) <= {item.id for item in ITEMS}
    store = Store(db)
    assert {r.item_id for r in store.reviews()} == set(reported)
    assert set(store.cards()) == set(reported)
