// `npm run check`: no interface text in components. Words the user reads live in the message
// catalogues (src/i18n/messages.*.ts), one per language. Flags JSX text, string literals in
// JSX, and text attributes (aria-label, title, placeholder, alt) that hold a letter, and any
// Chinese text outside the catalogues.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");
const skip = [path.join(src, "i18n"), path.join(src, "graphql", "generated")];
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "aria-description"]);
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.some((prefix) => full.startsWith(prefix))) continue;
    if (entry.isDirectory()) yield* sources(full);
    else if (/\.tsx?$/.test(entry.name)) yield full;
  }
}

const problems = [];
for (const file of sources(src)) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const report = (node, what) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    problems.push(
      `${path.relative(src, file)}:${line + 1}: ${what}: ${node.getText().trim().slice(0, 60)}`,
    );
  };
  const visit = (node, inJsx) => {
    if (ts.isJsxText(node) && LETTER.test(node.getText())) report(node, "text in JSX");
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && LETTER.test(value.text))
        report(node, "text attribute");
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isImportDeclaration(node.parent)
    ) {
      if (HAN.test(node.text)) report(node, "Chinese text outside the catalogues");
      else if (inJsx && ts.isJsxExpression(node.parent) && LETTER.test(node.text))
        report(node, "text in JSX");
    }
    const jsx =
      inJsx || ts.isJsxElement(node) || ts.isJsxFragment(node) || ts.isJsxSelfClosingElement(node);
    ts.forEachChild(node, (child) => visit(child, jsx));
  };
  visit(source, false);
}
if (problems.length) {
  console.error(`interface text outside the message catalogues:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("i18n: no interface text outside the message catalogues");
