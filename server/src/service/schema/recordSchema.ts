import schemaJson from '../../../../schemas/trial-record.schema.json';
import { isStudySectionName, STUDY_SECTIONS } from './studySections';

/** The subset of JSON Schema draft-07 (plus our documentation keywords) the service reads. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: string[];
  'x-enumLabels'?: string[];
  'x-registryAssigned'?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
  definitions?: Record<string, SchemaNode>;
  /** At the root: the whole-study branch (its properties are the study sections). */
  then?: SchemaNode;
}

export interface EnumOption {
  readonly value: string;
  /** The registry's display label, e.g. "Not yet recruiting". */
  readonly label: string;
  readonly description: string;
}

/**
 * Read-only navigation over the record schema: which schema applies at a schema path (inside the
 * protocol section, or inside a study section such as resultsSection: see studySections.ts), with
 * `$ref`s followed. Shared by validation messages, completion and hover.
 */
export class RecordSchema {
  readonly root: SchemaNode;
  readonly protocolSection: SchemaNode;
  /** The study sections beside the protocol section (resultsSection, …), as properties of one node. */
  readonly studySections: SchemaNode;
  private readonly nodeCache = new Map<string, SchemaNode | undefined>();

  constructor(root: SchemaNode) {
    this.root = root;
    const protocolSection = root.definitions?.ProtocolSection;
    if (!protocolSection) throw new Error('The record schema has no definitions/ProtocolSection.');
    this.protocolSection = protocolSection;
    // A schema without the whole-study branch (a small test schema) simply has no study sections.
    const sections: Record<string, SchemaNode> = {};
    for (const name of STUDY_SECTIONS) {
      const section = root.then?.properties?.[name];
      if (section) sections[name] = section;
    }
    this.studySections = { type: 'object', properties: sections };
  }

  /** Follows `$ref` chains (local `#/definitions/...` references only). */
  deref(node: SchemaNode | undefined): SchemaNode | undefined {
    let current = node;
    for (let hops = 0; current?.$ref && hops < 32; hops++) {
      const match = /^#\/definitions\/(.+)$/.exec(current.$ref);
      current = match ? this.root.definitions?.[match[1]] : undefined;
    }
    return current;
  }

  /** Name of the definition a node refers to (`Status` for `{$ref: '#/definitions/Status'}`). */
  definitionName(node: SchemaNode | undefined): string | undefined {
    const match = node?.$ref ? /^#\/definitions\/(.+)$/.exec(node.$ref) : null;
    return match?.[1];
  }

  /**
   * The schema for a schema path: inside the protocol section, or inside a study section when the
   * first segment is its name (segments are property names or array indexes). Returns undefined
   * when the path leaves the schema (an unknown key).
   */
  nodeAt(segments: readonly string[]): SchemaNode | undefined {
    const cacheKey = segments.map((segment) => (/^\d+$/.test(segment) ? '#' : segment)).join('/');
    if (this.nodeCache.has(cacheKey)) return this.nodeCache.get(cacheKey);
    let current: SchemaNode | undefined = isStudySectionName(segments[0]) ? this.studySections : this.protocolSection;
    for (const segment of segments) {
      current = this.deref(current);
      if (!current) break;
      if (current.properties && Object.prototype.hasOwnProperty.call(current.properties, segment)) {
        current = current.properties[segment];
      } else if (current.items && /^\d+$/.test(segment)) {
        current = current.items;
      } else {
        current = undefined;
      }
    }
    const resolved = this.withRefDocs(current);
    this.nodeCache.set(cacheKey, resolved);
    return resolved;
  }

  /** Merges a `$ref` target with the documentation written beside the `$ref` (title, description). */
  private withRefDocs(node: SchemaNode | undefined): SchemaNode | undefined {
    if (!node?.$ref) return node;
    const target = this.deref(node);
    if (!target) return undefined;
    const { $ref: _ref, ...docs } = node;
    return { ...target, ...docs };
  }

  /** Enum values of a node (or of the items of an array node) with their labels. */
  enumOptions(node: SchemaNode | undefined): EnumOption[] {
    let resolved = this.deref(node);
    if (resolved && !resolved.enum && resolved.items) resolved = this.deref(resolved.items);
    if (!resolved?.enum) return [];
    const labels = resolved['x-enumLabels'] ?? [];
    const descriptions = resolved.enumDescriptions ?? [];
    return resolved.enum
      .filter((value): value is string => typeof value === 'string')
      .map((value, index) => ({ value, label: labels[index] ?? value, description: descriptions[index] ?? '' }));
  }

  /** Property schemas of an object node, in schema order. */
  propertiesOf(node: SchemaNode | undefined): Array<[string, SchemaNode]> {
    const resolved = this.deref(node);
    if (!resolved) return [];
    const target = resolved.properties ? resolved : this.deref(resolved.items);
    return Object.entries(target?.properties ?? {}).map(([name, child]) => [name, this.withRefDocs(child) ?? child]);
  }

  /** A short human name for a node: its title, else the property name. */
  titleOf(node: SchemaNode | undefined, fallback: string): string {
    return node?.title ?? this.deref(node)?.title ?? fallback;
  }

  /** The JSON type(s) the node expects, as a readable phrase ("a text", "a whole number"). */
  typeOf(node: SchemaNode | undefined): string | undefined {
    const resolved = this.deref(node);
    if (!resolved) return undefined;
    if (resolved.enum) return 'enum';
    const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
    return type ?? (resolved.properties ? 'object' : resolved.items ? 'array' : undefined);
  }
}

let sharedSchema: RecordSchema | undefined;

/** The bundled record schema (parsed once per process). */
export function recordSchema(): RecordSchema {
  sharedSchema ??= new RecordSchema(schemaJson);
  return sharedSchema;
}

export const RECORD_SCHEMA_JSON: SchemaNode = schemaJson;
