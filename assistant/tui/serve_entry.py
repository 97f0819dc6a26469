"""What textual-serve runs for each browser session: the kiosk from the same app factory."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.config import add_common_arguments


def main(argv: Sequence[str] | None = None) -> int:
    """Parse --db/--config/--bank and run the kiosk (errors go through the CLI's handler)."""
    from assistant.cli import _run
    from assistant.tui.commands import run_kiosk

    parser = argparse.ArgumentParser(prog="exit-interview-serve-entry")
    parser.add_argument("--bank", type=Path, default=None)
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    return _run(run_kiosk, args)


if __name__ == "__main__":
    sys.exit(main())
