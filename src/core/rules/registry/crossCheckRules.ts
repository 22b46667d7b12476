import { punctuationPair } from '../punctuationPair';
import { statedCount } from '../statedCount';
import { Rule } from '../types';

/** Rules that compare what the text announces or opens with what it contains. */
export const crossCheckRules: readonly Rule[] = [statedCount, punctuationPair];
