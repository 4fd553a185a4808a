// The parts of a YAML document read on their own (tolerantYaml.ts), kept by their exact text so that
// the next reading takes every part an edit did not touch from the last one.
import type { OffsetRange } from '../text/offsetRange';
import type { SyntaxProblem } from './parsedRecord';
import type { RecordPiece } from './recordPiece';

/** One part read on its own: its piece (locations relative to the part's start) and its problems. */
export interface ReadPart {
  readonly piece: RecordPiece;
  /** Relative to the part's start. */
  readonly problems: readonly SyntaxProblem[];
  /** Ranges (relative to the part's start) of the sub-parts that do not parse. */
  readonly broken: readonly OffsetRange[];
}

/**
 * Parts read last time, by their exact text (and what they are: a block, a field, an item). Only the
 * parts of the latest reading are kept, and each key is a copy of its own (not a slice that would keep
 * an old version of the whole document alive).
 */
export type PartKind = 'block' | 'field' | 'item';

export class PartCache {
  private previous = new Map<PartKind, Map<string, ReadPart>>();
  private current = new Map<PartKind, Map<string, ReadPart>>();

  get(kind: PartKind, text: string): ReadPart | undefined {
    const current = this.mapOf(this.current, kind);
    const found = current.get(text);
    if (found) return found;
    const earlier = this.previous.get(kind)?.get(text);
    if (earlier) current.set(ownCopy(text), earlier);
    return earlier;
  }

  set(kind: PartKind, text: string, part: ReadPart): void {
    this.mapOf(this.current, kind).set(ownCopy(text), part);
  }

  /** Forgets every part (a part taken from a reading found wrong must not be taken again). */
  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }

  /** Starts a new reading: what the last one did not use is dropped after it. */
  nextReading(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  private mapOf(maps: Map<PartKind, Map<string, ReadPart>>, kind: PartKind): Map<string, ReadPart> {
    let map = maps.get(kind);
    if (!map) {
      map = new Map();
      maps.set(kind, map);
    }
    return map;
  }
}

/** A flat copy of a (possibly sliced) string, so keeping it keeps nothing else. */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
