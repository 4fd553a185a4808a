import { html, SafeHtml } from './html';

export interface StandalonePageOptions {
  /** The page title (the record's brief title, or the file name). */
  readonly title: string;
  /** The preview stylesheet (media/preview.css), embedded so the page is one self-contained file. */
  readonly css: string;
}

/**
 * A whole HTML document around a rendered record fragment, to open in any browser or attach to an
 * email: embedded CSS, no script, and a Content-Security-Policy that forbids loading anything.
 */
export function standalonePage(fragment: string, options: StandalonePageOptions): string {
  // `</style` inside the stylesheet would end the element early; the stylesheet is ours, but be safe.
  const css = options.css.replace(/<\/style/gi, '<\\/style');
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="trial-record render">
<title>${options.title}</title>
<style>
${new SafeHtml(css)}
</style>
</head>
<body class="standalone">
${new SafeHtml(fragment)}
</body>
</html>
`.value;
}
