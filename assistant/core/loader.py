"""YAML loading that keeps line numbers and catches duplicate keys and YAML 1.1 surprises."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.problems import Problem
from assistant.i18n import t

Path_ = tuple[str | int, ...]

# Plain scalars a YAML 1.1 reader (PyYAML, many tools) turns into booleans.
_YAML11_BOOLS = re.compile(r"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
# Leading-zero integers are octal in YAML 1.1 (012 → 10), decimal in 1.2; sexagesimal 1:30 too.
_YAML11_NUMBERS = re.compile(r"^[-+]?0[0-9_]+$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+$")


@dataclass
class LoadedYaml:
    """Plain Python data from a YAML file plus the line of every node, by path."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int | None:
        """Line of the deepest known node on `path` (1-based)."""
        for cut in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:cut]))
            if line is not None:
                return line
        return None


def load_yaml(file: Path, text: str | None = None) -> LoadedYaml:
    """Parse YAML text into data with positions; syntax errors become problems.

    Composition uses libyaml (PyYAML's C loader) for speed; we build values ourselves from the
    node tree, so duplicate keys and YAML 1.1 look-alikes are reported instead of silently kept.
    """
    import yaml

    source = text if text is not None else file.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(source, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = mark.line + 1 if mark else None
        detail = error.problem or str(error)
        return LoadedYaml(None, problems=[_problem(file, line, "yaml", "yaml_syntax", detail)])
    except yaml.YAMLError as error:
        return LoadedYaml(None, problems=[_problem(file, None, "yaml", "yaml_syntax", str(error))])
    loaded = LoadedYaml(None)
    loaded.data = _build(root, (), file, loaded) if root is not None else None
    return loaded


def _problem(file: Path, line: int | None, code: str, key: str, detail: str) -> Problem:
    return Problem(file, line, code, t(f"validate.{key}", detail=detail))


def _build(node: Any, path: Path_, file: Path, out: LoadedYaml) -> Any:
    out.lines[path] = node.start_mark.line + 1
    kind = type(node).__name__
    if kind == "MappingNode":
        return _build_mapping(node, path, file, out)
    if kind == "SequenceNode":
        return [_build(item, (*path, i), file, out) for i, item in enumerate(node.value)]
    return _build_scalar(node, file, out)


def _build_mapping(node: Any, path: Path_, file: Path, out: LoadedYaml) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = str(_build_scalar(key_node, file, out))
        if key in result:
            line = key_node.start_mark.line + 1
            out.problems.append(
                Problem(file, line, "duplicate-key", t("validate.duplicate_key", key=key))
            )
            continue
        result[key] = _build(value_node, (*path, key), file, out)
    return result


def _build_scalar(node: Any, file: Path, out: LoadedYaml) -> Any:
    text: str = node.value
    tag = str(node.tag)
    plain = not node.style  # libyaml reports "" for plain scalars, the pure loader None
    if plain and _flag_yaml11(text, node.start_mark.line + 1, file, out):
        return text  # reported once; keeping the text avoids a cascade of schema errors
    return _convert(text, tag)


def _flag_yaml11(text: str, line: int, file: Path, out: LoadedYaml) -> bool:
    """Report a plain scalar that YAML 1.1 readers would turn into a bool or an octal."""
    if _YAML11_BOOLS.match(text):
        meaning = "true" if text.lower() in {"y", "yes", "on"} else "false"
    elif _YAML11_NUMBERS.match(text):
        meaning = "八进制或六十进制数字"
    else:
        return False
    message = t("validate.yaml11", text=text, meaning=meaning)
    out.problems.append(Problem(file, line, "yaml11", message))
    return True


def _convert(text: str, tag: str) -> Any:
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return text.lower() == "true"
    if tag.endswith(":int"):
        return _to_int(text)
    if tag.endswith(":float"):
        return _to_float(text)
    return text


def _to_int(text: str) -> int | str:
    try:
        return int(text.replace("_", ""), 0) if not re.match(r"^[-+]?0\d", text) else int(text)
    except ValueError:
        return text


def _to_float(text: str) -> float | str:
    lowered = text.lower()
    if lowered in {".inf", "+.inf"}:
        return float("inf")
    if lowered == "-.inf":
        return float("-inf")
    if lowered == ".nan":
        return float("nan")
    try:
        return float(text.replace("_", ""))
    except ValueError:
        return text
