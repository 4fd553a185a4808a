import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { firstUnexcusedMatch, freeTextFields, quote } from './textHelpers';

/** Words that on their own say participants are paid ("will be compensated", "stipend", "a $25 gift card"). */
const COMPENSATION =
  /\b(?:will|would|shall|may|can|to) (?:also )?be (?:paid|compensated|remunerated|reimbursed)\b|\bstipends?\b|\bhonorari(?:um|a)\b|\bgift (?:cards?|certificates?)\b|\b(?:payment|reimbursement|compensation|remuneration) (?:of|for) (?:their |your |the )?(?:time|travel|participation|parking|transport(?:ation)?|expenses|inconvenience)\b|\bcompensated for (?:their |your )?(?:time|travel|participation|effort)\b/gi;

/** An amount of money: "$50", "£20", "€ 30", "200 euros", "USD 100". */
const CURRENCY_AMOUNT =
  /[$£€¥][ \t]?\d[\d.,]{0,15}|\b\d[\d.,]{0,15}[ \t]?(?:dollars|euros?|pounds sterling|USD|EUR|GBP|CAD|AUD|RMB|yuan|yen|rupees|CHF|SEK|DKK|NOK)\b|\b(?:USD|EUR|GBP|CAD|AUD|RMB|CHF|US\$)[ \t]?\d[\d.,]{0,15}/g;

/** Around an amount, what makes it the participant's pay rather than a cost under study. */
const PAID_TO_PARTICIPANT =
  /\b(?:paid|pay|payment|earn|compensat\w*|reimburs\w*|remunerat\w*|incentives?|gift|voucher|stipend|thank|for (?:each|every|completing|completion|their time|participation|participating)|per (?:visit|session|survey|questionnaire)|upon completion|on completion|after completing|receives?)\b/i;

/** Subjects of health-economics studies, not participant pay ("bundled payment model", "insurance reimbursement", "co-payments"). */
const HEALTH_ECONOMICS =
  /\b(?:bundled payments?|payment (?:model|system|reform|polic\w*|scheme)s?|pay[- ]for[- ]performance|insurance|insurers?|medicare|medicaid|co-?pay\w*|out-of-pocket|cost-effectiveness|QALY|tariff|health (?:care )?costs?|reimbursement (?:rate|polic\w*|system|model)s?|(?:is|are) (?:not )?reimbursed by)\b/i;

/**
 * Participant payment in the protocol's free text (summary, description, eligibility, arm and intervention descriptions).
 * Outcome fields are out of scope: cost outcomes there are what a study measures.
 */
export const paymentInfo: RuleDefinition = {
  id: 'review/payment-info',
  title: 'Free text appears to mention participant payment',
  defaultSeverity: 'warning',
  basis: 'R30, §6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md R30 (free-text lint) and §6 (Major comment: payment information is not allowed). prs-review-criteria.md `review/payment-info` (✅ [MC] "Information related to the payment of participants appears to be included"). ' +
    'Lexicon heuristic, hence a warning.',
  reference: protocolDefinition('Brief Summary and Detailed Description'),
  explanation: 'The protocol free text does not say what participants are paid or reimbursed.',
  documentation:
    'ClinicalTrials.gov does not post information about paying participants, and its reviewers send back records that include it ' +
    '(amounts, "participants will be compensated", stipends, gift cards, reimbursement for time or travel). ' +
    'Payment belongs in the consent form and recruitment material. Studies about payment (bundled payment models, insurance reimbursement, co-payments) and "at no cost to participants" are not flagged. ' +
    'Fix: remove the payment sentence from the record.',
  check(context) {
    const findings: RuleFinding[] = [];
    const fields = freeTextFields(context, [
      'briefSummary',
      'detailedDescription',
      'eligibility',
      'armDescriptions',
      'interventionDescriptions',
    ]);
    for (const field of fields) {
      const compensation = firstUnexcusedMatch(field.text, COMPENSATION, (sentence) => HEALTH_ECONOMICS.test(sentence));
      const match =
        compensation ??
        firstUnexcusedMatch(
          field.text,
          CURRENCY_AMOUNT,
          (sentence) => !PAID_TO_PARTICIPANT.test(sentence) || HEALTH_ECONOMICS.test(sentence),
        );
      if (!match) continue;
      findings.push({
        pointer: field.pointer,
        target: 'value',
        message:
          `${field.label} appears to mention payment of participants (${quote(match[0])}). ` +
          'ClinicalTrials.gov does not post it: describe the study, and keep payment details for the consent form.',
      });
    }
    return findings;
  },
};
