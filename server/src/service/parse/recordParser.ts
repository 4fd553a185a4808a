import { parseJsonRecord } from './jsonRecordParser';
import { fastJsonTree } from './fastJsonRead';
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

  /** `readValueFirst: false` reads every text with its positions at once (tests and benchmarks compare the two ways). */
  constructor(
    private readonly format: RecordFormat,
    private readonly options: { readonly readValueFirst?: boolean } = {},
  ) {
    if (format === 'yaml') this.yaml = new IncrementalYamlParser(options);
  }

  parse(text: string): ParsedRecord {
    if (this.last?.text === text) return this.last.parsed;
    const tree = this.yaml
      ? this.yaml.parse(text)
      : (this.options.readValueFirst !== false && fastJsonTree(text, parseJsonRecord)) || parseJsonRecord(text);
    const parsed = toParsedRecord(tree, this.format);
    this.last = { text, parsed };
    return parsed;
  }

  /**
   * Does now, while the server is idle, the work the next edit would otherwise start with. True when
   * the last text, read by its value alone, reads differently as a whole: `parse` of it now gives the
   * whole reading, and its analysis should be done again.
   */
  prepareForEdits(): boolean {
    if (!this.yaml?.prepareForEdits()) return false;
    this.last = undefined;
    return true;
  }

  /** `prepareForEdits` in steps (see `IncrementalYamlParser.prepareForEditsInSteps`). */
  *prepareForEditsInSteps(): Generator<void, boolean, void> {
    if (!this.yaml || !(yield* this.yaml.prepareForEditsInSteps())) return false;
    this.last = undefined;
    return true;
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
