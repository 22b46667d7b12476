import { crossCheckRules } from './registry/crossCheckRules';
import { documentRules } from './registry/documentRules';
import { numberingRules } from './registry/numberingRules';
import { textRules } from './registry/textRules';
import { Rule } from './types';

/**
 * The rule registry, in the order findings are produced for equal positions. Each group file lists
 * its rules explicitly: text (placeholders, numbers, dates), numbering, document parts, cross-checks.
 */
export const allRules: readonly Rule[] = [...textRules, ...numberingRules, ...documentRules, ...crossCheckRules];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
