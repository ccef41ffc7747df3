import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Answer, Law } from '../../../contracts/advisory-answers';
import type { QuestionDetail } from '../../../contracts/advisory-questions';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { useRefreshQuestions } from './advisory-queries';
import { questionSide } from './advisory-side';
import { MessageDialog, type MessageRequest } from './message-dialog';

type Move = 'claim' | 'release' | 'accept' | 'withdraw' | 'follow' | 'unfollow';
const open = ['submitted', 'claimed', 'needs_info'];
const urls = { askBack: 'ask-back', reply: 'reply', answer: 'answer' } as const;
/** Button keys (also their test ids) whose label key is spelled differently. */
const labels: Record<string, string> = { 'ask-back': 'askBack', 'follow-up': 'followUp' };
type Action = { key: string; run: Move | (() => void); primary?: boolean; show: boolean };

/** The moves the reader's side may make in the question's status; the rest are not shown. */
export function QuestionActions({ question, laws }: { question: QuestionDetail; laws: Law[] }) {
  const { t } = useTranslation('advisory');
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshQuestions();
  const [dialog, setDialog] = useState<MessageRequest | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const side = questionSide(me, question);
  const path = `/questions/${question.id}`;
  const { status } = question;

  const move = useMutation({
    mutationFn: (m: Move) => (m === 'unfollow' ? api.delete(`${path}/follow`) : api.post(`${path}/${m}`)),
    onSuccess: async (_, m) => {
      await refresh();
      setWithdrawing(false);
      notifySuccess(t(`done.${m}`));
    },
    onError: (error) => reportError(error),
  });
  const publication = useMutation({
    mutationFn: () => api.post<Answer>(`${path}/publication`),
    onSuccess: async (answer) => {
      await refresh();
      void navigate(`/knowledge/manage/${answer.id}`);
    },
    onError: (error) => reportError(error),
  });
  const message = (kind: 'askBack' | 'reply' | 'answer', withLaws = false): MessageRequest => ({
    title: t(`${kind}.title`),
    message: t(`${kind}.message`),
    label: t(`${kind}.label`),
    submitLabel: t(`${kind}.submit`),
    lawRefs: withLaws
      ? { laws, initial: question.lawRefs.map((r) => ({ lawId: r.lawId, article: r.article })) }
      : undefined,
    send: (body) => api.post(`${path}/${urls[kind]}`, body),
    onDone: () => {
      void refresh();
      notifySuccess(t(`${kind}.done`));
    },
    testId: `question-${urls[kind]}`,
  });
  const answering = side.handles && status === 'claimed';
  const actions: Action[] = [
    {
      key: 'claim',
      run: 'claim',
      primary: true,
      show: side.expert && (status === 'submitted' || (status === 'claimed' && !side.mine && side.reassigns)),
    },
    { key: 'answer', run: () => setDialog(message('answer', true)), primary: true, show: answering },
    { key: 'ask-back', run: () => setDialog(message('askBack')), show: answering },
    { key: 'release', run: 'release', show: answering },
    {
      key: status === 'answered' ? 'follow-up' : 'reply',
      run: () => setDialog(message('reply')),
      primary: status === 'needs_info',
      show: side.asker && (status === 'needs_info' || status === 'answered'),
    },
    { key: 'accept', run: 'accept', primary: true, show: side.asker && status === 'answered' },
    { key: 'withdraw', run: () => setWithdrawing(true), show: side.asker && open.includes(status) },
    {
      key: question.following ? 'unfollow' : 'follow',
      run: question.following ? 'unfollow' : 'follow',
      show: true,
    },
  ];
  const buttons = actions
    .filter((a) => a.show)
    .map(({ key, run, primary }) => (
      <Button
        key={key}
        variant={primary ? 'filled' : 'default'}
        onClick={() => (typeof run === 'string' ? move.mutate(run) : run())}
        loading={typeof run === 'string' && move.isPending && move.variables === run}
        data-testid={`question-${key}`}
      >
        {t(`actions.${labels[key] ?? key}`)}
      </Button>
    ));

  return (
    <>
      <Group gap="sm">
        {buttons}
        {side.expert && question.answerId ? (
          <Button
            component={Link}
            to={`/knowledge/manage/${question.answerId}`}
            variant="light"
            data-testid="question-knowledge"
          >
            {t('actions.openKnowledge')}
          </Button>
        ) : side.expert && (status === 'answered' || status === 'accepted') ? (
          <Button
            variant="light"
            loading={publication.isPending}
            onClick={() => publication.mutate()}
            data-testid="question-publication"
          >
            {t('actions.prepareKnowledge')}
          </Button>
        ) : null}
      </Group>
      {dialog ? <MessageDialog {...dialog} onClose={() => setDialog(null)} /> : null}
      <ConfirmModal
        opened={withdrawing}
        title={t('withdraw.title')}
        message={t('withdraw.message')}
        confirmLabel={t('actions.withdraw')}
        danger
        loading={move.isPending}
        onConfirm={() => move.mutate('withdraw')}
        onClose={() => setWithdrawing(false)}
      />
    </>
  );
}
