import { bracketWidth } from '../bracketWidth';
import { Rule } from '../types';

export const numberingRules: readonly Rule[] = [bracketWidth];
