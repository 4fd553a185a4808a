// What the review layer adds to each analysis after an edit: two analyzers of the target record, one with the
// review criteria and one with the registry rules alone, fed the same one-character edits of the brief title (as
// the editor re-analyses after each keystroke: incremental parse, locations at hand), alternating, medians of many
// edits. The limit: the 424 KB record's edit latency grows by at most 5 ms.
import path from 'node:path';
import { parseRecord } from '../server/src/service/parse/parseRecord';
import { RecordAnalyzer } from '../server/src/service/recordAnalyzer';
import { protocolSectionOf, TARGET_RECORD, toYaml } from './documents';
import { summarize } from './stats';

export interface ReviewCost {
  /** p50 of an analysis after an edit with the registry rules alone, ms. */
  readonly registryRulesMs: number;
  /** p50 of the same with the registry rules and the review criteria, ms. */
  readonly withReviewMs: number;
  readonly runs: number;
}

const TODAY = '2025-06-15';

export function reviewLayerCost(root: string, runs: number): ReviewCost {
  let text = toYaml(protocolSectionOf(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${TARGET_RECORD}.json`)));
  const title = parseRecord(text, 'yaml').locations.get('/identificationModule/briefTitle');
  if (!title) throw new Error(`${TARGET_RECORD} has no brief title`);
  const at = title.valueRange.start + 1;
  const registryOnly = new RecordAnalyzer('yaml');
  const withReview = new RecordAnalyzer('yaml');
  const time = (analyzer: RecordAnalyzer, reviewEnabled: boolean): number => {
    const started = process.hrtime.bigint();
    analyzer.analyze(text, { today: TODAY, reviewEnabled });
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const registry: number[] = [];
  const all: number[] = [];
  for (let edit = -10; edit < runs; edit++) {
    // The same text for both, one flat string as a message brings it; each analyzer gets ready for the edit as the
    // server does when idle, and they take turns at going first.
    text = Buffer.from(`${text.slice(0, at)}${edit % 2 === 0 ? 'x' : 'y'}${text.slice(at)}`).toString();
    const registryFirst = edit % 2 === 0;
    const first = registryFirst ? time(registryOnly, false) : time(withReview, true);
    const second = registryFirst ? time(withReview, true) : time(registryOnly, false);
    const [registryMs, allMs] = registryFirst ? [first, second] : [second, first];
    registryOnly.prepareForEdits();
    withReview.prepareForEdits();
    if (edit < 0) continue; // warm-up
    registry.push(registryMs);
    all.push(allMs);
  }
  return { registryRulesMs: summarize(registry).median, withReviewMs: summarize(all).median, runs };
}
