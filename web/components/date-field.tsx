import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputFormat, parseTypedDate } from '../app/dates';
import { useLocale } from '../app/format';

export type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate' | 'min' | 'max'
> & {
  /** The day as `YYYY-MM-DD`; empty or null when none. */
  value?: string | null;
  /** Called with the day as `YYYY-MM-DD`, or '' when the field is emptied. */
  onChange?: (value: string) => void;
  /** The earliest and latest day that may be chosen, as `YYYY-MM-DD`. */
  min?: string;
  max?: string;
};

/**
 * A day, shown and typed as the UI language writes it (31.12.2020, 31/12/2020 in English), with a
 * calendar in that language; the value stays an ISO `YYYY-MM-DD` string as the API takes it.
 * Emptying the text empties the value.
 */
export function DateField({ value, onChange, min, max, popoverProps, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // While the calendar is open, Escape closes it and not the dialog around the field (as Mantine's selects do).
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DateInput
      valueFormat={dateInputFormat(locale)}
      dateParser={parseTypedDate}
      placeholder={t('dates.placeholder')}
      allowDeselect
      minDate={min || undefined}
      maxDate={max || undefined}
      ariaLabels={{
        previousMonth: t('dates.previousMonth'),
        nextMonth: t('dates.nextMonth'),
        monthLevelControl: t('dates.chooseMonth'),
        previousYear: t('dates.previousYear'),
        nextYear: t('dates.nextYear'),
        yearLevelControl: t('dates.chooseYear'),
        previousDecade: t('dates.previousDecade'),
        nextDecade: t('dates.nextDecade'),
      }}
      {...rest}
      data-mantine-stop-propagation={calendarOpen || undefined}
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          setCalendarOpen(true);
          popoverProps?.onOpen?.();
        },
        onClose: () => {
          setCalendarOpen(false);
          popoverProps?.onClose?.();
        },
      }}
      value={value || null}
      onChange={(day) => onChange?.(day ?? '')}
    />
  );
}
