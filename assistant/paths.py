"""Locations of the project's shipped data: question banks, codebook and models."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def banks_dir() -> Path:
    """Folder holding the shipped question banks and codebook."""
    return Path(os.environ.get("EXIT_INTERVIEW_BANKS", PROJECT_ROOT / "question_banks"))


def models_dir() -> Path:
    """Folder holding the shipped classifier and its corpus."""
    return Path(os.environ.get("EXIT_INTERVIEW_MODELS", PROJECT_ROOT / "models"))


def default_codebook_path() -> Path:
    """The machine-readable codebook every component reads labels from."""
    return banks_dir() / "codebook.yaml"


def default_bank_path() -> Path:
    """The default Chinese exit-interview script."""
    return banks_dir() / "exit_interview_zh.yaml"
