// Writes the rule ids into package.json's `trialRecord.rules` setting, so settings.json completes them and flags
// an id that names no rule.  Usage: node --import tsx scripts/settings-schema.ts [--check]
// test/unit/rules/settingsSchema.test.ts fails when package.json and the rule catalog disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rulesSettingSchema } from '../test/unit/rules/support/rulesSettingSchema';

const manifestPath = path.resolve(__dirname, '..', 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  contributes: { configuration: { properties: Record<string, unknown> } };
};
const properties = manifest.contributes.configuration.properties;
const current = JSON.stringify(properties['trialRecord.rules']);
const next = rulesSettingSchema(properties['trialRecord.rules']);
if (process.argv.includes('--check')) {
  process.stdout.write(
    current === JSON.stringify(next) ? 'package.json: trialRecord.rules is current\n' : 'package.json: trialRecord.rules is stale\n',
  );
  process.exit(current === JSON.stringify(next) ? 0 : 1);
}
properties['trialRecord.rules'] = next;
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write('package.json: trialRecord.rules written from the rule catalog\n');
