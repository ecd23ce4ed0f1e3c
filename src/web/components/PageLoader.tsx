// The placeholder of a page whose data is on its way.
import { Center, Loader } from '@mantine/core';

export function PageLoader() {
  return (
    <Center py={120}>
      <Loader />
    </Center>
  );
}
