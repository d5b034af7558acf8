/** Every built-in item carries the sentence policies state for it, in policy voice. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema, type Item } from '../../src/domain/checklist-schema.js';
import { ROOT } from '../helpers/cli.js';

async function builtInItems(): Promise<Item[]> {
  const dir = join(ROOT, 'checklists');
  const out: Item[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.yaml'))) {
    const checklist = checklistSchema.parse(parse(await readFile(join(dir, name), 'utf8')));
    out.push(...checklist.sections.flatMap((s) => s.items));
  }
  return out;
}

describe('statement: templates', () => {
  it('every built-in item has one: third person, a commitment or a value sentence, never the question', async () => {
    const items = await builtInItems();
    expect(items.length).toBeGreaterThan(200);
    for (const item of items) {
      const s = item.statement;
      expect(s, `${item.id} has no statement`).toBeTruthy();
      if (!s) continue;
      expect(s, item.id).not.toBe(item.question);
      expect(s, item.id).not.toMatch(/\?$/);
      expect(s, item.id).not.toMatch(/\b(we|our|us|you|your|We|Our|You|Your)\b/);
      expect(s, item.id).toMatch(/\.$/);
      if (item.type === 'status') expect(s, item.id).toMatch(/\bmust\b|\bmay\b/);
      else if (item.type !== 'contacts' && item.type !== 'multi') expect(s, item.id).toContain('{value}');
    }
  });

  it('rejects an unknown placeholder with a clear message', () => {
    const bad = {
      id: 'x', title: 'X', version: '1',
      sections: [{ id: 'x.s', title: 'S', items: [{ id: 'x.s.a', question: 'Q?', guidance: { why: 'w', how: 'h', verify: 'v' }, weight: 1, refs: ['CWE-93'], statement: '{company} must do it.' }] }],
    };
    const result = checklistSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected only the placeholders {org} and {value}');
    expect(result.error?.issues[0]?.path).toEqual(['sections', 0, 'items', 0, 'statement']);
  });
});
