// What is wrong with a `trialRecord.rules` value, in words a user can act on. The language server ignores
// whatever it cannot use (server/src/lsp/settings.ts falls back to the rule's default severity); this tells the
// user so, instead of letting a typo silently do nothing. Pure: no `vscode` import, so it is unit-testable.

/** The levels `trialRecord.rules` accepts (package.json `contributes.configuration`). */
export const RULE_LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return String(value);
  }
}

/** One message per ignored part of the setting; empty when the value is usable as it is. */
export function ruleSettingsProblems(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [
      `\`trialRecord.rules\` should be an object like { "dates/order": "warning" }, not ${show(value)}; it is ignored and every rule keeps its default severity.`,
    ];
  }
  const problems: string[] = [];
  for (const [ruleId, level] of Object.entries(value as Record<string, unknown>)) {
    if (typeof level !== 'string' || !RULE_LEVELS.includes(level)) {
      problems.push(
        `\`trialRecord.rules\`: ${show(level)} for "${ruleId}" is not one of ${RULE_LEVELS.join(', ')}; the rule keeps its default severity.`,
      );
    }
  }
  return problems;
}
