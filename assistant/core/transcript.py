"""Plain-text transcript of an interview's events, for rehearsal output and HR review."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from assistant.coding.codebook import Codebook
from assistant.core.events import (
    Answered,
    Asked,
    Classified,
    Confirmed,
    ConsentRecorded,
    Ended,
    Event,
    ForwardDecided,
    Said,
    Skipped,
    Withdrawn,
)
from assistant.core.tags import TagResult
from assistant.i18n import t


def transcript_lines(events: Iterable[Event], codebook: Codebook) -> Iterator[str]:
    """One or more lines per event, in conversation order."""
    asked: dict[tuple[str, str], Asked] = {}
    for event in events:
        if isinstance(event, Asked):
            asked[(event.node_id, event.step)] = event
        yield from _lines(event, asked, codebook)


def _lines(event: Event, asked: dict, codebook: Codebook) -> Iterator[str]:
    speaker = t("transcript.assistant")
    if isinstance(event, Said | Asked) and event.text:
        yield f"{speaker}：{event.text}"
    elif isinstance(event, Answered):
        yield _answer_line(event, asked.get((event.node_id, event.step)))
    elif isinstance(event, Skipped):
        yield f"{t('transcript.employee')}：{t('transcript.skipped')}"
    elif isinstance(event, Classified):
        yield "  " + describe_tags(event.result, codebook)
    else:
        yield from _marker_lines(event, codebook)


def _answer_line(event: Answered, asked: Asked | None) -> str:
    who = t("transcript.employee")
    if event.text is not None:
        return f"{who}：{event.text}" + (t("transcript.capped") if event.capped else "")
    return f"{who}：{_option_labels(event.value, asked)}"


def _option_labels(value: object, asked: Asked | None) -> str:
    codes = value if isinstance(value, tuple) else (value,)
    labels = {o.code: o.label for o in asked.options} if asked else {}
    return "、".join(f"{c} {labels.get(c, '')}".strip() for c in codes)


def describe_tags(result: TagResult, codebook: Codebook) -> str:
    """`〔标签〕薪酬福利 0.95（工资低） 情绪：负面` — what HR sees next to an answer."""
    parts = [_describe(tag.key, tag.confidence, tag.evidence, codebook) for tag in result.reasons]
    parts += [_describe(tag.key, tag.confidence, tag.evidence, codebook) for tag in result.flags]
    body = " · ".join(parts) if parts else t("transcript.no_reason")
    mood = codebook.label(result.sentiment)
    return f"{t('transcript.tags')}{body}  {t('transcript.sentiment')}：{mood}"


def _describe(key: str, confidence: float, evidence: tuple[str, ...], codebook: Codebook) -> str:
    why = f"（{'、'.join(evidence[:3])}）" if evidence else ""
    return f"{codebook.label(key)} {confidence:.2f}{why}"


def _marker_lines(event: Event, codebook: Codebook) -> Iterator[str]:
    if isinstance(event, ConsentRecorded):
        sensitive = t("transcript.sensitive_yes" if event.sensitive else "transcript.sensitive_no")
        yield f"  {t('transcript.consent')}{t(f'consent.{event.level}')}，{sensitive}"
    elif isinstance(event, Confirmed):
        keys = (*event.reasons, *event.flags)
        yield "  " + (
            t("transcript.confirmed") + codebook.labels_of(keys)
            if keys
            else t("transcript.confirmed_none")
        )
    elif isinstance(event, ForwardDecided):
        yield "  " + t("transcript.forward_yes" if event.forward else "transcript.forward_no")
    elif isinstance(event, Withdrawn):
        yield "  " + t("transcript.withdrawn")
    elif isinstance(event, Ended) and not event.completed:
        yield "  " + t("transcript.ended_early")
