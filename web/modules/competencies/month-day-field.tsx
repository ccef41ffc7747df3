import { Group, Input, NativeSelect } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/format';

const pad = (n: number) => String(n).padStart(2, '0');
// A leap year, so that 29 February can be named.
const dateOf = (monthDay: string) =>
  new Date(2000, Number(monthDay.slice(0, 2)) - 1, Number(monthDay.slice(3)));

/** "31 January", "31. јануар": a yearly deadline (`MM-DD`) in the reader's language. */
export function useMonthDay() {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
    return (monthDay: string) => format.format(dateOf(monthDay));
  }, [locale]);
}

type Props = { label: string; value: string; onChange: (value: string) => void; error?: ReactNode };

/** A day in the year without the year: a day and a month picked by name. */
export function MonthDayField({ label, value, onChange, error }: Props) {
  const { t } = useTranslation('competencies');
  const locale = useLocale();
  const [month = '01', day = '01'] = value.split('-');
  const months = useMemo(() => {
    const name = new Intl.DateTimeFormat(locale, { month: 'long' });
    return Array.from({ length: 12 }, (_, i) => ({
      value: pad(i + 1),
      label: name.format(new Date(2000, i, 1)),
    }));
  }, [locale]);
  const daysInMonth = new Date(2000, Number(month), 0).getDate();
  const days = Array.from({ length: daysInMonth }, (_, i) => pad(i + 1));
  return (
    <Input.Wrapper label={label} error={error} labelElement="div">
      <Group gap="xs" wrap="nowrap" mt={4}>
        <NativeSelect
          aria-label={t('rules.dayOf', { label })}
          data={days}
          value={day}
          onChange={(e) => onChange(`${month}-${e.currentTarget.value}`)}
          w={76}
        />
        <NativeSelect
          aria-label={t('rules.monthOf', { label })}
          data={months}
          value={month}
          onChange={(e) => {
            const next = e.currentTarget.value;
            const last = new Date(2000, Number(next), 0).getDate();
            onChange(`${next}-${pad(Math.min(Number(day), last))}`);
          }}
          style={{ flex: 1 }}
        />
      </Group>
    </Input.Wrapper>
  );
}
