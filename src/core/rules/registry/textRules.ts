import { Rule } from '../types';

export const textRules: readonly Rule[] = [];
