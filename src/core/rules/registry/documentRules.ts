import { Rule } from '../types';

export const documentRules: readonly Rule[] = [];
