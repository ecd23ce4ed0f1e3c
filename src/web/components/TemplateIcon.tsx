// The icon that stands for a module template (sales, projects, ...), in a tinted square.
import { ThemeIcon } from '@mantine/core';
import {
  IconBriefcase,
  IconFileInvoice,
  IconLifebuoy,
  IconSquarePlus,
  IconTrendingUp,
  IconUserSearch,
} from '@tabler/icons-react';

const TEMPLATE_LOOK: Record<string, { icon: typeof IconBriefcase; color: string }> = {
  sales: { icon: IconTrendingUp, color: 'indigo' },
  projects: { icon: IconBriefcase, color: 'grape' },
  helpdesk: { icon: IconLifebuoy, color: 'orange' },
  recruitment: { icon: IconUserSearch, color: 'teal' },
  invoicing: { icon: IconFileInvoice, color: 'cyan' },
  blank: { icon: IconSquarePlus, color: 'gray' },
};

type TemplateIconProps = { template: string; size?: number };

export function TemplateIcon({ template, size = 38 }: TemplateIconProps) {
  const look = TEMPLATE_LOOK[template] ?? TEMPLATE_LOOK.blank!;
  const Icon = look.icon;
  return (
    <ThemeIcon size={size} radius="md" variant="light" color={look.color} aria-hidden>
      <Icon size={Math.round(size * 0.55)} stroke={1.7} />
    </ThemeIcon>
  );
}
