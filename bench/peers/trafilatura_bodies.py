"""Article bodies by trafilatura (the Python peer of `npm run eval:articles`).

Usage: python trafilatura_bodies.py <folder>   (folder holds html/<id>.html[.gz])
Prints one JSON object: {"version": ..., "cpu_seconds": ..., "bodies": {"<id>": "<text>"}}.
Pages are read as UTF-8, as the datasets' READMEs say; comments are left out (the ground truth
has none). CPU time counts extraction only, not reading the files.
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def read_pages(folder):
    html_dir = os.path.join(folder, "html")
    for name in sorted(os.listdir(html_dir)):
        if not (name.endswith(".html") or name.endswith(".html.gz")):
            continue
        path = os.path.join(html_dir, name)
        raw = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
        yield name.split(".html")[0], raw.decode("utf-8", errors="replace")


def main():
    folder = sys.argv[1]
    pages = list(read_pages(folder))
    bodies = {}
    start = time.process_time()
    for page_id, html in pages:
        try:
            bodies[page_id] = trafilatura.extract(html, include_comments=False) or ""
        except Exception:  # a peer's crash on one page counts as an empty body
            bodies[page_id] = ""
    cpu = time.process_time() - start
    json.dump({"version": trafilatura.__version__, "cpu_seconds": cpu, "bodies": bodies}, sys.stdout)


if __name__ == "__main__":
    main()
