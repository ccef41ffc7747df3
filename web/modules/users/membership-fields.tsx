import { NativeSelect, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/access';
import type { Organisation } from '../../../contracts/organisations';
import { canOn, grantableRoles } from '../../app/access';
import { useFormat } from '../../app/format';
import { useOrganisation, useOrgUnits } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { OrganisationSelect } from '../../components/organisation-select';

export type MembershipValues = { organisationId: string | null; role: Role | ''; orgUnitId: string };

type Props = {
  values: MembershipValues;
  errors: Partial<Record<keyof MembershipValues, ReactNode>>;
  onChange: (patch: Partial<MembershipValues>, organisation?: Organisation | null) => void;
};

/** Organisation, role (only those the signed-in person may grant there) and, for managers, the unit. */
export function MembershipFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const organisation = useOrganisation(values.organisationId);
  const org = organisation.data;
  const target = org ? { organisationId: org.id, countryCode: org.countryCode } : null;
  const roleOptions = org && target ? grantableRoles(me, target, org.kind) : [];
  const unitsAllowed = Boolean(target && canOn(me, 'org-units.read', target));
  const units = useOrgUnits(values.organisationId, unitsAllowed && values.role === 'manager');

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <OrganisationSelect
        label={t('fields.organisation')}
        required
        value={values.organisationId}
        error={errors.organisationId}
        data-testid="membership-organisation"
        onChange={(id, picked) => onChange({ organisationId: id, role: '', orgUnitId: '' }, picked)}
      />
      <NativeSelect
        label={t('fields.role')}
        required
        disabled={!org}
        description={
          !org
            ? t('form.pickOrganisationFirst')
            : roleOptions.length === 0
              ? t('form.noGrantableRoles')
              : undefined
        }
        value={values.role}
        error={errors.role}
        data-testid="membership-role"
        data={[
          { value: '', label: tc('filters.choose') },
          ...roleOptions.map((r) => ({ value: r, label: tc(`roles.${r}`) })),
        ]}
        onChange={(e) => onChange({ role: e.currentTarget.value as Role | '', orgUnitId: '' })}
      />
      {values.role === 'manager' && unitsAllowed ? (
        <NativeSelect
          label={t('fields.orgUnit')}
          description={t('form.orgUnitHint')}
          required
          value={values.orgUnitId}
          error={errors.orgUnitId}
          data-testid="membership-unit"
          data={[
            { value: '', label: tc('filters.choose') },
            ...(units.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${'\u00a0\u00a0'.repeat(u.depth)}${format.name(u)}`,
            })),
          ]}
          onChange={(e) => onChange({ orgUnitId: e.currentTarget.value })}
        />
      ) : null}
    </SimpleGrid>
  );
}
