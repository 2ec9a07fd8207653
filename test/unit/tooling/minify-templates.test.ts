import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../../scripts/minify-templates.mjs';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = minifyTemplates().transform as unknown as Transform;
const run = (code: string) => transform(code, '/repo/src/x.ts')?.code ?? code;

describe('minifyTemplates (widget build)', () => {
  it('collapses newline runs in html templates, nested item templates included, and leaves other literals alone', () => {
    const source = [
      'const t = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '        ${i}',
      '      </li>`)}',
      '  </ul>`;',
      'const plain = `keep\n    this`;',
      'const inner = html`<p>${`raw\n   text`}</p>`;',
    ].join('\n');
    expect(run(source)).toBe(
      [
        'const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;',
        'const plain = `keep\n    this`;',
        'const inner = html`<p>${`raw\n   text`}</p>`;',
      ].join('\n'),
    );
  });

  it('minifies css, also when nested in an html expression', () => {
    const source = 'const s = css`\n  a {\n    color: red;\n  }\n`;\nconst h = html`<style>${css`b { margin: 0.5em ; }`}</style>`;';
    expect(run(source)).toBe('const s = css` a{color:red}`;\nconst h = html`<style>${css`b{margin:.5em}`}</style>`;');
  });

  it("skips comments inside expressions, quotes and backticks in them included, and never hangs on an unclosed quote", () => {
    const source = 'const t = html`<p>\n  ${/* it\'s `fine` */ a}\n  ${b // don\'t\n  }\n</p>`;';
    expect(run(source)).toBe('const t = html`<p> ${/* it\'s `fine` */ a} ${b // don\'t\n  } </p>`;');
    expect(() => run("const t = html`<p>${'unclosed}</p>`;")).toThrow(/unterminated/);
  });

  it('leaves files outside src and files without templates untouched', () => {
    expect(transform('const t = html`<p>\n  x</p>`;', '/repo/node_modules/lib/x.ts')).toBeNull();
    expect(transform('const n = 1;', '/repo/src/y.ts')).toBeNull();
  });
});
