import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

type Tree = { [key: string]: string | Tree };
const texts = (locale: E2eLocale) =>
  JSON.parse(readFileSync(`locales/${locale}/catalogue.json`, 'utf8')) as Record<string, Tree>;
const text = (locale: E2eLocale, group: string, key: string) => (texts(locale)[group] as Tree)[key] as string;

type Programme = { id: string; code: string; title: { name: string; nameLatin: string; nameEn: string } };

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** A programme of the demo catalogue with an announced session, if there is one. */
async function programmeWithSessions(page: Page): Promise<string> {
  const sessions = (await (await page.request.get('/api/v1/public/sessions?limit=1')).json()).items as Array<{
    programmeId: string;
  }>;
  if (sessions[0]) return sessions[0].programmeId;
  const programmes = (await (await page.request.get('/api/v1/public/programmes?limit=1')).json())
    .items as Programme[];
  return programmes[0]?.id ?? '';
}

/** Signs in and switches to `locale`; gives back the language to restore (the choice is saved in the profile). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return { me, original: me.user.locale as E2eLocale };
}

test('a visitor finds a Cyrillic programme with a Latin query and opens it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const [sample] = (await (await page.request.get('/api/v1/public/programmes?country=RS&limit=1')).json())
    .items as Programme[];
  expect(sample, 'the demo catalogue of Serbia').toBeTruthy();
  if (!sample) return;
  await page.goto('/catalogue');
  await chooseLanguage(page, 'sr-Cyrl');
  // Typed in Latin without diacritics, as on a keyboard without Serbian letters.
  const latinWords = sample.title.nameLatin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'dj')
    .split(/\s+/)
    .slice(0, 2)
    .join(' ')
    .toLowerCase();
  await page.getByRole('searchbox').fill(latinWords);
  await expect(page).toHaveURL(/q=/);
  const card = page.getByTestId('programme-card').filter({ hasText: sample.title.name });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: sample.title.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.title.name);
  await expect(page.getByRole('region', { name: text('sr-Cyrl', 'materials', 'title') })).toBeVisible();
  await expect(page.getByRole('region', { name: text('sr-Cyrl', 'sessions', 'upcoming') })).toBeVisible();
  // A visitor is offered the sign-in, which brings them back here.
  await page.getByTestId('catalogue-sign-in').click();
  await expect(page).toHaveURL(/\/login\?next=%2Fcatalogue%2F/);
});

for (const locale of ['sr-Cyrl', 'bg', 'en'] as const) {
  test(`the public catalogue, a programme and the register of trainers in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/catalogue');
    await chooseLanguage(page, locale);
    await lookAtPage(page, locale, 'catalogue', '/catalogue');
    await expect(page.getByTestId('programme-card').first()).toBeVisible();
    await lookAtPage(page, locale, 'catalogue-bg', '/catalogue?country=BG&deliveryMode=in_person');
    const id = await programmeWithSessions(page);
    await lookAtPage(page, locale, 'catalogue-programme', `/catalogue/${id}`);
    await lookAtPage(page, locale, 'catalogue-trainers', '/catalogue/trainers');
    await expect(page.getByTestId('trainer-row').first()).toBeVisible();
    await lookAtPage(page, locale, 'catalogue-nothing-matches', '/catalogue?q=zzzzqqq');
    await expect(page.getByTestId('empty-state')).toBeVisible();

    // On a phone the page must not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await lookAtPage(page, locale, 'catalogue-phone', '/catalogue');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
  });

  test(`the national administrator's catalogue and register in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    const { original } = await signIn(page, 'napa@kadar.example', locale);
    await lookAtPage(page, locale, 'programmes', '/programmes');
    await expect(page.getByTestId('programme-row').first()).toBeVisible();
    await page.getByTestId('programme-new').click();
    await lookAtDialog(page, locale, 'programme-dialog');
    await page.keyboard.press('Escape');

    const mine = (await (await page.request.get('/api/v1/programmes?limit=200')).json()).items as Array<
      Programme & { ownerId: string }
    >;
    const napaId = (await (await page.request.get('/api/v1/me')).json()).memberships[0].organisationId;
    const own = mine.find((p) => p.ownerId === napaId) ?? mine[0];
    await lookAtPage(page, locale, 'programme', `/programmes/${own?.id}`);
    await page.getByTestId('programme-edit').click();
    await lookAtDialog(page, locale, 'programme-dialog-edit');
    await page.keyboard.press('Escape');

    await lookAtPage(page, locale, 'trainers', '/trainers');
    await page.getByTestId('trainer-new').click();
    await lookAtDialog(page, locale, 'trainer-dialog');
    await page.keyboard.press('Escape');
    const trainers = (await (await page.request.get(`/api/v1/trainers?organisationId=${napaId}`)).json())
      .items as Array<{ id: string }>;
    await lookAtPage(page, locale, 'trainer', `/trainers/${trainers[0]?.id}`);
    await expect(page.getByTestId('trainer-edit')).toBeVisible();
    await chooseLanguage(page, original);
  });
}

test('an employee reads the catalogue and a trainer without managing them', async ({ page }) => {
  const { original } = await signIn(page, 'employee@novi-pazar.example', 'sr-Cyrl');
  await lookAtPage(page, 'sr-Cyrl', 'programmes-employee', '/programmes');
  await expect(page.getByTestId('programme-new')).toHaveCount(0);
  await page.getByTestId('programme-row').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('programme-edit')).toHaveCount(0);
  await lookAtPage(page, 'sr-Cyrl', 'trainers-employee', '/trainers');
  await expect(page.getByTestId('trainer-new')).toHaveCount(0);
  await chooseLanguage(page, original);
});

test('a national administrator creates a programme, adds a material, publishes it, and the public finds it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { original } = await signIn(page, 'napa@kadar.example', 'en');
  const stamp = Date.now().toString(36).toUpperCase();
  const code = `E2E-${stamp}`;
  const title = `Управљање ризицима у локалној самоуправи ${stamp}`;

  await page.goto('/programmes');
  await page.getByTestId('programme-new').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('programme-code').fill(code);
  await dialog.getByTestId('programme-part').selectOption('general');
  await dialog.getByTestId('programme-topic-area').selectOption({ index: 1 });
  await dialog.getByRole('textbox', { name: text('en', 'fields', 'title'), exact: true }).fill(title);
  await dialog.getByTestId('programme-summary').fill('Процена и управљање ризицима у раду општинске управе.');
  await dialog.getByTestId('programme-hours').fill('12');
  await dialog.getByTestId('programme-days').fill('2');
  // Accredited without a register number: the server refuses and says so on that field.
  await dialog.getByTestId('programme-accreditation').selectOption('accredited');
  await page.getByTestId('programme-save').click();
  const registerNumber = dialog.getByTestId('programme-register-number');
  await expect(registerNumber).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'e2e/screenshots/en/programme-dialog-server-error.png', fullPage: true });
  await registerNumber.fill(`NAPA-${stamp}`);
  await page.getByTestId('programme-save').click();
  await expect(page.getByText(text('en', 'dialog', 'created'))).toBeVisible();
  await expect(page).toHaveURL(/\/programmes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    // English readers read the Latin form when no English title was given.
    /Upravljanje rizicima u lokalnoj samoupravi/,
  );
  const id = page.url().split('/').at(-1) as string;

  await page.getByTestId('material-upload').click();
  await page.getByTestId('material-title').fill('Priručnik, modul 1');
  await page.getByTestId('material-file').setInputFiles({
    name: 'prirucnik.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await page.getByTestId('material-upload-submit').click();
  await expect(page.getByText(text('en', 'materials', 'uploaded'))).toBeVisible();
  await expect(page.getByTestId('material-row')).toContainText('Priručnik, modul 1');

  await page.getByTestId('programme-status-action').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: text('en', 'publication', 'published') })
    .click();
  await expect(page.getByText(text('en', 'publication', 'publishedDone'))).toBeVisible();
  await chooseLanguage(page, original);

  // A visitor (no session) finds it by a Latin query and downloads the material.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto('/catalogue');
  await chooseLanguage(anonymous, 'sr-Cyrl');
  await anonymous.getByRole('searchbox').fill(`rizicima u lokalnoj samoupravi ${stamp.toLowerCase()}`);
  const card = anonymous.getByTestId('programme-card').filter({ hasText: title });
  await expect(card).toBeVisible();
  await card.getByRole('link').click();
  await expect(anonymous).toHaveURL(new RegExp(`/catalogue/${id}$`));
  await expect(anonymous.getByTestId('material-row')).toBeVisible();
  await anonymous.screenshot({
    path: 'e2e/screenshots/sr-Cyrl/catalogue-programme-new.png',
    fullPage: true,
  });
  const download = anonymous.waitForEvent('download');
  await anonymous.getByTestId('material-download').click();
  expect((await download).suggestedFilename()).toBe('prirucnik.pdf');
  await visitor.close();
});

test('a national administrator adds a trainer, sees the server refuse a wrong date on its field, and suspends them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { original } = await signIn(page, 'napa@kadar.example', 'en');
  const stamp = Date.now().toString(36).toUpperCase();
  await page.goto('/trainers');
  await page.getByTestId('trainer-new').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('trainer-name').fill('Јелена Стојановић');
  await dialog.getByTestId('trainer-topic-areas').click();
  await page
    .getByRole('listbox', { name: text('en', 'fields', 'topicAreas') })
    .getByRole('option', { name: 'Induction' })
    .click();
  await page.keyboard.press('Escape');
  await dialog.getByTestId('trainer-accreditation-number').fill(`NAPA-T-${stamp}`);
  await dialog.getByRole('textbox', { name: text('en', 'fields', 'accreditedOn') }).fill('10/01/2026');
  const until = dialog.getByRole('textbox', { name: text('en', 'fields', 'accreditedUntil') });
  await until.fill('10/01/2025');
  await page.getByTestId('trainer-save').click();
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await until.fill('10/01/2030');
  await page.getByTestId('trainer-save').click();
  await expect(page.getByText(text('en', 'trainerDialog', 'created'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jelena Stojanović');

  await page.getByTestId('trainer-suspend').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: text('en', 'trainerPage', 'suspend') })
    .click();
  await expect(page.getByText(text('en', 'trainerPage', 'suspended'))).toBeVisible();
  await expect(page.getByText(text('en', 'trainerStatus', 'suspended'), { exact: true })).toBeVisible();
  await chooseLanguage(page, original);
});
