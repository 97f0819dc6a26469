"""The pure conversation engine: step(state, input) -> (state, events); no I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.core.bank import (
    BranchNode,
    ChoiceNode,
    ConsentNode,
    EndNode,
    Node,
    OpenNode,
    SayNode,
    ScaleNode,
)
from assistant.core.events import (
    Answered,
    Asked,
    Classified,
    Confirmed,
    ConsentRecorded,
    Ended,
    Event,
    ForwardDecided,
    InterviewStarted,
    Jumped,
    LevelLowered,
    NoteAdded,
    PromptOption,
    Rejected,
    Said,
    Skipped,
    WentBack,
    Withdrawn,
)
from assistant.core.inputs import (
    Answer,
    Back,
    Confirm,
    EndEarly,
    GiveConsent,
    Input,
    Jump,
    LowerLevel,
    Note,
    Skip,
    Start,
    Tags,
    Withdraw,
)
from assistant.core.sanitize import clean_answer, clean_text
from assistant.core.state import State, apply
from assistant.i18n import t


@dataclass
class _Out:
    """Collects events and keeps the state folded as they are emitted."""

    state: State
    at: object = None
    events: list[Event] = field(default_factory=list)

    def emit(self, event: Event) -> None:
        self.events.append(event)
        self.state = apply(self.state, event)

    def reject(self, reason: str) -> None:
        self.emit(Rejected(reason=reason, message=t(f"core.{reason}"), at=self.at))


def step(state: State, command: Input) -> tuple[State, list[Event]]:
    """Apply one input; return the new state and the events it produced. Never raises."""
    out = _Out(state, getattr(command, "at", None))
    if state.finished and not isinstance(command, Note):
        out.reject("not_accepting")
    else:
        _HANDLERS[type(command)](out, command)
    return out.state, out.events


# -- Inputs ----------------------------------------------------------------------------


def _start(out: _Out, command: Start) -> None:
    bank = out.state.bank
    if out.state.phase != "new":
        return out.reject("not_accepting")
    out.emit(
        InterviewStarted(
            interview_id=command.interview_id,
            bank_id=bank.id,
            bank_version=bank.version,
            codebook_version=out.state.codebook.version,
            mode=command.mode,
            profile=dict(command.profile),
            at=command.at,
        )
    )
    _goto(out, bank.start)


def _consent(out: _Out, command: GiveConsent) -> None:
    recorded = ConsentRecorded(
        level=command.level,
        sensitive=command.sensitive,
        consent_version=command.consent_version,
        at=command.at,
    )
    current = out.state.current
    out.emit(recorded)
    if current is not None and current.step == "consent" and out.state.phase != "tagging":
        _leave(out, current.node_id)


def _answer(out: _Out, command: Answer) -> None:
    current = out.state.current
    if current is None or out.state.phase == "tagging":
        return out.reject("not_accepting")
    if current.step == "consent":
        return out.reject("consent_required")
    handler = _ANSWER_STEPS[current.step]
    handler(out, current, command)


def _tags(out: _Out, command: Tags) -> None:
    state = out.state
    current = state.current
    if state.pending_seq != command.seq or current is None:
        return  # a late result for an answer we moved past: ignore it
    event = Classified(node_id=current.node_id, seq=command.seq, result=command.result)
    out.emit(event.model_copy(update={"at": command.at}))
    _after_tagging(out, current.node_id)


def _confirm(out: _Out, command: Confirm) -> None:
    current = out.state.current
    node_id = command.node_id or (current.node_id if current else None)
    if node_id is None or node_id not in out.state.bank.by_id:
        return out.reject("not_accepting")
    reasons, flags = _known_codes(out.state, command.reasons, command.flags)
    by = "interviewer" if command.by == "interviewer" else "person"
    out.emit(Confirmed(node_id=node_id, reasons=reasons, flags=flags, by=by, at=command.at))
    if current and current.node_id == node_id and current.step in _CONFIRMING_STEPS:
        _after_confirm(out, node_id, flags)


def _skip(out: _Out, command: Skip) -> None:
    current = out.state.current
    if current is None:
        return out.reject("not_accepting")
    if current.step == "consent":
        return out.reject("consent_required")
    out.emit(Skipped(node_id=current.node_id, step=current.step, at=command.at))
    if current.step == "probe":
        return _confirm_or_cold_start(out, current.node_id)
    _leave(out, current.node_id)


def _back(out: _Out, command: Back) -> None:
    history = out.state.history
    current = out.state.current
    on_main = current is not None and current.step == "main"
    target_index = -2 if on_main else -1
    if len(history) < -target_index:
        return out.reject("back_unavailable")
    target = history[target_index]
    if on_main:
        out.emit(WentBack(node_id=history[-1], at=command.at))
    out.emit(WentBack(node_id=target, at=command.at))
    _goto(out, target)


def _jump(out: _Out, command: Jump) -> None:
    if command.node_id not in out.state.bank.by_id:
        return out.reject("not_accepting")
    out.emit(Jumped(node_id=command.node_id, at=command.at))
    _goto(out, command.node_id)


def _lower(out: _Out, command: LowerLevel) -> None:
    if 1 <= command.seq <= out.state.seq:
        out.emit(LevelLowered(seq=command.seq, level=command.level, at=command.at))


def _note(out: _Out, command: Note) -> None:
    text = clean_text(command.text)
    if text:
        node = out.state.current.node_id if out.state.current else None
        out.emit(NoteAdded(node_id=node, text=text, at=command.at))


def _withdraw(out: _Out, command: Withdraw) -> None:
    out.emit(Withdrawn(at=command.at))


def _end(out: _Out, command: EndEarly) -> None:
    out.emit(Ended(completed=False, at=command.at))


# -- Answers per step --------------------------------------------------------------------


def _answer_main(out: _Out, current: Asked, command: Answer) -> None:
    node = out.state.bank.node(current.node_id)
    if isinstance(node, OpenNode):
        return _answer_text(out, current, command)
    numbers = _coerce_value(current, command.value)
    if numbers is None:
        return out.reject("invalid_option")
    _emit_answer(out, current, value=_codes_of(current, numbers))
    _leave(out, current.node_id)


def _codes_of(current: Asked, numbers: int | tuple[int, ...]) -> int | tuple[int, ...]:
    """Option numbers → the options' stored codes (what exports carry)."""
    if isinstance(numbers, tuple):
        return tuple(int(current.options[n - 1].code) for n in numbers)
    return int(current.options[numbers - 1].code)


