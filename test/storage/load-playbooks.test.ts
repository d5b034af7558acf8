import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IR_ROLES } from '../../src/domain/playbook-schema.js';
import { loadPlaybooks } from '../../src/storage/load-playbooks.js';
import { tempDir } from '../helpers/cli.js';

describe('incident playbooks', () => {
  it('loads the seven built-in playbooks, each with first-hour steps owned by an IR role', async () => {
    const books = await loadPlaybooks(await tempDir('secbook-pb-'));
    expect(books.map((b) => b.id).sort()).toEqual(['dkim-key-exposure', 'domain-spoofing', 'email-provider-breach', 'leaked-sending-credential', 'mailbox-takeover', 'misdirected-email', 'ransomware']);
    for (const b of books) {
      expect(b.first_hour.length, b.id).toBeGreaterThan(2);
      for (const s of b.first_hour) expect(IR_ROLES).toContain(s.role);
    }
    expect(books.find((b) => b.id === 'ransomware')!.after.join(' ')).toMatch(/3-2-1/);
  });

  it("lets a team replace a built-in playbook by id and names a bad file's line and column", async () => {
    const dir = await tempDir('secbook-pb-');
    await mkdir(join(dir, 'playbooks'));
    await writeFile(join(dir, 'playbooks', 'ransomware.yaml'), 'id: ransomware\ntitle: Our ransomware runbook\nseverity: 1\nsigns: [Ransom note]\nfirst_hour:\n  - step: Pull the network cable\n    role: technical-lead\n');
    const books = await loadPlaybooks(dir);
    expect(books.find((b) => b.id === 'ransomware')!.title).toBe('Our ransomware runbook');
    const bad = 'id: bad\ntitle: Bad\nseverity: 2\nsigns: [x]\nfirst_hour:\n  - step: Do it\n    role: janitor\n';
    await writeFile(join(dir, 'playbooks', 'bad.yaml'), bad);
    await expect(loadPlaybooks(dir)).rejects.toThrow(/playbooks\/bad\.yaml:7:11 .*role.*expected a role/);
    expect(await readFile(join(dir, 'playbooks', 'bad.yaml'), 'utf8')).toBe(bad);
  });
});
