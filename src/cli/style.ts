import type { Paint } from '../paint.js';

/** Terminal colours that respect NO_COLOR, FORCE_COLOR and non-TTY output. */
export const colourEnabled = (): boolean => {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
};

const wrap = (open: number, close: number) => (s: string) => (colourEnabled() ? `\u001b[${open}m${s}\u001b[${close}m` : s);

export const style: Paint = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
};
