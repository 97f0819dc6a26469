"""Loud bank validation: schema, graph and codebook checks, each problem with file and line."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.coding.codebook import Codebook, load_codebook
from assistant.core.bank import Bank, BranchNode, EndNode, OpenNode, successors
from assistant.core.conditions import codes_in, nodes_in
from assistant.core.graph import cycles_without_exit, reachable
from assistant.core.loader import LoadedYaml, load_yaml
from assistant.core.problems import BankError, Problem
from assistant.i18n import t

# Characters whose width differs between CJK and Western terminals (East Asian "Ambiguous").
AMBIGUOUS_HINT = "……、——、“ ”、‘ ’"


def load_bank(path: Path, codebook: Codebook | None = None) -> Bank:
    """Load and fully validate a bank; raise BankError listing every error."""
    bank, problems = check_bank(path, codebook)
    errors = [p for p in problems if p.severity == "error"]
    if errors or bank is None:
        raise BankError(errors)
    return bank


def check_bank(path: Path, codebook: Codebook | None = None) -> tuple[Bank | None, list[Problem]]:
    """Validate a bank file; return the bank (if it parsed) and every problem found."""
    path = Path(path)
    if not path.is_file():
        return None, [Problem(path, None, "file", t("validate.file_missing"))]
    loaded = load_yaml(path)
    problems = list(loaded.problems)
    if loaded.data is None and problems:
        return None, problems
    problems += list(_width_warnings(loaded, path))
    bank = _parse(loaded, path, problems)
    if bank is not None:
        problems += check_graph(bank, loaded, path, codebook or load_codebook())
    return bank, sorted(problems, key=lambda p: (p.severity != "error", p.line or 0))


def _parse(loaded: LoadedYaml, path: Path, problems: list[Problem]) -> Bank | None:
    if not isinstance(loaded.data, dict):
        problems.append(Problem(path, 1, "schema", t("validate.not_mapping")))
        return None
    try:
        return Bank.model_validate(loaded.data)
    except ValidationError as error:
        found = [_schema_problem(e, loaded, path) for e in error.errors()]
        problems += list(dict.fromkeys(found))
        return None


def _schema_problem(error: Any, loaded: LoadedYaml, path: Path) -> Problem:
    data_path = _data_path(loaded.data, error["loc"])
    field = ".".join(str(p) for p in data_path) or "（顶层）"
    message = t("validate.schema", field=field, detail=_explain(error))
    return Problem(path, loaded.line_of(data_path), "schema", message)


def _explain(error: Any) -> str:
    """pydantic's error, in Chinese where we know the kind; its own text otherwise."""
    context = {k: _short(v) for k, v in (error.get("ctx") or {}).items()}
    template = t(f"pydantic.{error['type']}")
    if template == f"pydantic.{error['type']}":
        return str(error["msg"])
    try:
        return template.format(**context, input=_short(error.get("input")))
    except (KeyError, IndexError):
        return template


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 100 else text[:100] + "…"


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Drop pydantic's union-tag steps so the path can be looked up in the YAML."""
    path: list[str | int] = []
    for step in loc:
        if (isinstance(data, dict) and step in data) or (
            isinstance(data, list) and isinstance(step, int) and step < len(data)
        ):
            data = data[step]
        else:
            continue
        path.append(step)
    return tuple(path)


def _width_warnings(loaded: LoadedYaml, path: Path) -> Iterator[Problem]:
    for data_path, value in _strings(loaded.data, ()):
        found = sorted({c for c in value if _is_ambiguous(c)})
        if found:
            message = t("validate.ambiguous_width", chars="".join(found))
            yield Problem(path, loaded.line_of(data_path), "width", message, "warning")


def _is_ambiguous(char: str) -> bool:
    return ord(char) > 0x7F and unicodedata.east_asian_width(char) == "A"


def _strings(data: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))


def check_graph(bank: Bank, loaded: LoadedYaml, path: Path, codebook: Codebook) -> list[Problem]:
    """Duplicate ids, dangling targets, dead ends, unreachable nodes, exitless cycles, codes."""
    lines = {n.id: loaded.line_of(("nodes", i)) for i, n in reversed(list(enumerate(bank.nodes)))}
    problems = list(_duplicates(bank, loaded, path))
    problems += list(_targets(bank, lines, path))
    problems += list(_codes(bank, lines, path, codebook))
    if not any(isinstance(n, EndNode) for n in bank.nodes):
        problems.append(Problem(path, None, "no-end", t("validate.no_end")))
    if bank.start not in bank.by_id:
        line = loaded.line_of(("start",))
        problems.append(Problem(path, line, "start", t("validate.no_start", start=bank.start)))
        return problems
    problems += list(_reachability(bank, lines, path))
    return problems


def _duplicates(bank: Bank, loaded: LoadedYaml, path: Path) -> Iterator[Problem]:
    first: dict[str, int | None] = {}
    for index, node in enumerate(bank.nodes):
        line = loaded.line_of(("nodes", index))
        if node.id in first:
            message = t("validate.duplicate_id", id=node.id, first=first[node.id])
            yield Problem(path, line, "duplicate-id", message)
        else:
            first[node.id] = line


def _targets(bank: Bank, lines: dict[str, int | None], path: Path) -> Iterator[Problem]:
    for node in bank.by_id.values():
        for target in successors(node):
            if target not in bank.by_id:
                message = t("validate.unknown_target", node=node.id, target=target)
                yield Problem(path, lines[node.id], "unknown-target", message)
        if not successors(node) and not isinstance(node, EndNode):
            yield Problem(path, lines[node.id], "dead-end", t("validate.dead_end", node=node.id))


def _codes(
    bank: Bank, lines: dict[str, int | None], path: Path, codebook: Codebook
) -> Iterator[Problem]:
    for node in bank.by_id.values():
        for key, where in _mentioned_codes(node, codebook):
            if key not in codebook.all_keys or (where == "probes" and key in codebook.flag_keys):
                message = t("validate.unknown_code", key=key, where=f"{node.id}.{where}")
                yield Problem(path, lines[node.id], "unknown-code", message)
        for ref in _mentioned_nodes(node):
            if ref not in bank.by_id:
                message = t("validate.unknown_node_ref", node=ref)
                yield Problem(path, lines[node.id], "unknown-target", message)


def _mentioned_codes(node: Any, codebook: Codebook) -> Iterator[tuple[str, str]]:
    if isinstance(node, OpenNode):
        yield from ((key, "probes") for key in node.probes)
    if isinstance(node, BranchNode):
        for case in node.cases:
            yield from ((key, "cases") for key in codes_in(case.when))


def _mentioned_nodes(node: Any) -> Iterator[str]:
    if isinstance(node, BranchNode):
        for case in node.cases:
            yield from nodes_in(case.when)


def _reachability(bank: Bank, lines: dict[str, int | None], path: Path) -> Iterator[Problem]:
    graph = {n.id: [s for s in successors(n) if s in bank.by_id] for n in bank.by_id.values()}
    seen = reachable(graph, bank.start)
    for node_id in graph:
        if node_id not in seen:
            yield Problem(
                path, lines[node_id], "unreachable", t("validate.unreachable", node=node_id)
            )
    for cycle in cycles_without_exit(graph):
        names = "、".join(cycle)
        yield Problem(path, lines[cycle[0]], "cycle", t("validate.cycle", nodes=names))
