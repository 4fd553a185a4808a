// What the review layer adds to each analysis (every edit re-analyses the record): the rules run over the parsed
// target record with and without the review criteria, in this process, alternating, medians of many runs. The
// issue's limit: the 424 KB record's edit latency grows by at most 5 ms.
import path from 'node:path';
import { parseRecord } from '../server/src/service/parse/parseRecord';
import { ALL_RULES, REGISTRY_RULES } from '../server/src/service/rules/ruleCatalog';
import { runRules } from '../server/src/service/rules/runRules';
import { protocolSectionOf, TARGET_RECORD, toYaml } from './documents';
import { summarize } from './stats';

export interface ReviewCost {
  /** p50 of the registry rules alone, ms. */
  readonly registryRulesMs: number;
  /** p50 of the registry rules and the review criteria, ms. */
  readonly withReviewMs: number;
  readonly runs: number;
}

export function reviewLayerCost(root: string, runs: number): ReviewCost {
  const text = toYaml(protocolSectionOf(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${TARGET_RECORD}.json`)));
  const time = (rules: typeof ALL_RULES): number => {
    // A fresh parse each time, as after an edit: nothing a rule memoises per parsed value carries over.
    const parsed = parseRecord(text, 'yaml');
    const started = process.hrtime.bigint();
    runRules(parsed, { today: '2025-06-15', text, rules });
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let warm = 0; warm < 10; warm++) {
    time(REGISTRY_RULES);
    time(ALL_RULES);
  }
  const registry: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < runs; run++) {
    registry.push(time(REGISTRY_RULES));
    all.push(time(ALL_RULES));
  }
  return { registryRulesMs: summarize(registry).median, withReviewMs: summarize(all).median, runs };
}
