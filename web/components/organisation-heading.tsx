import { Text } from '@mantine/core';
import { useFormat } from '../app/format';
import type { useOrganisationScope } from '../app/organisation-scope';
import { OrganisationSelect } from './organisation-select';

type Props = {
  scope: ReturnType<typeof useOrganisationScope>;
  label: string;
  placeholder: string;
  /** What the page holds for the organisation shown, given its name in the reader's script. */
  intro: (organisation: string) => string;
  testId: string;
};

/** The top of a municipal page: the picker for readers who choose whose records to see, and a line saying whose they are. */
export function OrganisationHeading({ scope, label, placeholder, intro, testId }: Props) {
  const format = useFormat();
  return (
    <>
      {scope.picks ? (
        <OrganisationSelect
          label={label}
          placeholder={placeholder}
          value={scope.organisationId}
          onChange={(id) => scope.setOrganisationId(id)}
          w={{ base: '100%', sm: 360 }}
          data-testid={testId}
        />
      ) : null}
      {scope.organisation.data ? (
        <Text c="dimmed" size="sm" maw={800}>
          {intro(format.name(scope.organisation.data))}
        </Text>
      ) : null}
    </>
  );
}
