import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdviceArea } from '../../../contracts/advisory-pack';
import type { Question } from '../../../contracts/advisory-questions';
import { useFormat } from '../../app/format';
import type { usePagedList } from '../../app/queries';
import { PagedTable } from '../../components/paged-table';
import { DueDate, QuestionStatusBadge, useAreaNames, useReadableText } from './advisory-labels';

type Props = {
  list: ReturnType<typeof usePagedList<Question>>;
  filtered: boolean;
  areas: AdviceArea[] | undefined;
  /** The experts' view names the asking municipality; the municipality's own view does not need to. */
  showMunicipality: boolean;
  empty: { title: string; description: string };
};

/** Questions: reference, title, area, status, due date (with "overdue" in words) and the adviser. */
export function QuestionsTable({ list, filtered, areas, showMunicipality, empty }: Props) {
  const { t } = useTranslation('advisory');
  const format = useFormat();
  const areaName = useAreaNames(areas);
  const columns = ['reference', 'title', 'area', 'status', 'due', 'expert'] as const;
  return (
    <PagedTable
      list={list}
      filtered={filtered}
      empty={empty}
      minWidth={860}
      head={columns.map((c) => (
        <Table.Th key={c} scope="col">
          {t(`columns.${c}`)}
        </Table.Th>
      ))}
    >
      {(q) => (
        <Table.Tr key={q.id} data-testid="question-row">
          <Table.Td>
            <Anchor component={Link} to={`/advice/${q.id}`} fw={500} style={{ whiteSpace: 'nowrap' }}>
              {q.reference}
            </Anchor>
          </Table.Td>
          <Table.Td miw={220}>
            <QuestionTitle question={q} />
            {showMunicipality ? (
              <Text size="xs" c="dimmed">
                {format.name({ name: q.organisationName, nameLatin: q.organisationNameLatin })}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td>
            <Text size="sm">{areaName(q.areaCode, q.subtopicCode)}</Text>
          </Table.Td>
          <Table.Td>
            <QuestionStatusBadge status={q.status} />
          </Table.Td>
          <Table.Td>
            <DueDate question={q} />
          </Table.Td>
          <Table.Td>{q.expertName ?? '—'}</Table.Td>
        </Table.Tr>
      )}
    </PagedTable>
  );
}

function QuestionTitle({ question }: { question: Question }) {
  const readable = useReadableText(question.countryCode);
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {readable(question.title)}
    </Text>
  );
}
