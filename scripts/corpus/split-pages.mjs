// Splits the registry-page corpus (test/fixtures/import/corpus/pages) into a development half and a
// test half, stratified by site group, and writes test/fixtures/import/corpus/split.json.
//
// Run once, before any expected record was written or any reader tuned; committed so the split can be
// reproduced: `node scripts/corpus/split-pages.mjs` gives the same file again (the shuffle is seeded).
//
// - Every site group with two or more pages has pages in both halves.
// - Two copies of one page (`…-alt`) go to the same half: otherwise the test half would hold a page the
//   readers were tuned on under another name.
// - Sites with one page each are pooled by kind ("other aggregator sites"), so that kind is in both halves.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.join(ROOT, 'test/fixtures/import/corpus');

/** Site (the file name's prefix) → the group it is reported and stratified in. */
const GROUP_OF_SITE = {
  'ctgov-classic': 'ClinicalTrials.gov pages',
  'ctgov-modern': 'ClinicalTrials.gov pages',
  anzctr: 'ANZCTR',
  chictr: 'ChiCTR and ITMCTR',
  itmctr: 'ChiCTR and ITMCTR',
  ctri: 'CTRI',
  euctr: 'EU CTR and CTIS',
  ctis: 'EU CTR and CTIS',
  isrctn: 'ISRCTN',
  umin: 'UMIN-CTR',
  medpath: 'MedPath',
  meddatax: 'meddatax',
  ignite: 'Ignite',
  inclinicaltrials: 'inClinicalTrials',
  clinicaltrialexchange: 'clinicaltrialexchange',
  veeva: 'Veeva (ctv.veeva.com)',
  biotechhunter: 'biotechhunter',
  clincosm: 'clincosm',
  ichgcp: 'ichgcp',
  trialsco: 'trials.co',
};
const OTHER_SITES = 'other sites (one page each)';

function siteOf(name) {
  return name.startsWith('ctgov-') ? name.split('-').slice(0, 2).join('-') : name.split('-')[0];
}

/** mulberry32: a small seeded generator, so the split is the same on every machine. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20261202);
const pages = readdirSync(path.join(CORPUS, 'pages'))
  .filter((name) => name.endsWith('.txt'))
  .sort();
const groups = new Map();
for (const name of pages) {
  const group = GROUP_OF_SITE[siteOf(name)] ?? OTHER_SITES;
  // A page and its `-alt` copy are one unit.
  const unit = name.replace(/-alt\.txt$/, '.txt');
  const units = groups.get(group) ?? new Map();
  units.set(unit, [...(units.get(unit) ?? []), name]);
  groups.set(group, units);
}

const halves = { development: [], test: [] };
const groupOfPage = {};
// Odd-sized groups give their extra unit to the half that is smaller at that moment.
for (const [group, units] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const shuffled = [...units.values()];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  const first = halves.development.length <= halves.test.length ? 'development' : 'test';
  const second = first === 'development' ? 'test' : 'development';
  shuffled.forEach((unit, index) => {
    const half = index % 2 === 0 ? first : second;
    for (const name of unit) {
      halves[half].push(name);
      groupOfPage[name] = group;
    }
  });
}
halves.development.sort();
halves.test.sort();

const split = {
  about:
    'The registry-page corpus split into a development half (readers are tuned on it) and a test half (scored once, at the end, and reported as it comes out). Made by scripts/corpus/split-pages.mjs before any expected record was written.',
  groups: groupOfPage,
  development: halves.development,
  test: halves.test,
};
writeFileSync(path.join(CORPUS, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
console.log(`development: ${halves.development.length} pages, test: ${halves.test.length} pages`);
for (const [group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const inHalf = (half) => halves[half].filter((name) => groupOfPage[name] === group).length;
  console.log(`  ${group}: ${inHalf('development')} + ${inHalf('test')}`);
}
