// Checks the two language configurations the way VS Code reads them: JSON files whose regular
// expressions are JavaScript regexes (word pattern, indentation rules, onEnter rules).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './textmate';

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string };
}
interface LanguageConfiguration {
  comments: { lineComment?: string; blockComment?: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: ({ open: string; close: string; notIn?: string[] } | [string, string])[];
  surroundingPairs: [string, string][];
  folding?: { offSide?: boolean; markers?: { start: string; end: string } };
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules?: OnEnterRule[];
  wordPattern: string;
}

function load(file: string): LanguageConfiguration {
  return JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as LanguageConfiguration;
}

/** The word under `column` (0-based), found the way VS Code does: the match of wordPattern that covers it. */
function wordAt(config: LanguageConfiguration, line: string, column: number): string | undefined {
  const pattern = new RegExp(config.wordPattern, 'g');
  for (const match of line.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start <= column && column <= start + match[0].length && match[0].length > 0) return match[0];
  }
  return undefined;
}

/** The first onEnter rule whose beforeText (and afterText) matches, as VS Code applies them. */
function onEnter(config: LanguageConfiguration, before: string, after = ''): OnEnterRule['action'] | undefined {
  for (const rule of config.onEnterRules ?? []) {
    if (!new RegExp(rule.beforeText).test(before)) continue;
    if (rule.afterText && !new RegExp(rule.afterText).test(after)) continue;
    return rule.action;
  }
  return undefined;
}

for (const [file, lineComment] of [
  ['language-configuration-yaml.json', '#'],
  ['language-configuration-json.json', '//'],
] as const) {
  describe(file, () => {
    const config = load(file);

    it('has comments, brackets, auto-closing and surrounding pairs', () => {
      assert.equal(config.comments.lineComment, lineComment);
      assert.deepEqual(config.brackets, [
        ['{', '}'],
        ['[', ']'],
      ]);
      const opens = config.autoClosingPairs.map((pair) => (Array.isArray(pair) ? pair[0] : pair.open));
      for (const open of ['{', '[', '"']) assert.ok(opens.includes(open), `auto-closes ${open}`);
      assert.ok(config.surroundingPairs.some(([open]) => open === '"'));
    });

    it('keeps NCT IDs, enum values and dates as single words', () => {
      for (const [line, word] of [
        ['  nctId: NCT06731192', 'NCT06731192'],
        ['  overallStatus: NOT_YET_RECRUITING', 'NOT_YET_RECRUITING'],
        ['    date: 2024-02-15', '2024-02-15'],
        ['    date: 2024-02', '2024-02'],
        ['  "nctId": "NCT06731192",', 'NCT06731192'],
        ['  "overallStatus": "NOT_YET_RECRUITING",', 'NOT_YET_RECRUITING'],
        ['    "date": "2024-02-15"', '2024-02-15'],
      ] as const) {
        const start = line.indexOf(word);
        for (const column of [start, start + 3, start + word.length - 1]) {
          assert.equal(wordAt(config, line, column), word, `word at ${column} in ${JSON.stringify(line)}`);
        }
      }
      assert.equal(wordAt(config, '  overallStatus: RECRUITING', 4), 'overallStatus');
    });

    it('compiles every regular expression', () => {
      const sources = [
        config.wordPattern,
        config.indentationRules.increaseIndentPattern,
        config.indentationRules.decreaseIndentPattern,
        ...(config.onEnterRules ?? []).flatMap((rule) => [rule.beforeText, rule.afterText ?? '']),
        config.folding?.markers?.start ?? '',
        config.folding?.markers?.end ?? '',
      ];
      for (const source of sources) assert.doesNotThrow(() => new RegExp(source), source);
    });
  });
}

describe('language-configuration-yaml.json: YAML specifics', () => {
  const config = load('language-configuration-yaml.json');

  it('folds by indentation (off-side rule)', () => {
    assert.equal(config.folding?.offSide, true);
  });

  it('indents after a line ending in a colon, and after a sequence item that opens a mapping', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    for (const line of [
      'statusModule:',
      '  startDateStruct:',
      '    - maskingInfo:',
      '  briefSummary: >-',
      '  eligibilityCriteria: |',
      '  armGroups:  # the arms',
      '-',
    ]) {
      assert.ok(increase.test(line), `increase after ${JSON.stringify(line)}`);
    }
    for (const line of ['  overallStatus: RECRUITING', '    - PHASE2', '  # note:', '  acronym: HUCMSC # see: x']) {
      assert.ok(!increase.test(line), `no increase after ${JSON.stringify(line)}`);
    }
  });

  it('onEnter: indents after `key:` and `- key:`, aligns under the key after `- key: value`', () => {
    assert.deepEqual(onEnter(config, '  statusModule:'), { indent: 'indent' });
    assert.deepEqual(onEnter(config, '  description: |-'), { indent: 'indent' });
    assert.deepEqual(onEnter(config, '  - maskingInfo:'), { indent: 'indent', appendText: '  ' });
    assert.deepEqual(onEnter(config, '    - label: Placebo Control'), { indent: 'none', appendText: '  ' });
    assert.equal(onEnter(config, '    - PHASE2'), undefined);
    assert.equal(onEnter(config, '    - "Biological: hUC-MSC"'), undefined);
    assert.deepEqual(onEnter(config, '  # Arms:'), { indent: 'none' });
    assert.equal(onEnter(config, '  overallStatus: RECRUITING'), undefined);
  });
});

describe('language-configuration-json.json: JSON specifics', () => {
  const config = load('language-configuration-json.json');

  it('has block comments and bracket-based indentation', () => {
    assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('  "statusModule": {'));
    assert.ok(increase.test('  "phases": ['));
    assert.ok(!increase.test('  "briefTitle": "A {study"'));
    assert.ok(decrease.test('  },'));
    assert.ok(decrease.test(']'));
  });

  it('continues a line comment only when splitting a comment line', () => {
    assert.deepEqual(onEnter(config, '  // a note', 'that goes on'), { indent: 'none', appendText: '// ' });
    assert.equal(onEnter(config, '  "url": "https://example.org', '/path"'), undefined);
  });
});
