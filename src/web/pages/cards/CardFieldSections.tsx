// The card's custom fields in their sections, each edited in place; the fields a status
// needs carry their rule ("Required from “Offer sent” on").
import { useEffect } from 'react';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment, Card } from '../../api/cards.types';
import type { Field, PipelineStatus, WorkspaceUser } from '../../api/types';
import { bySection, isRequiredIn } from '../../format/field-values';
import { InlineFieldEditor } from './InlineFieldEditor';

type CardFieldSectionsProps = {
  card: Card;
  fields: Field[];
  statuses: PipelineStatus[];
  /** Keys of fields a refused move needs, and the status it was for. */
  missing: { keys: string[]; statusName: string } | null;
  disabled: boolean;
  users: WorkspaceUser[];
  attachments: Attachment[];
  onUpload: (file: File) => Promise<Attachment>;
  defaultCurrency: string;
  timeZone: string;
};

export function CardFieldSections(props: CardFieldSectionsProps) {
  const { t } = useTranslation();
  const { card, fields, statuses, missing } = props;
  const firstMissing = missing?.keys[0];

  // Arriving from a refused move: straight to the first field to fill.
  useEffect(() => {
    if (!firstMissing) return;
    const input = document.querySelector<HTMLElement>(`[data-testid="card-field-${firstMissing}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  }, [firstMissing]);

  if (fields.length === 0) {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text c="dimmed" ta="center" size="sm">
          {t('board.cardPage.noFields')}
        </Text>
      </Paper>
    );
  }

  const ruleOf = (field: Field) => {
    if (field.required || !field.requiredFromStatusId) return null;
    const from = statuses.find((status) => status.id === field.requiredFromStatusId);
    return from ? t('board.cardPage.requiredFrom', { status: from.name }) : null;
  };

  return (
    <>
      {bySection(fields).map(([section, sectionFields]) => (
        <Paper key={section} withBorder radius="lg" p="lg" data-testid="card-section">
          <Title order={4} mb="md">
            {section}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            {sectionFields.map((field) => {
              const rule = ruleOf(field);
              const description = [field.helpText, rule].filter(Boolean).join(' · ');
              const wide = field.type === 'long_text' || field.type === 'multi_choice';
              return (
                <div key={field.id} style={wide ? { gridColumn: '1 / -1' } : undefined}>
                  <InlineFieldEditor
                    card={card}
                    field={field}
                    description={description || undefined}
                    required={isRequiredIn(field, card.statusId, statuses)}
                    missingError={
                      missing?.keys.includes(field.key)
                        ? t('board.cardPage.fillToMove', { status: missing.statusName })
                        : undefined
                    }
                    disabled={props.disabled}
                    users={props.users}
                    attachments={props.attachments}
                    onUpload={props.onUpload}
                    defaultCurrency={props.defaultCurrency}
                    timeZone={props.timeZone}
                  />
                </div>
              );
            })}
          </SimpleGrid>
        </Paper>
      ))}
    </>
  );
}
