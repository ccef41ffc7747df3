import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { useFileSize, useFormat } from '../../app/format';
import { useKnowledgeText } from '../knowledge/knowledge-labels';

/** How a document is described in a list and on its page, in the reader's language. */
export function useDocumentFacts() {
  const { t } = useTranslation('library');
  const format = useFormat();
  const size = useFileSize();
  const text = useKnowledgeText();
  return {
    title: (d: LibraryDocument) => text.text(d, d.title),
    /** A text of the document (summary, excerpt) in the reader's script where that is lossless. */
    text: (d: LibraryDocument, value: string) => text.text(d, value),
    lang: (d: LibraryDocument) => text.lang(d),
    language: (d: LibraryDocument) => t(`languages.${d.locale}`),
    topics: (d: LibraryDocument) => d.topics.map((code) => text.area(d.countryCode, code)).join(', '),
    publisher: (d: LibraryDocument) =>
      format.name({ name: d.organisationName, nameLatin: d.organisationNameLatin }),
    version: (d: LibraryDocument) =>
      t('facts.version', { version: d.current.version, date: format.date(d.current.uploadedAt) }),
    size: (d: LibraryDocument) => size(d.current.size),
    downloads: (d: LibraryDocument) => t('facts.downloads', { count: d.downloads }),
  };
}
