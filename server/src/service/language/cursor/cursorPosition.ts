import type { RecordFormat } from '../../parse/parsedRecord';
import type { OffsetRange } from '../../text/offsetRange';

/**
 * Where the cursor is, in terms of the record's structure. Completion and hover start here.
 * Pointers are document pointers (they include `/protocolSection` for a whole API study object).
 */
export type CursorContext = KeyPosition | ValuePosition | ItemPosition | NoPosition;

/** The cursor is where a property name goes (or is being typed). */
export interface KeyPosition {
  readonly kind: 'key';
  readonly format: RecordFormat;
  /** The object that will hold the key. */
  readonly objectPointer: string;
  /** What has been typed of the key before the cursor (without quotes). */
  readonly partial: string;
  /** The text a chosen key replaces: the word being typed, or the whole key being edited. */
  readonly replaceRange: OffsetRange;
  /** The key on this line already has its `:` — insert the name only. */
  readonly hasSeparator: boolean;
  /** The key being edited, if the cursor is on an existing key (it is not "already present"). */
  readonly editedKey?: string;
  /** YAML: column of the key; nested content goes two columns deeper. */
  readonly column: number;
  /** JSON: the range starts with a `"` (filter text must start with one too). */
  readonly quoted: boolean;
  /** JSON: another property follows, so an inserted property needs a trailing comma. */
  readonly needsComma: boolean;
  /**
   * YAML: the objects enclosing this one that the line may move out to, innermost first. After a
   * nested block (`orgStudyIdInfo:` / `id: X`) the editor keeps the deeper indentation, but the
   * author often means a key of the module (`briefTitle`) or a new module: their keys are offered
   * too, the line re-indented to their column.
   */
  readonly outerObjects?: readonly OuterObject[];
}

/** An enclosing object a YAML key line may be moved out to (see `KeyPosition.outerObjects`). */
export interface OuterObject {
  readonly objectPointer: string;
  /** The column its keys sit at. */
  readonly column: number;
  /** The whole line up to the end of the typed word: the inserted key carries its new indentation. */
  readonly replaceRange: OffsetRange;
}

/** The cursor is where a scalar value goes: after `key: `, or a `- ` item of a list of scalars. */
export interface ValuePosition {
  readonly kind: 'value';
  readonly format: RecordFormat;
  /** The value's own pointer: a property (`/statusModule/overallStatus`) or an array item (`/designModule/phases/1`). */
  readonly valuePointer: string;
  readonly partial: string;
  readonly replaceRange: OffsetRange;
  /**
   * YAML: the value is inside quotes (the range covers the quoted text only).
   * JSON: the range starts with a `"` (a string is being typed or replaced).
   */
  readonly quoted: boolean;
  /**
   * The inserted value needs a blank before it: YAML, the cursor sits right after `key:`; JSON, the
   * range starts at the cursor before the blanks in front of the value it replaces.
   */
  readonly needsLeadingSpace: boolean;
  /** YAML: an item of a flow sequence (`[A, B]`): a plain value must not hold `,[]{}`. */
  readonly inFlow?: boolean;
}

/**
 * YAML: the cursor is right after `- ` in a list item: a key of a new object item, or a scalar
 * item value. The text cannot tell which; the schema of the list's items decides.
 */
export interface ItemPosition {
  readonly kind: 'item';
  readonly format: RecordFormat;
  /** The item's own pointer (`/armsInterventionsModule/armGroups/2`). */
  readonly itemPointer: string;
  readonly partial: string;
  readonly replaceRange: OffsetRange;
  readonly quoted: boolean;
  /** Column of the item's content; an object item's keys align here. */
  readonly column: number;
}

/** Comment, block scalar, continuation of a plain scalar, or a place the text cannot explain. */
export interface NoPosition {
  readonly kind: 'none';
}

/** The one `none` answer (the cursor code returns it for everything it cannot explain). */
export const NONE: NoPosition = { kind: 'none' };
