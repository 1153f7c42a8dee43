"""A user's search, whatever it holds, becomes an FTS5 query of quoted words that reads it as
PostgreSQL's websearch_to_tsquery does; words are folded so accents and case do not matter."""

from __future__ import annotations

import sqlite3

import pytest

from cronica.projections.order_search.search_text import FtsQuery, folded, fts_query


def test_words_lose_their_case_and_accents() -> None:
    assert folded("Reparación del CAMIÓN, año 2ª") == "reparacion del camion, ano 2a"


def test_plain_ascii_text_is_folded_as_text_with_accents_is() -> None:
    assert folded("Reparacion del CAMION, Strasse") == folded("Reparación del CAMIÓN, Straße")


def test_every_word_is_wanted_and_quoted_words_go_together() -> None:
    assert fts_query('Pantalla "atasco de papel" rota') == FtsQuery(
        '("pantalla") AND ("atasco de papel") AND ("rota")', None
    )


def test_or_joins_two_terms_and_a_minus_leaves_one_out() -> None:
    assert fts_query('fusor or rodillo -teclado -"café derramado"') == FtsQuery(
        '("fusor" OR "rodillo")', '"teclado" OR "cafe derramado"'
    )


def test_a_minus_standing_alone_leaves_out_the_term_after_it() -> None:
    assert fts_query("fusor - rodillo") == FtsQuery('("fusor")', '"rodillo"')
    assert fts_query("fusor - * rodillo") == FtsQuery('("fusor") AND ("rodillo")', None)


def test_a_search_of_only_left_out_words_wants_nothing_in_particular() -> None:
    assert fts_query("-teclado") == FtsQuery(None, '"teclado"')


def test_a_search_without_words_is_no_search() -> None:
    assert fts_query(' " * - () ^ : ') is None
    assert fts_query("or") is None


@pytest.mark.parametrize(
    "search",
    [
        'fusor"',
        '"unterminated phrase',
        "a*",
        "*",
        "NEAR(fusor rodillo)",
        "fusor AND OR NOT rodillo",
        "col:fusor",
        "^fusor",
        "foo-bar",
        "c++ && || !",
        "'; DROP TABLE x; --",
        'or or "" - -- "-"',
    ],
)
def test_no_search_is_an_fts5_syntax_error(search: str) -> None:
    database = sqlite3.connect(":memory:")
    database.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')"
    )
    database.execute("INSERT INTO t (a) VALUES ('fusor cambiado, rodillo limpio; foo bar c')")
    query = fts_query(search)
    for expression in (query.wanted, query.unwanted) if query else ():
        if expression is not None:
            database.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_a_word_with_signs_inside_is_a_phrase_of_its_parts() -> None:
    assert fts_query("foo-bar a*b") == FtsQuery('("foo bar") AND ("a b")', None)
