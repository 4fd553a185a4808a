import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { coloured, loadGrammar, repoRoot, tokenize } from './textmate';

interface RawGrammar {
  scopeName: string;
  patterns: { include: string }[];
  injections?: Record<string, unknown>;
}

const files = {
  'source.trial-record.yaml': { file: 'syntaxes/trial-record-yaml.tmLanguage.json', base: 'source.yaml' },
  'source.trial-record.json': { file: 'syntaxes/trial-record-json.tmLanguage.json', base: 'source.json' },
} as const;

/** The part of the record schema the grammar test reads. */
interface SchemaDefinitions {
  definitions?: Record<string, unknown>;
}

/**
 * Every upper-case enum value a record can hold: the enums reachable from the schema's
 * ProtocolSection definition (the schema also defines results-section enums, which records never use).
 */
function protocolEnumValues(schema: SchemaDefinitions): Set<string> {
  const definitions = schema.definitions ?? {};
  const values = new Set<string>();
  const visited = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) {
          const name = value.slice('#/definitions/'.length);
          if (!visited.has(name)) {
            visited.add(name);
            walk(definitions[name]);
          }
        } else if (key === 'enum' && Array.isArray(value)) {
          for (const item of value) if (typeof item === 'string' && /^[A-Z][A-Z0-9_]*$/.test(item)) values.add(item);
        } else walk(value);
      }
    }
  };
  walk({ $ref: '#/definitions/ProtocolSection' });
  return values;
}

for (const [scopeName, { file, base }] of Object.entries(files)) {
  describe(file, () => {
    const raw = JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as RawGrammar;
    let grammar: IGrammar;
    before(async () => {
      grammar = await loadGrammar(scopeName as keyof typeof files);
    });

    it(`is ${scopeName}, built on ${base}, with its value patterns as an L: injection`, () => {
      assert.equal(raw.scopeName, scopeName);
      assert.deepEqual(raw.patterns, [{ include: base }]);
      const selectors = Object.keys(raw.injections ?? {});
      assert.equal(selectors.length, 1);
      assert.match(selectors[0] ?? '', new RegExp(`^L:${scopeName.replace(/\./g, '\\.')} - \\(string \\| comment`));
    });

    const schemaFile = path.join(repoRoot, 'schemas/trial-record.schema.json');
    it(
      'colours every enum value a record can hold (schema ProtocolSection)',
      { skip: !existsSync(schemaFile) && 'schema not written yet' },
      () => {
        const values = [...protocolEnumValues(JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaDefinitions)];
        assert.ok(values.length > 50, `found only ${values.length} enum values in the schema`);
        const text =
          base === 'source.yaml' ? values.map((value) => `- ${value}`).join('\n') : `[${values.map((value) => `"${value}"`).join(',\n')}]`;
        const found = new Set(coloured(tokenize(grammar, text)).map((entry) => entry.split(' => ')[0]));
        const missing = values.filter((value) => !found.has(value));
        assert.deepEqual(missing, [], 'enum values the grammar does not colour');
      },
    );
  });
}
