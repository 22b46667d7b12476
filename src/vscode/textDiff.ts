/** The one replacement that turns `before` into `after`: common prefix and suffix kept, the middle replaced. */
export function singleReplacement(before: string, after: string): { start: number; end: number; text: string } {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair or a CRLF at the edges of the replacement.
  while (prefix > 0 && isLowSurrogateOrLf(before, prefix)) prefix--;
  while (suffix > 0 && isLowSurrogateOrLf(before, before.length - suffix)) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function isLowSurrogateOrLf(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= 0xdc00 && code <= 0xdfff) || (code === 10 && text.charCodeAt(index - 1) === 13);
}
