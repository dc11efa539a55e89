"""Publication dates by htmldate (the named peer of `npm run eval:dates`).

Reads a JSON list of pages [{"id", "file", "url"}] on stdin (files are .html or .html.gz), runs
htmldate's find_date in the mode given as the first argument ("fast" or "extensive") with the
settings of htmldate's own comparison (original date, URL given), and prints one JSON object:
{"version", "cpuSeconds", "wallSeconds", "dates": {id: "YYYY-MM-DD" | null}}.
The pages are read before timing starts, so the time is htmldate's alone.
"""
import gzip
import json
import sys
import time

import htmldate
from htmldate import find_date


def read(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    return gzip.decompress(raw) if path.endswith(".gz") else raw


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "fast"
    pages = json.load(sys.stdin)
    docs = [(page["id"], read(page["file"]), page["url"]) for page in pages]
    dates = {}
    cpu, wall = time.process_time(), time.perf_counter()
    for page_id, html, url in docs:
        try:
            dates[page_id] = find_date(html, extensive_search=(mode == "extensive"), original_date=True, url=url)
        except Exception:  # a crash counts as no date, as in htmldate's comparison
            dates[page_id] = None
    out = {
        "version": htmldate.__version__,
        "cpuSeconds": time.process_time() - cpu,
        "wallSeconds": time.perf_counter() - wall,
        "dates": dates,
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
