"""The whole database schema, as an ordered list of migrations.

Each migration is a name and SQL statements, written once and never edited: a
change to the schema is a new migration at the end of the list.  Applied
migrations are recorded in ``schema_migrations``.  One list serves every backend:
the SQL is SQLite's, kept to what PostgreSQL also accepts once
``retold.store.postgres`` has translated it (``?`` placeholders; in ``CREATE TABLE``,
types in upper case, ``REAL``, ``TEXT`` and ``INTEGER PRIMARY KEY`` in SQLite's
meaning).  Rows are written with ``INSERT INTO table (columns) ... ON CONFLICT``,
never ``INSERT OR`` and never without the column names (on PostgreSQL every table
has a ``rowid`` column after those of its ``CREATE TABLE``); ``ORDER BY rowid`` is
the order rows were written, on both backends.  A migration
that needs other statements on PostgreSQL gives them in ``postgresql``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    postgresql: tuple[str, ...] | None = None  # instead of ``statements``, on PostgreSQL


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, origins, removed lines, rejections",
        (
            """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            revision_key TEXT NOT NULL,
            revision INTEGER NOT NULL,
            supersedes TEXT REFERENCES articles(id),
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            outlet_source TEXT NOT NULL,
            title TEXT,
            title_source TEXT NOT NULL,
            published TEXT,
            published_source TEXT NOT NULL,
            published_time TEXT,
            site_name TEXT,
            dateline_text TEXT,
            dateline_place TEXT,
            dateline_date TEXT,
            dateline_credit TEXT,
            language TEXT,
            body TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',
            pipeline TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            UNIQUE (revision_key, revision)
        )""",
            "CREATE INDEX articles_outlet ON articles (outlet)",
            "CREATE INDEX articles_published ON articles (published)",
            """CREATE TABLE article_origins (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            record TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (article_id, path, record)
        )""",
            """CREATE TABLE removed_lines (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            line INTEGER NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        )""",
            """CREATE TABLE rejections (
            path TEXT NOT NULL,
            record TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            PRIMARY KEY (path, record)
        )""",
            """CREATE TABLE outlet_furniture (
            outlet TEXT NOT NULL,
            line TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (outlet, line)
        )""",
            """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            ingested INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            revised INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            pipeline TEXT NOT NULL
        )""",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        2,
        "copies, stories, findings, link state",
        (
            """CREATE TABLE copies (
            original TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            copy TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            similarity REAL NOT NULL,
            containment REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]',
            details TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (original, copy)
        )""",
            "CREATE INDEX copies_copy ON copies (copy)",
            """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            first_published TEXT
        )""",
            """CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
        )""",
            "CREATE INDEX story_articles_story ON story_articles (story_id)",
            """CREATE TABLE story_related (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            related_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, related_id)
        )""",
            """CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            stage TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            story TEXT,
            articles TEXT NOT NULL,
            summary TEXT NOT NULL,
            confidence REAL NOT NULL,
            evidence TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        )""",
            "CREATE INDEX findings_subject ON findings (subject)",
            """CREATE TABLE link_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        3,
        "quotes, citations, name spellings, statement groups",
        (
            """CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            speaker TEXT,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            data TEXT NOT NULL
        )""",
            "CREATE INDEX quotes_article ON quotes (article_id)",
            "CREATE INDEX quotes_speaker ON quotes (speaker)",
            """CREATE TABLE scare_quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL
        )""",
            "CREATE INDEX scare_quotes_article ON scare_quotes (article_id)",
            """CREATE TABLE citations (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            source TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        )""",
            """CREATE TABLE name_uses (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            canonical TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
            "CREATE INDEX name_uses_article ON name_uses (article_id)",
            """CREATE TABLE analyzed (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            parsed INTEGER NOT NULL
        )""",
            """CREATE TABLE statement_groups (
            id TEXT PRIMARY KEY,
            story TEXT,
            speaker TEXT,
            original TEXT NOT NULL,
            reasons TEXT NOT NULL
        )""",
            """CREATE TABLE quote_groups (
            quote_id TEXT PRIMARY KEY,
            group_id TEXT NOT NULL REFERENCES statement_groups(id) ON DELETE CASCADE,
            fidelity TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        4,
        "person names: one name per person across articles",
        (
            """CREATE TABLE person_names (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            person TEXT NOT NULL,
            scope TEXT NOT NULL,
            PRIMARY KEY (article_id, name)
        )""",
            "CREATE INDEX person_names_person ON person_names (person)",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        5,
        "articles by pipeline: the outlets whose furniture is to be learned again",
        ("CREATE INDEX articles_outlet_pipeline ON articles (outlet, pipeline)",),
    ),
)

MIGRATIONS += (
    Migration(
        6,
        "coverage: sentence alignment and a summary per story",
        (
            """CREATE TABLE alignment (
            story TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            shared_with TEXT NOT NULL,
            similarity REAL NOT NULL,
            statements TEXT NOT NULL,
            PRIMARY KEY (article_id, start_char)
        )""",
            "CREATE INDEX alignment_story ON alignment (story)",
            """CREATE TABLE coverage (
            story TEXT PRIMARY KEY,
            data TEXT NOT NULL
        )""",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        7,
        "copy index: each article's candidate keys, and the verified copy pairs",
        (
            """CREATE TABLE copy_index (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            slot INTEGER NOT NULL UNIQUE,
            shingles INTEGER NOT NULL
        )""",
            """CREATE TABLE copy_keys (
            key INTEGER NOT NULL,
            slot INTEGER NOT NULL,
            PRIMARY KEY (key, slot)
        ) WITHOUT ROWID""",
            """CREATE TABLE copy_pairs (
            a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            jaccard REAL NOT NULL,
            containment REAL NOT NULL,
            PRIMARY KEY (a, b)
        )""",
        ),
        postgresql=(
            """CREATE TABLE copy_index (
            article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            slot BIGINT NOT NULL UNIQUE,
            shingles BIGINT NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
            """CREATE TABLE copy_keys (
            key BIGINT NOT NULL,
            slot BIGINT NOT NULL,
            PRIMARY KEY (key, slot)
        )""",
            """CREATE TABLE copy_pairs (
            a TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT COLLATE "C" NOT NULL,
            jaccard DOUBLE PRECISION NOT NULL,
            containment DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (a, b),
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        8,
        "learn index: each article's lines and representative, line carriers and counts,"
        " near-duplicate pairs; copy pairs by their second article",
        (
            """CREATE TABLE learn_outlets (
            outlet TEXT PRIMARY KEY,
            version TEXT NOT NULL
        )""",
            """CREATE TABLE learn_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            rep TEXT NOT NULL,
            lines BLOB NOT NULL
        )""",
            "CREATE INDEX learn_articles_rep ON learn_articles (rep)",
            """CREATE TABLE learn_lines (
            key INTEGER PRIMARY KEY,
            carriers INTEGER NOT NULL,
            reps INTEGER NOT NULL,
            inside INTEGER NOT NULL
        )""",
            """CREATE TABLE line_index (
            key INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID""",
            """CREATE TABLE learn_pairs (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID""",
            "CREATE INDEX learn_pairs_b ON learn_pairs (b)",
            "CREATE INDEX copy_pairs_b ON copy_pairs (b)",
        ),
        postgresql=(
            """CREATE TABLE learn_outlets (
            outlet TEXT COLLATE "C" PRIMARY KEY,
            version TEXT COLLATE "C" NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
            """CREATE TABLE learn_articles (
            article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            rep TEXT COLLATE "C" NOT NULL,
            lines BYTEA NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
            "CREATE INDEX learn_articles_rep ON learn_articles (rep)",
            """CREATE TABLE learn_lines (
            key BIGINT PRIMARY KEY,
            carriers BIGINT NOT NULL,
            reps BIGINT NOT NULL,
            inside BIGINT NOT NULL
        )""",
            """CREATE TABLE line_index (
            key BIGINT NOT NULL,
            article_id TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (key, article_id)
        )""",
            """CREATE TABLE learn_pairs (
            a TEXT COLLATE "C" NOT NULL,
            b TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (a, b)
        )""",
            "CREATE INDEX learn_pairs_b ON learn_pairs (b)",
            "CREATE INDEX copy_pairs_b ON copy_pairs (b)",
        ),
    ),
)

CATALOG_INDEX = "CREATE INDEX articles_catalog ON articles (id, pipeline, revision_key, revision)"
"""Every column ``Store.article_ids`` and ``Store.article_versions`` read: a run reads
them for every article, and an article's row holds its body (on SQLite the pipeline
lies past it, in the row's overflow pages)."""

MIGRATIONS += (
    Migration(
        9,
        "link state kept as bytes (the story state's parts); the article catalog (ids,"
        " pipelines, latest revisions) read from an index, not from the article rows",
        (
            """CREATE TABLE link_blobs (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        )""",
            CATALOG_INDEX,
        ),
        postgresql=(
            """CREATE TABLE link_blobs (
            name TEXT COLLATE "C" PRIMARY KEY,
            value BYTEA NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
            CATALOG_INDEX,
        ),
    ),
)

MIGRATIONS += (
    Migration(
        10,
        "sentence splits kept per article (retold.link.splits), so the rewrite search"
        " does not split a stored body again; filled as articles are searched",
        (
            """CREATE TABLE article_sentences (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            value BLOB NOT NULL
        )""",
        ),
        postgresql=(
            """CREATE TABLE article_sentences (
            article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            value BYTEA NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
        ),
    ),
)

MIGRATIONS += (
    Migration(
        11,
        "statement groups: the statement they share with groups of other stories",
        ("ALTER TABLE statement_groups ADD COLUMN statement TEXT",),
    ),
)

MIGRATIONS += (
    Migration(
        12,
        "copy index keys kept as a log of sorted segments (retold.store.copyindex): the"
        " keys by segment first, and each live segment's rows; the stored keys are one",
        (
            """CREATE TABLE copy_segments (
            segment INTEGER PRIMARY KEY,
            keys INTEGER NOT NULL
        )""",
            """CREATE TABLE copy_keys_log (
            segment INTEGER NOT NULL,
            key INTEGER NOT NULL,
            slot INTEGER NOT NULL,
            PRIMARY KEY (segment, key, slot)
        ) WITHOUT ROWID""",
            "INSERT INTO copy_keys_log (segment, key, slot)"
            " SELECT 0, key, slot FROM copy_keys ORDER BY key, slot",
            "DROP TABLE copy_keys",
            "ALTER TABLE copy_keys_log RENAME TO copy_keys",
            "INSERT INTO copy_segments (segment, keys)"
            " SELECT segment, COUNT(*) FROM copy_keys GROUP BY segment",
        ),
        postgresql=(
            """CREATE TABLE copy_segments (
            segment BIGINT PRIMARY KEY,
            keys BIGINT NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
            "ALTER TABLE copy_keys ADD COLUMN segment BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE copy_keys ALTER COLUMN segment DROP DEFAULT",
            "ALTER TABLE copy_keys DROP CONSTRAINT copy_keys_pkey",
            "ALTER TABLE copy_keys ADD PRIMARY KEY (segment, key, slot)",
            "INSERT INTO copy_segments (segment, keys)"
            " SELECT segment, COUNT(*) FROM copy_keys GROUP BY segment",
        ),
    ),
)

LEARN_SEGMENT_0 = (
    "INSERT INTO learn_segments (segment, keys) SELECT 0, (SELECT COUNT(*) FROM line_index)"
    " WHERE EXISTS (SELECT 1 FROM line_index) OR EXISTS (SELECT 1 FROM learn_lines)"
)
"""The lines learned before the log, as its segment 0 (none when there are none)."""

MIGRATIONS += (
    Migration(
        13,
        "learn index lines kept as a log of sorted segments (retold.store.learnindex):"
        " carriers and counts by segment first, counts as increments summed when read,"
        " and each live segment's carriers; the stored lines are one",
        (
            """CREATE TABLE learn_segments (
            segment INTEGER PRIMARY KEY,
            keys INTEGER NOT NULL
        )""",
            """CREATE TABLE line_index_log (
            segment INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (segment, key, article_id)
        ) WITHOUT ROWID""",
            "INSERT INTO line_index_log (segment, key, article_id)"
            " SELECT 0, key, article_id FROM line_index ORDER BY key, article_id",
            "DROP TABLE line_index",
            "ALTER TABLE line_index_log RENAME TO line_index",
            """CREATE TABLE learn_lines_log (
            segment INTEGER NOT NULL,
            key INTEGER NOT NULL,
            carriers INTEGER NOT NULL,
            reps INTEGER NOT NULL,
            inside INTEGER NOT NULL,
            PRIMARY KEY (segment, key)
        ) WITHOUT ROWID""",
            "INSERT INTO learn_lines_log (segment, key, carriers, reps, inside)"
            " SELECT 0, key, carriers, reps, inside FROM learn_lines ORDER BY key",
            "DROP TABLE learn_lines",
            "ALTER TABLE learn_lines_log RENAME TO learn_lines",
            LEARN_SEGMENT_0,
        ),
        postgresql=(
            """CREATE TABLE learn_segments (
            segment BIGINT PRIMARY KEY,
            keys BIGINT NOT NULL,
            rowid BIGINT GENERATED ALWAYS AS IDENTITY
        )""",
            *(
                f"ALTER TABLE {table} {change}"
                for table, key in (("line_index", "key, article_id"), ("learn_lines", "key"))
                for change in (
                    "ADD COLUMN segment BIGINT NOT NULL DEFAULT 0",
                    "ALTER COLUMN segment DROP DEFAULT",
                    f"DROP CONSTRAINT {table}_pkey",
                    f"ADD PRIMARY KEY (segment, {key})",
                )
            ),
            LEARN_SEGMENT_0,
        ),
    ),
)

LATEST = MIGRATIONS[-1].version

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""
