/** `secbook reports import` and `secbook senders`: typed options in, data out. */
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { importReports, type ImportResult } from '../reports/import-reports.js';
import { applyReportEvidence, reportEvidence } from '../reports/apply-reports.js';
import { buildInventory, type Inventory, type SenderLookups } from '../reports/senders.js';
import { ReportStore } from '../reports/store.js';
import { openProject, type Project } from '../storage/project.js';
import type { DocumentType } from '../render/documents/registry.js';
import { emailAuthReport } from '../reports/report-document.js';

export interface ReportsImportOptions {
  cwd: string;
  workbook?: string;
  paths: string[];
  now: Date;
}

export async function reportsImport(options: ReportsImportOptions): Promise<ImportResult> {
  const { resolveWorkbookPath } = await import('../storage/project.js');
  const { dirname } = await import('node:path');
  const dir = dirname(resolveWorkbookPath(options.cwd, options.workbook));
  return importReports({ cwd: options.cwd, dir, paths: options.paths, now: options.now });
}

export interface SendersOptions {
  cwd: string;
  workbook?: string;
  now: Date;
  /** DNS server for PTR and SPF look-ups; `false` skips DNS. */
  resolver?: string | false;
  timeoutMs?: number;
  days?: number;
  /** Record the findings as evidence on the matching checklist items. */
  apply?: boolean;
}

export interface SendersResult extends Inventory {
  applied: string[];
  file: string;
}

function reverseName(ip: string): string {
  if (isIP(ip) === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  const full = ip.split('::').map((h) => h.split(':').filter(Boolean));
  const missing = 8 - full.flat().length;
  const groups = full.length === 2 ? [...full[0]!, ...Array<string>(missing).fill('0'), ...full[1]!] : full[0]!;
  return `${groups.map((g) => g.padStart(4, '0')).join('').split('').reverse().join('.')}.ip6.arpa`;
}

function lookups(server: string | undefined, timeoutMs: number): SenderLookups {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (server) resolver.setServers([server]);
  return {
    async ptr(ip) {
      try {
        return ((await resolver.resolve(reverseName(ip), 'PTR')) as string[])[0]?.replace(/\.$/, '').toLowerCase();
      } catch {
        return undefined;
      }
    },
    async spfIncludes(domain) {
      try {
        const spf = (await resolver.resolveTxt(domain)).map((t) => t.join('')).find((t) => /^v=spf1( |$)/i.test(t));
        return spf ? [...spf.matchAll(/(?:^|\s)[+~?-]?include:(\S+)/gi)].map((m) => m[1]!.toLowerCase().replace(/\.$/, '')) : [];
      } catch {
        return [];
      }
    },
  };
}

const NO_DNS: SenderLookups = { ptr: async () => undefined, spfIncludes: async () => [] };

export async function senders(options: SendersOptions): Promise<SendersResult> {
  const project = await openProject({ cwd: options.cwd, workbook: options.workbook });
  const store = await ReportStore.load(project.dir);
  const data = project.workbook.data;
  const dns = options.resolver === false ? NO_DNS : lookups(options.resolver, options.timeoutMs ?? 3000);
  const inventory = await buildInventory(
    store,
    { domains: data.organisation.domains ?? [], providers: (data.scope.providers as string[] | undefined) ?? [], now: options.now, days: options.days },
    dns,
  );
  let applied: string[] = [];
  if (options.apply) {
    applied = applyReportEvidence(reportEvidence(store, inventory, options.now.toISOString().slice(0, 10)), project.workbook, project.checklists);
    if (applied.length) await project.workbook.save();
  }
  return { ...inventory, applied, file: project.workbook.file };
}

/**
 * The "Email authentication report" for `secbook render`, when reports were imported beside
 * the workbook (none otherwise). Built without DNS look-ups, so rendering stays offline.
 */
export async function reportDocuments(project: Project, now: Date): Promise<DocumentType[]> {
  const store = await ReportStore.load(project.dir);
  if (store.dmarc.size === 0) return [];
  const data = project.workbook.data;
  const inventory = await buildInventory(
    store,
    { domains: data.organisation.domains ?? [], providers: (data.scope.providers as string[] | undefined) ?? [], now },
    NO_DNS,
  );
  const doc = emailAuthReport({
    organisation: data.organisation.legal_name ?? data.organisation.name,
    rows: store.dmarc.values(),
    inventory,
    reports: store.imports.filter((i) => i.kind === 'dmarc').length,
  });
  return doc ? [{ id: doc.id, build: () => [doc] }] : [];
}
