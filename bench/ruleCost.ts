// Where a study's check time goes among the rules: `npm run bench:rules` reads the generated corpus's JSON studies
// (bench/corpus.ts, 1,000 by default; `-- --studies N`) once, then times every rule over every study, each pass
// after a warm-up pass, and prints the rules' total per study and the 15 costliest rules (`SHOWN=90` for all). In process, as the check
// worker runs them; a contributor's tool for finding what to make cheaper, not a target.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { RecordParser } from '../server/src/service/parse/recordParser';
import { ALL_RULES } from '../server/src/service/rules/ruleCatalog';
import { createRuleContext } from '../server/src/service/rules/ruleContext';
import { corpusFiles, ensureCorpus } from './corpus';

const TODAY = '2026-01-01';
const PASSES = 3;
const SHOWN = Number(process.env.SHOWN ?? 15);

function main(): void {
  const at = process.argv.indexOf('--studies');
  const count = at >= 0 ? Number(process.argv[at + 1]) : 1_000;
  const corpus = ensureCorpus(process.cwd(), count, 'json', undefined, (line) => console.error(line));
  const parser = new RecordParser('json');
  const studies = corpusFiles(corpus).map((file) => parser.parse(readFileSync(file, 'utf8')));
  const cost = new Map<string, number>(ALL_RULES.map((rule) => [rule.id, 0]));
  for (let pass = 0; pass <= PASSES; pass++) {
    for (const study of studies) {
      const context = createRuleContext(study, TODAY);
      for (const rule of ALL_RULES) {
        const started = performance.now();
        rule.check(context);
        if (pass > 0) cost.set(rule.id, cost.get(rule.id)! + performance.now() - started);
      }
    }
  }
  const perStudyUs = (ms: number) => (1000 * ms) / (PASSES * studies.length);
  const ranked = [...cost].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${ALL_RULES.length} rules over ${studies.length} JSON studies, ${PASSES} timed passes`);
  console.log(`all rules: ${(perStudyUs(total) / 1000).toFixed(2)} ms a study`);
  for (const [id, ms] of ranked.slice(0, SHOWN)) console.log(`${perStudyUs(ms).toFixed(0).padStart(6)} µs  ${id}`);
}

main();
