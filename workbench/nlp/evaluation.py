"""Scoring ``extract`` against annotated texts (quotes) and ranked transcripts (check-worthiness).

Plain Python: the management commands ``evaluate_extraction`` and
``evaluate_checkworthiness`` only read files and print what these functions return.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .names import canonical_key

KINDS = ("direct", "partial", "indirect")
GROUPS: dict[str, tuple[str, ...]] = {
    "all": KINDS,
    "quoted": ("direct", "partial"),  # words in quotation marks
    "direct": ("direct",),
    "partial": ("partial",),
    "indirect": ("indirect",),
}
THRESHOLDS = (0.3, 0.8)


# --------------------------------------------------------------------------- gold data


def locate_pieces(text: str, pieces: Sequence[str], cursor: int) -> list[list[int]]:
    """Offsets of each piece, searched left to right from ``cursor``; raises if one is missing."""
    spans: list[list[int]] = []
    for piece in pieces:
        pos = text.find(piece, cursor)
        if pos < 0:
            raise ValueError(f"piece not found after {cursor}: {piece!r}")
        spans.append([pos, pos + len(piece)])
        cursor = pos + len(piece)
    return spans


# a text and its gold quotes as the held-out sets' sources write them: (kind, pieces, speaker)
GoldItem = tuple[str, list[tuple[str, list[str], str | None]]]


def gold_doc(
    item: GoldItem, doc_id: str, language: str, split: str, published_at: str
) -> dict[str, Any]:
    """One annotated text in the gold format, its quotes' spans located piece by piece."""
    text, quotes = item
    cursor = 0
    gold = []
    for kind, pieces, speaker in quotes:
        spans = locate_pieces(text, pieces, cursor)
        cursor = spans[-1][1]
        gold.append({"kind": kind, "text": " … ".join(pieces), "spans": spans, "speaker": speaker})
    return {
        "id": doc_id,
        "language": language,
        "split": split,
        "published_at": published_at,
        "text": text,
        "quotes": gold,
    }


