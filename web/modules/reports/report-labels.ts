import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisations';
import type { PeoplePack, PositionCategory } from '../../../contracts/positions';
import { type HeadcountDimension, type ReportRow, unknownKey } from '../../../contracts/reports';
import { useFormat } from '../../app/format';
import { usePackLabels } from '../positions/positions-labels';

/** The name of a report row's key as the reader reads it. */
export function useRowLabel(by: HeadcountDimension, pack: PeoplePack | null, units: OrgUnit[]) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const labels = usePackLabels(pack);
  return useCallback(
    (row: Pick<ReportRow, 'key' | 'label'>): string => {
      if (row.key === unknownKey) return t('values.unknown');
      if (row.label) return row.label;
      switch (by) {
        case 'unit': {
          const unit = units.find((u) => u.id === row.key);
          return unit ? format.name(unit) : row.key;
        }
        case 'title':
          return labels.title(row.key);
        case 'category':
          return labels.category(row.key as PositionCategory);
        case 'education':
          return t(`positions:education.${row.key}`);
        case 'gender':
        case 'contractType':
          return t(`values.${by}.${row.key}`);
        default:
          return row.key;
      }
    },
    [by, units, labels, format, t],
  );
}
