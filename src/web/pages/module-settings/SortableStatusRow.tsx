// One status of the pipeline editor: drag handle, name (edited in place), group, colour, win
// probability, card count and removal. Each change is saved as soon as it is made.
import { useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  ColorInput,
  ColorSwatch,
  Group,
  Loader,
  NumberInput,
  Select,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS_GROUPS } from '../../../domain/pipeline';
import { useUpdateStatus } from '../../api/pipeline.queries';
import type { Status, StatusChanges, StatusGroup } from '../../api/types';
import { useSortableRow } from '../../components/useSortableRow';
import { notifyFailure } from '../../notices';
import { settingsErrorMessage } from './settings-errors';
import { GROUP_COLORS, STATUS_SWATCHES } from './status-look';
import classes from './StatusRow.module.css';

const HEX_COLOR = /^#[0-9a-f]{6}$/;

type SortableStatusRowProps = {
  moduleId: string;
  status: Status;
  isOnly: boolean;
  onRemove: (status: Status) => void;
};

const blurOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.currentTarget.blur();
};

export function SortableStatusRow({ moduleId, status, isOnly, onRemove }: SortableStatusRowProps) {
  const { t } = useTranslation();
  const sortable = useSortableRow(status.id);
  const update = useUpdateStatus(moduleId);
  // What is being typed; null while the input shows the saved value.
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [colorDraft, setColorDraft] = useState<string | null>(null);
  const [probabilityDraft, setProbabilityDraft] = useState<string | number | null>(null);

  const save = (changes: StatusChanges, settled: () => void, onFailure?: (e: unknown) => void) =>
    update.mutate(
      { id: status.id, changes },
      {
        onSuccess: settled,
        onError: (error) => {
          if (onFailure) return onFailure(error);
          settled();
          notifyFailure(settingsErrorMessage(error));
        },
      },
    );

  const saveName = () => {
    if (nameDraft === null) return;
    const name = nameDraft.trim();
    if (name === '') return setNameError(t('validation.required'));
    if (name === status.name) return setNameDraft(null);
    save(
      { name },
      () => setNameDraft(null),
      (error) => setNameError(settingsErrorMessage(error)),
    );
  };

  const saveColor = (value: string) => {
    const color = value.toLowerCase();
    const sending = update.isPending && update.variables?.changes.color === color;
    if (!HEX_COLOR.test(color) || color === status.color || sending) return;
    save({ color }, () => setColorDraft(null));
  };

  const saveProbability = () => {
    if (probabilityDraft === null) return;
    const probability = Number(probabilityDraft);
    if (probabilityDraft === '' || !Number.isInteger(probability)) return setProbabilityDraft(null);
    if (probability === status.probability) return setProbabilityDraft(null);
    save({ probability }, () => setProbabilityDraft(null));
  };

  const saveGroup = (group: string | null) => {
    const chosen = STATUS_GROUPS.find((each) => each === group);
    if (chosen && chosen !== status.group) save({ group: chosen }, () => undefined);
  };

  const groupDot = (group: StatusGroup) => (
    <ColorSwatch
      color={`var(--mantine-color-${GROUP_COLORS[group]}-5)`}
      size={10}
      withShadow={false}
    />
  );

  return (
    <div
      ref={sortable.ref}
      className={classes.row}
      data-dragging={sortable.isDragging || undefined}
      data-testid="status-row"
      data-status-name={status.name}
      data-status-group={status.group}
      style={{
        ...sortable.style,
        ['--status-color' as string]: status.color,
      }}
    >
      <ActionIcon
        variant="subtle"
        color="gray"
        className={classes.handle}
        aria-label={t('moduleSettings.pipeline.dragHandle', { name: status.name })}
        data-testid="status-drag-handle"
        {...sortable.handleProps}
      >
        <IconGripVertical size={18} />
      </ActionIcon>
      <TextInput
        value={nameDraft ?? status.name}
        onChange={(event) => {
          setNameDraft(event.currentTarget.value);
          setNameError(undefined);
        }}
        onBlur={saveName}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setNameDraft(null);
            setNameError(undefined);
          }
          blurOnEnter(event);
        }}
        error={nameError}
        classNames={{ input: classes.nameInput }}
        rightSection={update.isPending ? <Loader size={14} /> : null}
        aria-label={t('moduleSettings.pipeline.columns.name')}
        data-testid="status-name-input"
      />
      <Select
        data={STATUS_GROUPS.map((group) => ({
          value: group,
          label: t(`moduleSettings.groups.${group}`),
        }))}
        value={status.group}
        onChange={saveGroup}
        allowDeselect={false}
        leftSection={groupDot(status.group)}
        classNames={{ input: classes.groupChip }}
        style={{
          ['--group-chip-bg' as string]: `var(--mantine-color-${GROUP_COLORS[status.group]}-light)`,
          ['--group-chip-color' as string]: `var(--mantine-color-${GROUP_COLORS[status.group]}-light-color)`,
        }}
        renderOption={({ option }) => (
          <Group gap="xs" wrap="nowrap">
            {groupDot(option.value as StatusGroup)}
            <div>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed">
                {t(`moduleSettings.groupHints.${option.value}`)}
              </Text>
            </div>
          </Group>
        )}
        comboboxProps={{ width: 240, position: 'bottom-start' }}
        aria-label={t('moduleSettings.pipeline.columns.group')}
        data-testid="status-group-select"
      />
      <ColorInput
        value={colorDraft ?? status.color}
        onChange={setColorDraft}
        onChangeEnd={saveColor}
        onBlur={() => colorDraft !== null && saveColor(colorDraft)}
        onKeyDown={blurOnEnter}
        swatches={STATUS_SWATCHES}
        swatchesPerRow={7}
        withEyeDropper={false}
        closeOnColorSwatchClick
        aria-label={t('moduleSettings.pipeline.columns.color')}
        data-testid="status-color-input"
      />
      <NumberInput
        value={probabilityDraft ?? status.probability}
        onChange={setProbabilityDraft}
        onBlur={saveProbability}
        onKeyDown={blurOnEnter}
        min={0}
        max={100}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        suffix="%"
        aria-label={t('moduleSettings.pipeline.columns.probability')}
        data-testid="status-probability-input"
      />
      <Text
        size="sm"
        c={status.cardCount === 0 ? 'dimmed' : undefined}
        fw={status.cardCount === 0 ? undefined : 500}
        data-testid="status-card-count"
        data-count={status.cardCount}
      >
        {t('counts.cards', { count: status.cardCount })}
      </Text>
      <Tooltip
        label={
          isOnly ? t('moduleSettings.pipeline.lastStatus') : t('moduleSettings.pipeline.remove')
        }
        withArrow
      >
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={() => onRemove(status)}
          disabled={isOnly}
          aria-label={t('moduleSettings.pipeline.remove')}
          data-testid="status-delete"
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
