import { DIAGNOSTIC_SOURCES, type RecordDiagnostic, type Severity } from '../../service/diagnostics/recordDiagnostic';
import { counted } from '../format';
import { html, type SafeHtml } from '../html';
import { renderInlineMarkdown } from '../markdown';
import type { RenderContext } from '../renderContext';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' };

/** The document's current diagnostics, most severe first, each linking to its source range. */
export function problemsSection(c: RenderContext): SafeHtml {
  const { diagnostics, lines } = c.input;
  if (diagnostics.length === 0) return html``;
  const sorted = [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start - b.range.start);
  const items = sorted.map((diagnostic: RecordDiagnostic) => {
    const start = lines.positionAt(diagnostic.range.start);
    const end = lines.positionAt(diagnostic.range.end);
    return html`<li class="problem problem-${diagnostic.severity}"><a class="source-link" tabindex="0" data-range="${start.line}:${start.character}-${end.line}:${end.character}"${
      diagnostic.pointer !== undefined ? html` data-pointer="${diagnostic.pointer}"` : ''
    }><span class="severity">${SEVERITY_LABELS[diagnostic.severity]}</span> <span class="position">line ${start.line + 1}, column ${start.character + 1}</span></a> <span class="message">${renderInlineMarkdown(
      diagnostic.message,
    )}</span> <code class="code" title="${DIAGNOSTIC_SOURCES[diagnostic.layer]}">${diagnostic.code}</code></li>`;
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const others = diagnostics.length - errors - warnings;
  const summary = [counted(errors, 'error'), counted(warnings, 'warning'), others ? counted(others, 'note') : '']
    .filter(Boolean)
    .join(', ');
  return html`<section class="record-section problems" id="section-problems"><h2>Problems <span class="count">${summary}</span></h2><ul class="problem-list">${items}</ul></section>`;
}
