"""Admin CLI: users, audit verify, records show/delete, purge, roster import, code issue."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from assistant.config import Config, add_common_arguments, load_config
from assistant.errors import UserError
from assistant.i18n import t

if TYPE_CHECKING:
    import sqlite_utils

    from assistant.storage.users import User

PASSPHRASE_ENV = "EXIT_INTERVIEW_PASSPHRASE"
Handler = Callable[[argparse.Namespace], int]


# ---------------------------------------------------------------- registration


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `users`, `audit`, `records`, `purge`, `roster` and `code`."""
    _register_users(subparsers)
    _register_audit(subparsers)
    _register_records(subparsers)
    _register_purge(subparsers)
    _register_roster(subparsers)
    _register_code(subparsers)


def _auth_arguments(parser: argparse.ArgumentParser) -> None:
    add_common_arguments(parser)
    parser.add_argument("--user", help="执行操作的用户名（需要输入其 PIN）")
    parser.add_argument(
        "--pin-stdin", action="store_true", help="从标准输入逐行读取 PIN（用于脚本，不回显提示）"
    )


def _leaf(
    group: argparse._SubParsersAction, name: str, help_text: str, handler: Handler
) -> argparse.ArgumentParser:
    parser = group.add_parser(name, help=help_text)
    _auth_arguments(parser)
    parser.set_defaults(handler=handler)
    return parser


def _register_users(subparsers: argparse._SubParsersAction) -> None:
    users = subparsers.add_parser("users", help="管理用户、角色和 PIN")
    group = users.add_subparsers(dest="users_command", metavar="操作")
    add = _leaf(group, "add", "添加用户（第一个用户自动成为管理员）", run_users_add)
    add.add_argument("name", metavar="NAME", help="用户名")
    add.add_argument("--role", help="角色：kiosk、interviewer、analyst、admin")
    remove = _leaf(group, "remove", "删除用户", run_users_remove)
    remove.add_argument("name", metavar="NAME", help="用户名")
    passwd = _leaf(group, "passwd", "修改 PIN（本人或管理员）", run_users_passwd)
    passwd.add_argument("name", metavar="NAME", help="用户名")
    _leaf(group, "list", "列出用户", run_users_list)


def _register_audit(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help="审计日志")
    group = audit.add_subparsers(dest="audit_command", metavar="操作")
    _leaf(
        group,
        "verify",
        "校验审计日志的哈希链，报告第一条被篡改、删除或调换的记录",
        run_audit_verify,
    )


def _register_records(subparsers: argparse._SubParsersAction) -> None:
    records = subparsers.add_parser("records", help="查阅或删除单次面谈的记录（个人权利请求）")
    group = records.add_subparsers(dest="records_command", metavar="操作")
    show = _leaf(group, "show", "显示一次面谈的编码结果（可选解密原话）", run_records_show)
    show.add_argument("interview_id", metavar="ID", help="面谈编号，如 iv-3f9c1a7b2e4d")
    show.add_argument("--identity", type=Path, help="HR 私钥文件：提供时解密并显示原话")
    labels = _leaf(
        group, "export-labels", "导出已确认的标注（含解密原话）供重新训练", run_export_labels
    )
    labels.add_argument("--identity", type=Path, required=True, help="HR 私钥文件")
    labels.add_argument("--out", type=Path, required=True, help="输出 JSONL 文件")
    delete = _leaf(group, "delete", "永久删除一次面谈的全部记录", run_records_delete)
    delete.add_argument("interview_id", metavar="ID", help="面谈编号")
    delete.add_argument("--yes", action="store_true", help="不再询问确认")


def _register_purge(subparsers: argparse._SubParsersAction) -> None:
    purge = _leaf(subparsers, "purge", "按保留期限删除过期的面谈和员工名册", run_purge)
    purge.add_argument("--dry-run", action="store_true", help="只统计，不删除")


def _register_roster(subparsers: argparse._SubParsersAction) -> None:
    roster = subparsers.add_parser("roster", help="员工名册")
    group = roster.add_subparsers(dest="roster_command", metavar="操作")
    imp = _leaf(group, "import", "导入员工名册（CSV 或 XLSX）", run_roster_import)
    imp.add_argument("file", type=Path, metavar="FILE", help="名册文件（.csv 或 .xlsx）")


