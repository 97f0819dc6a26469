"""Atomic output: write beside the target, fsync, then `os.replace`; never a half-written file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import UserError
from assistant.i18n import t


def check_target(path: Path) -> Path:
    """Fail early, in Chinese, when `path` cannot be written at all."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(t("export.no_parent", path=parent))
    if not os.access(parent, os.W_OK):
        raise UserError(t("export.not_writable", path=path, reason="没有写权限"))
    return path


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """Yield a temp path in the target's folder; on success it replaces `path` atomically."""
    path = check_target(path)
    if path.is_dir():
        raise UserError(t("export.is_dir", path=path))
    fd, name = _mkstemp(path)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _fsync_file(temp)
        os.replace(temp, path)
        _fsync_dir(path.parent)
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Yield a temp folder beside `path`; on success it takes the place of `path`."""
    path = check_target(path)
    temp = Path(_call(tempfile.mkdtemp, path, prefix=f".{path.name}.", dir=path.parent))
    try:
        yield temp
        for file in temp.rglob("*"):
            if file.is_file():
                _fsync_file(file)
        _swap_dir(temp, path)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _swap_dir(temp: Path, path: Path) -> None:
    # A folder cannot be replaced in one step; move the old one aside, then drop it.
    old = path.with_name(f".{path.name}.old")
    if path.exists():
        if not path.is_dir():
            raise UserError(t("export.not_writable", path=path, reason="已存在同名文件"))
        shutil.rmtree(old, ignore_errors=True)
        os.replace(path, old)
    os.replace(temp, path)
    shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(path.parent)


def _mkstemp(path: Path) -> tuple[int, str]:
    return _call(tempfile.mkstemp, path, prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


def _call(fn, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return fn(**kwargs)
    except OSError as error:
        raise UserError(t("export.not_writable", path=path, reason=error.strerror)) from None


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Make the rename itself durable; not every platform lets a folder be opened.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
