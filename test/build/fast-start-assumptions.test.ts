/**
 * The fast-start build's checks (scripts/fast-start/assumptions.mjs): each must fail loudly,
 * naming what changed and UPGRADING.md, when the text or version it relies on is not there.
 * The real build runs them on every `npm run build`; here they meet changed inputs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
// @ts-expect-error: plain .mjs build scripts without types
import { PATCHES, VERSIONS, checkVersions, expectSame, expectText, fileKey } from '../../scripts/fast-start/assumptions.mjs';
// @ts-expect-error: plain .mjs build scripts without types
import { usedMembers } from '../../scripts/fast-start/bundles.mjs';

interface Patch {
  pkg: string;
  file: string;
  from: string;
  to: string;
}
const nodeModule = (...parts: string[]) => join(ROOT, 'node_modules', ...parts);

describe('fast-start assumptions', () => {
  it('finds every patched text exactly once in the installed packages', () => {
    for (const p of PATCHES as Patch[]) {
      expect(() => expectText(readFileSync(nodeModule(p.pkg, p.file), 'utf8'), p.from, 1, p.file)).not.toThrow();
    }
  });

  it('fails when a patched text is missing or appears twice', () => {
    const p = (PATCHES as Patch[])[0]!;
    const source = readFileSync(nodeModule(p.pkg, p.file), 'utf8');
    expect(() => expectText(source.replace(p.from, p.from.replace('(', ' (')), p.from, 1, 'diff.js')).toThrow(/expected 1× .* found 0×[\s\S]*UPGRADING\.md/);
    expect(() => expectText(`${source}\n${p.from}`, p.from, 1, 'diff.js')).toThrow(/found 2×/);
  });

  it('matches the installed versions, and fails naming the package when one moves', async () => {
    expect(() => checkVersions((name: string) => nodeModule(name, 'package.json'))).not.toThrow();
    const fake = await tempDir('secbook-fake-ink-');
    mkdirSync(join(fake, 'ink'));
    writeFileSync(join(fake, 'ink', 'package.json'), JSON.stringify({ name: 'ink', version: '6.9.0' }));
    const resolve = (name: string) => (name === 'ink' ? join(fake, 'ink', 'package.json') : nodeModule(name, 'package.json'));
    expect(() => checkVersions(resolve)).toThrow(`ink ${(VERSIONS as Record<string, string>).ink} → 6.9.0`);
  });

  it('names a file by its package and version', () => {
    const version = JSON.parse(readFileSync(nodeModule('ink', 'package.json'), 'utf8')).version as string;
    expect(fileKey(nodeModule('ink', 'build', 'output.js'))).toBe(`ink@${version}/build/output.js`);
  });

  it('fails when what the build saw differs from its table', () => {
    expect(() => expectSame('segmenter calls', { 'a@1/x.js': 1 }, { 'a@1/x.js': 1 })).not.toThrow();
    expect(() => expectSame('segmenter calls', { 'a@1/x.js': 1 }, { 'a@1/x.js': 2 })).toThrow(/segmenter calls changed/);
    expect(() => expectSame('importers', ['a@1/x.js'], ['a@2/x.js'])).toThrow(/expected: \["a@1\/x.js"\]/);
  });

  it('reads which members of a built-in a package uses, so a stub that lacks one fails', () => {
    const terminalSize = readFileSync(nodeModule('terminal-size', 'index.js'), 'utf8');
    expect(usedMembers(terminalSize, 'node:child_process')).toEqual(['execFileSync']);
    expect(usedMembers("const cp = require('child_process');\ncp.execSync('tput cols');", 'node:child_process')).toEqual(['execSync']);
    expect(usedMembers("import assert from 'assert';\nassert.equal(1, 1);\nassert(true);", 'assert').sort()).toEqual(['(call)', 'equal']);
    expect(() => usedMembers('no import here', 'assert')).toThrow(/cannot tell how assert is used/);
  });
});
