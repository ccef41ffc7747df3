import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CertificateVerification } from '../../../contracts/learning-certificates';
import { ApiError, api } from '../../app/api-client';
import { PublicLayout } from '../../app/app-shell';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { useDocumentTitle } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useLearningText } from './my-learning-labels';

/** Codes are printed in capitals with dashes; people type them in any case and with spaces. */
function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/\s+/g, '');
}
const codePattern = /^[A-Z0-9-]{6,40}$/;

function Verdict({ certificate: c }: { certificate: CertificateVerification }) {
  const { t } = useTranslation('my-learning');
  const format = useFormat();
  const text = useLearningText();
  const valid = c.status === 'valid';
  return (
    <Stack gap="md" data-testid="verification">
      <Alert
        color={valid ? 'green' : 'red'}
        variant="light"
        title={valid ? t('verify.valid') : t('verify.revoked')}
        data-testid={valid ? 'verification-valid' : 'verification-revoked'}
      >
        {valid ? t('verify.validText') : t('verify.revokedText', { date: format.date(c.revokedOn) })}
      </Alert>
      <DetailList
        items={[
          { label: t('verify.holder'), value: text.name(c.holderName, c.holderNameLatin) },
          { label: t('verify.programme'), value: text.title(c.programmeTitle) },
          { label: t('verify.issuer'), value: text.name(c.issuerName, c.issuerNameLatin) },
          { label: t('verify.issuedOn'), value: format.date(c.issuedOn) },
          { label: t('verify.code'), value: c.code },
        ]}
      />
    </Stack>
  );
}

function Lookup({ code }: { code: string }) {
  const { t } = useTranslation('my-learning');
  const wellFormed = codePattern.test(code);
  const lookup = useQuery({
    queryKey: ['certificate-verification', code],
    queryFn: () => api.get<CertificateVerification>(`/public/certificates/${encodeURIComponent(code)}`),
    enabled: wellFormed,
    retry: false,
  });
  const missing =
    !wellFormed || (lookup.error instanceof ApiError && [400, 404].includes(lookup.error.status));
  if (missing)
    return (
      <Alert color="orange" variant="light" title={t('verify.notFound')} data-testid="verification-missing">
        {t('verify.notFoundText', { code })}
      </Alert>
    );
  if (lookup.isError) return <ErrorState error={lookup.error} onRetry={() => void lookup.refetch()} />;
  if (lookup.isPending) return <LoadingState />;
  return <Verdict certificate={lookup.data} />;
}

/** The public check of a certificate's code (from its QR code or typed), with no sign-in. */
export function VerifyCertificatePage() {
  const { t } = useTranslation('my-learning');
  const { code = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(t('verify.title'));
  const current = normaliseCode(code);
  const form = useForm({
    initialValues: { code: current },
    validate: { code: (v) => (codePattern.test(normaliseCode(v)) ? null : t('verify.badCode')) },
  });
  const submit = form.onSubmit(({ code: typed }) => navigate(`/verify/${normaliseCode(typed)}`));
  return (
    <PublicLayout>
      <Stack maw={720} mx="auto" py={{ base: 'md', sm: 40 }} gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('verify.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('verify.intro')}
          </Text>
        </Stack>
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="sm" align="flex-start">
              <TextInput
                label={t('verify.code')}
                description={t('verify.codeHint')}
                autoComplete="off"
                spellCheck={false}
                w={{ base: '100%', sm: 360 }}
                data-testid="verify-code"
                {...form.getInputProps('code')}
              />
              <Button type="submit" data-testid="verify-submit">
                {t('verify.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        {current ? (
          <Paper withBorder p="lg" radius="md">
            <Lookup code={current} />
          </Paper>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
