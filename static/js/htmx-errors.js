// Site-wide: when htmx gets no usable answer, say so where the result would have appeared
// instead of leaving a spinner that never finishes. (A file, not an inline script: the
// Content-Security-Policy allows scripts from this site only.)
(function () {
  var problems = {
    403: "Your session has expired. Copy your code, reload the page and sign in again.",
    404: "That submission could not be found. Reload the page.",
    // The app caps requests of visitors who are not signed in (config.middleware): mostly an
    // expired session; the proxy's own cap is far above what the editor sends.
    413: "Too large to send, or your session has expired. Copy your code, reload the page " +
      "and sign in again.",
  };
  function show(event, text) {
    var result = document.getElementById("result");
    var target = event.detail && event.detail.target;
    if (!result || !target || !result.contains(target)) return;
    var box = document.createElement("div");
    box.className = "status-panel status-panel--bad";
    box.setAttribute("role", "alert");
    box.textContent = text;
    result.replaceChildren(box);
  }
  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr.status;
    show(event, problems[status] || "Something went wrong on our side (error " + status +
      "). Your code is still in the editor; please try again in a minute.");
  });
  document.addEventListener("htmx:sendError", function (event) {
    show(event, "The server could not be reached. Check your connection; your code is still in the editor.");
  });
})();
