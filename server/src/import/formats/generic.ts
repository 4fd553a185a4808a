// The fallback for pages no site reader claims: "Label: value" lines, or a label line followed
// by its value. Only labels it recognises are mapped; everything else stays as comments.
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { normaliseAge, normaliseAgeRange } from '../normalise/ages';
import { normaliseDate } from '../normalise/dates';
import { normaliseAllocation, normaliseInterventionModel, normaliseOverallStatus, normalisePrimaryPurpose, normaliseSex, normaliseStudyType } from '../normalise/designEnums';
import { normaliseEnrollment } from '../normalise/enrollment';
import { fileRegistrationNumber } from '../normalise/identifier';
import { normaliseMasking } from '../normalise/masking';
import { normalisePhases } from '../normalise/phases';
import { presentValue } from '../normalise/placeholder';
import { setField } from '../normalise/recordPath';

type Apply = (record: Record<string, unknown>, value: string, label: string) => boolean;

const dateField = (field: string): Apply => (record, value, label) => {
  const date = normaliseDate(value);
  if (!date) return false;
  const type = date.type ?? (/^actual/i.test(label) ? 'ACTUAL' : /^(?:est|anticipated|expected)/i.test(label) ? 'ESTIMATED' : undefined);
  return setField(record, ['statusModule', field], { date: date.date, ...(type ? { type } : {}) });
};

/** Label spellings seen on registry and aggregator pages (lower case, without the colon). */
const LABELS: ReadonlyArray<[RegExp, Apply]> = [
  [/^(?:clinicaltrials\.gov identifier|nct ?(?:id|number)|registration number|trial id|registry number|main id)$/, (record, value) => fileRegistrationNumber(record, value.split(/\s/)[0])],
  [/^(?:brief title|public title|title)$/, (record, value) => setField(record, ['identificationModule', 'briefTitle'], value)],
  [/^(?:official title|scientific title)$/, (record, value) => setField(record, ['identificationModule', 'officialTitle'], value)],
  [/^(?:recruitment status|overall status|status)$/, (record, value) => setField(record, ['statusModule', 'overallStatus'], normaliseOverallStatus(value))],
  [/^(?:study type)$/, (record, value) => setField(record, ['designModule', 'studyType'], normaliseStudyType(value))],
  [/^(?:phase|study phase|clinical phase|trial phase)$/, (record, value) => setField(record, ['designModule', 'phases'], normalisePhases(/^(?:n\/?a|not applicable)$/i.test(value.trim()) ? 'NA' : /phase/i.test(value) ? value : `Phase ${value}`))],
  [/^(?:(?:actual|estimated|anticipated|target)? ?enrollment|target (?:sample size|recruitment|enrollment)|sample size)$/, (record, value, label) => {
    const enrollment = normaliseEnrollment(value, label);
    return setField(record, ['designModule', 'enrollmentInfo'], enrollment ? { count: enrollment.count, ...(enrollment.type ? { type: enrollment.type } : {}) } : undefined);
  }],
  [/^(?:(?:actual|estimated|anticipated) )?(?:study )?start date$/, dateField('startDateStruct')],
  [/^(?:(?:actual|estimated|anticipated) )?primary completion date$/, dateField('primaryCompletionDateStruct')],
  [/^(?:(?:actual|estimated|anticipated|est\.) )?(?:study )?completion date$/, dateField('completionDateStruct')],
  [/^(?:sex|gender|sexes eligible for study|eligible sex)$/, (record, value) => setField(record, ['eligibilityModule', 'sex'], normaliseSex(value))],
  [/^(?:minimum age|min(?:imum)? eligible age)$/, (record, value) => setField(record, ['eligibilityModule', 'minimumAge'], normaliseAge(value))],
  [/^(?:maximum age|max(?:imum)? eligible age)$/, (record, value) => setField(record, ['eligibilityModule', 'maximumAge'], normaliseAge(value))],
  [/^(?:ages? eligible for study|age group|ages?)$/, (record, value) => {
    const range = normaliseAgeRange(value);
    return [setField(record, ['eligibilityModule', 'minimumAge'], range.minimumAge), setField(record, ['eligibilityModule', 'maximumAge'], range.maximumAge)].some(Boolean);
  }],
  [/^(?:allocation)$/, (record, value) => setField(record, ['designModule', 'designInfo', 'allocation'], normaliseAllocation(value))],
  [/^(?:intervention model)$/, (record, value) => setField(record, ['designModule', 'designInfo', 'interventionModel'], normaliseInterventionModel(value))],
  [/^(?:masking|blinding)$/, (record, value) => {
    const masking = normaliseMasking(value);
    return setField(record, ['designModule', 'designInfo', 'maskingInfo'], masking.masking ? masking : undefined);
  }],
  [/^(?:primary purpose)$/, (record, value) => setField(record, ['designModule', 'designInfo', 'primaryPurpose'], normalisePrimaryPurpose(value))],
  [/^(?:lead sponsor|sponsor)$/, (record, value) => setField(record, ['sponsorCollaboratorsModule', 'leadSponsor', 'name'], value.replace(/\s*\((?:industry|other|nih|fed|other_gov|network|indiv)\)$/i, ''))],
];

function applierFor(label: string): Apply | undefined {
  const key = label.trim().replace(/\s*[:：]$/, '').replace(/\s+/g, ' ').toLowerCase();
  return LABELS.find(([pattern]) => pattern.test(key))?.[1];
}

const INLINE = /^\s*([^:：]{2,60}?)\s*[:：]\s*(.*)$/;

export const genericFormat: PageFormat = {
  id: 'generic',
  label: 'Labelled text (generic)',
  fallback: true,
  detect(page: PageText): number {
    let recognised = 0;
    for (const line of page.lines) {
      const inline = INLINE.exec(line);
      if ((inline && applierFor(inline[1])) || applierFor(line)) recognised++;
      if (recognised >= 3) return 0.05; // a fallback: any site reader that claims the page wins
    }
    return 0;
  },
  read(page: PageText): PageReading {
    const record: Record<string, unknown> = {};
    const used = new Set<number>();
    const lines = page.lines;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (line.trim() === '') continue;
      const inline = INLINE.exec(line);
      const inlineApply = inline ? applierFor(inline[1]) : undefined;
      if (inline && inlineApply) {
        const value = presentValue(inline[2]);
        if (value === undefined) {
          if (inline[2].trim() === '' || presentValue(inline[2]) === undefined) used.add(index); // an empty label or placeholder
        } else if (inlineApply(record, value, inline[1])) used.add(index);
        continue;
      }
      const apply = applierFor(line);
      if (!apply) continue;
      let valueIndex = index + 1;
      while (valueIndex < lines.length && lines[valueIndex].trim() === '') valueIndex++;
      const value = valueIndex < lines.length ? presentValue(lines[valueIndex]) : undefined;
      if (value !== undefined && !applierFor(lines[valueIndex]) && apply(record, value, line)) {
        used.add(index);
        used.add(valueIndex);
        index = valueIndex;
      }
    }
    return { record, usedLines: used, warnings: [] };
  },
};
