"""Recommended actions per reason (remedial vs strategic), read from question_banks/actions.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.coding.codebook import Codebook
from assistant.errors import UserError
from assistant.i18n import t
from assistant.paths import banks_dir


class Actions(BaseModel):
    """What to do about one reason: now (remedial) and for good (strategic)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    remedial: tuple[str, ...]
    strategic: tuple[str, ...]


class ActionBook(BaseModel):
    """The whole file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    actions: dict[str, Actions]


def default_actions_path() -> Path:
    """The shipped actions file."""
    return banks_dir() / "actions.yaml"


@cache
def load_actions(path: Path | None = None) -> ActionBook:
    """Load and validate the actions file."""
    from ruamel.yaml import YAML

    source = Path(path) if path else default_actions_path()
    try:
        data = YAML(typ="safe", pure=True).load(source.read_text(encoding="utf-8"))
        return ActionBook.model_validate(data)
    except (OSError, ValidationError, ValueError) as error:
        raise UserError(t("report.actions_file_error", detail=type(error).__name__)) from None


def unknown_keys(book: ActionBook, codebook: Codebook) -> set[str]:
    """Keys of the actions file that are not codebook reasons (a test keeps this empty)."""
    return set(book.actions) - set(codebook.reason_keys)


def actions_for(book: ActionBook, key: str) -> Actions | None:
    """The actions of one reason, if the file has any."""
    return book.actions.get(key)
