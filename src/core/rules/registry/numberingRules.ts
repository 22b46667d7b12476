import { bracketWidth } from '../bracketWidth';
import { enumerationSequence } from '../enumerationSequence';
import { headingHierarchy } from '../headingHierarchy';
import { numberingDelimiter } from '../numberingDelimiter';
import { numberingSequence } from '../numberingSequence';
import { Rule } from '../types';

export const numberingRules: readonly Rule[] = [
  numberingSequence,
  numberingDelimiter,
  bracketWidth,
  headingHierarchy,
  enumerationSequence,
];
