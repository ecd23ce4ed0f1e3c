// Text as card_values keeps it: folded for search and cut to a length an index handles well.
import { foldForSearch } from '../text/fold';

export const INDEXED_TEXT_LENGTH = 200;

export function fold(text: string): string {
  return foldForSearch(text).slice(0, INDEXED_TEXT_LENGTH);
}
