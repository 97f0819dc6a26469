"""CLI commands of the store: `keys init`, `backup`, `restore`, `reindex` (and admin ones)."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from assistant.config import add_common_arguments, load_config
from assistant.errors import UserError
from assistant.i18n import t

PASSPHRASE_ENV = "EXIT_INTERVIEW_PASSPHRASE"
DEFAULT_IDENTITY = Path("hr_identity.age")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `keys init`, `backup`, `restore` and `reindex`, then the admin commands if present."""
    keys = subparsers.add_parser("keys", help="管理人力资源部的加密密钥")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="操作")
    init = key_commands.add_parser("init", help="生成密钥对（私钥用口令保护）")
    init.add_argument("--out", type=Path, default=DEFAULT_IDENTITY, help="私钥文件（默认当前目录）")
    init.add_argument("--force", action="store_true", help="覆盖已有的公钥文件")
    add_common_arguments(init)
    init.set_defaults(handler=run_keys_init)

    backup = subparsers.add_parser("backup", help="备份数据库到两个配置的位置（带校验）")
    add_common_arguments(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help="校验并恢复备份，重新执行所有撤回")
    restore.add_argument("file", type=Path, metavar="FILE", help="备份文件")
    add_common_arguments(restore)
    restore.set_defaults(handler=run_restore)

    reindex = subparsers.add_parser("reindex", help="重新生成导出和报告用的编码数据")
    reindex.add_argument("--all", action="store_true", help="全部重新生成（默认只补缺失或过期的）")
    add_common_arguments(reindex)
    reindex.set_defaults(handler=run_reindex)
    _register_admin(subparsers)


def _register_admin(subparsers: argparse._SubParsersAction) -> None:
    name = "assistant.storage.admin_commands"
    try:
        import assistant.storage.admin_commands as admin
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return
    admin.register(subparsers)


def run_keys_init(args: argparse.Namespace) -> int:
    """Create HR's key pair; the kiosk keeps only the public key."""
    from assistant.storage.crypto import generate_keypair

    config = load_config(args)
    public_path, identity_path = config.public_key_path, Path(args.out)
    if public_path.exists() and not args.force:
        raise UserError(t("storage.keys_exists", path=public_path))
    if identity_path.exists():
        raise UserError(t("storage.identity_exists", path=identity_path))
    recipient, identity = generate_keypair(_passphrase())
    _write_private(identity_path, identity)
    public_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    public_path.write_text(recipient + "\n", encoding="ascii")
    print(t("storage.keys_created", public=public_path, identity=identity_path))
    print(t("storage.keys_move_identity"))
    return 0


def _passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        value = getpass.getpass(t("storage.passphrase_prompt"))
        if getpass.getpass(t("storage.passphrase_again")) != value:
            raise UserError(t("storage.passphrase_mismatch"))
    if not value:
        raise UserError(t("storage.passphrase_empty"))
    return value


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def run_backup(args: argparse.Namespace) -> int:
    """Two checksummed copies in the configured places."""
    import sqlite3

    from assistant.storage.backup import BackupError, backup, sha256_of
    from assistant.storage.db import open_db

    config = load_config(args)
    try:
        db = open_db(config.db_path)
        try:
            copies = backup(db, config.backup_targets)
        finally:
            db.close()
    except (BackupError, sqlite3.Error, OSError) as error:
        raise UserError(t("storage.backup_failed", detail=_detail(error))) from None
    for path in copies:
        print(t("storage.backup_done", path=path, digest=sha256_of(path)))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Verify, restore, and re-apply every withdrawal."""
    import sqlite3

    from assistant.storage.backup import BackupError, restore

    config = load_config(args)
    try:
        result = restore(args.file, config.db_path)
    except BackupError as error:
        raise UserError(str(error)) from None
    except (sqlite3.Error, OSError) as error:
        raise UserError(t("storage.backup_failed", detail=_detail(error))) from None
    print(t("storage.restore_done", path=args.file, count=result.reapplied))
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    """Recode interviews whose coded rows are missing or out of date (or all with --all)."""
    import sqlite3

    from assistant.storage.coded import program_codebook
    from assistant.storage.db import open_db
    from assistant.storage.repository import Repository

    config = load_config(args)
    if not config.db_path.is_file():
        raise UserError(t("export.no_store", path=config.db_path))
    try:
        db = open_db(config.db_path)  # a database from before coded rows is back-filled here
        try:
            count = Repository(db).refresh_coded(program_codebook(), everything=args.all)
        finally:
            db.close()
    except (sqlite3.Error, OSError) as error:
        raise UserError(t("storage.reindex_failed", detail=_detail(error))) from None
    print(t("storage.reindex_done", count=count))
    return 0


def _detail(error: Exception) -> str:
    return str(error) if isinstance(error, OSError) else type(error).__name__ + f"：{error}"
