import { Option, type Command } from 'commander';
import { SecbookError } from '../errors.js';
import { collect, cwd, list, now, print } from './context.js';
import { style } from './style.js';

interface ScanFlags {
  selector?: string[];
  senderIp?: string[];
  apply?: boolean;
  json?: boolean;
  resolver?: string;
  timeout: string;
  workbook: string;
  caFile?: string[];
  httpsPort?: string;
  smtpPort?: string;
}

/** `5s`, `1500ms`, `2m` or a bare number of seconds → milliseconds. */
export function parseDuration(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(raw.trim());
  if (!m) throw new SecbookError(`--timeout "${raw}" is not a duration`, { hint: 'Use e.g. --timeout 5s, --timeout 500ms or --timeout 1m.' });
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = unit === 'ms' ? n : unit === 'm' ? n * 60_000 : n * 1000;
  if (ms < 1 || ms > 600_000) throw new SecbookError(`--timeout "${raw}" is out of range`, { hint: 'Use between 1ms and 10m.' });
  return Math.round(ms);
}

export function scanCommand(program: Command): void {
  program
    .command('scan')
    .description('check SPF, DKIM, DMARC, MTA-STS, TLS-RPT, MX and BIMI in live DNS; --apply records the evidence')
    .argument('[domains...]', "domains to scan (default: the workbook's organisation.domains)")
    .option('--selector <[domain=]names>', 'DKIM selector(s) to check: s1 for every domain, example.com=s1,s2 for one (repeatable; common ones are guessed too)', collect)
    .option('--sender-ip <ip>', 'check whether this sending server passes SPF (repeatable)', collect)
    .option('--apply', 'write the findings into the workbook as evidence and propose statuses')
    .option('--json', 'print the report as JSON')
    .option('--resolver <ip[:port]>', 'DNS server to ask (default: the system resolvers)')
    .option('--timeout <duration>', 'per DNS query and HTTPS fetch', '5s')
    .option('-w, --workbook <path>', 'workbook file or folder', 'workbook.yaml')
    .option('--ca-file <pem>', 'also trust this CA for the MTA-STS policy fetch (repeatable)', collect)
    .addOption(new Option('--https-port <port>', 'HTTPS port for MTA-STS fetches (tests)').hideHelp())
    .addOption(new Option('--smtp-port <port>', 'SMTP port for the MTA-STS STARTTLS probe (tests)').hideHelp())
    .addHelpText(
      'after',
      [
        '',
        'Exit status: 1 when any check fails, 0 otherwise (warnings do not fail the scan).',
        '',
        'Examples:',
        '  secbook scan example.com',
        '  secbook scan example.com --selector google --sender-ip 192.0.2.10',
        '  secbook scan a.example b.example --selector a.example=s1,s2 --selector b.example=k1',
        '  secbook scan --apply                      # the workbook domains, evidence saved',
        '  secbook scan example.com --json | jq .verdict',
      ].join('\n'),
    )
    .action(async (domainArgs: string[], flags: ScanFlags) => {
      const [{ scan }, { formatScanReport }, { readFile }, selectors] = await Promise.all([
        import('../scan/scan.js'),
        import('../scan/format-report.js'),
        import('node:fs/promises'),
        import('../scan/selectors.js'),
      ]);
      const timeoutMs = parseDuration(flags.timeout);
      const needWorkbook = flags.apply || domainArgs.length === 0;
      const project = needWorkbook ? await (await import('../storage/project.js')).openProject({ cwd: cwd(), workbook: flags.workbook }) : undefined;
      const domains = domainArgs.length ? domainArgs : (project?.workbook.data.organisation?.domains ?? []);
      if (domains.length === 0) {
        throw new SecbookError(`no domain to scan: none given and ${project?.workbook.file ?? 'the workbook'} has no organisation.domains`, {
          hint: 'Run `secbook scan example.com`, or add domains under organisation.domains in the workbook.',
        });
      }
      const ca = await Promise.all(
        (flags.caFile ?? []).map((f) =>
          readFile(f, 'utf8').catch((error: Error) => {
            throw new SecbookError(`cannot read --ca-file ${f}: ${error.message}`, { hint: 'Give a PEM file with the CA certificate.' });
          }),
        ),
      );
      const at = now();
      // Selectors recorded in the workbook are used whenever the workbook is open.
      const recorded = project?.workbook.data.answers['email.auth.dkim-selectors']?.value;
      const plan = selectors.mergeSelectors(selectors.parseSelectorFlags(list(flags.selector)), typeof recorded === 'string' ? selectors.selectorsFromAnswer(recorded) : {});
      const report = await scan({
        domains,
        selectors: plan.all,
        domainSelectors: plan.byDomain,
        senderIps: list(flags.senderIp),
        timeoutMs,
        now: at,
        ...(flags.resolver ? { resolver: flags.resolver } : {}),
        ...(ca.length ? { ca } : {}),
        ...(flags.httpsPort ? { httpsPort: Number(flags.httpsPort) } : {}),
        ...(flags.smtpPort ? { smtpPort: Number(flags.smtpPort) } : {}),
      });
      let applied;
      if (flags.apply && project) {
        const { applyScan } = await import('../scan/apply.js');
        applied = applyScan(report, project.workbook, project.checklists, at);
        await project.workbook.save();
      }
      print(flags.json ? JSON.stringify(applied ? { ...report, applied } : report, null, 2) : formatScanReport(report, { paint: style, ...(applied ? { apply: applied } : {}) }));
      if (report.verdict === 'fail') process.exitCode = 1;
    });
}
