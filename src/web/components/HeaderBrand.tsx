// The company's logo and name in the header; the logo follows uploads at once (logoUrl changes).
import { Group, Image, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useMe } from '../api/auth.queries';

export function HeaderBrand() {
  const { data: me } = useMe();
  if (!me) return null;
  const { name, logoUrl } = me.workspace;
  return (
    <UnstyledButton component={Link} to="/start" style={{ minWidth: 0, flexShrink: 1 }}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        {logoUrl ? (
          <Image
            src={logoUrl}
            alt=""
            h={36}
            w="auto"
            maw={120}
            fit="contain"
            data-testid="header-logo"
          />
        ) : (
          <ThemeIcon size={36} radius="md" variant="filled" aria-hidden>
            {name.trim().charAt(0).toUpperCase() || 'C'}
          </ThemeIcon>
        )}
        <Text
          fw={650}
          size="md"
          truncate
          maw={{ base: 140, sm: 220 }}
          data-testid="header-company-name"
        >
          {name}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