def _answer_text(out: _Out, current: Asked, command: Answer) -> None:
    text, capped = clean_answer(command.text or "")
    if not text:
        return out.reject("empty_answer")
    _emit_answer(out, current, text=text, capped=capped)


def _emit_answer(
    out: _Out,
    current: Asked,
    *,
    text: str | None = None,
    value: int | tuple[int, ...] | None = None,
    capped: bool = False,
) -> None:
    out.emit(
        Answered(
            node_id=current.node_id,
            seq=out.state.seq + 1,
            step=current.step,
            reason=current.reason,
            text=text,
            value=value,
            capped=capped,
            at=out.at,
        )
    )


def _answer_cold_start(out: _Out, current: Asked, command: Answer) -> None:
    value = _coerce_value(current, command.value)
    if not isinstance(value, int):
        return out.reject("invalid_option")
    _emit_answer(out, current, value=value)
    group = out.state.node_progress(current.node_id).cold_group
    reasons = out.state.codebook.reasons_in_group(group) if group else ()
    options = tuple(PromptOption(code=k, label=out.state.codebook.label(k)) for k in reasons)
    text = t("core.cold_start_followup")
    _ask(out, current.node_id, "cold_start_detail", text, options, multi=True)


def _answer_confirming(out: _Out, current: Asked, command: Answer) -> None:
    """A numbered answer at a confirm step: option numbers to keep; 0 keeps none."""
    picked = _coerce_value(current, command.value, allow_zero=True)
    if picked is None:
        return out.reject("invalid_option")
    numbers = picked if isinstance(picked, tuple) else (picked,)
    chosen = [current.options[n - 1].code for n in numbers if n > 0]
    codebook = out.state.codebook
    reasons = tuple(str(c) for c in chosen if c in codebook.reason_keys)
    flags = tuple(str(c) for c in chosen if c in codebook.flag_keys)
    _confirm(out, Confirm(reasons=reasons, flags=flags, node_id=current.node_id, at=out.at))


