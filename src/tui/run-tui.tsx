/**
 * Mounts the TUI on the terminal and resolves when the user quits. q and Ctrl-C quit from
 * inside the app; SIGTERM, SIGHUP and SIGINT unmount it from outside. Either way ink
 * restores the terminal, and the caller flushes pending saves afterwards.
 */
import { render } from 'ink';
import type { FrontEndInput, SessionEnd } from '../session/front-end.js';
import { App } from './App.js';

const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';

export async function runTui(input: FrontEndInput): Promise<SessionEnd> {
  let ended: SessionEnd = 'quit';
  const stdout = process.stdout;
  stdout.write(ALT_SCREEN_ON);
  const instance = render(
    <App initial={input.initial} saver={input.autosave} now={input.now} by={input.by} title={input.title} startOn={input.initial.cursor > 0 ? 'item' : 'overview'} onSettings={input.onSettings} onQuit={(how) => (ended = how === 'interrupt' ? 'interrupted' : 'quit')} />,
    { exitOnCtrlC: false, patchConsole: false, maxFps: 120 },
  );
  const handlers = {
    SIGTERM: () => stop('terminated'),
    SIGHUP: () => stop('terminated'),
    SIGINT: () => stop('interrupted'),
  };
  const stop = (how: SessionEnd) => {
    ended = how;
    instance.unmount();
  };
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
    stdout.write(ALT_SCREEN_OFF);
  }
  return ended;
}
