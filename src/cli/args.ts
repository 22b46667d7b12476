export interface ParsedArgs {
  command: string | null;
  options: Map<string, string[]>;
  flags: Set<string>;
  paths: string[];
}

export class UsageError extends Error {}

/** `--name value`, `--name=value` and bare `--flag`; which names take values is declared by the caller. */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const result: ParsedArgs = { command: null, options: new Map(), flags: new Set(), paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      result.paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2)) {
      const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
      if (flags.includes(name)) {
        result.flags.add(name);
      } else if (valued.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        result.options.set(name, [...(result.options.get(name) ?? []), value]);
      } else {
        throw new UsageError(`unknown option ${arg}`);
      }
    } else if (result.command === null) {
      result.command = arg;
    } else {
      result.paths.push(arg);
    }
  }
  return result;
}

export function single(args: ParsedArgs, name: string, allowed?: readonly string[]): string | undefined {
  const values = args.options.get(name);
  if (!values) return undefined;
  const value = values[values.length - 1];
  if (allowed && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value;
}
