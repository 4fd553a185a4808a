// Naming of imported records and decoding of picked page files (pure parts of client/src/import).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodePageBytes, describeSize } from '../../../client/src/import/decodePageBytes';
import { recordBaseName, recordFileName } from '../../../client/src/import/recordFileName';

describe('record file names', () => {
  it('are named after the study ID', () => {
    assert.equal(recordBaseName('NCT06731192', 'ignite-NCT06731192.txt'), 'NCT06731192');
    assert.equal(recordFileName('NCT06731192'), 'NCT06731192.trial.yaml');
  });

  it('make other registry IDs file-safe', () => {
    assert.equal(recordBaseName('CTRI/2020/01/022732', 'page.txt'), 'CTRI-2020-01-022732');
    assert.equal(recordBaseName('EUCTR2020-001234-12', undefined), 'EUCTR2020-001234-12');
    assert.equal(recordBaseName('../..', 'page.html'), 'page');
  });

  it('fall back to the source file name without its page extension, then to imported-record', () => {
    assert.equal(recordBaseName(undefined, '/home/me/Downloads/study page.HTML'), 'study-page');
    assert.equal(recordBaseName(undefined, 'C:\\pages\\meddatax.json'), 'meddatax');
    assert.equal(recordBaseName(undefined, 'clipboard'), 'imported-record');
    assert.equal(recordBaseName(undefined, 'selection in notes.md'), 'imported-record');
    assert.equal(recordBaseName('', undefined), 'imported-record');
  });

  it('number later candidates so nothing is overwritten', () => {
    assert.equal(recordFileName('NCT06731192', 1), 'NCT06731192.trial.yaml');
    assert.equal(recordFileName('NCT06731192', 2), 'NCT06731192-2.trial.yaml');
    assert.equal(recordFileName('NCT06731192', 10), 'NCT06731192-10.trial.yaml');
  });
});

describe('page file decoding', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = 'Brief Title: Étude — 3 years ≤ Age\n';
    assert.equal(decodePageBytes(new TextEncoder().encode(text)), text);
    assert.equal(decodePageBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), text);
  });

  it('reads UTF-16 little- and big-endian by their byte-order mark', () => {
    const text = 'Study NCT ID: NCT06731192 — ≤\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(decodePageBytes(le), text);
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(decodePageBytes(be), text);
  });

  it('keeps going on bytes that are not UTF-8 (replacement characters, the rest intact)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title: A'), 0xff, 0xfe, 0x80, ...new TextEncoder().encode('B\n')]);
    const decoded = decodePageBytes(bytes);
    assert.ok(decoded.startsWith('Title: A'));
    assert.ok(decoded.endsWith('B\n'));
    assert.ok(decoded.includes('\uFFFD'));
  });

  it('describes sizes for messages', () => {
    assert.equal(describeSize(512), '512 bytes');
    assert.equal(describeSize(2048), '2 KB');
    assert.equal(describeSize(64 * 1024 * 1024), '64.0 MB');
  });
});