def _answer_forward(out: _Out, current: Asked, command: Answer) -> None:
    value = _coerce_value(current, command.value)
    if value not in (1, 2):
        return out.reject("invalid_option")
    _emit_answer(out, current, value=value)
    flags = out.state.confirmed[current.node_id].flags
    event = ForwardDecided(node_id=current.node_id, flags=flags, forward=value == 1, at=out.at)
    out.emit(event)
    _leave(out, current.node_id)


def _answer_probe(out: _Out, current: Asked, command: Answer) -> None:
    _answer_text(out, current, command)


def _coerce_value(
    current: Asked, value: object, *, allow_zero: bool = False
) -> int | tuple[int, ...] | None:
    """Option codes or 1-based numbers → numbers, or None when they don't fit.

    A value equal to an option's code means that option; otherwise it is read as a number.
    """
    low = 0 if allow_zero else 1
    count = len(current.options)
    items = value if isinstance(value, list | tuple) else (value,)
    if not items or not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        return None
    codes = [o.code for o in current.options]
    numbers = tuple(
        codes.index(v) + 1 if v in codes and current.step == "main" else v for v in items
    )
    if any(not low <= n <= count for n in numbers):
        return None
    if current.multi:
        return tuple(sorted(set(numbers)))
    return numbers[0] if len(numbers) == 1 else None


# -- Moving through the bank -------------------------------------------------------------


def _goto(out: _Out, node_id: str | None) -> None:
    """Enter nodes until one needs the person (or the end); branches and statements pass."""
    budget = len(out.state.bank.nodes) + 1
    while node_id is not None and budget > 0:
        budget -= 1
        node = out.state.bank.by_id.get(node_id)
        if node is None:
            break
        node_id = _enter(out, node)
        if node_id is None:
            return
    out.emit(Ended(completed=False, node_id=node_id, at=out.at))


def _enter(out: _Out, node: Node) -> str | None:
    """Enter one node; return the next id to enter immediately, or None to wait."""
    if isinstance(node, BranchNode):
        return _route(out.state, node)
    if isinstance(node, SayNode):
        out.emit(Said(node_id=node.id, text=node.text, at=out.at))
        return node.next
    if isinstance(node, ConsentNode) and out.state.consent is not None:
        return node.next
    if isinstance(node, EndNode):
        out.emit(Said(node_id=node.id, text=node.text, at=out.at))
        out.emit(Ended(completed=True, node_id=node.id, at=out.at))
        return None
    _ask_node(out, node)
    return None


def _route(state: State, node: BranchNode) -> str | None:
    for case in node.cases:
        if case.when.evaluate(state):
            return case.next
    return node.default


def _ask_node(out: _Out, node: Node) -> None:
    if isinstance(node, ConsentNode):
        return _ask(out, node.id, "consent", node.text)
    if isinstance(node, ChoiceNode):
        options = tuple(PromptOption(code=o.code, label=o.label) for o in node.options)
        return _ask(out, node.id, "main", node.text, options, multi=node.multi)
    if isinstance(node, ScaleNode):
        options = tuple(PromptOption(code=i, label=lab) for i, lab in enumerate(node.labels, 1))
        return _ask(out, node.id, "main", node.text, options)
    _ask(out, node.id, "main", node.text)


def _ask(
    out: _Out,
    node_id: str,
    step: str,
    text: str,
    options: tuple[PromptOption, ...] = (),
    *,
    multi: bool = False,
    reason: str | None = None,
) -> None:
    asked = Asked(
        node_id=node_id, step=step, text=text, options=options, multi=multi, reason=reason
    )
    out.emit(asked.model_copy(update={"at": out.at}))


