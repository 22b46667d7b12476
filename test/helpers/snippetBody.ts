/**
 * A strict reading of VS Code snippet bodies, for tests: it expands a body with its default values (as
 * VS Code inserts it before the user types) and lists its tab stops. It follows the syntax of VS Code's
 * snippet grammar — escapes `\$ \} \\`, `$1`, `${1}`, `${1:default}`, `${1|a,b|}`, `$NAME`, `${NAME}`,
 * `${NAME:default}`, `${NAME/regex/format/options}` with `$n`, `${n}`, `${n:+if}`, `${n:-else}`,
 * `${n:?if:else}`, `${n:else}`, `${n:/upcase}` in the format — and, unlike VS Code, throws on anything
 * VS Code would silently insert as text (a stray `$` or `}`), so a test can prove a body is well escaped.
 */

export interface TabStop {
  index: number;
  /** The default text of the first occurrence that has one ('' when none). */
  defaultText: string;
  /** How many times the tab stop occurs (mirrors included). */
  occurrences: number;
  /** Occurrences that carry their own default text (a tab stop should have exactly one). */
  withDefault: number;
}

export interface ExpandedSnippet {
  text: string;
  tabStops: TabStop[];
}

type Node =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; children: Node[] | null; choice?: string[] }
  | { type: 'variable'; name: string; children: Node[] | null; transform?: Transform };

interface Transform {
  regex: RegExp;
  format: FormatPart[];
}

type FormatPart =
  | { type: 'text'; value: string }
  | { type: 'group'; index: number; ifValue?: string; elseValue?: string; shorthand?: string };

export class SnippetSyntaxError extends Error {}

class Reader {
  pos = 0;
  constructor(readonly source: string) {}
  get done(): boolean {
    return this.pos >= this.source.length;
  }
  peek(offset = 0): string {
    return this.source[this.pos + offset] ?? '';
  }
  take(): string {
    return this.source[this.pos++];
  }
  fail(message: string): never {
    throw new SnippetSyntaxError(`${message} at ${this.pos}: …${this.source.slice(Math.max(0, this.pos - 20), this.pos + 20)}…`);
  }
}

export function parseSnippet(body: string): Node[] {
  const reader = new Reader(body);
  const nodes = parseNodes(reader, false);
  if (!reader.done) reader.fail('unexpected }');
  return nodes;
}

function parseNodes(reader: Reader, nested: boolean): Node[] {
  const nodes: Node[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ type: 'text', value: text });
    text = '';
  };
  while (!reader.done) {
    const char = reader.peek();
    if (char === '\\') {
      const next = reader.peek(1);
      if (next === '$' || next === '}' || next === '\\') {
        reader.pos += 2;
        text += next;
      } else {
        reader.fail('backslash before an ordinary character (VS Code keeps it; escape it as \\\\)');
      }
    } else if (char === '}') {
      if (nested) break;
      reader.fail('unescaped }');
    } else if (char === '$') {
      flush();
      nodes.push(parseDollar(reader));
    } else {
      text += reader.take();
    }
  }
  flush();
  return nodes;
}

function parseDollar(reader: Reader): Node {
  reader.take();
  if (/[0-9]/.test(reader.peek())) return { type: 'tabstop', index: Number(readWhile(reader, /[0-9]/)), children: null };
  if (/[A-Za-z_]/.test(reader.peek())) return { type: 'variable', name: readWhile(reader, /[A-Za-z_0-9]/), children: null };
  if (reader.peek() !== '{') reader.fail('stray $');
  reader.take();
  if (/[0-9]/.test(reader.peek())) {
    const index = Number(readWhile(reader, /[0-9]/));
    const next = reader.take();
    if (next === '}') return { type: 'tabstop', index, children: null };
    if (next === ':') {
      const children = parseNodes(reader, true);
      if (reader.take() !== '}') reader.fail('unclosed placeholder');
      return { type: 'tabstop', index, children };
    }
    if (next === '|') {
      const body = readUntil(reader, '|');
      if (reader.take() !== '}') reader.fail('unclosed choice');
      return { type: 'tabstop', index, children: null, choice: body.split(',') };
    }
    reader.fail(`unexpected ${next} in a tab stop`);
  }
  if (!/[A-Za-z_]/.test(reader.peek())) reader.fail('stray ${');
  const name = readWhile(reader, /[A-Za-z_0-9]/);
  const next = reader.take();
  if (next === '}') return { type: 'variable', name, children: null };
  if (next === ':') {
    const children = parseNodes(reader, true);
    if (reader.take() !== '}') reader.fail('unclosed variable');
    return { type: 'variable', name, children };
  }
  if (next === '/') {
    const regex = readUntil(reader, '/');
    const format = parseFormat(reader);
    const options = readUntil(reader, '}');
    return { type: 'variable', name, children: null, transform: { regex: new RegExp(regex, options), format } };
  }
  return reader.fail(`unexpected ${next} in a variable`);
}

