import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportMapping, ImportUpload } from '../../../contracts/employee-import';
import { useFormat } from '../../app/format';
import { CheckingState } from './checking-state';
import { employmentFields, isRequired, personFields, unmappedRequired } from './import-mapping';
import { ImportSampleTable } from './import-sample-table';

type Props = {
  upload: ImportUpload;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  checking: boolean;
  onCheck: () => void;
  onBack: () => void;
};

/** Step 2: which column of the file holds each of Kadar's fields, with the first rows to recognise them. */
export function ImportMappingStep({ upload, mapping, onChange, checking, onCheck, onBack }: Props) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const [submitted, setSubmitted] = useState(false);
  const missing = unmappedRequired(mapping);
  // Unique, non-empty headers: a column without a header cannot be named in a mapping.
  const options = [...new Set(upload.headers.filter(Boolean))];
  const firstRow = upload.sample[0] ?? [];

  const example = (header: string | undefined) => {
    if (!header) return undefined;
    const value = firstRow[upload.headers.indexOf(header)];
    return value ? t('mapping.example', { value }) : undefined;
  };

  const fieldSelect = (field: ImportField) => (
    <Select
      key={field}
      label={t(`fields.${field}`)}
      withAsterisk={isRequired(field)}
      placeholder={t('mapping.unmapped')}
      data={options}
      value={mapping[field] ?? null}
      onChange={(header) => onChange({ ...mapping, [field]: header ?? undefined })}
      description={example(mapping[field])}
      error={submitted && isRequired(field) && !mapping[field] ? t('mapping.requiredField') : undefined}
      searchable
      clearable
      disabled={checking}
      data-testid={`mapping-${field}`}
    />
  );

  const check = () => {
    setSubmitted(true);
    if (missing.length === 0) onCheck();
  };

  return (
    <Stack gap="lg">
      <Text size="sm">
        {t('mapping.intro', { file: upload.fileName, rows: format.number(upload.rowCount) })}
      </Text>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('mapping.sampleTitle')}
        </Title>
        <ImportSampleTable upload={upload} />
      </Stack>
      <Fieldset legend={t('mapping.person')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{personFields.map(fieldSelect)}</SimpleGrid>
        <Text size="xs" c="dimmed" mt="sm">
          {t('mapping.personHint')}
        </Text>
      </Fieldset>
      <Fieldset legend={t('mapping.employment')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{employmentFields.map(fieldSelect)}</SimpleGrid>
        <Text size="xs" c="dimmed" mt="sm">
          {t('mapping.employmentHint')}
        </Text>
      </Fieldset>
      {submitted && missing.length > 0 ? (
        <Alert color="red" variant="light" role="alert">
          {t('mapping.missingRequired', { fields: missing.map((f) => t(`fields.${f}`)).join(', ') })}
        </Alert>
      ) : null}
      {checking ? (
        <CheckingState label={t('mapping.checking', { rows: format.number(upload.rowCount) })} />
      ) : null}
      <Group>
        <Button variant="default" onClick={onBack} disabled={checking}>
          {t('mapping.otherFile')}
        </Button>
        <Button onClick={check} loading={checking}>
          {t('mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
