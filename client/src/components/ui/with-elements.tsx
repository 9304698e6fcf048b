// Places elements (links, mostly) into a translated sentence at its <name/> markers, so the word order stays the
// translator's: "The current plan is <plan/>." (react-i18next's <Trans> does this too, at about 11 kB.)
import { Fragment, type ReactNode } from 'react';

export function withElements(sentence: string, elements: Record<string, ReactNode>): ReactNode {
  return sentence.split(/<(\w+)\s*\/>/).map((part, index) => (
    // Odd parts are the captured marker names.
    <Fragment key={index}>{index % 2 === 1 ? (elements[part] ?? null) : part}</Fragment>
  ));
}
