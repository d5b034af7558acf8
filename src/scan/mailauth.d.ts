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
