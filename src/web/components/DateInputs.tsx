// Date and date-time inputs in the UI language's format (format/LocalizedDates), with a calendar,
// holding their values as the app does: a calendar date 'YYYY-MM-DD', a wall-clock time
// 'YYYY-MM-DDTHH:mm' (what datetime-local inputs gave, and format/zoned-time reads).
import type { ReactNode } from 'react';
import { DateInput, DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useDateInputFormats } from '../format/LocalizedDates';
import { parseTypedDate } from '../format/typed-date';

type Shared = {
  value: string;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  placeholder?: string;
  rightSection?: ReactNode;
  inputWrapperOrder?: ('label' | 'input' | 'description' | 'error')[];
  'data-testid'?: string;
};

export function CalendarDateInput({ value, onChange, ...props }: Shared) {
  const formats = useDateInputFormats();
  return (
    <DateInput
      {...props}
      valueFormat={formats.date}
      dateParser={(text) => parseTypedDate(text, formats.date)}
      value={value || null}
      onChange={onChange}
      clearable
    />
  );
}

/** Mantine writes a date-time as 'YYYY-MM-DD HH:mm:ss'. */
const toPicker = (wallClock: string) => (wallClock ? `${wallClock.replace('T', ' ')}:00` : null);
const fromPicker = (picked: string | null) =>
  picked ? picked.slice(0, 16).replace(' ', 'T') : null;

/**
 * The picker reports each step (the day, then the hour, then the minutes) as a change: `onBlur`
 * is called when its dropdown closes, once the time is chosen, and `onChange` says `done` only
 * for a clear.
 */
export function WallClockInput({
  value,
  onChange,
  onBlur,
  ...props
}: Omit<Shared, 'onChange'> & { onChange: (value: string | null, done: boolean) => void }) {
  const { t } = useTranslation();
  const formats = useDateInputFormats();
  return (
    <DateTimePicker
      {...props}
      timePickerProps={{
        hoursInputLabel: t('board.fields.hour'),
        minutesInputLabel: t('board.fields.minutes'),
      }}
      valueFormat={formats.dateTime}
      value={toPicker(value)}
      onChange={(picked) => onChange(fromPicker(picked), picked === null)}
      onDropdownClose={onBlur}
      clearable
    />
  );
}
