"""The `exit-interview` command: one argparse tree, each area registers its subcommands."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from assistant.cli_parser import ChineseArgumentParser
from assistant.errors import UserError
from assistant.i18n import t

log = logging.getLogger("assistant")

# Each module exposes `register(subparsers)`; kept light so `--help` stays fast.
COMMAND_MODULES: tuple[str, ...] = (
    "assistant.core.commands",
    "assistant.storage.commands",
    "assistant.nlp.commands",
    "assistant.export.commands",
    "assistant.report.commands",
    "assistant.tui.commands",
)

# The kiosk must draw its welcome screen fast: its commands skip building the whole tree.
FAST_PATHS: dict[str, str] = {
    "kiosk": "assistant.tui.commands",
    "interview": "assistant.tui.commands",
    "serve": "assistant.tui.commands",
}

Handler = Callable[[argparse.Namespace], int]


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The command tree, with every (or the given) area's subcommands registered."""
    parser = ChineseArgumentParser(
        prog="exit-interview",
        description="离职面谈助手：在终端里进行离职面谈、编码与分析。",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="命令", title="命令")
    for name in modules:
        _register_module(name, subparsers)
    return parser


def _modules_for(argv: Sequence[str]) -> Sequence[str]:
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    fast = FAST_PATHS.get(first or "")
    return (fast,) if fast and "-h" not in argv and "--help" not in argv else COMMAND_MODULES


def _register_module(name: str, subparsers: argparse._SubParsersAction) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:  # a real missing dependency, not an area not built yet
            raise
        return
    module.register(subparsers)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, dispatch, and turn every failure into a Chinese message."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_modules_for(argv))
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    return _run(handler, args)


def _run(handler: Handler, args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except UserError as error:
        print(t("cli.error_prefix") + error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # last line of defence: never a traceback, never answer text
        if os.environ.get("EXIT_INTERVIEW_DEBUG"):  # developers only: may show data
            raise
        log.debug("unexpected %s", type(error).__name__, exc_info=False)
        print(t("cli.unexpected", kind=type(error).__name__), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
