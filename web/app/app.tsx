import { MantineProvider } from '@mantine/core';
import { DatesProvider, type DatesProviderSettings } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from './api-client';
import { datesLocale } from './dates';
import { useLocale } from './format';
import { createRouter } from './router';
import { meQueryKey } from './session-context';
import { createAppTheme, cssVariablesResolver } from './theme';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A refusal (4xx) will not change by asking again.
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
    queryCache: new QueryCache({ onError: (error) => onSessionError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionError(client, error) }),
  });
  return client;
}

/** A session that expired or must change its password shows up on any request: reload who we are. */
function onSessionError(client: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401 && client.getQueryData(meQueryKey)) client.setQueryData(meQueryKey, null);
  if (error.code === 'password_change_required') void client.invalidateQueries({ queryKey: meQueryKey });
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  // Lists come sorted (and problems worded) in the request's language: reload them on a switch.
  useEffect(() => {
    const reload = () =>
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    i18n.on('languageChanged', reload);
    return () => i18n.off('languageChanged', reload);
  }, [i18n, queryClient]);
  const closeLabel = t('actions.close');
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  // Calendars name months and days in the UI language; weeks start on Monday in Serbia and Bulgaria.
  const dates = useMemo(
    (): DatesProviderSettings => ({ locale: datesLocale(locale), firstDayOfWeek: 1, weekendDays: [0, 6] }),
    [locale],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={dates}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
