// Every text colour of the preview stylesheet (media/preview.css) against every background it can sit on, in VS Code's
// default Light+, Dark+, High Contrast and High Contrast Light themes and on the standalone page (light and dark):
// WCAG 2.1 contrast must be at least 4.5:1. The stylesheet is read with a small reader for the CSS it uses (flat rules
// and @media blocks), not a full CSS parser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const STYLESHEET = readFileSync('media/preview.css', 'utf8');
const MINIMUM = 4.5;

/**
 * The theme colours the webview gets as `--vscode-*` variables: VS Code's colour registry defaults
 * (src/vs/platform/theme/common/colors/baseColors.ts, editorColors.ts, inputColors.ts, chartsColors.ts;
 * src/vs/workbench/contrib/testing/browser/theme.ts) with the theme files' own values where they set one
 * (extensions/theme-defaults/themes/light_vs.json, dark_vs.json, hc_black.json: editor.foreground/background,
 * editor.selectionHighlightBackground). `null` is a colour the theme leaves unset: VS Code then defines no variable,
 * so the stylesheet's fallback applies.
 */
const THEMES = {
  'Light+': {
    'editor-foreground': '#000000',
    'editor-background': '#ffffff',
    descriptionForeground: '#717171',
    'textBlockQuote-background': '#f2f2f2',
    'textLink-foreground': '#006ab1',
    'textLink-activeForeground': '#006ab1',
    'editorError-foreground': '#e51400',
    'editorWarning-foreground': '#bf8803',
    'editorInfo-foreground': '#1a85ff',
    'testing-iconPassed': '#73c991',
    'charts-blue': '#1a85ff',
    'editor-selectionHighlightBackground': '#add6ff80',
    'inputValidation-warningForeground': null,
    'inputValidation-warningBackground': '#f6f5d2',
  },
  'Dark+': {
    'editor-foreground': '#d4d4d4',
    'editor-background': '#1e1e1e',
    descriptionForeground: '#ccccccb3',
    'textBlockQuote-background': '#222222',
    'textLink-foreground': '#3794ff',
    'textLink-activeForeground': '#3794ff',
    'editorError-foreground': '#f14c4c',
    'editorWarning-foreground': '#cca700',
    'editorInfo-foreground': '#3794ff',
    'testing-iconPassed': '#73c991',
    'charts-blue': '#3794ff',
    'editor-selectionHighlightBackground': '#add6ff26',
    'inputValidation-warningForeground': null,
    'inputValidation-warningBackground': '#352a05',
  },
  'High Contrast': {
    'editor-foreground': '#ffffff',
    'editor-background': '#000000',
    descriptionForeground: '#ffffffb3',
    'textBlockQuote-background': null,
    'textLink-foreground': '#21a6ff',
    'textLink-activeForeground': '#21a6ff',
    'editorError-foreground': '#f48771',
    'editorWarning-foreground': '#ffd370',
    'editorInfo-foreground': '#3794ff',
    'testing-iconPassed': '#73c991',
    'charts-blue': '#3794ff',
    'editor-selectionHighlightBackground': null,
    'inputValidation-warningForeground': null,
    'inputValidation-warningBackground': '#000000',
  },
  'High Contrast Light': {
    'editor-foreground': '#292929',
    'editor-background': '#ffffff',
    descriptionForeground: '#292929b3',
    'textBlockQuote-background': '#f2f2f2',
    'textLink-foreground': '#0f4a85',
    'textLink-activeForeground': '#0f4a85',
    'editorError-foreground': '#b5200d',
    'editorWarning-foreground': '#895503',
    'editorInfo-foreground': '#1a85ff',
    'testing-iconPassed': '#007100',
    'charts-blue': '#1a85ff',
    'editor-selectionHighlightBackground': null,
    'inputValidation-warningForeground': '#292929',
    'inputValidation-warningBackground': '#ffffff',
  },
} satisfies Record<string, Record<string, string | null>>;

interface Scenario {
  readonly name: string;
  /** The classes VS Code (or `trial-record render`) puts on <body>. */
  readonly bodyClasses: readonly string[];
  readonly prefersDark: boolean;
  readonly theme: Readonly<Record<string, string | null>>;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'VS Code Light+', bodyClasses: ['vscode-body', 'vscode-light'], prefersDark: false, theme: THEMES['Light+'] },
  { name: 'VS Code Dark+', bodyClasses: ['vscode-body', 'vscode-dark'], prefersDark: true, theme: THEMES['Dark+'] },
  {
    name: 'VS Code High Contrast',
    bodyClasses: ['vscode-body', 'vscode-high-contrast'],
    prefersDark: true,
    theme: THEMES['High Contrast'],
  },
  {
    name: 'VS Code High Contrast Light',
    bodyClasses: ['vscode-body', 'vscode-high-contrast', 'vscode-high-contrast-light'],
    prefersDark: false,
    theme: THEMES['High Contrast Light'],
  },
  { name: 'standalone page, light', bodyClasses: ['standalone'], prefersDark: false, theme: {} },
  { name: 'standalone page, dark', bodyClasses: ['standalone'], prefersDark: true, theme: {} },
];

