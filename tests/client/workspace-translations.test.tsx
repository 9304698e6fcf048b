// The Translations screen: each text's English source beside its translation, missing ones marked, pending drafts shown;
// the form checks the translation with the shared schema before anything is sent, and types Arabic right to left.
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Pillar } from '@ccm/shared/schemas/api';
import type { ContentChange } from '../../client/src/features/workspace/content/api/get-content-changes.ts';
import { TranslationsPage } from '../../client/src/features/workspace/content/translations-page.tsx';
import { loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import { renderClient } from '../helpers/client-render.tsx';
import { json, stubFetchEachTest } from '../helpers/client-fixtures.ts';

const ENGLISH: Record<string, string> = { 'risk-education': 'Risk Education', 'victim-assistance': 'Victim Assistance' };
/** Published translations: only risk-education has a French name. */
const TRANSLATED: Record<string, Record<string, string>> = { fr: { 'risk-education': 'Éducation aux risques' }, es: {}, ar: {} };

function pillars(lang: string): Pillar[] {
  return Object.entries(ENGLISH).map(([slug, name], order) => {
    const translation = lang === 'en' ? name : TRANSLATED[lang]?.[slug];
    return {
      slug,
      actionPlan: 'LAP',
      name: translation ?? name,
      actionFrom: 27 + order * 4,
      actionTo: 30 + order * 4,
      order,
      paragraphs: [122],
      actionCount: 4,
      indicatorCount: 3,
      i18n: { lang, fallback: translation === undefined ? ['name'] : [] },
    };
  });
}

function change(overrides: Partial<ContentChange>): ContentChange {
  return {
    id: 1,
    entity: 'pillar',
    key: 'risk-education',
    field: 'name',
    lang: 'fr',
    before: 'Éducation aux risques',
    after: 'Éducation au risque',
    state: 'draft',
    reason: null,
    author: 'editor@isu.test',
    createdAt: '2026-01-01T00:00:00Z',
    publishedAt: null,
    publishedBy: null,
    ...overrides,
  };
}

const CHANGES: ContentChange[] = [
  change({}),
  // A Spanish draft and a published French one must not show as French drafts.
  change({ id: 2, key: 'victim-assistance', lang: 'es', after: 'Asistencia a las víctimas', before: null }),
  change({ id: 3, key: 'victim-assistance', state: 'published', after: 'Assistance', before: null }),
];

beforeAll(async () => {
  await loadWorkspaceCatalogue('en');
});

const fetchStub = stubFetchEachTest(async (url: string, init?: RequestInit) => {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  if (pathname === '/api/v1/auth/me') {
    return json({ data: { id: 1, email: 'admin@isu.test', role: 'admin', mustChangePassword: false, createdAt: '2026-01-01T00:00:00Z' } });
  }
  if (pathname === '/api/v1/action-plans/lap/pillars') return json({ data: pillars(searchParams.get('lang') ?? 'en') });
  if (pathname === '/api/v1/workspace/content/changes') return json({ data: CHANGES });
  if (pathname === '/api/v1/workspace/translations' && init?.method === 'PUT') {
    const body = JSON.parse(init.body as string) as { key: string; lang: string; value: string };
    return json({ data: change({ id: 9, key: body.key, lang: body.lang, after: body.value, before: null }) });
  }
  return json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
});
const calls = fetchStub.calls;

const item = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe('translations list', () => {
  it('shows each English source text beside its translation, and marks the missing ones', async () => {
    renderClient(<TranslationsPage />, { route: '/workspace/translations?language=fr' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Pillar names in French' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 3, name: 'Pillar victim-assistance' });

    // Translated: the French name, marked as French, and the pending French draft with its text.
    const risk = item('Pillar risk-education');
    expect(within(risk).getByText('Risk Education')).toHaveAttribute('lang', 'en');
    expect(within(risk).getByText('Éducation aux risques')).toHaveAttribute('lang', 'fr');
    expect(within(risk).queryByText('Missing')).not.toBeInTheDocument();
    expect(within(risk).getByText('Draft awaiting publication')).toBeInTheDocument();
    expect(within(risk).getByText('Éducation au risque')).toHaveAttribute('lang', 'fr');

    // Missing: marked, and no draft (the Spanish draft and the published change are not French drafts).
    const victims = item('Pillar victim-assistance');
    expect(within(victims).getByText('Victim Assistance')).toBeInTheDocument();
    expect(within(victims).getByText('Missing')).toHaveClass('ws-chip--missing');
    expect(within(victims).queryByText('Draft awaiting publication')).not.toBeInTheDocument();
    expect(within(victims).getByRole('button', { name: 'Translate (Name of pillar victim-assistance)' })).toHaveAttribute('aria-expanded', 'false');

    const progress = screen.getByRole('status');
    expect(progress).toHaveTextContent('Translated1 of 2');
    expect(progress).toHaveTextContent('Missing1');
    expect(progress).toHaveTextContent('Drafts awaiting publication1');
  });

  it('"Only missing translations" leaves the texts still to translate', async () => {
    const user = userEvent.setup();
    renderClient(<TranslationsPage />, { route: '/workspace/translations?language=fr' });
    await screen.findByRole('heading', { level: 3, name: 'Pillar risk-education' });
    await user.click(screen.getByRole('checkbox', { name: 'Only missing translations' }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Pillar risk-education' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Pillar victim-assistance' })).toBeInTheDocument();
  });

  it('switches language: in Spanish both names are missing and the Spanish draft shows', async () => {
    const user = userEvent.setup();
    renderClient(<TranslationsPage />, { route: '/workspace/translations?language=fr' });
    await screen.findByRole('heading', { level: 3, name: 'Pillar risk-education' });
    await user.selectOptions(screen.getByLabelText('Language'), 'es');
    expect(await screen.findByRole('heading', { level: 2, name: 'Pillar names in Spanish' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 3, name: 'Pillar risk-education' });
    expect(within(item('Pillar risk-education')).getByText('Missing')).toBeInTheDocument();
    const victims = item('Pillar victim-assistance');
    expect(within(victims).getByText('Missing')).toBeInTheDocument();
    expect(within(victims).getByText('Asistencia a las víctimas')).toHaveAttribute('lang', 'es');
  });
});

describe('translation form', () => {
  it('refuses an empty translation with the message next to the field, then saves a draft', async () => {
    const user = userEvent.setup();
    renderClient(<TranslationsPage />, { route: '/workspace/translations?language=fr' });
    await screen.findByRole('heading', { level: 3, name: 'Pillar victim-assistance' });
    await user.click(screen.getByRole('button', { name: 'Translate (Name of pillar victim-assistance)' }));

    const form = screen.getByRole('form', { name: 'Name of pillar victim-assistance in French' });
    const textarea = within(form).getByLabelText(/^Translation into French/);
    expect(textarea).toHaveFocus();
    expect(textarea).toHaveValue('');

    // Blank (spaces only) is refused in the browser: nothing is sent, the message sits with the field.
    await user.type(textarea, '   ');
    await user.click(within(form).getByRole('button', { name: 'Save as a draft' }));
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(textarea).toHaveAccessibleDescription('Enter the translation.');
    expect(textarea).toHaveFocus();
    const field = textarea.closest('.ws-field') as HTMLElement;
    expect(within(field).getByText('Enter the translation.')).toBeInTheDocument();
    expect(calls('PUT', '/api/v1/workspace/translations')).toHaveLength(0);

    await user.clear(textarea);
    await user.type(textarea, 'Assistance aux victimes');
    await user.type(within(form).getByLabelText('Reason (optional)'), 'First French text');
    await user.click(within(form).getByRole('button', { name: 'Save as a draft' }));

    const note = await screen.findByText('Draft saved: Name of pillar victim-assistance in French.');
    expect(note.closest('[role="status"]')).toHaveFocus();
    const [put] = calls('PUT', '/api/v1/workspace/translations');
    expect(JSON.parse(put?.[1]?.body as string)).toEqual({
      entity: 'pillar',
      key: 'victim-assistance',
      field: 'name',
      lang: 'fr',
      value: 'Assistance aux victimes',
      reason: 'First French text',
    });
    expect(screen.queryByRole('form', { name: 'Name of pillar victim-assistance in French' })).not.toBeInTheDocument();
    // The drafts are asked for again (the list then shows the new draft).
    await waitFor(() => expect(calls('GET', '/api/v1/workspace/content/changes').length).toBeGreaterThan(1));
  });

  it('prefills the pending draft, and Cancel closes the form and returns focus to its button', async () => {
    const user = userEvent.setup();
    renderClient(<TranslationsPage />, { route: '/workspace/translations?language=fr' });
    await screen.findByRole('heading', { level: 3, name: 'Pillar risk-education' });
    const edit = screen.getByRole('button', { name: 'Edit the translation (Name of pillar risk-education)' });
    await user.click(edit);
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText(/^Translation into French/)).toHaveValue('Éducation au risque');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText(/^Translation into French/)).not.toBeInTheDocument();
    expect(edit).toHaveFocus();
  });

  it('types Arabic right to left, French left to right', async () => {
    const user = userEvent.setup();
    renderClient(<TranslationsPage />, { route: '/workspace/translations?language=ar' });
    await screen.findByRole('heading', { level: 2, name: 'Pillar names in Arabic' });
    await user.click(await screen.findByRole('button', { name: 'Translate (Name of pillar victim-assistance)' }));
    const arabic = screen.getByLabelText(/^Translation into Arabic/);
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(arabic).toHaveAttribute('lang', 'ar');
    // The English source stays left to right inside the list.
    expect(within(item('Pillar victim-assistance')).getByText('Victim Assistance')).toHaveAttribute('dir', 'ltr');

    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    await user.click(await screen.findByRole('button', { name: 'Translate (Name of pillar victim-assistance)' }));
    const french = screen.getByLabelText(/^Translation into French/);
    expect(french).toHaveAttribute('dir', 'ltr');
    expect(french).toHaveAttribute('lang', 'fr');
  });
});
