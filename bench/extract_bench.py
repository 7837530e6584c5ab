"""Benchmark of ``extract``: ``python bench/extract_bench.py [--repeat 3] [--limit N] [--big]``.

Texts: the sample article and every annotated text of ``eval/extraction`` (short news
articles in French and English; ``--limit`` keeps the first N of each language). For each
language, in one process:

- ``spacy_stock``: the bare spaCy parse, the model as it installs (``spacy.load``, nothing
  added, nothing disabled), batched with ``nlp.pipe``; and ``spacy_stock_one_by_one``, one
  ``nlp(text)`` at a time. This is the baseline of the 1.3x target;
- ``spacy_pipe``: the same parse with the pipeline ``extract`` loads (``models.load``: the
  stock model plus the paragraph-break component, the lemmatizer's word lists as sets), so
  ``extract_many`` / ``spacy_pipe`` is what the rules themselves cost;
- ``extract(text)`` one text at a time (the path of the Celery worker: one article per task);
- ``extract_many(texts)`` (the batched API: one ``nlp.pipe`` over the texts).

The texts are cut into slices of ``--slice`` texts and every run does a slice before the next
slice starts, in an order that rotates, ``--repeat`` times: a shared machine's slow spells hit
all runs alike. Ratios are of CPU time summed over all slices, and the median of the slices'
own ratios (less moved by one slow spell). Peak memory is tracemalloc's peak of Python
allocations in one more run over all the texts. ``--big`` runs, each in a fresh subprocess,
one generated French text of each size in ``--sizes`` through ``extract`` and through the
bare spaCy parse of the same text (20,000-char pieces, ``nlp.pipe``, batches of 3: the full
pipeline, and the tok2vec + ner that ``extract`` runs above ``PARSE_LIMIT``), and reports wall
and CPU seconds, the RSS once the model is loaded and the process's own peak RSS (VmHWM).
Prints one JSON object. No database is used.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.nlp import extract, extract_many  # noqa: E402
from workbench.nlp.evaluation import load_gold  # noqa: E402
from workbench.nlp.models import CHUNK_CHARS, MODELS, PARSE_LIMIT, load  # noqa: E402

PARA = (
    "Le mois de décembre dernier, les drones ont bombardé plusieurs repères, tuant au "
    "moins 25 combattants, a assuré M. Dupont. « Nous partirons », a-t-il dit.\n\n"
)


def big_text(chars: int) -> str:
    """A French text of at least ``chars`` characters (shared with the tests)."""
    return PARA * (chars // len(PARA) + 1)


def _texts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"fr": [], "en": []}
    out["fr"].append((ROOT / "seeds" / "sample_article_fr.txt").read_text(encoding="utf-8"))
    for doc in load_gold(ROOT / "eval" / "extraction"):
        out[doc["language"]].append(doc["text"])
    return out


def _peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


_RATIOS = {
    "extract_many/spacy_stock": ("extract_many", "spacy_stock"),
    "extract/spacy_stock_one_by_one": ("extract", "spacy_stock_one_by_one"),
    "extract/spacy_stock": ("extract", "spacy_stock"),
    "extract_many/spacy_pipe": ("extract_many", "spacy_pipe"),
    "spacy_pipe/spacy_stock": ("spacy_pipe", "spacy_stock"),
}


def _ratios(seconds: dict[str, float]) -> dict[str, float]:
    return {name: round(seconds[a] / seconds[b], 3) for name, (a, b) in _RATIOS.items()}


def _median_ratios(slices: list[dict[str, float]]) -> dict[str, float]:
    return {
        name: round(statistics.median(s[a] / s[b] for s in slices), 3)
        for name, (a, b) in _RATIOS.items()
    }


class _Pipelines:
    """The stock pipeline and ``extract``'s, each lemmatizer's cache reset between runs.

    spaCy's lemmatizers cache each word they have lemmatized, for the life of the process. A
    run that follows another over the same texts would find every word there, and the
    lemmatizer would cost nothing. So both pipelines first read the warm-up texts (other
    texts than those measured, as a worker has read other articles before this one), and each
    run starts from that cache: the words the measured texts share with the warm-up are known,
    their own rare words are not.
    """

    def __init__(self, lang: str, warm_up: list[str]) -> None:
        import spacy

        self.lang = lang
        self.stock = spacy.load(MODELS[lang][0])
        self.nlp = load(lang)
        list(self.stock.pipe(warm_up))
        list(extract_many(warm_up, language=lang))
        self.lemmatizers: list[Any] = [p.get_pipe("lemmatizer") for p in (self.stock, self.nlp)]
        self.warm = [dict(lemmatizer.cache) for lemmatizer in self.lemmatizers]

    def reset(self) -> None:
        for lemmatizer, cache in zip(self.lemmatizers, self.warm, strict=True):
            lemmatizer.cache = dict(cache)

    def runs(self) -> dict[str, Callable[[list[str]], object]]:
        lang, stock, nlp = self.lang, self.stock, self.nlp
        return {
            "spacy_stock": lambda ts: list(stock.pipe(ts)),
            "spacy_stock_one_by_one": lambda ts: [stock(t) for t in ts],
            "spacy_pipe": lambda ts: list(nlp.pipe(ts)),
            "extract": lambda ts: [extract(t, language=lang) for t in ts],
            "extract_many": lambda ts: list(extract_many(ts, language=lang)),
        }


def _small(repeat: int, limit: int | None, size: int, warm_up: int) -> dict[str, object]:
    report: dict[str, object] = {}
    for lang, all_texts in _texts().items():
        texts = all_texts[: len(all_texts) - warm_up][:limit]
        pipelines = _Pipelines(lang, all_texts[len(all_texts) - warm_up :])
        runs = pipelines.runs()
        slices = [texts[i : i + size] for i in range(0, len(texts), size)]
        names = list(runs)
        wall = dict.fromkeys(runs, 0.0)
        cpu = dict.fromkeys(runs, 0.0)
        per_slice: list[dict[str, float]] = []
        for r in range(repeat):
            for k, piece in enumerate(slices):
                seconds: dict[str, float] = {}
                shift = (r + k) % len(names)
                for name in names[shift:] + names[:shift]:
                    pipelines.reset()
                    started, cpu_started = time.perf_counter(), time.process_time()
                    runs[name](piece)
                    wall[name] += time.perf_counter() - started
                    seconds[name] = time.process_time() - cpu_started
                    cpu[name] += seconds[name]
                per_slice.append(seconds)
        n = len(texts) * repeat
        peak: dict[str, float] = {}
        for name, fn in runs.items():
            pipelines.reset()
            peak[name] = round(_peak_mb(lambda: fn(texts)), 1)  # noqa: B023
        report[lang] = {
            "articles": len(texts),
            "chars": sum(map(len, texts)),
            "warm_up_articles": warm_up,
            "pipeline": [MODELS[lang][0], *load(lang).pipe_names],
            "articles_per_s": {k: round(n / s, 1) for k, s in wall.items()},
            "cpu_s": {k: round(s, 1) for k, s in cpu.items()},
            # CPU time is less disturbed than wall time by other jobs on a shared machine
            "ratio_cpu": _ratios(cpu),
            "ratio_cpu_median_of_slices": _median_ratios(per_slice),
            "ratio_wall": _ratios(wall),
            "peak_mb": peak,
        }
    return report


def _peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM). ru_maxrss is not: Linux carries the forked
    parent's resident size over the exec, so a child of a big process would report the parent's."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(what: str, chars: int) -> None:
    """Run one big-text measurement in this (fresh) process; print its JSON."""
    text = big_text(chars)
    nlp = load("fr")
    nlp("Échauffement.")
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    base_mb = round(_peak_rss_mb())
    started = time.perf_counter()
    if what == "extract":
        r = extract(text, language="fr")
        extra: dict[str, object] = {"claims": len(r["claims"]), "quotes": len(r["quotes"])}
    else:
        pieces = [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)]
        kept = set(nlp.pipe_names) if what == "spacy_full" else {"tok2vec", "ner"}
        disable = [p for p in nlp.pipe_names if p not in kept]
        tokens = sum(len(d) for d in nlp.pipe(pieces, batch_size=3, disable=disable))
        extra = {"tokens": tokens}
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    rss_mb = _peak_rss_mb()
    print(
        json.dumps(
            {
                "s": round(seconds, 1),
                "cpu_s": round(cpu, 1),
                "rss_before_mb": base_mb,
                "peak_rss_mb": round(rss_mb),
                **extra,
            }
        )
    )


def _big(sizes: list[int]) -> dict[str, object]:
    report: dict[str, object] = {}
    for chars in sizes:
        row: dict[str, object] = {"chars": len(big_text(chars))}
        for what in ("spacy_full", "spacy_ner_only", "extract"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", what, "--chars", str(chars)],
                capture_output=True,
                text=True,
                check=True,
            )
            row[what] = json.loads(out.stdout.strip().splitlines()[-1])
        report[f"fr_{chars}"] = row
    return report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="first N texts of each language")
    ap.add_argument("--slice", type=int, default=50, help="texts per interleaved slice")
    ap.add_argument("--warm-up", type=int, default=200, help="last N texts: warm-up only")
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--sizes", default="250000,500000,1000000")
    ap.add_argument("--child", choices=["extract", "spacy_full", "spacy_ner_only"])
    ap.add_argument("--chars", type=int, default=1_000_000)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.chars)
        return
    report: dict[str, object] = {
        "parse_limit_chars": PARSE_LIMIT,
        **_small(args.repeat, args.limit, args.slice, args.warm_up),
    }
    if args.big:
        report.update(_big([int(s) for s in args.sizes.split(",")]))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
