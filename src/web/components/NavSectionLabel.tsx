// A small upper-case heading over a group of navigation links.
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

export function NavSectionLabel({ children }: { children: ReactNode }) {
  return (
    <Text
      size="xs"
      fw={700}
      c="dimmed"
      tt="uppercase"
      px="sm"
      mb={4}
      style={{ letterSpacing: 0.5 }}
    >
      {children}
    </Text>
  );
}
