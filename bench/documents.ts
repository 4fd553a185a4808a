// The benchmark's documents: a small sample, every real record of the fixtures as YAML (its
// protocol section, as an author would keep it), and synthetic records grown to 1 MB and 4 MB
// with more locations and outcomes, to show how cost grows with size.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

export interface BenchDocument {
  readonly name: string;
  readonly text: string;
  /** The document the targets are stated for. */
  readonly isTarget?: boolean;
  readonly synthetic?: boolean;
  /** A whole study with its results section (edits are also made inside the results). */
  readonly withResults?: boolean;
}

export const TARGET_RECORD = 'NCT04267848';

/** The largest real record with results (504 KB of API JSON): edits inside its results get their own row. */
export const RESULTS_RECORD = 'NCT04431453';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toYaml(value: Json): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The protocol section of an API v2 study file, or of the first study of a search response. */
export function protocolSectionOf(file: string): Json {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { protocolSection?: Json; studies?: { protocolSection?: Json }[] };
  const section = json.protocolSection ?? json.studies?.[0]?.protocolSection;
  if (section === undefined) throw new Error(`${file} holds no protocolSection`);
  return section;
}

export function realRecords(root: string): BenchDocument[] {
  const folder = path.join(root, 'test', 'fixtures', 'ctgov', 'json');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = path.basename(file, '.json');
      return { name, text: toYaml(protocolSectionOf(path.join(folder, file))), isTarget: name === TARGET_RECORD };
    });
}

/** The record with results as an author keeps it: the whole study, its protocol and its results (nothing the registry derives). */
export function resultsRecord(root: string): BenchDocument {
  const study = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${RESULTS_RECORD}.json`), 'utf8')) as {
    protocolSection: Json;
    resultsSection: Json;
  };
  return {
    name: `${RESULTS_RECORD}-with-results`,
    text: toYaml({ protocolSection: study.protocolSection, resultsSection: study.resultsSection }),
    withResults: true,
  };
}

export function smallSample(root: string): BenchDocument {
  return { name: 'sample-NCT06731192', text: readFileSync(path.join(root, 'samples', 'NCT06731192.trial.yaml'), 'utf8') };
}

/** The target record with its locations and outcomes repeated until the YAML reaches `bytes`. */
export function syntheticRecord(root: string, bytes: number): BenchDocument {
  const study = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${TARGET_RECORD}.json`), 'utf8')) as {
    protocolSection: { [key: string]: Json };
  };
  const section = study.protocolSection;
  const contacts = section.contactsLocationsModule as { locations: Json[] };
  const outcomes = section.outcomesModule as { secondaryOutcomes?: Json[] };
  const baseLocations = contacts.locations;
  const baseOutcomes = outcomes.secondaryOutcomes ?? [];
  const baseSize = Buffer.byteLength(toYaml(section));
  const copies = Math.max(1, Math.ceil(bytes / baseSize));
  const locations: Json[] = [];
  const secondary: Json[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const location of baseLocations) locations.push(renamed(location, copy));
    for (const outcome of baseOutcomes) secondary.push(renamed(outcome, copy));
  }
  let text = '';
  // Trim whole items until the text is just over the requested size.
  let low = baseLocations.length;
  let high = locations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const size = Buffer.byteLength(
      toYaml({
        ...section,
        contactsLocationsModule: { ...contacts, locations: locations.slice(0, middle) },
        outcomesModule: { ...outcomes, secondaryOutcomes: secondary.slice(0, Math.ceil((middle / locations.length) * secondary.length)) },
      }),
    );
    if (size < bytes) low = middle + 1;
    else high = middle;
  }
  text = toYaml({
    ...section,
    contactsLocationsModule: { ...contacts, locations: locations.slice(0, low) },
    outcomesModule: { ...outcomes, secondaryOutcomes: secondary.slice(0, Math.ceil((low / locations.length) * secondary.length)) },
  });
  return { name: `synthetic-${Math.round(bytes / 1_000_000)}MB`, text, synthetic: true };
}

function renamed(value: Json, copy: number): Json {
  if (copy === 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const result: { [key: string]: Json } = { ...value };
  if (typeof result.facility === 'string') result.facility = `${result.facility} (site ${copy + 1})`;
  if (typeof result.measure === 'string') result.measure = `${result.measure} (follow-up ${copy + 1})`;
  return result;
}
