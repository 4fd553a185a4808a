import { yesNo } from '../format';
import { html, type SafeHtml } from '../html';
import { fact, factList, section, type RenderContext } from '../renderContext';

const MODULE = '/designModule';
const INFO = `${MODULE}/designInfo`;

/** Study type, phases, allocation, model, masking, purpose, enrollment. */
export function designSection(c: RenderContext): SafeHtml {
  const studyType = c.text(`${MODULE}/studyType`);
  const phases = c
    .items(`${MODULE}/phases`)
    .map((_item, index) => c.label(`${MODULE}/phases/${index}`))
    .filter((label): label is string => label !== undefined);

  const masking = c.label(`${INFO}/maskingInfo/masking`);
  const whoMasked = c
    .items(`${INFO}/maskingInfo/whoMasked`)
    .map((_item, index) => c.label(`${INFO}/maskingInfo/whoMasked/${index}`))
    .filter((label): label is string => label !== undefined);
  const maskingHtml = masking
    ? html`${masking}${whoMasked.length ? html` <span class="muted">(${whoMasked.join(', ')})</span>` : ''}`
    : undefined;

  const count = c.text(`${MODULE}/enrollmentInfo/count`);
  const enrollmentType = c.text(`${MODULE}/enrollmentInfo/type`);
  const enrollment = count
    ? html`${count} participants${enrollmentType ? html` <span class="date-type ${enrollmentType === 'ACTUAL' ? 'date-actual' : 'date-estimated'}">${c.enumLabel(`${MODULE}/enrollmentInfo/type`, enrollmentType)}</span>` : ''}`
    : c.missing(`${MODULE}/enrollmentInfo/count`);

  const bioSpec = [c.label(`${MODULE}/bioSpec/retention`), c.text(`${MODULE}/bioSpec/description`)].filter(Boolean).join(' — ');

  return section('design', 'Design', c.source(MODULE), [
    factList([
      fact(
        c,
        'Study type',
        `${MODULE}/studyType`,
        studyType ? c.enumLabel(`${MODULE}/studyType`, studyType) : c.missing(`${MODULE}/studyType`),
      ),
      fact(c, 'Phases', `${MODULE}/phases`, phases.length ? phases.join(', ') : c.missing(`${MODULE}/phases`)),
      fact(c, 'Allocation', `${INFO}/allocation`, c.label(`${INFO}/allocation`) ?? c.missing(`${INFO}/allocation`)),
      fact(
        c,
        'Intervention model',
        `${INFO}/interventionModel`,
        c.label(`${INFO}/interventionModel`) ?? c.missing(`${INFO}/interventionModel`),
      ),
      fact(c, 'Model description', `${INFO}/interventionModelDescription`, c.text(`${INFO}/interventionModelDescription`)),
      fact(
        c,
        'Observational model',
        `${INFO}/observationalModel`,
        c.label(`${INFO}/observationalModel`) ?? c.missing(`${INFO}/observationalModel`),
      ),
      fact(c, 'Time perspective', `${INFO}/timePerspective`, c.label(`${INFO}/timePerspective`) ?? c.missing(`${INFO}/timePerspective`)),
      fact(c, 'Masking', `${INFO}/maskingInfo`, maskingHtml ?? c.missing(`${INFO}/maskingInfo/masking`)),
      fact(c, 'Masking description', `${INFO}/maskingInfo/maskingDescription`, c.text(`${INFO}/maskingInfo/maskingDescription`)),
      fact(c, 'Primary purpose', `${INFO}/primaryPurpose`, c.label(`${INFO}/primaryPurpose`) ?? c.missing(`${INFO}/primaryPurpose`)),
      fact(c, 'Enrollment', `${MODULE}/enrollmentInfo`, studyType === 'EXPANDED_ACCESS' && !count ? undefined : enrollment),
      fact(c, 'Target duration', `${MODULE}/targetDuration`, c.text(`${MODULE}/targetDuration`)),
      fact(c, 'Patient registry', `${MODULE}/patientRegistry`, yesNo(c.value(`${MODULE}/patientRegistry`))),
      fact(c, 'Biospecimens', `${MODULE}/bioSpec`, bioSpec || undefined),
    ]),
  ]);
}
