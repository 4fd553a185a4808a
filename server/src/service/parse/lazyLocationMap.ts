import type { NodeLocation } from './parsedRecord';

/**
 * A pointer → location map whose locations are read only when first asked for (lazyYamlLocations.ts for a
 * record read by its value, itemByValue.ts for one list item, lazyJsonLocations.ts for plain JSON): every lookup the subclass does not answer
 * more cheaply goes to `allLocations()`, the whole reading.
 */
export abstract class LazyLocationMap implements ReadonlyMap<string, NodeLocation> {
  abstract readonly size: number;

  /** Every location, read (once) when first needed. */
  protected abstract allLocations(): ReadonlyMap<string, NodeLocation>;

  get(pointer: string): NodeLocation | undefined {
    return this.allLocations().get(pointer);
  }

  has(pointer: string): boolean {
    return this.get(pointer) !== undefined;
  }

  entries(): MapIterator<[string, NodeLocation]> {
    return this.allLocations().entries();
  }

  keys(): MapIterator<string> {
    return this.allLocations().keys();
  }

  values(): MapIterator<NodeLocation> {
    return this.allLocations().values();
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.entries();
  }

  forEach(callback: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void, thisArg?: unknown): void {
    for (const [pointer, location] of this.entries()) callback.call(thisArg, location, pointer, this);
  }
}
