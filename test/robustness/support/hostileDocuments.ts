import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';

/** A hostile document and what the user must see for it. */
export interface HostileDocument {
  readonly name: string;
  readonly format: RecordFormat;
  readonly text: () => string;
  /** Codes of which at least one must be reported (empty: the record must read without syntax errors). */
  readonly expectCodes: readonly string[];
  /** The message one of those diagnostics must match, when the wording matters. */
  readonly expectMessage?: RegExp;
}

const VALID_YAML_START = 'identificationModule:\n  orgStudyIdInfo:\n    id: HOSTILE-1\n  briefTitle: A Hostile Document\n';

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings if expanded. */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const previous = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

export const NESTING_LEVELS = 10_000;

export const HOSTILE_DOCUMENTS: readonly HostileDocument[] = [
  { name: 'YAML alias bomb ("billion laughs")', format: 'yaml', text: aliasBomb, expectCodes: ['syntax/alias-limit'] },
  {
    name: 'YAML alias bomb inside a module',
    format: 'yaml',
    text: () =>
      `${VALID_YAML_START}conditionsModule:\n  keywords: &k [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 9 },
        (_, i) =>
          `  k${i}: &k${i} [${Array(10)
            .fill(i === 0 ? '*k' : `*k${i - 1}`)
            .join(', ')}]`,
      ).join('\n')}\n`,
    expectCodes: ['syntax/alias-limit'],
  },
  {
    name: `YAML flow nesting, ${NESTING_LEVELS} levels`,
    format: 'yaml',
    text: () => `a: ${'['.repeat(NESTING_LEVELS)}${']'.repeat(NESTING_LEVELS)}\n`,
    expectCodes: ['syntax/too-deep'],
  },
  {
    name: `YAML block nesting, ${NESTING_LEVELS} levels of mappings`,
    format: 'yaml',
    text: () => `${Array.from({ length: NESTING_LEVELS }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} end\n`,
    expectCodes: ['syntax/too-deep'],
  },
  {
    name: `YAML block nesting, ${NESTING_LEVELS / 2} levels of lists`,
    format: 'yaml',
    text: () => nestedLists(NESTING_LEVELS / 2),
    expectCodes: ['syntax/too-deep'],
  },
  // Indented two spaces a level, 10,000 levels are 95 MB: refused by their size before their depth is looked at.
  {
    name: `YAML block nesting, ${NESTING_LEVELS} levels of lists (a 95 MB file)`,
    format: 'yaml',
    text: () => nestedLists(NESTING_LEVELS),
    expectCodes: ['syntax/too-large'],
    expectMessage: /it is 95\.4 MB, and files over 50 MB are not read/,
  },
  {
    name: `JSON nesting, ${NESTING_LEVELS} levels of arrays`,
    format: 'json',
    text: () => `${'['.repeat(NESTING_LEVELS)}${']'.repeat(NESTING_LEVELS)}`,
    expectCodes: ['syntax/too-deep'],
  },
  {
    name: `JSON nesting, ${NESTING_LEVELS} levels of objects`,
    format: 'json',
    text: () => `${'{"a":'.repeat(NESTING_LEVELS)}1${'}'.repeat(NESTING_LEVELS)}`,
    expectCodes: ['syntax/too-deep'],
  },
  // A value up to MAX_VALUE_CHARS (500,000 characters) is read and checked; a longer one is refused as one value.
  {
    name: 'a 400 kB single-line title (YAML)',
    format: 'yaml',
    text: () => `identificationModule:\n  briefTitle: ${'x'.repeat(400_000)}\n`,
    expectCodes: ['schema/max-length'],
  },
  {
    name: 'a 400 kB single-line title (JSON)',
    format: 'json',
    text: () => `{"identificationModule": {"briefTitle": "${'x'.repeat(400_000)}"}}`,
    expectCodes: ['schema/max-length'],
  },
  {
    name: 'a 10 MB single-line title (YAML)',
    format: 'yaml',
    text: () => `identificationModule:\n  briefTitle: ${'x'.repeat(10_000_000)}\n`,
    expectCodes: ['syntax/too-large'],
    expectMessage: /one value, from line \d+, is 9\.5 MB long/,
  },
  {
    name: 'a 10 MB single-line title (JSON)',
    format: 'json',
    text: () => `{"identificationModule": {"briefTitle": "${'x'.repeat(10_000_000)}"}}`,
    expectCodes: ['syntax/too-large'],
    expectMessage: /one value, from line 1, is 9\.5 MB long/,
  },
  // One value, however many lines: refused as one value too long (5.7 MB), not as 1,000,000 values.
  {
    name: '1,000,000-line block scalar (YAML)',
    format: 'yaml',
    text: () => `${VALID_YAML_START}descriptionModule:\n  detailedDescription: |\n${'    x\n'.repeat(1_000_000)}`,
    expectCodes: ['syntax/too-large'],
    expectMessage: /one value, from line \d+, is 5\.7 MB long/,
  },
  {
    name: '30 MB double-quoted scalar (YAML)',
    format: 'yaml',
    text: () => `${VALID_YAML_START}  officialTitle: "${'x'.repeat(30 * 1024 * 1024)}"\n`,
    expectCodes: ['syntax/too-large'],
    expectMessage: /one value, from line \d+, is 30\.0 MB long/,
  },
  {
    name: '30 MB string (JSON)',
    format: 'json',
    text: () => `{"identificationModule": {"officialTitle": "${'x'.repeat(30 * 1024 * 1024)}"}}`,
    expectCodes: ['syntax/too-large'],
    expectMessage: /one value, from line 1, is 30\.0 MB long/,
  },
  {
    name: 'a 100 kB line of structural characters (YAML)',
    format: 'yaml',
    text: () => punctuationLine(100_000),
    expectCodes: ['syntax/yaml'],
  },
  {
    name: 'a 10 MB line of structural characters (YAML)',
    format: 'yaml',
    text: () => punctuationLine(10_000_000),
    expectCodes: ['syntax/too-large'],
    expectMessage: /too large to check/,
  },
  {
    name: 'a 10 MB one-line list of 5 million numbers (JSON)',
    format: 'json',
    text: () => `{"a": [${'0,'.repeat(5_000_000)}0]}`,
    expectCodes: ['syntax/too-large'],
  },
  {
    name: '600,000 lines of list items (YAML)',
    format: 'yaml',
    text: () => `a:\n${'  - x\n'.repeat(600_000)}`,
    expectCodes: ['syntax/too-large'],
  },
  {
    name: '50,000 list items (YAML)',
    format: 'yaml',
    text: () =>
      `${VALID_YAML_START}conditionsModule:\n  conditions:\n${Array.from({ length: 50_000 }, (_, i) => `    - Condition ${i}`).join('\n')}\n`,
    expectCodes: ['schema/required'],
  },
  {
    name: '50,000 list items (JSON)',
    format: 'json',
    text: () => JSON.stringify({ conditionsModule: { conditions: Array.from({ length: 50_000 }, (_, i) => `Condition ${i}`) } }),
    expectCodes: ['schema/required'],
  },
  {
    name: '50,000 wrong list items (every one a schema error)',
    format: 'yaml',
    text: () => `${VALID_YAML_START}designModule:\n  phases:\n${Array.from({ length: 50_000 }, () => '    - PHASE9').join('\n')}\n`,
    expectCodes: ['schema/enum'],
  },
  { name: 'binary bytes decoded as UTF-8 (YAML)', format: 'yaml', text: () => binaryText(), expectCodes: ['schema/type', 'syntax/yaml'] },
  { name: 'binary bytes decoded as UTF-8 (JSON)', format: 'json', text: () => binaryText(), expectCodes: ['syntax/json'] },
  {
    name: 'invalid UTF-8 and lone surrogates in values',
    format: 'yaml',
    text: () =>
      `${VALID_YAML_START.replace('A Hostile Document', `Bad \uD800 bytes ${Buffer.from([0xc3, 0x28, 0xff, 0xfe]).toString('utf8')} \uDFFF`)}`,
    expectCodes: [],
  },
  {
    name: 'NUL and control characters in values (read as text)',
    format: 'yaml',
    text: () => `${VALID_YAML_START}  acronym: x\u0000y\u0007z\n  officialTitle: "A\\u0000B"\n`,
    expectCodes: [],
  },
  { name: 'byte order mark (YAML)', format: 'yaml', text: () => `\uFEFF${VALID_YAML_START}`, expectCodes: [] },
  {
    name: 'byte order mark (JSON)',
    format: 'json',
    text: () =>
      `\uFEFF${JSON.stringify({ identificationModule: { orgStudyIdInfo: { id: 'HOSTILE-1' }, briefTitle: 'A Hostile Document' } }, null, 2)}`,
    expectCodes: [],
  },
  { name: 'CRLF line endings', format: 'yaml', text: () => VALID_YAML_START.replace(/\n/g, '\r\n'), expectCodes: [] },
  {
    name: 'mixed LF and CRLF line endings',
    format: 'yaml',
    text: () => 'identificationModule:\r\n  orgStudyIdInfo:\n    id: HOSTILE-1\r\n  briefTitle: A Hostile Document\n',
    expectCodes: [],
  },
  {
    name: 'a lone CR (old Mac line end) between lines',
    format: 'yaml',
    text: () => 'identificationModule:\r\n  orgStudyIdInfo:\r    id: HOSTILE-1\n  briefTitle: A Hostile Document\r\n',
    expectCodes: ['syntax/yaml'],
    expectMessage: /line end|carriage return|\bCR\b/i,
  },
  {
    name: 'a tab as indentation',
    format: 'yaml',
    text: () => 'identificationModule:\n\tbriefTitle: Tabbed\n',
    expectCodes: ['syntax/yaml'],
  },
  {
    name: 'duplicate keys (YAML)',
    format: 'yaml',
    text: () => `${VALID_YAML_START}  briefTitle: Again\n`,
    expectCodes: ['syntax/duplicate-key'],
  },
  {
    name: 'duplicate keys (JSON)',
    format: 'json',
    text: () => '{"identificationModule": {"briefTitle": "x", "briefTitle": "y"}}',
    expectCodes: ['syntax/duplicate-key'],
  },
];

/** A block list nested `levels` deep, one level a line (`-`, `  -`, `    -`, …). */
function nestedLists(levels: number): string {
  return `${Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n')} end\n`;
}

/** 4 KiB of every byte value, decoded as UTF-8 (invalid sequences become U+FFFD, as a file read does). */
function binaryText(): string {
  return Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)).toString('utf8');
}

/**
 * `a: [{[{…` followed by `:-,` repeated: a flow item per comma, each about 1 kB once parsed by the
 * yaml package, so long ones are refused before parsing (see the memory test in hostile-lsp.test.ts).
 */
export function punctuationLine(characters: number): string {
  return `a: ${'[{'.repeat(50)}${':-,'.repeat(Math.ceil(characters / 3))}\n`;
}
