// meddatax lists repeat a fixed shape: a few value lines, then a marker line that closes the
// entry (`Group Type EXPERIMENTAL`, `Sponsor Role lead`, `Role: PRINCIPAL_INVESTIGATOR`).

/** One entry: the lines before its marker, and the marker. */
export interface MarkedChunk {
  readonly before: readonly number[];
  readonly marker: number;
  readonly match: RegExpExecArray;
}

export interface MarkedBlock {
  readonly chunks: readonly MarkedChunk[];
  /** Lines after the last marker. */
  readonly trailing: readonly number[];
}

/** Splits a block's line indexes at the lines that match `marker`. */
export function splitAtMarkers(indexes: readonly number[], lines: readonly string[], marker: RegExp): MarkedBlock {
  const chunks: MarkedChunk[] = [];
  let before: number[] = [];
  for (const index of indexes) {
    const match = marker.exec(lines[index]);
    if (match) {
      chunks.push({ before, marker: index, match });
      before = [];
    } else before.push(index);
  }
  return { chunks, trailing: before };
}

/** The lines' text joined as one markdown value. */
export function textOf(indexes: readonly number[], lines: readonly string[]): string {
  return indexes.map((index) => lines[index]).join('\n');
}
