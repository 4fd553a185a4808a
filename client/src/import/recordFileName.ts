// Names of imported records: after the study's ID when the page gives one, else after where the text came from.
// Pure (no `vscode`), so the naming rules are unit-tested.

export const RECORD_EXTENSION = '.trial.yaml';
const FALLBACK_NAME = 'imported-record';
const PAGE_EXTENSIONS = /\.(?:txt|html?|json|xml)$/i;

/** Keeps letters, digits, `.`, `_` and `-`; anything else (`/` in `CTRI/2020/01/…`, spaces) becomes `-`. */
function fileSafe(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
}

/**
 * The record's file name without `.trial.yaml`: the study ID (`NCT06731192`), else the source file's name
 * without its extension (`medpath-page`), else `imported-record`.
 */
export function recordBaseName(studyId: string | undefined, sourceName: string | undefined): string {
  const fromId = studyId ? fileSafe(studyId) : '';
  if (fromId) return fromId;
  const lastSegment = (sourceName ?? '').split(/[\\/]/).pop() ?? '';
  const fromSource = PAGE_EXTENSIONS.test(lastSegment) ? fileSafe(lastSegment.replace(PAGE_EXTENSIONS, '')) : '';
  return fromSource || FALLBACK_NAME;
}

/** `NCT06731192.trial.yaml`, then `NCT06731192-2.trial.yaml`, `-3`… for the n-th candidate (1-based). */
export function recordFileName(baseName: string, candidate = 1): string {
  return candidate <= 1 ? `${baseName}${RECORD_EXTENSION}` : `${baseName}-${candidate}${RECORD_EXTENSION}`;
}
