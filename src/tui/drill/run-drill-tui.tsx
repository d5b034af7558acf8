/** Mounts the facilitator view on the terminal (alternate screen) until the drill ends. */
import { render } from 'ink';
import { DrillView, type DrillEnd, type DrillViewProps } from './DrillView.js';

const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';

export async function runDrillTui(props: Omit<DrillViewProps, 'onEnd'>): Promise<DrillEnd> {
  let ended: DrillEnd = 'quit';
  process.stdout.write(ALT_SCREEN_ON);
  const instance = render(<DrillView {...props} onEnd={(how) => (ended = how)} />, { exitOnCtrlC: false, patchConsole: false });
  const stop = () => {
    ended = 'interrupted';
    instance.unmount();
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of signals) process.on(s, stop);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const s of signals) process.off(s, stop);
    process.stdout.write(ALT_SCREEN_OFF);
  }
  return ended;
}
