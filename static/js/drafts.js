// The exercise page never loses unsent code. A few seconds after the last keystroke the
// editor's text is saved as the learner's draft on the server (courses/drafts.py); every change
// is also copied to this browser's localStorage for offline moments, and restored from there
// when the server never got it. Leaving the page while a save is pending or failed asks first.
// (A file, not an inline script: the Content-Security-Policy allows files from this site only.)
(function () {
  "use strict";
  var form = document.querySelector("form[data-draft-url]");
  var textarea = form && form.querySelector("textarea[name=code]");
  if (!textarea) return;

  var SAVE_AFTER_MS = 2500; // a pause in typing
  var RETRY_MS = 15000; // after a refusal for speed, or no answer
  // Requests that outlive the page (keepalive) may carry 64 KiB in all.
  var KEEPALIVE_BYTES = 60000;

  var storageKey = "eigenlab:draft:" + form.dataset.draftKey;
  // When the newest code the server holds was saved or sent, as the page was made.
  var knownAt = Date.parse(form.dataset.draftKnown || "") || 0;
  var status = document.getElementById("draft-status");
  var notice = document.getElementById("draft-notice");
  var fallback = document.getElementById("draft-fallback");
  var discardForm = document.getElementById("draft-discard");

  var saved = textarea.value; // what the server holds, as a draft or as the code sent
  var base = form.dataset.draftKnown || ""; // the server's time of `saved`
  var timer = null;
  var retry = null;
  var sending = false;
  var again = false;
  var applying = false;
  var sentCode = null;

  function csrfToken() {
    var field = form.querySelector("[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  // --- the copy in this browser ------------------------------------------------------------

  function readLocal() {
    try {
      var copy = JSON.parse(localStorage.getItem(storageKey) || "null");
      return copy && typeof copy.code === "string" ? copy : null;
    } catch (error) {
      return null; // storage disabled, or a copy we cannot read: the server's draft remains
    }
  }

  function writeLocal(code) {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ code: code, at: Date.now(), base: base }));
    } catch (error) {
      // Full or disabled: the server save still runs.
    }
  }

  function dropLocal() {
    try {
      localStorage.removeItem(storageKey);
    } catch (error) {
      // Nothing to clean up then.
    }
  }

  // A copy is worth restoring when it differs and the server holds nothing newer: judged by
  // the server's own clock (what the copy was built on), or else by this browser's.
  function newerThanServer(copy) {
    return (Date.parse(copy.base || "") || 0) >= knownAt || copy.at > knownAt;
  }

  // --- what the learner sees ---------------------------------------------------------------

  function clock(date) {
    var time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    if (date.toDateString() === new Date().toDateString()) return time;
    return date.toLocaleDateString([], { day: "numeric", month: "short" }) + ", " + time;
  }

  function show(text, state) {
    if (!status) return;
    status.textContent = text;
    status.dataset.state = state || "";
  }

  function showNotice(date) {
    if (!notice) return;
    var time = notice.querySelector("[data-draft-time]");
    if (time) {
      time.dateTime = date.toISOString();
      time.textContent = clock(date);
    }
    notice.hidden = false;
  }

  function apply(code) {
    applying = true; // the editor's own change event is not the learner typing
    try {
      if (window.Eigenlab && window.Eigenlab.setEditorValue) {
        window.Eigenlab.setEditorValue(textarea, code);
      } else {
        textarea.value = code;
      }
    } finally {
      applying = false;
    }
  }

  // --- saving --------------------------------------------------------------------------------

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      timer = null;
      save(false);
    }, delay);
  }

  function save(leaving) {
    clearTimeout(timer);
    timer = null;
    clearTimeout(retry);
    var code = textarea.value;
    if (code === saved) return;
    if (sending) {
      again = true; // one request at a time, so an older text never lands after a newer one
      return;
    }
    sending = true;
    show("Saving draft…", "saving");
    var body = new FormData();
    body.append("code", code);
    fetch(form.dataset.draftUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken() },
      keepalive: new Blob([code]).size < KEEPALIVE_BYTES, // finishes even if the page closes
    })
      .then(function (response) {
        return response.json().then(
          function (data) { answered(code, response, data); },
          function () { answered(code, response, {}); }
        );
      }, function () {
        failed("the server could not be reached", RETRY_MS);
      })
      .then(function () {
        sending = false;
        if (again && !leaving) {
          again = false;
          save(false);
        }
      });
  }

  function answered(code, response, data) {
    // Signed out: the login page answers (after a redirect), not the draft endpoint.
    if (response.redirected || response.status === 403) {
      failed("your session has expired; sign in again in another tab", null);
    } else if (response.ok) {
      stored(code, data.saved_at);
    } else {
      failed(data.error || "error " + response.status, response.status === 422 ? null : RETRY_MS);
    }
  }

  function stored(code, savedAt) {
    saved = code;
    if (savedAt) base = savedAt;
    if (textarea.value === code) dropLocal();
    show(savedAt ? "Draft saved at " + clock(new Date(savedAt)) : "", "saved");
  }

  function failed(reason, retryAfter) {
    show("Not saved: " + reason + ". A copy is kept in this browser.", "failed");
    clearTimeout(retry);
    if (retryAfter) retry = setTimeout(function () { save(false); }, retryAfter);
  }

  textarea.addEventListener("input", function () {
    if (applying) return;
    writeLocal(textarea.value);
    if (!sending && textarea.value !== saved) show("Unsaved changes", "dirty");
    schedule(SAVE_AFTER_MS);
  });

  window.addEventListener("online", function () { save(false); });

  window.addEventListener("beforeunload", function (event) {
    if (textarea.value === saved) return;
    save(true); // if the learner leaves anyway, keepalive lets this save finish
    event.preventDefault();
    event.returnValue = ""; // older browsers ask only when this is set
  });

  // Code sent with Submit or Check examples is kept with the submission: nothing to lose.
  form.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt === form) sentCode = textarea.value;
  });
  form.addEventListener("htmx:afterRequest", function (event) {
    var xhr = event.detail.xhr;
    if (event.detail.elt !== form || !xhr || xhr.status < 200 || xhr.status > 299) return;
    if (textarea.value !== sentCode) return;
    clearTimeout(timer);
    timer = null;
    clearTimeout(retry);
    saved = sentCode;
    dropLocal();
    show("", "");
  });

  // --- discarding ----------------------------------------------------------------------------

  if (discardForm) {
    discardForm.addEventListener("submit", function (event) {
      event.preventDefault();
      fetch(discardForm.action, {
        method: "POST",
        body: new FormData(discardForm),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          if (!response.ok || response.redirected) throw new Error("not discarded");
          clearTimeout(timer);
          timer = null;
          clearTimeout(retry);
          var code = fallback ? fallback.content.textContent : "";
          apply(code);
          saved = code;
          dropLocal();
          if (notice) notice.hidden = true;
          show("Draft discarded", "");
        })
        .catch(function () {
          show("The draft was not discarded: the server could not be reached.", "failed");
        });
    });
  }

  // --- on arrival ----------------------------------------------------------------------------

  if (notice && !notice.hidden) {
    var restoredAt = notice.querySelector("[data-draft-time]");
    if (restoredAt && restoredAt.dateTime) showNotice(new Date(restoredAt.dateTime));
  }
  var copy = readLocal();
  if (copy && copy.code !== textarea.value && newerThanServer(copy)) {
    // Typed here while the server could not be reached: restore it, then send it.
    apply(copy.code);
    showNotice(new Date(copy.at));
    show("Unsaved changes", "dirty");
    schedule(0);
  } else if (copy) {
    dropLocal(); // the server holds this text, or something newer
  }
})();
