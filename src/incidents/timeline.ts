/** The deadline timeline: an inline SVG, one row per event or deadline, in time order. */
import type { DateTime } from 'luxon';
import type { Assessment } from './assess.js';
import type { Incident } from './incident-schema.js';
import { when } from './when.js';

type Kind = 'event' | 'deadline' | 'overdue' | 'sent' | 'now' | 'hold';

interface Row {
  at: DateTime;
  label: string;
  kind: Kind;
}

const COLOURS: Record<Kind, string> = { event: '#6b7280', deadline: '#b45309', overdue: '#b91c1c', sent: '#15803d', now: '#1d4ed8', hold: '#7c3aed' };

const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function timelineRows(incident: Incident, assessment: Assessment): Row[] {
  const zone = assessment.zone;
  const rows: Row[] = [];
  const event = (s: string | undefined, label: string) => {
    if (s) rows.push({ at: when(s).setZone(zone), label, kind: 'event' });
  };
  event(incident.occurred_at, 'Breach occurred');
  event(incident.detected_at, 'Detected');
  event(incident.aware_at, 'Became aware (GDPR clock starts)');
  event(incident.discovered_at, 'Discovered (HIPAA / state clocks start)');
  event(incident.determined_at, 'Determined a breach occurred');
  event(incident.law_enforcement_delay?.date, `Law-enforcement delay requested (${incident.law_enforcement_delay?.kind ?? ''})`);
  for (const n of assessment.notices) {
    if (n.required === 'no') continue;
    if (n.sent_at) rows.push({ at: when(n.sent_at).setZone(zone), label: `Sent: ${n.id}`, kind: 'sent' });
    else if (n.deadline) rows.push({ at: when(n.deadline).setZone(zone), label: `${n.status === 'overdue' ? 'OVERDUE' : 'Due'}: ${n.id}${n.required === 'unknown' ? ' (if required)' : ''}`, kind: n.status === 'overdue' ? 'overdue' : 'deadline' });
    if (n.hold_until && !n.sent_at) rows.push({ at: when(n.hold_until).setZone(zone), label: `Law-enforcement hold ends: ${n.id}`, kind: 'hold' });
  }
  rows.push({ at: when(assessment.now).setZone(zone), label: 'Now', kind: 'now' });
  return rows.sort((a, b) => a.at.toMillis() - b.at.toMillis());
}

/** An SVG (no scripts, no external references) of the incident's timeline. */
export function timelineSvg(incident: Incident, assessment: Assessment): string {
  const rows = timelineRows(incident, assessment);
  const rowH = 26;
  const height = 40 + rows.length * rowH;
  const width = 760;
  const x = 190;
  const items = rows.map((r, i) => {
    const y = 30 + i * rowH;
    const c = COLOURS[r.kind];
    const weight = r.kind === 'event' ? 'normal' : 'bold';
    return [
      `<text x="${x - 14}" y="${y + 4}" text-anchor="end" font-size="11" fill="#374151">${xml(r.at.toFormat('yyyy-MM-dd HH:mm'))}</text>`,
      `<circle cx="${x}" cy="${y}" r="6" fill="${c}"/>`,
      `<text x="${x + 16}" y="${y + 4}" font-size="12" font-weight="${weight}" fill="${c}">${xml(r.label)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Deadline timeline for ${xml(incident.id)}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<title>Deadline timeline for ${xml(incident.id)} (times in ${xml(assessment.zone)})</title>`,
    `<line x1="${x}" y1="20" x2="${x}" y2="${height - 14}" stroke="#d1d5db" stroke-width="2"/>`,
    ...items,
    '</svg>',
  ].join('\n');
}
