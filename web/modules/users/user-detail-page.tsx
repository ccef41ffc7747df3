import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Locale } from '../../../contracts/access';
import type { Membership, User } from '../../../contracts/identity';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { uiLocales } from '../../app/locale';
import { notifySuccess, reportError } from '../../app/problems';
import { useOrgUnits } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailList } from '../../components/detail-list';
import { RoleBadge, StatusBadge } from '../../components/labels';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { MembershipFields, type MembershipValues } from './membership-fields';

function useUserCache(id: string) {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(['users', 'one', id], user);
    void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
  };
}

/** The unit of a manager's membership, by name (memberships carry only its id). */
function UnitName({ membership }: { membership: Membership }) {
  const me = useMe();
  const format = useFormat();
  const allowed = canOn(me, 'org-units.read', membership);
  const units = useOrgUnits(membership.organisationId, allowed && Boolean(membership.orgUnitId));
  if (!membership.orgUnitId) return <>—</>;
  const unit = units.data?.items.find((u) => u.id === membership.orgUnitId);
  return <>{unit ? format.name(unit) : '…'}</>;
}

function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const store = useUserCache(user.id);
  const form = useForm({
    initialValues: { name: user.name, locale: user.locale as Locale },
    validate: { name: (v) => (v.trim() ? null : t('validation.nameRequired')) },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      api.patch<User>(`/users/${user.id}`, { name: v.name.trim(), locale: v.locale }),
    onSuccess: (next) => {
      store(next);
      form.resetDirty({ name: next.name, locale: next.locale });
      notifySuccess(t('detail.saved'));
    },
    onError: (error) => reportError(error, form),
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('fields.name')}
          required
          {...form.getInputProps('name')}
          w={{ base: '100%', sm: 280 }}
        />
        <NativeSelect
          label={t('fields.locale')}
          data={uiLocales.map((l) => ({ value: l.value, label: l.label }))}
          {...form.getInputProps('locale')}
        />
        <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
          {tc('actions.save')}
        </Button>
      </Group>
    </form>
  );
}

