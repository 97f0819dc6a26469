"""Structured branch conditions (all/any/not over answers, tags, codes, profile) — never eval."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

Scalar = str | int | float | bool


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class ValueTest(_Strict):
    """Comparisons applied to one value; every given comparison must hold."""

    equals: Scalar | None = None
    in_: tuple[Scalar, ...] | None = Field(default=None, alias="in")
    gte: float | None = None
    lte: float | None = None
    answered: bool | None = None

    def holds(self, value: Any) -> bool:
        """Whether `value` (None when absent) passes every comparison given."""
        if self.answered is not None and (value is not None) != self.answered:
            return False
        if value is None:
            return self.answered is False
        return all(check(value) for check in self._checks())

    def _checks(self) -> Iterator[Callable[[Any], bool]]:
        if self.equals is not None:
            yield lambda v: _matches(v, (self.equals,))
        if self.in_ is not None:
            yield lambda v: _matches(v, self.in_ or ())
        if self.gte is not None:
            yield lambda v: _number(v, float("-inf")) >= self.gte
        if self.lte is not None:
            yield lambda v: _number(v, float("inf")) <= self.lte


def _matches(value: Any, accepted: tuple[Scalar, ...]) -> bool:
    items = value if isinstance(value, list | tuple | set | frozenset) else (value,)
    wanted = {str(a) for a in accepted}
    return any(str(item) in wanted for item in items)


def _number(value: Any, fallback: float) -> float:
    """A numeric view of an answer; non-numbers fall on the side that fails the test."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return fallback


class AnswerTest(ValueTest):
    """Test on the answer given at a node (option code(s), scale value or text)."""

    node: str


class ProfileTest(ValueTest):
    """Test on a field of the employee profile (department, tenure_band, exit_type…)."""

    field: str


class Facts(Protocol):
    """What a condition can look at; the interview state provides it."""

    def answer_value(self, node_id: str) -> Any: ...
    def has_tag(self, key: str) -> bool: ...
    def has_confirmed(self, key: str) -> bool: ...
    def profile_value(self, field: str) -> Any: ...


class AnswerCondition(_Strict):
    """True when the answer at a node passes the test."""

    answer: AnswerTest

    def evaluate(self, facts: Facts) -> bool:
        """Check the answer recorded at the node."""
        return self.answer.holds(facts.answer_value(self.answer.node))


class TagCondition(_Strict):
    """True when the classifier tagged this reason or flag anywhere so far."""

    tag: str

    def evaluate(self, facts: Facts) -> bool:
        """Check the tags seen so far."""
        return facts.has_tag(self.tag)


class ConfirmedCondition(_Strict):
    """True when the person confirmed this code."""

    confirmed: str

    def evaluate(self, facts: Facts) -> bool:
        """Check the codes the person confirmed."""
        return facts.has_confirmed(self.confirmed)


class ProfileCondition(_Strict):
    """True when a profile field passes the test."""

    profile: ProfileTest

    def evaluate(self, facts: Facts) -> bool:
        """Check the employee profile."""
        return self.profile.holds(facts.profile_value(self.profile.field))


class AllCondition(_Strict):
    """True when every sub-condition is."""

    all: tuple[Condition, ...] = Field(min_length=1)

    def evaluate(self, facts: Facts) -> bool:
        """Conjunction."""
        return all(c.evaluate(facts) for c in self.all)


class AnyCondition(_Strict):
    """True when at least one sub-condition is."""

    any: tuple[Condition, ...] = Field(min_length=1)

    def evaluate(self, facts: Facts) -> bool:
        """Disjunction."""
        return any(c.evaluate(facts) for c in self.any)


class NotCondition(_Strict):
    """True when the sub-condition is false."""

    not_: Condition = Field(alias="not")

    def evaluate(self, facts: Facts) -> bool:
        """Negation."""
        return not self.not_.evaluate(facts)


Condition = (
    AllCondition
    | AnyCondition
    | NotCondition
    | AnswerCondition
    | TagCondition
    | ConfirmedCondition
    | ProfileCondition
)

for _model in (AllCondition, AnyCondition, NotCondition):
    _model.model_rebuild()


def walk(condition: Condition) -> Iterator[Condition]:
    """Every condition in a tree, depth first (for validation)."""
    yield condition
    children: tuple[Condition, ...] = ()
    if isinstance(condition, AllCondition):
        children = condition.all
    elif isinstance(condition, AnyCondition):
        children = condition.any
    elif isinstance(condition, NotCondition):
        children = (condition.not_,)
    for child in children:
        yield from walk(child)


def codes_in(condition: Condition) -> Iterator[str]:
    """Codebook keys a condition mentions."""
    for part in walk(condition):
        if isinstance(part, TagCondition):
            yield part.tag
        elif isinstance(part, ConfirmedCondition):
            yield part.confirmed


def nodes_in(condition: Condition) -> Iterator[str]:
    """Node ids a condition reads answers from."""
    for part in walk(condition):
        if isinstance(part, AnswerCondition):
            yield part.answer.node
