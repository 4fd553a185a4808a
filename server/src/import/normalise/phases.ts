const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', 'Ⅰ': '1', 'Ⅱ': '2', 'Ⅲ': '3', 'Ⅳ': '4' };

/**
 * A structured phase label → API phases: `Phase 1/Phase 2` → [PHASE1, PHASE2], `phase II/III`,
 * `Phase Ⅱ`, `EARLY_PHASE1`, `PHASE2, PHASE3`; `N/A`, `NA`, `Not Applicable` → [NA].
 * Undefined for anything else (free text is not a structured phase).
 */
export function normalisePhases(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  if (value === '') return undefined;
  if (/^(?:n\/?a|not applicable|none \(?not applicable\)?)$/i.test(value)) return ['NA'];
  if (/^early[ _-]?phase[ _-]?(?:1|i)$/i.test(value)) return ['EARLY_PHASE1'];
  const parts = value.split(/\s*(?:\/|,|\+|&|\band\b|-)\s*/i).filter((part) => part !== '');
  const phases: string[] = [];
  for (const part of parts) {
    const match = /^(?:phase[ _]?)?([1-4]|IV|III|II|I|[ⅠⅡⅢⅣ])$/i.exec(part.trim());
    if (!match) return undefined;
    const digit = /^[1-4]$/.test(match[1]) ? match[1] : ROMAN[match[1].toUpperCase()] ?? ROMAN[match[1]];
    if (!digit) return undefined;
    const phase = `PHASE${digit}`;
    if (!phases.includes(phase)) phases.push(phase);
  }
  return phases.length > 0 && /phase/i.test(value) ? phases : undefined;
}
