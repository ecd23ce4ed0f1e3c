// The icon of a custom-field type, in a small tinted square.
import { ThemeIcon } from '@mantine/core';
import {
  IconAbc,
  IconAddressBook,
  IconAlignLeft,
  IconCalendar,
  IconCalendarTime,
  IconCash,
  IconCircleDot,
  IconHash,
  IconLink,
  IconListCheck,
  IconMail,
  IconPaperclip,
  IconPhone,
  IconToggleRight,
  IconUser,
} from '@tabler/icons-react';
import type { FieldType } from '../../api/types';

const ICONS: Record<FieldType, typeof IconAbc> = {
  text: IconAbc,
  long_text: IconAlignLeft,
  number: IconHash,
  money: IconCash,
  date: IconCalendar,
  datetime: IconCalendarTime,
  boolean: IconToggleRight,
  single_choice: IconCircleDot,
  multi_choice: IconListCheck,
  email: IconMail,
  phone: IconPhone,
  url: IconLink,
  user: IconUser,
  contact: IconAddressBook,
  file: IconPaperclip,
};

type FieldTypeIconProps = { type: FieldType; size?: number };

export function FieldTypeIcon({ type, size = 28 }: FieldTypeIconProps) {
  const Icon = ICONS[type];
  return (
    <ThemeIcon size={size} radius="md" variant="light" color="indigo" aria-hidden>
      <Icon size={Math.round(size * 0.6)} stroke={1.8} />
    </ThemeIcon>
  );
}
