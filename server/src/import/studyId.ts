import { isPlainObject } from '../service/parse/parsedRecord';

const NCT_ID = /^NCT\d{8}$/;

/**
 * The ID that names an imported record's file: the NCT ID when the record has one, else the
 * sponsor's own study ID, else the first secondary (registry) ID. Undefined when there is none.
 */
export function studyIdOf(record: Readonly<Record<string, unknown>>): string | undefined {
  const identification = record.identificationModule;
  if (!isPlainObject(identification)) return undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const nctId = text(identification.nctId);
  if (nctId && NCT_ID.test(nctId)) return nctId;
  const orgStudyIdInfo = identification.orgStudyIdInfo;
  const orgStudyId = isPlainObject(orgStudyIdInfo) ? text(orgStudyIdInfo.id) : undefined;
  if (orgStudyId) return orgStudyId;
  const secondary = Array.isArray(identification.secondaryIdInfos) ? identification.secondaryIdInfos : [];
  for (const info of secondary) {
    const id = isPlainObject(info) ? text(info.id) : undefined;
    if (id) return id;
  }
  return nctId;
}

/** A file-name-safe form of a study ID (`CTRI/2024/01/012345` → `CTRI-2024-01-012345`). */
export function fileNameForStudyId(studyId: string): string {
  const safe = studyId
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return safe === '' ? 'imported' : safe;
}
