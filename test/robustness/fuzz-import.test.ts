// Fuzzing the importer with mutated registry pages (every page fixture and every shared real
// page). Properties: it returns a record or refuses with a message (ImportRefusal), never
// throws otherwise and never falls back because a reader failed; the YAML it emits parses
// cleanly and analyzes without a crash; and no line is lost — lines we add to a page, each
// carrying a unique marker, all reappear in the YAML (as a value or a kept comment).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { importPage, ImportRefusal, type StudyImport } from '../../server/src/import/importPage';
import { parseRecord } from '../../server/src/service/parse/parseRecord';
import { analyzeChecked } from './support/checkedAnalysis';
import { REPO_ROOT, textFilesIn } from './support/corpus';
import { applyMutations, checkProperty, mutations } from './support/fuzz';

const pages = [
  ...textFilesIn(path.join(REPO_ROOT, 'test', 'fixtures', 'import', 'pages')).map((page) => ({
    ...page,
    name: `fixtures/import/pages/${page.name}`,
  })),
  ...textFilesIn(path.join(REPO_ROOT, '..', 'shared', 'registry-pages')).map((page) => ({
    ...page,
    name: `shared/registry-pages/${page.name}`,
  })),
  // The 70 real pages of the evaluation corpus, from about 25 sites.
  ...textFilesIn(path.join(REPO_ROOT, 'test', 'fixtures', 'import', 'corpus', 'pages')).map((page) => ({
    ...page,
    name: `fixtures/import/corpus/pages/${page.name}`,
  })),
];
const textPages = pages.filter((page) => !/\.html?$/i.test(page.name));

/** Imports; a refusal is a valid answer (returned as undefined), any other exception fails. */
function importChecked(text: string, sourceName: string): StudyImport | undefined {
  let outcome: StudyImport;
  try {
    outcome = importPage(text, { sourceName });
  } catch (error) {
    if (error instanceof ImportRefusal) {
      assert.ok(error.message.length > 0);
      return undefined;
    }
    throw error;
  }
  assert.doesNotMatch(outcome.report, /reader failed/, `a page reader threw on ${sourceName}`);
  const syntax = parseRecord(outcome.yaml, 'yaml').syntaxProblems;
  assert.deepEqual(
    syntax.map((problem) => problem.message),
    [],
    `the imported YAML of ${sourceName} does not parse:\n${outcome.yaml.slice(0, 3000)}`,
  );
  analyzeChecked(outcome.yaml, 'yaml');
  return outcome;
}

/** Lines to add to a page: plain words, label-like lines, and lines that look like list items or headings. */
const addedLine = fc.constantFrom(
  '{marker}',
  'Notes: {marker}',
  '- {marker}',
  '  {marker} continued',
  'Phase: {marker}',
  'Status: {marker}',
  '{marker}:',
  '# {marker}',
  'Start Date: {marker}',
  'Condition {marker}',
);

describe('fuzzing the import of registry pages', () => {
  it(`has pages to fuzz (${pages.length})`, () => {
    assert.ok(pages.length >= 5, pages.map((page) => page.name).join(', '));
  });

  it('imports every page as it is', () => {
    for (const page of pages) assert.ok(importChecked(page.text, page.name), `${page.name} was refused`);
  });

  it('survives mutated pages', () => {
    checkProperty(
      fc.property(fc.nat({ max: pages.length - 1 }), mutations, (index, steps) => {
        importChecked(applyMutations(pages[index].text, steps), pages[index].name);
      }),
      250,
    );
  });

  it('keeps every added line: each marker reappears in the YAML', () => {
    checkProperty(
      fc.property(
        fc.nat({ max: textPages.length - 1 }),
        fc.array(fc.tuple(fc.nat(), addedLine), { minLength: 1, maxLength: 5 }),
        (index, additions) => {
          const lines = textPages[index].text.split('\n');
          const markers: string[] = [];
          additions.forEach(([at, template], n) => {
            const marker = `Zq${n}marker${at % 997}`;
            markers.push(marker);
            lines.splice(at % (lines.length + 1), 0, template.replace('{marker}', marker));
          });
          const outcome = importChecked(lines.join('\n'), textPages[index].name);
          assert.ok(outcome, 'a page with a few added lines is still imported');
          const missing = markers.filter((marker) => !outcome.yaml.includes(marker));
          assert.deepEqual(missing, [], `added lines lost from ${textPages[index].name}:\n${outcome.yaml.slice(-3000)}`);
        },
      ),
      250,
    );
  });
});
