// Values pages show without a label, whose form alone names the field: a status (`RECRUITING`,
// `Active, not recruiting`), a phase (`Phase 2`, `PHASE2`, `N/A`), a study type (`INTERVENTIONAL`), a
// participant count (`366 participants`). Also glued together on one line (`NARecruitingINTERVENTIONAL`).
import { normaliseStudyType } from '../normalise/designEnums';
import { normaliseEnrollment } from '../normalise/enrollment';
import { normalisePhases } from '../normalise/phases';
import { recordSchema } from '../../service/schema/recordSchema';
import type { PageRecorder } from './pageRecorder';
import { statusOf } from './items/statusItems';

type Badge =
  { readonly field: 'phases'; readonly value: string[] } | { readonly field: 'overallStatus' | 'studyType'; readonly value: string };

/** One badge's reading, or undefined when the text is not one. */
export function badgeOf(text: string): Badge | undefined {
  const value = text.trim();
  if (value.length === 0 || value.length > 40) return undefined;
  if (/phase|^n\/?a$|^not applicable$/i.test(value)) {
    const phases = normalisePhases(value);
    if (phases) return { field: 'phases', value: phases };
  }
  const status = statusOf(value);
  if (status) return { field: 'overallStatus', value: status };
  const studyType = /^(?:interventional|observational|expanded[ _]access)(?: study)?$/i.test(value) ? normaliseStudyType(value) : undefined;
  if (studyType) return { field: 'studyType', value: studyType };
  return undefined;
}

const PATHS = {
  phases: ['designModule', 'phases'],
  overallStatus: ['statusModule', 'overallStatus'],
  studyType: ['designModule', 'studyType'],
} as const;
const NAMES = { phases: 'phase', overallStatus: 'overall status', studyType: 'study type' } as const;

/** Records a lone badge line (a status, phase, study type or `N participants`); returns whether it was one. */
export function readBadge(text: string, line: number, recorder: PageRecorder): boolean {
  const badge = badgeOf(text);
  if (badge) return recorder.set(PATHS[badge.field], badge.value, line, NAMES[badge.field]);
  if (/^\d[\d,]*\s+(?:participants|patients)$/i.test(text.trim())) {
    const enrollment = normaliseEnrollment(text);
    return enrollment !== undefined && recorder.set(['designModule', 'enrollmentInfo'], { count: enrollment.count }, line, 'enrollment');
  }
  return false;
}

let tokens: string[] | undefined;

/** Every spelling a badge can take: API values and display labels of statuses, phases and study types. */
function badgeTokens(): string[] {
  if (tokens) return tokens;
  const schema = recordSchema();
  const spellings = new Set<string>(['N/A', 'NA', 'Not Applicable']);
  for (const path of [
    ['statusModule', 'overallStatus'],
    ['designModule', 'studyType'],
    ['designModule', 'phases', '0'],
  ]) {
    for (const option of schema.enumOptions(schema.nodeAt(path))) {
      spellings.add(option.value);
      spellings.add(option.label);
    }
  }
  for (const phase of ['1', '2', '3', '4']) spellings.add(`Phase ${phase}`);
  tokens = [...spellings].filter((spelling) => spelling.length > 1).sort((a, b) => b.length - a.length);
  return tokens;
}

/**
 * `NARecruitingINTERVENTIONAL`, `PHASE4Enrolling by invitationINTERVENTIONAL`: badges glued together.
 * Read only when the whole line splits into two or more badges of different fields.
 */
export function readGluedBadges(text: string, line: number, recorder: PageRecorder): boolean {
  const value = text.trim();
  if (value.length > 80 || /\s{2,}/.test(value)) return false;
  const parts = splitBadges(value, 0);
  if (!parts || parts.length < 2) return false;
  const badges = parts.map(badgeOf);
  if (badges.some((badge) => badge === undefined)) return false;
  const fields = new Set(badges.map((badge) => badge?.field));
  if (fields.size !== badges.length) return false;
  let took = false;
  for (const badge of badges) if (badge) took = recorder.set(PATHS[badge.field], badge.value, line, NAMES[badge.field]) || took;
  return took;
}

function splitBadges(text: string, from: number): string[] | undefined {
  if (from === text.length) return [];
  for (const token of badgeTokens()) {
    if (!text.startsWith(token, from)) continue;
    const after = from + token.length;
    const rest = splitBadges(text, text[after] === ' ' ? after + 1 : after);
    if (rest) return [token, ...rest];
  }
  return undefined;
}
