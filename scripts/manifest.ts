// `npm run manifest`: writes custom-elements.json (the Custom Elements Manifest
// schema 2.1.0) for <arms-transfer-network>, read from the source with TypeScript's
// parser. A small generator instead of @custom-elements-manifest/analyzer, which pins
// an older TypeScript (~5.4) and reads lit's `static properties` only partially.
// `--check` exits 1 when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDGET = 'src/embed/widget.ts';
const EVENTS = 'src/components/shared/events.ts';
const THEME = 'src/components/shared/theme.ts';
const WIDGET_STYLES = 'src/embed/widget.styles.ts';
export const MANIFEST_PATH = 'custom-elements.json';

const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const parse = (path: string): ts.SourceFile => ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);

function jsDoc(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const text = docs?.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join('\n').trim();
  return text || undefined;
}

const isPublic = (node: ts.ClassElement): boolean =>
  !(ts.getCombinedModifierFlags(node as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) &&
  !(ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) ? ts.isPrivateIdentifier(node.name) : false);

interface PropOptions {
  attribute: string | false;
  reflect: boolean;
  state: boolean;
}

/** Reads `static properties = { name: { type, reflect, attribute, state } }`. */
function staticProperties(cls: ts.ClassDeclaration): Map<string, PropOptions> {
  const out = new Map<string, PropOptions>();
  for (const member of cls.members) {
    if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !member.initializer) continue;
    if (!ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const prop of member.initializer.properties) {
      if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
      const name = prop.name.getText();
      const opts: PropOptions = { attribute: name.toLowerCase(), reflect: false, state: false };
      for (const o of prop.initializer.properties) {
        if (!ts.isPropertyAssignment(o)) continue;
        const key = o.name.getText();
        const value = o.initializer;
        if (key === 'attribute') opts.attribute = value.kind === ts.SyntaxKind.FalseKeyword ? false : ts.isStringLiteral(value) ? value.text : opts.attribute;
        if (key === 'reflect') opts.reflect = value.kind === ts.SyntaxKind.TrueKeyword;
        if (key === 'state') opts.state = value.kind === ts.SyntaxKind.TrueKeyword;
      }
      out.set(name, opts);
    }
  }
  return out;
}

/** Initial values from `this.x = …;` in the constructor. */
function constructorDefaults(cls: ts.ClassDeclaration): Map<string, string> {
  const out = new Map<string, string>();
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  for (const st of ctor?.body?.statements ?? []) {
    if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression)) continue;
    const { left, right } = st.expression;
    if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword) out.set(left.name.text, right.getText());
  }
  return out;
}

/** Event names and detail types from AtnEventMap. */
function eventTypes(): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'AtnEventMap' && ts.isTypeLiteralNode(node.type)) {
      for (const m of node.type.members) {
        if (ts.isPropertySignature(m) && m.type) out.set(m.name.getText().replace(/^'|'$/g, ''), m.type.getText());
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(EVENTS));
  return out;
}

const EVENT_DESCRIPTIONS: Record<string, string> = {
  'atn-load': 'The graph loaded and validated; detail has counts of states, transfers and sources.',
  'atn-error': 'Loading failed (network, HTTP status, not JSON, invalid data) or an export failed; detail {message, problems}.',
  'atn-select': 'A state or an edge was selected, or the selection was cleared.',
  'atn-range-change': 'The time range, mode or date basis changed.',
  'atn-filter-change': 'Category, status, supplier or recipient filters changed.',
};

