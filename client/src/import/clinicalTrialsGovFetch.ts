// Fetches one study from the ClinicalTrials.gov API v2 (`GET {base}/api/v2/studies/{nctId}`).
// Pure: no `vscode`; the fetch function is passed in (Node's global fetch in the extension, the same against a
// local server in the tests). Every failure comes back as a value with a sentence for the user, never a throw.

/** How people write an NCT ID when they paste it: `nct 06731192`, `NCT-06731192`, or the eight digits alone. */
const WRITTEN_NCT_ID = /^(?:NCT[\s_:-]*)?(\d{8})$/i;
/** A study page on ClinicalTrials.gov, old or new (`/study/NCT…`, `/ct2/show/NCT…`, `/show/NCT…`). */
const STUDY_PAGE_PATH = /^\/(?:study|ct2\/show|show)\/(NCT\d{8})\/?$/i;

/**
 * The NCT ID the user typed or pasted, as the API wants it (`NCT06731192`), or undefined if it is not one:
 * an NCT ID in any case and spacing (`nct 06731192`), its eight digits alone, or a ClinicalTrials.gov study URL.
 */
export function normaliseNctId(input: string): string | undefined {
  const text = input.trim();
  const written = WRITTEN_NCT_ID.exec(text);
  if (written) return `NCT${written[1]}`;
  return nctIdOfStudyUrl(text);
}

function nctIdOfStudyUrl(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined; // not a URL after all: the caller says what an NCT ID looks like
  }
  if (!/(^|\.)clinicaltrials\.gov$/i.test(url.hostname)) return undefined;
  const found = STUDY_PAGE_PATH.exec(url.pathname);
  return found ? found[1].toUpperCase() : undefined;
}

/** For an input box: undefined when valid, else why not. */
export function nctIdProblem(input: string): string | undefined {
  if (input.trim() === '') return 'Type an NCT ID, e.g. NCT06731192.';
  if (normaliseNctId(input)) return undefined;
  return 'An NCT ID is "NCT" followed by 8 digits, e.g. NCT06731192 (or paste the study\'s ClinicalTrials.gov address).';
}

/** The part of a fetch `Response` this module reads (Node's `Response` satisfies it). */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: AsyncIterable<Uint8Array> | null;
}

export interface FetchInitLike {
  readonly signal: AbortSignal;
  readonly redirect: 'manual';
  readonly headers: Record<string, string>;
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

export interface StudyFetchOptions {
  /** The configured host, e.g. `https://clinicaltrials.gov` (a path prefix is kept). */
  readonly baseUrl: string;
  readonly nctId: string;
  readonly fetch: FetchLike;
  /** Give up after this long (default 30 s). */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this (default 25 MB; a study with results is a few MB). */
  readonly maxBytes?: number;
  /** Aborted when the user cancels. */
  readonly signal?: AbortSignal;
}

export type StudyFetchFailure =
  'invalid-id' | 'invalid-url' | 'not-found' | 'http-error' | 'redirect' | 'offline' | 'timeout' | 'too-large' | 'not-json' | 'cancelled';

export type StudyFetchResult =
  | { readonly ok: true; readonly url: string; readonly text: string }
  | { readonly ok: false; readonly failure: StudyFetchFailure; readonly message: string };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
const MAX_REDIRECTS = 3;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The API URL of a study, or a sentence saying why the configured base URL is not acceptable:
 * `https` only, except plain `http` to this machine (tests, local mirrors); no credentials in the URL.
 */
export function studyApiUrl(baseUrl: string, nctId: string): { url: URL } | { problem: string } {
  let base: URL;
  try {
    base = new URL(baseUrl.trim());
  } catch {
    return { problem: `"${baseUrl}" is not a URL (setting trialRecord.import.clinicalTrialsGovUrl).` };
  }
  const loopback = LOOPBACK_HOSTS.has(base.hostname);
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && loopback)) {
    return { problem: `${base.origin} is not an https address; the study is only fetched over https (plain http only from this machine).` };
  }
  if (base.username || base.password) {
    return { problem: 'The ClinicalTrials.gov URL must not contain a user name or password.' };
  }
  const prefix = base.pathname.replace(/\/+$/, '');
  const url = new URL(base.origin);
  url.pathname = `${prefix}/api/v2/studies/${encodeURIComponent(nctId)}`;
  return { url };
}

