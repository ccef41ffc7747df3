import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionDetail } from '../../../contracts/advisory-questions';
import { useFormat } from '../../app/format';
import { useReadableText } from './advisory-labels';

const kindColours = { ask_back: 'orange', reply: 'blue', answer: 'teal' } as const;

/** The question, then every turn of the conversation, oldest first. */
export function QuestionThread({ question }: { question: QuestionDetail }) {
  const { t } = useTranslation('advisory');
  const format = useFormat();
  const readable = useReadableText(question.countryCode);
  return (
    <Stack gap="sm" component="section" aria-labelledby="thread-heading">
      <Title order={2} size="h4" id="thread-heading">
        {t('detail.thread')}
      </Title>
      <Turn
        kind={t('detail.question')}
        author={question.askedByName}
        at={format.dateTime(question.submittedAt)}
        text={readable(question.text)}
        testId="question-text"
      />
      {question.messages.map((m) => (
        <Turn
          key={m.id}
          kind={t(`messageKinds.${m.kind}`)}
          colour={kindColours[m.kind]}
          author={m.authorName}
          at={format.dateTime(m.createdAt)}
          text={readable(m.text)}
          testId={`message-${m.kind}`}
          indent
        />
      ))}
      {question.messages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.noMessages')}
        </Text>
      ) : null}
    </Stack>
  );
}

type TurnProps = {
  kind: string;
  colour?: string;
  author: string;
  at: string;
  text: string;
  testId: string;
  indent?: boolean;
};

function Turn({ kind, colour = 'gray', author, at, text, testId, indent }: TurnProps) {
  return (
    <Card
      withBorder
      padding="md"
      ml={indent ? { base: 0, sm: 'xl' } : 0}
      component="article"
      data-testid={testId}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Badge variant="light" color={colour} tt="none" radius="sm">
              {kind}
            </Badge>
            <Text size="sm" fw={600}>
              {author}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {at}
          </Text>
        </Group>
        <Text size="sm" className="pre-wrap" style={{ overflowWrap: 'anywhere' }}>
          {text}
        </Text>
      </Stack>
    </Card>
  );
}
