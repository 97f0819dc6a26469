"""End to end: the installed `exit-interview kiosk` in tmux (send-keys, capture-pane)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PIN = "246810"


def _command() -> str | None:
    found = shutil.which("exit-interview") or str(Path(sys.executable).parent / "exit-interview")
    return found if Path(found).exists() else None


class Tmux:
    """One detached tmux session at 100×32."""

    def __init__(self, name: str) -> None:
        self.name = name

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def pause(self) -> None:
        """Let a key settle: a human never sends focus moves faster than the app draws."""
        time.sleep(0.4)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        # A real terminal gives no event to wait on: poll the pane, bounded.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen.replace(" ", ""):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[tuple[Tmux, Path]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (apt-get install -y tmux)")
    command = _command()
    if command is None:
        pytest.skip("the exit-interview command is not installed (pip install -e .)")
    env = {**os.environ, "EXIT_INTERVIEW_HOME": str(tmp_path)}
    db = tmp_path / "interviews.db"
    add = [command, "users", "add", "boss", "--pin-stdin", "--role", "admin", "--db", str(db)]
    subprocess.run(add, input=f"{PIN}\n{PIN}\n", text=True, env=env, check=True)
    name = f"kiosk-{uuid.uuid4().hex[:8]}"
    shell = f"{command} kiosk --db {db}; echo EXITED=$?; sleep 60"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "100", "-y", "32", shell],
        check=True,
        env={**env, "TERM": "xterm-256color", "LANG": "C.UTF-8"},
        cwd=tmp_path,
    )
    try:
        yield Tmux(name), db
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], check=False)


def test_kiosk_in_tmux_answer_then_admin_exit(tmux: tuple[Tmux, Path]) -> None:
    term, db = tmux
    term.wait_for("欢迎")
    for key in ("C-q", "C-c", "C-z", "F1"):
        term.send(key)
    term.send("Enter")  # 开始 has focus
    term.wait_for("在开始之前")
    term.send("Enter")  # 继续
    term.wait_for("请选择这次谈话的记录方式")
    term.send("Enter")  # 保留原话 has focus
    term.wait_for("保留原话（已选）")
    term.send("Tab", "Tab", "Tab", "Enter")  # 可以保存 (sensitive)
    term.wait_for("可以保存（已选）")
    term.send("Tab", "Tab", "Enter")  # 确定，开始谈话
    term.wait_for("能和我说说")
    term.type("工资太低了，天天加班")
    term.send("Enter")
    screen = term.wait_for("工资太低了，天天加班")
    term.wait_for("？")  # the next question (a probe or the confirm step) is on screen
    assert "EXITED" not in screen
    term.send("C-]")
    term.wait_for("管理员")
    term.type("boss")
    term.wait_for("boss")
    term.pause()
    term.send("Enter")  # the name field moves focus on to the PIN
    term.pause()
    term.type(PIN)
    term.wait_for("•" * len(PIN))
    term.send("Tab")
    term.pause()
    term.send("Tab")
    term.pause()
    term.send("Enter")  # 退出程序
    term.wait_for("EXITED=0")
    assert db.exists()
