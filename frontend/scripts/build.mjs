// Builds Eigenlab's browser assets into ../static/vendor/ (run: npm run build).
//   static/vendor/eigenlab/editor.bundle.js  CodeMirror 6 + KaTeX JS, IIFE, minified, no sourcemap
//   static/vendor/eigenlab/LICENSES.txt      bundled packages, versions, license texts
//   static/vendor/katex/katex.min.css        KaTeX CSS (font URLs reduced to woff2)
//   static/vendor/katex/fonts/*.woff2        KaTeX fonts
//   static/vendor/katex/LICENSE              KaTeX license
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const nodeModules = path.join(root, "node_modules");
const vendor = path.resolve(root, "..", "static", "vendor");
const outEigenlab = path.join(vendor, "eigenlab");
const outKatex = path.join(vendor, "katex");

function fail(msg) {
  console.error(`build: ${msg}`);
  process.exit(1);
}

// Start from empty output folders so no stale file survives (we own both).
for (const dir of [outEigenlab, outKatex]) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

// 1. The JS bundle.
const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/editor.js"],
  outfile: path.join(outEigenlab, "editor.bundle.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  sourcemap: false,
  legalComments: "none",
  banner: {
    js: "/*! Eigenlab editor bundle: CodeMirror 6 + KaTeX. Built from frontend/ (npm run build). Licenses: LICENSES.txt */",
  },
  metafile: true,
  logLevel: "warning",
});

// 2. Which packages went into the bundle (and only one copy of each).
const packages = new Map(); // name -> package dir (relative to frontend/)
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//);
  if (!m) continue;
  const [, prefix, name] = m;
  const dir = prefix + name;
  if (packages.has(name) && packages.get(name) !== dir) {
    fail(`two copies of ${name} in the bundle: ${packages.get(name)} and ${dir} (dedupe the lockfile)`);
  }
  packages.set(name, dir);
}
if (!packages.has("@codemirror/state")) fail("@codemirror/state not found in bundle inputs");

// 3. LICENSES.txt: list of bundled packages + each distinct license text once.
const MIT_BODY_START = "Permission is hereby granted, free of charge";
const entries = [];
const otherTexts = new Map(); // license text -> [names]
let mitBody = null;
for (const name of [...packages.keys()].sort()) {
  const dir = path.join(root, packages.get(name));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const licFile = fs.readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
  const text = licFile ? fs.readFileSync(path.join(dir, licFile), "utf8").replace(/\r\n/g, "\n").trim() : "";
  const copyright = text
    .split("\n")
    .filter((l) => /^\s*copyright\b/i.test(l) && !/notice/i.test(l))
    .map((l) => l.trim());
  const license = typeof pkg.license === "string" ? pkg.license : JSON.stringify(pkg.license);
  entries.push({ name, version: pkg.version, license, copyright });
  if (license === "MIT" && text.includes(MIT_BODY_START)) {
    mitBody ??= text.slice(text.indexOf(MIT_BODY_START));
  } else if (text) {
    if (!otherTexts.has(text)) otherTexts.set(text, []);
    otherTexts.get(text).push(`${name}@${pkg.version}`);
  } else {
    fail(`no license file found for ${name}`);
  }
}
const lines = [
  "Third-party software bundled in editor.bundle.js",
  "================================================",
  "",
  "Built from frontend/ of the Eigenlab repository (cd frontend && npm ci && npm run build).",
  "KaTeX's CSS and fonts are in ../katex/ (license: ../katex/LICENSE).",
  "",
  "Package (version) - license - copyright",
  "---------------------------------------",
];
for (const e of entries) {
  lines.push(`${e.name} ${e.version} - ${e.license}`);
  for (const c of e.copyright) lines.push(`    ${c}`);
}
if (mitBody) {
  lines.push(
    "",
    "MIT License",
    "-----------",
    "The packages above marked MIT are distributed under the following terms,",
    "with the copyright notice listed for each package:",
    "",
    mitBody
  );
}
for (const [text, names] of otherTexts) {
  lines.push("", `License text for ${names.join(", ")}`, "-".repeat(40), "", text);
}
fs.writeFileSync(path.join(outEigenlab, "LICENSES.txt"), lines.join("\n") + "\n");

// 4. KaTeX CSS + woff2 fonts + license. Modern browsers only ever load the
//    woff2 source, so drop the woff/ttf fallbacks from the CSS: every url() in
//    the copied CSS then points at a file that exists (Django's manifest
//    storage / collectstatic rejects CSS that references missing files).
const katexDist = path.join(nodeModules, "katex", "dist");
let css = fs.readFileSync(path.join(katexDist, "katex.min.css"), "utf8");
css = css.replace(/,\s*url\(fonts\/[^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, "");
for (const m of css.matchAll(/url\(([^)]+)\)/g)) {
  const ref = m[1].replace(/^["']|["']$/g, "");
  if (!/^fonts\/[^/]+\.woff2$/.test(ref)) fail(`unexpected url() left in katex.min.css: ${ref}`);
  if (!fs.existsSync(path.join(katexDist, ref))) fail(`katex.min.css references missing ${ref}`);
}
css = css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, "");
fs.writeFileSync(path.join(outKatex, "katex.min.css"), css);
fs.mkdirSync(path.join(outKatex, "fonts"));
const fonts = fs.readdirSync(path.join(katexDist, "fonts")).filter((f) => f.endsWith(".woff2")).sort();
for (const f of fonts) fs.copyFileSync(path.join(katexDist, "fonts", f), path.join(outKatex, "fonts", f));
fs.copyFileSync(path.join(nodeModules, "katex", "LICENSE"), path.join(outKatex, "LICENSE"));

const kb = (p) => (fs.statSync(p).size / 1024).toFixed(1) + " KiB";
console.log(`editor.bundle.js  ${kb(path.join(outEigenlab, "editor.bundle.js"))}`);
console.log(`katex.min.css     ${kb(path.join(outKatex, "katex.min.css"))}, ${fonts.length} woff2 fonts`);
console.log(`LICENSES.txt      ${entries.length} packages`);
