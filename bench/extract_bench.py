"""Benchmark of ``extract``: ``python bench/extract_bench.py [--repeat 3] [--big]``.

Texts: the sample article and the annotated development set (eval/extraction), i.e. short
news articles in French and English. For each language the bare spaCy parse of the same
texts (the same pipeline, all components, ``nlp.pipe``) runs in the same process first as the
baseline (and ``nlp(text)`` one text at a time, as ``extract`` does); then ``extract`` runs on every text. Prints one JSON object: articles per second,
the ratio extract / bare parse, and peak memory (tracemalloc, Python allocations) of each.
``--big`` also times one ~1 MB French text. No database is used.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.nlp import extract  # noqa: E402
from workbench.nlp.evaluation import load_gold  # noqa: E402
from workbench.nlp.models import load  # noqa: E402


def _texts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"fr": [], "en": []}
    out["fr"].append((ROOT / "seeds" / "sample_article_fr.txt").read_text(encoding="utf-8"))
    for doc in load_gold(ROOT / "eval" / "extraction"):
        out[doc["language"]].append(doc["text"])
    return out


def _timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Seconds for ``repeat`` runs (no tracing), then peak traced MB of one more run."""
    started = time.perf_counter()
    for _ in range(repeat):
        fn()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--big", action="store_true")
    args = ap.parse_args()
    report: dict[str, object] = {}
    for lang, texts in _texts().items():
        nlp = load(lang)
        extract(texts[0], language=lang)  # warm up both
        list(nlp.pipe(texts[:2]))
        n = len(texts) * args.repeat
        base_t, base_mem = _timed(lambda: list(nlp.pipe(texts)), args.repeat)  # noqa: B023
        one_t, _one_mem = _timed(lambda: [nlp(t) for t in texts], args.repeat)  # noqa: B023
        ext_t, ext_mem = _timed(
            lambda: [extract(t, language=lang) for t in texts],  # noqa: B023
            args.repeat,
        )
        report[lang] = {
            "articles": len(texts),
            "chars": sum(map(len, texts)),
            "spacy_articles_per_s": round(n / base_t, 1),
            "extract_articles_per_s": round(n / ext_t, 1),
            "ratio_extract_over_spacy": round(ext_t / base_t, 2),
            "spacy_one_by_one_articles_per_s": round(n / one_t, 1),
            "ratio_extract_over_spacy_one_by_one": round(ext_t / one_t, 2),
            "spacy_peak_mb": round(base_mem, 1),
            "extract_peak_mb": round(ext_mem, 1),
        }
    if args.big:
        para = (
            "Le mois de décembre dernier, les drones ont bombardé plusieurs repères, tuant au "
            "moins 25 combattants, a assuré M. Dupont. « Nous partirons », a-t-il dit.\n\n"
        )
        text = para * (1_000_000 // len(para) + 1)
        nlp = load("fr")
        pieces = [text[i : i + 20000] for i in range(0, len(text), 20000)]
        base_t, base_mem = _timed(lambda: sum(len(d) for d in nlp.pipe(pieces)), 1)
        one_t, _one_mem = _timed(lambda: [nlp(t) for t in texts], args.repeat)
        ext_t, ext_mem = _timed(lambda: extract(text, language="fr"), 1)
        report["fr_1mb"] = {
            "chars": len(text),
            "spacy_full_parse_s": round(base_t, 1),
            "extract_s": round(ext_t, 1),
            "spacy_peak_mb": round(base_mem, 1),
            "extract_peak_mb": round(ext_mem, 1),
        }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
