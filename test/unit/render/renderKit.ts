// Shared helpers of the render tests: analyse and render a record text, and read the HTML back the way a browser would.
import type { Handler } from 'htmlparser2' with { 'resolution-mode': 'import' };
import type * as HtmlParser2 from 'htmlparser2' with { 'resolution-mode': 'import' };
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import type { RecordAnalysis } from '../../../server/src/service/recordAnalyzer';
import type { LineIndex } from '../../../server/src/service/text/lineIndex';
import { createTrialRecordService } from '../../../server/src/trialRecordService';

// htmlparser2 is an ES module; Node 20 loads it through require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Parser } = require('htmlparser2') as typeof HtmlParser2;

export const TODAY = '2026-11-22';

/** What the render tests read of an exported API study: the JSON is checked, not trusted, so its values are `unknown`. */
export interface ExportedStudy {
  readonly protocolSection: {
    readonly identificationModule: { readonly nctId: unknown };
    readonly statusModule: { readonly statusVerifiedDate: unknown };
    readonly designModule: { readonly enrollmentInfo: { readonly count: unknown } };
  };
}

const service = createTrialRecordService();

export interface Rendered {
  readonly text: string;
  readonly analysis: RecordAnalysis;
  readonly lines: LineIndex;
  readonly html: string;
}

export function render(text: string, format: RecordFormat = 'yaml'): Rendered {
  const record = service.analyze(text, format, { today: TODAY });
  return { text, ...record, html: service.renderHtml(record) };
}

export interface HtmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The decoded text inside the element (all descendants). */
  text: string;
}

export interface ParsedHtml {
  readonly elements: readonly HtmlElement[];
  /** All decoded text of the page, as a reader sees it. */
  readonly text: string;
}

/** Parses HTML as a browser would tokenise it (entities decoded), listing every element with its attributes and text. */
export function parseHtml(html: string): ParsedHtml {
  const elements: HtmlElement[] = [];
  const open: HtmlElement[] = [];
  let text = '';
  const handler: Partial<Handler> = {
    onopentag(name, attributes) {
      const element: HtmlElement = { name, attributes, text: '' };
      elements.push(element);
      open.push(element);
    },
    ontext(data) {
      text += data;
      for (const element of open) element.text += data;
    },
    onclosetag() {
      open.pop();
    },
  };
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return { elements, text };
}

export function elementsWith(parsed: ParsedHtml, predicate: (element: HtmlElement) => boolean): HtmlElement[] {
  return parsed.elements.filter(predicate);
}

/** The element whose data-pointer is exactly `pointer`. */
export function elementAt(parsed: ParsedHtml, pointer: string): HtmlElement | undefined {
  return parsed.elements.find((element) => element.attributes['data-pointer'] === pointer);
}
