// The signed-in app shell: header (brand, modules, language, account), side navigation, page.
import { AppShell, Box } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useMatch } from 'react-router-dom';
import { useMe } from '../api/auth.queries';
import { useProfileLocale } from '../i18n/useProfileLocale';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';

export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const me = useMe();
  // A board uses the whole width: its columns sit side by side.
  const board = useMatch('/modules/:moduleId') !== null;
  useProfileLocale(me.data?.user.locale);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="md">
        <SideNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Box maw={board ? undefined : 1120} mx="auto" pb="xl">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
