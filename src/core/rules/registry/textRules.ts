import { dateFormat } from '../dateFormat';
import { missingNumber } from '../missingNumber';
import { placeholder } from '../placeholder';
import { Rule } from '../types';

/** Rules on characters of the text: unfilled placeholders, lost numbers, date format. */
export const textRules: readonly Rule[] = [placeholder, missingNumber, dateFormat];
