"""A gentle progress indicator: one thin bar, no countdown of questions left."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from assistant.i18n import t

BAR_CELLS = 24


class InterviewProgress(Widget):
    """Roughly how far along the interview is; `done`/`total` are set by the screen."""

    DEFAULT_CSS = """
    InterviewProgress { height: 1; width: auto; color: $text-muted; }
    """

    done: reactive[int] = reactive(0)
    total: reactive[int] = reactive(1)

    def render(self) -> Content:
        total = max(self.total, 1)
        filled = round(BAR_CELLS * min(self.done, total) / total)
        near_end = self.done >= total * 0.8
        label = t("tui.chat.progress_near_end") if near_end else t("tui.chat.progress")
        # One plain widget (not ProgressBar): cheaper to build when the chat screen appears.
        # Coloured spaces, not box-drawing characters (ambiguous-width in CJK terminals).
        return Content.assemble(
            f"{label} ",
            (" " * filled, "on $primary"),
            (" " * (BAR_CELLS - filled), "on $panel-lighten-2"),
        )

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """Widest label (measured in cells) plus the bar."""
        labels = (t("tui.chat.progress"), t("tui.chat.progress_near_end"))
        return max(cell_len(label) for label in labels) + 1 + BAR_CELLS
