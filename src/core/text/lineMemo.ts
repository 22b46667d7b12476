/**
 * Per-line results of the word-level rule parts, remembered per segmenter: the findings of a line
 * depend only on its text and on the segmenter, so after an edit only the changed lines are judged
 * again (the others cost one map lookup). Bounded: cleared when it grows past `maxEntries`.
 */
export function lineMemo<T>(maxEntries = 20_000): (owner: object, text: string, compute: (text: string) => T) => T {
  const memos = new WeakMap<object, Map<string, T>>();
  return (owner, text, compute) => {
    let memo = memos.get(owner);
    if (!memo) {
      memo = new Map();
      memos.set(owner, memo);
    }
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (memo.size >= maxEntries) memo.clear();
    memo.set(text, value);
    return value;
  };
}
