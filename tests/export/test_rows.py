"""The store's materialised coded rows equal the coder run over `Repository.iter_interviews`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.coding.coder import code_interview
from assistant.export.rows import Scope, coded_long_rows, coded_rows, stored_interviews, stream_rows
from assistant.storage.coded import CODER_KINDS
from assistant.storage.db import open_db
from assistant.storage.repository import Repository
from tests.export.conftest import Store

SCOPES = [Scope(), Scope("2026-03", "2026-05"), Scope(None, "2026-02", "研发部"), Scope("2026-12")]


def _by_month(rows: list[dict]) -> list[dict]:
    """The repository's order for materialised rows: month, then interview id."""
    return sorted(rows, key=lambda r: (r["month"], r["interview_id"]))


@pytest.mark.parametrize("scope", SCOPES)
def test_iter_coded_rows_equals_coder_over_iter_interviews(
    store: Store, codebook, scope: Scope
) -> None:
    db = open_db(store.db)
    reference = _by_month(list(coded_rows(stored_interviews(db, scope), codebook)))
    found = list(Repository(db).iter_coded_rows(scope.start, scope.end, scope.department))
    assert found == reference
    assert all(list(row) == list(reference[0]) for row in found)  # wide_columns order
    assert list(stream_rows(store.db, scope, codebook)) == reference


def test_iter_long_rows_equal_coder_over_iter_interviews(store: Store, codebook) -> None:
    db = open_db(store.db)
    items = sorted(stored_interviews(db, Scope()), key=lambda i: (i.month, i.interview_id))
    reference = list(coded_long_rows(items, codebook))
    assert list(Repository(db).iter_long_rows()) == reference
    assert list(stream_rows(store.db, Scope(), codebook, shape="long")) == reference
    assert reference and {r["code_type"] for r in reference} <= {"reason", "flag"}


def test_stale_rows_are_recoded_before_reading(store: Store, codebook, tmp_path) -> None:
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copyfile(store.db, copy)
    db = open_db(copy)
    db.conn.execute("DELETE FROM coded_rows WHERE rowid % 3 = 0")
    db.conn.execute("UPDATE coded_rows SET coder = 'old', row_json = '{}' WHERE rowid % 3 = 1")
    repository = Repository(db)
    assert repository.stale_coded(codebook) > 0
    reference = _by_month(list(coded_rows(stored_interviews(db, Scope()), codebook)))
    db.conn.close()
    assert list(stream_rows(copy, Scope(), codebook)) == reference
    db = open_db(copy)
    assert Repository(db).stale_coded(codebook) == 0
    db.conn.close()


def test_coder_ignores_the_kinds_the_store_does_not_read(store: Store, codebook) -> None:
    db = open_db(store.db)
    for item in list(stored_interviews(db, Scope()))[:100]:
        kept = [e for e in item.events if e.kind in CODER_KINDS]
        assert code_interview(kept, codebook) == code_interview(item.events, codebook)


def test_no_textual_import() -> None:
    modules = [
        "assistant.export.commands",
        "assistant.export.rows",
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
