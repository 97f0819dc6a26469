"""The report tests share the export fixtures (a store through the real recorder)."""

from tests.export.conftest import (  # noqa: F401
    bank,
    make_store,
    plan_factory,
    store,
)
