import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DeliveryMode,
  deliveryModes,
  type Programme,
  type ProgrammeStatus,
  type TargetGroup,
  targetGroups,
} from '../../../contracts/learning-catalogue';
import { type TrainerKind, type TrainerStatus, trainerKinds } from '../../../contracts/learning-trainers';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { useTopicAreas } from './catalogue-queries';

const programmeColours: Record<ProgrammeStatus, string> = {
  draft: 'gray',
  published: 'green',
  withdrawn: 'red',
};

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation('catalogue');
  return (
    <Badge variant="light" color={programmeColours[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

const trainerColours: Record<TrainerStatus, string> = { active: 'green', expired: 'gray', suspended: 'red' };

export function TrainerStatusBadge({ status }: { status: TrainerStatus }) {
  const { t } = useTranslation('catalogue');
  return (
    <Badge variant="light" color={trainerColours[status]} tt="none" radius="sm">
      {t(`trainerStatus.${status}`)}
    </Badge>
  );
}

/**
 * How a reader of the current language reads the catalogue: a programme's title and summary in their
 * script (English readers the English title), topic areas, owner, delivery modes, target groups,
 * duration, accreditation, and trainers' kinds.
 */
export function useCatalogueText() {
  const { t } = useTranslation('catalogue');
  const format = useFormat();
  const areas = useTopicAreas();
  const { locale } = format;
  return useMemo(
    () => ({
      title: (p: Pick<Programme, 'title'>) => packLabel(p.title, locale),
      summary: (p: Pick<Programme, 'summary' | 'summaryLatin'>) =>
        usesLatinNames(locale) ? p.summaryLatin || p.summary : p.summary,
      owner: (p: Pick<Programme, 'ownerName' | 'ownerNameLatin'>) =>
        format.name({ name: p.ownerName, nameLatin: p.ownerNameLatin }),
      topicArea: (code: string, countryCode?: string | null) => {
        const area = areas.find(code, countryCode);
        return area ? packLabel(area, locale) : code;
      },
      // In the contract's order, however they were ticked.
      modes: (modes: readonly DeliveryMode[]) =>
        deliveryModes
          .filter((m) => modes.includes(m))
          .map((m) => t(`modes.${m}`))
          .join(', '),
      kinds: (kinds: readonly TrainerKind[]) =>
        trainerKinds
          .filter((k) => kinds.includes(k))
          .map((k) => t(`kinds.${k}`))
          .join(', '),
      targetGroups: (groups: readonly TargetGroup[]) =>
        targetGroups
          .filter((g) => groups.includes(g))
          .map((g) => t(`targetGroups.${g}`))
          .join(', '),
      duration: (p: Pick<Programme, 'durationHours' | 'durationDays'>) =>
        t('programme.durationValue', {
          hours: format.number(p.durationHours),
          days: format.number(p.durationDays),
        }),
      accreditation: (p: Pick<Programme, 'accreditation' | 'registerNumber' | 'accreditedUntil'>) => {
        const parts = [t(`accreditation.${p.accreditation}`)];
        if (p.registerNumber) parts.push(t('programme.registerNumberValue', { number: p.registerNumber }));
        if (p.accreditedUntil)
          parts.push(t('programme.untilValue', { date: format.date(p.accreditedUntil) }));
        return parts.join(' · ');
      },
    }),
    [t, format, areas, locale],
  );
}
