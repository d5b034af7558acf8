/**
 * What the law says at a decision point: the scenario's facts become an incident (times are
 * minutes after the drill started) and go through the same assessment as
 * `secbook incident assess`. Pure.
 */
import type { Workbook } from '../domain/workbook-schema.js';
import { assessIncident, type Assessment } from '../incidents/assess.js';
import type { Incident } from '../incidents/incident-schema.js';
import type { Scenario } from './scenario-schema.js';

const at = (start: Date, minute: number | undefined): string | undefined =>
  minute === undefined ? undefined : new Date(start.getTime() + minute * 60_000).toISOString();

export function scenarioIncident(scenario: Scenario, startedAt: Date): Incident {
  const f = scenario.facts ?? {};
  const incident: Incident = {
    format: 1,
    id: `INC-${startedAt.toISOString().slice(0, 4)}-000`,
    title: `Exercise: ${scenario.title}`,
    aware_at: at(startedAt, f.aware_minute),
    discovered_at: at(startedAt, f.discovered_minute),
    determined_at: at(startedAt, f.determined_minute),
    data_categories: f.data_categories,
    phi: f.phi,
    encrypted: f.encrypted,
    key_compromised: f.key_compromised,
    affected: f.affected,
    role: f.gdpr_role || f.hipaa_role ? { gdpr: f.gdpr_role, hipaa: f.hipaa_role } : undefined,
    risk: f.gdpr_risk || f.hipaa_conclusion ? { gdpr: f.gdpr_risk, hipaa: f.hipaa_conclusion ? { conclusion: f.hipaa_conclusion } : undefined } : undefined,
  };
  return JSON.parse(JSON.stringify(incident)) as Incident; // drops the undefined keys
}

/** Notices required or still open for the scenario at `now` (not-required ones left out). */
export function drillAssessment(scenario: Scenario, workbook: Workbook, startedAt: Date, now: Date): Assessment {
  const a = assessIncident(scenarioIncident(scenario, startedAt), workbook, now);
  return { ...a, notices: a.notices.filter((n) => n.required !== 'no') };
}

/**
 * The playbook's first-hour steps, when the policies feature provides playbooks. Optional:
 * the lead wires `loadPlaybooks(cwd)` in here; until then drills run without them.
 */
export type PlaybookLookup = (scenarioId: string) => Promise<string[] | undefined>;
export const noPlaybooks: PlaybookLookup = () => Promise.resolve(undefined);
