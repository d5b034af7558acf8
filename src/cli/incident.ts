import type { Command } from 'commander';
import type { NewIncidentFlags } from '../incidents/build-incident.js';
import { US_STATES } from '../domain/scope-fields.js';
import { cwd, isInteractive, now, print } from './context.js';
import { choice, file, list, number, path, pattern, text, timestamp } from './options.js';
import { style } from './style.js';

interface Common {
  workbook?: string;
}

const WORKBOOK = ['-w, --workbook <path>', 'workbook file or folder (default ./workbook.yaml; incidents/ lives beside it)', path] as const;

/*
 * The values incident flags take. NOTE: the incident schema (incidents/incident-schema.ts)
 * owns these lists but loads zod, which the CLI must not load at start-up; a test checks
 * the two agree (test/cli/bad-flags.test.ts).
 */
export const INCIDENT_VALUES = {
  categories: ['names', 'contact_details', 'email_addresses', 'date_of_birth', 'ssn', 'drivers_licence', 'state_id', 'passport', 'financial_account', 'payment_card', 'account_access_code', 'credentials', 'taxpayer_id', 'health', 'health_insurance', 'biometric', 'location', 'other'],
  yesNoUnknown: ['yes', 'no', 'unknown'],
  gdprRole: ['controller', 'processor'],
  hipaaRole: ['covered_entity', 'business_associate', 'none'],
  stateRole: ['owner', 'maintainer'],
  gdprRisk: ['none', 'risk', 'high', 'unknown'],
  hipaaConclusion: ['low_probability', 'not_low', 'unknown'],
  phase: ['initial', 'follow-up'],
  breachType: ['hacking_it_incident', 'unauthorized_access_disclosure', 'theft', 'loss', 'improper_disposal', 'other'],
  jurisdictions: ['EU', 'UK', ...US_STATES],
} as const;

const V = INCIDENT_VALUES;
/** `EU=1200~`, `CA=501`, `TX=unknown` (checked in full, jurisdiction and all, when the incident is built). */
const affected = pattern('jurisdiction=count', /^[A-Za-z]{2}=(\d[\d_]*|unknown)~?$/, 'Use JURISDICTION=COUNT pairs: EU, UK or a US state code; ~ marks an estimate, e.g. EU=1200~,CA=501.');

/** `--now` for assess/render (checked by the preAction hook); default: the clock (SECBOOK_NOW). */
async function nowFlag(value: string | undefined): Promise<Date> {
  if (!value) return now();
  const { when } = await import('../incidents/when.js');
  return when(value).toJSDate();
}

