// The top bar of the app: brand, the active modules, the language switch and the account menu.
import { Box, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HeaderBrand } from './HeaderBrand';
import { LanguageSwitch } from './LanguageSwitch';
import { ModuleLinks } from './ModuleLinks';
import { UserMenu } from './UserMenu';

type AppHeaderProps = { navOpened: boolean; onToggleNav: () => void };

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap">
      <Burger
        opened={navOpened}
        onClick={onToggleNav}
        hiddenFrom="sm"
        size="sm"
        aria-label={t('nav.toggle')}
      />
      <HeaderBrand />
      <Box visibleFrom="md" style={{ flex: 1, minWidth: 0 }}>
        <ModuleLinks />
      </Box>
      <Group gap="sm" wrap="nowrap" ml="auto" style={{ flexShrink: 0 }}>
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
