import {
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { gradeLabel } from '../appraisals/appraisal-scale';
import { fieldErrorSink } from '../people/form-errors';
import { useStoreAppraisalRules } from './competencies-queries';
import { LocalTextFields, type TextRow, textInput } from './local-text-fields';
import { MonthDayField } from './month-day-field';

/** A number input's value: a number, or text while it is being typed or left empty. */
type Numeric = number | string;

/** The editable part of the rules, at the same paths as the body so the server's field errors land. */
type RulesValues = {
  grades: TextRow[];
  bands: Array<{ minScore: Numeric }>;
  /** In percent here, shares of 1 in the rules. */
  weights: { goals: Numeric; competencies: Numeric };
  minMonthsWorked: Numeric;
  deadlines: AppraisalRules['deadlines'];
  appealDays: Numeric;
  extraordinaryDays: Numeric;
  promotion: { grades: string[]; times: Numeric; withinYears: Numeric };
  registerPrefix: string;
};

const toPercent = (share: number) => Math.round(share * 10_000) / 100;

function valuesOf(rules: AppraisalRules): RulesValues {
  return {
    grades: rules.grades.map(({ name, nameLatin, nameEn }) => ({ name, nameLatin, nameEn })),
    bands: rules.bands.map((b) => ({ minScore: b.minScore })),
    weights: { goals: toPercent(rules.weights.goals), competencies: toPercent(rules.weights.competencies) },
    minMonthsWorked: rules.minMonthsWorked,
    deadlines: rules.deadlines,
    appealDays: rules.appealDays,
    extraordinaryDays: rules.extraordinaryDays,
    promotion: {
      grades: rules.promotion.grades.map(String),
      times: rules.promotion.times,
      withinYears: rules.promotion.withinYears,
    },
    registerPrefix: rules.registerPrefix,
  };
}

type Props = { countryCode: string; rules: AppraisalRules; onClose: () => void };

/** A national administrator adjusts the numbers, deadlines and grade names of the country's rules. */
export function AppraisalRulesDialog({ countryCode, rules, onClose }: Props) {
  const { t } = useTranslation('competencies');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const store = useStoreAppraisalRules(countryCode);
  const form = useForm<RulesValues>({
    initialValues: valuesOf(rules),
    validate: (v) => {
      const errors: FormErrors = {};
      const missing = (n: Numeric) => typeof n !== 'number';
      v.grades.forEach((g, i) => {
        if (!g.name.trim()) errors[`grades.${i}.name`] = t('validation.nameRequired');
      });
      v.bands.forEach((b, i) => {
        if (missing(b.minScore)) errors[`bands.${i}.minScore`] = t('validation.number');
      });
      if (Number(v.weights.goals) + Number(v.weights.competencies) !== 100)
        errors.weights = t('validation.weights');
      for (const path of ['minMonthsWorked', 'appealDays', 'extraordinaryDays'] as const)
        if (missing(v[path])) errors[path] = t('validation.number');
      for (const path of ['times', 'withinYears'] as const)
        if (missing(v.promotion[path])) errors[`promotion.${path}`] = t('validation.number');
      if (v.promotion.grades.length === 0) errors['promotion.grades'] = t('validation.promotionGrades');
      if (!v.registerPrefix.trim()) errors.registerPrefix = t('validation.registerPrefix');
      return errors;
    },
  });

  const save = useMutation({
    mutationFn: (v: RulesValues) =>
      api.put<AppraisalRules>(`/countries/${countryCode}/appraisal-rules`, {
        ...rules,
        grades: rules.grades.map((g, i) => ({ ...g, ...textInput(v.grades[i] ?? g, countryCode) })),
        bands: rules.bands.map((b, i) => ({ ...b, minScore: Number(v.bands[i]?.minScore) })),
        weights: { goals: Number(v.weights.goals) / 100, competencies: Number(v.weights.competencies) / 100 },
        minMonthsWorked: Number(v.minMonthsWorked),
        deadlines: v.deadlines,
        appealDays: Number(v.appealDays),
        extraordinaryDays: Number(v.extraordinaryDays),
        promotion: {
          grades: v.promotion.grades.map(Number),
          times: Number(v.promotion.times),
          withinYears: Number(v.promotion.withinYears),
        },
        registerPrefix: v.registerPrefix.trim(),
      } satisfies AppraisalRules),
    onSuccess: (saved) => {
      store(saved);
      notifySuccess(t('rules.saved'));
      onClose();
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  const gradeName = (value: number) => gradeLabel(rules, value, locale);
  const number = (path: string, label: string, min: number, max: number, extra?: object) => (
    <NumberInput
      label={label}
      min={min}
      max={max}
      allowNegative={false}
      allowDecimal={false}
      {...extra}
      {...form.getInputProps(path)}
    />
  );

  return (
    <Modal opened onClose={onClose} title={t('rules.editTitle')} centered size="xl">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <Part title={t('rules.grades')}>
            {rules.grades.map((g, i) => (
              <LocalTextFields
                key={g.code}
                form={form}
                prefix={`grades.${i}.`}
                label={t('rules.gradeLabel', { value: g.value })}
                required
              />
            ))}
          </Part>
          <Part title={t('rules.bands')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {rules.bands.map((b, i) => (
                <NumberInput
                  key={`${b.grade}-${b.minScore}`}
                  label={t('rules.bandLabel', { grade: gradeName(b.grade) })}
                  decimalScale={2}
                  min={0}
                  max={10}
                  {...form.getInputProps(`bands.${i}.minScore`)}
                />
              ))}
            </SimpleGrid>
          </Part>
          <Part title={t('rules.weights')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {number('weights.goals', t('rules.goalsWeight'), 0, 100, { suffix: ' %' })}
              {number('weights.competencies', t('rules.competenciesWeight'), 0, 100, { suffix: ' %' })}
            </SimpleGrid>
            {form.errors.weights ? (
              <Text size="xs" c="red" role="alert">
                {form.errors.weights}
              </Text>
            ) : null}
          </Part>
          <Part title={t('rules.deadlines')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {(['goals', 'interim', 'final'] as const).map((step) => (
                <MonthDayField
                  key={step}
                  label={t(`rules.deadline.${step}`)}
                  value={form.values.deadlines[step]}
                  onChange={(value) => form.setFieldValue(`deadlines.${step}`, value)}
                  error={form.errors[`deadlines.${step}`]}
                />
              ))}
            </SimpleGrid>
          </Part>
          <Part title={t('rules.timesAndDays')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {number('minMonthsWorked', t('rules.minMonthsWorked'), 0, 12)}
              {number('appealDays', t('rules.appealDays'), 1, 90)}
              {number('extraordinaryDays', t('rules.extraordinaryDays'), 1, 365)}
            </SimpleGrid>
          </Part>
          <Part title={t('rules.promotion')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {number('promotion.times', t('rules.promotionTimes'), 1, 10)}
              {number('promotion.withinYears', t('rules.promotionYears'), 1, 10)}
            </SimpleGrid>
            <Checkbox.Group label={t('rules.promotionGrades')} {...form.getInputProps('promotion.grades')}>
              <Group gap="lg" mt={4}>
                {rules.grades.map((g) => (
                  <Checkbox key={g.code} value={String(g.value)} label={gradeName(g.value)} />
                ))}
              </Group>
            </Checkbox.Group>
          </Part>
          <TextInput
            label={t('rules.registerPrefix')}
            description={t('rules.registerPrefixHint')}
            required
            w={{ base: '100%', sm: 240 }}
            {...form.getInputProps('registerPrefix')}
          />
          <DialogActions
            submitLabel={tc('actions.save')}
            onCancel={onClose}
            loading={save.isPending}
            testId="rules-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
