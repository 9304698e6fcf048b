// Content translations: for French, Spanish or Arabic, each pillar name, action title and summary, and indicator title
// beside its English source text, with what is missing and what waits as a draft; editors draft, an admin publishes.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CONTENT_LANGUAGES } from '@ccm/shared/schemas/workspace';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { LANGUAGE_NAMES, languageDirection } from '../../../i18n/index.ts';
import { useContentChanges, type ContentChange } from './api/get-content-changes.ts';
import { useContentTexts, type TranslatableEntity } from './api/get-content-texts.ts';
import { usePublishContent } from './api/publish-content.ts';
import { useWorkspaceTitle } from '../hooks/use-workspace-title.ts';
import { useWorkspaceUser } from '../hooks/use-workspace-user.ts';
import {
  TRANSLATABLE_ENTITIES,
  isContentLanguage,
  isTranslatableEntity,
  onlyMissing,
  rowId,
  translationItems,
  translationProgress,
  type ContentLanguage,
  type TranslationItem,
  type TranslationRow,
} from './translations.ts';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { CheckboxField, SelectField } from '../components/form-field.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ProblemAlert, SuccessNote } from '../components/problem-alert.tsx';
import { TranslationForm } from './translation-form.tsx';
import { FactList } from '../../../components/ui/fact-list.tsx';

/** The address's search parameters (not `lang`: that one is the interface language). */
const PARAM = { language: 'language', texts: 'texts', missing: 'missing' } as const;

interface RowState {
  open: string | null;
  saved: string | null;
}

