import { ActionIcon, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { DateField } from '../../components/date-field';
import { newDay, type SessionValues } from './session-form';

type Props = {
  form: UseFormReturnType<SessionValues>;
  /** Called when the first day is set, so the registration dates can follow it. */
  onFirstDay: (date: string) => void;
};

/** The days of a session, each with its date and hours; one day or several. */
export function DaysEditor({ form, onFirstDay }: Props) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const days = form.values.days;
  const error = form.errors.days;
  // Hours in the 24-hour clock every UI language uses, whatever the browser's own setting.
  const clock = {
    format: '24h' as const,
    hoursInputLabel: t('form.hours'),
    minutesInputLabel: t('form.minutes'),
  };
  return (
    <Fieldset
      legend={t('fields.days')}
      variant="unstyled"
      // The legend reads like the labels of the other fields.
      styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 4 } }}
      data-testid="session-days"
    >
      <Stack gap="xs">
        {days.map((day, i) => {
          const n = { number: i + 1 };
          const dateProps = form.getInputProps(`days.${i}.date`);
          return (
            <Paper key={day.key} withBorder p="xs">
              <Group align="flex-start" wrap="nowrap" gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }} spacing="xs">
                  <DateField
                    label={t('fields.dayDate', n)}
                    required
                    {...dateProps}
                    onChange={(value) => {
                      dateProps.onChange(value);
                      if (i === 0 && value) onFirstDay(value);
                    }}
                    data-testid={`session-day-date-${i}`}
                  />
                  <TimePicker
                    label={t('fields.startsAt')}
                    required
                    {...clock}
                    {...form.getInputProps(`days.${i}.startsAt`)}
                    data-testid={`session-day-start-${i}`}
                  />
                  <TimePicker
                    label={t('fields.endsAt')}
                    required
                    {...clock}
                    {...form.getInputProps(`days.${i}.endsAt`)}
                    data-testid={`session-day-end-${i}`}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  disabled={days.length === 1}
                  aria-label={t('form.removeDay', { day: day.date ? format.date(day.date) : i + 1 })}
                  onClick={() => form.removeListItem('days', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            onClick={() => form.insertListItem('days', newDay(days.at(-1)))}
            data-testid="session-add-day"
          >
            {t('form.addDay')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('form.dayCount', { count: days.length })}
          </Text>
        </Group>
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
