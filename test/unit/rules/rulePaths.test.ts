// A rule's id says where it lives: rule `<prefix>/<name>` is `rules/<prefix>/<name>.ts`, and its tests are
// `test/unit/rules/<prefix>/<name>.test.ts`. Helper modules in a prefix folder end in `Helpers.ts`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ALL_RULES } from '../../../server/src/service/rules/ruleCatalog';
import type { RuleDefinition } from '../../../server/src/service/rules/ruleTypes';

const RULES_FOLDER = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'service', 'rules');
const TESTS_FOLDER = __dirname;

/** `<prefix>/<name>` for every rule file under the rules folder's prefix folders (helpers excluded). */
function ruleFiles(): string[] {
  const found: string[] = [];
  for (const prefix of readdirSync(RULES_FOLDER).sort()) {
    const folder = path.join(RULES_FOLDER, prefix);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.ts') || file.endsWith('Helpers.ts')) continue;
      found.push(`${prefix}/${file.slice(0, -'.ts'.length)}`);
    }
  }
  return found;
}

function isRule(value: unknown): value is RuleDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { check?: unknown }).check === 'function'
  );
}

async function exportedRules(relative: string): Promise<RuleDefinition[]> {
  const loaded = (await import(path.join(RULES_FOLDER, `${relative}.ts`))) as Record<string, unknown>;
  return Object.values(loaded).filter(isRule);
}

describe('rule ids and file paths', () => {
  it('keeps every catalog rule `<prefix>/<name>` in rules/<prefix>/<name>.ts, which exports it', async () => {
    for (const rule of ALL_RULES) {
      assert.match(rule.id, /^[a-z]+\/[a-z-]+$/, `${rule.id} is not <prefix>/<name>`);
      assert.ok(existsSync(path.join(RULES_FOLDER, `${rule.id}.ts`)), `rule ${rule.id} has no file rules/${rule.id}.ts`);
      const exported = await exportedRules(rule.id);
      assert.ok(exported.includes(rule), `rules/${rule.id}.ts does not export the catalog's rule ${rule.id}`);
    }
  });

  it('lists every rule file in the catalog, one rule per file, with the id its path says', async () => {
    const catalog = new Set(ALL_RULES);
    for (const relative of ruleFiles()) {
      const exported = await exportedRules(relative);
      assert.deepEqual(
        exported.map((rule) => rule.id),
        [relative],
        `rules/${relative}.ts should export exactly the rule ${relative}`,
      );
      assert.ok(catalog.has(exported[0]), `rule ${relative} is not in ruleCatalog.ts`);
    }
    assert.equal(ruleFiles().length, ALL_RULES.length);
  });

  it("keeps each rule's tests at the mirrored path", () => {
    for (const rule of ALL_RULES) {
      assert.ok(
        existsSync(path.join(TESTS_FOLDER, `${rule.id}.test.ts`)),
        `rule ${rule.id} has no tests at test/unit/rules/${rule.id}.test.ts`,
      );
    }
  });
});
