import { readFileSync } from 'node:fs';
import { toPageText } from './server/src/import/pageText';
import { medpathFormat } from './server/src/import/formats/medpath';
const f = process.argv[2];
const page = toPageText(readFileSync(f, 'utf8'));
const r = medpathFormat.read(page);
console.log(medpathFormat.detect(page), JSON.stringify(r.record, null, 1).slice(0, 3000), r.warnings);
page.lines.forEach((l, i) => { if (l.trim() && !r.usedLines.has(i)) console.log('UNUSED', i, l.slice(0, 80)); });
