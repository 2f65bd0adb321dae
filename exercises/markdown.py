"""Statement Markdown to safe HTML, once at save time; KaTeX renders the math in the browser."""

from collections.abc import Mapping
from typing import Any

import nh3
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from grader.checks.wording import describe_checks

_parser = MarkdownIt("commonmark", {"html": False}).enable("table").use(
    dollarmath_plugin, allow_space=True, double_inline=True
)

_ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
    "blockquote", "ul", "ol", "li", "a", "span", "div", "table", "thead", "tbody", "tr",
    "th", "td", "img",
}
_ALLOWED_ATTRIBUTES = {
    "span": {"class"}, "div": {"class"}, "code": {"class"}, "a": {"href", "title"},
    "img": {"src", "alt", "title"}, "th": {"style"}, "td": {"style"}, "ol": {"start"},
}


CHECKING_HEADING = "How your answer is checked"


def render_statement(statement_md: str, config: Mapping[str, Any]) -> str:
    """The statement as learners see it: the author's Markdown, then how the checks of
    `config` judge an answer, generated from them so that the two cannot drift apart."""
    return render_markdown(statement_md) + render_markdown(checking_markdown(config))


def checking_markdown(config: Mapping[str, Any]) -> str:
    """A "How your answer is checked" section (empty for a config without checks)."""
    sentences = describe_checks(config)
    if not sentences:
        return ""
    return f"## {CHECKING_HEADING}\n\n" + "".join(f"- {sentence}\n" for sentence in sentences)


def render_markdown(text: str) -> str:
    html = _parser.render(text)
    clean = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return _in_scroll_regions(clean)


def _in_scroll_regions(html: str) -> str:
    """Wraps each table in a box that scrolls sideways, so a wide one never widens the page.

    A table cannot be its own scroll container without losing its table layout. Formulas and
    code blocks scroll by themselves (see .scroll-x in eigenlab.css). Runs on nh3's output, in
    which a literal "<table>" typed by an author is already escaped text.
    """
    return html.replace("<table>", '<div class="scroll-x"><table>').replace(
        "</table>", "</table></div>")