def _register_code(subparsers: argparse._SubParsersAction) -> None:
    code = subparsers.add_parser("code", help="一次性面谈码")
    group = code.add_subparsers(dest="code_command", metavar="操作")
    issue = _leaf(group, "issue", "为一名离职员工生成一次性面谈码", run_code_issue)
    issue.add_argument("employee_number", metavar="EMPLOYEE", help="工号")
    issue.add_argument(
        "--ttl", type=int, help="有效期（分钟，默认取配置 session_code_ttl_minutes）"
    )


# ---------------------------------------------------------------- shared plumbing


@contextlib.contextmanager
def _open(args: argparse.Namespace) -> Iterator[tuple[Config, sqlite_utils.Database]]:
    from assistant.storage.db import open_db

    config = load_config(args)
    db = open_db(config.db_path)
    try:
        yield config, db
    finally:
        db.close()


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    """One PIN: the next stdin line with --pin-stdin (scripts, tests), else a hidden prompt."""
    if getattr(args, "pin_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise UserError(t("admin.auth.no_pin"))
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def _new_pin(args: argparse.Namespace, name: str) -> str:
    from assistant.storage.users import normalize_pin

    pin = normalize_pin(read_secret(args, t("admin.prompt.new_pin", name=name)))
    if not args.pin_stdin and normalize_pin(getpass.getpass(t("admin.prompt.repeat_pin"))) != pin:
        raise UserError(t("admin.users.pin_mismatch"))
    return pin


def login(args: argparse.Namespace, db: sqlite_utils.Database, action: str) -> User:
    """Authenticate --user with a PIN and check the role may do `action`."""
    from assistant.storage import audit
    from assistant.storage.users import authenticate, can

    if not args.user:
        raise UserError(t("admin.auth.user_required"))
    user = authenticate(db, args.user, read_secret(args, t("admin.prompt.pin", name=args.user)))
    if not can(user.role, action):
        audit.append(db, user.name, "auth.denied", detail={"action": action})
        raise UserError(t("admin.auth.denied", name=user.name, role=_role_label(user.role)))
    return user


def _role_label(role: str) -> str:
    return t(f"admin.role.{role}")


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- users


def run_users_add(args: argparse.Namespace) -> int:
    """Add a user; on an empty table the first one becomes admin without logging in."""
    from assistant.storage import audit
    from assistant.storage.users import Role, add_user, has_users, parse_role

    with _open(args) as (_, db):
        if not has_users(db):
            return _add_first_admin(args, db)
        actor = login(args, db, "users.manage")
        if not args.role:
            raise UserError(t("admin.users.role_required"))
        role = parse_role(args.role)
        user = add_user(db, args.name, role, _new_pin(args, args.name))
        audit.append(db, actor.name, "users.add", detail={"user": user.name, "role": role.value})
    print(t("admin.users.added", name=user.name, role=_role_label(Role(role))))
    return 0


def _add_first_admin(args: argparse.Namespace, db: sqlite_utils.Database) -> int:
    from assistant.storage import audit
    from assistant.storage.users import Role, add_user, parse_role

    if args.role and parse_role(args.role) is not Role.ADMIN:
        raise UserError(t("admin.users.first_must_be_admin"))
    user = add_user(db, args.name, Role.ADMIN, _new_pin(args, args.name))
    audit.append(db, user.name, "users.add", detail={"user": user.name, "role": "admin"})
    print(t("admin.users.added_first", name=user.name))
    return 0


def run_users_remove(args: argparse.Namespace) -> int:
    """Remove a user (admins only; never the last admin)."""
    from assistant.storage import audit
    from assistant.storage.users import remove_user

    with _open(args) as (_, db):
        actor = login(args, db, "users.manage")
        remove_user(db, args.name)
        audit.append(db, actor.name, "users.remove", detail={"user": args.name})
    print(t("admin.users.removed", name=args.name))
    return 0


def run_users_passwd(args: argparse.Namespace) -> int:
    """Change a PIN: your own with your current PIN, anyone's as admin (which also unlocks)."""
    from assistant.storage import audit
    from assistant.storage.users import change_pin

    args.user = args.user or args.name
    own = args.user.strip() == args.name.strip()
    with _open(args) as (_, db):
        actor = login(args, db, "users.own_pin" if own else "users.manage")
        change_pin(db, args.name, _new_pin(args, args.name))
        audit.append(db, actor.name, "users.passwd", detail={"user": args.name})
    print(t("admin.users.pin_changed", name=args.name))
    return 0


def run_users_list(args: argparse.Namespace) -> int:
    """Name, role and lock state of every user."""
    from assistant.storage.users import list_users

    with _open(args) as (_, db):
        login(args, db, "users.manage")
        users = list(list_users(db))
    print(t("admin.users.list_header"))
    for user in users:
        print(
            t(
                "admin.users.list_row",
                name=user.name,
                role=_role_label(user.role),
                state=_state(user),
            )
        )
    return 0


def _state(user: User) -> str:
    if (
        user.locked_until
        and datetime.fromisoformat(user.locked_until) > datetime.now().astimezone()
    ):
        return t(
            "admin.users.state_locked", until=_local(datetime.fromisoformat(user.locked_until))
        )
    if user.failed_count:
        return t("admin.users.state_failed", count=user.failed_count)
    return t("admin.users.state_ok")


# ---------------------------------------------------------------- audit


def run_audit_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the chain is intact, 2 with the first bad entry otherwise."""
    from assistant.storage import audit

    with _open(args) as (_, db):
        user = login(args, db, "audit.verify")
        result = audit.verify(db)
        outcome = "ok" if result.ok else result.reason
        audit.append(db, user.name, "audit.verify", detail={"outcome": outcome})
    if not result.ok:
        reason = t(f"admin.audit.reason.{result.reason}")
        print(t("admin.audit.bad", seq=result.first_bad_seq, reason=reason), file=sys.stderr)
        return 2
    print(t("admin.audit.ok", entries=result.entries, head=(result.head_hash or "")[:16]))
    return 0


# ---------------------------------------------------------------- records


def run_records_show(args: argparse.Namespace) -> int:
    """Coded facts of one interview; with --identity also its identity and words."""
    from assistant.storage import audit

    with _open(args) as (_, db):
        user = login(args, db, "records.show")
        row = _interview_row(db, args.interview_id)
        detail = {"outcome": "found" if row else "not_found", "decrypted": bool(args.identity)}
        audit.append(db, user.name, "records.show", args.interview_id, detail)
        if row is None:
            raise UserError(t("admin.records.not_found", id=args.interview_id))
        _print_coded(db, row)
        if args.identity:
            _print_decrypted(db, args)
    return 0


def run_export_labels(args: argparse.Namespace) -> int:
    """Write confirmed, decrypted examples for `exit-interview train --extra-jsonl` (admin)."""
    import json

    from assistant.coding.codebook import load_codebook
    from assistant.export.safe_write import atomic_file
    from assistant.storage import audit, crypto
    from assistant.storage.labels import confirmed_examples
    from assistant.storage.repository import Repository

    with _open(args) as (_, db):
        user = login(args, db, "records.export_labels")
        identity = crypto.unlock(_identity_bytes(args.identity), _passphrase())
        examples = confirmed_examples(Repository(db), identity, load_codebook())
        count = 0
        with atomic_file(args.out) as temp, temp.open("w", encoding="utf-8") as handle:
            for item in examples:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
        audit.append(db, user.name, "records.export_labels", detail={"examples": count})
    print(t("admin.records.labels_written", count=count, path=args.out))
    return 0


def _interview_row(db: sqlite_utils.Database, interview_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM interviews WHERE interview_id = ?", [interview_id]))
    return rows[0] if rows else None


SHOWN_COLUMNS = ("month", "started_at", "ended_at", "department", "tenure_band", "exit_type")
SHOWN_COLUMNS += ("level", "sensitive", "consent_version", "mode", "bank_id", "bank_version")


def _print_coded(db: sqlite_utils.Database, row: dict) -> None:
    from assistant.coding.codebook import load_codebook
    from assistant.coding.coder import code_interview
    from assistant.storage.repository import Repository

    print(t("admin.records.header", id=row["interview_id"]))
    coded = code_interview(Repository(db).events(row["interview_id"]), load_codebook())
    facts = {key: row[key] for key in SHOWN_COLUMNS} | coded
    for key, value in facts.items():
        if value is not None:
            print(t("admin.records.field", key=key, value=value))


def _print_decrypted(db: sqlite_utils.Database, args: argparse.Namespace) -> None:
    from assistant.storage import crypto
    from assistant.storage.repository import Repository

    identity = crypto.unlock(_identity_bytes(args.identity), _passphrase())
    repository = Repository(db)
    cipher = repository.identity_cipher(args.interview_id)
    if cipher:
        print(t("admin.records.field", key="identity", value=_plain(crypto, identity, cipher)))
    rows = db.execute(
        "SELECT seq, cipher FROM verbatims WHERE interview_id = ? ORDER BY seq",
        [args.interview_id],
    ).fetchall()
    print(t("admin.records.verbatims_header") if rows else t("admin.records.no_verbatims"))
    for seq, blob in rows:
        print(t("admin.records.verbatim", seq=seq, text=_plain(crypto, identity, bytes(blob))))


def _plain(crypto: ModuleType, identity: object, cipher: bytes) -> str:
    try:
        return crypto.decrypt_with(identity, cipher).decode("utf-8", "surrogatepass")
    except crypto.CryptoError as error:
        raise UserError(str(error)) from None


def _identity_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise UserError(t("admin.records.identity_missing", path=path)) from None


def _passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value is not None else getpass.getpass(t("admin.prompt.passphrase"))


def run_records_delete(args: argparse.Namespace) -> int:
    """Erase one interview (a deletion request); the outcome is audited either way."""
    from assistant.storage import audit
    from assistant.storage.repository import Repository

    with _open(args) as (_, db):
        user = login(args, db, "records.delete")
        outcome = _delete_outcome(db, args)
        if outcome == "deleted":
            Repository(db).delete_interview(args.interview_id)
        detail = {"outcome": outcome, "request": "erasure"}
        audit.append(db, user.name, "records.delete", args.interview_id, detail)
    if outcome == "not_found":
        raise UserError(t("admin.records.not_found", id=args.interview_id))
    key = "admin.records.deleted" if outcome == "deleted" else "admin.records.delete_cancelled"
    print(t(key, id=args.interview_id))
    return 0


def _delete_outcome(db: sqlite_utils.Database, args: argparse.Namespace) -> str:
    if _interview_row(db, args.interview_id) is None:
        return "not_found"
    if args.yes:
        return "deleted"
    answer = input(t("admin.prompt.confirm_delete", id=args.interview_id))
    return "deleted" if answer.strip().lower() == "yes" else "cancelled"


# ---------------------------------------------------------------- retention


def run_purge(args: argparse.Namespace) -> int:
    """Apply the retention policy (config `retention_days`)."""
    from assistant.storage.retention import expired_interviews, purge_expired, purge_roster

    with _open(args) as (config, db):
        user = login(args, db, "purge")
        days = config.retention_days
        if args.dry_run:
            print(t("admin.purge.dry_run", days=days, count=len(expired_interviews(db, days))))
            return 0
        count = purge_expired(db, days, actor=user.name)
        roster, codes = purge_roster(db, days, actor=user.name)
    print(t("admin.purge.done", days=days, count=count, roster=roster, codes=codes))
    return 0


# ---------------------------------------------------------------- roster and codes


def run_roster_import(args: argparse.Namespace) -> int:
    """Import the roster; bad rows are listed by line, good rows kept (exit 2 if any bad)."""
    from assistant.storage.crypto import load_recipient
    from assistant.storage.roster import import_roster

    with _open(args) as (config, db):
        user = login(args, db, "roster.import")
        recipient = load_recipient(config.public_key_path)
        if recipient is None:
            raise UserError(t("admin.roster.no_public_key", path=config.public_key_path))
        result = import_roster(
            db, args.file, recipient, actor=user.name, pattern=config.employee_number_pattern
        )
    for error in result.errors:
        print(error.render(), file=sys.stderr)
    print(
        t(
            "admin.roster.summary",
            rows=result.rows,
            imported=result.imported,
            rejected=result.rejected_lines,
        )
    )
    return 2 if result.errors else 0


def run_code_issue(args: argparse.Namespace) -> int:
    """Print a one-time session code for an employee in the roster."""
    from datetime import UTC, timedelta

    from assistant.storage.codes import issue_code

    with _open(args) as (config, db):
        user = login(args, db, "code.issue")
        ttl = config.session_code_ttl_minutes if args.ttl is None else args.ttl
        if ttl < 1:
            raise UserError(t("admin.code.bad_ttl"))
        now = datetime.now(UTC)
        code = issue_code(db, args.employee_number, ttl, now, actor=user.name)
    print(t("admin.code.issued", code=code))
    print(t("admin.code.valid_until", until=_local(now + timedelta(minutes=ttl))))
    return 0
