import type { Command } from 'commander';
import { cwd, isInteractive, now, print } from './context.js';
import { number, path } from './options.js';
import { guardFullScreenWrites, terminalSafe } from './terminal-text.js';

interface DrillFlags {
  workbook?: string;
  list?: boolean;
  speed?: number;
  plain?: boolean;
  resume?: boolean;
  out?: string;
  pdf?: boolean;
}

export function drillCommand(program: Command): void {
  program
    .command('drill')
    .description('run a tabletop exercise: clock, injects, decision log, after-action report')
    .argument('[scenario]', 'scenario id (see --list), or `finish`')
    .argument('[finish-scenario]', 'with `finish`: which scenario (default: the newest unfinished drill)')
    .option('-w, --workbook <path>', 'workbook file or folder (drills/ lives beside it)', path, 'workbook.yaml')
    .option('--list', 'list the scenarios (built-in and the team\'s drills/*.yaml)')
    .option('--speed <n>', 'compressed clock: n exercise minutes per real minute (default 1, real time)', number({ min: 1, max: 600 }))
    .option('--plain', 'line-by-line prompts instead of the full-screen view (screen readers)')
    .option('--resume', 'only resume an unfinished drill (an unfinished one is always resumed)')
    .option('--out <dir>', 'output folder for the after-action report', path, 'output')
    .option('--no-pdf', 'write the report as HTML only')
    .addHelpText(
      'after',
      '\nKeys: space pause · n next inject · d decision · g gap · r roles · l law · h log · F finish · q quit (resume later)\nEntries: text @owner by YYYY-MM-DD #checklist.item (owner, date, item optional)\n\nExamples:\n  secbook drill --list\n  secbook drill dkim-key-exposed --speed 10\n  secbook drill finish',
    )
    .action(async (scenario: string | undefined, finishScenario: string | undefined, flags: DrillFlags) => {
      const app = await import('../app/drill.js');
      const ctx = { cwd: cwd(), workbook: flags.workbook };
      if (flags.list || !scenario) {
        for (const s of await app.listScenarioSummaries(ctx)) print(`${s.id.padEnd(28)} ${s.title}${s.builtIn ? '' : `  (${s.file})`}`);
        if (!flags.list) print('\nStart one: secbook drill <scenario>');
        return;
      }
      if (scenario === 'finish') {
        const done = await app.finishLatest({ ...ctx, scenario: finishScenario, now: now(), out: flags.out, pdf: flags.pdf });
        printFinished(done);
        return;
      }
      if (!isInteractive()) {
        const { SecbookError } = await import('../errors.js');
        throw new SecbookError('secbook drill needs an interactive terminal (stdin and stdout are not a TTY)', {
          hint: 'Run it in a terminal (or a screen reader with --plain); `secbook drill finish` works anywhere.',
          exitCode: 2,
        });
      }
      const session = await app.DrillSession.open({ ...ctx, scenario, now: now(), speed: flags.speed ?? 1, resume: flags.resume });
      print(`${session.resumed ? 'Resuming' : 'Started'} ${session.file}`);
      let end: 'finish' | 'quit' | 'interrupted';
      if (flags.plain) {
        const { runDrillPlain } = await import('../app/drill-plain.js');
        // Scenario text is the team's: no control characters reach the terminal (terminal-text.ts).
        end = await runDrillPlain(session, now, (t) => process.stdout.write(terminalSafe(t)));
      } else {
        delete process.env.CI; // see cli/run.ts: ink must draw every frame on a real terminal
        guardFullScreenWrites(); // the scenario's text may not drive the terminal
        const { runDrillTui } = await import('../tui/drill/run-drill-tui.js');
        end = await runDrillTui({ scenario: session.scenario, initial: session.record, roles: session.roles, now, onEvent: (e) => session.apply(e), assess: (at) => session.assess(at), firstHour: session.firstHour });
      }
      if (end === 'finish') {
        printFinished(await session.finish({ now: now(), out: flags.out, pdf: flags.pdf }));
        return;
      }
      // Stopping pauses the exercise clock, so a resumed drill starts where it was left.
      await session.apply({ type: 'pause', at: now() });
      print(`Saved in ${session.file} (clock paused). Resume with: secbook drill ${scenario}`);
      if (end === 'interrupted') process.exitCode = 130;
    });
}

function printFinished(done: { file: string; report: string[]; followUps: string[]; skipped: string[]; pdfSkipped?: string }): void {
  print(`Drill finished: ${done.file}`);
  for (const f of done.report) print(`After-action report: ${f}`);
  if (done.pdfSkipped) print(`No PDF: ${done.pdfSkipped}`);
  for (const f of done.followUps) print(`Follow-up in the workbook: ${f}`);
  for (const s of done.skipped) print(`Not in the workbook (no such checklist item): ${s}`);
}
