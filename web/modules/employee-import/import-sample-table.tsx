import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportUpload } from '../../../contracts/employee-import';

/** The file's first rows under its own headers, so the person recognises their columns. */
export function ImportSampleTable({ upload }: { upload: ImportUpload }) {
  const { t } = useTranslation('import');
  return (
    <Table.ScrollContainer minWidth={Math.max(480, upload.headers.length * 140)}>
      <Table striped withTableBorder withColumnBorders fz="xs" data-testid="import-sample">
        <Table.Caption>{t('mapping.sampleCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {upload.headers.map((header, i) => (
              // Headers may repeat or be empty: the column index keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: columns have no identity beyond their position
              <Table.Th key={i} scope="col">
                {header || t('mapping.noHeader', { column: i + 1 })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {upload.sample.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are fixed and never reordered
            <Table.Tr key={r}>
              {upload.headers.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: see the header cells
                <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
