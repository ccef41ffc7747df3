import { Alert, Anchor, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../../contracts/common';
import type { Position } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useOrgUnits } from '../../app/queries';
import { inForce, useSystematisations } from '../positions/positions-queries';
import { useUnitNames } from '../positions/unit-options';

type Props = {
  organisationId: string;
  value?: string;
  onChange: (id: string | null) => void;
  error?: unknown;
  onFocus?: () => void;
  onBlur?: () => void;
};

/** Pick a job position of the act in force by typing part of its name (either script) or number. */
export function PositionPicker({ organisationId, value, onChange, error, onFocus, onBlur }: Props) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Position | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const versions = useSystematisations(organisationId);
  const act = inForce(versions.data?.items);
  const units = useOrgUnits(organisationId);
  const unitName = useUnitNames(units.data?.items ?? []);
  const label = (p: Position) =>
    `${p.code ? `${p.code}. ` : ''}${format.name(p)} — ${unitName(p.orgUnitId)} (${t('employment.occupancy', { occupied: p.occupied, executors: p.executors })})`;
  // While the box shows the chosen position, list around it rather than filtering by its label.
  const q = chosen && debounced === label(chosen) ? '' : debounced.trim();
  const results = useQuery({
    queryKey: ['positions', 'options', act?.id, q],
    queryFn: () => api.get<Page<Position>>('/positions', { systematisationId: act?.id, q, limit: 30 }),
    enabled: Boolean(act),
    staleTime: 30_000,
  });

  if (versions.isSuccess && !act)
    return (
      <Alert color="yellow" variant="light" title={t('employment.noActInForce')}>
        {t('employment.noActInForceHint')}{' '}
        <Anchor component={Link} to={`/systematisations?organisationId=${organisationId}`}>
          {t('employment.openSystematisation')}
        </Anchor>
      </Alert>
    );

  const options = new Map<string, Position>();
  if (chosen && chosen.id === value) options.set(chosen.id, chosen);
  for (const p of results.data?.items ?? []) options.set(p.id, p);
  return (
    <Select
      label={t('fields.position')}
      description={t('employment.positionHint')}
      required
      searchable
      clearable
      nothingFoundMessage={results.isFetching ? tc('states.loading') : tc('states.noMatches')}
      data={[...options.values()].map((p) => ({ value: p.id, label: label(p) }))}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(id) => {
        setChosen(id ? (options.get(id) ?? null) : null);
        onChange(id);
      }}
      error={typeof error === 'string' ? error : undefined}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}
