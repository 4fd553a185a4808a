// The README's rule table is the catalogue's own table: adding or changing a rule without
// updating the README fails here (copy the `expected` text printed by the failure).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rulesTableMarkdown } from '../../../server/src/service/rules/ruleDocs';

describe('README rule table', () => {
  it('lists every rule exactly as the catalogue documents it', () => {
    const readme = readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const match = /<!-- rules-table:start[^>]*-->\n([\s\S]*?)\n<!-- rules-table:end -->/.exec(readme);
    assert.ok(match, 'README.md has no rules-table markers');
    assert.equal(match[1], rulesTableMarkdown().trim());
  });
});
