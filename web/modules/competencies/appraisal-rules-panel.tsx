import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { ErrorState, LoadingState } from '../../components/query-states';
import { gradeLabel } from '../appraisals/appraisal-scale';
import { RecordTable } from '../people/file-section';
import { usePackLabels } from '../positions/positions-labels';
import { usePeoplePack } from '../positions/positions-queries';
import { AppraisalRulesDialog } from './appraisal-rules-dialog';
import { useAppraisalRules } from './competencies-queries';
import { useMonthDay } from './month-day-field';

type Props = { countryCode: string; canEdit: boolean };

/** The country's appraisal rules as a reader needs them; a national administrator edits them. */
export function AppraisalRulesPanel({ countryCode, canEdit }: Props) {
  const { t } = useTranslation('competencies');
  const rules = useAppraisalRules(countryCode);
  const [editing, setEditing] = useState(false);
  if (rules.isPending) return <LoadingState />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" c="dimmed" maw={800}>
          {canEdit ? t('rules.introManage') : t('rules.intro')}
        </Text>
        {canEdit ? (
          <Button onClick={() => setEditing(true)} data-testid="edit-rules">
            {t('rules.edit')}
          </Button>
        ) : null}
      </Group>
      <RulesView rules={rules.data} countryCode={countryCode} />
      {editing ? (
        <AppraisalRulesDialog
          countryCode={countryCode}
          rules={rules.data}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Stack>
  );
}

function RulesView({ rules, countryCode }: { rules: AppraisalRules; countryCode: string }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const categories = usePackLabels(usePeoplePack(countryCode));
  const monthDay = useMonthDay();
  const label = (entry: { name: string; nameLatin: string; nameEn: string }) =>
    packLabel(entry, format.locale);
  const gradeName = (value: number) => gradeLabel(rules, value, format.locale);
  const percent = (share: number) => format.number(Math.round(share * 100));
  return (
    <>
      <Card withBorder padding="lg">
        <DetailList
          items={[
            { label: t('rules.basis'), value: label(rules.basis) },
            { label: t('rules.categories'), value: rules.categories.map(categories.category).join(', ') },
            {
              label: t('rules.scaleDirection'),
              value: rules.higherIsBetter ? t('rules.higherIsBetter') : t('rules.lowerIsBetter'),
            },
            {
              label: t('rules.weights'),
              value: t('rules.weightsValue', {
                goals: percent(rules.weights.goals),
                competencies: percent(rules.weights.competencies),
              }),
            },
            { label: t('rules.minMonthsWorked'), value: format.number(rules.minMonthsWorked) },
            {
              label: t('rules.deadlines'),
              value: t('rules.deadlinesValue', {
                goals: monthDay(rules.deadlines.goals),
                interim: monthDay(rules.deadlines.interim),
                final: monthDay(rules.deadlines.final),
              }),
            },
            { label: t('rules.appealDays'), value: format.number(rules.appealDays) },
            { label: t('rules.extraordinaryDays'), value: format.number(rules.extraordinaryDays) },
            {
              label: t('rules.promotion'),
              value: t('rules.promotionValue', {
                times: rules.promotion.times,
                years: rules.promotion.withinYears,
                grades: rules.promotion.grades.map(gradeName).join(', '),
              }),
            },
            {
              label: t('rules.registerPrefix'),
              value: t('rules.registerExample', {
                prefix: rules.registerPrefix,
                example: `${rules.registerPrefix}-17/${new Date().getFullYear()}`,
              }),
            },
            {
              label: t('rules.workPlan'),
              value: rules.workPlan ? t('rules.workPlanYes') : t('rules.workPlanNo'),
            },
          ]}
        />
      </Card>
      <RulesTable
        title={t('rules.grades')}
        head={[t('rules.value'), t('rules.name'), t('rules.triggers')]}
        rows={rules.grades.map((g) => ({
          key: g.code,
          cells: [
            g.value,
            label(g),
            g.triggers.length === 0
              ? '—'
              : g.triggers.map((x) => (
                  <Badge key={x} variant="light" color="orange" tt="none" radius="sm">
                    {t(`rules.triggerNames.${x}`)}
                  </Badge>
                )),
          ],
        }))}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <RulesTable
          title={t('rules.ratings')}
          head={[t('rules.value'), t('rules.name')]}
          rows={rules.ratings.map((r) => ({ key: String(r.value), cells: [r.value, label(r)] }))}
        />
        <RulesTable
          title={t('rules.bands')}
          head={[t('rules.minScore'), t('rules.grade')]}
          rows={[...rules.bands]
            .sort((a, b) => b.minScore - a.minScore)
            .map((b) => ({
              key: String(b.minScore),
              cells: [format.number(b.minScore), gradeName(b.grade)],
            }))}
        />
      </SimpleGrid>
    </>
  );
}

type TableProps = { title: string } & Pick<Parameters<typeof RecordTable>[0], 'head' | 'rows'>;

/** One list of the rules (grades, ratings, bands) under its heading. */
function RulesTable({ title, head, rows }: TableProps) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <RecordTable head={head} rows={rows} empty="—" minWidth={360} />
    </Stack>
  );
}