def _leave(out: _Out, node_id: str) -> None:
    node = out.state.bank.node(node_id)
    if isinstance(node, EndNode):
        return
    _goto(out, getattr(node, "next", None) or _route_default(node))


def _route_default(node: Node) -> str | None:
    return node.default if isinstance(node, BranchNode) else None


# -- Probes, confirm, cold start ---------------------------------------------------------


def _after_tagging(out: _Out, node_id: str) -> None:
    node = out.state.bank.node(node_id)
    if not isinstance(node, OpenNode):
        return _leave(out, node_id)
    probe = _next_probe(out.state, node)
    if probe is None:
        return _confirm_or_cold_start(out, node_id)
    reason, text = probe
    _ask(out, node_id, "probe", text, reason=reason)


def _next_probe(state: State, node: OpenNode) -> tuple[str, str] | None:
    progress = state.node_progress(node.id)
    if len(progress.probed) >= node.max_probes:
        return None
    for reason in progress.reasons:
        if reason in progress.probed:
            continue
        text = node.probes.get(reason)
        if text is None and node.default_probes:
            text = state.codebook.entry(reason).probe  # type: ignore[attr-defined]
        if text:
            return reason, text
    return None


def _confirm_or_cold_start(out: _Out, node_id: str) -> None:
    node = out.state.bank.node(node_id)
    progress = out.state.node_progress(node_id)
    has_codes = bool(progress.reasons or progress.flags)
    if isinstance(node, OpenNode) and node.confirm and has_codes:
        return _ask_confirm(out, node_id, progress.reasons, progress.flags)
    if isinstance(node, OpenNode) and node.cold_start and not progress.reasons:
        return _ask_cold_start(out, node_id)
    _leave(out, node_id)


def _ask_confirm(out: _Out, node_id: str, reasons: tuple[str, ...], flags: tuple[str, ...]) -> None:
    codebook = out.state.codebook
    options = tuple(
        PromptOption(code=k, label=codebook.label(k), selected=True) for k in (*reasons, *flags)
    )
    text = t("core.confirm_prompt", labels=codebook.labels_of(reasons)) if reasons else ""
    if flags:
        text += t("core.confirm_flags", labels=codebook.labels_of(flags))
    _ask(out, node_id, "confirm", text, options, multi=True)


def _ask_cold_start(out: _Out, node_id: str) -> None:
    cold = out.state.codebook.cold_start
    options = tuple(PromptOption(code=i, label=o.label) for i, o in enumerate(cold.options, 1))
    _ask(out, node_id, "cold_start", cold.prompt, options)


def _after_confirm(out: _Out, node_id: str, flags: tuple[str, ...]) -> None:
    if flags and node_id not in out.state.forwarded:
        options = (
            PromptOption(code=1, label=t("core.forward_yes")),
            PromptOption(code=2, label=t("core.forward_no")),
        )
        return _ask(out, node_id, "forward", t("core.forward_prompt"), options)
    _leave(out, node_id)


def _known_codes(
    state: State, reasons: tuple[str, ...], flags: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    codebook = state.codebook
    known_reasons = tuple(dict.fromkeys(r for r in reasons if r in codebook.reason_keys))
    known_flags = tuple(dict.fromkeys(f for f in flags if f in codebook.flag_keys))
    return known_reasons, known_flags


_CONFIRMING_STEPS = ("confirm", "cold_start_detail")

_ANSWER_STEPS = {
    "main": _answer_main,
    "probe": _answer_probe,
    "cold_start": _answer_cold_start,
    "cold_start_detail": _answer_confirming,
    "confirm": _answer_confirming,
    "forward": _answer_forward,
}

_HANDLERS = {
    Start: _start,
    GiveConsent: _consent,
    Answer: _answer,
    Tags: _tags,
    Confirm: _confirm,
    Skip: _skip,
    Back: _back,
    Jump: _jump,
    LowerLevel: _lower,
    Note: _note,
    Withdraw: _withdraw,
    EndEarly: _end,
}
