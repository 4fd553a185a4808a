import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ShownRender } from '../../../client/src/extensionApi';
import {
  extensionApi,
  openWorkspaceFile,
  rangeOfMatch,
  replaceRange,
  revertAndClose,
  setDocumentText,
  waitFor,
  useWorkspaceDocument,
} from '../helpers';

const SAMPLE = 'NCT06731192.trial.yaml';
const BRIEF_TITLE_VALUE = /^[ \t]*briefTitle:[ \t]*(\S.*?)[ \t]*$/m;

/** What the preview's page last confirmed it shows, from the extension's API. */
async function shown(): Promise<ShownRender | undefined> {
  return (await extensionApi()).shownInPreview();
}

async function waitForShown(accept: (render: ShownRender) => boolean, message: string): Promise<ShownRender> {
  let last: ShownRender | undefined;
  return waitFor(
    async () => {
      last = await shown();
      return last && accept(last) ? last : undefined;
    },
    {
      message,
      timeout: 60_000,
      describe: () =>
        last
          ? `version ${last.version}, stale: ${last.staleReason ?? 'no'}, html starts ${last.html.slice(0, 300)}`
          : 'no render shown yet',
    },
  );
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('trialRecord.preview'));
}

/** The HTML-escaped form of text, as the renderer writes record strings. */
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

suite('Preview', () => {
  const sample = useWorkspaceDocument(SAMPLE);
  let document: vscode.TextDocument;
  let originalText: string;
  setup(() => {
    ({ document, originalText } = sample());
  });

  test('Open Preview to the Side shows the sample rendered, title first, in a webview beside the editor', async () => {
    const title = document.getText(rangeOfMatch(document, BRIEF_TITLE_VALUE, 1));
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('trialRecord.showPreviewToSide');

    const render = await waitForShown(
      (r) => r.resource === document.uri.toString() && r.html.includes('class="brief-title"'),
      'the preview to show the sample',
    );
    assert.ok(render.html.includes(escaped(title)), `the preview should show the brief title "${title}"`);
    assert.match(render.html, /<h1 class="brief-title"><span data-pointer="\/identificationModule\/briefTitle" data-start-line="\d+"/);
    assert.equal(render.staleReason, undefined);
    // The sample's sections, with enum values as labels.
    assert.match(render.html, /class="status-badge[^"]*"[^>]*>Not yet recruiting</);
    assert.match(render.html, /<h2>Eligibility<\/h2>/);

    const tabs = previewTabs();
    assert.equal(tabs.length, 1, 'one preview tab');
    assert.match(tabs[0].label, /NCT06731192\.trial\.yaml/);
    const editorColumn = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn;
    assert.ok(editorColumn !== undefined && tabs[0].group.viewColumn !== editorColumn, 'the preview opens beside the editor');
  });

  test('an edit to the title appears in the preview as it is typed, escaped', async () => {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('trialRecord.showPreviewToSide');
    await waitForShown((r) => r.resource === document.uri.toString(), 'the preview to show the sample');

    const edited = 'Edited title <b>not bold</b> & {{still text}}';
    await replaceRange(document, rangeOfMatch(document, BRIEF_TITLE_VALUE, 1), JSON.stringify(edited));
    const version = document.version;
    const render = await waitForShown((r) => r.version >= version, `the preview to show version ${version}`);
    assert.ok(render.html.includes(escaped(edited)), 'the edited title, escaped');
    assert.ok(!render.html.includes('<b>not bold</b>'), 'record text is never markup');
  });

  test('a record that stops parsing keeps the last good render under a banner saying why', async () => {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('trialRecord.showPreviewToSide');
    const title = document.getText(rangeOfMatch(document, BRIEF_TITLE_VALUE, 1));
    await waitForShown((r) => r.resource === document.uri.toString() && !r.staleReason && r.html.includes(escaped(title)), 'a good render');

    // An unclosed flow sequence: the YAML no longer parses.
    await replaceRange(document, rangeOfMatch(document, BRIEF_TITLE_VALUE, 1), '[Broken title');
    const version = document.version;
    const render = await waitForShown((r) => r.version >= version && r.staleReason !== undefined, 'a stale render with a reason');
    assert.match(render.staleReason ?? '', /^Line \d+: /);
    assert.ok(render.html.includes(escaped(title)), 'the last good render (with the old title) stays');

    await setDocumentText(document, originalText);
    const fixed = await waitForShown((r) => r.version >= document.version && !r.staleReason, 'the banner to go once the text parses again');
    assert.ok(fixed.html.includes(escaped(title)));
  });

  test('Toggle Preview Lock keeps the preview on its record when another record becomes active', async () => {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('trialRecord.showPreviewToSide');
    await waitForShown((r) => r.resource === document.uri.toString(), 'the preview to show the sample');
    const other = await openWorkspaceFile('NCT03458156.trial.yaml');
    await waitForShown((r) => r.resource === other.uri.toString(), 'an unlocked preview to follow the active record editor');

    await vscode.commands.executeCommand('trialRecord.togglePreviewLock');
    await waitFor(() => previewTabs()[0]?.label.startsWith('[Preview]'), { message: 'the locked preview title' });
    await vscode.window.showTextDocument(document, { preview: false });
    // Edit the locked-to record: the preview re-renders it, and still shows it rather than the active editor's.
    const otherTitle = other.getText(rangeOfMatch(other, BRIEF_TITLE_VALUE, 1));
    const otherOriginal = other.getText();
    try {
      await replaceRange(other, rangeOfMatch(other, BRIEF_TITLE_VALUE, 1), '"Locked preview title"');
      const render = await waitForShown(
        (r) => r.version >= other.version && r.html.includes('Locked preview title'),
        'the locked preview to re-render its record',
      );
      assert.equal(render.resource, other.uri.toString());
      assert.ok(!render.html.includes(escaped(otherTitle)));
    } finally {
      await setDocumentText(other, otherOriginal);
      await vscode.commands.executeCommand('trialRecord.togglePreviewLock');
    }
  });
  test('the preview comes back, with the same record, when its webview page is reloaded', async () => {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('trialRecord.showPreviewToSide');
    const title = document.getText(rangeOfMatch(document, BRIEF_TITLE_VALUE, 1));
    const before = await waitForShown(
      (r) => r.resource === document.uri.toString() && r.html.includes(escaped(title)),
      'the preview to show the sample',
    );
    // "Developer: Reload Webviews" throws the page away, as a window reload does; the script starts afresh.
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
    const after = await waitForShown((r) => r.pageLoads > before.pageLoads, 'the reloaded webview to show the record again');
    assert.equal(after.resource, document.uri.toString());
    assert.ok(after.html.includes(escaped(title)));
  });

  test('Export as ClinicalTrials.gov JSON opens the API study JSON of the record in a new editor', async () => {
    const exported = await vscode.commands.executeCommand<vscode.Uri | undefined>('trialRecord.exportStudyJson', document.uri, 'editor');
    assert.ok(exported, 'the command returns the new document');
    const json = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === exported.toString()), {
      message: 'the exported document',
    });
    assert.equal(json.languageId, 'json');
    const study = JSON.parse(json.getText()) as { protocolSection: { identificationModule: { nctId: unknown } } };
    assert.deepEqual(Object.keys(study), ['protocolSection']);
    assert.equal(study.protocolSection.identificationModule.nctId, 'NCT06731192');
    assert.equal(vscode.window.activeTextEditor?.document, json, 'shown in an editor');
    await revertAndClose(json);
  });
});
