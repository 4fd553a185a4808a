import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const RELATIVE = path.join('media', 'preview.css');

/**
 * The preview stylesheet shipped in the package's `media/` folder. Looked up from this module's
 * folder upwards, because the module runs both bundled (`dist/cli.js`) and from source (tests).
 */
export function readPreviewStylesheet(): string {
  let folder = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(folder, RELATIVE);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  throw new Error(`cannot find ${RELATIVE} next to ${__dirname}`);
}
