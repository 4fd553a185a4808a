import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SOURCE_PREFIX,
  codeOf,
  describeDiagnostics,
  formatRange,
  openWorkspaceFile,
  rangeOfMatch,
  replaceRange,
  sameRange,
  setDocumentText,
  waitForDiagnostics,
  useWorkspaceDocument,
} from '../helpers';

const INVALID = 'invalid-example.trial.yaml';
const VALID = 'NCT06731192.trial.yaml';

/** The value of the `overallStatus:` line, whatever it currently is. */
const STATUS_VALUE = /^[ \t]*overallStatus:[ \t]*(\S[^\n#]*?)[ \t]*(?:#.*)?$/m;
/** The misspelt key. */
const BREIF_KEY = /^[ \t]*(breifTitle)[ \t]*:/m;

function findDiagnostic(diagnostics: readonly vscode.Diagnostic[], code: string, range: vscode.Range): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => codeOf(d) === code && sameRange(d.range, range));
}

/** A stable identity for comparing diagnostics before and after an edit elsewhere in the file. */
function identity(d: vscode.Diagnostic): string {
  return `${codeOf(d)} ${formatRange(d.range)} ${d.message}`;
}

suite('Diagnostics', () => {
  const sample = useWorkspaceDocument(INVALID);
  let document: vscode.TextDocument;
  setup(() => {
    ({ document } = sample());
  });

  test('invalid-example shows schema/enum, schema/unknown-property and schema/required diagnostics with exact ranges', async () => {
    const statusRange = rangeOfMatch(document, STATUS_VALUE, 1);
    assert.equal(document.getText(statusRange), 'Recruiting', 'the sample is expected to contain `overallStatus: Recruiting`');
    const breifRange = rangeOfMatch(document, BREIF_KEY, 1);

    const diagnostics = await waitForDiagnostics(document.uri, (ds) => findDiagnostic(ds, 'schema/enum', statusRange) !== undefined, {
      message: `a schema/enum diagnostic at ${formatRange(statusRange)} (the value Recruiting)`,
      timeout: 60_000,
    });
    const all = `\n${describeDiagnostics(diagnostics)}`;

    const enumDiagnostic = findDiagnostic(diagnostics, 'schema/enum', statusRange);
    assert.ok(enumDiagnostic);
    assert.match(enumDiagnostic.message, /RECRUITING/, `the enum message should suggest RECRUITING; it is: ${enumDiagnostic.message}`);

    assert.ok(
      findDiagnostic(diagnostics, 'schema/unknown-property', breifRange),
      `expected schema/unknown-property exactly on the key breifTitle (${formatRange(breifRange)});${all}`,
    );
    assert.ok(
      diagnostics.some((d) => codeOf(d) === 'schema/required'),
      `expected a schema/required diagnostic;${all}`,
    );
    for (const d of diagnostics) {
      assert.ok(d.source?.startsWith(SOURCE_PREFIX), `source of "${d.message}" is ${d.source}, expected ${SOURCE_PREFIX}…;${all}`);
    }
  });

  test('fixing the status removes its diagnostic and keeps the others; a new wrong status brings one back', async () => {
    const statusRange = rangeOfMatch(document, STATUS_VALUE, 1);
    const before = await waitForDiagnostics(document.uri, (ds) => findDiagnostic(ds, 'schema/enum', statusRange) !== undefined, {
      message: 'the schema/enum diagnostic on Recruiting',
      timeout: 60_000,
    });
    // Diagnostics of the syntax and schema layers elsewhere in the file must survive the fix untouched.
    // (Registry rules may legitimately react to a now-valid status, so they are not compared.)
    const kept = before
      .filter((d) => d.range.start.line !== statusRange.start.line)
      .filter((d) => /^(schema|syntax)\//.test(codeOf(d) ?? ''))
      .map(identity);

    await replaceRange(document, statusRange, 'RECRUITING');
    const fixed = await waitForDiagnostics(
      document.uri,
      (ds) => !ds.some((d) => codeOf(d) === 'schema/enum' && d.range.intersection(statusRange) !== undefined),
      { message: 'the schema/enum diagnostic on the status to go away after the fix' },
    );
    const after = new Set(fixed.map(identity));
    const lost = kept.filter((k) => !after.has(k));
    assert.deepEqual(lost, [], `diagnostics elsewhere disappeared after fixing the status:\n${describeDiagnostics(fixed)}`);

    const fixedRange = rangeOfMatch(document, STATUS_VALUE, 1);
    assert.equal(document.getText(fixedRange), 'RECRUITING');
    await replaceRange(document, fixedRange, 'Finished');
    const finishedRange = rangeOfMatch(document, STATUS_VALUE, 1);
    assert.equal(document.getText(finishedRange), 'Finished');
    await waitForDiagnostics(document.uri, (ds) => findDiagnostic(ds, 'schema/enum', finishedRange) !== undefined, {
      message: `a schema/enum diagnostic on Finished (${formatRange(finishedRange)})`,
    });
  });

  test('a valid sample has no error diagnostics once the server has answered', async () => {
    // The server is up: the invalid file has its diagnostics.
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'schema/required'), {
      message: 'the language server to answer for the invalid sample',
      timeout: 60_000,
    });

    const valid = await openWorkspaceFile(VALID);
    const validText = valid.getText();
    try {
      // "No diagnostics" cannot be told from "not answered yet", so probe: add an unknown top-level key, wait
      // for the server to flag it, take it out again and wait for that flag to go. The diagnostics present then
      // are the server's answer for the sample's own text.
      const probeKey = 'zzProbeUnknownKey';
      await replaceRange(valid, new vscode.Range(0, 0, 0, 0), `${probeKey}: 1\n`);
      const probeRange = new vscode.Range(0, 0, 0, probeKey.length);
      // Any diagnostic on the probe key counts (its wording is the server's business). The sample itself starts
      // with a comment line, so nothing of its own can sit there.
      const isProbe = (d: vscode.Diagnostic): boolean => d.range.start.line === 0 && d.range.intersection(probeRange) !== undefined;
      await waitForDiagnostics(valid.uri, (ds) => ds.some(isProbe), {
        message: `the server to flag the probe key ${probeKey} in ${VALID}`,
        timeout: 60_000,
      });
      await setDocumentText(valid, validText);
      const answered = await waitForDiagnostics(valid.uri, (ds) => !ds.some(isProbe), {
        message: `the probe diagnostic to go from ${VALID}`,
      });
      const errors = answered.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(errors.map(identity), [], `${VALID} should have no errors:\n${describeDiagnostics(answered)}`);
    } finally {
      await setDocumentText(valid, validText);
    }
  });
});
