// How statuses look in the editor: the Mantine colour of each group and the colour swatches.
import type { StatusGroup } from '../../api/types';

export const GROUP_COLORS: Record<StatusGroup, string> = {
  lead: 'gray',
  open: 'blue',
  won: 'teal',
  lost: 'red',
};

/** Mantine's sixth shades: what the templates use, so picked colours sit well beside them. */
export const STATUS_SWATCHES = [
  '#868e96',
  '#fa5252',
  '#e64980',
  '#be4bdb',
  '#7950f2',
  '#4c6ef5',
  '#228be6',
  '#15aabf',
  '#12b886',
  '#40c057',
  '#82c91e',
  '#fab005',
  '#fd7e14',
  '#495057',
];
