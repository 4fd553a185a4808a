import { IDENTIFICATION } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { filled, outcomeName, readOutcomes } from './outcomeHelpers';

/**
 * A whole-word capital abbreviation of 2–6 letters with at most one digit (`BMI`, `FEV1`). A hyphen or
 * a further digit on either side makes it part of a code (`XR-4410`, `ACU-D1`, `GET73`, `COVID-19`).
 */
const ABBREVIATION = /(?<![\w-])[A-Z]{2,6}\d?(?![\w-])/g;
/** Abbreviations every reader knows (the reference's list) and Roman numerals up to 39 (`Phase II`). */
const KNOWN: ReadonlySet<string> = new Set(['HIV', 'AIDS', 'DNA', 'RNA', 'COVID', 'SARS', 'US', 'USA', 'UK', 'EU']);
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** `(BMI)` after words: the abbreviation is being defined. */
const OPENS_PARENTHESIS = /\(\s*$/;
/** `BMI (body mass index)`: a parenthesis that opens with a word in lower or mixed case. */
const EXPANSION_FOLLOWS = /^\s*\(\s*[A-Za-z]*[a-z]/;
/** `ISA 51`, `LIM C`, `ATI®`: capitals that are part of a product or device name, not an abbreviation to spell out. */
const PRODUCT_NAME_FOLLOWS = /^(?:\s?\d|[®™]|\s[A-Z](?![\w-]))/;
/** `(Chemo-IO [ACCIO])` closing a brief title: the study's own short name, as the registry shows an acronym. */
const CLOSING_NAME = /^[\])][\s\])]*$/;
/** A title in capitals throughout is shouting, not abbreviating. */
const CAPITALS = /[A-Z]/g;
const LETTERS = /[A-Za-z]/g;
const LETTER = /[A-Za-z]/;
/** Enough of the field to judge; the registry limits titles to 300 characters. */
const LONGEST_FIELD = 1000;

/** The abbreviations of a field that it never explains, in order. */
function undefinedAbbreviations(text: string, studyAcronym: string | undefined): string[] {
  if (text.length > LONGEST_FIELD) return [];
  const letters = text.match(LETTERS)?.length ?? 0;
  if (letters > 0 && (text.match(CAPITALS)?.length ?? 0) / letters > 0.6) return [];
  const explained = new Set<string>();
  const unexplained: string[] = [];
  for (const match of text.matchAll(ABBREVIATION)) {
    const token = match[0];
    if (KNOWN.has(token) || ROMAN_NUMERAL.test(token) || explained.has(token) || token === studyAcronym) continue;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const after = text.slice(match.index + token.length, match.index + token.length + 8);
    if (PRODUCT_NAME_FOLLOWS.test(after) || (/[[(]$/.test(before) && CLOSING_NAME.test(text.slice(match.index + token.length)))) continue;
    const wordsBefore = LETTER.test(text.slice(Math.max(0, match.index - 40), Math.max(0, match.index - 1)));
    const definedHere = (OPENS_PARENTHESIS.test(before) && wordsBefore) || EXPANSION_FOLLOWS.test(after);
    if (definedHere) {
      explained.add(token);
      continue;
    }
    if (!unexplained.includes(token)) unexplained.push(token);
  }
  return unexplained;
}

function listed(tokens: readonly string[]): string {
  const shown = tokens.slice(0, 4).map((token) => `\`${token}\``);
  return tokens.length > 4 ? `${shown.join(', ')}, …` : shown.join(', ');
}

export const abbreviationUndefined: RuleDefinition = {
  id: 'review/abbreviation-undefined',
  title: 'Abbreviation not spelled out',
  defaultSeverity: 'information',
  basis: 'R30, PRS Advisory comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": spell out abbreviations at first use (CU-CHK, advisory, ◑); the brief title is written for lay readers (DEF). ' +
    'Heuristic (a capital token of 2–6 letters not defined in the same field), so information; it fires on many registered records (BMI, MACE, CLL/SLL). ' +
    'Whitelist: HIV, AIDS, DNA, RNA, COVID, SARS, US, USA, UK, EU (like US and UK), Roman numerals. Product codes with hyphens or several digits are not abbreviations.',
  reference: protocolDefinition('Brief Title'),
  explanation: 'Abbreviations in the brief title and outcome titles are spelled out at first use, e.g. `Body Mass Index (BMI)`.',
  documentation:
    'The brief title is written for the public, and outcome titles are read without the protocol at hand, so reviewers ask for abbreviations to be spelled out the first time they are used: ' +
    '`Body Mass Index (BMI)` or `BMI (body mass index)`; later uses in the same field are then fine. Widely known ones (HIV, DNA, COVID-19) and product codes (`XR-4410`) need nothing. ' +
    'Fix: write the full term with the abbreviation in parentheses after it, or the full term alone.',
  check(context) {
    const findings: RuleFinding[] = [];
    // The study's own acronym is shown beside the brief title, so naming the study by it needs no expansion.
    const studyAcronym = context.text(`${IDENTIFICATION}/acronym`)?.trim().toUpperCase();
    const briefTitle = context.text(`${IDENTIFICATION}/briefTitle`);
    if (filled(briefTitle)) {
      const tokens = undefinedAbbreviations(briefTitle, studyAcronym);
      if (tokens.length > 0) {
        findings.push({
          pointer: `${IDENTIFICATION}/briefTitle`,
          target: 'value',
          message:
            `The brief title uses ${listed(tokens)}, which appear${tokens.length === 1 ? 's' : ''} not to be spelled out. ` +
            'Write the full term at first use, for example `Body Mass Index (BMI)`: the brief title is read by the public.',
        });
      }
    }
    for (const outcome of readOutcomes(context)) {
      if (!filled(outcome.measure)) continue;
      const tokens = undefinedAbbreviations(outcome.measure, studyAcronym);
      if (tokens.length === 0) continue;
      findings.push({
        pointer: `${outcome.pointer}/measure`,
        target: 'value',
        message:
          `The title of ${outcomeName(outcome)} uses ${listed(tokens)}, which appear${tokens.length === 1 ? 's' : ''} not to be spelled out. ` +
          'Write the full term at first use, for example `Forced Expiratory Volume in 1 Second (FEV1)`.',
      });
    }
    return findings;
  },
};
