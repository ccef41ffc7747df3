import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicTrainer } from '../../../contracts/learning-trainers';
import { useFormat } from '../../app/format';
import type { usePagedList } from '../../app/queries';
import { PagedTable } from '../../components/paged-table';
import { TrainerStatusBadge, useCatalogueText } from './catalogue-labels';

type Props<T extends PublicTrainer> = {
  list: ReturnType<typeof usePagedList<T>>;
  filtered: boolean;
  empty: { title: string; description: string };
  /** The in-app register links each name to the trainer's page; the public one names them only. */
  linkTo?: (trainer: T) => string;
};

/** Accredited trainers: name, kinds, areas, body, accreditation number and expiry, status. */
export function TrainerTable<T extends PublicTrainer>({ list, filtered, empty, linkTo }: Props<T>) {
  const { t } = useTranslation('catalogue');
  const format = useFormat();
  const text = useCatalogueText();
  return (
    <PagedTable
      list={list}
      filtered={filtered}
      empty={empty}
      minWidth={900}
      head={
        <>
          <Table.Th scope="col">{t('fields.name')}</Table.Th>
          <Table.Th scope="col">{t('fields.kinds')}</Table.Th>
          <Table.Th scope="col">{t('fields.topicAreas')}</Table.Th>
          <Table.Th scope="col">{t('fields.body')}</Table.Th>
          <Table.Th scope="col">{t('fields.accreditationNumber')}</Table.Th>
          <Table.Th scope="col">{t('fields.accreditedUntil')}</Table.Th>
          <Table.Th scope="col">{t('fields.status')}</Table.Th>
        </>
      }
    >
      {(trainer) => {
        const name = format.name(trainer);
        return (
          <Table.Tr key={trainer.id} data-testid="trainer-row">
            <Table.Td fw={500}>
              {linkTo ? (
                <Anchor component={Link} to={linkTo(trainer)} fw={500}>
                  {name}
                </Anchor>
              ) : (
                name
              )}
            </Table.Td>
            <Table.Td>{text.kinds(trainer.kinds)}</Table.Td>
            <Table.Td>
              <Text size="sm">
                {trainer.topicAreas.map((a) => text.topicArea(a, trainer.countryCode)).join(', ')}
              </Text>
            </Table.Td>
            <Table.Td>{trainer.organisationName}</Table.Td>
            <Table.Td>{trainer.accreditationNumber}</Table.Td>
            <Table.Td>{format.date(trainer.accreditedUntil)}</Table.Td>
            <Table.Td>
              <TrainerStatusBadge status={trainer.status} />
            </Table.Td>
          </Table.Tr>
        );
      }}
    </PagedTable>
  );
}
