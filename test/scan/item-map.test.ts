import { describe, expect, it } from 'vitest';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { SCAN_ITEMS } from '../../src/scan/item-map.js';
import { CHECKS } from '../../src/scan/finding.js';

describe('scan → checklist item map', () => {
  it('names only items that exist in the built-in checklists, in section email.auth', async () => {
    const set = await loadChecklists({ cwd: process.cwd() });
    const missing = SCAN_ITEMS.map((i) => i.itemId).filter((id) => !set.items.has(id));
    expect(missing).toEqual([]);
    for (const { itemId } of SCAN_ITEMS) expect(set.items.get(itemId)?.section.id).toBe('email.auth');
  });

  it('maps only known checks, and each item once', () => {
    for (const item of SCAN_ITEMS) expect(CHECKS).toContain(item.check);
    const ids = SCAN_ITEMS.map((i) => i.itemId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
