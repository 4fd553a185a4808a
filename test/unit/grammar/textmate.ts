// Loads the extension's TextMate grammars into a real vscode-textmate registry (with the
// vscode-oniguruma WASM regex engine, as VS Code uses) and tokenizes text line by line.
//
// The base grammars `source.yaml` and `source.json` ship with VS Code and are not available
// offline, so the registry below serves small STAND-IN grammars for those two scopes. They are not
// YAML or JSON grammars; they only copy the traits of VS Code's real ones that matter to ours:
//   - YAML: the whole document sits inside a begin/while rule (`meta.stream.yaml`), so any pattern of
//     ours that is not an injection would stop running after line 1; keys are `entity.name.tag.yaml`;
//     a plain scalar is a rule that begins with a zero-width look-ahead and is named
//     `string.unquoted.plain.out.yaml`; block scalars are `meta.scalar.yaml` with the content in
//     `string.unquoted.block.yaml`; comments are `comment.line.number-sign.yaml`.
//   - JSON: objects, arrays, `support.type.property-name.json` keys, `string.quoted.double.json` values
//     inside `meta.structure.dictionary.value.json` / `meta.structure.array.json`.
// When a VS Code build has been downloaded for the integration tests (.vscode-test/, git-ignored),
// the same assertions also run against its real YAML and JSON grammars (base "vscode"); without one
// those runs are skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

export const repoRoot = path.resolve(__dirname, '../../..');

const standInYaml = {
  scopeName: 'source.yaml',
  name: 'stand-in for VS Code YAML (tests only)',
  patterns: [{ include: '#stream' }],
  repository: {
    stream: {
      begin: '\\G|^',
      while: '^',
      name: 'meta.stream.yaml',
      patterns: [
        { include: '#comment' },
        { include: '#key' },
        { include: '#sequence-item' },
        { include: '#block-scalar' },
        { include: '#flow-sequence' },
        { include: '#double' },
        { include: '#single' },
        { include: '#plain' },
      ],
    },
    comment: { match: '(?<=^|\\s)#.*$', name: 'comment.line.number-sign.yaml' },
    key: {
      match: '^([ ]*)(?:(-)[ ]+)?([^\\s:#\'"\\[\\]{}-][^:#]*?)[ ]*(:)(?=\\s|$)',
      captures: {
        2: { name: 'punctuation.definition.block.sequence.item.yaml' },
        3: { name: 'entity.name.tag.yaml' },
        4: { name: 'punctuation.separator.map.value.yaml' },
      },
    },
    'sequence-item': { match: '^[ ]*(-)(?=\\s)', captures: { 1: { name: 'punctuation.definition.block.sequence.item.yaml' } } },
    'block-scalar': {
      begin: '([|>][-+]?)[ ]*$',
      beginCaptures: { 1: { name: 'keyword.control.flow.block-scalar.yaml' } },
      while: '^(?=[ ]{4}|[ ]*$)',
      name: 'meta.scalar.yaml',
      contentName: 'string.unquoted.block.yaml',
    },
    'flow-sequence': {
      begin: '\\[',
      end: '\\]',
      name: 'meta.flow.sequence.yaml',
      patterns: [
        { match: ',', name: 'punctuation.separator.sequence.yaml' },
        { include: '#double' },
        { include: '#single' },
        { begin: '(?=[^\\s,\\]\'"])', end: '(?=[ ]*[,\\]])', name: 'string.unquoted.plain.in.yaml' },
      ],
    },
    double: { begin: '"', end: '"', name: 'string.quoted.double.yaml' },
    single: { begin: "'", end: "'", name: 'string.quoted.single.yaml' },
    plain: { begin: '(?=[^\\s#\'"\\[\\]{},|>])', end: '(?=[ ]+#|$)', name: 'string.unquoted.plain.out.yaml' },
  },
};

const standInJson = {
  scopeName: 'source.json',
  name: 'stand-in for VS Code JSON (tests only)',
  patterns: [{ include: '#value' }],
  repository: {
    value: {
      patterns: [
        { include: '#object' },
        { include: '#array' },
        { include: '#string' },
        { match: '-?\\d+(?:\\.\\d+)?', name: 'constant.numeric.json' },
        { match: '\\b(?:true|false|null)\\b', name: 'constant.language.json' },
      ],
    },
    object: {
      begin: '\\{',
      end: '\\}',
      name: 'meta.structure.dictionary.json',
      patterns: [
        { begin: '"', end: '"', name: 'string.json support.type.property-name.json' },
        {
          begin: ':',
          end: '(,)|(?=\\})',
          name: 'meta.structure.dictionary.value.json',
          patterns: [{ include: '#value' }],
        },
      ],
    },
    array: {
      begin: '\\[',
      end: '\\]',
      name: 'meta.structure.array.json',
      patterns: [{ include: '#value' }, { match: ',', name: 'punctuation.separator.array.json' }],
    },
    string: { begin: '"', end: '"', name: 'string.quoted.double.json' },
  },
};

