import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../contracts/learning-catalogue';
import { packLabel } from '../../../contracts/positions';
import { canOn } from '../../app/access';
import { useFormat } from '../../app/format';
import { useSession } from '../../app/session-context';
import { DetailList } from '../../components/detail-list';
import { useCompetencies } from '../competencies/competencies-queries';
import { useCatalogueText } from './catalogue-labels';

/** What a programme is: owner, area, part, audience, modes, duration, accreditation, completion rule. */
export function ProgrammeFacts({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation('catalogue');
  const format = useFormat();
  const text = useCatalogueText();
  return (
    <DetailList
      items={[
        { label: t('fields.code'), value: p.code },
        { label: t('fields.owner'), value: text.owner(p) },
        { label: t('fields.topicArea'), value: text.topicArea(p.topicArea, p.countryCode) },
        { label: t('fields.part'), value: t(`parts.${p.part}`) },
        { label: t('fields.targetGroups'), value: text.targetGroups(p.targetGroups) },
        { label: t('fields.deliveryModes'), value: text.modes(p.deliveryModes) },
        { label: t('fields.duration'), value: text.duration(p) },
        { label: t('fields.accreditation'), value: t(`accreditation.${p.accreditation}`) },
        { label: t('fields.registerNumber'), value: p.registerNumber ?? '—' },
        { label: t('fields.accreditedUntil'), value: format.date(p.accreditedUntil) },
        {
          label: t('fields.certificate'),
          value: p.issuesCertificate
            ? t('programme.certificateRule', { percent: format.number(p.completionPercent) })
            : t('programme.noCertificate'),
        },
      ]}
    />
  );
}

/**
 * The competencies of the framework a programme develops, by name. The framework is read signed in;
 * a visitor sees how many there are.
 */
export function ProgrammeCompetencies({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation('catalogue');
  const { me, can } = useSession();
  const format = useFormat();
  const readable = Boolean(me) && can('competencies.read');
  // The owner's own (special functional) competencies come along when the reader may see them.
  const withOwner =
    me && canOn(me, 'competencies.read', { organisationId: p.ownerId, countryCode: p.countryCode });
  const framework = useCompetencies({
    countryCode: readable ? p.countryCode : null,
    organisationId: withOwner ? p.ownerId : null,
  });
  if (p.competencyIds.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('programme.noCompetencies')}
      </Text>
    );
  const byId = new Map((framework.data?.items ?? []).map((c) => [c.id, c]));
  const names = p.competencyIds.flatMap((id) => {
    const c = byId.get(id);
    return c ? [packLabel(c, format.locale)] : [];
  });
  if (names.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('programme.competencyCount', { number: format.number(p.competencyIds.length) })}
      </Text>
    );
  return (
    <List size="sm" spacing={4} data-testid="programme-competencies">
      {names.map((name) => (
        <List.Item key={name}>{name}</List.Item>
      ))}
    </List>
  );
}
