/** Text for `secbook check`: one line when fine, a list of reasons when not. */
import type { GateResult } from '../review/gate.js';
import { style } from './style.js';

const MAX_LISTED = 15;

export function formatCheck(r: GateResult): string {
  const score = r.score === null ? 'n/a' : `${r.score}%`;
  const review = r.lastReview ? `last review ${r.lastReview.period} (${r.lastReview.age_days} days ago)` : 'no closed review';
  // "open" as `status` and the TUI say it: applicable items nobody has answered yet.
  const open = r.applicable - r.answered;
  const summary = `score ${score}, ${r.answered}/${r.applicable} answered${open > 0 ? ` (${open} open)` : ''}, ${review}`;
  if (r.ok) return `${style.green('ok')} ${summary}`;
  const lines = [`${style.red('check failed')}: ${r.reasons.length} reason${r.reasons.length === 1 ? '' : 's'} (${summary})`];
  for (const reason of r.reasons) {
    lines.push(`  ✗ ${reason.message}`);
    const items = reason.items ?? [];
    for (const item of items.slice(0, MAX_LISTED)) lines.push(`      ${item}`);
    if (items.length > MAX_LISTED) lines.push(`      … and ${items.length - MAX_LISTED} more (see --json)`);
  }
  return lines.join('\n');
}
