import { Option, type Command } from 'commander';
import { SecbookError } from '../errors.js';
import { cwd, now, print } from './context.js';
import { duration, file, ip, list, pattern, port, repeatable, resolver, withWorkbook } from './options.js';
import { style } from './style.js';

interface ScanFlags {
  selector?: string[];
  senderIp?: string[];
  apply?: boolean;
  json?: boolean;
  resolver?: string;
  timeout: number;
  workbook?: string;
  caFile?: string[];
  httpsPort?: number;
}

/** A DKIM selector is one or more DNS labels (RFC 6376 section 3.1). */
const selector = pattern('selector', /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*$/, 'Use a DNS label such as google or s1._x (letters, digits, -, _ and dots).', 'not a selector!');

export function scanCommand(program: Command): void {
  withWorkbook(program.command('scan'))
    .description('check SPF, DKIM, DMARC, MTA-STS, TLS-RPT, MX and BIMI in live DNS; --apply records the evidence')
    .argument('[domains...]', "domains to scan (default: the workbook's organisation.domains)")
    .option('--selector <name>', 'DKIM selector to check (repeatable; without it common ones are guessed)', list(selector))
    .option('--sender-ip <ip>', 'check whether this sending server passes SPF (repeatable)', list(ip))
    .option('--apply', 'write the findings into the workbook as evidence and propose statuses')
    .option('--json', 'print the report as JSON')
    .option('--resolver <ip[:port]>', 'DNS server to ask (default: the system resolvers)', resolver)
    .option('--timeout <duration>', 'per DNS query and HTTPS fetch (e.g. 5s, 500ms, 1m)', duration, 5000)
    .option('--ca-file <pem>', 'also trust this CA for the MTA-STS policy fetch (repeatable)', repeatable(file))
    .addOption(new Option('--https-port <port>', 'HTTPS port for MTA-STS fetches (tests)').argParser(port).hideHelp())
    .addHelpText(
      'after',
      [
        '',
        'Exit status: 1 when any check fails, 0 otherwise (warnings do not fail the scan).',
        '',
        'Examples:',
        '  secbook scan example.com',
        '  secbook scan example.com --selector google --sender-ip 192.0.2.10',
        '  secbook scan --apply                      # the workbook domains, evidence saved',
        '  secbook scan example.com --json | jq .verdict',
      ].join('\n'),
    )
    .action(async (domainArgs: string[], flags: ScanFlags) => {
      const [{ scan }, { formatScanReport }, { readFile }] = await Promise.all([
        import('../scan/scan.js'),
        import('./format-scan.js'),
        import('node:fs/promises'),
      ]);
      const timeoutMs = flags.timeout;
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
      const report = await scan({
        domains,
        selectors: flags.selector ?? [],
        senderIps: flags.senderIp ?? [],
        timeoutMs,
        now: at,
        ...(flags.resolver ? { resolver: flags.resolver } : {}),
        ...(ca.length ? { ca } : {}),
        ...(flags.httpsPort ? { httpsPort: flags.httpsPort } : {}),
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
