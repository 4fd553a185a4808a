import { readFileSync } from 'node:fs';
import { toPageText } from './server/src/import/pageText';
import { ctgovXmlFormat as fmt } from './server/src/import/formats/ctgovXml';
const f = process.argv[2];
const page = toPageText(readFileSync(f, 'utf8'));
const r = fmt.read(page);
console.log(fmt.detect(page), JSON.stringify(r.record, null, 1).slice(0, 3000), r.warnings);
page.lines.forEach((l, i) => { if (l.trim() && !r.usedLines.has(i)) console.log('UNUSED', i, l.slice(0, 80)); });
