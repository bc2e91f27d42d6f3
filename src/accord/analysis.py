"""Summaries over a store: counts, quad classes, roots, top dyads and actors."""

from __future__ import annotations

from typing import Any

import duckdb

from .store import Store

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """What a store holds, in the terms an analyst asks first."""
    one = store.con.execute
    span = one("SELECT min(event_date), max(event_date) FROM events").fetchone()
    return {
        "documents": one("SELECT count(*) FROM documents").fetchone()[0],
        "events": one("SELECT count(*) FROM events").fetchone()[0],
        "mentions": one("SELECT count(*) FROM mentions").fetchone()[0],
        "quotes": _count_quotes(store),
        "first_date": span[0].isoformat() if span[0] else None,
        "last_date": span[1].isoformat() if span[1] else None,
        "quad_classes": [
            {"quad_class": r["quad_class"], "name": QUAD_NAMES.get(r["quad_class"], "?"), "events": r["n"]}
            for r in store.query("SELECT quad_class, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
        ],
        "roots": store.query(
            "SELECT cameo_root AS root, any_value(quad_class) AS quad_class, count(*) AS events "
            "FROM events GROUP BY 1 ORDER BY 1"
        ),
        "top_dyads": top_dyads(store, top),
        "top_actors": top_actors(store, top),
    }


def top_dyads(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    return store.query(
        "SELECT source_code AS source, target_code AS target, count(*) AS events, "
        "round(avg(goldstein), 2) AS mean_goldstein FROM events WHERE target_code IS NOT NULL AND NOT negated "
        "GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?",
        [limit],
    )


def top_actors(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    return store.query(
        "WITH roles AS (SELECT source_code AS code, 1 AS out_, 0 AS in_, goldstein FROM events "
        "UNION ALL SELECT target_code, 0, 1, goldstein FROM events WHERE target_code IS NOT NULL) "
        "SELECT code AS actor, sum(out_) AS as_source, sum(in_) AS as_target, count(*) AS events, "
        "round(avg(goldstein), 2) AS mean_goldstein FROM roles GROUP BY 1 ORDER BY events DESC, actor LIMIT ?",
        [limit],
    )


def _count_quotes(store: Store) -> int | None:
    """Quotes stored, or None for a store written before accord stored quotes."""
    try:
        return store.con.execute("SELECT count(*) FROM quotes").fetchone()[0]
    except duckdb.CatalogException:  # an older store has no quotes table
        return None
