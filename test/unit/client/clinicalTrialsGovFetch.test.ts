// The ClinicalTrials.gov fetch, against a real HTTP server on 127.0.0.1 (no network, no `vscode`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  fetchStudyJson,
  nctIdProblem,
  normaliseNctId,
  studyApiUrl,
  type FetchLike,
} from '../../../client/src/import/clinicalTrialsGovFetch';
import { closedLoopbackPort, startLocalServer, type LocalServer } from './localHttpServer';

const FIXTURE_ID = 'NCT06171568';
const fixtureText = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'ctgov', 'json', `${FIXTURE_ID}.json`), 'utf8');

const realFetch: FetchLike = (url, init) => fetch(url, init);

describe('NCT ID input', () => {
  it('accepts NCT + 8 digits, trimmed, in any case and spacing, or the digits alone', () => {
    for (const written of [' nct06171568 ', 'NCT06171568', 'nct 06171568', 'NCT-06171568', '06171568']) {
      assert.equal(normaliseNctId(written), 'NCT06171568', written);
      assert.equal(nctIdProblem(written), undefined, written);
    }
  });

  it('accepts a ClinicalTrials.gov study address, new or classic', () => {
    for (const url of [
      'https://clinicaltrials.gov/study/NCT06954740',
      'https://clinicaltrials.gov/study/NCT06954740?tab=results',
      'https://www.clinicaltrials.gov/ct2/show/NCT06954740',
      'http://clinicaltrials.gov/show/nct06954740/',
    ]) {
      assert.equal(normaliseNctId(url), 'NCT06954740', url);
    }
  });

  it('refuses anything else with a sentence saying what an NCT ID is', () => {
    for (const bad of [
      'NCT0617156',
      'NCT061715689',
      '0617156',
      'NCT 0617 1568',
      'EUCTR2020-001234-12',
      'NCT0617156X',
      'https://example.com/study/NCT06171568',
      'https://clinicaltrials.gov/search?term=NCT06171568',
      'https://clinicaltrials.gov.example.com/study/NCT06171568',
    ]) {
      assert.equal(normaliseNctId(bad), undefined, bad);
      assert.match(nctIdProblem(bad) ?? '', /NCT.*8 digits/, bad);
    }
    assert.match(nctIdProblem('   ') ?? '', /Type an NCT ID/);
  });
});

describe('study API URL', () => {
  it('builds /api/v2/studies/{id} on the configured host, keeping a path prefix', () => {
    const plain = studyApiUrl('https://clinicaltrials.gov', FIXTURE_ID);
    assert.ok('url' in plain);
    assert.equal(plain.url.toString(), `https://clinicaltrials.gov/api/v2/studies/${FIXTURE_ID}`);
    const prefixed = studyApiUrl('https://mirror.example.org/ctgov/', FIXTURE_ID);
    assert.ok('url' in prefixed);
    assert.equal(prefixed.url.toString(), `https://mirror.example.org/ctgov/api/v2/studies/${FIXTURE_ID}`);
  });

  it('allows plain http only to this machine, and no credentials', () => {
    assert.ok('url' in studyApiUrl('http://127.0.0.1:8080', FIXTURE_ID));
    assert.ok('url' in studyApiUrl('http://localhost:8080', FIXTURE_ID));
    assert.ok('url' in studyApiUrl('http://[::1]:8080', FIXTURE_ID));
    const insecure = studyApiUrl('http://clinicaltrials.gov', FIXTURE_ID);
    assert.ok('problem' in insecure && /https/.test(insecure.problem));
    assert.ok('problem' in studyApiUrl('ftp://clinicaltrials.gov', FIXTURE_ID));
    assert.ok('problem' in studyApiUrl('not a url', FIXTURE_ID));
    assert.ok('problem' in studyApiUrl('https://user:secret@clinicaltrials.gov', FIXTURE_ID));
  });

  it('never calls fetch when the host is not acceptable or the ID is not an NCT ID', async () => {
    const calls: string[] = [];
    const spy: FetchLike = (url) => {
      calls.push(url);
      return Promise.reject(new Error('must not be called'));
    };
    const insecure = await fetchStudyJson({ baseUrl: 'http://example.org', nctId: FIXTURE_ID, fetch: spy });
    assert.equal(insecure.ok ? 'ok' : insecure.failure, 'invalid-url');
    const badId = await fetchStudyJson({ baseUrl: 'https://clinicaltrials.gov', nctId: 'NCT123', fetch: spy });
    assert.equal(badId.ok ? 'ok' : badId.failure, 'invalid-id');
    assert.deepEqual(calls, []);
  });
});

