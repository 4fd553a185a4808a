// The README's rule tables are the catalogues' own tables: adding or changing a rule without updating the
// README fails here (node --import tsx scripts/readme-tables.ts writes them).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { REVIEW_RULES } from '../../../server/src/service/rules/reviewCatalog';
import { reviewTableMarkdown, rulesTableMarkdown, withGeneratedTables } from '../../../server/src/service/rules/ruleDocs';

const readme = readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');

function block(marker: string): string {
  const match = new RegExp(`<!-- ${marker}:start[^>]*-->\\n([\\s\\S]*?)\\n<!-- ${marker}:end -->`).exec(readme);
  assert.ok(match, `README.md has no ${marker} markers`);
  return match[1];
}

describe('README rule tables', () => {
  it('lists every registry rule exactly as the catalogue documents it', () => {
    assert.equal(block('rules-table'), rulesTableMarkdown().trim());
  });

  it('lists the review criteria in a table of their own, with their severity at each review stage', () => {
    assert.equal(block('review-table'), reviewTableMarkdown().trim());
    const table = reviewTableMarkdown();
    assert.equal(table.trim().split('\n').length, REVIEW_RULES.length + 2);
    assert.match(table, /^\| Criterion \| Default \| At submission \| What it checks \| Basis \|$/m);
    assert.match(table, /^\| `review\/required-for-registration` \| information \| error \| /m);
    assert.ok(REVIEW_RULES.every((rule) => !rulesTableMarkdown().includes(`\`${rule.id}\``)));
    assert.ok(REGISTRY_RULES.every((rule) => !table.includes(`\`${rule.id}\``)));
  });

  it('is what the generator writes', () => {
    assert.equal(withGeneratedTables(readme), readme);
  });
});
