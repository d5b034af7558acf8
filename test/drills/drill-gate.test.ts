/** `secbook check --drill-within N` reads the finished drills beside the workbook. */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDrill } from '../../src/drills/drill-record.js';
import { reduce, startDrill } from '../../src/drills/engine.js';
import { loadScenarios } from '../../src/drills/load-scenarios.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const drillReasons = async (dir: string, days: number, now: string) => {
  const r = await runCli(['check', '--drill-within', String(days), '--json'], { cwd: dir, env: { SECBOOK_NOW: now } });
  return (JSON.parse(r.stdout) as { reasons: { code: string; message: string }[] }).reasons.filter((x) => x.code === 'drill').map((x) => x.message);
};

describe('check --drill-within', () => {
  it('passes within N days of the last finished drill, fails after, ignores unfinished ones', async () => {
    const dir = await tempDir('secbook-drill-gate-');
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    await mkdir(join(dir, 'drills'));
    const scenario = (await loadScenarios({ cwd: ROOT })).find((s) => s.scenario.id === 'dkim-key-exposed')!.scenario;
    const started = startDrill(scenario, { at: new Date('2026-09-01T09:00:00Z'), speed: 1, participants: [], id: '2026-09-01-dkim-key-exposed' });
    await writeDrill(join(dir, 'drills', '2026-09-01-dkim-key-exposed.yaml'), reduce(scenario, started, { type: 'finish', at: new Date('2026-09-01T10:00:00Z') }));
    // An unfinished later drill does not count.
    const open = startDrill(scenario, { at: new Date('2026-11-30T09:00:00Z'), speed: 1, participants: [], id: '2026-11-30-dkim-key-exposed' });
    await writeDrill(join(dir, 'drills', '2026-11-30-dkim-key-exposed.yaml'), open);

    expect(await drillReasons(dir, 100, '2026-12-01T00:00:00Z')).toEqual([]);
    expect(await drillReasons(dir, 30, '2026-12-01T00:00:00Z')).toEqual(['the last drill (2026-09-01-dkim-key-exposed, finished 2026-09-01) is 90 days old; the limit is 30']);
  });

  it('reports a broken drill record with file:line:col', async () => {
    const dir = await tempDir('secbook-drill-gate-');
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    await mkdir(join(dir, 'drills'));
    await writeFile(join(dir, 'drills', '2026-09-01-x.yaml'), 'format: 1\nid: x\nscenario: x\ntitle: x\nstarted_at: yesterday\n');
    const r = await runCli(['check', '--drill-within', '30'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/drills\/2026-09-01-x\.yaml:5:13 started_at: expected an ISO timestamp/);
  });
});
