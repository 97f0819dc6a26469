"""Validation problems with file and line, printed one per line by `validate`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or suspicious) in a bank file, located by line (1-based)."""

    file: Path
    line: int | None
    code: str
    message: str
    severity: Severity = "error"

    def render(self) -> str:
        """`file:line: 错误[code] message` — greppable and editor-clickable."""
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        label = "错误" if self.severity == "error" else "警告"
        return f"{where}: {label}[{self.code}] {self.message}"


class BankError(Exception):
    """A bank failed validation; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
