"""The admin commands through `exit-interview …`: Chinese messages, exit codes 0 and 2."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.storage import audit
from assistant.storage.codes import redeem_code
from assistant.storage.db import open_db

ADMIN_PIN = "246810"
Run = Callable[..., tuple[int, str, str]]
ROSTER = (
    "姓名,工号,部门,职位,入职日期,离职日期,离职类型,直属上级\n"
    "张伟,E1001,研发部,工程师,2019-03-01,2024-06-30,主动,李娜\n"
    "钱七,E1003,研发部,工程师,2024-13-01,2024-06-30,主动,\n"
)


@pytest.fixture
def cli(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fast_pins: None,
) -> Run:
    """Run the CLI on a temporary data folder; PINs (one per line) are fed to --pin-stdin."""
    monkeypatch.setenv("EXIT_INTERVIEW_HOME", str(tmp_path))
    monkeypatch.delenv("EXIT_INTERVIEW_CONFIG", raising=False)

    def run(*argv: str, pins: tuple[str, ...] = (), db: Path | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{p}\n" for p in pins)))
        target = db or tmp_path / "admin.db"
        code = main([*argv, "--db", str(target), "--pin-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def with_admin(cli: Run) -> Run:
    """A database whose first user, 王芳, is an admin."""
    assert cli("users", "add", "王芳", pins=(ADMIN_PIN,))[0] == 0
    return cli


def _as_admin(cli: Run, *argv: str, pins: tuple[str, ...] = ()) -> tuple[int, str, str]:
    return cli(*argv, "--user", "王芳", pins=(ADMIN_PIN, *pins))


def test_first_user_becomes_admin_without_login(cli: Run) -> None:
    code, out, _ = cli("users", "add", "王芳", pins=(ADMIN_PIN,))
    assert code == 0 and "第一个管理员" in out and "王芳" in out


def test_first_user_must_be_admin(cli: Run) -> None:
    code, _, err = cli("users", "add", "李雷", "--role", "kiosk", pins=("1234",))
    assert code == 2 and "第一个用户必须是管理员" in err


def test_later_users_need_an_admin(with_admin: Run) -> None:
    code, _, err = with_admin("users", "add", "李雷", "--role", "analyst", pins=("1234",))
    assert code == 2 and "--user" in err
    code, out, _ = _as_admin(
        with_admin, "users", "add", "李雷", "--role", "analyst", pins=("1234",)
    )
    assert code == 0 and "已添加用户 “李雷”（分析人员）" in out
    code, out, _ = _as_admin(with_admin, "users", "list")
    assert code == 0 and "李雷\t分析人员\t正常" in out and "王芳\t管理员" in out


def test_bad_role_and_bad_pin(with_admin: Run) -> None:
    code, _, err = _as_admin(with_admin, "users", "add", "李雷", "--role", "boss", pins=("1234",))
    assert code == 2 and "未知的角色" in err
    code, _, err = _as_admin(with_admin, "users", "add", "李雷", "--role", "kiosk", pins=("12",))
    assert code == 2 and "4 到 12 位数字" in err


def test_wrong_pin_then_lockout(with_admin: Run) -> None:
    for _ in range(4):
        code, _, err = with_admin("users", "list", "--user", "王芳", pins=("0000",))
        assert code == 2 and "用户名或 PIN 不正确" in err
    code, _, err = with_admin("users", "list", "--user", "王芳", pins=("0000",))
    assert code == 2 and "30 秒后再试" in err
    code, _, err = _as_admin(with_admin, "users", "list")  # right PIN, still locked
    assert code == 2 and "秒后再试" in err


def test_unknown_user_gets_the_same_message(with_admin: Run) -> None:
    code, _, err = with_admin("users", "list", "--user", "陌生人", pins=(ADMIN_PIN,))
    assert code == 2 and "用户名或 PIN 不正确" in err


def test_roles_are_enforced(with_admin: Run) -> None:
    _as_admin(with_admin, "users", "add", "终端", "--role", "kiosk", pins=("1111",))
    _as_admin(with_admin, "users", "add", "李雷", "--role", "analyst", pins=("2222",))
    for argv in (("audit", "verify"), ("records", "show", "iv-x"), ("purge",)):
        code, _, err = with_admin(*argv, "--user", "终端", pins=("1111",))
        assert code == 2 and "无权执行此操作" in err and "自助终端" in err
    code, _, err = with_admin(
        "records", "delete", "iv-x", "--yes", "--user", "李雷", pins=("2222",)
    )
    assert code == 2 and "无权" in err
    assert with_admin("audit", "verify", "--user", "李雷", pins=("2222",))[0] == 0


def test_passwd_own_and_by_admin(with_admin: Run) -> None:
    _as_admin(with_admin, "users", "add", "李雷", "--role", "interviewer", pins=("2222",))
    code, out, _ = with_admin("users", "passwd", "李雷", pins=("2222", "3333"))
    assert code == 0 and "已修改 “李雷” 的 PIN" in out
    code, _, err = with_admin("users", "passwd", "王芳", "--user", "李雷", pins=("3333", "4444"))
    assert code == 2 and "无权" in err
    assert _as_admin(with_admin, "users", "passwd", "李雷", pins=("5555",))[0] == 0
    assert with_admin("users", "list", "--user", "李雷", pins=("5555",))[0] == 2  # 无权, not PIN


def test_remove_user_and_last_admin(with_admin: Run) -> None:
    _as_admin(with_admin, "users", "add", "李雷", "--role", "kiosk", pins=("2222",))
    code, out, _ = _as_admin(with_admin, "users", "remove", "李雷")
    assert code == 0 and "已删除用户 “李雷”" in out
    code, _, err = _as_admin(with_admin, "users", "remove", "王芳")
    assert code == 2 and "最后一个管理员" in err


def test_audit_verify_reports_tampering(with_admin: Run, tmp_path: Path) -> None:
    _as_admin(with_admin, "users", "add", "李雷", "--role", "kiosk", pins=("2222",))
    code, out, _ = _as_admin(with_admin, "audit", "verify")
    assert code == 0 and "审计日志完整" in out
    db = open_db(tmp_path / "admin.db")
    db.execute("UPDATE audit SET actor = '某人' WHERE seq = 2")
    db.close()
    code, _, err = _as_admin(with_admin, "audit", "verify")
    assert code == 2 and "第 2 条" in err and "内容被篡改" in err


def test_roster_import_and_code_issue(with_admin: Run, tmp_path: Path, hr_public_key) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8-sig")
    code, out, err = _as_admin(with_admin, "roster", "import", str(roster))
    assert code == 2 and "第 3 行：入职日期“2024-13-01”无法识别" in err
    assert "共 2 行：导入 1 行，1 行有问题未导入" in out
    _as_admin(with_admin, "users", "add", "李雷", "--role", "interviewer", pins=("2222",))
    code, out, _ = with_admin("code", "issue", "E1001", "--user", "李雷", pins=("2222",))
    assert code == 0 and "面谈码：" in out and "只能使用一次" in out
    issued = out.split("面谈码：")[1].split()[0]
    db = open_db(tmp_path / "admin.db")
    assert redeem_code(db, issued)["department"] == "研发部"
    db.close()
    code, _, err = with_admin("code", "issue", "E9999", "--user", "李雷", pins=("2222",))
    assert code == 2 and "名册中没有这个工号" in err


def test_roster_import_needs_the_public_key(with_admin: Run, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    code, _, err = _as_admin(with_admin, "roster", "import", str(roster))
    assert code == 2 and "找不到 HR 公钥" in err


def test_records_show_and_delete(
    kiosk, recorder, db_path: Path, hr_identity_file, monkeypatch: pytest.MonkeyPatch, cli: Run
) -> None:
    session = kiosk.run(["薪水太低，金丝雀0badc0de"], level="full", finish=False)
    iid = session.state.interview_id
    recorder.close()
    assert cli("users", "add", "王芳", pins=(ADMIN_PIN,), db=db_path)[0] == 0
    code, out, _ = cli("records", "show", iid, "--user", "王芳", pins=(ADMIN_PIN,), db=db_path)
    assert code == 0 and iid in out and "研发部" in out and "金丝雀" not in out
    identity, passphrase = hr_identity_file
    monkeypatch.setenv("EXIT_INTERVIEW_PASSPHRASE", passphrase)
    argv = ("records", "show", iid, "--identity", str(identity), "--user", "王芳")
    code, out, _ = cli(*argv, pins=(ADMIN_PIN,), db=db_path)
    assert code == 0 and "金丝雀0badc0de" in out
    code, out, _ = cli(
        "records", "delete", iid, "--yes", "--user", "王芳", pins=(ADMIN_PIN,), db=db_path
    )
    assert code == 0 and f"已删除面谈 {iid}" in out
    code, _, err = cli("records", "show", iid, "--user", "王芳", pins=(ADMIN_PIN,), db=db_path)
    assert code == 2 and "找不到面谈" in err
    db = open_db(db_path)
    logged = [(e["action"], e["interview_id"], e["detail_json"]) for e in audit.entries(db)]
    db.close()
    assert ("records.delete", iid, '{"outcome":"deleted","request":"erasure"}') in logged
    assert all("金丝雀" not in str(entry) for entry in logged)


def test_purge_dry_run_and_run(with_admin: Run) -> None:
    code, out, _ = _as_admin(with_admin, "purge", "--dry-run")
    assert code == 0 and "0 次" in out and "730 天" in out
    code, out, _ = _as_admin(with_admin, "purge")
    assert code == 0 and "已按保留期限（730 天）删除 0 次面谈" in out
