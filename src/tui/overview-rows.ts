/** Rows of the overview screen: each checklist, then its sections, with scores (pure). */
import type { Score } from '../domain/scoring.js';
import { sessionScore } from '../session/session-queries.js';
import type { SessionState } from '../session/session-state.js';

export interface OverviewRow {
  kind: 'checklist' | 'section';
  title: string;
  score: Score;
  /** Index in the walk of the row's first item (where Enter goes). */
  firstIndex: number;
}

export function overviewRows(state: SessionState): OverviewRow[] {
  const first = new Map<string, number>();
  state.items.forEach((ref, i) => {
    const c = ref.checklist.id;
    const s = `${c}/${ref.section.id}`;
    if (!first.has(c)) first.set(c, i);
    if (!first.has(s)) first.set(s, i);
  });
  const rows: OverviewRow[] = [];
  for (const checklist of sessionScore(state).checklists) {
    rows.push({ kind: 'checklist', title: checklist.title, score: checklist, firstIndex: first.get(checklist.checklistId) ?? 0 });
    for (const section of checklist.sections) {
      rows.push({ kind: 'section', title: section.title, score: section, firstIndex: first.get(`${checklist.checklistId}/${section.sectionId}`) ?? 0 });
    }
  }
  return rows;
}
