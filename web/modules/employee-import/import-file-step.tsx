import { Alert, Button, FileInput, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportUpload } from '../../../contracts/employee-import';
import { useFormat } from '../../app/format';
import { useMe } from '../../app/session-context';
import { uploadErrorText } from '../../components/multipart-upload';
import { CheckingState } from './checking-state';
import { templateUrl, uploadImportFile } from './import-requests';

const maxBytes = 10 * 1024 * 1024;
const accept = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** What is wrong with the chosen file before sending it, as a translation key (null: fine). */
function localProblem(file: File): 'wrongType' | 'tooLarge' | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'wrongType';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}

type Props = {
  organisationId: string;
  /** Set when the person comes back to upload a corrected file. */
  previousFileName: string | null;
  onUploaded: (upload: ImportUpload) => void;
};

/** Step 1: explain the format, offer the template, and send the file with a progress bar. */
export function ImportFileStep({ organisationId, previousFileName, onUploaded }: Props) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const me = useMe();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      setSent(0);
      setReading(false);
      return uploadImportFile(organisationId, chosen, me.csrfToken, {
        onProgress: setSent,
        onSent: () => setReading(true),
      });
    },
    onSuccess: onUploaded,
  });
  const problem = file ? localProblem(file) : null;

  const choose = (next: File | null) => {
    upload.reset();
    setFile(next);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('file.formatTitle')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t('file.formatHeaders')}</List.Item>
          <List.Item>{t('file.formatTypes')}</List.Item>
          <List.Item>{t('file.formatRequired')}</List.Item>
          <List.Item>{t('file.formatDates')}</List.Item>
          <List.Item>{t('file.formatUpdates')}</List.Item>
        </List>
        <Group>
          <Button component="a" href={templateUrl(organisationId)} download variant="default">
            {t('file.template')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('file.templateHint')}
          </Text>
        </Group>
      </Stack>

      {previousFileName ? (
        <Alert color="blue" variant="light">
          {t('file.correctedHint', { file: previousFileName })}
        </Alert>
      ) : null}

      <Paper
        withBorder
        p="lg"
        radius="md"
        style={{ borderStyle: 'dashed', borderWidth: 2 }}
        bg={dragging ? 'var(--mantine-color-blue-light)' : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop-zone"
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('file.dropHint')}
          </Text>
          <FileInput
            label={t('file.label')}
            description={t('file.placeholder')}
            accept={accept}
            value={file}
            onChange={choose}
            clearable
            error={problem ? t(`file.${problem}`) : null}
            disabled={upload.isPending}
            maw={480}
          />
          {file && !problem ? (
            <Text size="sm" c="dimmed">
              {t('file.chosen', { name: file.name, size: format.number(Math.ceil(file.size / 1024)) })}
            </Text>
          ) : null}
        </Stack>
      </Paper>

      {upload.isPending ? (
        reading ? (
          <CheckingState label={t('file.reading')} />
        ) : (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{t('file.uploading', { percent: Math.round(sent * 100) })}</Text>
            <Progress value={sent * 100} aria-label={t('file.uploadProgress')} transitionDuration={150} />
          </Stack>
        )
      ) : null}

      {upload.isError ? (
        <Alert color="red" variant="light" title={t('file.refused')} role="alert">
          {uploadErrorText(upload.error, t('file.tooLarge'))}
        </Alert>
      ) : null}

      <Group>
        <Button
          onClick={() => file && upload.mutate(file)}
          disabled={!file || problem !== null}
          loading={upload.isPending}
        >
          {t('file.upload')}
        </Button>
      </Group>
    </Stack>
  );
}
