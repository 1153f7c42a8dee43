"""Free text for the order search: how words are folded before they are indexed or searched, and
how a user's search becomes a SQLite FTS5 query that cannot be a syntax error.

PostgreSQL reads a search with `websearch_to_tsquery`, which accepts any input; the FTS5 query
written here follows the same rules, so a search means the same on both databases: every word
must appear, "quoted words" must appear together and in that order, `or` between two terms
accepts either, and a `-` before a term leaves out the orders that have it. Each word reaches
FTS5 inside double quotes and made only of letters and digits, so nothing typed is FTS5 syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A quoted phrase (its closing quote may be missing), or any other run of non-blanks; either
# may start with a minus.
_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
# Letters and digits: what both databases' parsers keep as words (an underscore separates).
_WORD = re.compile(r"[^\W_]+")


def folded(text: str) -> str:
    """Lowercase and without accents, as both databases index and search it: PostgreSQL's
    'simple' configuration keeps accents, so 'reparacion' would not find 'Reparación'. ASCII
    text has no accent to take off (and is most text): only casefolded, at a tenth of the cost."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class FtsQuery:
    """A search as FTS5 MATCH expressions: `wanted`, what the orders must match (None when the
    search only leaves some out), and `unwanted`, what they must not (None when nothing)."""

    wanted: str | None
    unwanted: str | None


def fts_query(search: str) -> FtsQuery | None:
    """The FTS5 query of a search; None when the search has no word at all (only signs)."""
    groups: list[list[str]] = []  # every group must match: one of its phrases
    unwanted: list[str] = []
    joining = negating = False
    for match in _TERM.finditer(folded(search)):
        quoted_minus, quoted, bare_minus, bare = match.groups()
        if bare == "or" and not bare_minus:
            joining = bool(groups)
            continue
        # A minus standing alone leaves out the term after it, whatever that is.
        negated, negating = negating or bool(quoted_minus or bare_minus), bare == "-"
        words = _WORD.findall(quoted if quoted is not None else bare)
        if not words:
            continue
        phrase = f'"{" ".join(words)}"'
        if negated:
            unwanted.append(phrase)
        elif joining:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        joining = False
    if not groups and not unwanted:
        return None
    wanted = " AND ".join(f"({' OR '.join(group)})" for group in groups)
    return FtsQuery(wanted or None, " OR ".join(unwanted) or None)
