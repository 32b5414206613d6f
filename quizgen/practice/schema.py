"""The progress database's schema, as numbered migrations (``PRAGMA user_version``).

Migration ``n`` takes a database from version ``n`` to ``n + 1``. Never edit a
released migration; append a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE decks (
            id TEXT PRIMARY KEY,           -- the article's stable id
            title TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',  -- where the article was read from
            text TEXT NOT NULL,            -- the article body, for the reading screen
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE items (
            id TEXT PRIMARY KEY,           -- Item.id: stable across rebuilds
            deck_id TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,     -- order within the deck
            kind TEXT NOT NULL,
            data TEXT NOT NULL,            -- the whole Item as JSON
            active INTEGER NOT NULL DEFAULT 1  -- 0: gone from the latest build; history kept
        )""",
        "CREATE INDEX items_by_deck ON items (deck_id, position)",
        # No foreign key to items: a card and its history outlive an item that a
        # rebuild dropped, and come back if the item does.
        """CREATE TABLE cards (
            item_id TEXT PRIMARY KEY,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due TEXT NOT NULL,
            last_review TEXT,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX cards_by_due ON cards (due)",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            day TEXT NOT NULL,             -- learning day (local, starting at the configured hour)
            rating INTEGER NOT NULL,       -- 1 Again, 2 Hard, 3 Good, 4 Easy (after any override)
            auto_rating INTEGER NOT NULL,  -- the grade the answer checker gave
            verdict TEXT NOT NULL,
            answer TEXT NOT NULL,
            duration_ms INTEGER,
            state_before INTEGER,          -- NULL when the card was new
            due_after TEXT NOT NULL
        )""",
        "CREATE INDEX reviews_by_item ON reviews (item_id)",
        "CREATE INDEX reviews_by_day ON reviews (day)",
    ),
    (
        # The learner's own say over cards. On items, because a rebuild upserts only
        # the generated columns: a suspended or buried card stays so.
        "ALTER TABLE items ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE items ADD COLUMN buried_until TEXT",  # UTC time it shows again
        """CREATE TABLE deck_days (
            deck_id TEXT NOT NULL,
            day TEXT NOT NULL,             -- learning day
            extra_new INTEGER NOT NULL DEFAULT 0,  -- new cards added to the day's limit
            PRIMARY KEY (deck_id, day)
        )""",
        # Keyed by item id, not tied to the items row: an edit outlives a rebuild.
        """CREATE TABLE item_edits (
            item_id TEXT PRIMARY KEY,
            answer TEXT NOT NULL,
            accepted TEXT NOT NULL,        -- JSON list of other answers that count
            edited_at TEXT NOT NULL
        )""",
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id TEXT NOT NULL,
            deck_id TEXT NOT NULL,
            reported_at TEXT NOT NULL,
            note TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
