import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The status being saved while a request runs (for the spinner on the right button). */
  pending: 'draft' | 'scheduled' | 'save' | null;
  /** Offers "Save as draft" beside the submit button (a session not yet announced). */
  onDraft?: () => void;
  /** Announce (a new or draft session) or just save (an announced one). */
  submit: 'announce' | 'save';
  onCancel: () => void;
  disabled?: boolean;
  testId: string;
};

/** The foot of a session form: Cancel, Save as draft, then Announce (Enter) or Save. */
export function SessionDialogActions({ pending, onDraft, submit, onCancel, disabled, testId }: Props) {
  const { t } = useTranslation('training-sessions');
  const { t: tc } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {tc('actions.cancel')}
      </Button>
      {onDraft ? (
        <Button
          variant="light"
          loading={pending === 'draft'}
          onClick={onDraft}
          data-testid={`${testId}-draft`}
        >
          {t('form.saveDraft')}
        </Button>
      ) : null}
      <Button
        type="submit"
        loading={pending === 'scheduled' || pending === 'save'}
        disabled={disabled}
        data-testid={`${testId}-submit`}
      >
        {submit === 'announce' ? t('form.announce') : tc('actions.save')}
      </Button>
    </Group>
  );
}
