import { Anchor, Center, Image, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session, SessionDay } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useProgrammeTitle } from './learning-options';

type CheckInCode = { dayId: string; token: string; url: string; qrSvg: string };

/** The day's QR code, full screen so that it can be projected for the room to scan. */
export function CheckInDialog({
  session,
  day,
  onClose,
}: {
  session: Session;
  day: SessionDay;
  onClose: () => void;
}) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const title = useProgrammeTitle();
  const code = useQuery({
    queryKey: ['sessions', 'check-in', session.id, day.id],
    queryFn: () => api.get<CheckInCode>(`/sessions/${session.id}/days/${day.id}/check-in`),
  });
  return (
    <Modal opened onClose={onClose} fullScreen title={t('checkIn.title', { date: format.date(day.date) })}>
      <Stack align="center" gap="md">
        <Title order={2} size="h3" ta="center">
          {title(session.programmeTitle)}
        </Title>
        <Text ta="center">{t('checkIn.instructions')}</Text>
        {code.isPending ? (
          <LoadingState />
        ) : code.isError ? (
          <ErrorState error={code.error} onRetry={() => void code.refetch()} />
        ) : (
          <>
            <Center bg="white" p="md">
              <Image
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.data.qrSvg)}`}
                alt={t('checkIn.qrAlt', { date: format.date(day.date) })}
                w="min(70vh, 90vw)"
                h="min(70vh, 90vw)"
                fit="contain"
                data-testid="check-in-qr"
              />
            </Center>
            <Anchor
              href={code.data.url}
              target="_blank"
              rel="noreferrer"
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {code.data.url}
            </Anchor>
          </>
        )}
      </Stack>
    </Modal>
  );
}
