/** `secbook scan`: scan the given domains (or the workbook's), and with `apply` record the findings. */
import { SecbookError } from '../errors.js';
import { readRegularFile } from '../storage/safe-fs.js';
import { applyScan, type ApplyOutcome } from '../scan/apply.js';
import { scan, type ScanReport } from '../scan/scan.js';
import { mergeSelectors, parseSelectorFlags, selectorsFromAnswer } from '../scan/selectors.js';
import { openProject } from '../storage/project.js';

export interface ScanCommandOptions {
  cwd: string;
  workbook?: string;
  /** Empty: the workbook's organisation.domains. */
  domains: string[];
  selectors: string[];
  senderIps: string[];
  timeoutMs: number;
  resolver?: string;
  /** PEM files of extra CAs for the MTA-STS policy fetch. */
  caFiles: string[];
  httpsPort?: number;
  smtpPort?: number;
  /** Write the findings into the workbook as evidence and propose statuses. */
  apply: boolean;
  now: Date;
}

export interface ScanCommandResult {
  report: ScanReport;
  applied?: ApplyOutcome;
}

export async function scanCommand(options: ScanCommandOptions): Promise<ScanCommandResult> {
  const needWorkbook = options.apply || options.domains.length === 0;
  const project = needWorkbook ? await openProject({ cwd: options.cwd, workbook: options.workbook }) : undefined;
  const domains = options.domains.length ? options.domains : (project?.workbook.data.organisation?.domains ?? []);
  if (domains.length === 0) {
    throw new SecbookError(`no domain to scan: none given and ${project?.workbook.file ?? 'the workbook'} has no organisation.domains`, {
      hint: 'Run `secbook scan example.com`, or add domains under organisation.domains in the workbook.',
    });
  }
  const ca = await Promise.all(
    options.caFiles.map((f) => readRegularFile(f, `--ca-file ${f}`, { maxBytes: 1024 * 1024, what: 'CA files' }).then((b) => b.toString('utf8'))),
  );
  // Selectors recorded in the workbook are used whenever the workbook is open.
  const recorded = project?.workbook.data.answers['email.auth.dkim-selectors']?.value;
  const plan = mergeSelectors(parseSelectorFlags(options.selectors), typeof recorded === 'string' ? selectorsFromAnswer(recorded) : {});
  const report = await scan({
    domains,
    selectors: plan.all,
    domainSelectors: plan.byDomain,
    senderIps: options.senderIps,
    timeoutMs: options.timeoutMs,
    now: options.now,
    ...(options.resolver ? { resolver: options.resolver } : {}),
    ...(ca.length ? { ca } : {}),
    ...(options.httpsPort ? { httpsPort: options.httpsPort } : {}),
    ...(options.smtpPort ? { smtpPort: options.smtpPort } : {}),
  });
  if (!options.apply || !project) return { report };
  const applied = applyScan(report, project.workbook, project.checklists, options.now);
  await project.workbook.save();
  return { report, applied };
}
