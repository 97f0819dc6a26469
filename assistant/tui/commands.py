"""CLI commands of the terminal front ends: `kiosk`, `interview` and `serve` (browser)."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

from assistant.config import add_common_arguments
from assistant.i18n import t

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `kiosk`, `interview` and `serve`; Textual is imported only when one runs."""
    kiosk = subparsers.add_parser("kiosk", help=t("tui.cmd.kiosk"))
    _add_bank(kiosk)
    kiosk.set_defaults(handler=run_kiosk)

    interview = subparsers.add_parser("interview", help=t("tui.cmd.interview"))
    _add_bank(interview)
    interview.set_defaults(handler=run_interview)

    serve = subparsers.add_parser("serve", help=t("tui.cmd.serve"))
    serve.add_argument("--host", default="127.0.0.1", help=t("tui.cmd.host"))
    serve.add_argument("--port", type=int, default=8000, help=t("tui.cmd.port"))
    _add_bank(serve)
    serve.set_defaults(handler=run_serve)


def _add_bank(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bank", type=Path, help=t("tui.cmd.bank"))
    add_common_arguments(parser)


def run_kiosk(args: argparse.Namespace) -> int:
    """The locked-down kiosk in this terminal."""
    # Textual leaves Ctrl+C/Ctrl+Z as keys unless this is set; the kiosk must never allow it.
    os.environ.pop("TEXTUAL_ALLOW_SIGNALS", None)
    _skip_pandas()
    return _run_app(args, "kiosk")


def _skip_pandas() -> None:
    # sqlite-utils imports pandas when it can (half a second); the kiosk never exports, so
    # mark it absent in this process only. Exports run in their own `exit-interview export`.
    sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]


def run_interview(args: argparse.Namespace) -> int:
    """HR's interviewer console in this terminal."""
    return _run_app(args, "interviewer")


def _run_app(args: argparse.Namespace, mode: str) -> int:
    from assistant.config import load_config
    from assistant.services import build_services
    from assistant.tui.app import create_app

    services = build_services(load_config(args), args.bank)
    try:
        app = create_app(services, mode)  # type: ignore[arg-type]
        app.run()
    finally:
        services.close()
    return app.return_code or 0


def run_serve(args: argparse.Namespace) -> int:
    """The kiosk in a browser via textual-serve: each page load runs its own kiosk process."""
    from textual_serve.server import Server

    if args.host not in LOOPBACK:
        print(t("tui.cmd.public_warning", host=args.host), file=sys.stderr)
    _make_importable()
    server = Server(serve_command(args), host=args.host, port=args.port, title=t("tui.title"))
    server.serve()
    return 0


def serve_command(args: argparse.Namespace) -> str:
    """The shell command textual-serve runs per browser session (same factory, kiosk mode)."""
    parts = [sys.executable, "-m", "assistant.tui.serve_entry"]
    for flag in ("db", "config", "bank"):
        value = getattr(args, flag, None)
        if value is not None:
            parts += [f"--{flag}", str(Path(value).resolve())]
    return shlex.join(parts)


def _make_importable() -> None:
    # The child process may start in any directory; make sure it finds this package.
    root = str(Path(__file__).resolve().parents[2])
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])
    os.environ.pop("TEXTUAL_ALLOW_SIGNALS", None)
