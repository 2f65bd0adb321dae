// A pending result's panel asks the server to wait for its verdict (grader:wait), which answers
// the moment the grader stores it (templates/grader/_submission_status.html). This file covers
// what htmx alone would get wrong:
// - a failed wait (a proxy's error, a restart, a dropped connection) is no error to show over
//   the learner's result: the panel asks the plain status 5 s later instead, a slow poll, and
//   waits again while still pending. Only a failure of that poll reaches htmx-errors.js.
// - a panel that leaves the page unanswered (a newer result took its place) drops its wait:
//   browsers keep few connections per site, and waits left open would hold them all.
// Loaded by every pending panel (htmx runs the script of each one it swaps in): once is enough.
(function () {
  "use strict";
  if (window.eigenlabResultWait) return;
  window.eigenlabResultWait = true;

  const RETRY_MS = 5000;
  const PANEL = "[data-result-wait]";
  const answered = new WeakSet(); // panels whose last request came back: nothing to drop

  function panelOf(event) {
    const elt = event.detail && event.detail.elt;
    return elt && elt.matches && elt.matches(PANEL) ? elt : null;
  }

  function pollLater(event) {
    const panel = panelOf(event);
    const config = event.detail.requestConfig;
    if (!panel || !config || config.path !== panel.getAttribute("hx-get")) return; // not a wait
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status > 0 && status < 500) return; // 403, 404: htmx-errors.js says what to do
    event.stopPropagation(); // from the body: htmx-errors.js listens on the document
    setTimeout(() => {
      if (!panel.isConnected) return;
      htmx.ajax("GET", panel.dataset.statusUrl, {source: panel, target: panel, swap: "outerHTML"});
    }, RETRY_MS);
  }

  document.body.addEventListener("htmx:responseError", pollLater);
  document.body.addEventListener("htmx:sendError", pollLater);
  document.body.addEventListener("htmx:beforeOnLoad", (event) => {
    const panel = panelOf(event);
    if (panel) answered.add(panel);
  });
  document.body.addEventListener("htmx:beforeCleanupElement", (event) => {
    const panel = panelOf(event);
    if (panel && !answered.has(panel)) htmx.trigger(panel, "htmx:abort"); // no request: no-op
  });
})();
