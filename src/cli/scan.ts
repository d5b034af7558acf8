import { Option, type Command } from 'commander';
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
  smtpPort?: number;
}

/** A DKIM selector is one or more DNS labels (RFC 6376 section 3.1); `domain=` limits it to one domain. */
const LABELS = '[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*';
const selector = pattern(
  'selector',
  new RegExp(`^(?:[A-Za-z0-9.-]+=)?${LABELS}(?:,${LABELS})*$`),
  'Use a DNS label such as google or s1._x, or example.com=s1,s2 for one domain.',
  'not a selector!',
);

export function scanCommand(program: Command): void {
  withWorkbook(program.command('scan'))
    .description('check SPF, DKIM, DMARC, MTA-STS, TLS-RPT, MX and BIMI in live DNS; --apply records the evidence')
    .argument('[domains...]', "domains to scan (default: the workbook's organisation.domains)")
    .option('--selector <[domain=]names>', 'DKIM selector(s) to check: s1 for every domain, example.com=s1,s2 for one (repeatable; common ones are guessed too)', repeatable(selector))
    .option('--sender-ip <ip>', 'check whether this sending server passes SPF (repeatable)', list(ip))
    .option('--apply', 'write the findings into the workbook as evidence and propose statuses')
    .option('--json', 'print the report as JSON')
    .option('--resolver <ip[:port]>', 'DNS server to ask (default: the system resolvers)', resolver)
    .option('--timeout <duration>', 'per DNS query and HTTPS fetch (e.g. 5s, 500ms, 1m)', duration, 5000)
    .option('--ca-file <pem>', 'also trust this CA for the MTA-STS policy fetch (repeatable)', repeatable(file))
    .addOption(new Option('--https-port <port>', 'HTTPS port for MTA-STS fetches (tests)').argParser(port).hideHelp())
    .addOption(new Option('--smtp-port <port>', 'SMTP port for the MTA-STS STARTTLS probe (tests)').argParser(port).hideHelp())
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
      const [{ scanCommand: runScan }, { formatScanReport }] = await Promise.all([import('../app/scan.js'), import('./format-scan.js')]);
      const { report, applied } = await runScan({
        cwd: cwd(),
        workbook: flags.workbook,
        domains: domainArgs,
        selectors: flags.selector ?? [],
        senderIps: flags.senderIp ?? [],
        timeoutMs: flags.timeout,
        caFiles: flags.caFile ?? [],
        apply: Boolean(flags.apply),
        now: now(),
        ...(flags.resolver ? { resolver: flags.resolver } : {}),
        ...(flags.httpsPort ? { httpsPort: flags.httpsPort } : {}),
        ...(flags.smtpPort ? { smtpPort: flags.smtpPort } : {}),
      });
      print(flags.json ? JSON.stringify(applied ? { ...report, applied } : report, null, 2) : formatScanReport(report, { paint: style, ...(applied ? { apply: applied } : {}) }));
      if (report.verdict === 'fail') process.exitCode = 1;
    });
}
