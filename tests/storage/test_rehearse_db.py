"""`exit-interview rehearse --db` saves exactly as the kiosk would."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main
from assistant.storage.db import open_db
from assistant.storage.repository import Repository

ANSWERS = ["薪水三年没涨，金丝雀甲一", "天天加班到十点，金丝雀乙二", "同事挺好，金丝雀丙三"]


@pytest.fixture
def setup(tmp_path, monkeypatch, keys, fake_tagger) -> tuple[Path, Path]:
    import assistant.core.commands as core_commands

    home = tmp_path / "home"
    home.mkdir()
    (home / "hr_public_key.txt").write_text(keys.recipient + "\n", encoding="ascii")
    monkeypatch.setenv("EXIT_INTERVIEW_HOME", str(home))
    monkeypatch.delenv("EXIT_INTERVIEW_CONFIG", raising=False)
    monkeypatch.setattr(core_commands, "load_tagger", lambda: (fake_tagger, "fake"))
    answers = tmp_path / "answers.yaml"
    answers.write_text("".join(f"- {a}\n" for a in ANSWERS), encoding="utf-8")
    return answers, tmp_path / "rehearse.db"


def _run(answers: Path, db: Path, consent: str) -> int:
    return main(["rehearse", "--answers", str(answers), "--db", str(db), "--consent", consent])


def test_coded_keeps_no_words(setup, scan, capsys) -> None:
    answers, db = setup
    assert _run(answers, db, "coded") == 0
    capsys.readouterr()
    assert scan.hits(ANSWERS, db) == []
    conn = open_db(db)
    assert len(Repository(conn).interview_ids()) == 1
    assert conn.execute("SELECT count(*) FROM verbatims").fetchone()[0] == 0
    conn.close()


def test_full_keeps_only_ciphertext(setup, scan, keys, capsys) -> None:
    answers, db = setup
    assert _run(answers, db, "full") == 0
    capsys.readouterr()
    assert scan.hits(ANSWERS, db) == []
    conn = open_db(db)
    plain = [keys.decrypt(v.cipher) for v in Repository(conn).iter_verbatims()]
    conn.close()
    assert set(ANSWERS) <= set(plain)


def test_none_counts_a_decline_only(setup, scan, capsys) -> None:
    answers, db = setup
    assert _run(answers, db, "none") == 0
    capsys.readouterr()
    assert scan.hits(ANSWERS, db) == []
    conn = open_db(db)
    repo = Repository(conn)
    assert repo.interview_ids() == [] and repo.count_declines() == 1
    conn.close()