def write_gold(
    path: Path, split: str, prefix: str, items: dict[str, list[GoldItem]], published_at: str
) -> None:
    """Write the gold JSON lines of ``items`` (texts by language) to ``path``: ids
    ``<language><prefix>-NN``, spans located piece by piece; prints the counts by kind."""
    lines: list[str] = []
    kinds: dict[str, dict[str, int]] = {}
    for language, texts in items.items():
        counts = kinds.setdefault(language, {"direct": 0, "partial": 0, "indirect": 0})
        for number, item in enumerate(texts, start=1):
            doc_id = f"{language}{prefix}-{number:02d}"
            doc = gold_doc(item, doc_id, language, split, published_at)
            for quote in doc["quotes"]:
                counts[quote["kind"]] += 1
            lines.append(json.dumps(doc, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(lines)} texts", file=sys.stderr)
    for language, counts in kinds.items():
        print(f"{language}: {sum(counts.values())} quotes {counts}", file=sys.stderr)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Annotated texts from a JSONL file (or every ``*.jsonl`` of a folder), spans checked."""
    p = Path(path)
    files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    docs: list[dict[str, Any]] = []
    for f in files:
        for number, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            for q in doc["quotes"]:
                if q["kind"] not in KINDS:
                    raise ValueError(f"{f}:{number}: unknown kind {q['kind']!r}")
                joined = " … ".join(text[s:e] for s, e in q["spans"])
                if joined != q["text"]:
                    raise ValueError(f"{f}:{number}: spans do not give {q['text']!r}")
            docs.append(doc)
    return docs


# --------------------------------------------------------------------------- matching


def _chars(spans: Iterable[Sequence[int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(int(s), int(e)))
    return out


def match(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], threshold: float
) -> list[tuple[int, int, float]]:
    """(gold index, pred index, overlap) pairs; overlap = shared characters / gold characters.

    Greedy on the best overlap first; each gold and each prediction is used at most once.
    """
    gchars = [_chars(g["spans"]) for g in gold]
    pchars = [_chars(p["spans"]) for p in pred]
    cands: list[tuple[float, int, int]] = []
    for gi, gc in enumerate(gchars):
        if not gc:
            continue
        for pi, pc in enumerate(pchars):
            shared = len(gc & pc)
            if shared:
                ov = shared / len(gc)
                if ov >= threshold:
                    cands.append((ov, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for ov, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, ov))
    return out


def exact_pairs(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]
) -> list[tuple[int, int, float]]:
    """Pairs whose quoted characters are exactly the same."""
    return [
        (gi, pi, ov)
        for gi, pi, ov in match(gold, pred, 1.0)
        if _chars(gold[gi]["spans"]) == _chars(pred[pi]["spans"])
    ]


def same_speaker(gold_name: str | None, pred: dict[str, Any] | None, language: str) -> bool:
    """Canonical names compared on their keys (case, accents, titles, leading article ignored)."""
    pred_name = None if not pred else str(pred.get("name") or "") or None
    if gold_name is None or pred_name is None:
        return gold_name is None and pred_name is None
    return canonical_key(gold_name, language) == canonical_key(pred_name, language)


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    # "0.3", "0.8", "exact" → matched pairs whose gold (recall) / prediction (precision)
    # is of the group's kinds
    hit_gold: dict[str, int] = field(default_factory=dict)
    hit_pred: dict[str, int] = field(default_factory=dict)
    speaker_ok: int = 0
    speaker_n: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        for k, v in other.hit_gold.items():
            self.hit_gold[k] = self.hit_gold.get(k, 0) + v
        for k, v in other.hit_pred.items():
            self.hit_pred[k] = self.hit_pred.get(k, 0) + v
        self.speaker_ok += other.speaker_ok
        self.speaker_n += other.speaker_n

    def prf(self, level: str) -> tuple[float, float, float]:
        p = self.hit_pred.get(level, 0) / self.pred if self.pred else 0.0
        r = self.hit_gold.get(level, 0) / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def speaker_accuracy(self) -> float | None:
        return self.speaker_ok / self.speaker_n if self.speaker_n else None


def score_document(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], language: str
) -> dict[str, Counts]:
    """Counts for each group of kinds; precision counts predictions of the group's kinds,
    recall counts gold quotes of the group's kinds (matching itself ignores the kind)."""
    pairs = {str(t): match(gold, pred, t) for t in THRESHOLDS}
    pairs["exact"] = exact_pairs(gold, pred)
    out: dict[str, Counts] = {}
    for group, kinds in GROUPS.items():
        c = Counts(
            gold=sum(1 for g in gold if g["kind"] in kinds),
            pred=sum(1 for p in pred if p["kind"] in kinds),
        )
        for level, ps in pairs.items():
            c.hit_gold[level] = sum(1 for gi, _pi, _ov in ps if gold[gi]["kind"] in kinds)
            c.hit_pred[level] = sum(1 for _gi, pi, _ov in ps if pred[pi]["kind"] in kinds)
        for gi, pi, _ov in pairs["0.3"]:
            if gold[gi]["kind"] in kinds:
                c.speaker_n += 1
                c.speaker_ok += same_speaker(gold[gi].get("speaker"), pred[pi]["speaker"], language)
        out[group] = c
    return out


def evaluate_extraction(
    docs: Sequence[dict[str, Any]],
    extract: Callable[..., dict[str, Any]],
) -> dict[str, Any]:
    """Scores by split and language and group, plus per-document errors for inspection."""
    import datetime as dt

    totals: dict[tuple[str, str, str], Counts] = {}
    details: list[dict[str, Any]] = []
    for doc in docs:
        lang = doc["language"]
        anchor = dt.date.fromisoformat(doc["published_at"]) if doc.get("published_at") else None
        result = extract(doc["text"], language=lang, published_at=anchor)
        pred = result["quotes"]
        counts = score_document(doc["quotes"], pred, lang)
        split = doc.get("split", "dev")
        for group, c in counts.items():
            for key in ((split, lang, group), (split, "all", group)):
                totals.setdefault(key, Counts()).add(c)
        details.append(
            {
                "id": doc["id"],
                "split": split,
                "missed": _missed(doc, pred),
                "spurious": _spurious(doc, pred),
                "speaker_errors": _speaker_errors(doc, pred),
            }
        )
    return {"totals": totals, "details": details}


def _missed(doc: dict[str, Any], pred: Sequence[dict[str, Any]]) -> list[str]:
    hit = {gi for gi, _pi, _ov in match(doc["quotes"], pred, 0.3)}
    return [g["text"] for gi, g in enumerate(doc["quotes"]) if gi not in hit]


def _spurious(doc: dict[str, Any], pred: Sequence[dict[str, Any]]) -> list[str]:
    hit = {pi for _gi, pi, _ov in match(doc["quotes"], pred, 0.3)}
    return [p["text"] for pi, p in enumerate(pred) if pi not in hit]


def _speaker_errors(doc: dict[str, Any], pred: Sequence[dict[str, Any]]) -> list[str]:
    out = []
    for gi, pi, _ov in match(doc["quotes"], pred, 0.3):
        g = doc["quotes"][gi]
        if not same_speaker(g.get("speaker"), pred[pi]["speaker"], doc["language"]):
            got = (pred[pi]["speaker"] or {}).get("name")
            out.append(f"{g['text'][:40]!r}: gold {g.get('speaker')!r}, got {got!r}")
    return out


def format_extraction(report: dict[str, Any], verbose: bool = False) -> str:
    lines: list[str] = []
    totals: dict[tuple[str, str, str], Counts] = report["totals"]
    splits = sorted({k[0] for k in totals})
    header = (
        f"{'split':8} {'lang':4} {'kind':8} {'gold':>4} {'pred':>4} "
        f"{'P@.3':>5} {'R@.3':>5} {'F@.3':>5} {'P@.8':>5} {'R@.8':>5} {'F@.8':>5} "
        f"{'Pex':>5} {'Rex':>5} {'Fex':>5} {'spk':>5}"
    )
    for split in splits:
        lines.append(header)
        for lang in ("fr", "en", "all"):
            for group in GROUPS:
                c = totals.get((split, lang, group))
                if c is None:
                    continue
                cells: list[str] = []
                for level in ("0.3", "0.8", "exact"):
                    cells.extend(f"{x:5.3f}" for x in c.prf(level))
                acc = c.speaker_accuracy()
                spk = f"{acc:5.3f}" if acc is not None else "  -  "
                lines.append(
                    f"{split:8} {lang:4} {group:8} {c.gold:4d} {c.pred:4d} "
                    + " ".join(cells)
                    + f" {spk}"
                )
        lines.append("")
    if verbose:
        for d in report["details"]:
            if d["missed"] or d["spurious"] or d["speaker_errors"]:
                lines.append(f"[{d['split']}] {d['id']}")
                lines.extend(f"  missed   {t[:70]!r}" for t in d["missed"])
                lines.extend(f"  spurious {t[:70]!r}" for t in d["spurious"])
                lines.extend(f"  speaker  {t}" for t in d["speaker_errors"])
    return "\n".join(lines)


# --------------------------------------------------------------------------- check-worthiness


def read_transcripts(path: str | Path) -> dict[str, list[tuple[str, int]]]:
    """CLEF-2019 task 1 transcripts: ``line<TAB>speaker<TAB>sentence<TAB>label`` per line.

    ``path`` is a ``.tsv`` file or a folder searched recursively for them.
    """
    p = Path(path)
    files = sorted(p.rglob("*.tsv")) if p.is_dir() else [p]
    out: dict[str, list[tuple[str, int]]] = {}
    for f in files:
        rows: list[tuple[str, int]] = []
        with f.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 4:
                    continue
                try:
                    label = int(row[3])
                except ValueError:
                    continue
                rows.append((row[2], label))
        out[f.stem] = rows
    return out


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    """AP of the ranking by decreasing score; ties keep the transcript order."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    hits = 0
    total = 0.0
    for rank, i in enumerate(order, start=1):
        if labels[i]:
            hits += 1
            total += hits / rank
    positives = sum(1 for x in labels if x)
    return total / positives if positives else 0.0
