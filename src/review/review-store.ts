/**
 * Review files on disk (`reviews/<period>.yaml` beside the workbook). Written with a
 * fixed key order, block style and one field per line, so a quarter's change diffs cleanly.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isScalar, type Pair } from 'yaml';
import { ANSWER_KEY_ORDER } from '../domain/answer.js';
import { InvalidFileError, SecbookError } from '../errors.js';
import { atomicWrite, withFileLock } from '../storage/atomic-write.js';
import { displayName } from '../storage/project.js';
import { readYamlFile, validate } from '../storage/yaml-source.js';
import { listFolder, makeFolder } from '../storage/safe-fs.js';
import { reviewSchema, type Review } from './review-schema.js';

export const REVIEWS_DIR = 'reviews';

/** Keys secbook knows come first in this order; anything else (item ids…) sorts by name. */
const KEY_ORDER = [
  'format', 'period', 'status', 'started_at', 'started_by', 'interval_days', 'previous',
  'closed_at', 'reviewers', 'sign_off', 'unconfirmed_at_close', 'approval', 'by', 'at', 'workbook', 'sha256', 'commit', 'report',
  'scores', 'opening_scores', 'opening_items', 'opening_answers', 'overall', 'sections', 'title', 'checklist', 'score', 'coverage', 'applicable', 'answered', 'gaps',
  'reconfirm', 'question', 'reasons', 'why', 'kind', 'last_confirmed',
  'items', 'answers',
  ...ANSWER_KEY_ORDER,
  'name', 'role', 'email', 'phone', 'backup', 'text', 'url', 'source', 'date', 'verdict',
];
const rank = (key: string): number => {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
};
const keyOf = (p: Pair): string => (isScalar(p.key) ? String(p.key.value) : String(p.key));

function compareKeys(a: Pair, b: Pair): number {
  const [ka, kb] = [keyOf(a), keyOf(b)];
  return rank(ka) - rank(kb) || (ka < kb ? -1 : ka > kb ? 1 : 0);
}

/** The YAML text of a review (deterministic: same review, same bytes). */
export function serializeReview(review: Review): string {
  const doc = new Document(JSON.parse(JSON.stringify(review)) as unknown, { sortMapEntries: compareKeys });
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

export interface ReviewRef {
  period: string;
  /** Absolute path. */
  path: string;
  /** Name for messages. */
  file: string;
}

export const reviewPath = (dir: string, period: string): string => join(dir, REVIEWS_DIR, `${period}.yaml`);

export async function readReview(path: string, file = path): Promise<Review> {
  const src = await readYamlFile(path, file);
  return validate(src, reviewSchema, `Fix ${file} at that position (it is a review snapshot secbook wrote).`);
}

/** Writes atomically under the file's lock; with `create`, refuses to replace an existing file. */
export async function writeReview(path: string, file: string, review: Review, options: { create?: boolean } = {}): Promise<void> {
  await makeFolder(dirname(path), dirname(file));
  await withFileLock(path, file, async () => {
    if (options.create && existsSync(path)) {
      throw new SecbookError(`${file} already exists (another secbook just started this review)`, { hint: 'Run `secbook review status`.' });
    }
    await atomicWrite(path, serializeReview(review));
  });
}

export interface LoadedReview extends ReviewRef {
  review: Review;
}

/** Every review beside the workbook, oldest first (by start time, then period). */
export async function loadReviews(dir: string, cwd: string): Promise<LoadedReview[]> {
  const names = (await listFolder(join(dir, REVIEWS_DIR), displayName(cwd, join(dir, REVIEWS_DIR)))).filter((n) => n.endsWith('.yaml'));
  const problems: InvalidFileError[] = [];
  const out: LoadedReview[] = [];
  for (const name of names) {
    const path = join(dir, REVIEWS_DIR, name);
    const file = displayName(cwd, path);
    try {
      const review = await readReview(path, file);
      if (review.period !== name.slice(0, -'.yaml'.length)) {
        throw new SecbookError(`${file} says period "${review.period}"; the file name says otherwise`, {
          hint: `Rename the file to ${review.period}.yaml or fix its period.`,
        });
      }
      out.push({ period: review.period, path, file, review });
    } catch (error) {
      if (error instanceof InvalidFileError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length > 0) throw new InvalidFileError(problems.flatMap((p) => p.problems), problems[0]!.hint);
  return out.sort((a, b) => time(a.review.started_at) - time(b.review.started_at) || a.period.localeCompare(b.period));
}

/** The one open review, or undefined. */
export const openReview = (reviews: LoadedReview[]): LoadedReview | undefined => reviews.findLast((r) => r.review.status === 'open');

/** The most recently closed review, or undefined. */
export const lastClosedReview = (reviews: LoadedReview[]): LoadedReview | undefined =>
  reviews.filter((r) => r.review.status === 'closed').sort((a, b) => time(a.review.closed_at) - time(b.review.closed_at)).at(-1);

const time = (iso: string | undefined): number => (iso ? new Date(iso).getTime() : 0);
