import {
  Anchor,
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { Permission } from '../../contracts/access';
import { LanguageSwitcher } from '../components/language-switcher';
import { NotificationBell } from '../modules/notifications/notification-bell';
import { useMe, useSession } from './session-context';

type NavItem = { to: string; label: string; permission?: Permission; exact?: boolean };

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return (
    parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts.at(-1)?.[0] ?? ''}` : (parts[0]?.slice(0, 2) ?? '')
  ).toUpperCase();
}

/** Moves keyboard focus past the header and navigation, to the page content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('shell.skipToContent')}
    </a>
  );
}

export function Brand() {
  return (
    <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never" aria-label="Kadar">
      Kadar
    </Anchor>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={t('shell.userMenu', { name: me.user.name })}
          data-testid="user-menu"
          p={4}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} radius="xl" color="blue" aria-hidden="true">
              {initials(me.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" maw={180} truncate>
              {me.user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/notifications">
          {t('network:nav.notificationSettings')}
        </Menu.Item>
        <Menu.Item
          data-testid="logout"
          onClick={() => {
            void logout().then(() => navigate('/login'));
          }}
        >
          {t('actions.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The signed-in frame: header (brand, language, user menu), navigation by permission, and <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const { can } = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  // After moving to another page: close the mobile menu and put focus at the start of the content,
  // so keyboard and screen-reader users land on the new page rather than on the link they used.
  const firstRender = useRef(true);
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (location.pathname) document.getElementById('main')?.focus({ preventScroll: false });
  }, [location.pathname, close]);

  // Grouped by the work they serve, so a long menu still reads at a glance.
  const groups: Array<{ label: string | null; items: NavItem[] }> = [
    { label: null, items: [{ to: '/', label: t('nav.home'), exact: true }] },
    {
      label: t('nav.groups.hr'),
      items: [
        { to: '/employees', label: t('nav.employees'), permission: 'employees.read' },
        { to: '/systematisations', label: t('nav.systematisations'), permission: 'positions.read' },
        { to: '/hr-plans', label: t('nav.hrPlans'), permission: 'hr-plans.read' },
        { to: '/appraisals', label: t('nav.appraisals'), permission: 'appraisals.read' },
        { to: '/competencies', label: t('nav.competencies'), permission: 'competencies.read' },
        { to: '/reports', label: t('nav.reports'), permission: 'reports.read' },
      ],
    },
    {
      label: t('nav.groups.learning'),
      items: [
        { to: '/my-learning', label: t('nav.myLearning'), permission: 'learning.read' },
        { to: '/approvals/trainings', label: t('nav.trainingApprovals'), permission: 'learning.approve' },
        { to: '/programmes', label: t('nav.catalogue'), permission: 'learning.read' },
        { to: '/sessions', label: t('nav.sessions'), permission: 'learning.read' },
        { to: '/training-requests', label: t('nav.trainingRequests'), permission: 'learning.manage' },
        { to: '/training-needs', label: t('nav.trainingNeeds'), permission: 'learning.manage' },
        { to: '/development-plans', label: t('nav.developmentPlans'), permission: 'learning.read' },
        { to: '/annual-programmes', label: t('nav.annualProgrammes'), permission: 'learning.read' },
        { to: '/trainers', label: t('nav.trainers'), permission: 'learning.read' },
      ],
    },
    {
      label: t('nav.groups.network'),
      items: [
        {
          to: '/advice',
          label: t('nav.advice'),
          permission: can('advice.ask') ? 'advice.ask' : 'advice.answer',
        },
        { to: '/knowledge', label: t('nav.knowledge') },
        { to: '/library', label: t('nav.library') },
        { to: '/practices', label: t('nav.practices'), exact: true },
        { to: '/practices/mine', label: t('nav.myPractices'), permission: 'practices.submit' },
        { to: '/practices/moderation', label: t('nav.practiceModeration'), permission: 'practices.moderate' },
        { to: '/news', label: t('nav.news') },
        { to: '/bulletin/manage', label: t('nav.bulletin'), permission: 'news.publish' },
        { to: '/laws', label: t('nav.laws'), permission: 'advice.answer' },
        { to: '/network/directory', label: t('network:nav.directory'), permission: 'network.directory' },
      ],
    },
    {
      label: t('nav.groups.administration'),
      items: [
        { to: '/organisations', label: t('nav.organisations'), permission: 'organisations.read' },
        { to: '/users', label: t('nav.users'), permission: 'users.read' },
        { to: '/audit', label: t('nav.audit'), permission: 'audit.read' },
        { to: '/outbox', label: t('nav.outbox'), permission: 'outbox.read' },
      ],
    },
  ];
  const visible = groups
    .map((g) => ({ ...g, items: g.items.filter((item) => !item.permission || can(item.permission)) }))
    .filter((g) => g.items.length > 0);
  const isActive = (item: NavItem) =>
    item.exact
      ? location.pathname === item.to
      : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Brand />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('shell.mainNavigation')}>
        <ScrollArea>
          {visible.map((group) => (
            <div key={group.label ?? 'start'}>
              {group.label ? (
                <Text size="xs" fw={700} c="gray.7" tt="uppercase" px="sm" mt="md" mb={4}>
                  {group.label}
                </Text>
              ) : null}
              {group.items.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={isActive(item)}
                  aria-current={isActive(item) ? 'page' : undefined}
                  variant="filled"
                  styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
                />
              ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** The frame of the pages reachable without a full session (login, password reset, forced change). */
export function PublicLayout({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Brand />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            {actions}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
