// Wide formulas, tables, code and example values scroll inside their own box (eigenlab.css,
// "Scroll regions", also paints the shadow cue at a hidden edge). A box that scrolls must be
// reachable without a mouse, so each one that actually overflows becomes a named keyboard
// stop (tabindex=0, role=region, aria-label); one that fits again gives them back, because a
// tab stop that scrolls nothing is noise. Boxes are measured again whenever their size can
// change: resizes, web fonts arriving, KaTeX finishing (math.js), htmx swaps, <details> opening.
(function () {
  "use strict";

  const BOXES = [
    ".statement .math.block", ".statement .math.inline", ".statement .scroll-x",
    ".statement pre", "[data-scroll-label]",
  ].join(", ");
  const MINE = "data-scroll-region"; // marks the attributes this script set (and may remove)
  const WIDE_INLINE = "math--wide";
  const pending = new Set();
  let frame = 0;

  function label(box) {
    if (box.dataset.scrollLabel) return box.dataset.scrollLabel;
    if (box.classList.contains("math")) return "Formula";
    if (box.querySelector(":scope > table")) return "Table";
    return box.tagName === "PRE" ? "Code" : "Content";
  }

  function scrolls(style, axis) {
    return ["auto", "scroll"].includes(axis === "x" ? style.overflowX : style.overflowY);
  }

  // An inline formula is only made a scroll box once it is wider than its line can ever be:
  // a scroll box sits on its line differently (inline-block) than running text does.
  function fitInline(math) {
    if (math.classList.contains(WIDE_INLINE)) {
      if (math.scrollWidth <= math.clientWidth + 1) math.classList.remove(WIDE_INLINE);
      return;
    }
    const line = blockAround(math);
    if (!line) return;
    const style = getComputedStyle(line);
    const room = line.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (math.getBoundingClientRect().width > room + 1) math.classList.add(WIDE_INLINE);
  }

  // The box whose width the formula's line gets (a formula may sit in <strong> or <a>).
  function blockAround(el) {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (!["inline", "contents"].includes(getComputedStyle(up).display)) return up;
    }
    return null;
  }

  function measure(box) {
    if (!box.isConnected) return;
    if (box.matches(".math.inline")) fitInline(box);
    const style = getComputedStyle(box);
    const sideways = scrolls(style, "x") && box.scrollWidth > box.clientWidth + 1;
    const down = scrolls(style, "y") && box.scrollHeight > box.clientHeight + 1;
    if (sideways || down) claim(box, `${label(box)}, ${sideways ? "scrolls sideways" : "scrolls"}`);
    else release(box);
  }

  function claim(box, name) {
    if (box.hasAttribute("tabindex") && !box.hasAttribute(MINE)) return; // someone else's stop
    box.setAttribute(MINE, "");
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", name);
  }

  function release(box) {
    if (!box.hasAttribute(MINE)) return;
    for (const name of [MINE, "tabindex", "role", "aria-label"]) box.removeAttribute(name);
  }

  // Statements stored before tables came wrapped (exercises/markdown.py) get the same box.
  function wrapTables(root) {
    for (const table of root.querySelectorAll(".statement table")) {
      if (table.parentElement.classList.contains("scroll-x")) continue;
      const box = document.createElement("div");
      box.className = "scroll-x";
      table.replaceWith(box);
      box.append(table);
    }
  }

  // Measuring in the next frame batches bursts of events, and keeps the attribute and class
  // changes out of ResizeObserver's own callback (no "loop completed" errors).
  function later(boxes) {
    for (const box of boxes) pending.add(box);
    if (!frame) frame = requestAnimationFrame(flush);
  }

  function flush() {
    frame = 0;
    const boxes = [...pending];
    pending.clear();
    boxes.forEach(measure);
  }

  const resized = "ResizeObserver" in window
    ? new ResizeObserver((entries) => later(entries.flatMap((entry) => boxesIn(entry.target))))
    : null;
  const watched = new WeakSet();

  function boxesIn(root) {
    if (!root || !root.querySelectorAll) return [];
    const boxes = [...root.querySelectorAll(BOXES)];
    if (root.matches && root.matches(BOXES)) boxes.unshift(root);
    return boxes;
  }

  function watch(root) {
    if (!root || !root.querySelectorAll) return;
    wrapTables(root);
    const boxes = boxesIn(root);
    // Inline formulas report no size of their own: their statement's resizes stand in.
    const targets = [...boxes, ...root.querySelectorAll(".statement")];
    for (const target of targets) {
      if (resized && !watched.has(target) && !target.matches(".math.inline")) {
        watched.add(target);
        resized.observe(target);
      }
    }
    later(boxes);
  }

  function everything() {
    later(boxesIn(document.body));
  }

  window.Eigenlab = window.Eigenlab || {};
  window.Eigenlab.watchScrollRegions = watch;

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => watch(document.body));
  } else {
    watch(document.body);
  }
  window.addEventListener("resize", everything);
  if (document.fonts) {
    document.fonts.addEventListener("loadingdone", everything);
    document.fonts.ready.then(everything);
  }
  document.addEventListener("eigenlab:math-rendered", (event) => watch(event.target));
  document.addEventListener("htmx:afterSettle", (event) => watch(event.target));
  // A box inside a closed <details> has no size until it opens; toggle does not bubble.
  document.addEventListener("toggle", (event) => watch(event.target), true);
})();
