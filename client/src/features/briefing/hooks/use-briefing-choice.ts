// The Coordinator's choice for one briefing (plan + pillar + language): which indicators go in, their order within
// their section, and a remark of their own per indicator. Kept in this browser (localStorage) and never sent to the
// server: the downloads receive only the ids in order (`indicators=`), the remarks appear on the page and in print.
import { useCallback, useMemo, useState } from 'react';
import { useHydrated } from '../../../lib/use-hydrated.ts';
import type { Briefing } from '@ccm/shared/schemas/briefing';

export interface BriefingChoice {
  /** Indicator ids in the chosen order (flagged first, then the others, each section in its own order). */
  order: string[];
  /** Ids left out. */
  excluded: string[];
  remarks: Record<string, string>;
}

const storageKey = (plan: string, pillar: string, lang: string) => `ccm.briefing-choice.v1:${plan}:${pillar}:${lang}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(key: string): BriefingChoice | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<BriefingChoice>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    const remarks = parsed.remarks && typeof parsed.remarks === 'object' ? Object.fromEntries(Object.entries(parsed.remarks).filter(([, v]) => typeof v === 'string')) : {};
    return { order: strings(parsed.order), excluded: strings(parsed.excluded), remarks };
  } catch {
    return null;
  }
}

/** A stored choice fitted to today's briefing: ids it no longer has dropped, new ones added where the briefing puts them. */
function fit(choice: BriefingChoice | null, sections: string[][]): BriefingChoice {
  const all = sections.flat();
  const known = new Set(all);
  if (!choice) return { order: all, excluded: [], remarks: {} };
  const rank = new Map(choice.order.map((id, i) => [id, i]));
  // Within each section: the stored order, then ids the stored choice did not know, in the briefing's order.
  const order = sections.flatMap((ids) => [...ids].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || ids.indexOf(a) - ids.indexOf(b)));
  return {
    order,
    excluded: choice.excluded.filter((id) => known.has(id)),
    remarks: Object.fromEntries(Object.entries(choice.remarks).filter(([id, text]) => known.has(id) && text.length > 0)),
  };
}

export function useBriefingChoice(briefing: Briefing, plan: string, pillar: string, lang: string) {
  const key = storageKey(plan, pillar, lang);
  const sections = useMemo(() => [briefing.flagged.map((b) => b.indicator.id), briefing.others.map((b) => b.indicator.id)], [briefing]);
  // Another plan, pillar or language: that briefing's own stored choice (state adjusted while rendering, not in an effect).
  // The browser's storage is read once the page is hydrated: prerendered HTML shows the briefing as the server makes it.
  const hydrated = useHydrated();
  const [state, setState] = useState<{ key: string | null; value: BriefingChoice | null }>(() => (hydrated ? { key, value: read(key) } : { key: null, value: null }));
  if (hydrated && state.key !== key) setState({ key, value: read(key) });
  const stored = state.key === key ? state.value : null;
  const choice = useMemo(() => fit(stored, sections), [stored, sections]);

  const update = useCallback(
    (next: BriefingChoice | null) => {
      setState({ key, value: next });
      try {
        if (next === null) storage()?.removeItem(key);
        else storage()?.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the choice still holds for this visit.
      }
    },
    [key],
  );

  const sectionOf = (id: string) => sections.findIndex((ids) => ids.includes(id));
  /** Moves an indicator one place up (-1) or down (+1) within its section; returns its new place (1-based) and the section's size. */
  const move = (id: string, by: -1 | 1): { position: number; of: number } | null => {
    const section = sectionOf(id);
    const inSection = choice.order.filter((x) => sectionOf(x) === section);
    const at = inSection.indexOf(id);
    const to = at + by;
    if (at === -1 || to < 0 || to >= inSection.length) return null;
    const swapped = [...inSection];
    [swapped[at], swapped[to]] = [swapped[to] ?? id, id];
    const order = sections.flatMap((_, s) => (s === section ? swapped : choice.order.filter((x) => sectionOf(x) === s)));
    update({ ...choice, order });
    return { position: to + 1, of: inSection.length };
  };
  const setIncluded = (id: string, included: boolean) =>
    update({ ...choice, excluded: included ? choice.excluded.filter((x) => x !== id) : [...new Set([...choice.excluded, id])] });
  const setRemark = (id: string, text: string) => update({ ...choice, remarks: { ...choice.remarks, [id]: text } });
  const reset = () => update(null);

  const chosen = choice.order.filter((id) => !choice.excluded.includes(id));
  /** True when the choice differs from the full briefing (some left out, reordered or remarked). */
  const customised = chosen.join(',') !== sections.flat().join(',') || Object.values(choice.remarks).some((r) => r.trim().length > 0);
  const reordered = chosen.join(',') !== sections.flat().join(',');
  return { choice, chosen, customised, reordered, move, setIncluded, setRemark, reset };
}
