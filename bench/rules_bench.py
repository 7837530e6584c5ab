"""What the rules cost after the parse: ``python bench/rules_bench.py [--repeat 2] [--root DIR]``.

Texts: every annotated text of ``eval/extraction`` (read from this checkout). For each
language, in one process: the bare ``nlp.pipe`` of the model ``extract`` loads; segmenting
and parsing as ``extract_many`` does (``_prepare`` + ``models.parse_many``); and the rule pass
alone over those parses (``pipeline._finish``: quotes, speakers, claims). CPU seconds
(``process_time``), best of ``--repeat``. ``--root`` imports ``workbench`` from another
checkout (a ``git worktree`` of an older commit) so two versions are timed on the same texts
and machine, one after the other. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--root", default=str(ROOT), help="checkout whose workbench is timed")
    args = ap.parse_args()
    sys.path.insert(0, args.root)
    from workbench.nlp import VERSION, models, pipeline
    from workbench.nlp.evaluation import load_gold

    docs = load_gold(ROOT / "eval" / "extraction")
    report: dict[str, object] = {"version": VERSION, "repeat": args.repeat}
    for lang in ("fr", "en"):
        texts = [d["text"] for d in docs if d["language"] == lang]
        nlp = models.load(lang)
        best = {"spacy_pipe": float("inf"), "parse": float("inf"), "rules": float("inf")}
        for _ in range(args.repeat):
            t = time.process_time()
            list(nlp.pipe(texts))
            best["spacy_pipe"] = min(best["spacy_pipe"], time.process_time() - t)
            t = time.process_time()
            prepared = [pipeline._prepare(text, lang) for text in texts]
            parses = models.parse_many([(p.text, p.sents) for p in prepared], lang)
            best["parse"] = min(best["parse"], time.process_time() - t)
            t = time.process_time()
            for p, parse in zip(prepared, parses, strict=True):
                pipeline._finish(p, parse, None)
            best["rules"] = min(best["rules"], time.process_time() - t)
        report[lang] = {
            "texts": len(texts),
            "cpu_seconds": {k: round(v, 2) for k, v in best.items()},
            "rules/spacy_pipe": round(best["rules"] / best["spacy_pipe"], 3),
            "(parse+rules)/spacy_pipe": round(
                (best["parse"] + best["rules"]) / best["spacy_pipe"], 3
            ),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
