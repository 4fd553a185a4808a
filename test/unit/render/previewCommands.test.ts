// The preview's commands as package.json contributes them: in the preview's title bar, the explorer's and the editor
// tab's context menus, each declared and registered by the client (read from its source: it needs VS Code to run).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface MenuItem {
  readonly command: string;
  readonly when?: string;
  readonly group?: string;
}

interface Manifest {
  readonly contributes: {
    readonly commands: readonly { readonly command: string; readonly title: string; readonly icon?: string }[];
    readonly menus: Readonly<Record<string, readonly MenuItem[]>>;
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const managerSource = readFileSync('client/src/preview/previewManager.ts', 'utf8');
const IN_PREVIEW = "activeWebviewPanelId == 'trialRecord.preview'";

const menu = (name: string) => manifest.contributes.menus[name] ?? [];
const item = (name: string, command: string) => menu(name).find((entry) => entry.command === command);

describe('the preview’s commands in package.json', () => {
  it('puts Show Source (as an icon) and Refresh in the preview’s title bar, and only there', () => {
    const showSource = item('editor/title', 'trialRecord.preview.showSource');
    assert.equal(showSource?.when, IN_PREVIEW);
    assert.equal(showSource?.group, 'navigation');
    assert.equal(item('editor/title', 'trialRecord.preview.refresh')?.when, IN_PREVIEW);
    for (const command of ['trialRecord.preview.showSource', 'trialRecord.preview.refresh']) {
      assert.equal(item('commandPalette', command)?.when, IN_PREVIEW, `${command} is offered in the palette only with a preview active`);
    }
  });

  it('offers Open Preview on records in the explorer and on record tabs', () => {
    const explorer = item('explorer/context', 'trialRecord.showPreview');
    assert.match(explorer?.when ?? '', /resourceLangId =~ \/\^trial-record-\(yaml\|json\)\$\//);
    assert.match(explorer?.when ?? '', /!explorerResourceIsFolder/);
    for (const command of ['trialRecord.showPreview', 'trialRecord.showPreviewToSide']) {
      assert.match(item('editor/title/context', command)?.when ?? '', /resourceLangId/, `${command} on a record's tab`);
    }
  });

  it('declares every command its menus name, and the client registers each preview command', () => {
    const declared = new Map(manifest.contributes.commands.map((command) => [command.command, command]));
    for (const [name, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries)
        assert.ok(declared.has(entry.command), `${entry.command} in ${name} is declared in contributes.commands`);
    }
    for (const command of ['trialRecord.preview.showSource', 'trialRecord.preview.refresh']) {
      assert.ok(declared.get(command)?.icon, `${command} has an icon for the title bar`);
      assert.ok(managerSource.includes(`'${command}'`), `the preview manager registers ${command}`);
    }
  });
});
