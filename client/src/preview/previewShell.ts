import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folder the preview may load from: nothing else is reachable from the webview. */
export function previewMediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [previewMediaRoot(extensionUri)] };
}

/**
 * The webview's page: a strict Content-Security-Policy (nothing but the extension's stylesheet and
 * one nonce'd script), a banner for stale renders, and an empty root the script fills from messages.
 */
export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const media = previewMediaRoot(extensionUri);
  const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
  const csp = [
    `default-src 'none'`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${css.toString()}">
<title>Trial Record Preview</title>
</head>
<body class="vscode-body">
<div id="stale-banner" class="stale-banner" role="status" hidden></div>
<main id="record-root" aria-live="off"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
