/** Picks the editor for what is being changed: the item's answer (by type) or one field. */
import type { AnswerEdit } from '../domain/answer-edit.js';
import { choiceValues, isIsoDate } from '../domain/answer-value.js';
import type { Answer, Contact, Status } from '../domain/answer.js';
import type { ItemRef } from '../domain/checklist-set.js';
import { STATUS_LABEL, STATUS_ORDER, STATUS_SYMBOL, STATUS_TABLE } from '../domain/statuses.js';
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
  onAnswer: (edit: AnswerEdit) => void;
  onEvidence: (text: string) => void;
  onCancel: () => void;
}

const dateCheck = (v: string) => (v.trim() === '' || isIsoDate(v.trim()) ? undefined : 'Use YYYY-MM-DD, e.g. 2027-03-31');

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
        <TextPrompt {...common} label="Due date (YYYY-MM-DD)" initial={answer?.due ?? ''} validate={(v) => (v.trim() === '' ? 'Enter a date, or Esc to cancel' : dateCheck(v))} onSubmit={(v) => onAnswer({ kind: 'due', due: v.trim() })} />
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
    case 'date':
      return <TextPrompt {...common} label={`${item.question} (YYYY-MM-DD)`} initial={typeof v === 'string' ? v : ''} validate={(x) => (x.trim() === '' ? 'Enter a date' : dateCheck(x))} onSubmit={(x) => onAnswer({ kind: 'date', date: x.trim() })} />;
    case 'number':
      return (
        <TextPrompt
          {...common}
          label={`${item.question}${item.unit ? ` (${item.unit})` : ''}`}
          initial={typeof v === 'number' ? String(v) : ''}
          validate={(x) => (x.trim() !== '' && Number.isFinite(Number(x)) ? undefined : 'Enter a number')}
          onSubmit={(x) => onAnswer({ kind: 'number', value: Number(x.trim()) })}
        />
      );
    case 'contacts':
      return <ContactsEditor {...common} initial={Array.isArray(v) ? (v as Contact[]).filter((c) => typeof c === 'object') : []} onSubmit={(contacts) => onAnswer({ kind: 'contacts', contacts })} />;
    case 'text':
      return <TextPrompt {...common} label={item.question} initial={typeof v === 'string' ? v : ''} onSubmit={(x) => onAnswer({ kind: 'text', text: x })} />;
  }
}
