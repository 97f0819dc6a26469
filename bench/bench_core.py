"""Bench: bank validation on a generated 2,000-node bank and engine step latency on 200 nodes.

Prints figures; the baseline in the same run is parsing the same YAML with PyYAML's C loader
(the floor for any YAML-based validator) and a no-op step (copying the state).
Run: python bench/bench_core.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from assistant.coding.codebook import load_codebook
from assistant.core.engine import step
from assistant.core.inputs import Answer, GiveConsent, Skip, Start, Tags
from assistant.core.state import initial_state
from assistant.core.tags import Tag, TagResult
from assistant.core.validation import check_bank, load_bank

REASONS = ["pay", "workload", "manager", "career"]


def generate_bank(nodes: int) -> str:
    """A linear-with-branches bank of `nodes` nodes mixing every node type."""
    lines = ["id: bench", 'version: "1"', "title: 基准题库", 'codebook_version: "1"', "start: n0"]
    lines.append("nodes:")
    for i in range(nodes - 1):
        lines += _node(i)
    lines += [f"  - id: n{nodes - 1}", "    type: end", "    text: 谢谢您的时间。"]
    return "\n".join(lines) + "\n"


def _node(i: int) -> list[str]:
    head = [f"  - id: n{i}"]
    kind = i % 4
    if kind == 0:
        probe = REASONS[i % len(REASONS)]
        return [
            *head,
            "    type: open",
            f"    text: 第 {i} 题：能说说您的想法吗？",
            "    probes:",
            f"      {probe}: 能具体说说吗？",
            f"    next: n{i + 1}",
        ]
    if kind == 1:
        return [
            *head,
            "    type: scale",
            f"    text: 第 {i} 题：满意程度？",
            "    labels: [很不满意, 不太满意, 一般, 比较满意, 很满意]",
            f"    next: n{i + 1}",
        ]
    if kind == 2:
        return [
            *head,
            "    type: choice",
            f"    text: 第 {i} 题：会留下吗？",
            "    options:",
            "      - {code: 1, label: 会}",
            "      - {code: 2, label: 不会}",
            f"    next: n{i + 1}",
        ]
    return [
        *head,
        "    type: branch",
        "    cases:",
        f"      - when: {{answer: {{node: n{i - 1}, in: [1]}}}}",
        f"        next: n{i + 1}",
        f"    default: n{i + 1}",
    ]


def time_validation(path: Path, repeats: int = 3) -> float:
    """Best wall time of a full validation (parse, schema, graph, codebook)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        bank, problems = check_bank(path)
        best = min(best, time.perf_counter() - start)
        assert bank is not None and not [p for p in problems if p.severity == "error"]
    return best


def time_pyyaml(path: Path, repeats: int = 3) -> float | None:
    """Best time to merely parse the file with libyaml, if PyYAML is installed."""
    try:
        import yaml
    except ImportError:
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = path.read_text(encoding="utf-8")
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        yaml.load(text, Loader=loader)
        best = min(best, time.perf_counter() - start)
    return best


def step_latencies(path: Path) -> tuple[list[float], list[float]]:
    """Per-step times through a whole interview, and a state-copy baseline."""
    bank = load_bank(path)
    codebook = load_codebook()
    state, _ = step(initial_state(bank, codebook), Start("iv-bench"))
    state, _ = step(state, GiveConsent("coded"))
    times: list[float] = []
    baseline: list[float] = []
    result = TagResult(reasons=(Tag(key="pay", confidence=0.9),))
    while not state.finished:
        command = _command_for(state, result)
        start = time.perf_counter()
        state, _ = step(state, command)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        replace(state, seq=state.seq)
        baseline.append(time.perf_counter() - start)
    return times, baseline


def _command_for(state, result):  # type: ignore[no-untyped-def]
    if state.phase == "tagging":
        return Tags(state.pending_seq, result)
    current = state.current
    if current.step in ("probe", "confirm"):
        return Skip()
    if current.options:
        return Answer(value=1)
    return Answer(text="工资太低，加班太多。")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100)."""
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "bank2000.yaml"
        big.write_text(generate_bank(2000), encoding="utf-8")
        small = Path(folder) / "bank200.yaml"
        small.write_text(generate_bank(200), encoding="utf-8")
        ours = time_validation(big)
        floor = time_pyyaml(big)
        print(f"validate 2,000-node bank: {ours * 1000:.0f} ms (target < 1000 ms)")
        if floor is not None:
            print(
                f"  baseline, libyaml parse only: {floor * 1000:.0f} ms  ratio {ours / floor:.1f}x"
            )
        times, baseline = step_latencies(small)
        print(f"engine step, 200-node bank, {len(times)} steps:")
        print(
            f"  p50 {percentile(times, 50) * 1e3:.3f} ms  p99 {percentile(times, 99) * 1e3:.3f} ms"
        )
        print(
            f"  baseline state copy p99 {percentile(baseline, 99) * 1e3:.4f} ms (target p99 < 1 ms)"
        )


if __name__ == "__main__":
    main()