function AddMembershipForm({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const store = useUserCache(user.id);
  const form = useForm<MembershipValues>({
    initialValues: { organisationId: null, role: '', orgUnitId: '' },
    validate: {
      organisationId: (v) => (v ? null : t('validation.organisationRequired')),
      role: (v) => (v ? null : t('validation.roleRequired')),
      orgUnitId: (v, values) => (values.role === 'manager' && !v ? t('validation.orgUnitRequired') : null),
    },
  });
  const add = useMutation({
    mutationFn: (v: MembershipValues) =>
      api.post<User>(`/users/${user.id}/memberships`, {
        organisationId: v.organisationId,
        role: v.role,
        orgUnitId: v.orgUnitId || null,
      }),
    onSuccess: (next) => {
      store(next);
      form.reset();
      notifySuccess(t('memberships.added'));
    },
    onError: (error) => reportError(error, form),
  });
  return (
    <form onSubmit={form.onSubmit((v) => add.mutate(v))} noValidate>
      <Stack>
        <Title order={3} size="h5">
          {t('memberships.add')}
        </Title>
        <MembershipFields
          values={form.values}
          errors={form.errors}
          onChange={(patch) => {
            form.setValues(patch);
            form.clearErrors();
          }}
        />
        <Group>
          <Button type="submit" variant="light" loading={add.isPending}>
            {t('memberships.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One account: details, language, enable/disable, and its roles in organisations. */
export function UserDetailPage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const store = useUserCache(id);
  const [confirm, setConfirm] = useState<
    { kind: 'status' } | { kind: 'remove'; membership: Membership } | null
  >(null);
  const user = useQuery({ queryKey: ['users', 'one', id], queryFn: () => api.get<User>(`/users/${id}`) });
  const setStatus = useMutation({
    mutationFn: (status: User['status']) => api.patch<User>(`/users/${id}`, { status }),
    onSuccess: (next) => {
      store(next);
      setConfirm(null);
      notifySuccess(next.status === 'active' ? t('detail.enabled') : t('detail.disabled'));
    },
    onError: (error) => {
      setConfirm(null);
      reportError(error);
    },
  });
  const removeMembership = useMutation({
    mutationFn: (membershipId: string) => api.delete<User>(`/users/${id}/memberships/${membershipId}`),
    onSuccess: (next) => {
      store(next);
      setConfirm(null);
      notifySuccess(t('memberships.removed'));
    },
    onError: (error) => {
      setConfirm(null);
      reportError(error);
    },
  });
  const back = { to: '/users', label: t('list.title') };

  if (user.isPending || user.isError) {
    return (
      <Page title={t('detail.loadingTitle')} back={back}>
        {user.isPending ? (
          <LoadingState />
        ) : (
          <ErrorState error={user.error} onRetry={() => void user.refetch()} />
        )}
      </Page>
    );
  }
  const u = user.data;
  const manageable =
    u.memberships.length === 0
      ? canOn(me, 'users.manage')
      : u.memberships.some((m) => canOn(me, 'users.manage', m));
  const isSelf = u.id === me.user.id;

  return (
    <Page
      title={u.name}
      back={back}
      actions={
        <>
          {canOn(me, 'audit.read') ? (
            <Button variant="default" component={Link} to={`/audit?entityType=user&entityId=${u.id}`}>
              {t('detail.history')}
            </Button>
          ) : null}
          {manageable && !isSelf ? (
            <Button
              variant={u.status === 'active' ? 'default' : 'filled'}
              color={u.status === 'active' ? 'red.8' : undefined}
              onClick={() => setConfirm({ kind: 'status' })}
            >
              {u.status === 'active' ? t('detail.disable') : t('detail.enable')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <DetailList
            items={[
              { label: t('fields.email'), value: u.email },
              { label: t('fields.status'), value: <StatusBadge status={u.status} /> },
              {
                label: t('fields.password'),
                value: !u.hasPassword
                  ? t('detail.invitationPending')
                  : u.mustChangePassword
                    ? t('detail.mustChangePassword')
                    : t('detail.passwordSet'),
              },
              {
                label: t('fields.locale'),
                value: uiLocales.find((l) => l.value === u.locale)?.label ?? u.locale,
              },
              {
                label: t('fields.lastLoginAt'),
                value: u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('detail.neverSignedIn'),
              },
              { label: t('fields.createdAt'), value: format.dateTime(u.createdAt) },
            ]}
          />
          {manageable ? <ProfileForm key={`${u.name}|${u.locale}`} user={u} /> : null}
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Stack>
          <Title order={2} size="h3">
            {t('memberships.title')}
          </Title>
          {u.memberships.length === 0 ? (
            <EmptyNotice title={t('memberships.empty')} description={t('memberships.emptyHint')} />
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fields.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('fields.role')}</Table.Th>
                    <Table.Th scope="col">{t('fields.orgUnit')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{tc('table.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {u.memberships.map((m) => {
                    const orgName = format.name({
                      name: m.organisationName,
                      nameLatin: m.organisationNameLatin,
                    });
                    return (
                      <Table.Tr key={m.id} data-testid="membership-row">
                        <Table.Td>
                          {canOn(me, 'organisations.read', m) ? (
                            <Anchor component={Link} to={`/organisations/${m.organisationId}`} size="sm">
                              {orgName}
                            </Anchor>
                          ) : (
                            orgName
                          )}
                        </Table.Td>
                        <Table.Td>
                          <RoleBadge role={m.role} />
                        </Table.Td>
                        <Table.Td>
                          <UnitName membership={m} />
                        </Table.Td>
                        <Table.Td ta="right">
                          {canOn(me, 'users.manage', m) && !isSelf ? (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red.8"
                              aria-label={t('memberships.removeLabel', {
                                role: tc(`roles.${m.role}`),
                                organisation: orgName,
                              })}
                              onClick={() => setConfirm({ kind: 'remove', membership: m })}
                            >
                              {t('memberships.remove')}
                            </Button>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {canOn(me, 'users.manage') ? <AddMembershipForm user={u} /> : null}
        </Stack>
      </Card>

      <ConfirmModal
        opened={confirm?.kind === 'status'}
        danger={u.status === 'active'}
        title={u.status === 'active' ? t('detail.disableTitle') : t('detail.enableTitle')}
        message={
          u.status === 'active'
            ? t('detail.disableConfirm', { name: u.name })
            : t('detail.enableConfirm', { name: u.name })
        }
        confirmLabel={u.status === 'active' ? t('detail.disable') : t('detail.enable')}
        loading={setStatus.isPending}
        onConfirm={() => setStatus.mutate(u.status === 'active' ? 'disabled' : 'active')}
        onClose={() => setConfirm(null)}
      />
      <ConfirmModal
        opened={confirm?.kind === 'remove'}
        danger
        title={t('memberships.removeTitle')}
        message={
          confirm?.kind === 'remove'
            ? t('memberships.removeConfirm', {
                role: tc(`roles.${confirm.membership.role}`),
                organisation: format.name({
                  name: confirm.membership.organisationName,
                  nameLatin: confirm.membership.organisationNameLatin,
                }),
              })
            : ''
        }
        confirmLabel={t('memberships.remove')}
        loading={removeMembership.isPending}
        onConfirm={() => confirm?.kind === 'remove' && removeMembership.mutate(confirm.membership.id)}
        onClose={() => setConfirm(null)}
      />
    </Page>
  );
}
