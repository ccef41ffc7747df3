import { Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeMaterial } from '../../../contracts/learning-catalogue';
import { useFileSize, useFormat } from '../../app/format';
import { RecordTable } from '../people/file-section';

type Props = {
  materials: ProgrammeMaterial[];
  /** Where a material's bytes come from: the public endpoint for visitors, the app's for the owner. */
  href: (material: ProgrammeMaterial) => string;
  onDelete?: (material: ProgrammeMaterial) => void;
  empty: string;
};

/** Handouts and slides of a programme: a download link each, and for the owner a delete button. */
export function MaterialList({ materials, href, onDelete, empty }: Props) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const size = useFileSize();
  return (
    <RecordTable
      minWidth={onDelete ? 680 : 560}
      empty={empty}
      head={[
        t('materials.materialTitle'),
        t('materials.file'),
        t('materials.addedAt'),
        ...(onDelete ? [tc('table.actions')] : []),
      ]}
      rows={materials.map((m) => ({
        key: m.id,
        testId: 'material-row',
        cells: [
          <Anchor key="title" href={href(m)} download={m.fileName} data-testid="material-download">
            {m.title}
          </Anchor>,
          <Text key="file" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {m.fileName} · {size(m.size)}
          </Text>,
          format.date(m.createdAt),
          ...(onDelete
            ? [
                <Button
                  key="delete"
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('materials.deleteLabel', { title: m.title })}
                  onClick={() => onDelete(m)}
                  data-testid="material-delete"
                >
                  {t('materials.delete')}
                </Button>,
              ]
            : []),
        ],
      }))}
    />
  );
}
