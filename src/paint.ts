/**
 * Colours for text formatters outside src/cli: they take a Paint (the CLI passes its
 * NO_COLOR-aware `style`; tests and JSON paths use `plainPaint`).
 */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const same = (s: string): string => s;
export const plainPaint: Paint = { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same };
