import { parseJsonRecord } from './jsonRecordParser';
import { IncrementalYamlParser } from './incrementalYamlParser';
import { isPlainObject, type ParsedRecord, type RecordFormat } from './parsedRecord';
import { hasOwn } from './safeObject';
import type { TreeParseResult } from './yamlRecordParser';

/**
 * Parses successive versions of one document. YAML is re-parsed incrementally (only the module or
 * list item an edit touched); the result is always what `parseRecord` gives for the same text.
 * The same text gives back the same `ParsedRecord` object, so caches keyed on it keep working.
 */
export class RecordParser {
  private readonly yaml?: IncrementalYamlParser;
  private last?: { text: string; parsed: ParsedRecord };

  constructor(private readonly format: RecordFormat) {
    if (format === 'yaml') this.yaml = new IncrementalYamlParser();
  }

  parse(text: string): ParsedRecord {
    if (this.last?.text === text) return this.last.parsed;
    const tree = this.yaml ? this.yaml.parse(text) : parseJsonRecord(text);
    const parsed = toParsedRecord(tree, this.format);
    this.last = { text, parsed };
    return parsed;
  }

  /** Does now, while the server is idle, the work the next edit would otherwise start with. */
  prepareForEdits(): void {
    this.yaml?.prepareForEdits();
  }
}

export function toParsedRecord(tree: TreeParseResult, format: RecordFormat): ParsedRecord {
  const recordPointer = isPlainObject(tree.value) && hasOwn(tree.value, 'protocolSection') ? '/protocolSection' : '';
  return {
    format,
    value: tree.value,
    locations: tree.locations,
    syntaxProblems: tree.problems,
    recordPointer,
    ...(tree.brokenRanges ? { brokenRanges: tree.brokenRanges } : {}),
  };
}
