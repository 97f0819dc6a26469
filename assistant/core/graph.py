"""Small graph algorithms for bank validation: reachability and exitless cycles (Tarjan)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Graph = Mapping[str, Sequence[str]]


def reachable(graph: Graph, start: str) -> set[str]:
    """Every node reachable from `start`, iteratively (deep banks must not hit recursion limits)."""
    seen = {start}
    stack = [start]
    while stack:
        for target in graph.get(stack.pop(), ()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Tarjan's strongly connected components, iterative."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for root in graph:
        if root not in index:
            _tarjan_from(root, graph, index, low, on_stack, stack, components)
    return components


def _tarjan_from(
    root: str,
    graph: Graph,
    index: dict[str, int],
    low: dict[str, int],
    on_stack: set[str],
    stack: list[str],
    components: list[list[str]],
) -> None:
    work: list[tuple[str, int]] = [(root, 0)]
    while work:
        node, child = work.pop()
        if child == 0:
            index[node] = low[node] = len(index)
            stack.append(node)
            on_stack.add(node)
        targets = graph.get(node, ())
        if child < len(targets):
            work.append((node, child + 1))
            target = targets[child]
            if target not in index:
                work.append((target, 0))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
            continue
        if low[node] == index[node]:
            components.append(_pop_component(node, stack, on_stack))
        if work:
            parent = work[-1][0]
            low[parent] = min(low[parent], low[node])


def _pop_component(node: str, stack: list[str], on_stack: set[str]) -> list[str]:
    component: list[str] = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        component.append(member)
        if member == node:
            return component[::-1]


def cycles_without_exit(graph: Graph) -> list[list[str]]:
    """Cycles (components with a loop) that no edge leaves: a person could never finish."""
    trapped = []
    for component in strongly_connected(graph):
        members = set(component)
        looped = len(component) > 1 or component[0] in graph.get(component[0], ())
        leaves = any(t not in members for n in component for t in graph.get(n, ()))
        if looped and not leaves:
            trapped.append(component)
    return trapped
