"""Fixtures: small stores of synthetic interviews put through the real engine and recorder."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.coding.codebook import Codebook
from assistant.config import Config
from assistant.core.bank import Bank
from assistant.core.validation import load_bank
from assistant.export.synthetic import Plan, generate, random_plan, run_plan, write_keys
from assistant.paths import default_bank_path

PASSPHRASE = "test-passphrase"


@dataclass
class Store:
    """A store on disk and what was put into it."""

    config: Config
    identity: bytes
    plans: list[Plan]

    @property
    def db(self) -> Path:
        return self.config.db_path

    @property
    def kept(self) -> list[Plan]:
        """Plans the store should hold: consented, not withdrawn."""
        return [p for p in self.plans if p.consent != "none" and not p.withdraw]


@pytest.fixture(scope="session")
def bank() -> Bank:
    return load_bank(default_bank_path())


def build_store(data_dir: Path, bank: Bank, codebook: Codebook, plans: list[Plan]) -> Store:
    """Record each plan through `open_recorder`, as a kiosk session would."""
    from assistant.storage.recorder import open_recorder

    identity = write_keys(data_dir, PASSPHRASE)
    config = Config(data_dir=data_dir)
    with open_recorder(config) as recorder:
        for plan in plans:
            run_plan(bank, codebook, plan, sink=recorder.record)
        assert recorder.pending == 0, recorder.status
    return Store(config, identity, plans)


def synthetic_plans(bank: Bank, codebook: Codebook, count: int, seed: int = 11) -> list[Plan]:
    """`count` reproducible plans spread over 2026 (the events are discarded)."""
    return [plan for plan, _ in generate(bank, codebook, count, seed=seed)]


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory, bank: Bank, codebook: Codebook) -> Store:
    """About 400 interviews over 2026, some withdrawn, some declined, a few with PII."""
    plans = synthetic_plans(bank, codebook, 400)
    plans[3] = dataclasses.replace(plans[3], withdraw=True, consent="full")
    plans[4] = dataclasses.replace(plans[4], withdraw=True, consent="coded")
    return build_store(tmp_path_factory.mktemp("store"), bank, codebook, plans)


@pytest.fixture
def make_store(tmp_path: Path, bank: Bank, codebook: Codebook) -> Callable[[list[Plan]], Store]:
    """Build a store from hand-made plans."""
    return lambda plans: build_store(tmp_path / "data", bank, codebook, plans)


@pytest.fixture
def plan_factory() -> Callable[..., Plan]:
    """A plan with chosen fields over a random base."""
    import random
    from datetime import UTC, datetime

    rng = random.Random(5)
    counter = iter(range(10**6))

    def make(**fields: object) -> Plan:
        base = random_plan(rng, next(counter), datetime(2026, 7, 1, 9, tzinfo=UTC), 60)
        return dataclasses.replace(base, **({"withdraw": False} | fields))

    return make


def run_cli(*argv: str) -> int:
    """The real CLI entry point."""
    from assistant.cli import main

    return main(list(argv))
