"""Would a learned ranker over the rules' candidates fix speakers? A trial, outside the extractor.

    python bench/speaker_ranker_trial.py [--test 'heldout9[3-8]'] [--skip REGEX] [--names]

Runs ``extract_many`` over every annotated text of ``eval/extraction``; texts whose split
matches ``--test`` are scored, those matching ``--skip`` (by default heldout99–102, written
after the trial) are left out, all others are learned from. For each quote matched to a gold
quote (overlap ≥ 0.3), the candidates are the speakers the rules gave any quote of the same
article (``--names`` adds every run of capitalised words outside quotation marks), each
described by 26 features: whether the rules chose it (and with what kind of mention: pronoun,
name, noun, none), log distance to its nearest mention before and after the quote, a mention
in the quote's paragraph or the cue's sentence, whether it spoke the quote before or after,
gender agreement with a pronoun, its share of the article's quotes, its type, the quote's
kind. A softmax over each quote's candidates is learned by gradient descent (seeded: no
randomness); a candidate other than the rules' replaces it when its score is higher by more
than a margin. Prints, for the scored texts: where the gold speaker of each wrong speaker is
(among the candidates, a proper name elsewhere in the text, an unnamed noun), and speaker
accuracy of the rules and of the ranker at four margins. Not part of the test suite; about
three minutes here.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.nlp import canonical_key, extract_many  # noqa: E402
from workbench.nlp.antecedents import given_name_gender  # noqa: E402
from workbench.nlp.evaluation import load_gold, match  # noqa: E402

_PRONOUNS = {
    "fr": {"il": "m", "elle": "f", "ils": "p", "elles": "p", "lui": "m", "je": "", "j'": ""},
    "en": {"he": "m", "she": "f", "they": "p", "him": "m", "her": "f", "i": ""},
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?:[ \u00a0]+(?:(?:de|du|des|la|le|al|el|van|von|of|the|for|"
    r"and)[ \u00a0]+)?[A-ZÀ-Þ][\w'’-]+){0,4}"
)


@dataclass
class Case:
    """One matched quote: its candidates' features and keys, the rules' key and the gold's."""

    language: str
    features: np.ndarray | None
    keys: list[str]
    rule: str | None
    gold: str | None
    gold_name: str | None
    mention: str


def _key(name: str | None, language: str) -> str | None:
    return canonical_key(name, language) if name else None


def _mention_kind(speaker: dict[str, Any] | None, language: str) -> str:
    if not speaker:
        return "none"
    mention = str(speaker.get("mention") or "").strip()
    if mention.lower().replace("-t-", "") in _PRONOUNS[language]:
        return "pronoun"
    words = mention.split()
    if len(words) >= 2 and any(w[:1].isupper() for w in words[1:]):
        return "name"
    return "noun"


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    words = [w for w in _WORD.findall(name) if w[:1].isupper()]
    forms = {name} | ({words[0], words[-1]} if words else set())
    out: list[tuple[int, int]] = []
    for form in (f for f in forms if len(f) >= 3):
        pattern = r"(?<![\w'’-])" + re.escape(form) + r"(?![\w'’-])"
        out.extend((m.start(), m.end()) for m in re.finditer(pattern, text))
    return sorted(out)


def _features(
    text: str,
    quotes: list[dict[str, Any]],
    i: int,
    candidate: tuple[str, str, str],
    counts: collections.Counter[str],
    quoted: list[tuple[int, int]],
    language: str,
) -> list[float]:
    key, name, kind = candidate
    q = quotes[i]
    speaker = q["speaker"] or {}
    start, end = q["spans"][0][0], q["spans"][-1][1]
    is_rule = float(key == _key(speaker.get("name"), language))
    mention = _mention_kind(speaker, language)
    found = [(s, e) for s, e in _mentions(text, name) if not any(a <= s < b for a, b in quoted)]
    before = [s for s, e in found if e <= start]
    after = [s for s, _e in found if s >= end]
    para_start = text.rfind("\n\n", 0, start)
    para_end = text.find("\n\n", end) % (len(text) + 1)
    before_key, after_key = (
        _key((quotes[j]["speaker"] or {}).get("name"), language) if 0 <= j < len(quotes) else None
        for j in (i - 1, i + 1)
    )
    gender = given_name_gender(name, language) if kind == "person" else ""
    pronoun = _PRONOUNS[language].get(str(speaker.get("mention") or "").strip().lower(), "")
    agree = float(bool(gender) and pronoun in {"m", "f"} and gender == pronoun)
    disagree = float(bool(gender) and pronoun in {"m", "f"} and gender != pronoun)
    in_cue_sentence = 0.0
    if q.get("cue"):
        cue = q["cue"]["start"]
        lo = max(text.rfind(".", 0, cue), text.rfind("\n", 0, cue))
        hi = text.find(".", cue) % (len(text) + 1)
        in_cue_sentence = float(any(lo < s < hi for s, _e in found))
    return [
        1.0,
        is_rule,
        *(is_rule * (mention == k) for k in ("pronoun", "name", "noun", "none")),
        (math.log1p(start - before[-1]) if before else 10.0) / 10,
        (math.log1p(after[0] - end) if after else 10.0) / 10,
        float(any(para_start <= s < para_end for s, _e in found)),
        float(key == before_key),
        float(key == after_key),
        agree,
        disagree,
        agree * is_rule,
        disagree * is_rule,
        in_cue_sentence,
        counts[key] / len(quotes),
        float(kind == "person"),
        float(q["kind"] == "indirect"),
        float(q["kind"] == "partial"),
        float(not before),
        (1 - is_rule) * (mention == "pronoun"),
        (1 - is_rule) * (mention == "name"),
        float(counts[key] > 0),
        math.log1p(len(found)) / 3,
        float(len(name.split()) == 1),
    ]