/** Fetches the study's JSON text; see `StudyFetchResult` for the ways it can fail. */
export async function fetchStudyJson(options: StudyFetchOptions): Promise<StudyFetchResult> {
  const nctId = normaliseNctId(options.nctId);
  if (!nctId) return { ok: false, failure: 'invalid-id', message: `"${options.nctId}" is not an NCT ID (NCT followed by 8 digits).` };
  const target = studyApiUrl(options.baseUrl, nctId);
  if ('problem' in target) return { ok: false, failure: 'invalid-url', message: target.problem };

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = (): void => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onCancel);
  const origin = target.url.origin;
  const host = target.url.host;

  try {
    let url = target.url.toString();
    for (let redirects = 0; ; redirects++) {
      const response = await options.fetch(url, {
        signal: controller.signal,
        redirect: 'manual',
        headers: { Accept: 'application/json' },
      });
      if (response.status >= 300 && response.status < 400) {
        // Follow only to the same host, and only a few times: the study is fetched from the configured host alone.
        const location = response.headers.get('location');
        const next = location ? safeUrl(location, url) : undefined;
        if (!next || next.origin !== origin || redirects >= MAX_REDIRECTS) {
          return {
            ok: false,
            failure: 'redirect',
            message: `${host} redirected the request elsewhere${next ? ` (${next.host})` : ''}; not followed.`,
          };
        }
        url = next.toString();
        continue;
      }
      if (response.status === 404) {
        return { ok: false, failure: 'not-found', message: `${host} has no study ${nctId} (HTTP 404). Check the ID.` };
      }
      if (response.status < 200 || response.status >= 300) {
        return { ok: false, failure: 'http-error', message: `${host} answered HTTP ${response.status} for ${nctId}; try again later.` };
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(host, maxBytes);
      const body = await readLimited(response.body, maxBytes);
      if (body === undefined) {
        controller.abort();
        return tooLarge(host, maxBytes);
      }
      const text = new TextDecoder('utf-8').decode(body);
      if (!looksLikeJsonObject(text)) {
        return {
          ok: false,
          failure: 'not-json',
          message: `${host} did not answer with a study in JSON for ${nctId} (a proxy or captive portal page?).`,
        };
      }
      return { ok: true, url, text };
    }
  } catch (error) {
    if (timedOut)
      return {
        ok: false,
        failure: 'timeout',
        message: `${host} did not answer within ${Math.round(timeoutMs / 1000)} s; check your connection.`,
      };
    if (options.signal?.aborted) return { ok: false, failure: 'cancelled', message: 'Cancelled.' };
    return { ok: false, failure: 'offline', message: `Could not reach ${host} (${describeNetworkError(error)}); are you offline?` };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function tooLarge(host: string, maxBytes: number): StudyFetchResult {
  return {
    ok: false,
    failure: 'too-large',
    message: `${host} sent more than ${Math.round(maxBytes / (1024 * 1024))} MB; not a single study.`,
  };
}

function safeUrl(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** The body's bytes, or undefined as soon as it passes `maxBytes` (the rest is never read). */
async function readLimited(body: AsyncIterable<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) return undefined;
    chunks.push(chunk);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function looksLikeJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Node's fetch reports "fetch failed" with the socket error as `cause` (ECONNREFUSED, ENOTFOUND…). */
function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    if (cause && typeof cause === 'object') {
      const code = (cause as { code?: unknown }).code;
      if (typeof code === 'string') return code;
      if (cause instanceof Error) return cause.message;
    }
    return error.message;
  }
  return String(error);
}
