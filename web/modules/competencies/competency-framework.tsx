import { Accordion, Badge, Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, CompetencyKind } from '../../../contracts/competencies';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useCompetencies } from './competencies-queries';
import { CompetencyDetails } from './competency-details';
import { CompetencyDialog, type CompetencyDialogTarget } from './competency-dialog';
import { GroupBadge, kindOrder } from './competency-labels';
import type { CompetencyScope } from './competency-scope';

type Props = { scope: CompetencyScope; countryCode: string };

/** The framework grouped by kind; each entry opens to its indicators per group and its levels. */
export function CompetencyFramework({ scope, countryCode }: Props) {
  const { t } = useTranslation('competencies');
  const locale = useLocale();
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<CompetencyDialogTarget | null>(null);
  const { organisationId, managesCountry } = scope;
  const managesOwn = scope.canManage && Boolean(organisationId);
  const list = useCompetencies({ countryCode, organisationId, includeInactive: showInactive });
  const items = list.data?.items ?? [];
  const canEdit = (c: Competency) => (c.organisationId ? managesOwn : managesCountry);
  const byKind = (kind: CompetencyKind) =>
    items
      .filter((c) => c.kind === kind)
      .sort((a, b) => (a.field ?? '').localeCompare(b.field ?? '', locale) || a.sortOrder - b.sortOrder);
  // The municipality's own section stays visible when empty, so its HR officer sees where to add.
  const kinds = kindOrder.filter(
    (k) => byKind(k).length > 0 || (k === 'special_functional' && organisationId),
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="sm">
        {managesCountry || managesOwn ? (
          <Switch
            label={t('framework.showInactive')}
            checked={showInactive}
            onChange={(e) => setShowInactive(e.currentTarget.checked)}
            data-testid="show-inactive"
          />
        ) : (
          <span />
        )}
        <Group gap="sm">
          {managesCountry ? (
            <Button
              variant="default"
              onClick={() => setDialog({ countryCode, organisationId: null })}
              data-testid="add-framework-competency"
            >
              {t('framework.addToFramework')}
            </Button>
          ) : null}
          {managesOwn && organisationId ? (
            <Button
              onClick={() => setDialog({ countryCode, organisationId })}
              data-testid="add-special-competency"
            >
              {t('framework.addSpecial')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : kinds.length === 0 ? (
        <EmptyNotice title={t('framework.empty')} description={t('framework.emptyHint')} />
      ) : (
        kinds.map((kind) => (
          <Stack key={kind} gap="sm" component="section" aria-labelledby={`kind-${kind}`}>
            <div>
              <Title order={2} size="h3" id={`kind-${kind}`}>
                {t(`kinds.${kind}`)}
              </Title>
              <Text size="sm" c="dimmed" maw={800}>
                {t(`kindHints.${kind}`)}
              </Text>
            </div>
            {byKind(kind).length === 0 ? (
              <Text size="sm" c="dimmed">
                {managesOwn ? t('framework.noSpecialManage') : t('framework.noSpecial')}
              </Text>
            ) : (
              <Accordion variant="separated" multiple chevronPosition="left">
                {byKind(kind).map((c) => (
                  <Accordion.Item key={c.id} value={c.id} data-testid="competency">
                    <Accordion.Control>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {packLabel(c, locale)}
                        </Text>
                        {c.field ? (
                          <Badge variant="outline" color="gray" tt="none" radius="sm">
                            {c.field}
                          </Badge>
                        ) : null}
                        {/* On a phone the groups show as the indicator tabs inside instead. */}
                        <Group gap="xs" visibleFrom="sm">
                          {c.groups.map((g) => (
                            <GroupBadge key={g} group={g} />
                          ))}
                        </Group>
                        {c.active ? null : (
                          <Badge variant="light" color="gray" tt="none" radius="sm">
                            {t('framework.inactive')}
                          </Badge>
                        )}
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <CompetencyDetails
                        competency={c}
                        onEdit={
                          canEdit(c)
                            ? () =>
                                setDialog({ countryCode, organisationId: c.organisationId, competency: c })
                            : undefined
                        }
                      />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            )}
          </Stack>
        ))
      )}
      {dialog ? <CompetencyDialog target={dialog} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
