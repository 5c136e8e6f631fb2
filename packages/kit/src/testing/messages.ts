import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { kitMessages } from "../kit-messages.js";
import { type MessageCatalog, placeholdersOf } from "../messages.js";

/** kit's error classes, with the position of their message argument. */
const KIT_ERRORS: Record<string, number> = {
  DomainError: 1,
  BadUserInputError: 0,
  NotFoundError: 0,
  ConflictError: 0,
  ForbiddenError: 0,
  UnauthenticatedError: 0,
  ServiceUnavailableError: 0,
};

/** What a package's sources say to people in errors, and what is wrong with its catalog. */
export interface MessageCatalogReport {
  /** Every template the sources write: msg`...` anywhere, and literal messages of kit's error classes. */
  templates: string[];
  /** Templates neither the catalog nor kit's own (which every subgraph has) translates into both languages. */
  missing: string[];
  /** Catalog entries no source writes any more. */
  stale: string[];
  /** Templates kit already translates, translated again by the catalog: said twice, they could drift apart. */
  repeatedFromKit: string[];
  /** Entries whose translation does not use the template's placeholders. */
  placeholderMismatches: string[];
  /** Messages built so that no catalog can translate them (an untagged template with values, a concatenation). */
  untranslatable: string[];
  /** All of the above in one list, each line saying what is wrong: empty when the catalog is complete and true. */
  problems: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" || entry.name === "test" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The template of a msg`...` literal: its parts joined by {0}, {1}, ... */
function templateOf(node: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return node.templateSpans.reduce((template, span, index) => `${template}{${index}}${span.literal.text}`, node.head.text);
}

/**
 * Reads a package's sources (`srcDir`, tests left out) for the messages its errors say, and checks `catalog` against
 * them: each needs a Spanish and a French translation with the same placeholders, and each entry a source that
 * writes it. A message is found where it is written as msg`...`, or as a literal given to one of kit's error classes
 * or to `super` in a class extending one.
 */
export function checkMessageCatalog(srcDir: string, catalog: MessageCatalog): MessageCatalogReport {
  const templates = new Set<string>();
  const untranslatable: string[] = [];
  const errorClasses = new Map(Object.entries(KIT_ERRORS));
  const files = sourceFiles(srcDir).map((path) =>
    ts.createSourceFile(
      path,
      readFileSync(path, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    ),
  );
  // Classes extending kit's errors, in any file of the package: their `super(...)` literals are messages too.
  const subclasses = new Set<string>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses?.flatMap((clause) => clause.types).map((type) => type.expression.getText(file))[0];
        if (base && (errorClasses.has(base) || subclasses.has(base))) subclasses.add(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const where = (file: ts.SourceFile, node: ts.Node) =>
    `${relative(srcDir, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const takeArgument = (file: ts.SourceFile, argument: ts.Expression | undefined): void => {
    if (!argument) return;
    if (ts.isParenthesizedExpression(argument)) takeArgument(file, argument.expression);
    else if (ts.isConditionalExpression(argument)) {
      takeArgument(file, argument.whenTrue);
      takeArgument(file, argument.whenFalse);
    } else if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) templates.add(argument.text);
    else if (
      ts.isTemplateExpression(argument) ||
      (ts.isBinaryExpression(argument) && argument.operatorToken.kind === ts.SyntaxKind.PlusToken)
    )
      untranslatable.push(`${where(file, argument)}: ${argument.getText(file).slice(0, 80)} (write it as msg\`...\`)`);
  };
  for (const file of files) {
    let inSubclass = false;
    const visit = (node: ts.Node): void => {
      const wasInSubclass = inSubclass;
      if (ts.isClassDeclaration(node)) inSubclass = Boolean(node.name && subclasses.has(node.name.text));
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === "msg") templates.add(templateOf(node.template));
      if (ts.isNewExpression(node)) {
        const position = errorClasses.get(node.expression.getText(file));
        if (position !== undefined) takeArgument(file, node.arguments?.[position]);
      }
      if (inSubclass && ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
        for (const argument of node.arguments) {
          // The error code is a literal too; the message is the literal that is not one.
          if (ts.isStringLiteral(argument) && /^[A-Z_]+$/.test(argument.text)) continue;
          takeArgument(file, argument);
        }
      }
      ts.forEachChild(node, visit);
      inSubclass = wasInSubclass;
    };
    visit(file);
  }
  const sorted = [...templates].sort();
  const available = { ...kitMessages, ...catalog };
  const report = {
    templates: sorted,
    missing: sorted.filter((template) => !available[template]?.es || !available[template]?.fr),
    stale: Object.keys(catalog).filter((template) => !templates.has(template)),
    repeatedFromKit: Object.keys(catalog).filter((template) => template in kitMessages && catalog[template] !== kitMessages[template]),
    placeholderMismatches: Object.entries(catalog)
      .filter(([template, { es, fr, leavesOut = [] }]) => {
        const expected = placeholdersOf(template)
          .filter((placeholder) => !(leavesOut as string[]).includes(placeholder))
          .join();
        return placeholdersOf(es).join() !== expected || placeholdersOf(fr).join() !== expected;
      })
      .map(([template]) => template),
    untranslatable,
  };
  return {
    ...report,
    problems: [
      ...report.untranslatable.map((where) => `untranslatable: ${where}`),
      ...report.missing.map((template) => `no Spanish and French: ${template}`),
      ...report.stale.map((template) => `no code says: ${template}`),
      ...report.repeatedFromKit.map((template) => `already in kit's catalog: ${template}`),
      ...report.placeholderMismatches.map((template) => `other values in a translation: ${template}`),
    ],
  };
}
