// Writes the README's generated tables (the registry rules, the review criteria) from the rule catalogs.
// Usage: node --import tsx scripts/readme-tables.ts [--check]
// test/unit/rules/readmeTable.test.ts fails when README.md and the catalogs disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withGeneratedTables } from '../server/src/service/rules/ruleDocs';

const readmePath = path.resolve(__dirname, '..', 'README.md');
const current = readFileSync(readmePath, 'utf8');
const next = withGeneratedTables(current);
if (process.argv.includes('--check')) {
  process.stdout.write(current === next ? 'README.md: rule tables are current\n' : 'README.md: rule tables are stale\n');
  process.exit(current === next ? 0 : 1);
}
writeFileSync(readmePath, next);
process.stdout.write('README.md: rule tables written from the rule catalogs\n');
