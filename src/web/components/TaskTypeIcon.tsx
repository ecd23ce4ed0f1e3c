// A task type's icon (a Tabler icon name from the template, e.g. 'phone') in its colour.
import { ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBell,
  IconCalendar,
  IconChecklist,
  IconCircleCheck,
  IconFileText,
  IconFlag,
  IconMail,
  IconMessageReply,
  IconPhone,
  IconPhoneCall,
  IconRepeat,
  IconSend,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';

const ICONS: Record<string, typeof IconPhone> = {
  'alert-triangle': IconAlertTriangle,
  bell: IconBell,
  calendar: IconCalendar,
  checklist: IconChecklist,
  'file-text': IconFileText,
  flag: IconFlag,
  mail: IconMail,
  'message-reply': IconMessageReply,
  phone: IconPhone,
  'phone-call': IconPhoneCall,
  repeat: IconRepeat,
  send: IconSend,
  'user-check': IconUserCheck,
  users: IconUsers,
};

type TaskTypeIconProps = { icon: string; color: string; size?: number };

export function TaskTypeIcon({ icon, color, size = 30 }: TaskTypeIconProps) {
  const Icon = ICONS[icon] ?? IconCircleCheck;
  return (
    <ThemeIcon size={size} radius="md" variant="light" color={color} aria-hidden>
      <Icon size={Math.round(size * 0.58)} stroke={1.8} />
    </ThemeIcon>
  );
}
