import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CorrectionRequest } from '../../../contracts/correction-requests';
import { useFormat } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { CorrectionStatusBadge } from './correction-labels';
import type { CorrectionDecision } from './corrections-queries';

type Props = {
  request: CorrectionRequest;
  /** In the municipality's list: whose file, linked to it. */
  showEmployee: boolean;
  /** The reader is the HR office and may answer a pending request. */
  onDecide: ((decision: CorrectionDecision['decision']) => void) | null;
};

/** A labelled line of free text, kept as typed (line breaks) and wrapped anywhere. */
function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <Text span c="dimmed" size="sm">
        {children ? `${label}: ` : label}
      </Text>
      {children}
    </Text>
  );
}

/** One request: what should change and to what, why, and the HR office's answer once given. */
export function CorrectionCard({ request, showEmployee, onDecide }: Props) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const name = usesLatinNames(format.locale) ? request.employeeNameLatin : request.employeeName;
  const decided = request.status !== 'pending';
  return (
    <Paper withBorder p="sm" radius="md" data-testid="correction-row">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs">
            {showEmployee ? (
              <Anchor component={Link} to={`/employees/${request.employeeId}`} fw={600}>
                {name}
              </Anchor>
            ) : null}
            <Text fw={showEmployee ? 400 : 600}>{t(`corrections.fields.${request.field}`)}</Text>
            <CorrectionStatusBadge status={request.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('corrections.askedOn', { date: format.dateTime(request.createdAt) })}
          </Text>
        </Group>
        <Line label={t('corrections.proposedValue')}>{request.proposed}</Line>
        {request.message ? <Line label={t('corrections.employeeNote')}>{request.message}</Line> : null}
        {decided ? (
          <Line label={t('corrections.decidedOn', { date: format.dateTime(request.decidedAt) })}>
            {request.decisionNote}
          </Line>
        ) : null}
        {onDecide && !decided ? (
          <Group gap="xs">
            <Button size="xs" onClick={() => onDecide('accept')} data-testid="correction-accept">
              {t('corrections.accept')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => onDecide('reject')}
              data-testid="correction-reject"
            >
              {t('corrections.reject')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
