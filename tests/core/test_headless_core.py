"""The core stays headless: no package outside tui/ imports Textual (checked in a subprocess)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEADLESS = [
    "assistant.core.engine",
    "assistant.core.validation",
    "assistant.core.consent",
    "assistant.coding.coder",
    "assistant.rehearse",
    "assistant.session",
    "assistant.services",
    "assistant.nlp.lexicon",
    "assistant.nlp.classifier",
    "assistant.storage.recorder",
    "assistant.storage.repository",
    "assistant.export.registry",
    "assistant.report.aggregate",
    "assistant.cli",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_module_does_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
