/**
 * Text from the workbook, checklists or scenarios as the full-screen views may draw it: every
 * C0/C1 control character except newline and tab removed (ESC included, so an escape sequence
 * in a note cannot move the cursor, clear or colour the screen), DEL, and the Unicode
 * bidirectional overrides. The views colour text through ink's props, never through codes in
 * their strings, so nothing of their own is lost. Pure.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

export function inertText(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}
