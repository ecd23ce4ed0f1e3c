// One custom field on the card page, edited in place: a pick saves at once, typing saves on
// leaving the input; the server's refusal shows under the input.
import { useRef, useState, type ReactNode } from 'react';
import type { Attachment, Card } from '../../api/cards.types';
import type { Field, WorkspaceUser } from '../../api/types';
import { CardFieldInput } from '../../components/CardFieldInput';
import { sameFieldValue, toRequestValue } from '../../format/field-drafts';
import { useCardSave } from './useCardSave';

type InlineFieldEditorProps = {
  card: Card;
  field: Field;
  description?: ReactNode;
  required: boolean;
  /** Shown until the field is filled (the card was refused a status for it). */
  missingError?: string;
  disabled: boolean;
  users: WorkspaceUser[];
  attachments: Attachment[];
  onUpload: (file: File) => Promise<Attachment>;
  defaultCurrency: string;
  timeZone: string;
};

export function InlineFieldEditor(props: InlineFieldEditorProps) {
  const { card, field } = props;
  const { save } = useCardSave(card.id);
  const [draft, setDraft] = useState<{ value: unknown } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A pick saves at once and the input's blur follows: the value on its way is not sent twice.
  const sending = useRef<{ value: unknown } | null>(null);
  const stored = card.fields[field.key] ?? null;
  const path = `fields.${field.key}`;

  const commit = (value: unknown) => {
    if (sameFieldValue(value, stored)) return setDraft(null);
    if (sending.current && sameFieldValue(value, sending.current.value)) return;
    sending.current = { value };
    setSaving(true);
    save({ fields: { [field.key]: toRequestValue(value) } }, [path], {
      onSaved: () => {
        setDraft(null);
        setError(null);
      },
      onErrors: (errors) => {
        if (!errors[path]) setDraft(null);
        setError(errors[path] ?? null);
      },
      onSettled: () => {
        sending.current = null;
        setSaving(false);
      },
    });
  };

  const value = draft ? draft.value : stored;
  const stillMissing = props.missingError && sameFieldValue(value, null);
  return (
    <CardFieldInput
      field={field}
      value={value}
      onChange={(next, now) => {
        setDraft({ value: next });
        setError(null);
        if (now) commit(next);
      }}
      onBlur={() => {
        if (draft) commit(draft.value);
      }}
      error={error ?? (stillMissing ? props.missingError : undefined)}
      description={props.description}
      required={props.required}
      disabled={props.disabled}
      saving={saving}
      users={props.users}
      attachments={props.attachments}
      onUpload={props.onUpload}
      defaultCurrency={props.defaultCurrency}
      timeZone={props.timeZone}
    />
  );
}
