"""Tag panel: live classifier tags HR accepts, rejects or adds to; applying records the codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Checkbox, Select, Static

from assistant.coding.codebook import Codebook
from assistant.core.events import Confirmed, PromptOption
from assistant.core.tags import Tag, TagResult
from assistant.i18n import t
from assistant.tui.widgets.interviewer_text import clip, one_line

EVIDENCE_CELLS = 22  # keeps a tag row on one line in the 46-cell side column


@dataclass(frozen=True, slots=True)
class TagRow:
    """One candidate code for the current question."""

    key: str
    confidence: float | None = None  # None: added by HR, not by the classifier
    evidence: tuple[str, ...] = ()
    accepted: bool = True


class TagToggle(Checkbox):
    """A checkbox standing for one code; checked means HR accepts it."""

    def __init__(self, row: TagRow, label: Text) -> None:
        super().__init__(label, row.accepted, id=f"tag-{row.key}", classes="tag-row")
        self.key = row.key


class TagRows(VerticalScroll):
    """The candidate codes, rebuilt whenever the set of rows changes."""

    def __init__(self, codebook: Codebook, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.codebook = codebook
        self.rows: dict[str, TagRow] = {}

    def compose(self) -> ComposeResult:
        if not self.rows:
            yield Static(t("hr.tags_empty"), classes="tags-empty", markup=False)
        for row in self.rows.values():
            yield TagToggle(row, self._label(row))

    def set_rows(self, rows: dict[str, TagRow]) -> None:
        """Replace the rows and rebuild the checkboxes."""
        self.rows = rows
        self.refresh(recompose=True)

    def _label(self, row: TagRow) -> Text:
        text = Text(self.codebook.label(row.key))
        if row.confidence is None:
            text.append(f"  {t('hr.tags_added_by_hr')}", style="italic")
            return text
        text.append(f" {row.confidence:.2f}", style="bold")
        if row.evidence:
            words = one_line("、".join(row.evidence[:3]))
            text.append(f" 「{clip(words, EVIDENCE_CELLS)}」", style="dim")
        return text

    @on(Checkbox.Changed)
    def _toggled(self, event: Checkbox.Changed) -> None:
        # Keep the choice in the data so a rebuild (new tags arriving) does not undo it.
        toggle = event.checkbox
        if isinstance(toggle, TagToggle) and toggle.key in self.rows:
            self.rows[toggle.key] = replace(self.rows[toggle.key], accepted=event.value)


class TagPanel(Vertical):
    """Tags of the current question; `Applied` carries the codes HR confirmed."""

    class Applied(Message):
        """HR confirmed these codes for a question."""

        def __init__(self, node_id: str, reasons: tuple[str, ...], flags: tuple[str, ...]) -> None:
            super().__init__()
            self.node_id = node_id
            self.reasons = reasons
            self.flags = flags

    def __init__(self, codebook: Codebook, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.codebook = codebook
        self.node_id: str | None = None
        self.border_title = t("hr.tags_title")

    def compose(self) -> ComposeResult:
        yield TagRows(self.codebook, id="tags-rows")
        with Horizontal(id="tags-actions"):
            yield Select(self._code_options(), prompt=t("hr.tags_add"), id="tags-add")
            yield Button(t("hr.tags_apply"), id="tags-apply", variant="primary")
        yield Static(t("hr.tags_not_recorded"), id="tags-recorded", markup=False)

    def _code_options(self) -> list[tuple[Text, str]]:
        keys = (*self.codebook.reason_keys, *self.codebook.flag_keys)
        return [(Text(self.codebook.label(key)), key) for key in keys]

    @property
    def _rows(self) -> TagRows:
        return self.query_one(TagRows)

    def start_node(self, node_id: str | None) -> None:
        """Begin (or keep) the question whose codes the panel holds."""
        if node_id == self.node_id:
            return
        self.node_id = node_id
        self._rows.set_rows({})
        self.query_one("#tags-recorded", Static).update(t("hr.tags_not_recorded"))

    def add_result(self, node_id: str, result: TagResult) -> None:
        """Merge a classifier result for `node_id` into the rows."""
        self.start_node(node_id)
        rows = dict(self._rows.rows)
        for tag in (*result.reasons, *result.flags):
            rows[tag.key] = _merged(rows.get(tag.key), tag)
        self._rows.set_rows(rows)

    def offer(self, node_id: str, options: Iterable[PromptOption]) -> None:
        """Add the codes a confirm step offers (pre-checked as the engine selected them)."""
        self.start_node(node_id)
        rows = dict(self._rows.rows)
        for option in options:
            key = str(option.code)
            if key in self.codebook.all_keys and key not in rows:
                rows[key] = TagRow(key, accepted=option.selected)
        self._rows.set_rows(rows)

    def add_code(self, key: str) -> None:
        """HR adds a code the classifier missed (or re-accepts a rejected one)."""
        rows = dict(self._rows.rows)
        old = rows.get(key)
        rows[key] = replace(old, accepted=True) if old else TagRow(key)
        self._rows.set_rows(rows)

    def accepted(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(reasons, flags) HR currently accepts, in row order."""
        keys = [row.key for row in self._rows.rows.values() if row.accepted]
        reasons = tuple(k for k in keys if k in self.codebook.reason_keys)
        flags = tuple(k for k in keys if k in self.codebook.flag_keys)
        return reasons, flags

    def apply(self) -> None:
        """Post the accepted codes for the current question."""
        if self.node_id is not None:
            self.post_message(self.Applied(self.node_id, *self.accepted()))

    def mark_confirmed(self, event: Confirmed) -> None:
        """Show what was recorded for the question on screen."""
        if event.node_id != self.node_id:
            return
        keys = (*event.reasons, *event.flags)
        text = (
            t("hr.tags_recorded", labels=self.codebook.labels_of(keys))
            if keys
            else t("hr.tags_recorded_none")
        )
        self.query_one("#tags-recorded", Static).update(text)

    @on(Select.Changed, "#tags-add")
    def _picked(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, str):
            self.add_code(event.value)
            event.select.clear()  # back to the prompt, ready for the next code

    @on(Button.Pressed, "#tags-apply")
    def _apply_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.apply()


def _merged(old: TagRow | None, tag: Tag) -> TagRow:
    """A later answer at the same question strengthens a row; HR's reject stays."""
    if old is None:
        return TagRow(tag.key, tag.confidence, tag.evidence)
    confidence = max(old.confidence or 0.0, tag.confidence)
    evidence = tuple(dict.fromkeys((*old.evidence, *tag.evidence)))
    return replace(old, confidence=confidence, evidence=evidence)
