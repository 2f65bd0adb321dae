// KaTeX rendering for math produced by the server's Markdown renderer
// (markdown-it-py + mdit-py-plugins dollarmath):
//   inline:  <span class="math inline">tex</span>
//   display: <div class="math block">tex</div>
// Defines window.Eigenlab.renderMath(root).
import katex from "katex";

const Eigenlab = (window.Eigenlab = window.Eigenlab || {});

const SELECTOR = ".math.inline, .math.block";
const DONE = "data-math-rendered";

/**
 * Render every not-yet-rendered math element under `root` (default
 * document.body; `root` itself is included when it matches). Safe to call
 * repeatedly: rendered elements are marked and skipped.
 */
function renderMath(root) {
  if (!root || !root.isConnected || !root.querySelectorAll) root = document.body;
  if (!root) return;
  const els = Array.from(root.querySelectorAll(SELECTOR));
  if (root.matches && root.matches(SELECTOR)) els.unshift(root);
  const rendered = typesetAll(els);
  // Rendered math is usually wider than its TeX source: static/js/scroll-regions.js listens,
  // to make a formula that no longer fits a scroll region the keyboard can reach.
  if (rendered) {
    root.dispatchEvent(new CustomEvent("eigenlab:math-rendered", { bubbles: true }));
  }
}

function typesetAll(els) {
  let rendered = 0;
  for (const el of els) {
    if (el.hasAttribute(DONE)) continue;
    const tex = el.textContent;
    const displayMode = el.classList.contains("block");
    try {
      katex.render(tex, el, { displayMode, throwOnError: false });
      el.setAttribute(DONE, "");
      rendered += 1;
    } catch (err) {
      // Non-parse errors (e.g. limits exceeded): leave the source text visible.
      el.textContent = tex;
      console.warn("Eigenlab.renderMath: could not render", tex, err);
    }
  }
  return rendered;
}

Eigenlab.renderMath = renderMath;

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => renderMath(document.body));
} else {
  renderMath(document.body);
}
// htmx events bubble to document; listening there also works when this script
// is loaded in <head> before <body> exists.
document.addEventListener("htmx:afterSwap", (e) => renderMath(e.detail && e.detail.target));
// htmx:load fires on each newly inserted element (also covers outerHTML swaps,
// whose afterSwap target is the element that was replaced).
document.addEventListener("htmx:load", (e) => renderMath(e.target));
