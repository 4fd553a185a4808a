import { yesNo } from '../format';
import { section, fact, factList, type RenderContext } from '../renderContext';
import type { SafeHtml } from '../html';

const MODULE = '/oversightModule';

const FLAGS = [
  ['oversightHasDmc', 'Data monitoring committee'],
  ['isFdaRegulatedDrug', 'FDA-regulated drug'],
  ['isFdaRegulatedDevice', 'FDA-regulated device'],
  ['isUnapprovedDevice', 'Unapproved device'],
  ['isPpsd', 'Pediatric postmarket surveillance'],
  ['isUsExport', 'Exported from the US'],
] as const;

/** The oversight answers (data monitoring committee, FDA regulation). */
export function oversightSection(c: RenderContext): SafeHtml {
  return section('oversight', 'Oversight', c.source(MODULE), [
    factList(
      FLAGS.map(([key, label]) => fact(c, label, `${MODULE}/${key}`, yesNo(c.value(`${MODULE}/${key}`)) ?? c.missing(`${MODULE}/${key}`))),
    ),
  ]);
}
