import { Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ImportMapping,
  ImportPreview,
  ImportResult,
  ImportUpload,
} from '../../../contracts/employee-import';
import { ApiError } from '../../app/api-client';
import { reportError } from '../../app/problems';
import { ImportFileStep } from './import-file-step';
import { cleanMapping, startingMapping } from './import-mapping';
import { ImportMappingStep } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { confirmImport, previewImport } from './import-requests';
import { ImportResultStep } from './import-result-step';
import { StepFocus } from './step-focus';

const steps = { file: 0, mapping: 1, preview: 2, result: 3 } as const;

/** The four steps of one import into one municipality: file, columns, preview, result. */
export function ImportWizard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('import');
  const queryClient = useQueryClient();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [active, setStep] = useState<number>(steps.file);
  // Focus follows a change of step, but not the first render (the page's own focus order rules there).
  const moved = useRef(false);
  const setActive = (step: number) => {
    moved.current = true;
    setStep(step);
  };
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  // Kept across a corrected file: the person chose these columns once.
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const check = useMutation({
    mutationFn: (args: { id: string; mapping: ImportMapping }) => previewImport(args.id, args.mapping),
    onSuccess: (checked) => {
      setPreview(checked);
      setActive(steps.preview);
    },
    onError: (error) => reportError(error),
  });
  const apply = useMutation({
    mutationFn: (args: { id: string; mapping: ImportMapping }) => confirmImport(args.id, args.mapping),
    onSuccess: (done) => {
      setResult(done);
      setActive(steps.result);
      void queryClient.invalidateQueries({ queryKey: ['employees'] });
    },
    onError: (error, args) => {
      reportError(error);
      // The data changed since the preview (another import, an edit): show the current errors.
      if (error instanceof ApiError && error.code === 'import_has_errors') check.mutate(args);
    },
  });
  const busy = check.isPending || apply.isPending;

  const onUploaded = (uploaded: ImportUpload) => {
    setUpload(uploaded);
    setMapping(startingMapping(uploaded, mapping));
    setPreview(null);
    setActive(steps.mapping);
  };
  const restart = () => {
    setUpload(null);
    setMapping(null);
    setPreview(null);
    setResult(null);
    setActive(steps.file);
  };
  // Going back is allowed until the import is applied; forward only through the buttons.
  const goTo = (step: number) => {
    if (!busy && active !== steps.result && step < active) setActive(step);
  };
  const current = upload && mapping ? { id: upload.id, mapping: cleanMapping(mapping) } : null;

  return (
    <Stepper
      active={active}
      onStepClick={goTo}
      allowNextStepsSelect={false}
      orientation={narrow ? 'vertical' : 'horizontal'}
      size="sm"
      data-testid="import-stepper"
    >
      <Stepper.Step label={t('steps.file')} description={t('steps.fileHint')}>
        <StepFocus focus={moved.current} label={t('steps.file')}>
          <ImportFileStep
            organisationId={organisationId}
            previousFileName={upload?.fileName ?? null}
            onUploaded={onUploaded}
          />
        </StepFocus>
      </Stepper.Step>
      <Stepper.Step label={t('steps.mapping')} description={t('steps.mappingHint')}>
        {upload && mapping ? (
          <StepFocus focus={moved.current} label={t('steps.mapping')}>
            <ImportMappingStep
              upload={upload}
              mapping={mapping}
              onChange={setMapping}
              checking={check.isPending}
              onCheck={() => current && check.mutate(current)}
              onBack={() => setActive(steps.file)}
            />
          </StepFocus>
        ) : null}
      </Stepper.Step>
      <Stepper.Step label={t('steps.preview')} description={t('steps.previewHint')}>
        {preview ? (
          <StepFocus focus={moved.current} label={t('steps.preview')}>
            <ImportPreviewStep
              preview={preview}
              importing={apply.isPending}
              onConfirm={() => current && apply.mutate(current)}
              onBackToMapping={() => setActive(steps.mapping)}
              onCorrectedFile={() => setActive(steps.file)}
            />
          </StepFocus>
        ) : null}
      </Stepper.Step>
      <Stepper.Step label={t('steps.result')} description={t('steps.resultHint')}>
        {result ? (
          <StepFocus focus={moved.current} label={t('steps.result')}>
            <ImportResultStep result={result} onAnother={restart} />
          </StepFocus>
        ) : null}
      </Stepper.Step>
    </Stepper>
  );
}
