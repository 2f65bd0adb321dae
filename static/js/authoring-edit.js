// The draft editor (authoring/edit.html); a file because the Content-Security-Policy allows
// scripts from this site only. Mutants are added and removed in the page; every editor is a
// CodeMirror on its textarea. Leaving with unsaved edits asks first.
(function () {
  var form = document.getElementById("draft-form");
  var list = document.getElementById("mutant-list");
  var template = document.getElementById("mutant-template");
  var note = form.querySelector("[data-dirty-note]");
  var dirty = false, counter = 0;
  function markDirty() {
    if (dirty) return;
    dirty = true;
    note.textContent = "Unsaved changes";
  }
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
  form.querySelector("[data-add-mutant]").addEventListener("click", function () {
    var item = template.content.firstElementChild.cloneNode(true);
    counter += 1;
    var name = item.querySelector("input"), code = item.querySelector("textarea");
    name.id = "mutant-name-added-" + counter;
    item.querySelector("label").htmlFor = name.id;
    code.id = "mutant-code-added-" + counter;
    list.appendChild(item);
    if (window.Eigenlab && window.Eigenlab.mountEditor) window.Eigenlab.mountEditor(code);
    markDirty();
    name.focus();
  });
  list.addEventListener("click", function (event) {
    var button = event.target.closest("[data-remove-mutant]");
    if (!button) return;
    button.closest("[data-mutant]").remove();
    markDirty();
    form.querySelector("[data-add-mutant]").focus();
  });
  list.addEventListener("input", function (event) {
    // Keep the editor's accessible name in step with the mutant's name.
    if (!event.target.matches("input[name=mutant_name]")) return;
    var item = event.target.closest("[data-mutant]");
    var label = "Code of mutant " + (event.target.value || "(new)");
    item.querySelector("textarea").setAttribute("aria-label", label);
    var content = item.querySelector(".cm-content");
    if (content) content.setAttribute("aria-label", label);
  });
})();
