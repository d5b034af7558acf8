/**
 * ink's Text for every view of the TUI: string children go through inertText, so the team's
 * own text (a note, an org name, a checklist title) can never carry a terminal escape into the
 * frame. Colours and styles come from props, as before.
 */
import type { ComponentProps, ReactNode } from 'react';
import { jsxs } from 'react/jsx-runtime';
import { Text as InkText } from 'ink';
import { inertText } from '../session/inert-text.js';

const inert = (c: ReactNode): ReactNode => (typeof c === 'string' ? inertText(c) : Array.isArray(c) ? c.map(inert) : c);

export function Text({ children, ...props }: ComponentProps<typeof InkText>) {
  // jsxs: the children keep being static children, as they were written (no key warnings).
  return jsxs(InkText, { ...props, children: Array.isArray(children) ? children.map(inert) : [inert(children)] });
}
