/**
 * The TUI from each build, in a real pseudo-terminal: the fast-start build in dist/ (code-
 * cached ink + React with the build-time patches and text fast paths, scripts/fast-start/)
 * and the plain build (SECBOOK_PLAIN_BUILD=1: ink, React, zod and yaml as published). The
 * same keystrokes must give the same screens and the same workbook; the component tests in
 * test/tui/ run the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { ptyProject, startPty } from '../helpers/session-pty.js';

const PLAIN_OUT = 'dist-plain';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, SECBOOK_PLAIN_BUILD: '1', SECBOOK_BUILD_OUT: PLAIN_OUT },
    stdio: 'pipe',
  });
});

const BUILDS = [
  { name: 'fast-start build (dist/)', entry: join(ROOT, 'bin', 'secbook.js'), dir: 'dist', bundles: true },
  { name: 'plain build (SECBOOK_PLAIN_BUILD=1)', entry: join(ROOT, PLAIN_OUT, 'main.js'), dir: PLAIN_OUT, bundles: false },
];

describe.each(BUILDS)('the TUI from the $name', { timeout: 120_000 }, ({ entry, dir, bundles }) => {
  test('has the script bundles only when it should', () => {
    const files = readdirSync(join(ROOT, dir));
    expect(files.includes('tui-vendor.body.js')).toBe(bundles);
    expect(files.some((f) => /^tui-vendor\.[0-9a-f]{12}\.cache$/.test(f))).toBe(bundles);
    expect(existsSync(join(ROOT, dir, 'main.js'))).toBe(true);
  });

  test('answers, notes with wide and combined characters, and quits: same screens, same workbook', async () => {
    const project = await ptyProject();
    const s = startPty([], project, { NO_COLOR: '1' }, entry);
    await s.waitFor('Checklist / section');
    s.type('/');
    await s.waitFor('Search:');
    s.type('tst.basics.spf');
    await s.waitFor('tst.basics.spf  ');
    s.type('\r');
    await s.waitFor('Why SPF matters.');
    s.type('e');
    await s.waitFor('Note (Markdown allowed)');
    // Text the fast paths hand to the real string-width / Intl.Segmenter: CJK (two columns),
    // an emoji, a combining accent.
    s.type('東京 ok 🚀 cafe\u0301\r');
    await s.waitFor('note: 東京 ok 🚀 cafe\u0301');
    // A status key saves and walks on to the next open item.
    s.type('d');
    await s.waitFor('Saved tst.basics.spf: ✓ done → next: tst.basics.dkim');
    s.type('q');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(0);
    expect(s.screen()).toContain('Every answer is saved in workbook.yaml.');
    const wb = parse(await readFile(join(project, 'workbook.yaml'), 'utf8'));
    expect(wb.answers['tst.basics.spf']).toMatchObject({ status: 'done', note: '東京 ok 🚀 cafe\u0301' });
  });
});
