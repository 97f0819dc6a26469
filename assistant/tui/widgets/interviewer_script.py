"""Script card: the current question, suggested wording, available probes and the taboos."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from assistant.coding.codebook import Codebook
from assistant.core.bank import Bank, OpenNode
from assistant.core.events import Asked
from assistant.i18n import t

LABEL = "bold"
MUTED = "dim"


BULLET = "・"  # wide, and no space after it: Rich would wrap a CJK line at that space


class ScriptCard(Vertical):
    """What HR should say now; refreshed by the screen whenever the prompt changes."""

    def __init__(self, bank: Bank, codebook: Codebook, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.bank = bank
        self.codebook = codebook
        self.border_title = t("hr.script_title")

    def compose(self) -> ComposeResult:
        # The taboos stay in view below; only the question part scrolls.
        with VerticalScroll(id="script-scroll"):
            yield Static(id="script-body", markup=False)
        yield Static(self._taboos(), id="script-taboos", markup=False)

    def show(self, prompt: Asked | None, tagged: tuple[str, ...] = ()) -> None:
        """Show the card for `prompt`; `tagged` reasons add their default probes."""
        body = self._body(prompt, tagged) if prompt else Text(t("hr.script_none"), style=MUTED)
        self.query_one("#script-body", Static).update(body)

    def _body(self, prompt: Asked, tagged: tuple[str, ...]) -> Text:
        node = self.bank.by_id.get(prompt.node_id)
        text = Text()
        text.append(t("hr.script_question"), style=LABEL)
        text.append(f"{(node.text if node else '') or prompt.text}\n")
        if prompt.step != "main" and prompt.text and node and prompt.text != node.text:
            text.append(t("hr.script_now"), style=LABEL)
            text.append(f"{prompt.text}\n")
        if node is not None and node.hint:
            text.append(t("hr.script_hint"), style=LABEL)
            text.append(f"{node.hint}\n")
        if isinstance(node, OpenNode):
            text.append_text(self._probes(node, tagged))
        text.rstrip()
        return text

    def _probes(self, node: OpenNode, tagged: tuple[str, ...]) -> Text:
        probes = self.probes_of(node, tagged)
        if not probes:
            return Text()
        text = Text(t("hr.script_probes") + "\n", style=LABEL)
        for key, wording in probes.items():
            text.append(f"{BULLET}{self.codebook.label(key)}：", style="italic")
            text.append(f"{wording}\n")
        return text

    def probes_of(self, node: OpenNode, tagged: tuple[str, ...]) -> dict[str, str]:
        """The node's own probes, then codebook default probes for reasons tagged here."""
        probes = dict(node.probes)
        if node.default_probes:
            for key in tagged:
                entry = self.codebook.entry(key)
                probe = getattr(entry, "probe", None)  # flags have no probe
                if probe and key not in probes:
                    probes[key] = probe
        return probes

    def _taboos(self) -> Text:
        taboos = self.bank.taboos or tuple(t("hr.default_taboos").splitlines())
        text = Text(t("hr.script_taboos"), style=LABEL)
        for taboo in taboos:
            text.append(f"\n{BULLET}{taboo}")
        return text
