"""CLI commands of the conversation core: `validate` and `rehearse`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.config import add_common_arguments
from assistant.errors import UserError
from assistant.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `validate` and `rehearse`."""
    validate = subparsers.add_parser("validate", help="校验题库文件")
    validate.add_argument("banks", nargs="+", type=Path, metavar="BANK", help="题库 YAML 文件")
    validate.set_defaults(handler=run_validate)

    rehearse = subparsers.add_parser("rehearse", help="用脚本化的回答演练一次面谈（无界面）")
    rehearse.add_argument("--bank", type=Path, help="题库文件（默认：通用离职面谈题库）")
    rehearse.add_argument("--answers", type=Path, required=True, help="回答列表（YAML 或 JSON）")
    rehearse.add_argument(
        "--consent", choices=["full", "coded", "none"], default=None, help="记录方式（配合 --db）"
    )
    rehearse.add_argument("--no-sensitive", action="store_true", help="不同意保留敏感信息")
    rehearse.add_argument(
        "--profile", type=Path, help="员工档案（YAML/JSON：部门、司龄段、离职类型）"
    )
    rehearse.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_common_arguments(rehearse)
    rehearse.set_defaults(handler=run_rehearse)


def run_validate(args: argparse.Namespace) -> int:
    """Print one line per problem; exit 0 when every bank is valid, 2 otherwise."""
    from assistant.core.validation import check_bank

    errors = warnings = 0
    for path in args.banks:
        bank, problems = check_bank(path)
        for problem in problems:
            print(problem.render())
        errors += sum(p.severity == "error" for p in problems)
        warnings += sum(p.severity == "warning" for p in problems)
        if bank is not None and not any(p.severity == "error" for p in problems):
            print(t("validate.ok", path=path, nodes=len(bank.nodes)))
    summary = "validate.summary_errors" if errors else "validate.summary_ok"
    print(t(summary, errors=errors, warnings=warnings))
    return 2 if errors else 0


def run_rehearse(args: argparse.Namespace) -> int:
    """Play an answers file through the engine and print transcript, tags and coded row."""
    from assistant.coding.codebook import load_codebook
    from assistant.coding.coder import code_interview
    from assistant.core.ids import new_interview_id
    from assistant.core.transcript import transcript_lines
    from assistant.rehearse import rehearse

    codebook = load_codebook()
    bank = _load_bank(args.bank)
    script = _load_script(args.answers)
    profile = _load_profile(args.profile)
    tagger, tagger_name = load_tagger()
    with _sink(args) as sink:
        result = rehearse(
            bank,
            codebook,
            script,
            tagger,
            interview_id=new_interview_id(),
            consent=args.consent or "full",
            sensitive=not args.no_sensitive,
            profile=profile,
            sink=sink,
        )
    row = code_interview(result.events, codebook)
    lines = list(transcript_lines(result.events, codebook))
    _print_rehearsal(args, bank, tagger_name, lines, row)
    return 0


def _print_rehearsal(
    args: argparse.Namespace, bank: Any, tagger_name: str, lines: list[str], row: dict
) -> None:
    if args.json:
        out = {"bank": bank.id, "classifier": tagger_name, "transcript": lines, "coded_row": row}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
        return
    print(t("rehearse.title", bank=bank.id, title=bank.title))
    print(t("rehearse.classifier", name=tagger_name))
    print()
    print("\n".join(lines))
    print()
    print(f"== {t('transcript.coded_row')} ==")
    width = max(len(k) for k in row)
    for key, value in row.items():
        print(f"{key.ljust(width)}  {'' if value is None else value}")


def load_tagger() -> tuple[Any, str]:
    """The tagger every front end uses (model, else lexicon), with a printed warning if any."""
    from assistant.services import load_default_tagger

    tagger = load_default_tagger()
    warning = getattr(tagger, "warning", None)
    if warning:
        print(warning, file=sys.stderr)
    return tagger, getattr(tagger, "name", type(tagger).__name__)


def _load_bank(path: Path | None) -> Any:
    from assistant.core.problems import BankError
    from assistant.core.validation import load_bank
    from assistant.paths import default_bank_path

    bank_path = path or default_bank_path()
    try:
        return load_bank(bank_path)
    except BankError as error:
        details = "\n".join(p.render() for p in error.problems)
        raise UserError(t("cli.bank_invalid", path=bank_path) + "\n" + details) from None


def _load_script(path: Path) -> list[Any]:
    from assistant.rehearse import ScriptItem

    data = _read_data(path)
    if not isinstance(data, list):
        raise UserError(t("cli.answers_invalid", detail="顶层必须是列表"))
    try:
        return [ScriptItem.parse(item) for item in data]
    except ValueError as error:
        raise UserError(t("cli.answers_invalid", detail=str(error))) from None


def _load_profile(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    data = _read_data(path)
    if not isinstance(data, dict):
        raise UserError(t("cli.answers_invalid", detail="档案必须是映射"))
    return {str(k): str(v) for k, v in data.items()}


def _read_data(path: Path) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        text = path.read_text(encoding="utf-8")
        return YAML(typ="safe", pure=True).load(text)  # JSON is YAML 1.2
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(t("cli.answers_invalid", detail=f"{path}: {error}")) from None
    except YAMLError as error:
        raise UserError(t("cli.answers_invalid", detail=f"{path}: {error}")) from None


class _NullSink:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _sink(args: argparse.Namespace) -> Any:
    """Record through the store (same consent boundary as the kiosk) when --db is given."""
    if not args.db and not args.config:
        return _NullSink()
    from assistant.config import load_config
    from assistant.storage.recorder import open_recorder

    return open_recorder(load_config(args))
