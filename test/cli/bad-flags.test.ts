/**
 * Every option of every command, given a wrong value, gets a one-line usage error: exit 1
 * or 2, the option named, no stack trace, nothing written. The commands and options are
 * read from the commander program itself, so a new option is walked without editing this
 * test — and one without a value parser (src/cli/options.ts) fails it.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command, Option } from 'commander';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INCIDENT_VALUES } from '../../src/cli/incident.js';
import type { Parser } from '../../src/cli/options.js';
import { buildProgram } from '../../src/cli/program.js';
import { US_STATES } from '../../src/domain/scope-fields.js';
import { DATA_CATEGORIES, GDPR_RISKS, HIPAA_CONCLUSIONS, JURISDICTIONS, YES_NO_UNKNOWN } from '../../src/incidents/incident-schema.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

interface Case {
  name: string;
  args: string[];
  option: Option;
}

/** Leaf commands with their full name, e.g. ['incident', 'render']. */
function leaves(command: Command, path: string[] = []): { path: string[]; command: Command }[] {
  const subs = command.commands;
  if (subs.length === 0) return [{ path, command }];
  return subs.flatMap((c) => leaves(c, [...path, c.name()]));
}

/** Placeholders for required arguments, so the option is what fails. */
const requiredArgs = (command: Command): string[] => command.registeredArguments.filter((a) => a.required).map((a) => (a.name() === 'event' ? 'an event' : 'INC-2026-001'));

function cases(): Case[] {
  const program = buildProgram(['--help']);
  return leaves(program).flatMap(({ path, command }) =>
    command.options.map((option) => {
      const takesValue = option.required || option.optional;
      const parse = option.parseArg as Partial<Parser<unknown>> | undefined;
      // A value option must have a parser that knows a wrong value; a flag is given one.
      const args = takesValue ? [option.long ?? option.short ?? '', parse?.wrong ?? 'MISSING-PARSER'] : [`${option.long ?? ''}=bogus`];
      return { name: `${path.join(' ')} ${args.join(' ')}`, args: [...path, ...requiredArgs(command), ...args], option };
    }),
  );
}

const ALL = cases();

describe('every option refuses a wrong value clearly', () => {
  let team: string;
  let before: string;
  beforeAll(async () => {
    team = await mkdtemp(join(tmpdir(), 'secbook-bad-flags-'));
    await cp(join(ROOT, 'examples/acme'), team, { recursive: true });
    before = await readFile(join(team, 'workbook.yaml'), 'utf8');
  });

  test('the walk covers every command and its options (and every value option has a parser)', () => {
    const commands = new Set(ALL.map((c) => c.args[0]));
    for (const name of ['init', 'scope', 'validate', 'status', 'answer', 'render', 'templates', 'run', 'review', 'check', 'scan', 'incident']) expect(commands).toContain(name);
    expect(ALL.length).toBeGreaterThan(80);
    const unparsed = ALL.filter((c) => (c.option.required || c.option.optional) && (c.option.parseArg as Partial<Parser<unknown>> | undefined)?.wrong === undefined);
    expect(unparsed.map((c) => c.name)).toEqual([]);
  });

  afterAll(() => rm(team, { recursive: true, force: true }));

  test.concurrent.each(ALL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await runCli(c.args, { cwd: team, env: { SECBOOK_NOW: '2027-01-15T09:00:00Z' } });
    expect([1, 2], `exit ${r.code}\n${r.stderr}`).toContain(r.code);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/internal error|unexpected error/);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors, r.stderr).toHaveLength(1);
    expect(errors[0], r.stderr).toContain(c.option.long ?? '');
    expect(await readFile(join(team, 'workbook.yaml'), 'utf8')).toBe(before);
  });
});

describe('usage errors exit 2', () => {
  test('a wrong value names the valid ones', async () => {
    const dir = await tempDir();
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--phase', 'bogus'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: option '--phase <phase>' argument 'bogus' is invalid. Use one of: initial, follow-up.\n(run with --help for usage)\n");
  });

  test('an unknown command, and init / incident new without a terminal', async () => {
    const dir = await tempDir();
    const bogus = await runCli(['bogus'], { cwd: dir });
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown command "bogus"');
    const init = await runCli(['init'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('needs an organisation name');
    const incident = await runCli(['incident', 'new'], { cwd: dir });
    expect(incident.code).toBe(2);
    expect(incident.stderr).toContain('an incident needs a title');
  });

  test('the workbook, as an argument or with -w, and both must agree', async () => {
    const team = await tempDir();
    await cp(join(ROOT, 'examples/acme'), join(team, 'acme'), { recursive: true });
    const positional = await runCli(['status', 'acme', '--json'], { cwd: team });
    const flag = await runCli(['status', '-w', 'acme', '--json'], { cwd: team });
    expect(positional.code).toBe(0);
    expect(flag.stdout).toBe(positional.stdout);
    const both = await runCli(['status', 'acme', '-w', 'other'], { cwd: team });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('two workbooks given');
  });
});

test('the incident flag values match the incident schema', () => {
  expect(INCIDENT_VALUES.categories).toEqual(DATA_CATEGORIES);
  expect(INCIDENT_VALUES.yesNoUnknown).toEqual(YES_NO_UNKNOWN);
  expect(INCIDENT_VALUES.gdprRisk).toEqual(GDPR_RISKS);
  expect(INCIDENT_VALUES.hipaaConclusion).toEqual(HIPAA_CONCLUSIONS);
  expect(INCIDENT_VALUES.jurisdictions).toEqual(JURISDICTIONS);
  expect(INCIDENT_VALUES.jurisdictions.slice(2)).toEqual(US_STATES);
});
