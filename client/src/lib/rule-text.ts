// The status rule that matched, in the reader's language. The classifier (shared/domain/classify.ts) names it in English
// ("7: R at least 0.95"); each known wording maps to a catalogue entry, and an unknown one is shown as it came.
import { useTranslation } from 'react-i18next';
import { useFormatters } from './format.ts';

type Rule = [pattern: RegExp, key: string, params?: (match: RegExpExecArray, number: (text: string | undefined) => string) => Record<string, string>];

const RULES: readonly Rule[] = [
  [/^no usable point$/, 'noUsablePoint'],
  [/^target met$/, 'targetMet'],
  [/^fewer than (\d+) usable points$/, 'fewPoints', (m, n) => ({ n: n(m[1]) })],
  [/^net loss of at least one$/, 'netLoss'],
  [/^recent test \(b\)$/, 'recentTest'],
  [/^target not met, no required pace/, 'noRequiredPace'],
  [/^target met at baseline, no longer met/, 'noLongerMet'],
  [/^R below ([\d.]+)$/, 'ratioBelow', (m, n) => ({ value: n(m[1]) })],
  [/^R from ([\d.]+) to below ([\d.]+)$/, 'ratioBetween', (m, n) => ({ from: n(m[1]), to: n(m[2]) })],
  [/^R at least ([\d.]+)$/, 'ratioAtLeast', (m, n) => ({ value: n(m[1]) })],
  [/^no target and net gain below one$/, 'noTargetNoGain'],
  [/^no target, net gain of at least one$/, 'noTargetGain'],
];

/** "7: R at least 0.95" → "7 : R d’au moins 0,95"; null when the rule is not one of the known wordings. */
export function useRuleText(): (rule: string) => string | null {
  const { t } = useTranslation();
  const format = useFormatters();
  const number = (text: string | undefined) => (text === undefined ? '' : format.number(Number(text)));
  return (rule) => {
    const parts = /^(\d+):\s*(.+)$/.exec(rule.trim());
    if (!parts?.[1] || !parts[2]) return null;
    const step = parts[1];
    const wording = parts[2];
    for (const [pattern, key, params] of RULES) {
      const match = pattern.exec(wording);
      if (match) return t('why.ruleStep', { step: format.integer(Number(step)), text: t(`why.rules.${key}`, params?.(match, number) ?? {}) });
    }
    return null;
  };
}
