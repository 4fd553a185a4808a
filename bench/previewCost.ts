// What the preview costs the server on the largest records: the HTML render of the record with results
// (NCT04431453, 504 KB of API JSON), of the same study's protocol alone, and of the largest protocol record
// (NCT04267848), in this process, alternating, medians of many runs. Parse and analysis are done once
// beforehand: the preview renders an analysis the editor already holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderRecordHtml, type RenderInput } from '../server/src/render/renderRecord';
import { RecordAnalyzer } from '../server/src/service/recordAnalyzer';
import { recordSchema } from '../server/src/service/schema/recordSchema';
import { LineIndex } from '../server/src/service/text/lineIndex';
import { protocolSectionOf, RESULTS_RECORD, TARGET_RECORD, toYaml } from './documents';
import { summarize } from './stats';

export interface PreviewRender {
  readonly name: string;
  readonly yamlKb: number;
  readonly htmlKb: number;
  /** p50 of the render, ms. */
  readonly renderMs: number;
}

export interface PreviewCost {
  readonly runs: number;
  readonly renders: readonly PreviewRender[];
}

function renderInput(text: string): RenderInput {
  const analysis = new RecordAnalyzer('yaml').analyze(text, { today: '2025-06-15' });
  return { parsed: analysis.parsed, diagnostics: analysis.diagnostics, lines: new LineIndex(text), schema: recordSchema() };
}

export function previewCost(root: string, runs: number): PreviewCost {
  const fixture = (id: string): string => path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${id}.json`);
  const study = JSON.parse(readFileSync(fixture(RESULTS_RECORD), 'utf8')) as { protocolSection: never; resultsSection: never };
  const documents = [
    {
      name: `${RESULTS_RECORD} with results`,
      text: toYaml({ protocolSection: study.protocolSection, resultsSection: study.resultsSection }),
    },
    { name: `${RESULTS_RECORD} protocol only`, text: toYaml({ protocolSection: study.protocolSection }) },
    { name: `${TARGET_RECORD} (protocol)`, text: toYaml(protocolSectionOf(fixture(TARGET_RECORD))) },
  ].map((document) => ({ ...document, input: renderInput(document.text), times: [] as number[] }));
  const render = (input: RenderInput): { ms: number; html: string } => {
    const started = process.hrtime.bigint();
    const html = renderRecordHtml(input);
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, html };
  };
  for (let warm = 0; warm < 5; warm++) for (const document of documents) render(document.input);
  for (let run = 0; run < runs; run++) for (const document of documents) document.times.push(render(document.input).ms);
  return {
    runs,
    renders: documents.map((document) => ({
      name: document.name,
      yamlKb: document.text.length / 1024,
      htmlKb: render(document.input).html.length / 1024,
      renderMs: summarize(document.times).median,
    })),
  };
}
