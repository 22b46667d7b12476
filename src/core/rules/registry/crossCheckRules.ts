import { Rule } from '../types';

export const crossCheckRules: readonly Rule[] = [];
