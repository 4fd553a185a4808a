import { fastYamlValue } from './fastYamlValue';
import { LazyYamlLocations } from './lazyYamlLocations';
import { sameRecordValue } from './recordValueEquality';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';

/**
 * A YAML record read by its value alone (fastYamlValue.ts) with its locations read where asked for
 * (lazyYamlLocations.ts); undefined when the text must be read by `yaml` as a whole.
 */
export function fastYamlTree(text: string): TreeParseResult | undefined {
  const value = fastYamlValue(text);
  if (!value) return undefined;
  return { value, locations: new LazyYamlLocations(text, value, (whole) => parseYamlTree(whole)), problems: [], usesAnchors: false };
}

/**
 * For a record read by its value: the whole text's `yaml` reading, and whether it agrees (no syntax
 * problems, no anchors, the same value). The server checks this in idle time after publishing, and
 * analyses again should the two ever disagree. Undefined for a record read as a whole.
 */
export function wholeReadingOf(result: TreeParseResult): { whole: TreeParseResult; agrees: boolean } | undefined {
  if (!(result.locations instanceof LazyYamlLocations)) return undefined;
  const whole = result.locations.whole();
  const agrees = whole.problems.length === 0 && !whole.usesAnchors && sameRecordValue(whole.value, result.value);
  return { whole, agrees };
}
