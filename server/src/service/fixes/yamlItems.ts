import type { FixDocument } from './fixDocument';

/** The offset of the `-` that introduces the YAML block-list item starting at `itemStart`, if any. */
export function yamlDashBefore(document: FixDocument, itemStart: number): number | undefined {
  let offset = itemStart - 1;
  while (offset >= 0 && (document.text[offset] === ' ' || document.text[offset] === '\t')) offset--;
  return offset >= 0 && document.text[offset] === '-' ? offset : undefined;
}
