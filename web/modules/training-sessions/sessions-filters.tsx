import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deliveryModes } from '../../../contracts/learning-catalogue';
import { sessionStatuses } from '../../../contracts/learning-sessions';
import { roleRules } from '../../../contracts/roles';
import { useFormat } from '../../app/format';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { useNationalBodies, useProgrammeOptions, useProgrammeTitle } from './learning-options';

const periods = ['upcoming', 'past', 'all'] as const;
type Period = (typeof periods)[number];

/** The list's filters, kept in the address; upcoming sessions unless another period is chosen. */
export function useSessionFilters() {
  const [period, setPeriod] = useUrlParam('period');
  const [mode, setMode] = useUrlParam('mode');
  const [programmeId, setProgrammeId] = useUrlParam('programmeId');
  const [organiserId, setOrganiserId] = useUrlParam('organiserId');
  const [status, setStatus] = useUrlParam('status');
  const chosenPeriod: Period = periods.find((p) => p === period) ?? 'upcoming';
  return {
    period: chosenPeriod,
    setPeriod,
    query: { mode, programmeId, organiserId, status },
    setters: { setMode, setProgrammeId, setOrganiserId, setStatus },
    active: Boolean(mode || programmeId || organiserId || status || chosenPeriod !== 'upcoming'),
  };
}

/** The country whose sessions a reader sees: their own, or every country for a platform administrator. */
export function useReaderCountry(): string | undefined {
  const me = useMe();
  const global = me.memberships.some((m) => roleRules[m.role].permissions['learning.read'] === 'global');
  return global ? undefined : me.memberships[0]?.countryCode;
}

/** Period, mode, programme, organiser and status. */
export function SessionFilters({ filters }: { filters: ReturnType<typeof useSessionFilters> }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const title = useProgrammeTitle();
  const me = useMe();
  // A reader of every country sees every programme; the others their country's.
  const country = useReaderCountry();
  const programmes = useProgrammeOptions({ country });
  const bodies = useNationalBodies(country);
  // The reader's own organisations, then the national bodies that run most sessions.
  const organisers = new Map<string, string>();
  for (const m of me.memberships)
    organisers.set(
      m.organisationId,
      format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin }),
    );
  for (const b of bodies.data?.items ?? []) organisers.set(b.id, format.name(b));
  const { query: values, setters } = filters;

  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('filters.period')}
        w={{ base: '100%', sm: 'auto' }}
        value={filters.period}
        onChange={(e) =>
          filters.setPeriod(e.currentTarget.value === 'upcoming' ? null : e.currentTarget.value)
        }
        data={periods.map((p) => ({ value: p, label: t(`filters.periods.${p}`) }))}
        data-testid="sessions-period"
      />
      <FilterSelect
        label={t('fields.mode')}
        value={values.mode || null}
        onChange={setters.setMode}
        options={deliveryModes.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
      />
      <FilterSelect
        label={t('fields.programme')}
        value={values.programmeId || null}
        onChange={setters.setProgrammeId}
        options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: title(p.title) }))}
      />
      <FilterSelect
        label={t('fields.organiser')}
        value={values.organiserId || null}
        onChange={setters.setOrganiserId}
        options={[...organisers].map(([value, label]) => ({ value, label }))}
      />
      <FilterSelect
        label={t('fields.status')}
        value={values.status || null}
        onChange={setters.setStatus}
        options={sessionStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
    </Group>
  );
}
