// The JSON schema of the `trialRecord.rules` setting, made from the rule catalog: one property per rule id
// (its levels, its default, what it checks), no other key. Written into package.json by scripts/settings-schema.ts.
import { ALL_RULES } from '../../../../server/src/service/rules/ruleCatalog';

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** `existing` (package.json's current entry) keeps its description, default and scope; the rule list is made anew. */
export function rulesSettingSchema(existing: unknown): Record<string, unknown> {
  const kept = typeof existing === 'object' && existing !== null ? (existing as Record<string, unknown>) : {};
  const properties: Record<string, unknown> = {};
  for (const rule of ALL_RULES) {
    properties[rule.id] = {
      type: 'string',
      enum: LEVELS,
      markdownDescription: `${rule.explanation} Default: \`${rule.defaultSeverity}\`.`,
    };
  }
  return {
    type: 'object',
    default: kept.default ?? {},
    scope: kept.scope ?? 'resource',
    markdownDescription: kept.markdownDescription,
    properties,
    additionalProperties: false,
  };
}
