// Eigenlab browser bundle entry point: CodeMirror 6 Python editor (+ KaTeX, see math.js).
// Exports nothing; defines window.Eigenlab.{mountEditor,setEditorValue,getEditor}.
import "./math.js";

import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";

const Eigenlab = (window.Eigenlab = window.Eigenlab || {});

// textarea -> EditorView
const views = new WeakMap();

const MONO =
  'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

// Light theme for a clean page. Line height 1.5 at 14px: 16 lines = 24em, 32 lines = 48em.
const eigenlabTheme = EditorView.theme(
  {
    "&": {
      fontSize: "14px",
      color: "#1f2328",
      backgroundColor: "#ffffff",
      border: "1px solid #d0d7de",
      borderRadius: "6px",
      maxHeight: "calc(48em + 10px)",
    },
    "&.cm-focused": {
      outline: "2px solid #0969da",
      outlineOffset: "1px",
    },
    ".cm-scroller": {
      overflow: "auto",
      fontFamily: MONO,
      lineHeight: "1.5",
      borderRadius: "6px",
    },
    ".cm-content, .cm-gutter": { minHeight: "24em" },
    ".cm-content": { caretColor: "#1f2328" },
    ".cm-gutters": {
      backgroundColor: "#f6f8fa",
      color: "#6e7781",
      borderRight: "1px solid #d0d7de",
    },
    ".cm-activeLine": { backgroundColor: "#f6f8fa80" },
    ".cm-activeLineGutter": { backgroundColor: "#eaeef2", color: "#1f2328" },
    "&.cm-focused .cm-matchingBracket": {
      backgroundColor: "#c8e1ff",
      outline: "1px solid #54aeff",
    },
    ".cm-placeholder": { color: "#6e7781" },
  },
  { dark: false }
);

function submitFor(textarea, view, onSubmit) {
  return () => {
    // Make sure the textarea holds the latest text before anything reads it.
    syncTextarea(textarea, view);
    if (typeof onSubmit === "function") {
      onSubmit(textarea, view);
      return true;
    }
    const form = textarea.form || textarea.closest("form");
    const button = form && form.querySelector("button[data-editor-submit]");
    if (button && !button.disabled) button.click();
    return true; // swallow the key either way (don't insert a blank line)
  };
}

function syncTextarea(textarea, view) {
  const text = view.state.doc.toString();
  if (textarea.value !== text) {
    textarea.value = text;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

function labelFor(textarea) {
  const aria = textarea.getAttribute("aria-label");
  if (aria) return aria;
  const label = textarea.labels && textarea.labels[0];
  return label ? label.textContent.trim() : "Python code editor";
}

/**
 * Replace `textarea` visually by a CodeMirror Python editor. The (hidden)
 * textarea keeps the editor's text on every change, so normal form posts and
 * htmx requests include the code. Idempotent: returns the existing view when
 * the textarea is already mounted.
 *
 * options.onSubmit(textarea, view): called on Ctrl-Enter / Cmd-Enter; without
 * it, the first button[data-editor-submit] of the textarea's form is clicked.
 */
function mountEditor(textarea, options = {}) {
  if (!textarea || textarea.tagName !== "TEXTAREA") {
    throw new TypeError("Eigenlab.mountEditor expects a <textarea>");
  }
  const existing = views.get(textarea);
  if (existing) return existing;

  const readOnly = textarea.readOnly || textarea.disabled;
  const contentAttrs = { "aria-label": labelFor(textarea) };
  const describedBy = textarea.getAttribute("aria-describedby");
  if (describedBy) contentAttrs["aria-describedby"] = describedBy;

  const extensions = [
    Prec.highest(
      keymap.of([
        { key: "Mod-Enter", run: (v) => submitFor(textarea, v, options.onSubmit)() },
        { key: "Ctrl-Enter", run: (v) => submitFor(textarea, v, options.onSubmit)() },
      ])
    ),
    basicSetup,
    // Tab / Shift-Tab indent. Escape then Tab (within 2 s) moves focus out of the
    // editor (CodeMirror's built-in tab-focus mode); Ctrl-M toggles it permanently.
    keymap.of([indentWithTab]),
    python(),
    indentUnit.of("    "),
    EditorState.tabSize.of(4),
    eigenlabTheme,
    EditorView.contentAttributes.of(contentAttrs),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) syncTextarea(textarea, update.view);
    }),
  ];
  if (textarea.placeholder) extensions.push(placeholder(textarea.placeholder));
  if (readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));

  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  view.dom.classList.add("eigenlab-editor");
  textarea.parentNode.insertBefore(view.dom, textarea.nextSibling);
  textarea.style.display = "none";
  textarea.setAttribute("data-editor-mounted", "");
  views.set(textarea, view);

  // Clicking a <label for=...> of the hidden textarea focuses the editor.
  if (textarea.labels) {
    for (const label of textarea.labels) {
      label.addEventListener("click", (e) => {
        e.preventDefault();
        view.focus();
      });
    }
  }
  return view;
}

/** Replace the editor's whole content (e.g. when loading a past attempt). */
function setEditorValue(textarea, text) {
  const value = text == null ? "" : String(text);
  const view = views.get(textarea);
  if (!view) {
    textarea.value = value;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    return;
  }
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: value },
    selection: { anchor: 0 },
    scrollIntoView: true,
  });
  syncTextarea(textarea, view); // no-op unless the doc was unchanged
}

/** The EditorView mounted on `textarea`, or null. */
function getEditor(textarea) {
  return views.get(textarea) || null;
}

function mountAll(root) {
  const scope = root && root.querySelectorAll ? root : document;
  const list = Array.from(scope.querySelectorAll('textarea[data-editor="python"]'));
  if (scope.matches && scope.matches('textarea[data-editor="python"]')) list.push(scope);
  for (const ta of list) {
    if (!views.has(ta) && ta.isConnected) mountEditor(ta);
  }
}

Eigenlab.mountEditor = mountEditor;
Eigenlab.setEditorValue = setEditorValue;
Eigenlab.getEditor = getEditor;

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => mountAll(document));
} else {
  mountAll(document);
}
// Content swapped in by htmx gets editors too.
document.addEventListener("htmx:load", (e) => mountAll(e.target));
