import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDetail } from '../../../contracts/advisory-questions';
import { useDownload } from '../../app/download';
import { useFormat } from '../../app/format';
import { FileNameCell } from '../../components/file-cells';
import { UploadDialog } from '../../components/upload-dialog';
import { useRefreshQuestions } from './advisory-queries';

/** Files sent with the question (a decision, a contract); either side may add one while it is open. */
export function QuestionAttachments({
  question,
  canUpload,
}: {
  question: QuestionDetail;
  canUpload: boolean;
}) {
  const { t } = useTranslation('advisory');
  const format = useFormat();
  const refresh = useRefreshQuestions();
  const { busy, download } = useDownload();
  const [uploading, setUploading] = useState(false);
  const path = (id: string) => `/questions/${question.id}/attachments/${id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby="attachments-heading">
      <Group justify="space-between">
        <Title order={2} size="h4" id="attachments-heading">
          {t('attachments.title')}
        </Title>
        {canUpload ? (
          <Button
            variant="default"
            size="xs"
            onClick={() => setUploading(true)}
            data-testid="attachment-upload"
          >
            {t('attachments.upload')}
          </Button>
        ) : null}
      </Group>
      {question.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attachments.file')}</Table.Th>
                <Table.Th scope="col">{t('attachments.addedAt')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('attachments.download')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {question.attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <FileNameCell fileName={a.fileName} size={a.size} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(a.createdAt)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      loading={busy === path(a.id)}
                      onClick={() => void download(path(a.id), {}, a.fileName)}
                      aria-label={t('attachments.downloadFile', { file: a.fileName })}
                    >
                      {t('attachments.download')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {uploading ? (
        <UploadDialog
          namespace="advisory"
          keyPrefix="attachments"
          url={`/api/v1/questions/${question.id}/attachments`}
          accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,.webp"
          testId="attachment"
          onUploaded={refresh}
          onClose={() => setUploading(false)}
        />
      ) : null}
    </Stack>
  );
}
