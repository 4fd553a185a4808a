export interface RegistryId {
  readonly id: string;
  /** The registry, for `secondaryIdInfos[].domain`. */
  readonly domain: string;
  readonly type: 'EUDRACT_NUMBER' | 'CTIS' | 'REGISTRY' | 'OTHER';
}

const REGISTRIES: ReadonlyArray<[RegExp, string, RegistryId['type']]> = [
  [/^(?:EUCTR)?(\d{4}-\d{6}-\d{2})(?:-[A-Z]{2,3})?$/, 'EudraCT', 'EUDRACT_NUMBER'],
  [/^\d{4}-\d{6}-\d{2}-\d{2}$/, 'CTIS', 'CTIS'],
  [/^CTRI\/\d{4}\/\d+\/\d+$/, 'CTRI', 'REGISTRY'],
  [/^ChiCTR[-\w]+$/, 'ChiCTR', 'REGISTRY'],
  [/^ChiMCTR\d+$/, 'ChiMCTR', 'REGISTRY'],
  [/^ISRCTN\d{8}$/, 'ISRCTN', 'REGISTRY'],
  [/^DRKS\d{8}$/, 'DRKS', 'REGISTRY'],
  [/^ACTRN\d{14}p?$/, 'ANZCTR', 'REGISTRY'],
  [/^ITMCTR\d+$/, 'ITMCTR', 'REGISTRY'],
  [/^JPRN-[\w-]+$/, 'JPRN', 'REGISTRY'],
  [/^UMIN\d{9}$/, 'UMIN-CTR', 'REGISTRY'],
  [/^jRCT[\w-]+$/, 'jRCT', 'REGISTRY'],
  [/^KCT\d{7}$/, 'CRiS', 'REGISTRY'],
  [/^IRCT\w+$/, 'IRCT', 'REGISTRY'],
  [/^NL-?OMON\d+$|^NTR\d+$|^NL\d+$/, 'Netherlands Trial Register', 'REGISTRY'],
  [/^PACTR\d+$/, 'PACTR', 'REGISTRY'],
  [/^TCTR\d+$/, 'TCTR', 'REGISTRY'],
  [/^RBR-\w+$/, 'ReBEC', 'REGISTRY'],
  [/^SLCTR\/[\w/]+$/, 'SLCTR', 'REGISTRY'],
  [/^LBCTR\d+$/, 'LBCTR', 'REGISTRY'],
  [/^U\d{4}-\d{4}-\d{4}$/, 'WHO UTN', 'REGISTRY'],
];

export const NCT_ID = /^NCT\d{8}$/;

/** A registration number other than an NCT ID → its registry; undefined for NCT IDs and unknown shapes. */
export function registryIdOf(text: string | undefined): RegistryId | undefined {
  if (text === undefined) return undefined;
  const id = text.trim();
  if (NCT_ID.test(id)) return undefined;
  for (const [pattern, domain, type] of REGISTRIES) {
    // A registry's own decoration is not part of the number: `EUCTR2016-000700-29-PL` is EudraCT 2016-000700-29.
    const match = pattern.exec(id);
    if (match) return { id: type === 'EUDRACT_NUMBER' ? (match[1] ?? id) : id, domain, type };
  }
  return undefined;
}

/** The `secondaryIdInfos` entry for a registry ID. */
export function secondaryIdInfo(registryId: RegistryId): Record<string, string> {
  return { id: registryId.id, type: registryId.type, domain: registryId.domain };
}
