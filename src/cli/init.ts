import type { Command } from 'commander';
import type { InitOptions } from '../app/init.js';
import { FRAMEWORKS, LANGUAGES, LIBRARIES, PROVIDERS, US_STATES } from '../domain/scope-fields.js';
import { cwd, isInteractive, print } from './context.js';
import { choice, list, pattern, repeatable, text, timezone } from './options.js';
import { formatInitSummary } from './format-status.js';

/** The flags as commander parses them: the command's own, with the lists one flag each. */
export interface InitFlags extends Omit<InitOptions['flags'], 'lists'> {
  frameworks?: string[];
  languages?: string[];
  libraries?: string[];
  providers?: string[];
  states?: string[];
  yes?: boolean;
}

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('create workbook.yaml in a folder (asks the scope questions, or takes flags)')
    .argument('[dir]', 'folder for the workbook', '.')
    .option('--org <name>', 'organisation name', text)
    .option('--domain <domain>', 'a domain you send mail from (repeatable)', repeatable(text))
    .option('--legal-name <name>', 'legal name on policies and notices (default: the organisation name)', text)
    .option('--timezone <zone>', 'IANA time zone for deadlines, e.g. Europe/Berlin (default: the system\'s)', timezone)
    .option('--approver <name>', 'who approves the policies', text)
    .option('--approver-role <role>', 'the approver\'s role, e.g. "Head of Security"', text)
    .option('--set <field=value>', 'a scope answer or organisation field, as `secbook scope --set` takes it: eu_personal_data=true, california_consumers=false, timezone=Europe/Berlin, … (repeatable)', repeatable(pattern('field=value', /^[a-z0-9_]+=/i, 'Use field=value, e.g. eu_personal_data=true.')))
    .option('--frameworks <list>', 'force frameworks in scope: gdpr,uk_gdpr,ccpa,hipaa (or "none")', list(choice([...FRAMEWORKS, 'none'])))
    .option('--languages <list>', 'languages of your email code: node,python,php,ruby,java,go,dotnet,other', list(choice(LANGUAGES)))
    .option('--libraries <list>', 'email libraries: nodemailer,phpmailer,swiftmailer,django_email,…', list(choice(LIBRARIES)))
    .option('--providers <list>', 'email providers: ses,sendgrid,postmark,mailgun,…', list(choice(PROVIDERS)))
    .option('--states <list>', 'US states where affected people live: CA,NY,TX,…', list(choice(US_STATES)))
    .option('-y, --yes', 'do not ask; use the flags and defaults')
    .addHelpText('after', '\nIt ends by saying which frameworks apply and why, and which do not and why.\n\nExamples:\n  secbook init --org "Acme Ltd" --domain acme.example --frameworks gdpr,ccpa --languages node --yes\n  secbook init --org "Acme" --legal-name "Acme Ltd" --timezone Europe/Berlin --approver "Dana Reyes" --approver-role "Head of Security" --set eu_personal_data=true --set california_consumers=false --yes')
    .action(async (dir: string, flags: InitFlags) => {
      const { runInit } = await import('../app/init.js');
      const result = await runInit({ cwd: cwd(), dir, flags: { ...flags, lists: {
        frameworks: flags.frameworks ?? [], languages: flags.languages ?? [], libraries: flags.libraries ?? [],
        providers: flags.providers ?? [], states: flags.states ?? [],
      } }, interactive: isInteractive() && !flags.yes });
      print(`Created ${result.file} for ${result.organisation}.`);
      print('');
      // Wrapped to the terminal; one line per framework when piped, for scripts and grep.
      print(formatInitSummary(result, { width: process.stdout.isTTY ? Math.max(40, (process.stdout.columns || 80) - 1) : Infinity }));
      print('');
      const arg = result.dirArg ? ` ${result.dirArg}` : '';
      print(`Next: secbook run${arg}   (or: secbook status${arg})`);
    });
}
