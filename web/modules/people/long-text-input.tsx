import { Textarea, type TextareaProps } from '@mantine/core';

/** Free text of a request or an answer: grows with its content, up to the 2000 characters allowed. */
export function LongTextInput(props: TextareaProps & { 'data-testid'?: string }) {
  return <Textarea autosize minRows={2} maxLength={2000} {...props} />;
}