function TranslationField({
  row,
  lang,
  showFieldName,
  state,
  onOpen,
  onClose,
  onSaved,
}: {
  row: TranslationRow;
  lang: ContentLanguage;
  showFieldName: boolean;
  state: RowState;
  onOpen: () => void;
  onClose: () => void;
  onSaved: (draft: ContentChange) => void;
}) {
  const { t } = useTranslation('workspace');
  const button = useRef<HTMLButtonElement>(null);
  const id = rowId(row);
  const open = state.open === id;
  const dir = languageDirection(lang);
  const language = t(`translations.languageName.${lang}`);
  const what = t(`translations.what.${row.entity}.${row.field}`, { key: row.key });
  const missing = row.translation === null;
  const draftText = row.draft === null ? null : String(row.draft.after ?? '');

  return (
    <div className={`ws-translation${missing ? ' ws-translation--missing' : ''}`}>
      {showFieldName ? <p className="ws-translation__field">{t(`translations.field.${row.field}`)}</p> : null}
      <dl className="ws-translation__texts">
        <div>
          <dt>{t('translations.source')}</dt>
          <dd lang="en" dir="ltr">
            {row.source}
          </dd>
        </div>
        <div>
          <dt>{t('translations.translation', { language })}</dt>
          {missing ? (
            <dd>
              <span className="ws-chip ws-chip--missing">{t('translations.missing')}</span>
            </dd>
          ) : (
            <dd lang={lang} dir={dir}>
              {row.translation}
            </dd>
          )}
        </div>
        {draftText !== null ? (
          <div>
            <dt>
              <span className="ws-chip ws-chip--draft">{t('translations.draft')}</span>
            </dt>
            <dd lang={lang} dir={dir}>
              {draftText}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="ws-actions">
        <button
          ref={button}
          type="button"
          className="button button--secondary ws-button--small"
          aria-expanded={open}
          aria-controls={open ? `translation-${id}` : undefined}
          onClick={open ? onClose : onOpen}
        >
          {missing && draftText === null ? t('translations.translate') : t('translations.edit')}{' '}
          <span className="visually-hidden">{t('translations.which', { what })}</span>
        </button>
      </div>
      {open ? (
        <TranslationForm
          row={row}
          lang={lang}
          onDone={onSaved}
          onCancel={() => {
            onClose();
            button.current?.focus();
          }}
        />
      ) : null}
      {state.saved === id ? <SuccessNote focus>{t('translations.saved', { what, language })}</SuccessNote> : null}
    </div>
  );
}

function TranslationList({ items, lang, state, setState }: { items: TranslationItem[]; lang: ContentLanguage; state: RowState; setState: (next: RowState) => void }) {
  const { t } = useTranslation('workspace');
  return (
    <ul className="ws-translation-list">
      {items.map((item) => {
        const headingId = `translation-item-${item.entity}-${item.key}`;
        return (
          <li key={item.key} className="ws-translation-item">
            <h3 id={headingId} className="ws-translation-item__title">
              {t(`translations.item.${item.entity}`, { key: item.key })}
            </h3>
            {item.rows.map((row) => (
              <TranslationField
                key={row.field}
                row={row}
                lang={lang}
                showFieldName={row.entity === 'action'}
                state={state}
                onOpen={() => setState({ open: rowId(row), saved: null })}
                onClose={() => setState({ open: null, saved: null })}
                onSaved={() => setState({ open: null, saved: rowId(row) })}
              />
            ))}
          </li>
        );
      })}
    </ul>
  );
}

function TranslationsSection({ entity, lang, missingOnly }: { entity: TranslatableEntity; lang: ContentLanguage; missingOnly: boolean }) {
  const { t } = useTranslation('workspace');
  const english = useContentTexts(entity, 'en');
  const translated = useContentTexts(entity, lang);
  const changes = useContentChanges();
  const [state, setState] = useState<RowState>({ open: null, saved: null });
  const language = t(`translations.languageName.${lang}`);
  const title = t(`translations.listTitle.${entity}`, { language });

  const ready = english.data && translated.data && changes.data;
  const items = ready ? translationItems(entity, lang, english.data, translated.data, changes.data) : [];
  const progress = translationProgress(items);
  const shown = missingOnly ? onlyMissing(items) : items;
  const failed = english.isError || translated.isError || changes.isError;

  return (
    <section aria-labelledby="translations-list-title">
      <h2 id="translations-list-title">{title}</h2>
      <div role="status" className="ws-translation-progress">
        {ready ? (
          <FactList
            className="ws-facts ws-facts--inline"
            facts={[
              {
                key: 'translated',
                label: t('translations.progress.translated'),
                value: t('translations.progress.ofTotal', { done: progress.translated, total: progress.total }),
              },
              { key: 'missing', label: t('translations.progress.missing'), value: progress.missing },
              { key: 'drafts', label: t('translations.progress.drafts'), value: progress.drafts },
            ]}
          />
        ) : null}
      </div>
      {failed ? (
        <ErrorState
          onRetry={() => {
            void english.refetch();
            void translated.refetch();
            void changes.refetch();
          }}
        />
      ) : null}
      {!ready && !failed ? <LoadingState /> : null}
      {ready && shown.length === 0 ? <p className="ws-alert ws-alert--success">{missingOnly ? t('translations.noneMissing', { language }) : t('translations.nothing')}</p> : null}
      {ready && shown.length > 0 ? <TranslationList items={shown} lang={lang} state={state} setState={setState} /> : null}
    </section>
  );
}

function PublishPanel() {
  const { t } = useTranslation('workspace');
  const { isAdmin } = useWorkspaceUser();
  const changes = useContentChanges();
  const publish = usePublishContent();
  const [published, setPublished] = useState<number | null>(null);
  const drafts = changes.data?.filter((c) => c.state === 'draft').length ?? 0;

  return (
    <section className="ws-panel" aria-labelledby="translations-publish-title">
      <h2 id="translations-publish-title">{t('translations.publishTitle')}</h2>
      <p className="ws-muted">{t('translations.publishNote')}</p>
      {published !== null ? <SuccessNote focus>{t('translations.published', { count: published })}</SuccessNote> : null}
      <ProblemAlert error={publish.error} />
      {isAdmin ? (
        <div>
          <ConfirmAction
            label={t('translations.publish', { count: drafts })}
            question={t('translations.confirm', { count: drafts })}
            confirmLabel={t('translations.confirmButton')}
            disabled={drafts === 0 || publish.isPending}
            busy={publish.isPending}
            onConfirm={() => {
              setPublished(null);
              publish.mutate(undefined, { onSuccess: setPublished });
            }}
          />
        </div>
      ) : (
        <p className="ws-alert ws-alert--info">{t('translations.editorNote')}</p>
      )}
    </section>
  );
}

export function TranslationsPage() {
  const { t } = useTranslation('workspace');
  useWorkspaceTitle(t('translations.title'));
  const [params, setParams] = useSearchParams();
  const languageParam = params.get(PARAM.language);
  const textsParam = params.get(PARAM.texts);
  const lang: ContentLanguage = isContentLanguage(languageParam) ? languageParam : 'fr';
  const entity: TranslatableEntity = isTranslatableEntity(textsParam) ? textsParam : 'pillar';
  const missingOnly = params.get(PARAM.missing) === '1';

  const choose = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="ws-page">
      <PageHeader title={t('translations.title')} lead={t('translations.lead')} />
      <div className="ws-toolbar" role="group" aria-label={t('translations.chooseLabel')}>
        <SelectField<ContentLanguage>
          id="translations-language"
          label={t('translations.language')}
          value={lang}
          options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
          onChange={(next) => choose(PARAM.language, next)}
        />
        <SelectField<TranslatableEntity>
          id="translations-texts"
          label={t('translations.entity')}
          value={entity}
          options={TRANSLATABLE_ENTITIES.map((e) => ({ value: e, label: t(`translations.entityOption.${e}`) }))}
          onChange={(next) => choose(PARAM.texts, next)}
        />
        <CheckboxField id="translations-missing" label={t('translations.onlyMissing')} checked={missingOnly} onChange={(checked) => choose(PARAM.missing, checked ? '1' : null)} />
      </div>
      <PublishPanel />
      <TranslationsSection key={`${entity}-${lang}`} entity={entity} lang={lang} missingOnly={missingOnly} />
    </div>
  );
}
