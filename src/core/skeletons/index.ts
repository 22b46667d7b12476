export { generateSkeleton, isSkeletonKind, isValidSkeletonYear, skeletonDefaults, SKELETON_KIND_IDS, MIN_SKELETON_YEAR, MAX_SKELETON_YEAR } from './skeletons';
export { SKELETON_KINDS } from './templates';
export { buildSnippetFile, SnippetEntry } from './snippetFile';
export { Half, Skeleton, SkeletonKind, SkeletonKindInfo, SkeletonOptions } from './types';