/** The incident fields `new` and `edit` both take. */
function fieldOptions(cmd: Command): Command {
  return cmd
    .option('--description <text>', 'internal notes for the team (never printed in a notice)', text)
    .option('--occurred <time>', 'when it happened (timestamp with zone, or "now"); without a zone: the organisation zone', text)
    .option('--detected <time>', 'when it was detected; without a zone: the organisation zone', text)
    .option('--aware <time>', 'when you became aware (GDPR 72-hour clock); without a zone: the organisation zone', text)
    .option('--discovered <time>', 'when it was discovered (HIPAA and US state clocks); without a zone: the organisation zone', text)
    .option('--determined <time>', 'when you determined a breach occurred (CO, FL, TX clocks); without a zone: the organisation zone', text)
    .option('--categories <list>', `data involved: ${V.categories.join(',')}`, list(choice(V.categories)))
    .option('--encrypted <yes|no|unknown>', 'was the data encrypted?', choice(V.yesNoUnknown))
    .option('--key-compromised <yes|no|unknown>', 'was the encryption key compromised?', choice(V.yesNoUnknown))
    .option('--phi <yes|no|unknown>', 'was protected health information involved?', choice(V.yesNoUnknown))
    .option('--affected <pairs>', 'people affected per jurisdiction: EU=1200~,UK=40,CA=501 (~ = estimate)', list(affected))
    .option('--gdpr-role <role>', 'controller | processor', choice(V.gdprRole))
    .option('--hipaa-role <role>', 'covered_entity | business_associate | none', choice(V.hipaaRole))
    .option('--state-role <role>', 'US state laws: owner | maintainer of the data', choice(V.stateRole))
    .option('--gdpr-risk <risk>', 'none | risk | high | unknown', choice(V.gdprRisk))
    .option('--hipaa-conclusion <c>', 'low_probability | not_low | unknown', choice(V.hipaaConclusion))
    .option('--consequences <text>', 'likely consequences for the people affected', text)
    .option('--measures <text>', 'what you are doing: investigation, mitigation, prevention', text)
    .option('--steps <text>', 'what the people affected can do', text)
    .option('--what-happened <text>', 'what happened, in plain words for the people affected (used in notices)', text)
    .option('--subjects <list>', 'categories of people affected, e.g. patients,newsletter subscribers (GDPR 33(3)(a))', list(text))
    .option('--law-enforcement-delay <yes|no|unknown>', 'did law enforcement ask you to delay the notices?', choice(V.yesNoUnknown))
    .option('--law-enforcement-investigating <yes|no|unknown>', 'is law enforcement investigating? (Texas AG notice)', choice(V.yesNoUnknown))
    .option('--planned-measures <text>', 'measures planned after the notices (Texas AG notice)', text)
    .option('--org-source <yes|no|unknown>', 'was your organisation the source of the breach? (California identity-theft offer)', choice(V.yesNoUnknown))
    .option('--contact-out-of-date <n>', 'people whose contact details are insufficient or out of date (HIPAA substitute notice at 10)', number())
    .option('--breach-type <type>', V.breachType.join(' | '), choice(V.breachType))
    .option('--breach-location <text>', 'where the information was (HHS portal), e.g. Email', text)
    .option('--safeguards <text>', 'safeguards in place before the breach (HHS portal)', text)
    .option('--notice-method <text>', 'how resident notices go out, e.g. first-class mail', text)
    .option('--playbook <id>', 'the playbook followed (its first-hour steps head the checklist)', pattern('playbook id', /^[a-z0-9][a-z0-9-]*$/, 'Use a playbook id such as leaked-smtp-credential.', 'Not A Playbook'));
}

