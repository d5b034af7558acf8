/** Every built-in scenario, filled from examples/acme, runs to an after-action report. */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrillSession } from '../../src/app/drill.js';
import { parseEntry, reduce, startDrill } from '../../src/drills/engine.js';
import { loadScenarios } from '../../src/drills/load-scenarios.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import { assessIncident } from '../../src/incidents/assess.js';
import { scenarioIncident } from '../../src/drills/drill-assessment.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';

const T0 = new Date('2026-12-02T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('built-in scenarios with the example workbook', async () => {
  const ids = (await loadScenarios({ cwd: ROOT })).filter((s) => s.builtIn).map((s) => s.scenario.id);

  it('there are at least six', () => expect(ids.length).toBeGreaterThanOrEqual(6));

  it('name only checklist items and notice rules that exist', async () => {
    const set = await loadChecklists({ cwd: ROOT });
    const workbook = (await WorkbookFile.load(join(ROOT, 'examples', 'acme', 'workbook.yaml'))).data;
    const unknown: string[] = [];
    for (const { scenario } of (await loadScenarios({ cwd: ROOT })).filter((s) => s.builtIn)) {
      const rules = new Set(assessIncident(scenarioIncident(scenario, T0), workbook, T0).notices.map((n) => n.id));
      for (const e of scenario.expected_decisions ?? []) {
        for (const item of e.checklist_items ?? []) if (!set.items.has(item)) unknown.push(`${scenario.id}: item ${item}`);
        for (const rule of e.notice_rules ?? []) if (!rules.has(rule)) unknown.push(`${scenario.id}: rule ${rule}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it.each(ids)('%s fills every placeholder and renders its report', async (id) => {
    const dir = await tempDir('secbook-drill-');
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    const session = await DrillSession.open({ cwd: dir, scenario: id, now: T0, speed: 10 });
    expect(JSON.stringify(session.scenario)).not.toMatch(/\{\{/);
    expect(JSON.stringify(session.scenario)).toMatch(/Acme Health Messaging|acme-health\.example/);
    for (let i = 0; i < session.scenario.injects.length; i++) await session.apply({ type: 'next', at: later(i * 1000) });
    await session.apply({ type: 'decision', at: later(9000), entry: { text: `Decision <b>for</b> ${id}`, owner: 'Dana Scully' } });
    const done = await session.finish({ now: later(10_000), pdf: false });
    const html = await readFile(join(dir, done.report[0] ?? ''), 'utf8');
    expect(html).toContain('After-Action Report');
    expect(html).toContain(`Decision &lt;b&gt;for&lt;/b&gt; ${id}`);
    expect(html).not.toMatch(/\{\{/);
    for (const inj of session.scenario.injects) expect(html).toContain(inj.title.replace(/"/g, '&quot;').split("'")[0]);
  });
});

describe('drill engine', async () => {
  const scenario = (await loadScenarios({ cwd: ROOT })).find((s) => s.scenario.id === 'leaked-smtp-credential')!.scenario;
  const start = () => startDrill(scenario, { at: T0, speed: 10, participants: [], id: 'x' });

  it('runs the clock at the given speed and shows injects when their minute comes', () => {
    let r = start();
    expect(r.injects_shown.map((i) => i.minute)).toEqual([0]);
    r = reduce(scenario, r, { type: 'tick', at: later(59_000) }); // 9.8 exercise minutes
    expect(r.injects_shown).toHaveLength(1);
    r = reduce(scenario, r, { type: 'tick', at: later(60_000) });
    expect(r.injects_shown.map((i) => i.minute)).toEqual([0, 10]);
  });

  it('stops the clock while paused', () => {
    let r = reduce(scenario, start(), { type: 'pause', at: later(30_000) });
    r = reduce(scenario, r, { type: 'tick', at: later(600_000) });
    expect(r.injects_shown).toHaveLength(1);
    r = reduce(scenario, r, { type: 'resume', at: later(600_000) });
    r = reduce(scenario, r, { type: 'tick', at: later(630_000) });
    expect(r.injects_shown).toHaveLength(2);
  });

  it('timestamps decisions with wall and exercise time; nothing changes after finish', () => {
    let r = reduce(scenario, start(), { type: 'decision', at: later(120_000), entry: { text: 'Revoke', owner: 'Fox' } });
    expect(r.decisions[0]).toMatchObject({ text: 'Revoke', owner: 'Fox', minute: 20, at: later(120_000).toISOString() });
    r = reduce(scenario, r, { type: 'finish', at: later(130_000) });
    expect(reduce(scenario, r, { type: 'decision', at: later(140_000), entry: { text: 'late' } })).toBe(r);
  });

  it('finishes by itself when the clock reaches the end of the timeline', () => {
    // Last inject at minute 40, so the drill ends at exercise minute 55: 330 s at speed 10.
    let r = reduce(scenario, start(), { type: 'tick', at: later(329_000) });
    expect(r.finished_at).toBeNull();
    r = reduce(scenario, r, { type: 'tick', at: later(330_000) });
    expect(r.finished_at).toBe(later(330_000).toISOString());
    expect(r.injects_shown).toHaveLength(scenario.injects.length);
  });

  it('parses the facilitator entry line', () => {
    expect(parseEntry('Rotate keys @Fox Mulder by 2027-01-15 #ir.roles.technical-lead')).toEqual({ text: 'Rotate keys', owner: 'Fox Mulder', due: '2027-01-15', item: 'ir.roles.technical-lead' });
    expect(parseEntry('Call the bank')).toEqual({ text: 'Call the bank' });
    expect(parseEntry('  @Fox')).toMatch(/type what was decided/);
  });
});
