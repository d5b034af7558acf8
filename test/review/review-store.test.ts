import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewSchema, type Review } from '../../src/review/review-schema.js';
import { readReview, serializeReview } from '../../src/review/review-store.js';
import { startReview } from '../../src/app/review-start.js';
import { tempDir } from '../helpers/cli.js';
import { loadProject, writeProject } from '../helpers/review-fixtures.js';

const NOW = new Date('2027-01-15T09:00:00Z');

describe('review files', () => {
  it('serialise deterministically: fixed key order, block style, one field per line, round-trips', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      answers: {
        'rv.ops.backups': { confirmed_at: '2026-01-01T00:00:00Z', status: 'done', owner: 'Sam', evidence: ['restore test 2026-01'] },
        'rv.auth.spf': { status: 'partial', due: '2026-12-01' },
      },
    });
    const ctx = { project: await loadProject(dir), cwd: dir, now: NOW };
    const { review, file } = await startReview(ctx, { period: '2027-Q1', by: 'dana' });
    expect(file).toBe(join('reviews', '2027-Q1.yaml'));
    const text = await readFile(join(dir, file), 'utf8');
    expect(text).toBe(serializeReview(review));

    const topKeys = [...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
    expect(topKeys).toEqual(['format', 'period', 'status', 'started_at', 'started_by', 'interval_days', 'scores', 'reconfirm', 'items', 'answers']);
    // No flow collections: every value on its own line.
    expect(text).not.toMatch(/[[{]/);
    // Answer ids sorted, answer fields in the workbook's canonical order.
    expect(text).toContain('answers:\n  rv.auth.spf:\n    status: partial\n    due: 2026-12-01\n  rv.ops.backups:\n    status: done\n    evidence:\n      - restore test 2026-01\n    owner: Sam\n    confirmed_at:');

    // Same review with keys inserted in another order → same bytes.
    const shuffled = Object.fromEntries(Object.entries(review).reverse()) as Review;
    expect(serializeReview(shuffled)).toBe(text);
    expect(reviewSchema.parse(parse(text))).toEqual(review);
    expect(await readReview(join(dir, file))).toEqual(review);
  });

  it('an edited review file that breaks the format is reported with file:line:col', async () => {
    const dir = await tempDir();
    await writeProject(dir);
    const ctx = { project: await loadProject(dir), cwd: dir, now: NOW };
    const { file } = await startReview(ctx, {});
    const { writeFile } = await import('node:fs/promises');
    const text = await readFile(join(dir, file), 'utf8');
    await writeFile(join(dir, file), text.replace('status: open', 'status: ajar'));
    await expect(readReview(join(dir, file), file)).rejects.toThrow(/reviews\/2027-Q1\.yaml:3:9 status: .*"ajar"/);
  });
});
