import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Employee } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { useOrganisationScope } from '../../app/organisation-scope';

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

/** Whose people the directory shows; `selfOnly` is a reader who may see no file but their own. */
export const usePeopleOrganisation = () => useOrganisationScope('employees.read', 'employees.manage');
