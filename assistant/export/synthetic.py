"""Synthetic interviews driven through the real engine, for tests and benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.coding.codebook import Codebook
from assistant.config import Config
from assistant.core.bank import Bank
from assistant.core.engine import step
from assistant.core.events import Asked, Event
from assistant.core.inputs import (
    Answer,
    Confirm,
    GiveConsent,
    Input,
    Skip,
    Start,
    Tags,
    Withdraw,
)
from assistant.core.state import State, initial_state
from assistant.core.tags import Tag, TagResult

DEPARTMENTS: tuple[str, ...] = ("研发部", "销售部", "生产部", "客服部", "财务部", "人力资源部")
TENURE_BANDS: tuple[str, ...] = ("1年以下", "1-3年", "3-5年", "5年以上")

# One phrase per reason; the fake tagger finds them by substring, like a tiny lexicon.
PHRASES: dict[str, str] = {
    "pay": "工资三年没涨过",
    "career": "在这里看不到发展",
    "manager": "领导总是画饼",
    "workload": "天天加班到十点",
    "appraisal": "绩效考核不透明",
    "training": "入职后没人带",
    "job_fit": "工作内容和当初说的不一样",
    "culture": "团队氛围很压抑",
    "conditions": "宿舍条件太差",
    "company": "公司业务一直在收缩",
    "family": "家里孩子需要照顾",
    "location": "通勤单程两个小时",
    "health": "身体有点吃不消",
    "study": "准备考研",
    "offer": "拿到了更好的offer",
    "involuntary": "这次是被裁员的",
}
FLAG_PHRASES: dict[str, str] = {"harassment": "被主管当众辱骂", "labor_law": "加班费一直被克扣"}
# Reason weights roughly as HR surveys report them: pay and career dominate.
WEIGHTS: dict[str, int] = {
    "pay": 30,
    "career": 25,
    "manager": 15,
    "workload": 18,
    "appraisal": 8,
    "training": 5,
    "job_fit": 6,
    "culture": 7,
    "conditions": 4,
    "company": 5,
    "family": 6,
    "location": 5,
    "health": 2,
    "study": 2,
    "offer": 10,
}
# A phone number in some answers lets quote tests check redaction.
PII_SUFFIX = "有事可以打我电话13812345678。"


class PhraseTagger:
    """A fake classifier: tags every known phrase found in the text."""

    def tag(self, text: str) -> TagResult:
        """Tag reasons and flags by phrase; negative tone whenever something was found."""
        reasons = tuple(Tag(key=k, confidence=0.9) for k, p in PHRASES.items() if p in text)
        flags = tuple(Tag(key=k, confidence=0.8) for k, p in FLAG_PHRASES.items() if p in text)
        tone = "negative" if reasons or flags else "neutral"
        return TagResult(reasons=reasons, flags=flags, sentiment=tone, model_version="fake-1")


@dataclass
class Plan:
    """What one synthetic person will say and choose."""

    interview_id: str
    at: datetime
    mode: str
    profile: dict[str, str]
    consent: str
    sensitive: bool
    reasons: tuple[str, ...]
    flags: tuple[str, ...]
    scores: tuple[int, ...]
    would_stay: int
    destination: int | None
    withdraw: bool = False
    pii: bool = False

    def main_text(self) -> str:
        """The answer to the first open question."""
        words = [PHRASES[r] for r in self.reasons] + [FLAG_PHRASES[f] for f in self.flags]
        text = "，".join(words) + "。" if words else "没什么特别的原因。"
        return text + PII_SUFFIX if self.pii else text


def random_plan(rng: random.Random, index: int, start: datetime, days: int) -> Plan:
    """A plausible person: department, tenure, exit type, consent, reasons and scores."""
    involuntary = rng.random() < 0.12
    reasons = ("involuntary",) if involuntary else _pick_reasons(rng)
    return Plan(
        interview_id=f"iv-{index:012x}",
        at=start + timedelta(days=rng.randrange(days), minutes=rng.randrange(600)),
        mode=rng.choice(("kiosk", "kiosk", "interviewer")),
        profile={
            "department": rng.choice(DEPARTMENTS),
            "tenure_band": rng.choice(TENURE_BANDS),
            "exit_type": "involuntary" if involuntary else "voluntary",
        },
        consent=rng.choices(("full", "coded", "none"), weights=(45, 45, 10))[0],
        sensitive=rng.random() < 0.7,
        reasons=reasons,
        flags=("harassment",) if rng.random() < 0.03 else (),
        scores=tuple(rng.randint(1, 5) for _ in range(5)),
        would_stay=rng.randint(1, 4),
        destination=rng.choice((1, 2, 3, 4, 5, 6, None)),
        pii=rng.random() < 0.2,
        withdraw=rng.random() < 0.02,
    )


def _pick_reasons(rng: random.Random) -> tuple[str, ...]:
    keys, weights = list(WEIGHTS), list(WEIGHTS.values())
    picked = rng.choices(keys, weights=weights, k=rng.choice((1, 1, 2, 2, 3)))
    return tuple(dict.fromkeys(picked))


Sink = Callable[[State, list[Event]], None]


@dataclass
class _Driver:
    plan: Plan
    sink: Sink | None
    state: State
    events: list[Event] = field(default_factory=list)
    main_done: bool = False
    unsent: int = 0  # index of the first event not yet given to the sink

    def send(self, command: Input) -> None:
        self.state, new = step(self.state, command)
        self.events += new
        if self.state.phase == "tagging" and self.state.pending_seq is not None:
            self._tag(new)

    def flush(self) -> None:
        """Hand the events since the last flush to the sink in one call (one store commit)."""
        new, self.unsent = self.events[self.unsent :], len(self.events)
        if self.sink and new:
            self.sink(self.state, new)

    def _tag(self, new: list[Event]) -> None:
        text = next((e.text for e in reversed(new) if e.kind == "answered"), None)
        result = PhraseTagger().tag(text or "")
        self.send(Tags(seq=self.state.pending_seq or 0, result=result, at=self.plan.at))

    def next_command(self, asked: Asked) -> Input:
        at = self.plan.at
        if asked.step == "consent":
            return GiveConsent(level=self.plan.consent, sensitive=self.plan.sensitive, at=at)
        if asked.step == "confirm":
            keys = tuple(str(o.code) for o in asked.options if o.selected)
            codebook = self.state.codebook
            reasons = tuple(k for k in keys if k in codebook.reason_keys)
            flags = tuple(k for k in keys if k in codebook.flag_keys)
            return Confirm(reasons=reasons, flags=flags, at=at)
        if asked.step == "forward":
            return Answer(value=2, at=at)
        return self._answer(asked, at)

    def _answer(self, asked: Asked, at: datetime) -> Input:
        if asked.step != "main":
            return Skip(at=at)  # probes and cold-start follow-ups: keep the run short
        value = _closed_value(self.plan, asked.node_id)
        if value is not None:
            return Answer(value=value, at=at)
        if asked.node_id in ("q_reason", "q_reason_involuntary") and not self.main_done:
            self.main_done = True
            return Answer(text=self.plan.main_text(), at=at)
        return Skip(at=at)


def _closed_value(plan: Plan, node_id: str) -> int | None:
    items = ("sat_pay", "sat_manager", "sat_workload", "sat_career", "sat_culture")
    if node_id in items:
        return plan.scores[items.index(node_id)]
    if node_id == "would_stay":
        return plan.would_stay
    if node_id == "destination":
        return plan.destination
    return None


def run_plan(bank: Bank, codebook: Codebook, plan: Plan, sink: Sink | None = None) -> list[Event]:
    """Drive one planned interview through `engine.step`; return its full event log.

    The sink gets the whole interview in one call (one store transaction instead of one per
    step, which keeps a 100,000-interview benchmark store affordable); a withdrawal is sent
    separately, after the interview's first part is on disk, as a real kiosk would.
    """
    driver = _Driver(plan, sink, initial_state(bank, codebook))
    driver.send(Start(plan.interview_id, mode=plan.mode, profile=plan.profile, at=plan.at))
    while not driver.state.finished and driver.state.current is not None:
        driver.send(driver.next_command(driver.state.current))
        if plan.withdraw and driver.main_done:
            driver.flush()
            driver.send(Withdraw(at=plan.at))
            break
    driver.flush()
    return driver.events


def generate(
    bank: Bank,
    codebook: Codebook,
    count: int,
    *,
    seed: int = 7,
    start: datetime = datetime(2026, 1, 1, 9, tzinfo=UTC),
    days: int = 365,
    sink: Sink | None = None,
    first: int = 0,
) -> Iterator[tuple[Plan, list[Event]]]:
    """`count` reproducible synthetic interviews, each as (plan, events); ids start at `first`."""
    rng = random.Random(seed)
    for index in range(first, first + count):
        plan = random_plan(rng, index, start, days)
        yield plan, run_plan(bank, codebook, plan, sink)


def write_keys(data_dir: Path, passphrase: str) -> bytes:
    """A fresh HR key pair: the public key where the config looks for it; returns the identity."""
    from assistant.storage import crypto

    recipient, identity = crypto.generate_keypair(passphrase)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "hr_public_key.txt").write_text(recipient + "\n", encoding="ascii")
    return identity


def fill_store(config: Config, bank: Bank, codebook: Codebook, count: int, **options: Any) -> int:
    """Put `count` synthetic interviews through the real recorder (consent filter, encryption)."""
    from assistant.storage.recorder import open_recorder

    written = 0
    with open_recorder(config) as recorder:
        for _ in generate(bank, codebook, count, sink=recorder.record, **options):
            written += 1
        if recorder.status and recorder.pending:
            raise RuntimeError(recorder.status)
    return written
