import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { rulesSettingSchema } from './support/rulesSettingSchema';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }> } };
};

describe('the trialRecord.rules setting in package.json', () => {
  const setting = manifest.contributes.configuration.properties['trialRecord.rules'];

  it('lists every rule id, so settings.json completes them', () => {
    assert.deepEqual(
      Object.keys(setting.properties ?? {}),
      ALL_RULES.map((rule) => rule.id),
    );
  });

  it('flags an id that names no rule', () => {
    assert.equal(setting.additionalProperties, false);
  });

  it('is what the rule catalog makes (node --import tsx scripts/settings-schema.ts writes it)', () => {
    assert.deepEqual(setting, rulesSettingSchema(setting));
  });
});