export function incidentCommand(program: Command): void {
  const incident = program
    .command('incident')
    .description('record incidents, decide which breach notices are required and by when, draft them');

  fieldOptions(
    incident
      .command('new')
      .description('record a new incident (asks for what the flags do not give, in a terminal)')
      .option(...WORKBOOK)
      .option('--title <text>', 'one-line title', text),
  )
    .option('--from <file.yaml>', 'take the fields from a YAML file (flags override it)', file)
    .option('-y, --yes', 'do not ask; record only what was given')
    .option('--plain', 'plain line-by-line prompts (the default guided flow)')
    .addHelpText(
      'after',
      '\nExamples:\n  secbook incident new\n  secbook incident new --title "Support mailbox exposed" --aware "2026-03-27T10:00 Europe/Berlin" \\\n    --affected EU=1200~ --gdpr-role controller --gdpr-risk risk --categories names,email_addresses --encrypted no --yes\n  secbook incident new --from draft-incident.yaml --yes',
    )
    .action(async (flags: Common & NewIncidentFlags & { from?: string; yes?: boolean }) => {
      const { newIncident } = await import('../app/incident.js');
      const result = await newIncident({
        cwd: cwd(),
        workbook: flags.workbook,
        flags,
        from: flags.from,
        interactive: isInteractive() && !flags.yes,
        now: now(),
        by: process.env.USER ?? process.env.USERNAME,
      });
      print(`Created ${result.file} (${result.id}).`);
      print(`Next: secbook incident assess ${result.id}`);
    });

  incident
    .command('list')
    .description('incidents with their next deadline')
    .option(...WORKBOOK)
    .option('--json', 'print JSON')
    .action(async (flags: Common & { json?: boolean }) => {
      const { listIncidents } = await import('../app/incident.js');
      const list = await listIncidents({ cwd: cwd(), workbook: flags.workbook, now: now() });
      if (flags.json) return print(JSON.stringify(list, null, 2));
      if (list.length === 0) return print('No incidents yet. Record one with `secbook incident new`.');
      for (const i of list) {
        const next = i.next ? `${i.next.overdue ? style.red('OVERDUE') : 'next'} ${i.next.id} ${i.next.deadline}` : 'no pending deadline';
        print(`${style.bold(i.id)}  ${i.status.padEnd(6)}  ${i.title}\n  ${i.open.length} to send or decide${i.open.length > 0 ? ` (${i.open.join(', ')})` : ''} · ${next}`);
      }
    });

  incident
    .command('show')
    .description('print an incident file')
    .argument('<id>', 'incident id, e.g. INC-2026-001')
    .option(...WORKBOOK)
    .option('--json', 'print the validated data as JSON')
    .action(async (id: string, flags: Common & { json?: boolean }) => {
      const { getIncident } = await import('../app/incident.js');
      const { incident: data, file, text } = await getIncident({ cwd: cwd(), workbook: flags.workbook, id });
      print(flags.json ? JSON.stringify(data, null, 2) : `${style.dim(`# ${file}`)}\n${text}`);
    });

  incident
    .command('log')
    .description('record what was done and when; --notice X --sent marks a notice sent (it stops counting down)')
    .argument('<id>', 'incident id')
    .argument('<event>', 'what happened, e.g. "Notified the ICO via the online form"')
    .option(...WORKBOOK)
    .option('--at <time>', 'when (timestamp; without a zone: the organisation zone; default now)', text)
    .option('--notice <notice-id>', 'the notice this is about (see `incident assess`)', pattern('notice id', /^[a-z0-9][a-z0-9.-]*$/, 'Use a notice id as `incident assess` lists it, e.g. uk-gdpr-authority.', 'Not A Notice'))
    .option('--sent', 'the notice was sent')
    .option('--phase <phase>', 'initial | follow-up (phased notice)', choice(V.phase))
    .option('--by <name>', 'who did it (default: $USER)', text)
    .option('--force', 'log a notice the assessment does not require (needs --reason)')
    .option('--reason <text>', 'why, with --force', text)
    .addHelpText('after', '\nExample:\n  secbook incident log INC-2026-001 "Submitted the breach form to the ICO" --notice uk-gdpr-authority --sent --at "2026-03-28T16:05 Europe/London"')
    .action(async (id: string, event: string, flags: Common & { at?: string; notice?: string; sent?: boolean; phase?: 'initial' | 'follow-up'; by?: string; force?: boolean; reason?: string }) => {
      const { logIncidentEvent } = await import('../app/incident.js');
      const r = await logIncidentEvent({
        cwd: cwd(),
        workbook: flags.workbook,
        id,
        event,
        at: flags.at,
        notice: flags.notice,
        sent: flags.sent,
        phase: flags.phase,
        by: flags.by ?? process.env.USER ?? process.env.USERNAME,
        now: now(),
        force: flags.force,
        reason: flags.reason,
      });
      print(`Logged in ${r.file} at ${r.at}${flags.sent && r.notice ? `; ${r.notice} marked sent` : ''}.`);
    });

  fieldOptions(
    incident
      .command('edit')
      .description("change an incident's facts (flags, or the same questions as `new` in a terminal)")
      .argument('<id>', 'incident id')
      .option(...WORKBOOK)
      .option('--title <text>', 'one-line title', text),
  )
    .option('-y, --yes', 'do not ask; set only what the flags give')
    .addHelpText('after', '\nExample:\n  secbook incident edit INC-2026-001 --what-happened "A file with names and emails was reachable by link." --law-enforcement-delay no')
    .action(async (id: string, flags: Common & NewIncidentFlags & { yes?: boolean }) => {
      const { editIncident } = await import('../app/incident.js');
      const r = await editIncident({ cwd: cwd(), workbook: flags.workbook, id, flags, interactive: isInteractive() && !flags.yes, now: now(), by: process.env.USER ?? process.env.USERNAME });
      print(`Updated ${r.file}: ${r.changed.join(', ')}.`);
    });

  incident
    .command('close')
    .description('close an incident (refused while the assessment still has notices to send or decide)')
    .argument('<id>', 'incident id')
    .option(...WORKBOOK)
    .option('--force', 'close with notices open (needs --reason)')
    .option('--reason <text>', 'why, with --force', text)
    .action(async (id: string, flags: Common & { force?: boolean; reason?: string }) => {
      const { closeIncident } = await import('../app/incident.js');
      const r = await closeIncident({ cwd: cwd(), workbook: flags.workbook, id, now: now(), force: flags.force, reason: flags.reason, by: process.env.USER ?? process.env.USERNAME });
      print(`Closed ${id.toUpperCase()} (${r.file}).`);
    });

  incident
    .command('assess')
    .description('which notices are required, to whom, by exactly when (with the reason or the missing fact)')
    .argument('<id>', 'incident id')
    .option(...WORKBOOK)
    .option('--json', 'print JSON')
    .option('--now <time>', 'assess as of this time (timestamp with zone)', timestamp)
    .addHelpText('after', '\nExamples:\n  secbook incident assess INC-2026-001\n  secbook incident assess INC-2026-001 --json | jq \'.notices[] | select(.required != "no") | {id, deadline}\'')
    .action(async (id: string, flags: Common & { json?: boolean; now?: string }) => {
      const [{ assess }, { formatAssessment }] = await Promise.all([import('../app/incident.js'), import('./format-assessment.js')]);
      const a = await assess({ cwd: cwd(), workbook: flags.workbook, id, now: await nowFlag(flags.now) });
      print(flags.json ? JSON.stringify(a, null, 2) : formatAssessment(a, style));
    });

  incident
    .command('render')
    .description('write notice drafts (HTML, PDF, .eml), a deadline timeline and an action checklist')
    .argument('<id>', 'incident id')
    .option(...WORKBOOK)
    .option('--out <dir>', 'output root (default: output/ beside the workbook)', path)
    .option('--phase <phase>', 'initial | follow-up drafts (default: per notice, else initial)', choice(V.phase))
    .option('--no-pdf', 'skip PDFs (no browser needed)')
    .option('--final', 'write the letters to send: refuses while any fact, mark or recipient is missing')
    .option('--now <time>', 'render as of this time', timestamp)
    .addHelpText('after', '\nExamples:\n  secbook incident render INC-2026-001 && open output/incidents/INC-2026-001/index.html\n  secbook incident render INC-2026-001 --final')
    .action(async (id: string, flags: Common & { out?: string; phase?: 'initial' | 'follow-up'; pdf: boolean; now?: string; final?: boolean }) => {
      const { render } = await import('../app/incident.js');
      const r = await render({ cwd: cwd(), workbook: flags.workbook, id, out: flags.out, phase: flags.phase, pdf: flags.pdf, final: flags.final, now: await nowFlag(flags.now) });
      const changed = r.versions.filter((v) => v.outcome !== 'unchanged');
      print(`Wrote ${r.files.length} files to ${r.dirName}/ (${r.notices.length} ${flags.final ? 'letters' : 'notice drafts'}: ${r.notices.join(', ') || 'none'}; ${changed.length} new or changed versions).`);
      if (!flags.final && r.toFill.length > 0) print(`${r.toFill.length} facts still to fill before --final (listed in ${r.dirName}/index.html).`);
      print(style.dim('Not legal advice: have counsel check every notice before sending.'));
      if (r.pdfError) {
        r.pdfError.message = `PDFs not written (HTML and .eml are): ${r.pdfError.message}`;
        throw r.pdfError;
      }
    });
}
