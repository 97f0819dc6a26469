"""Configuration: defaults, an optional TOML file and command-line overrides."""

from __future__ import annotations

import argparse
import os
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import UserError

APP_NAME = "exit-interview"


def default_data_dir() -> Path:
    """The platform's per-user data directory (overridable with EXIT_INTERVIEW_HOME)."""
    override = os.environ.get("EXIT_INTERVIEW_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


class KioskConfig(BaseModel):
    """Kiosk behaviour."""

    model_config = ConfigDict(extra="forbid")

    idle_warning_s: float = 90.0
    idle_reset_s: float = 120.0
    closing_reset_s: float = 20.0
    bank: str | None = None


class Config(BaseModel):
    """Every setting, with the embedded defaults."""

    model_config = ConfigDict(extra="forbid")

    data_dir: Path = Field(default_factory=default_data_dir)
    db: Path | None = None
    public_key: Path | None = None  # HR's age recipient; the kiosk holds only this
    retention_days: int = Field(default=730, ge=1)
    backup_dirs: list[Path] = Field(default_factory=list)
    consent_version: str = "1"
    session_code_ttl_minutes: int = Field(default=24 * 60, ge=1)
    employee_number_pattern: str | None = None
    company_names: list[str] = Field(default_factory=list)
    answer_cap: int = Field(default=10_000, ge=100)
    kiosk: KioskConfig = Field(default_factory=KioskConfig)

    @property
    def db_path(self) -> Path:
        """The interview database file."""
        return self.db or self.data_dir / "interviews.db"

    @property
    def public_key_path(self) -> Path:
        """Where HR's public key (age recipient) is kept."""
        return self.public_key or self.data_dir / "hr_public_key.txt"

    @property
    def backup_targets(self) -> list[Path]:
        """Two backup folders by default, both under the data directory."""
        return self.backup_dirs or [self.data_dir / "backups-a", self.data_dir / "backups-b"]


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """--db and --config for every subcommand that touches the store."""
    parser.add_argument(
        "--db", type=Path, help="数据库文件（默认：本机数据目录下的 interviews.db）"
    )
    parser.add_argument("--config", type=Path, help="配置文件（TOML）")


def load_config(args: argparse.Namespace | None = None) -> Config:
    """Defaults ← EXIT_INTERVIEW_CONFIG or --config file ← --db."""
    path = getattr(args, "config", None) or os.environ.get("EXIT_INTERVIEW_CONFIG")
    data = _read_toml(Path(path)) if path else {}
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        raise UserError(
            f"配置文件有误：{error.errors()[0]['loc']} {error.errors()[0]['msg']}"
        ) from None
    db = getattr(args, "db", None)
    return config.model_copy(update={"db": Path(db)}) if db else config


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"找不到配置文件：{path}") from None
    except tomllib.TOMLDecodeError as error:
        raise UserError(f"配置文件不是有效的 TOML：{path}（{error}）") from None
