import { Badge, Box, Button, Group, Menu, Modal, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrgUnit } from '../../../contracts/organisations';
import { useFormat } from '../../app/format';
import { useOrgUnits } from '../../app/queries';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { OrgUnitFormModal, OrgUnitMoveModal, useDeleteUnit } from './org-unit-dialogs';

type Dialog =
  | { kind: 'create'; parent: OrgUnit | null }
  | { kind: 'edit'; unit: OrgUnit }
  | { kind: 'move'; unit: OrgUnit }
  | { kind: 'delete'; unit: OrgUnit; hasChildren: boolean };

type TreeProps = {
  parentId: string | null;
  childrenOf: Map<string | null, OrgUnit[]>;
  canManage: boolean;
  open: (dialog: Dialog) => void;
};

/** Nested lists: screen readers announce each level; indentation shows it on screen. */
function UnitList({ parentId, childrenOf, canManage, open }: TreeProps) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const items = childrenOf.get(parentId) ?? [];
  if (items.length === 0) return null;
  return (
    <Box
      component="ul"
      m={0}
      p={0}
      pl={parentId ? 'lg' : 0}
      style={{
        listStyle: 'none',
        borderLeft: parentId ? '1px solid var(--mantine-color-gray-3)' : undefined,
      }}
    >
      {items.map((unit) => {
        const name = format.name(unit);
        const hasChildren = (childrenOf.get(unit.id) ?? []).length > 0;
        return (
          <li key={unit.id} data-testid="org-unit" data-unit-name={name}>
            <Group className="tree-row" justify="space-between" wrap="nowrap" px="xs" py={6} gap="sm">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text fw={unit.depth === 0 ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
                  {name}
                </Text>
                {unit.code ? (
                  <Badge variant="outline" color="gray" tt="none" radius="sm">
                    {unit.code}
                  </Badge>
                ) : null}
              </Group>
              {canManage ? (
                <Menu position="bottom-end" withinPortal shadow="md">
                  <Menu.Target>
                    <UnstyledButton
                      aria-label={t('units.actionsFor', { name })}
                      px="xs"
                      py={2}
                      fz="sm"
                      c="blue.8"
                      style={{ borderRadius: 4, whiteSpace: 'nowrap' }}
                    >
                      {t('units.actions')} ▾
                    </UnstyledButton>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => open({ kind: 'create', parent: unit })}>
                      {t('units.addChild')}
                    </Menu.Item>
                    <Menu.Item onClick={() => open({ kind: 'edit', unit })}>{t('units.rename')}</Menu.Item>
                    <Menu.Item onClick={() => open({ kind: 'move', unit })}>
                      {t('units.moveAction')}
                    </Menu.Item>
                    <Menu.Item color="red.8" onClick={() => open({ kind: 'delete', unit, hasChildren })}>
                      {t('units.delete')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Group>
            <UnitList parentId={unit.id} childrenOf={childrenOf} canManage={canManage} open={open} />
          </li>
        );
      })}
    </Box>
  );
}

/** The organisation's units as a tree, with add / rename / move / delete for those who manage them. */
export function OrgUnitTree({ organisation, canManage }: { organisation: Organisation; canManage: boolean }) {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const units = useOrgUnits(organisation.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const remove = useDeleteUnit(organisation.id, close);

  const items = units.data?.items ?? [];
  const childrenOf = new Map<string | null, OrgUnit[]>();
  for (const u of items) childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('units.title')}
        </Title>
        {canManage ? (
          <Button variant="light" onClick={() => setDialog({ kind: 'create', parent: null })}>
            {t('units.add')}
          </Button>
        ) : null}
      </Group>
      {units.isPending ? (
        <LoadingState />
      ) : units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : items.length === 0 ? (
        <EmptyNotice
          title={t('units.empty')}
          description={canManage ? t('units.emptyHintManage') : t('units.emptyHint')}
        />
      ) : (
        <Box aria-label={t('units.title')} role="region">
          <UnitList parentId={null} childrenOf={childrenOf} canManage={canManage} open={setDialog} />
        </Box>
      )}

      {dialog?.kind === 'create' ? (
        <OrgUnitFormModal organisation={organisation} parent={dialog.parent} onClose={close} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <OrgUnitFormModal organisation={organisation} unit={dialog.unit} onClose={close} />
      ) : null}
      {dialog?.kind === 'move' ? (
        <OrgUnitMoveModal organisation={organisation} unit={dialog.unit} units={items} onClose={close} />
      ) : null}
      {dialog?.kind === 'delete' && dialog.hasChildren ? (
        <Modal opened onClose={close} title={t('units.deleteTitle')} centered>
          <Stack>
            <Text size="sm">{t('units.deleteBlocked', { name: format.name(dialog.unit) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                {tc('actions.close')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
      {dialog?.kind === 'delete' && !dialog.hasChildren ? (
        <ConfirmModal
          opened
          danger
          title={t('units.deleteTitle')}
          message={t('units.deleteConfirm', { name: format.name(dialog.unit) })}
          confirmLabel={t('units.delete')}
          loading={remove.isPending}
          onConfirm={() => remove.mutate(dialog.unit)}
          onClose={close}
        />
      ) : null}
    </Stack>
  );
}
