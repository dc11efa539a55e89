"""Schemathesis hooks: keep schema-valid (positive) requests to the two rules a schema cannot state.

- `cursor` is an opaque token that only the server hands out (nextCursor); any other string is
  rightly a 400, so generated requests carry none.
- `from` must not be after `to` (a rule across two parameters); such pairs are rightly a 400.
Negative (schema-violating) requests are all kept. Everything else the API accepts or rejects
is decided by the document alone.
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


@schemathesis.hook
def filter_case(ctx, case):
    query = case.query
    if not query or not _positive(case):
        return True
    if "cursor" in query:
        return False
    start, end = _first(query.get("from")), _first(query.get("to"))
    if isinstance(start, str) and isinstance(end, str):
        try:
            return _instant(start, False) <= _instant(end, True)
        except (ValueError, TypeError, OverflowError):
            return True  # not a date at all: the request is invalid anyway, let it through
    return True
