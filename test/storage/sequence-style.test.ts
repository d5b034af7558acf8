/**
 * Saves next to block sequences written at their key's indentation (`key:\n- item`, the style
 * of examples/acme): an edit that adds an item must give valid YAML holding both items, and
 * keep the user's style. (It once copied `- old` beside a re-indented `  - new`.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { tempDir } from '../helpers/cli.js';

const FLUSH = `format: 1
organisation:
  name: Acme
  domains:
  - acme.example
answers:
  email.auth.spf:
    status: done   # checked in October
    evidence:
    - https://wiki.acme.example/dns/spf
    owner: Linus
`;

describe("saving beside sequences at their key's indentation", () => {
  it('adds the new evidence in the same style, keeps the untouched lines, and the file parses', async () => {
    const path = join(await tempDir(), 'workbook.yaml');
    await writeFile(path, FLUSH);
    const wb = await WorkbookFile.load(path);
    const before = wb.data.answers?.['email.auth.spf']?.evidence ?? [];
    wb.setAnswer('email.auth.spf', { evidence: [...before, { url: 'https://mxtoolbox.example/spf', date: '2026-12-02' }], owner: 'Dana' });
    await wb.save();
    const text = await readFile(path, 'utf8');
    const data = parse(text) as { answers: Record<string, { evidence: unknown[]; owner: string }> };
    expect(data.answers['email.auth.spf']!.evidence).toEqual(['https://wiki.acme.example/dns/spf', { url: 'https://mxtoolbox.example/spf', date: '2026-12-02' }]);
    expect(data.answers['email.auth.spf']!.owner).toBe('Dana');
    expect(text).toContain('    status: done   # checked in October\n');
    expect(text).toContain('    evidence:\n    - https://wiki.acme.example/dns/spf\n    - url: https://mxtoolbox.example/spf\n');
    expect(text).toContain('  domains:\n  - acme.example\n');
  });
});
