"""The bulk read path yields exactly what `Repository.iter_interviews` + the coder yield."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.coding.coder import code_interview
from assistant.export.fast_read import CODER_KINDS, stream_rows
from assistant.export.rows import Scope, coded_long_rows, coded_rows, stored_interviews
from assistant.storage.db import open_db
from tests.export.conftest import Store


@pytest.mark.parametrize(
    "scope",
    [Scope(), Scope("2026-03", "2026-05"), Scope(None, "2026-02", "研发部"), Scope("2026-12")],
)
def test_fast_path_equals_repository(store: Store, codebook, scope: Scope) -> None:
    db = open_db(store.db)
    reference = list(coded_rows(stored_interviews(db, scope), codebook))
    assert list(stream_rows(store.db, scope, codebook)) == reference
    assert list(stream_rows(store.db, scope, codebook, workers=2)) == reference


def test_fast_path_long_rows_equal_repository(store: Store, codebook) -> None:
    db = open_db(store.db)
    reference = list(coded_long_rows(stored_interviews(db, Scope()), codebook))
    assert list(stream_rows(store.db, Scope(), codebook, shape="long")) == reference
    assert reference and {r["code_type"] for r in reference} <= {"reason", "flag"}


def test_coder_ignores_the_kinds_the_fast_path_skips(store: Store, codebook) -> None:
    db = open_db(store.db)
    for item in list(stored_interviews(db, Scope()))[:100]:
        kept = [e for e in item.events if e.kind in CODER_KINDS]
        assert code_interview(kept, codebook) == code_interview(item.events, codebook)


def test_no_textual_import() -> None:
    modules = [
        "assistant.export.commands",
        "assistant.export.fast_read",
        "assistant.export.registry",
        "assistant.export.parquet_writer",
        "assistant.export.spss_writer",
        "assistant.report.commands",
        "assistant.report.content",
        "assistant.report.html",
        "assistant.report.terminal",
        "assistant.report.quotes",
        "assistant.report.cost",
    ]
    code = "import sys, " + ", ".join(modules) + "; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
