import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../../server/src/service/language/completion';
import { hover } from '../../../server/src/service/language/hover';
import type { LanguageRequest } from '../../../server/src/service/language/languageRequest';
import type { ParsedRecord, RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import type { ServiceLog } from '../../../server/src/service/serviceLog';
import { testSchema, withCursor } from './support';

interface LoggedError {
  readonly message: string;
  readonly error: unknown;
}

/** A log that keeps what it is told, and the request a test makes with it. */
function recordingRequest(position = { line: 1, character: 17 }): { request: LanguageRequest; errors: LoggedError[] } {
  const errors: LoggedError[] = [];
  const log: ServiceLog = { error: (message, error) => errors.push({ message, error }), warn: () => undefined };
  return { request: { log, uri: 'file:///hostile.trial.yaml', position }, errors };
}

/** The parse of `marked` with one property replaced by a getter that throws `failure`. */
function hostileParse(
  marked: string,
  format: RecordFormat,
  property: keyof ParsedRecord,
  failure: Error,
): { text: string; offset: number; parsed: ParsedRecord } {
  const document = withCursor(marked, format);
  const parsed = Object.create(document.parsed) as ParsedRecord;
  Object.defineProperty(parsed, property, {
    get() {
      throw failure;
    },
  });
  return { text: document.text, offset: document.offset, parsed };
}

// Each hostile property is read on a different path: the YAML structure (locations), the choice of
// format, and the segments lookup after a JSON cursor was found (recordPointer).
const HOSTILE_CASES: readonly { readonly format: RecordFormat; readonly property: keyof ParsedRecord; readonly marked: string }[] = [
  { format: 'yaml', property: 'locations', marked: 'statusModule:\n  overallStatus: |\n' },
  { format: 'yaml', property: 'format', marked: 'statusModule:\n  overallStatus: |\n' },
  { format: 'json', property: 'recordPointer', marked: '{\n  "statusModule": { "overallStatus": "|" }\n}' },
];

describe('a completion or hover that fails inside', () => {
  for (const { format, property, marked } of HOSTILE_CASES) {
    it(`answers nothing and logs request, document and position (${format}, ${property} throws)`, () => {
      const failure = new Error(`hostile ${property}`);
      const document = hostileParse(marked, format, property, failure);

      const completion = recordingRequest();
      assert.deepEqual(complete(document.text, document.parsed, document.offset, testSchema, completion.request), { items: [] });
      assert.deepEqual(completion.errors, [{ message: 'completion at file:///hostile.trial.yaml:2:18 failed', error: failure }]);

      const hovering = recordingRequest({ line: 1, character: 3 });
      assert.equal(hover(document.text, document.parsed, document.offset, testSchema, [], hovering.request), undefined);
      assert.deepEqual(hovering.errors, [{ message: 'hover at file:///hostile.trial.yaml:2:4 failed', error: failure }]);
    });
  }

  it('gives the same answers as before when nothing fails, and logs nothing', () => {
    const document = withCursor('statusModule:\n  overallStatus: |\n');
    const { request, errors } = recordingRequest();
    assert.equal(complete(document.text, document.parsed, document.offset, testSchema, request).items.length, 14);
    const onKey = withCursor('statusModule:\n  overall|Status: RECRUITING\n');
    assert.match(hover(onKey.text, onKey.parsed, onKey.offset, testSchema, [], request)?.markdown ?? '', /Overall recruitment status/);
    assert.deepEqual(errors, []);
  });

  it('logs to stderr, naming the position of the offset, when the caller passes no request', (context) => {
    const failure = new Error('hostile locations');
    const document = hostileParse('statusModule:\n  overallStatus: |\n', 'yaml', 'locations', failure);
    const written: string[] = [];
    context.mock.method(console, 'error', (line: string) => written.push(line));
    assert.deepEqual(complete(document.text, document.parsed, document.offset, testSchema).items, []);
    assert.equal(written.length, 1);
    assert.match(written[0], /^completion at the document:2:18 failed: Error: hostile locations/);
  });
});
