// A date typed into a date input, read strictly.
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/**
 * 'YYYY-MM-DD' once `text` is a whole date in `format` (a dayjs format, "DD.MM.YYYY") or in ISO
 * form, else null. Mantine's own parser falls back on the browser's Date, which reads the "1" of
 * a date being typed as 1 January 2001, and the card form would save that at once.
 */
export function parseTypedDate(text: string, format: string): string | null {
  const parsed = dayjs(text.trim(), [format, 'YYYY-MM-DD'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}
