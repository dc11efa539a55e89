"""natasha (the Russian NER library) as a peer for `npm run eval:entities`.

Reads JSON lines {"id", "text"} on stdin, writes JSON lines {"id", "entities": [{"type", "name"}]}
on stdout. PER and LOC spans are given in natasha's own nominative (its lemmatiser), ORG spans
as written (natasha's normal form of organisation names lemmatises every word). Its model ships
inside the PyPI package: no network at run time.
"""
import json
import sys

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}


def main() -> None:
    segmenter = Segmenter()
    embedding = NewsEmbedding()
    ner = NewsNERTagger(embedding)
    morph = NewsMorphTagger(embedding)
    vocab = MorphVocab()
    for line in sys.stdin:
        if not line.strip():
            continue
        record = json.loads(line)
        doc = Doc(record["text"])
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        entities = []
        for span in doc.spans:
            name = span.text
            if span.type in ("PER", "LOC"):
                span.normalize(vocab)
                name = span.normal or span.text
            entities.append({"type": TYPES.get(span.type, "organisation"), "name": name})
        print(json.dumps({"id": record["id"], "entities": entities}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
