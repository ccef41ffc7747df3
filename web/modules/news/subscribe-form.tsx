import { Alert, Button, NativeSelect, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/access';
import type { PowChallenge } from '../../../contracts/news';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { uiLocales } from '../../app/locale';
import { reportError } from '../../app/problems';
import { fieldErrorSink } from '../people/form-errors';
import { newsCountries } from './news-queries';
import { solveChallenge } from './proof-of-work';

type Values = { email: string; country: string; locale: Locale };

/**
 * An anonymous subscription to a country's bulletin. Instead of an image puzzle the browser proves a
 * little work (a second or two of hashing) before the request is sent; the person only waits.
 */
export function SubscribeForm() {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const [progress, setProgress] = useState<number | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const form = useForm<Values>({
    initialValues: { email: '', country: locale === 'bg' ? 'BG' : 'RS', locale },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('bulletin.emailInvalid')) },
  });
  const subscribe = useMutation({
    mutationFn: async (values: Values) => {
      abort.current = new AbortController();
      setProgress(0);
      const challenge = await api.get<PowChallenge>('/public/challenge');
      const proof = await solveChallenge(challenge, setProgress, abort.current.signal);
      await api.post('/public/bulletin/subscriptions', { ...values, email: values.email.trim(), proof });
      return values.email.trim();
    },
    onSuccess: (email) => setSentTo(email),
    // Leaving the page stops the work; nothing to report then.
    onError: (error) => {
      if (!abort.current?.signal.aborted) reportError(error, fieldErrorSink(form));
    },
    onSettled: () => setProgress(null),
  });

  if (sentTo)
    return (
      <Alert
        color="blue"
        variant="light"
        title={t('bulletin.checkMailTitle')}
        role="status"
        data-testid="subscribe-sent"
      >
        {t('bulletin.checkMail', { email: sentTo })}
      </Alert>
    );
  return (
    <form onSubmit={form.onSubmit((values) => subscribe.mutate(values))} noValidate>
      <Stack gap="sm" maw={480}>
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          maxLength={320}
          data-testid="subscribe-email"
          {...form.getInputProps('email')}
        />
        <NativeSelect
          label={t('fields.country')}
          data={newsCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
          {...form.getInputProps('country')}
        />
        <NativeSelect
          label={t('fields.bulletinLocale')}
          data={uiLocales.map((l) => ({ value: l.value, label: l.label }))}
          {...form.getInputProps('locale')}
        />
        <Text size="sm" c="dimmed">
          {t('bulletin.privacy')}
        </Text>
        <div role="status" aria-live="polite" data-testid="pow-status">
          {progress !== null ? (
            <Stack gap={4}>
              <Text size="sm">{t('bulletin.checking')}</Text>
              <Progress value={Math.round(progress * 100)} aria-label={t('bulletin.checking')} animated />
            </Stack>
          ) : null}
        </div>
        <Button type="submit" loading={subscribe.isPending} w="fit-content" data-testid="subscribe-submit">
          {t('bulletin.subscribe')}
        </Button>
      </Stack>
    </form>
  );
}