def cases(doc: dict[str, Any], quotes: list[dict[str, Any]], names: bool) -> list[Case]:
    language, text = doc["language"], doc["text"]
    quoted = sorted((s, e) for q in quotes for s, e in q["spans"])
    counts: collections.Counter[str] = collections.Counter()
    candidates: dict[str, tuple[str, str, str]] = {}
    for q in quotes:
        key = _key((q["speaker"] or {}).get("name"), language)
        if key:
            candidates.setdefault(key, (key, q["speaker"]["name"], q["speaker"].get("type", "")))
            counts[key] += 1
    for m in _RUN.finditer(text) if names else ():
        key = _key(m.group(0), language)
        if key and key not in candidates and not any(a <= m.start() < b for a, b in quoted):
            kind = "person" if given_name_gender(m.group(0), language) else "unknown"
            candidates[key] = (key, m.group(0), kind)
    out = []
    for gi, pi, _overlap in match(doc["quotes"], quotes, 0.3):
        speaker = quotes[pi]["speaker"]
        rule = _key((speaker or {}).get("name"), language)
        rows = None
        if rule is not None and len(candidates) >= 2:
            rows = np.array(
                [
                    _features(text, quotes, pi, c, counts, quoted, language)
                    for c in candidates.values()
                ]
            )
        gold_name = doc["quotes"][gi].get("speaker")
        mention = _mention_kind(speaker, language)
        out.append(
            Case(
                language,
                rows,
                list(candidates),
                rule,
                _key(gold_name, language),
                gold_name,
                mention,
            )
        )
    return out


def train(data: list[Case], epochs: int = 300, rate: float = 0.1, l2: float = 1e-3) -> np.ndarray:
    groups = [c for c in data if c.features is not None and c.gold in c.keys]
    if not groups:
        raise SystemExit("no quote to learn from")
    weights = np.zeros(groups[0].features.shape[1])  # type: ignore[union-attr]
    for _ in range(epochs):
        grad = np.zeros_like(weights)
        for c in groups:
            assert c.features is not None
            scores = c.features @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            grad += c.features.T @ (p - np.array([k == c.gold for k in c.keys], float))
        weights -= rate * (grad / len(groups) + l2 * weights)
    return weights


def pick(c: Case, weights: np.ndarray, margin: float, mention: str | None) -> str | None:
    if c.features is None or c.rule is None or mention not in {None, c.mention}:
        return c.rule
    scores = c.features @ weights
    best, rule = int(np.argmax(scores)), c.keys.index(c.rule)
    return c.keys[best] if scores[best] - scores[rule] > margin else c.rule


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--test", default=r"heldout9[3-8]", help="splits scored (a regex)")
    ap.add_argument("--skip", default=r"heldout(99|10[0-2])", help="splits left out (a regex)")
    ap.add_argument("--names", action="store_true", help="capitalised runs as candidates too")
    ap.add_argument(
        "--mention",
        choices=["pronoun", "name", "noun", "none"],
        help="learn and re-rank only the quotes whose rules' mention is of this kind",
    )
    args = ap.parse_args()
    docs = [d for p in sorted((ROOT / "eval/extraction").glob("*.jsonl")) for d in load_gold(p)]
    items = [
        {
            "text": d["text"],
            "language": d["language"],
            "published_at": dt.date.fromisoformat(d["published_at"]),
        }
        for d in docs
    ]
    learn: list[Case] = []
    score: list[Case] = []
    texts: list[str] = []
    for doc, result in zip(docs, extract_many(items), strict=True):
        if re.fullmatch(args.skip, doc["split"]):
            continue
        found = cases(doc, result["quotes"], args.names)
        if re.fullmatch(args.test, doc["split"]):
            score.extend(found)
            texts.extend(doc["text"] for _ in found)
        else:
            learn.extend(found)
    weights = train([c for c in learn if args.mention in {None, c.mention}])
    print(f"learned on {len(learn)} quotes, scoring {len(score)}")
    print("weights", " ".join(f"{w:.2f}" for w in weights))
    where: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for c, text in zip(score, texts, strict=True):
        if c.rule == c.gold:
            continue
        if c.gold in c.keys:
            place = "among the candidates"
        elif c.gold_name is None:
            place = "no speaker in the gold"
        elif c.gold_name[:1].islower():
            place = "an unnamed noun"
        elif c.gold_name in text:
            place = "a name in the text, not a candidate"
        else:
            place = "a name not written as such"
        where[(c.language, c.mention, place)] += 1
    print("wrong speakers, by language, mention and where the gold speaker is:")
    for (language, mention, place), n in sorted(where.items()):
        print(f"  {language} {mention:8} {place:45} {n}")
    for margin in (0.0, 0.5, 1.0, 2.0):
        row = []
        for language in ("fr", "en"):
            mine = [c for c in score if c.language == language]
            rule = sum(c.rule == c.gold for c in mine) / len(mine)
            ranked = sum(pick(c, weights, margin, args.mention) == c.gold for c in mine) / len(mine)
            changed = sum(pick(c, weights, margin, args.mention) != c.rule for c in mine)
            row.append(f"{language} rules {rule:.3f} ranker {ranked:.3f} ({changed} changed)")
        print(f"margin {margin}: " + "; ".join(row))


if __name__ == "__main__":
    main()
