import { Box, Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appraisalSteps } from './appraisal-steps';

/**
 * Where the appraisal stands among its steps: an ordered list (not buttons; nothing here is
 * clickable), the step under way marked for screen readers too. Wraps on narrow screens.
 */
export function AppraisalStepper({ current, workPlan }: { current: number; workPlan: boolean }) {
  const { t } = useTranslation('appraisals');
  return (
    <Group
      component="ol"
      gap="xs"
      aria-label={t('steps.label')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="appraisal-steps"
    >
      {appraisalSteps.map((step, i) => {
        const done = i < current;
        const now = i === current;
        const name = step === 'goals' && workPlan ? t('steps.workPlan') : t(`steps.${step}`);
        return (
          <Box component="li" key={step} aria-current={now ? 'step' : undefined}>
            <Group gap={6} wrap="nowrap">
              <ThemeIcon
                radius="xl"
                size="md"
                color={done ? 'green.9' : now ? 'blue.8' : 'gray.7'}
                variant={done || now ? 'filled' : 'outline'}
                aria-hidden="true"
              >
                <Text size="xs" fw={700}>
                  {done ? '✓' : i + 1}
                </Text>
              </ThemeIcon>
              <Text size="sm" fw={now ? 700 : 400} c={done || now ? undefined : 'dimmed'}>
                {name}
                <VisuallyHidden>
                  {done ? ` (${t('steps.done')})` : now ? ` (${t('steps.now')})` : ''}
                </VisuallyHidden>
              </Text>
              {i < appraisalSteps.length - 1 ? (
                <Text c="dimmed" aria-hidden="true" visibleFrom="sm">
                  →
                </Text>
              ) : null}
            </Group>
          </Box>
        );
      })}
    </Group>
  );
}
