"""Schemathesis hooks for the rules a schema cannot state.

Schema-valid (positive) requests are kept to:
- `cursor`: an opaque token that only the server hands out (nextCursor); any other string is
  rightly a 400, so generated requests carry none.
- `from` not after `to` (a rule across two parameters); such pairs are rightly a 400.
- `q` in the query language (README, "Query language"): a grammar, not a pattern. In positive
  cases q is rewritten to plain words (its letters and digits, operator words in lower case),
  which always parse; the grammar's own refusals are tested in tests/unit/search/query-syntax.test.ts.
Schema-violating (negative) requests are all kept except those carrying an empty value of a
list parameter (`type=`): like an unselected HTML form field, an empty value means the parameter
was not given, so the request is valid whatever else the generator meant to break in it.
- POST /saved-searches bodies: `query` in the query language (rewritten to plain words as q is),
  and `webhook.url` a public https URL (a schema cannot say "no private or loopback address", and
  a saved search whose query and filters are both empty is refused because it would match
  everything: positive bodies get a query word then).
Everything else the API accepts or rejects is decided by the document alone.
"""
from datetime import datetime, timedelta

import schemathesis


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _instant(value, end_of_day):
    if len(value) == 10:  # YYYY-MM-DD: the whole UTC day
        day = datetime.fromisoformat(value + "T00:00:00+00:00")
        return day + timedelta(days=1) - timedelta(milliseconds=1) if end_of_day else day
    return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))


def _positive(case):
    generation = getattr(getattr(case, "meta", None), "generation", None)
    return str(getattr(generation, "mode", "positive")) == "positive"


OPERATOR_WORDS = {"AND", "OR", "NOT", "NEAR"}


def _values(value):
    return value if isinstance(value, list) else [value]


def _word_char(c):
    """Letters and digits of the scripts the index spells (Latin with its accents, ə, Cyrillic)."""
    return (c.isascii() and c.isalnum()) or (c.isalpha() and ("\u00c0" <= c <= "\u024f" or c == "\u0259" or "\u0400" <= c <= "\u04ff"))


def _plain_words(q):
    """q as words of letters and digits only, never an operator; 'word' when nothing is left."""
    if not isinstance(q, str):
        return q
    words = "".join(c if _word_char(c) else " " for c in q).split()
    words = [w.lower() if w.upper() in OPERATOR_WORDS or w.upper().startswith("NEAR") else w for w in words]
    return " ".join(words) or "word"


def _positive_saved_search(body):
    """A schema-valid saved search body the server accepts: plain-word query, public https webhook."""
    if not isinstance(body, dict):
        return body
    body["query"] = _plain_words(body.get("query", "")) if body.get("query") else "word"
    webhook = body.get("webhook")
    if isinstance(webhook, dict):
        webhook["url"] = "https://hooks.example.org/culture-index"
    filters = body.get("filters")
    if isinstance(filters, dict):
        start, end = filters.get("from"), filters.get("to")
        if isinstance(start, str) and isinstance(end, str):
            filters.pop("to", None)
    return body


@schemathesis.hook
def map_case(ctx, case):
    if case.query and "q" in case.query and _positive(case):
        q = case.query["q"]
        case.query["q"] = [_plain_words(v) for v in q] if isinstance(q, list) else _plain_words(q)
    if case.method.upper() == "POST" and case.path == "/saved-searches" and _positive(case):
        case.body = _positive_saved_search(case.body)
    return case


def _has_empty_value(query):
    return any(v == "" for value in query.values() for v in _values(value))


@schemathesis.hook
def filter_case(ctx, case):
    query = case.query
    if not query:
        return True
    if not _positive(case):
        return not _has_empty_value(query)
    if "cursor" in query:
        return False
    start, end = _first(query.get("from")), _first(query.get("to"))
    if isinstance(start, str) and isinstance(end, str):
        try:
            return _instant(start, False) <= _instant(end, True)
        except (ValueError, TypeError, OverflowError):
            return True  # not a date at all: the request is invalid anyway, let it through
    return True
