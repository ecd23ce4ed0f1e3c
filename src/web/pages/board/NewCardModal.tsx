// Creating a card: its title, status and owner, the fields its status requires, and optionally
// any other field.
import { useState, type FormEvent } from 'react';
import { Button, Collapse, Divider, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.queries';
import { useCreateCard } from '../../api/cards.queries';
import type { Field, PipelineStatus } from '../../api/types';
import { useUsers } from '../../api/users.queries';
import { cardFormErrors } from '../../board-notices';
import { CardFieldInput } from '../../components/CardFieldInput';
import { toRequestValue } from '../../format/field-drafts';
import { isRequiredIn } from '../../format/field-values';
import { useFormatters } from '../../format/useFormatters';
import { notifySuccess, type FieldErrors } from '../../notices';

type NewCardModalProps = {
  moduleId: string;
  statuses: PipelineStatus[];
  fields: Field[];
  currency: string;
  /** The column it was opened from; the first status when opened from the page header. */
  statusId: string | null;
  onClose: () => void;
};

// A file field needs the card to exist (files belong to a card); a contact has no picker yet.
const CREATABLE = (field: Field) =>
  !field.archived && field.type !== 'file' && field.type !== 'contact';

export function NewCardModal(props: NewCardModalProps) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { data: users = [] } = useUsers();
  const format = useFormatters();
  const create = useCreateCard(props.moduleId);
  const [title, setTitle] = useState('');
  const [statusId, setStatusId] = useState(props.statusId ?? props.statuses[0]?.id ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(me?.user.id ?? null);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [moreOpen, setMoreOpen] = useState(false);

  const fields = props.fields.filter(CREATABLE);
  const required = fields.filter((field) => isRequiredIn(field, statusId, props.statuses));
  const others = fields.filter((field) => !required.includes(field));
  const status = props.statuses.find((candidate) => candidate.id === statusId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setErrors({ title: t('validation.required') });
    const filled = Object.entries(values)
      .map(([key, value]) => [key, toRequestValue(value)] as const)
      .filter(([, value]) => value !== null);
    create.mutate(
      {
        title: title.trim(),
        statusId,
        ...(ownerId && { ownerId }),
        fields: Object.fromEntries(filled),
      },
      {
        onSuccess: (card) => {
          notifySuccess(t('board.newCard.created', { title: card.title }));
          props.onClose();
        },
        onError: (error) => {
          const paths = ['title', 'statusId', 'ownerId', ...fields.map((f) => `fields.${f.key}`)];
          const found = cardFormErrors(error, paths);
          setErrors(found);
          if (others.some((field) => found[`fields.${field.key}`])) setMoreOpen(true);
        },
      },
    );
  };

  const fieldInput = (field: Field) => (
    <CardFieldInput
      key={field.id}
      field={field}
      value={values[field.key] ?? null}
      onChange={(value) => {
        setValues((current) => ({ ...current, [field.key]: value }));
        setErrors(({ [`fields.${field.key}`]: _fixed, ...rest }) => rest);
      }}
      error={errors[`fields.${field.key}`]}
      description={field.helpText || undefined}
      required={required.includes(field)}
      users={users}
      defaultCurrency={props.currency}
      timeZone={format.timeZone}
    />
  );

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={
        props.statusId && status
          ? t('board.newCard.titleIn', { status: status.name })
          : t('board.newCard.title')
      }
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('board.newCard.cardTitle')}
            placeholder={t('board.newCard.cardTitlePlaceholder')}
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setErrors(({ title: _fixed, ...rest }) => rest);
            }}
            error={errors.title}
            withAsterisk
            data-autofocus
            data-testid="new-card-title"
          />
          <Group grow align="flex-start">
            <Select
              label={t('board.newCard.status')}
              data={props.statuses.map((option) => ({ value: option.id, label: option.name }))}
              value={statusId}
              onChange={(next) => next && setStatusId(next)}
              allowDeselect={false}
              error={errors.statusId}
              data-testid="new-card-status"
            />
            <Select
              label={t('board.newCard.owner')}
              data={users
                .filter((user) => user.active)
                .map((user) => ({ value: user.id, label: user.name }))}
              value={ownerId}
              onChange={setOwnerId}
              allowDeselect={false}
              searchable
              error={errors.ownerId}
            />
          </Group>
          {required.length > 0 && (
            <>
              <Divider label={t('board.newCard.requiredHere')} labelPosition="left" />
              {required.map(fieldInput)}
            </>
          )}
          {others.length > 0 && (
            <>
              <Button
                variant="subtle"
                color="gray"
                size="compact-sm"
                justify="flex-start"
                leftSection={
                  moreOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />
                }
                onClick={() => setMoreOpen((open) => !open)}
                aria-expanded={moreOpen}
                style={{ alignSelf: 'flex-start' }}
                data-testid="new-card-more"
              >
                {t('board.newCard.moreFields')}
              </Button>
              <Collapse expanded={moreOpen}>
                <Stack gap="md">{others.map(fieldInput)}</Stack>
              </Collapse>
            </>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="new-card-submit">
              {t('board.newCard.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
