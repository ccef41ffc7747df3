import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Post, PostKind } from '../../../contracts/news';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { fieldErrorSink } from '../people/form-errors';
import { useRefreshPosts } from './news-queries';
import { PostForm } from './post-form';
import { newPostValues, type PostValues, postBody, postValues } from './post-form-values';

type Props = {
  /** The post being edited, or none for a new one of `kind` by the body. */
  post: Post | null;
  kind: PostKind;
  bodyId: string;
  country: string;
  onClose: () => void;
};

const plural = (kind: PostKind) => (kind === 'event' ? 'events' : 'news');

/** Write a new news post or event as a draft, or change a saved one. */
export function PostDialog({ post, kind, bodyId, country, onClose }: Props) {
  const { t } = useTranslation('news');
  const locale = useLocale();
  const refresh = useRefreshPosts();
  const form = useForm<PostValues>({
    mode: 'controlled',
    initialValues: post ? postValues(post) : newPostValues(locale),
  });
  const save = useMutation({
    mutationFn: (values: PostValues) => {
      const body = postBody(kind, values);
      return post
        ? api.patch<Post>(`/${plural(kind)}/${post.id}`, body)
        : api.post<Post>(`/${plural(kind)}`, { organisationId: bodyId, kind, ...body });
    },
    onSuccess: async () => {
      notifySuccess(t('form.saved'));
      await refresh();
      onClose();
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });
  return (
    <Modal opened onClose={onClose} size="xl" title={t(post ? `form.edit.${kind}` : `form.new.${kind}`)}>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <PostForm form={form} kind={kind} country={country} />
          <DialogActions
            submitLabel={t('form.save')}
            loading={save.isPending}
            onCancel={onClose}
            testId="post-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
