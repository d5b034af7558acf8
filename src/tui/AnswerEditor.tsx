/**
 * Picks the editor for what is being changed: the item's answer (by type) or one field.
 * Every answer is checked by the session engine with the domain's rules (the same ones
 * `secbook answer` uses); a refused answer keeps the editor open with what was typed and
 * the engine's message, worded for the session.
 */
import type { AnswerEdit } from '../domain/answer-edit.js';
import { itemAsks, isEmailAddress, isPhoneNumber } from '../domain/answer-checks.js';
import { choiceValues } from '../domain/answer-value.js';
import type { Answer, Contact, Status } from '../domain/answer.js';
import type { ItemRef } from '../domain/checklist-set.js';
import { STATUS_LABEL, STATUS_ORDER, STATUS_SYMBOL, STATUS_TABLE } from '../domain/statuses.js';
import { valueEditFromText } from '../domain/answer-text.js';
import { problemText, problemsText, rangeText } from '../session/answer-problem-text.js';
import { ChoicePicker, type PickOption } from './ChoicePicker.js';
import { ContactsEditor } from './ContactsEditor.js';
import { TextPrompt } from './TextPrompt.js';
import type { EditorKind } from './use-screen-state.js';

export const STATUS_OPTIONS: PickOption[] = STATUS_ORDER.map((s) => ({ value: s, label: `${STATUS_SYMBOL[s]} ${STATUS_LABEL[s]}`, key: STATUS_TABLE[s].key ?? '' }));

export interface AnswerEditorProps {
  kind: EditorKind;
  refItem: ItemRef;
  answer: Answer | undefined;
  width: number;
  /** Saves the edit; returns the problem when it was refused (the editor stays open). */
  onAnswer: (edit: AnswerEdit) => string | undefined;
  onEvidence: (text: string) => string | undefined;
  onCancel: () => void;
}

/** Per-field checks of the contacts editor (the domain's rules, the session's words). */
export const checkEmail = (v: string) => (v.trim() === '' || isEmailAddress(v.trim()) ? undefined : problemText({ code: 'bad-email', field: 'value', given: v.trim(), who: 'this contact' }));
export const checkPhone = (v: string) => (v.trim() === '' || isPhoneNumber(v.trim()) ? undefined : problemText({ code: 'bad-phone', field: 'value', given: v.trim(), who: 'this contact' }));

export function AnswerEditor({ kind, refItem, answer, width, onAnswer, onEvidence, onCancel }: AnswerEditorProps) {
  const { item } = refItem;
  const common = { width, onCancel };
  switch (kind) {
    case 'note':
      return <TextPrompt {...common} label="Note (Markdown allowed)" initial={answer?.note ?? ''} onSubmit={(v) => onAnswer({ kind: 'note', note: v })} />;
    case 'evidence':
      return <TextPrompt {...common} label="Add evidence: a link or a short description" onSubmit={onEvidence} />;
    case 'owner':
      return <TextPrompt {...common} label="Owner: who is responsible" initial={answer?.owner ?? ''} onSubmit={(v) => onAnswer({ kind: 'owner', owner: v })} />;
    case 'due':
      return (
        <TextPrompt
          {...common}
          label="Due date (YYYY-MM-DD)"
          initial={answer?.due ?? ''}
          validate={(v) => (v.trim() === '' ? 'Enter a date as YYYY-MM-DD, or Esc to cancel.' : undefined)}
          onSubmit={(v) => onAnswer({ kind: 'due', due: v.trim() })}
        />
      );
    case 'answer':
      break;
  }
  const v = answer?.value;
  switch (item.type) {
    case 'status':
      return <ChoicePicker {...common} title={item.question} options={STATUS_OPTIONS} initial={answer?.status ? [answer.status] : []} onSubmit={([s]) => s && onAnswer({ kind: 'status', status: s as Status })} />;
    case 'choice':
    case 'multi': {
      const options = (item.choices ?? []).map((c, i) => ({ value: choiceValues(item)[i] ?? '', label: typeof c === 'string' ? c : c.label }));
      const initial = Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
      return <ChoicePicker {...common} title={item.question} options={options} multi={item.type === 'multi'} initial={initial} onSubmit={(values) => onAnswer(item.type === 'multi' ? { kind: 'multi', values } : { kind: 'choice', value: values[0] ?? '' })} />;
    }
    case 'date': {
      const past = itemAsks(item).past;
      return (
        <TextPrompt
          {...common}
          label={`Date, as YYYY-MM-DD${past ? ' (when it happened: not in the future)' : ''}`}
          initial={typeof v === 'string' ? v : ''}
          validate={(x) => (x.trim() === '' ? problemText({ code: 'not-a-date', field: 'value' }) : undefined)}
          onSubmit={(x) => onAnswer({ kind: 'date', date: x.trim() })}
        />
      );
    }
    case 'number': {
      const range = rangeText(item);
      return (
        <TextPrompt
          {...common}
          label={range ? `A number ${range}` : 'A number'}
          initial={typeof v === 'number' ? String(v) : ''}
          validate={(x) => {
            const read = valueEditFromText(item, [x]);
            return 'problems' in read ? problemsText(read.problems) : undefined;
          }}
          onSubmit={(x) => onAnswer({ kind: 'number', value: Number(x.trim()) })}
        />
      );
    }
    case 'contacts':
      return (
        <ContactsEditor
          {...common}
          askBackup={itemAsks(item).backup}
          initial={Array.isArray(v) ? (v as Contact[]).filter((c) => typeof c === 'object') : []}
          onSubmit={(contacts) => onAnswer({ kind: 'contacts', contacts })}
        />
      );
    case 'text':
      return itemAsks(item).lines ? (
        <TextPrompt {...common} multiline label="Your answer, one entry per line" initial={typeof v === 'string' ? v : ''} onSubmit={(x) => onAnswer({ kind: 'text', text: x.replace(/\n+$/, '') })} />
      ) : (
        <TextPrompt {...common} label="Your answer" initial={typeof v === 'string' ? v : ''} onSubmit={(x) => onAnswer({ kind: 'text', text: x })} />
      );
  }
}
