// Sort Record into Registry Order: modules and fields moved into the order of ClinicalTrials.gov's
// API (the schema's), by moving their text (orderTree.ts). The result is read back and must hold the
// same data and comments, else nothing is offered.
import { parseTree, type ParseError } from 'jsonc-parser';
import type { TextEdit } from '../fixes/textEdit';
import { applyEdits } from '../fixes/textEdit';
import type { RecordFormat } from '../parse/parsedRecord';
import { registryOrderEdits, type OrderNode } from './orderTree';
import { jsonOrderTree, yamlOrderTree } from './readOrderTree';
import { readYamlDocument, recordContent, sameContent, yamlContent, type RecordContent } from './recordContent';
import { refusalOf, type Refusal } from './refusal';

/** The sorted text, or why there is none. */
export type SortOutcome = { readonly text: string } | Refusal;

/** `text` in registry order (the same text when it already is). */
export function sortRecordText(text: string, format: RecordFormat): SortOutcome {
  const refused = refusalOf(text, format);
  if (refused) return refused;
  const read = format === 'json' ? readJson(text) : readYaml(text);
  if (!read) return { refused: `the ${format === 'json' ? 'JSON' : 'YAML'} does not parse`, unexpected: false };
  const edits: TextEdit[] = registryOrderEdits(text, read.tree);
  if (edits.length === 0) return { text };
  const sorted = applyEdits(text, edits);
  if (!sameContent(read.content, recordContent(sorted, format), false)) {
    return { refused: 'the sorted text would not hold the same data and comments', unexpected: true };
  }
  return { text: sorted };
}

interface ReadRecord {
  readonly tree: OrderNode;
  readonly content: RecordContent;
}

function readJson(text: string): ReadRecord | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true });
  const content = recordContent(text, 'json');
  return errors.length === 0 && content ? { tree: jsonOrderTree(root), content } : undefined;
}

function readYaml(text: string): ReadRecord | undefined {
  const document = readYamlDocument(text);
  return document ? { tree: yamlOrderTree(text, document.contents), content: yamlContent(document, text) } : undefined;
}
