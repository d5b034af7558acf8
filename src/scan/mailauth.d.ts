// mailauth ships no type declarations; these cover the one internal module secbook uses.
declare module 'mailauth/lib/spf/spf-verify.js' {
  export type SpfResolver = ((domain: string, type: string) => Promise<unknown>) & {
    updateSubQueries?: (type: string, count: number) => void;
    getResolveCount?: () => number;
    getVoidCount?: () => number;
  };
  export interface SpfMatch {
    type?: string;
    val?: string;
    qualifier?: '+' | '-' | '~' | '?';
    include?: SpfMatch;
    error?: string;
    text?: string;
    rr?: string;
  }
  export function spfVerify(
    domain: string,
    opts: { sender: string; ip: string; mta: string; helo?: string; resolver: SpfResolver; createSubResolver: () => SpfResolver },
  ): Promise<SpfMatch | false>;
}

declare module 'mailauth' {
  /** The parts of mailauth's result secbook reads; the rest is left untyped. */
  export interface AuthenticateResult {
    dkim?: unknown;
    spf?: unknown;
    dmarc?: unknown;
    arc?: unknown;
    bimi?: unknown;
    headers?: string;
  }
  export function authenticate(
    input: Buffer | string,
    opts: { ip?: string; helo?: string; sender?: string; mta?: string; resolver?: (name: string, type: string) => Promise<unknown>; trustReceived?: boolean },
  ): Promise<AuthenticateResult>;
}

declare module 'mailauth/lib/dkim/sign.js' {
  export function dkimSign(
    input: Buffer | string,
    opts: { signatureData: { signingDomain: string; selector: string; privateKey: string; canonicalization?: string }[]; headerList?: string; signTime?: Date },
  ): Promise<{ signatures: string; errors: unknown[] }>;
}
