// Every count on screen agrees with its unit in each language (CLDR plural rules through Intl.PluralRules): the series
// page's values, an indicator's latest figure and the pace in "Why?"; never "1 States Parties".
import { afterAll, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n, { setLanguage, type Language } from '../../client/src/i18n/index.ts';
import { useSeriesFormatters } from '../../client/src/lib/series-format.ts';
import { useStatusText } from '../../client/src/lib/status-text.ts';
import { indicator, status } from '../helpers/client-fixtures.ts';

function Probe({ n }: { n: number }) {
  const series = useSeriesFormatters();
  const text = useStatusText();
  const base = status();
  const one = indicator({ unit: i18n.t('series.unit.states-parties'), status: { ...base, inputs: { ...base.inputs, nk: n, usesShares: false } } });
  return (
    <>
      <p data-testid="series">{series.value(n, 'States Parties')}</p>
      <p data-testid="latest">{text.latest(one)}</p>
    </>
  );
}

const EXPECTED: Record<Language, { one: RegExp; two: RegExp; plural: string }> = {
  en: { one: /^1 State Party$/, two: /^2 States Parties$/, plural: '1 States Parties' },
  fr: { one: /^1\u00a0État partie$/, two: /^2\u00a0États parties$/, plural: '1\u00a0États parties' },
  es: { one: /^1\u00a0Estado Parte$/, two: /^2\u00a0Estados Partes$/, plural: '1\u00a0Estados Partes' },
  // Arabic: one and two are words ("one State Party", "two States Parties"), not a digit with a plural.
  ar: { one: /^دولة طرف واحدة$/, two: /^دولتان طرفان$/, plural: 'الدول الأطراف' },
};

afterAll(async () => {
  await act(() => setLanguage('en'));
});

describe.each(['en', 'fr', 'es', 'ar'] as const)('counts in %s', (lang) => {
  it('one and two agree with the unit in the series values and the latest figure', async () => {
    await act(() => setLanguage(lang));
    for (const n of [1, 2] as const) {
      const { unmount } = render(
        <I18nextProvider i18n={i18n}>
          <Probe n={n} />
        </I18nextProvider>,
      );
      const series = screen.getByTestId('series').textContent ?? '';
      const latest = screen.getByTestId('latest').textContent ?? '';
      expect(series).toMatch(n === 1 ? EXPECTED[lang].one : EXPECTED[lang].two);
      expect(latest.startsWith(series), latest).toBe(true);
      expect(latest).not.toContain(EXPECTED[lang].plural);
      unmount();
    }
  });
});
