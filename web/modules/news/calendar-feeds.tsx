import { Button, Card, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventsFeedUrl, newsCountries } from './news-queries';

/** A country's events as an iCal feed: the address to paste into a calendar app, or a file to import. */
export function CalendarFeeds({ country }: { country: string }) {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const countries = country ? [country] : newsCountries;
  return (
    <Card withBorder radius="md" padding="md" maw={900} data-testid="calendar-feeds">
      <Stack gap="sm">
        <Text fw={600}>{t('calendar.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('calendar.hint')}
        </Text>
        {countries.map((c) => {
          const url = eventsFeedUrl(c);
          return (
            <Group key={c} align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('calendar.feed', { country: tc(`countries.${c}`) })}
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                w={{ base: '100%', sm: 460 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} aria-live="polite">
                    {copied ? t('calendar.copied') : t('calendar.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={url} download={`kadar-${c}.ics`} variant="default">
                {t('calendar.download')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
