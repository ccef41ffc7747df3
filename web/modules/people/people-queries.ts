import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Employee } from '../../../contracts/people';
import { roleRules } from '../../../contracts/roles';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';

/** Lists and files share this prefix, so one invalidation refreshes the directory and the open file. */
export const employeesKey = 'employees';

export function useEmployee(id: string) {
  return useQuery({
    queryKey: [employeesKey, 'one', id],
    queryFn: () => api.get<Employee>(`/employees/${id}`),
  });
}

/** After a change to a file: store the answer as the open file and reload the lists around it. */
export function useStoreEmployee() {
  const queryClient = useQueryClient();
  return useCallback(
    async (employee: Employee) => {
      queryClient.setQueryData([employeesKey, 'one', employee.id], employee);
      await queryClient.invalidateQueries({ queryKey: [employeesKey, 'list'] });
    },
    [queryClient],
  );
}

/**
 * Whose people the directory shows: the `organisationId` in the address, else the reader's own
 * municipality. Someone whose reach is global (a platform administrator) picks one. `selfOnly` is a
 * reader who may see no file but their own (the employee role).
 */
export function usePeopleOrganisation() {
  const me = useMe();
  const [param, setOrganisationId] = useUrlParam('organisationId');
  const reaches = me.memberships.map((m) => roleRules[m.role].permissions['employees.read']);
  const picks = reaches.includes('global');
  const selfOnly = reaches.every((r) => !r || r === 'self');
  const home = me.memberships.find((m) => m.orgKind !== 'national_body' && canOn(me, 'employees.read', m));
  const organisationId = param || home?.organisationId || null;
  const organisation = useOrganisation(organisationId);
  return {
    organisationId,
    setOrganisationId,
    organisation,
    picks,
    selfOnly,
    canManage: organisation.data
      ? canOn(me, 'employees.manage', {
          organisationId: organisation.data.id,
          countryCode: organisation.data.countryCode,
        })
      : false,
  };
}