// ── A reader for the stylesheet's rules ──

interface Rule {
  readonly selectors: readonly string[];
  readonly declarations: ReadonlyMap<string, string>;
  /** The condition of the enclosing @media block, if any. */
  readonly media?: string;
}

function readRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  const readBlock = (from: number, to: number, media?: string): void => {
    let position = from;
    while (position < to) {
      const open = text.indexOf('{', position);
      if (open === -1 || open >= to) return;
      const prelude = text.slice(position, open).trim();
      const close = matchingBrace(text, open);
      if (prelude.startsWith('@media')) {
        readBlock(open + 1, close, prelude.slice('@media'.length).trim());
      } else {
        const declarations = new Map<string, string>();
        for (const declaration of splitOutsideParentheses(text.slice(open + 1, close), ';')) {
          const colon = declaration.indexOf(':');
          if (colon > 0) declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim());
        }
        rules.push({ selectors: splitOutsideParentheses(prelude, ','), declarations, media });
      }
      position = close + 1;
    }
  };
  readBlock(0, text.length);
  return rules;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  throw new Error(`unbalanced braces after ${text.slice(open, open + 40)}`);
}

function splitOutsideParentheses(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth--;
    else if (text[index] === separator && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

// ── Which rules apply in a scenario ──

function mediaApplies(media: string | undefined, scenario: Scenario): boolean {
  if (media === undefined) return true;
  const scheme = /prefers-color-scheme:\s*(light|dark)/.exec(media);
  // Width conditions can hold in any theme: the rules inside are checked.
  return !scheme || (scheme[1] === 'dark') === scenario.prefersDark;
}

/** The <body> classes a selector requires (`body.vscode-dark .x` needs vscode-dark); a selector on other elements requires none. */
function requiredBodyClasses(selector: string): string[] {
  const body = /^body((?:\.[\w-]+)*)(?=[\s:>+~[]|$)/.exec(selector);
  return body ? body[1].split('.').filter(Boolean) : [];
}

function selectorApplies(selector: string, scenario: Scenario): boolean {
  if (/:not\(\.(vscode|standalone)/.test(selector)) throw new Error(`the contrast reader does not understand ${selector}`);
  return requiredBodyClasses(selector).every((name) => scenario.bodyClasses.includes(name));
}

const isRootSelector = (selector: string): boolean => selector === ':root' || /^body(\.[\w-]+)*$/.test(selector);

/** The custom properties on <body>: the theme's `--vscode-*`, then `:root`'s, then body's own (which win, in order). */
function customProperties(rules: readonly Rule[], scenario: Scenario): Map<string, string> {
  const properties = new Map<string, string>();
  for (const [name, value] of Object.entries(scenario.theme)) if (value !== null) properties.set(`--vscode-${name}`, value);
  for (const element of [':root', 'body']) {
    for (const rule of rules) {
      if (!mediaApplies(rule.media, scenario)) continue;
      const matches = rule.selectors.some(
        (selector) =>
          isRootSelector(selector) &&
          (element === ':root' ? selector === ':root' : selector !== ':root' && selectorApplies(selector, scenario)),
      );
      if (!matches) continue;
      for (const [name, value] of rule.declarations) if (name.startsWith('--')) properties.set(name, value);
    }
  }
  return properties;
}

/** Substitutes `var(--name, fallback)` (nested fallbacks too) the way the browser does. */
function resolveVariables(value: string, properties: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) throw new Error(`variable cycle in ${value}`);
  const start = value.indexOf('var(');
  if (start === -1) return value;
  let end = start + 4;
  for (let open = 1; open > 0; end++) {
    if (value[end] === '(') open++;
    else if (value[end] === ')') open--;
    if (end >= value.length) throw new Error(`unclosed var() in ${value}`);
  }
  const inner = value.slice(start + 4, end - 1);
  const comma = splitOutsideParentheses(inner, ',');
  const name = comma[0];
  const fallback = inner.includes(',') ? inner.slice(inner.indexOf(',') + 1).trim() : undefined;
  const defined = properties.get(name);
  const replacement =
    defined !== undefined
      ? resolveVariables(defined, properties, depth + 1)
      : fallback !== undefined
        ? resolveVariables(fallback, properties, depth + 1)
        : '';
  return resolveVariables(value.slice(0, start) + replacement + value.slice(end), properties, depth + 1);
}

// ── Colours and WCAG 2.1 contrast ──

interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'none' || text === 'transparent' || text === '') return undefined;
  const hex = /^#([0-9a-f]{3,8})$/.exec(text);
  if (hex) {
    let digits = hex[1];
    if (digits.length === 3 || digits.length === 4) digits = [...digits].map((digit) => digit + digit).join('');
    const channel = (index: number) => parseInt(digits.slice(index * 2, index * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), a: digits.length === 8 ? channel(3) / 255 : 1 };
  }
  const functional = /^rgba?\(([^)]*)\)$/.exec(text);
  if (functional) {
    const [r, g, b, a = 1] = functional[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return { r, g, b, a };
  }
  throw new Error(`the contrast test cannot read the colour "${value}"`);
}

/** `top` painted over the opaque `bottom`. */
function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (over: number, under: number) => over * top.a + under * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastRatio(foreground: Rgba, background: Rgba): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

const show = ({ r, g, b }: Rgba) => `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

// ── The check ──

interface Failure {
  readonly scenario: string;
  readonly selector: string;
  readonly text: string;
  readonly background: string;
  readonly ratio: number;
}

/**
 * Pairs every text colour with every background it can sit on. Text in the record can be anywhere: inside a chip or a
 * table heading (which set a background and no colour), under the hover or :target highlight; so each text colour is
 * checked on the page background and on each of those. A rule that sets both a colour and a background (the stale
 * banner) is a box of its own: its colour is checked on its own background. ::before/::after backgrounds are
 * decorations without text (the timeline's dots).
 */
function contrastFailures(css: string, scenario: Scenario): { failures: Failure[]; pairs: number } {
  const rules = readRules(css).filter((rule) => mediaApplies(rule.media, scenario));
  const properties = customProperties(rules, scenario);
  const colour = (value: string) => parseColor(resolveVariables(value, properties));
  const applying = (rule: Rule) => rule.selectors.filter((selector) => selectorApplies(selector, scenario));

  const bodyRules = rules.filter((rule) => rule.selectors.includes('body'));
  const pageValue = bodyRules.map((rule) => rule.declarations.get('background') ?? rule.declarations.get('background-color')).find(Boolean);
  const page = pageValue ? colour(pageValue) : undefined;
  assert.ok(page && page.a === 1, `${scenario.name}: the page background must be an opaque colour (got ${pageValue})`);

  const contentBackgrounds: Rgba[] = [];
  const boxes: { selector: string; text: string; background: Rgba }[] = [];
  const texts: { selector: string; text: string }[] = [];
  for (const rule of rules) {
    const selectors = applying(rule);
    if (selectors.length === 0) continue;
    const text = rule.declarations.get('color');
    const backgroundValue = rule.declarations.get('background') ?? rule.declarations.get('background-color');
    const background = backgroundValue === undefined ? undefined : colour(backgroundValue);
    if (text !== undefined) {
      if (background && !selectors.includes('body')) boxes.push({ selector: selectors.join(', '), text, background });
      else texts.push({ selector: selectors.join(', '), text });
    } else if (background && !selectors.every((selector) => /::?(before|after)\b/.test(selector))) {
      contentBackgrounds.push(background);
    }
  }

  const opaque = [page, ...contentBackgrounds.filter((background) => background.a === 1)];
  const translucent = contentBackgrounds.filter((background) => background.a < 1);
  const backgrounds = [...opaque, ...translucent.flatMap((top) => opaque.map((bottom) => composite(top, bottom)))];

  const failures: Failure[] = [];
  let pairs = 0;
  const check = (selector: string, textValue: string, background: Rgba) => {
    const foreground = colour(textValue);
    if (!foreground) return;
    const solid = composite(foreground, background);
    const ratio = contrastRatio(solid, background);
    pairs++;
    const failure = { scenario: scenario.name, selector, text: show(solid), background: show(background), ratio };
    const reported = failures.some((f) => f.selector === selector && f.text === failure.text && f.background === failure.background);
    if (ratio < MINIMUM && !reported) failures.push(failure);
  };
  for (const { selector, text } of texts) for (const background of backgrounds) check(selector, text, background);
  for (const { selector, text, background } of boxes) check(selector, text, composite(background, page));
  return { failures, pairs };
}

const describeFailures = (failures: readonly Failure[]) =>
  failures.map((f) => `${f.scenario}: ${f.selector} — ${f.text} on ${f.background} is ${f.ratio.toFixed(2)}:1`).join('\n');

describe('the preview stylesheet’s colour contrast (WCAG 2.1, at least 4.5:1)', () => {
  for (const scenario of SCENARIOS) {
    it(`every text colour is readable on every background it can sit on: ${scenario.name}`, () => {
      const { failures, pairs } = contrastFailures(STYLESHEET, scenario);
      assert.ok(pairs > 20, `only ${pairs} text/background pairs were found: is the reader still reading the stylesheet?`);
      assert.deepEqual(failures, [], describeFailures(failures));
    });
  }

  it('computes WCAG contrast as the specification does', () => {
    const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);
    assert.equal(ratio('#000', '#fff'), 21);
    assert.equal(ratio('#777', '#777'), 1);
    assert.equal(ratio('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('catches the old Recruiting badge: VS Code’s testing.iconPassed green on white is about 2:1', () => {
    const old = `:root { --tr-fg: var(--vscode-editor-foreground, #1f2328); --tr-bg: var(--vscode-editor-background, #ffffff);
      --tr-open: var(--vscode-testing-iconPassed, #1a7f37); }
      body { color: var(--tr-fg); background: var(--tr-bg); }
      .status-open { color: var(--tr-open); }`;
    const { failures } = contrastFailures(old, SCENARIOS[0]);
    assert.equal(failures.length, 1, describeFailures(failures));
    assert.equal(failures[0].selector, '.status-open');
    assert.ok(failures[0].ratio < 2.2, describeFailures(failures));
  });
});
