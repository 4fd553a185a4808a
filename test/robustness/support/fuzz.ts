import fc from 'fast-check';

/**
 * Every fuzz property runs with a fixed seed, so CI runs are reproducible; a failure message
 * names the seed and the shrunk counterexample. `ROBUSTNESS_SEED=<n>` explores another part of
 * the input space; `ROBUSTNESS_RUNS=<factor>` multiplies every property's run count (e.g. 10 for
 * a longer local session).
 */
export const FUZZ_SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261122);
const RUN_FACTOR = Number(process.env.ROBUSTNESS_RUNS ?? 1);

/** Runs a property `runs` times (times ROBUSTNESS_RUNS) from the fixed seed; throws with the seed on failure. */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, runs: number): void {
  const numRuns = Math.max(1, Math.round(runs * RUN_FACTOR));
  // Shrinking re-runs the property on ever smaller inputs; on big records that can take minutes,
  // so CI reports the first counterexample as found (they are small already: a seed index, a few
  // mutations, offsets). ROBUSTNESS_SHRINK=1 shrinks it when reproducing locally.
  const details = fc.check(property, { seed: FUZZ_SEED, numRuns, endOnFailure: process.env.ROBUSTNESS_SHRINK !== '1' });
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? 'property failed';
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${report}\nReproduce with ROBUSTNESS_SEED=${FUZZ_SEED} (counterexample above).\nFailure: ${cause}`);
  }
}

/** Special tokens that break YAML/JSON structure in interesting ways. */
const STRUCTURAL_TOKENS = [
  ': ',
  ':',
  '- ',
  '-',
  '#',
  ' # comment',
  '&a ',
  '*a',
  '*undefined',
  '<<: *a\n',
  '? ',
  '|',
  '>-',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '\\',
  '\t',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '  ',
  '    ',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\u0007',
  '\u2028',
  '\u00A0',
  'é',
  '🧪',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '%TAG ! tag:example.com,2000:\n',
  '!!js/function ',
  '!!python/object:os.system ',
  '!custom ',
  '!!binary ',
  '!!set ',
  '!!str ',
  '__proto__: ',
  '"__proto__": ',
  'constructor:\n  prototype:\n    polluted: yes\n',
  'prototype: ',
  'toString: ',
  'hasOwnProperty: ',
  'null',
  '~',
  'true',
  'NO',
  '0x1F',
  '1e400',
  '-0',
  'NaN',
  '.inf',
  '2024-13-45',
  '2024-02',
  'NCT0000000',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("x")()}}',
  '${1:x}',
  '$0',
];

export type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicateLine'; readonly at: number }
  | { readonly kind: 'moveLine'; readonly from: number; readonly to: number }
  | { readonly kind: 'reindent'; readonly at: number; readonly delta: number }
  | { readonly kind: 'truncate'; readonly at: number };

/** Short text to insert: structural tokens, arbitrary code units (lone surrogates, controls) or printable text. */
export const insertedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRUCTURAL_TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertedText }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveLine' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reindent' as const), at: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
);

/** One to eight mutations: the result stays within a few hundred characters of the seed's size. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 8 });

/** Applies mutations in order; positions wrap around the current text, so any numbers are valid. */
export function applyMutations(text: string, steps: readonly Mutation[]): string {
  let current = text;
  for (const step of steps) current = applyMutation(current, step);
  return current;
}

function applyMutation(text: string, step: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  switch (step.kind) {
    case 'insert':
      return text.slice(0, at(step.at)) + step.text + text.slice(at(step.at));
    case 'delete':
      return text.slice(0, at(step.at)) + text.slice(at(step.at) + step.length);
    case 'truncate':
      return text.slice(0, at(step.at));
    case 'duplicateLine': {
      const lines = text.split('\n');
      const index = step.at % lines.length;
      lines.splice(index, 0, lines[index]);
      return lines.join('\n');
    }
    case 'moveLine': {
      const lines = text.split('\n');
      const [line] = lines.splice(step.from % lines.length, 1);
      lines.splice(step.to % (lines.length + 1), 0, line);
      return lines.join('\n');
    }
    case 'reindent': {
      const lines = text.split('\n');
      const index = step.at % lines.length;
      lines[index] = step.delta >= 0 ? ' '.repeat(step.delta) + lines[index] : lines[index].replace(new RegExp(`^ {0,${-step.delta}}`), '');
      return lines.join('\n');
    }
  }
}
