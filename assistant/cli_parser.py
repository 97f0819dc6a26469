"""An argparse parser that speaks Chinese: headings, usage, help flag and error messages."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

# argparse builds its fixed sentences with gettext; these are the ones a user meets.
_ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选项 %(value)r（可选：%(choices)s）"
    ),
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}


def _translate(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message)


argparse._ = _translate  # type: ignore[attr-defined]  # argparse looks `_` up at call time


class ChineseArgumentParser(argparse.ArgumentParser):
    """ArgumentParser whose every user-facing word is Simplified Chinese."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示帮助并退出")

    def error(self, message: str) -> NoReturn:
        """Usage and a Chinese error line, exit 2 (never a traceback)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{message}\n")
