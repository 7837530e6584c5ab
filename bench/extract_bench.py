"""Benchmark of ``extract``: ``python bench/extract_bench.py [--repeat 5] [--big]``.

Texts: the sample article and every annotated text of ``eval/extraction`` (short news
articles in French and English). For each language, in one process and interleaved round by
round so that the load of a shared machine hits all alike:

- baseline: the bare spaCy parse of the same texts with the full default pipeline of the model
  ``extract`` loads (``models.load``: every component, nothing disabled), batched with
  ``nlp.pipe``; and the same one ``nlp(text)`` at a time;
- ``extract(text)`` one text at a time (the path of the Celery worker: one article per task);
- ``extract_many(texts)`` (the batched API: one ``nlp.pipe`` over the texts).

Times are without tracing; peak memory is tracemalloc's peak of Python allocations in one more
run. ``--big`` runs, each in a fresh subprocess, one generated French text of each size in
``--sizes`` through ``extract`` and through the bare spaCy parse of the same text (20,000-char
pieces, ``nlp.pipe``, batches of 3: the full pipeline, and the tok2vec + ner that ``extract``
runs above ``PARSE_LIMIT``), and reports wall and CPU seconds, the RSS once the model is
loaded and the process's own peak RSS (VmHWM).
Prints one JSON object. No database is used.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.nlp import extract, extract_many  # noqa: E402
from workbench.nlp.evaluation import load_gold  # noqa: E402
from workbench.nlp.models import CHUNK_CHARS, PARSE_LIMIT, load  # noqa: E402

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


def _ratios(seconds: dict[str, float]) -> dict[str, float]:
    return {
        "extract_many/spacy_pipe": round(seconds["extract_many"] / seconds["spacy_pipe"], 2),
        "extract/spacy_pipe": round(seconds["extract"] / seconds["spacy_pipe"], 2),
        "extract/spacy_one_by_one": round(seconds["extract"] / seconds["spacy_one_by_one"], 2),
    }


def _small(repeat: int) -> dict[str, object]:
    report: dict[str, object] = {}
    for lang, texts in _texts().items():
        nlp = load(lang)
        runs: dict[str, Callable[[], object]] = {
            "spacy_pipe": lambda: list(nlp.pipe(texts)),  # noqa: B023
            "spacy_one_by_one": lambda: [nlp(t) for t in texts],  # noqa: B023
            "extract": lambda: [extract(t, language=lang) for t in texts],  # noqa: B023
            "extract_many": lambda: list(extract_many(texts, language=lang)),  # noqa: B023
        }
        for fn in runs.values():  # warm up (model load, caches)
            fn()
        wall = dict.fromkeys(runs, 0.0)
        cpu = dict.fromkeys(runs, 0.0)
        for _ in range(repeat):
            for name, fn in runs.items():
                started, cpu_started = time.perf_counter(), time.process_time()
                fn()
                wall[name] += time.perf_counter() - started
                cpu[name] += time.process_time() - cpu_started
        n = len(texts) * repeat
        report[lang] = {
            "articles": len(texts),
            "chars": sum(map(len, texts)),
            "pipeline": [nlp.meta.get("name"), *nlp.pipe_names],
            "articles_per_s": {k: round(n / s, 1) for k, s in wall.items()},
            # CPU time is less disturbed than wall time by other jobs on a shared machine
            "ratio_wall": _ratios(wall),
            "ratio_cpu": _ratios(cpu),
            "peak_mb": {k: round(_peak_mb(fn), 1) for k, fn in runs.items()},
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
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--sizes", default="250000,500000,1000000")
    ap.add_argument("--child", choices=["extract", "spacy_full", "spacy_ner_only"])
    ap.add_argument("--chars", type=int, default=1_000_000)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.chars)
        return
    report: dict[str, object] = {"parse_limit_chars": PARSE_LIMIT, **_small(args.repeat)}
    if args.big:
        report.update(_big([int(s) for s in args.sizes.split(",")]))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
