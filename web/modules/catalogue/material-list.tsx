import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeMaterial } from '../../../contracts/learning-catalogue';
import { useFormat } from '../../app/format';
import { FileDeleteButton, FileNameCell } from '../../components/file-cells';
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
          <FileNameCell key="file" fileName={m.fileName} size={m.size} />,
          format.date(m.createdAt),
          ...(onDelete
            ? [
                <FileDeleteButton
                  key="delete"
                  label={t('materials.delete')}
                  ariaLabel={t('materials.deleteLabel', { title: m.title })}
                  onClick={() => onDelete(m)}
                  testId="material-delete"
                />,
              ]
            : []),
        ],
      }))}
    />
  );
}