function readWhile(reader: Reader, pattern: RegExp): string {
  let value = '';
  while (!reader.done && pattern.test(reader.peek())) value += reader.take();
  return value;
}

/** Reads up to an unescaped `end` (consumed), keeping `\/` as `/` as VS Code does in regexes. */
function readUntil(reader: Reader, end: string): string {
  let value = '';
  while (!reader.done) {
    const char = reader.take();
    if (char === end) return value;
    if (char === '\\' && reader.peek() === end) {
      value += reader.take();
      continue;
    }
    value += char;
  }
  return reader.fail(`missing ${end}`);
}

function parseFormat(reader: Reader): FormatPart[] {
  const parts: FormatPart[] = [];
  while (!reader.done) {
    const char = reader.peek();
    if (char === '/') {
      reader.take();
      return parts;
    }
    if (char === '\\') {
      reader.take();
      parts.push({ type: 'text', value: reader.take() });
      continue;
    }
    if (char === '$' && /[0-9{]/.test(reader.peek(1))) {
      reader.take();
      if (reader.peek() !== '{') {
        parts.push({ type: 'group', index: Number(readWhile(reader, /[0-9]/)) });
        continue;
      }
      reader.take();
      const index = Number(readWhile(reader, /[0-9]/));
      const next = reader.take();
      if (next === '}') {
        parts.push({ type: 'group', index });
      } else if (next === ':') {
        const mode = reader.peek();
        if (mode === '/') {
          reader.take();
          parts.push({ type: 'group', index, shorthand: readUntil(reader, '}') });
        } else if (mode === '+') {
          reader.take();
          parts.push({ type: 'group', index, ifValue: readUntil(reader, '}') });
        } else if (mode === '-') {
          reader.take();
          parts.push({ type: 'group', index, elseValue: readUntil(reader, '}') });
        } else if (mode === '?') {
          reader.take();
          const ifValue = readUntil(reader, ':');
          parts.push({ type: 'group', index, ifValue, elseValue: readUntil(reader, '}') });
        } else {
          parts.push({ type: 'group', index, elseValue: readUntil(reader, '}') });
        }
      } else {
        reader.fail('bad format group');
      }
      continue;
    }
    parts.push({ type: 'text', value: reader.take() });
  }
  return reader.fail('unclosed transform');
}

function applyTransform(value: string, transform: Transform): string {
  return value.replace(transform.regex, (...args: unknown[]) => {
    const groups = args.slice(0, -2) as (string | undefined)[];
    return transform.format
      .map((part) => {
        if (part.type === 'text') return part.value;
        const group = groups[part.index] ?? '';
        if (part.shorthand === 'upcase') return group.toUpperCase();
        if (part.shorthand === 'downcase') return group.toLowerCase();
        if (group && part.ifValue !== undefined) return part.ifValue;
        if (!group && part.elseValue !== undefined) return part.elseValue;
        return group;
      })
      .join('');
  });
}

/** Expands a body with its defaults; `variables` resolves $NAME (an unknown name is an error here). */
export function expandSnippet(body: string, variables: Record<string, string>): ExpandedSnippet {
  const nodes = parseSnippet(body);
  const stops = new Map<number, TabStop>();
  const defaults = new Map<number, Node[]>();
  const collect = (list: Node[]) => {
    for (const node of list) {
      if (node.type === 'tabstop') {
        const stop = stops.get(node.index) ?? { index: node.index, defaultText: '', occurrences: 0, withDefault: 0 };
        stop.occurrences++;
        if (node.children && node.children.length > 0) {
          stop.withDefault++;
          if (!defaults.has(node.index)) defaults.set(node.index, node.children);
          collect(node.children);
        }
        stops.set(node.index, stop);
      } else if (node.type === 'variable' && node.children) {
        collect(node.children);
      }
    }
  };
  collect(nodes);
  const render = (list: Node[], depth: number): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type === 'tabstop') {
          if (node.choice) return node.choice[0];
          const children = node.children && node.children.length > 0 ? node.children : defaults.get(node.index);
          if (depth > 20) throw new SnippetSyntaxError('recursive placeholder');
          return children ? render(children, depth + 1) : '';
        }
        if (!(node.name in variables)) throw new SnippetSyntaxError(`unknown variable ${node.name}`);
        const value = variables[node.name];
        return node.transform ? applyTransform(value, node.transform) : value;
      })
      .join('');
  const text = render(nodes, 0);
  for (const [index, children] of defaults) stops.get(index)!.defaultText = render(children, 1);
  return { text, tabStops: [...stops.values()].sort((a, b) => a.index - b.index) };
}
