"""Report periods: 2026 (year), 2026H2 (half), 2026Q3 (quarter), 2026-07 (month)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from assistant.errors import UserError
from assistant.i18n import t

Kind = Literal["year", "half", "quarter", "month"]
MONTHS_IN: dict[str, int] = {"year": 12, "half": 6, "quarter": 3, "month": 1}
# How many periods the trend shows, ending with the reported one.
TREND_POINTS: dict[str, int] = {"year": 3, "half": 4, "quarter": 4, "month": 6}
_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("year", re.compile(r"(\d{4})")),
    ("half", re.compile(r"(\d{4})H([12])")),
    ("quarter", re.compile(r"(\d{4})Q([1-4])")),
    ("month", re.compile(r"(\d{4})-(0?[1-9]|1[0-2])")),
)


@dataclass(frozen=True, order=True)
class Period:
    """A calendar span of whole months; `index` is 1-based within the year (1 for a year)."""

    year: int
    kind: Kind
    index: int = 1

    @property
    def label(self) -> str:
        """The canonical spelling, as a user would type it."""
        if self.kind == "year":
            return str(self.year)
        if self.kind == "month":
            return f"{self.year}-{self.index:02d}"
        return f"{self.year}{'H' if self.kind == 'half' else 'Q'}{self.index}"

    @property
    def first_month(self) -> int:
        """Month number (1–12) the period starts in."""
        return (self.index - 1) * MONTHS_IN[self.kind] + 1

    @property
    def start(self) -> str:
        """First month as YYYY-MM."""
        return f"{self.year}-{self.first_month:02d}"

    @property
    def end(self) -> str:
        """Last month as YYYY-MM."""
        return f"{self.year}-{self.first_month + MONTHS_IN[self.kind] - 1:02d}"

    def contains(self, month: str | None) -> bool:
        """Whether a YYYY-MM month falls inside."""
        return month is not None and self.start <= month <= self.end

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.index > 1:
            return Period(self.year, self.kind, self.index - 1)
        return Period(self.year - 1, self.kind, 12 // MONTHS_IN[self.kind])

    def trend(self) -> list[Period]:
        """The last few periods of this kind, oldest first, ending with this one."""
        periods = [self]
        while len(periods) < TREND_POINTS[self.kind]:
            periods.append(periods[-1].previous())
        return periods[::-1]


def parse_period(text: str) -> Period:
    """Read a period; anything else is a UserError in Chinese (exit 2)."""
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().upper()
    for kind, pattern in _PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match and 1900 <= int(match.group(1)) <= 2999:
            index = int(match.group(2)) if match.lastindex == 2 else 1
            return Period(int(match.group(1)), kind, index)
    raise UserError(t("report.bad_period", text=text))


def month_of(period: Period, *, last: bool = False) -> str:
    """The first (or last) month of a period, as the store's YYYY-MM filter wants it."""
    return period.end if last else period.start