const grammarFiles: Record<string, string> = {
  'source.trial-record.yaml': path.join(repoRoot, 'syntaxes/trial-record-yaml.tmLanguage.json'),
  'source.trial-record.json': path.join(repoRoot, 'syntaxes/trial-record-json.tmLanguage.json'),
};
const standIns: Record<string, object> = { 'source.yaml': standInYaml, 'source.json': standInJson };

/** Built-in extensions folders of downloaded VS Code builds (code-server, or a VS Code from @vscode/test-electron). */
function vscodeExtensionFolders(): string[] {
  const testRoot = path.join(repoRoot, '.vscode-test');
  const candidates = [path.join(testRoot, 'code-server/node_modules/code-server/lib/vscode/extensions')];
  if (existsSync(testRoot)) {
    for (const entry of readdirSafe(testRoot)) {
      candidates.push(path.join(testRoot, entry, 'resources/app/extensions'));
      candidates.push(path.join(testRoot, entry, 'VSCode-linux-x64/resources/app/extensions'));
    }
  }
  return candidates.filter((folder) => existsSync(path.join(folder, 'yaml/syntaxes/yaml.tmLanguage.json')));
}

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** VS Code's own grammars for the base scopes, if a VS Code build is on disk. */
function vscodeBaseGrammars(): Record<string, string> | undefined {
  const folder = vscodeExtensionFolders()[0];
  if (!folder) return undefined;
  const files: Record<string, string> = {
    'source.yaml': path.join(folder, 'yaml/syntaxes/yaml.tmLanguage.json'),
    'source.json': path.join(folder, 'json/syntaxes/JSON.tmLanguage.json'),
  };
  for (const version of ['1.0', '1.1', '1.2', '1.3']) {
    files[`source.yaml.${version}`] = path.join(folder, `yaml/syntaxes/yaml-${version}.tmLanguage.json`);
  }
  return files;
}

export type Base = 'stand-in' | 'vscode';

/** The base grammars the tests can run on: always the stand-ins, and VS Code's when present. */
export const availableBases: { base: Base; skip: string | false }[] = [
  { base: 'stand-in', skip: false },
  { base: 'vscode', skip: vscodeBaseGrammars() ? false : 'no VS Code build in .vscode-test/' },
];

const registries = new Map<Base, Promise<vsctm.Registry>>();
let wasmLoaded: Promise<void> | undefined;

async function createRegistry(base: Base): Promise<vsctm.Registry> {
  wasmLoaded ??= (async () => {
    const wasm = readFileSync(path.join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  await wasmLoaded;
  const realBase = base === 'vscode' ? (vscodeBaseGrammars() ?? {}) : {};
  const rawGrammar = (scopeName: string): vsctm.IRawGrammar | null => {
    const file = grammarFiles[scopeName] ?? realBase[scopeName];
    if (file && existsSync(file)) return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    const standIn = base === 'stand-in' ? standIns[scopeName] : undefined;
    if (standIn) return vsctm.parseRawGrammar(JSON.stringify(standIn), `${scopeName}.json`);
    return null;
  };
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    // The files are read synchronously; a grammar that fails to read or parse still comes back as a rejection.
    loadGrammar: (scopeName: string) => new Promise<vsctm.IRawGrammar | null>((resolve) => resolve(rawGrammar(scopeName))),
  });
}

export async function loadGrammar(
  scopeName: 'source.trial-record.yaml' | 'source.trial-record.json',
  base: Base = 'stand-in',
): Promise<vsctm.IGrammar> {
  let registry = registries.get(base);
  if (!registry) {
    registry = createRegistry(base);
    registries.set(base, registry);
  }
  const grammar = await (await registry).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

/** Tokenizes a whole document; line numbers are 0-based. */
export function tokenize(grammar: vsctm.IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

export const TRIAL_SCOPES = [
  'constant.other.nct-id.trial-record',
  'constant.other.enum.trial-record',
  'constant.numeric.date.trial-record',
  'constant.numeric.age.trial-record',
] as const;

/** The trial-record scope of a token, if it has one. */
export function trialScope(token: Token): string | undefined {
  return token.scopes.find((scope) => (TRIAL_SCOPES as readonly string[]).includes(scope));
}

/** Tokens that carry one of our scopes, as "text => scope" strings (easy to compare in asserts). */
export function coloured(tokens: Token[]): string[] {
  return tokens.flatMap((token) => {
    const scope = trialScope(token);
    return scope ? [`${token.text} => ${scope}`] : [];
  });
}
