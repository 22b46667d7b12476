import { duplicateWord } from '../duplicateWord';
import { planSection } from '../planSection';
import { problemSection } from '../problemSection';
import { punctuationWidth } from '../punctuationWidth';
import { Rule } from '../types';
import { yearConsistency } from '../yearConsistency';

export const documentRules: readonly Rule[] = [planSection, problemSection, yearConsistency, punctuationWidth, duplicateWord];
