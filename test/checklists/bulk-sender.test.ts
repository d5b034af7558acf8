/** The bulk-sender checklist applies to marketing senders and to high-volume senders, and only to them. */
import { describe, expect, it } from 'vitest';
import { applicableItems } from '../../src/domain/applicability.js';
import { scopeFacts } from '../../src/domain/frameworks.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { ROOT } from '../helpers/cli.js';

const bulkIds = async (scope: Record<string, unknown>) => {
  const set = await loadChecklists({ cwd: ROOT });
  return applicableItems(set, scopeFacts(scope as never)).map((r) => r.item.id).filter((id) => id.startsWith('bulk.'));
};

describe('bulk-sender checklist', () => {
  it('applies with marketing mail or 5,000+ messages a day, not to a transactional-only, low-volume sender', async () => {
    expect(await bulkIds({ sends_marketing: false, bulk_volume: false })).toEqual([]);
    expect(await bulkIds({})).toEqual([]);
    const marketing = await bulkIds({ sends_marketing: true });
    expect(marketing).toContain('bulk.unsubscribe.one-click');
    expect(await bulkIds({ sends_marketing: false, bulk_volume: true })).toEqual(marketing);
  });

  it('cites a provider requirement or an RFC on every item, and links the items it shares with email security', async () => {
    const set = await loadChecklists({ cwd: ROOT });
    const items = [...set.items.values()].filter((r) => r.checklist.id === 'bulk-sender');
    expect(items.length).toBeGreaterThanOrEqual(7);
    for (const { item } of items) expect(item.refs.some((r) => /^(Google|Microsoft|RFC) /.test(r)), item.id).toBe(true);
    expect(set.links.get('bulk.unsubscribe.one-click')).toContain('email.compliance.opt-out');
  });
});
