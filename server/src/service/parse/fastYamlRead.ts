import { fastYamlValue } from './fastYamlValue';
import { LazyYamlLocations } from './lazyYamlLocations';
import { sameRecordValue } from './recordValueEquality';
import { wholeReadingInSteps } from './steppedWholeReading';
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

/**
 * Reads the whole text of a record read by its value in steps (steppedWholeReading.ts), for `wholeReadingOf`
 * to find done; the server runs one step per turn, so messages that arrive meanwhile are answered.
 */
export function* readWholeInSteps(result: TreeParseResult, text: string): Generator<void, void, void> {
  const locations = result.locations;
  if (!(locations instanceof LazyYamlLocations) || locations.readWholly) return;
  const whole = yield* wholeReadingInSteps(text);
  locations.adoptWhole(whole);
}