describe('fetching from a local server', () => {
  let server: LocalServer;
  /** Pending responses of the "hang" route, ended when the tests are done. */
  const hanging: Array<() => void> = [];

  before(async () => {
    server = await startLocalServer((request, response) => {
      const url = request.url ?? '';
      if (url === `/api/v2/studies/${FIXTURE_ID}` || url === `/prefix/api/v2/studies/${FIXTURE_ID}`) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(fixtureText);
      } else if (url === '/api/v2/studies/NCT00000500') {
        response.writeHead(500);
        response.end('oops');
      } else if (url === '/api/v2/studies/NCT00000201') {
        // Declares its size: refused before reading.
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(4096) });
        response.end('{"a":"' + 'x'.repeat(4088) + '"}');
      } else if (url === '/api/v2/studies/NCT00000202') {
        // Chunked, no declared size: refused while reading.
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"a":"');
        for (let i = 0; i < 8; i++) response.write('y'.repeat(1024));
        response.end('"}');
      } else if (url === '/api/v2/studies/NCT00000301') {
        response.writeHead(302, { location: `/api/v2/studies/${FIXTURE_ID}` });
        response.end();
      } else if (url === '/api/v2/studies/NCT00000302') {
        response.writeHead(302, { location: 'https://elsewhere.example.org/api/v2/studies/NCT00000302' });
        response.end();
      } else if (url === '/api/v2/studies/NCT00000303') {
        response.writeHead(302, { location: '/api/v2/studies/NCT00000303' });
        response.end();
      } else if (url === '/api/v2/studies/NCT00000400') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body>Please sign in to the Wi-Fi</body></html>');
      } else if (url === '/api/v2/studies/NCT00000600') {
        hanging.push(() => response.end());
      } else {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"message":"not found"}');
      }
    });
  });

  after(async () => {
    for (const end of hanging) end();
    await server.close();
  });

  it('returns the study JSON exactly as served', async () => {
    const result = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: FIXTURE_ID.toLowerCase(), fetch: realFetch });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.text, fixtureText);
    assert.equal(result.url, `${server.baseUrl}/api/v2/studies/${FIXTURE_ID}`);
    const study = JSON.parse(result.text) as { protocolSection: { identificationModule: { nctId: string } } };
    assert.equal(study.protocolSection.identificationModule.nctId, FIXTURE_ID);
  });

  it('keeps a path prefix of the configured URL', async () => {
    const result = await fetchStudyJson({ baseUrl: `${server.baseUrl}/prefix/`, nctId: FIXTURE_ID, fetch: realFetch });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.text, fixtureText);
  });

  it('says the study does not exist on 404', async () => {
    const result = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT99999999', fetch: realFetch });
    assert.ok(!result.ok);
    assert.equal(result.failure, 'not-found');
    assert.match(result.message, /no study NCT99999999/);
  });

  it('reports other HTTP errors with their status', async () => {
    const result = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000500', fetch: realFetch });
    assert.ok(!result.ok);
    assert.equal(result.failure, 'http-error');
    assert.match(result.message, /HTTP 500/);
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    for (const nctId of ['NCT00000201', 'NCT00000202']) {
      const result = await fetchStudyJson({ baseUrl: server.baseUrl, nctId, fetch: realFetch, maxBytes: 2048 });
      assert.ok(!result.ok, nctId);
      assert.equal(result.failure, 'too-large', nctId);
    }
    // The same bodies pass with room to spare.
    const roomy = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000202', fetch: realFetch, maxBytes: 1 << 20 });
    assert.ok(roomy.ok, roomy.ok ? '' : roomy.message);
  });

  it('follows a redirect on the same host, refuses one to another host, and stops a redirect loop', async () => {
    const same = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000301', fetch: realFetch });
    assert.ok(same.ok, same.ok ? '' : same.message);
    assert.equal(same.text, fixtureText);
    const away = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000302', fetch: realFetch });
    assert.ok(!away.ok);
    assert.equal(away.failure, 'redirect');
    assert.match(away.message, /elsewhere\.example\.org/);
    const loop = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000303', fetch: realFetch });
    assert.ok(!loop.ok);
    assert.equal(loop.failure, 'redirect');
  });

  it('refuses an answer that is not a JSON object', async () => {
    const result = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000400', fetch: realFetch });
    assert.ok(!result.ok);
    assert.equal(result.failure, 'not-json');
  });

  it('gives up on a server that never answers, with a time-out message', async () => {
    const result = await fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000600', fetch: realFetch, timeoutMs: 200 });
    assert.ok(!result.ok);
    assert.equal(result.failure, 'timeout');
    assert.match(result.message, /did not answer/);
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchStudyJson({ baseUrl: server.baseUrl, nctId: 'NCT00000600', fetch: realFetch, signal: controller.signal });
    // Cancel once the request has reached the server.
    while (!server.requests.filter((url) => url.endsWith('NCT00000600')).length || hanging.length < 2) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    controller.abort();
    const result = await pending;
    assert.ok(!result.ok);
    assert.equal(result.failure, 'cancelled');
  });

  it('says it cannot reach the host when nothing listens (offline)', async () => {
    const port = await closedLoopbackPort();
    const result = await fetchStudyJson({ baseUrl: `http://127.0.0.1:${port}`, nctId: FIXTURE_ID, fetch: realFetch });
    assert.ok(!result.ok);
    assert.equal(result.failure, 'offline');
    assert.match(result.message, /Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});