export function generateManifest(): object {
  const source = parse(WIDGET);
  const cls = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === 'ArmsTransferNetwork');
  if (!cls) throw new Error(`class ArmsTransferNetwork not found in ${WIDGET}`);
  const props = staticProperties(cls);
  const defaults = constructorDefaults(cls);
  const docs = new Map<string, string | undefined>();
  const types = new Map<string, string | undefined>();
  const members: object[] = [];
  for (const m of cls.members) {
    if (!m.name || !isPublic(m)) continue;
    const name = m.name.getText();
    if (ts.isPropertyDeclaration(m)) {
      docs.set(name, jsDoc(m));
      types.set(name, m.type?.getText());
      const opts = props.get(name);
      if (opts?.state) continue;
      members.push({
        kind: 'field',
        name,
        ...(m.type ? { type: { text: m.type.getText() } } : {}),
        ...(jsDoc(m) ? { description: jsDoc(m) } : {}),
        ...(defaults.has(name) ? { default: defaults.get(name) } : {}),
        ...(opts && opts.attribute !== false ? { attribute: opts.attribute, reflects: opts.reflect } : {}),
      });
    } else if (ts.isGetAccessor(m)) {
      members.push({ kind: 'field', name, readonly: true, ...(m.type ? { type: { text: m.type.getText() } } : {}), ...(jsDoc(m) ? { description: jsDoc(m) } : {}) });
    } else if (ts.isMethodDeclaration(m) && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.OverrideKeyword)) {
      members.push({
        kind: 'method',
        name,
        ...(jsDoc(m) ? { description: jsDoc(m) } : {}),
        parameters: m.parameters.map((p) => ({ name: p.name.getText(), ...(p.type ? { type: { text: p.type.getText() } } : {}) })),
        ...(m.type ? { return: { type: { text: m.type.getText() } } } : {}),
      });
    }
  }
  const attributes = [...props]
    .filter(([, o]) => !o.state && o.attribute !== false)
    .map(([name, o]) => ({
      name: o.attribute as string,
      fieldName: name,
      ...(types.get(name) ? { type: { text: types.get(name) } } : {}),
      ...(docs.get(name) ? { description: docs.get(name) } : {}),
      ...(defaults.has(name) ? { default: defaults.get(name) } : {}),
    }));
  const widgetText = read(WIDGET);
  const detail = eventTypes();
  const events = [...detail]
    .filter(([name]) => name in EVENT_DESCRIPTIONS)
    .map(([name, type]) => ({ name, type: { text: type }, description: EVENT_DESCRIPTIONS[name] }));
  const parts = [...new Set([...widgetText.matchAll(/part="([\w-]+)"/g)].map((m) => m[1]!))].map((name) => ({ name }));
  const declared = [...new Set([...read(THEME).matchAll(/(--atn-[\w-]+):/g)].map((m) => m[1]!))];
  const hooks = [...new Set([...read(WIDGET_STYLES).matchAll(/var\((--atn-[\w-]+)/g)].map((m) => m[1]!))].filter((n) => !declared.includes(n));
  const cssProperties = [...declared, ...hooks].map((name) => ({ name }));
  return {
    schemaVersion: '2.1.0',
    readme: 'docs/embedding.md',
    modules: [
      {
        kind: 'javascript-module',
        path: WIDGET,
        declarations: [
          {
            kind: 'class',
            name: 'ArmsTransferNetwork',
            description: jsDoc(cls),
            tagName: 'arms-transfer-network',
            customElement: true,
            superclass: { name: 'LitElement', package: 'lit' },
            attributes,
            members,
            events,
            cssParts: parts,
            cssProperties,
          },
        ],
        exports: [{ kind: 'js', name: 'ArmsTransferNetwork', declaration: { name: 'ArmsTransferNetwork', module: WIDGET } }],
      },
      {
        kind: 'javascript-module',
        path: 'src/embed/define.ts',
        declarations: [],
        exports: [{ kind: 'custom-element-definition', name: 'arms-transfer-network', declaration: { name: 'ArmsTransferNetwork', module: WIDGET } }],
      },
    ],
  };
}

export const manifestText = (): string => `${JSON.stringify(generateManifest(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = manifestText();
  if (process.argv.includes('--check')) {
    const current = (() => {
      try {
        return read(MANIFEST_PATH);
      } catch {
        return '';
      }
    })();
    if (current !== text) {
      console.error(`${MANIFEST_PATH} is out of date: run npm run manifest`);
      process.exit(1);
    }
    console.log(`${MANIFEST_PATH} is up to date`);
  } else {
    writeFileSync(`${root}${MANIFEST_PATH}`, text);
    console.log(`wrote ${MANIFEST_PATH}`);
  }
}
