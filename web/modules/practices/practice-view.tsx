import { Anchor, Badge, Group, List, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/access';
import type { PublicPractice } from '../../../contracts/practices';
import { useLocale } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { FileSection } from '../people/file-section';
import { scoreCriteria, usePracticeText } from './practice-labels';

type Texts = Pick<PublicPractice, 'title' | 'summary' | 'background' | 'practice' | 'results'> & {
  locale: Locale;
};

const language = (locale: Locale) => locale.split('-')[0];

/** The texts to show: the translation's where it has them, the original's otherwise. */
function textsOf(p: PublicPractice, translated: boolean): Texts {
  const tr = p.translation;
  if (!translated || !tr) return p;
  return {
    locale: tr.locale,
    title: tr.title,
    summary: tr.summary,
    background: tr.background || p.background,
    practice: tr.practice || p.practice,
    results: tr.results || p.results,
  };
}

/** A practice's title in the language the reader reads best: the translation when it is in theirs. */
export function usePracticeVersion(p: PublicPractice) {
  const locale = useLocale();
  const prefersTranslation =
    p.translation !== null &&
    language(p.translation.locale) === language(locale) &&
    language(p.locale) !== language(locale);
  const [translated, setTranslated] = useState(prefersTranslation);
  return { translated, setTranslated, texts: textsOf(p, translated) };
}

/** Everything a practice says: the three sections, who did it, links, contact, and the judgement. */
export function PracticeView({
  practice: p,
  version,
}: {
  practice: PublicPractice;
  version: ReturnType<typeof usePracticeVersion>;
}) {
  const { t } = useTranslation('practices');
  const text = usePracticeText();
  const { texts } = version;
  const show = (value: string) => text.text(texts.locale, value);
  const lang = text.lang(texts.locale);
  return (
    <Stack gap="lg" maw={900}>
      {p.translation ? (
        <Group gap="sm">
          <Text size="sm" id="practice-version-label">
            {t('view.version')}
          </Text>
          <SegmentedControl
            aria-labelledby="practice-version-label"
            value={version.translated ? 'translation' : 'original'}
            onChange={(v) => version.setTranslated(v === 'translation')}
            data={[
              { value: 'original', label: t(`languages.${p.locale}`) },
              { value: 'translation', label: t(`languages.${p.translation.locale}`) },
            ]}
            data-testid="practice-version"
          />
        </Group>
      ) : null}
      <Text fw={500} lang={lang} className="pre-wrap">
        {show(texts.summary)}
      </Text>
      <DetailList
        items={[
          { label: t('fields.municipality'), value: text.municipality(p) },
          { label: t('fields.category'), value: text.category(p.countryCode, p.categoryCode) },
          { label: t('fields.period'), value: text.period(p) },
          { label: t('fields.initiator'), value: text.text(p.locale, p.initiator) },
          { label: t('fields.partners'), value: p.partners ? text.text(p.locale, p.partners) : '—' },
        ]}
      />
      {(['background', 'practice', 'results'] as const).map((section) => (
        <FileSection key={section} title={t(`fields.${section}`)}>
          <Text className="pre-wrap" lang={lang} data-testid={`practice-${section}`}>
            {show(texts[section])}
          </Text>
        </FileSection>
      ))}
      {p.links.length > 0 ? (
        <FileSection title={t('fields.links')}>
          <List spacing="xs" listStyleType="none" p={0}>
            {p.links.map((link) => (
              <List.Item key={link.url}>
                <Group gap="xs" wrap="nowrap">
                  <Badge variant="light" color="gray" tt="none" radius="sm">
                    {t(`linkKinds.${link.kind}`)}
                  </Badge>
                  <Anchor
                    href={link.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {link.label || link.url}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        </FileSection>
      ) : null}
      <FileSection title={t('fields.contact')}>
        <DetailList
          items={[
            { label: t('fields.contactName'), value: text.text(p.locale, p.contactName) },
            {
              label: t('fields.contactEmail'),
              value: <Anchor href={`mailto:${p.contactEmail}`}>{p.contactEmail}</Anchor>,
            },
            { label: t('fields.contactPhone'), value: p.contactPhone || '—' },
          ]}
        />
      </FileSection>
      {p.scores ? (
        <FileSection title={t('scores.title')}>
          <Text size="sm" c="dimmed">
            {t('scores.intro')}
          </Text>
          <DetailList
            items={scoreCriteria.map((c) => ({
              label: t(`scores.${c}`),
              value: <span data-testid={`score-${c}`}>{t('scores.value', { score: p.scores?.[c] })}</span>,
            }))}
          />
        </FileSection>
      ) : null}
    </Stack>
  );
}
