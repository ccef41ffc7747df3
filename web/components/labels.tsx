import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgKind, Role } from '../../contracts/access';

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="blue" tt="none" radius="sm">
      {t(`roles.${role}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray" tt="none" radius="sm">
      {t(`orgKinds.${kind}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: 'active' | 'disabled' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={status === 'active' ? 'green' : 'gray'} tt="none" radius="sm">
      {t(`userStatus.${status}`)}
    </Badge>
  );
}
