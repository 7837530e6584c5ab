"""Quantities and dates inside a claim sentence."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import Any

from . import resources

_NUM = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\w)"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?(?!\w)"
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _to_number(raw: str, language: str) -> float:
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    s = s.replace(",", ".") if language == "fr" else s.replace(",", "")
    return float(s)


def _clean_value(v: float) -> int | float:
    return int(v) if v == int(v) and abs(v) < 1e15 else v


def _word_number(text: str, start: int, end: int, language: str) -> tuple[int, float] | None:
    """Number written in words starting at ``start`` ("vingt-cinq", "trois mille")."""
    numbers = resources.mapping("numbers", language)
    multipliers = resources.mapping("multipliers", language)
    pos = start
    total = 0.0
    current = 0.0
    seen = False
    last_end = start
    for m in re.finditer(r"[^\W\d_]+", text[start:end]):
        if text[start + (last_end - start) : start + m.start()].strip(" -") not in {
            "",
            "et",
            "and",
        }:
            break
        w = m.group().lower()
        if w in multipliers and (seen or w in {"cent", "mille", "hundred", "thousand"}):
            current = (current or 1) * float(multipliers[w])
            if float(multipliers[w]) >= 1000:
                total += current
                current = 0
        elif w in numbers and w not in multipliers:
            current += float(numbers[w])
        elif w in {"et", "and"} and seen:
            continue
        else:
            break
        seen = True
        last_end = start + m.end()
        pos = last_end
    if not seen:
        return None
    return pos, total + current


def quantities(
    text: str, start: int, end: int, language: str, skip: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    numbers = resources.mapping("numbers", language)
    candidates: list[tuple[int, int, float]] = []
    for m in _NUM.finditer(text, start, end):
        try:
            value = _to_number(m.group(), language)
        except ValueError:
            continue
        candidates.append((m.start(), m.end(), value))
    pos = start
    for m in _WORDS.finditer(text, start, end):
        if m.start() < pos or m.group().lower() not in numbers:
            continue
        found = _word_number(text, m.start(), end, language)
        if found:
            candidates.append((m.start(), found[0], found[1]))
            pos = found[0]
    for s, e, value in sorted(candidates):
        if any(a <= s < b for a, b in skip):
            continue
        if 1900 <= value <= 2100 and value == int(value) and e - s == 4:
            continue  # a year: reported as a date
        # "3 millions", "2,5 milliards"
        after = re.match(r"\s+([^\W\d_]+)", text[e:end])
        multipliers = resources.mapping("multipliers", language)
        if (
            after
            and after.group(1).lower() in multipliers
            and after.group(1).lower() not in {"cent", "cents"}
        ):
            value *= float(multipliers[after.group(1).lower()])
            e += after.end()
        unit = _unit(text, e, end, language)
        out.append(
            {
                "text": text[s:e],
                "value": _clean_value(value),
                "unit": unit,
                "qualifier": _qualifier(text, start, s, language),
            }
        )
    return out


def _unit(text: str, pos: int, end: int, language: str) -> str | None:
    rest = text[pos:end]
    if re.match(r"\s*(%|pour cent|percent|per cent)", rest):
        return "%"
    skip = resources.words("unit_skip", language)
    stop = resources.words("stopwords", language)
    numbers = resources.mapping("numbers", language)
    words = list(_WORDS.finditer(rest))
    for i, m in enumerate(words[:4]):
        gap = rest[(words[i - 1].end() if i else 0) : m.start()]
        if gap.strip():
            return None
        w = m.group()
        low = w.lower()
        if low in skip and i < 2:
            continue
        if low in stop or low in numbers or w[:1].isupper() or len(w) < 2:
            return None
        return w
    return None


def _qualifier(text: str, lo: int, pos: int, language: str) -> str | None:
    before = text[max(lo, pos - 30) : pos].lower().rstrip()
    quals = resources.mapping("qualifiers", language)
    for phrase in sorted(quals, key=len, reverse=True):
        if before.endswith(phrase) and (
            len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()
        ):
            return quals[phrase]
    return None


# ---- dates -----------------------------------------------------------------


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _past_month_year(month: int, anchor: dt.date) -> int:
    return anchor.year if month <= anchor.month else anchor.year - 1


@cache
def _alternation(name: str, language: str, longest_first: bool = False) -> str:
    """The keys of a word mapping as one regex alternation (built once per language)."""
    keys = resources.mapping(name, language)
    escaped = [re.escape(k) for k in keys]
    return "|".join(sorted(escaped, key=len, reverse=True) if longest_first else escaped)


@cache
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<!\w)" + re.escape(word) + r"(?!\w)")


def dates(
    text: str, start: int, end: int, language: str, anchor: dt.date | None
) -> list[dict[str, Any]]:
    months = resources.mapping("months", language)
    weekdays = resources.mapping("weekdays", language)
    seasons = resources.mapping("seasons", language)
    units = resources.mapping("units", language)
    numbers = resources.mapping("numbers", language)
    month_re = _alternation("months", language, longest_first=True)
    out: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    seg = text[start:end]

    def add(s: int, e: int, value: str | None, until: str | None) -> None:
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        out.append({"text": text[start + s : start + e], "value": value, "end": until, "_pos": s})

    fr = language == "fr"
    # explicit day month year: "12 janvier 2020", "January 12, 2020", "le 3 mars"
    pats = [
        rf"(?i)\b(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{month_re})\.?(?:\s+(?P<y>\d{{4}}))?\b",
        rf"(?i)\b(?P<m>{month_re})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b",
    ]
    for pat in pats:
        for m in re.finditer(pat, seg):
            mon = int(months[m.group("m").lower()])
            day = int(m.group("d"))
            year = (
                int(m.group("y"))
                if m.group("y")
                else (_past_month_year(mon, anchor) if anchor else None)
            )
            value = None
            if year and 1 <= day <= calendar.monthrange(year, mon)[1]:
                value = _iso(dt.date(year, mon, day))
            add(m.start(), m.end(), value, None)
    # "début/fin/mi-janvier", "early January"
    edge = r"(?P<edge>début|fin|mi-|courant|early|late|mid-)" if True else ""
    for m in re.finditer(rf"(?i)\b{edge}\s*(?P<m>{month_re})(?:\s+(?P<y>\d{{4}}))?\b", seg):
        mon = int(months[m.group("m").lower()])
        year = (
            int(m.group("y"))
            if m.group("y")
            else (_past_month_year(mon, anchor) if anchor else None)
        )
        kind = m.group("edge").lower()
        if year is None:
            add(m.start(), m.end(), None, None)
            continue
        last = calendar.monthrange(year, mon)[1]
        if kind in {"début", "early"}:
            rng = (1, 10)
        elif kind in {"fin", "late"}:
            rng = (21, last)
        elif kind in {"mi-", "mid-"}:
            rng = (11, 20)
        else:
            rng = (1, last)
        add(m.start(), m.end(), _iso(dt.date(year, mon, rng[0])), _iso(dt.date(year, mon, rng[1])))
    # "le mois de décembre dernier", "décembre dernier", "last December"
    last_words = r"(?:dernier|passé)" if fr else ""
    if fr:
        rel = rf"(?i)\b(?:le\s+mois\s+de\s+|en\s+)?(?P<m>{month_re})\s+{last_words}\b"
    else:
        rel = rf"(?i)\blast\s+(?P<m>{month_re})\b"
    for m in re.finditer(rel, seg):
        mon = int(months[m.group("m").lower()])
        if anchor:
            year = anchor.year if mon < anchor.month else anchor.year - 1
            add(m.start(), m.end(), _month(year, mon), None)
        else:
            add(m.start(), m.end(), None, None)
    # month + year: "mars 2019", "en décembre"
    for m in re.finditer(rf"(?i)\b(?P<m>{month_re})\s+(?P<y>\d{{4}})\b", seg):
        add(m.start(), m.end(), _month(int(m.group("y")), int(months[m.group("m").lower()])), None)
    # last/this week/month/year
    rel_units = (
        [
            (r"la\s+semaine\s+(?:passée|dernière)", "week", -1),
            (r"le\s+mois\s+(?:passé|dernier)", "month", -1),
            (r"l['’]an(?:née)?\s+(?:passée?|dernière?)", "year", -1),
            (r"cette\s+semaine", "week", 0),
            (r"cette\s+année", "year", 0),
            (r"ce\s+mois-ci", "month", 0),
        ]
        if fr
        else [
            (r"last\s+week", "week", -1),
            (r"last\s+month", "month", -1),
            (r"last\s+year", "year", -1),
            (r"this\s+week", "week", 0),
            (r"this\s+month", "month", 0),
            (r"this\s+year", "year", 0),
        ]
    )
    for pat, unit, delta in rel_units:
        for m in re.finditer(r"(?i)\b" + pat + r"\b", seg):
            value, until = _relative(unit, delta, anchor)
            add(m.start(), m.end(), value, until)
    # seasons: "l'été dernier", "last summer"
    season_re = _alternation("seasons", language)
    spat = (
        rf"(?i)\b(?:l['’])?(?P<s>{season_re})\s+(?:dernier|passé)\b"
        if fr
        else rf"(?i)\blast\s+(?P<s>{season_re})\b"
    )
    for m in re.finditer(spat, seg):
        a, b = (int(x) for x in seasons[m.group("s").lower()].split("-"))
        if anchor:
            year = anchor.year if b < anchor.month else anchor.year - 1
            y0 = year - 1 if a > b else year
            add(m.start(), m.end(), _month(y0, a), _month(year, b))
        else:
            add(m.start(), m.end(), None, None)
    # durations back from the anchor: "depuis six mois", "il y a trois jours", "three days ago"
    num = r"(?P<n>\d+|" + _alternation("numbers", language) + ")"
    unit_re = _alternation("units", language)
    dpat = (
        rf"(?i)\b(?:depuis|il\s+y\s+a|voici)\s+{num}\s+(?P<u>{unit_re})\b"
        if fr
        else rf"(?i)\b{num}\s+(?P<u>{unit_re})\s+ago\b"
        rf"|\bfor\s+the\s+(?:past|last)\s+{num.replace('n>', 'n2>')}\s+(?P<u2>{unit_re})\b"
    )
    for m in re.finditer(dpat, seg):
        n_raw = m.groupdict().get("n") or m.groupdict().get("n2") or ""
        u_raw = m.groupdict().get("u") or m.groupdict().get("u2") or ""
        n = int(n_raw) if n_raw.isdigit() else int(float(numbers.get(n_raw.lower(), "0")))
        unit = units.get(u_raw.lower(), "day")
        if anchor and n:
            back = _back(anchor, n, unit)
            ago = not fr and "ago" in m.group().lower()
            add(m.start(), m.end(), _iso(back), None if ago else _iso(anchor))
        else:
            add(m.start(), m.end(), None, None)
    # hier / aujourd'hui / yesterday / today
    simple = (
        {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1}
        if fr
        else {"yesterday": -1, "today": 0, "tomorrow": 1}
    )
    for word, delta in simple.items():
        for m in _whole_word(word).finditer(seg):
            add(
                m.start(),
                m.end(),
                _iso(anchor + dt.timedelta(days=delta)) if anchor else None,
                None,
            )
    # weekdays: the most recent one on or before the anchor
    for word, wd in weekdays.items():
        for m in _whole_word(word).finditer(seg):
            if anchor:
                days = (anchor.weekday() - int(wd)) % 7
                add(m.start(), m.end(), _iso(anchor - dt.timedelta(days=days)), None)
            else:
                add(m.start(), m.end(), None, None)
    # bare years: "en 2019", "in 2003"
    for m in re.finditer(r"(?<![\w.,])(?:19|20)\d{2}(?![\w.,]\d)", seg):
        add(m.start(), m.end(), m.group(), None)
    out.sort(key=lambda d: d["_pos"])
    for d in out:
        del d["_pos"]
    return out


def _relative(unit: str, delta: int, anchor: dt.date | None) -> tuple[str | None, str | None]:
    if anchor is None:
        return None, None
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=delta)
        return _iso(monday), _iso(monday + dt.timedelta(days=6))
    if unit == "month":
        y, m = _shift_month(anchor.year, anchor.month, delta)
        return _month(y, m), None
    return f"{anchor.year + delta:04d}", None


def _back(anchor: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return anchor - dt.timedelta(days=n)
    if unit == "week":
        return anchor - dt.timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    y, m = _shift_month(anchor.year, anchor.month, -months)
    return dt.date(y, m, min(anchor.day, calendar.monthrange(y, m)[1]))
