"""Question-bank models: a discriminated union of node types validated with pydantic."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.core.conditions import Condition

NodeId = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_]*$", max_length=64)]
Variable = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=32)]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class _NodeBase(_Strict):
    id: NodeId
    text: str = ""
    hint: str = ""  # suggested wording or guidance for the HR interviewer


class SayNode(_NodeBase):
    """A statement; the engine shows it and moves on by itself."""

    type: Literal["say"]
    next: NodeId | None = None


class OpenNode(_NodeBase):
    """A free-text question, with probes per reason, cold start and confirm."""

    type: Literal["open"]
    next: NodeId | None = None
    probes: dict[str, str] = Field(default_factory=dict)
    default_probes: bool = False  # fall back to the codebook's probe for unlisted reasons
    max_probes: int = Field(default=1, ge=0, le=3)
    confirm: bool = True
    cold_start: bool = False
    primary: bool = False  # reasons confirmed here decide the primary reason
    optional: bool = True  # may be skipped; never pressed
    variable: Variable | None = None


class Option(_Strict):
    """One coded answer of a choice question."""

    code: int = Field(ge=0, le=999)
    label: str = Field(min_length=1)


class ChoiceNode(_NodeBase):
    """Single- or multi-select question with coded options."""

    type: Literal["choice"]
    next: NodeId | None = None
    options: tuple[Option, ...] = Field(min_length=2, max_length=9)
    multi: bool = False
    variable: Variable | None = None
    optional: bool = True

    @model_validator(mode="after")
    def _unique_codes(self) -> ChoiceNode:
        codes = [o.code for o in self.options]
        if len(codes) != len(set(codes)):
            raise ValueError("选项编码重复")
        return self


class ScaleNode(_NodeBase):
    """A 1–5 Likert item; labels run from the lowest to the highest point."""

    type: Literal["scale"]
    next: NodeId | None = None
    labels: tuple[str, ...] = Field(min_length=5, max_length=5)
    variable: Variable | None = None
    optional: bool = True

    @property
    def points(self) -> range:
        """The values a person can choose."""
        return range(1, len(self.labels) + 1)


class ConsentNode(_NodeBase):
    """Where the person chooses what is kept; nothing is stored before it."""

    type: Literal["consent"]
    next: NodeId | None = None


class BranchCase(_Strict):
    """Go to `next` when `when` holds."""

    when: Condition
    next: NodeId


class BranchNode(_NodeBase):
    """Routes silently on the first case whose condition holds, else to `default`."""

    type: Literal["branch"]
    cases: tuple[BranchCase, ...] = Field(min_length=1)
    default: NodeId | None = None


class EndNode(_NodeBase):
    """The closing words; the interview ends here."""

    type: Literal["end"]


Node = Annotated[
    SayNode | OpenNode | ChoiceNode | ScaleNode | ConsentNode | BranchNode | EndNode,
    Field(discriminator="type"),
]
AskingNode = OpenNode | ChoiceNode | ScaleNode


class Bank(_Strict):
    """A whole interview script."""

    id: NodeId
    version: str
    title: str
    codebook_version: str
    start: NodeId
    description: str = ""
    taboos: tuple[str, ...] = ()
    nodes: tuple[Node, ...] = Field(min_length=1)

    @cached_property
    def by_id(self) -> dict[str, Node]:
        """Nodes by id (first wins; validation reports duplicates)."""
        table: dict[str, Node] = {}
        for node in self.nodes:
            table.setdefault(node.id, node)
        return table

    def node(self, node_id: str) -> Node:
        """The node with this id."""
        return self.by_id[node_id]

    def asking_nodes(self) -> Iterator[AskingNode]:
        """Nodes that ask the person something, in file order."""
        for node in self.nodes:
            if isinstance(node, OpenNode | ChoiceNode | ScaleNode):
                yield node


def successors(node: Node) -> tuple[str, ...]:
    """Ids a node can lead to."""
    if isinstance(node, BranchNode):
        targets = [case.next for case in node.cases]
        return tuple(targets + ([node.default] if node.default else []))
    if isinstance(node, EndNode):
        return ()
    return (node.next,) if node.next else ()
