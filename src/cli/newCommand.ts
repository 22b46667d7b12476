import { ParsedArgs, single, UsageError } from './args';
import {
  generateSkeleton,
  isSkeletonKind,
  MAX_SKELETON_YEAR,
  MIN_SKELETON_YEAR,
  SKELETON_KIND_IDS,
} from '../core/skeletons/index';
import { Half } from '../core/skeletons/types';

/** Compatible with `Io` in main.ts (declared here to avoid importing main.ts, which imports this file). */
interface NewIo {
  out(text: string): void;
  err(text: string): void;
}

const HALVES: readonly Half[] = ['first', 'second'];

/**
 * `report-lint new --kind annual|summary|plan|speech|review|half-year --year N [--org NAME] [--half first|second]`:
 * prints the skeleton the 新建工作报告 command opens. `--kind` and `--year` are required: the year's meaning
 * depends on the kind (the year summarized; for a plan the year planned; for a speech the conference's
 * year), so a silent default would too easily print the wrong years into a report.
 */
export function runNew(args: ParsedArgs, io: NewIo): number {
  if (args.paths.length > 0) throw new UsageError(`new takes no paths (got '${args.paths[0]}')`);
  const kinds = SKELETON_KIND_IDS.join(', ');
  const kind = single(args, 'kind');
  if (kind === undefined) throw new UsageError(`new needs --kind (${kinds})`);
  if (!isSkeletonKind(kind)) throw new UsageError(`--kind must be one of ${kinds} (got '${kind}')`);
  const yearText = single(args, 'year');
  if (yearText === undefined) throw new UsageError(`new needs --year (the year written in the title, e.g. --year ${new Date().getFullYear()})`);
  const year = /^\s*[0-9]{1,6}\s*$/.test(yearText) ? Number(yearText) : NaN;
  if (!Number.isInteger(year) || year < MIN_SKELETON_YEAR || year > MAX_SKELETON_YEAR) {
    throw new UsageError(`--year must be a whole year from ${MIN_SKELETON_YEAR} to ${MAX_SKELETON_YEAR} (got '${yearText}')`);
  }
  // `--half` reaches here only once main.ts declares it as a valued option; read it defensively.
  const half = args.options.has('half') ? single(args, 'half', HALVES) : undefined;
  if (half !== undefined && kind !== 'half-year') throw new UsageError('--half applies only to --kind half-year');
  const org = single(args, 'org');
  const skeleton = generateSkeleton({ kind, year, org, half: half as Half | undefined });
  io.out(skeleton.text.replace(/\n$/, ''));
  return 0;
}
