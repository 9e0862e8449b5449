// Links from the export (EFL, terms, sign-up) end up in href attributes. The importer admits only
// http(s) links, but a page must not depend on that alone: the saved files and the render sink
// check again, so a `javascript:` or `data:` link can never become a clickable link.

import { boundedMemo } from './bounded-memo';

// Verdicts by link text: a city page checks about a hundred links, the same ones on every render,
// and parsing them was about 1.5 % of an uncached page's CPU.
const checked = boundedMemo(checkHttpUrl, 10_000);

/** The URL when it is an absolute http(s) URL, else null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  return typeof value === 'string' ? checked(value) : null;
}

function checkHttpUrl(value: string): string | null {
  const url = value.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A plan's document links as a page may put them in href attributes: each an http(s) URL or null. */
export function documentLinks(plan: {
  documents: {
    efl: string | null;
    terms: string | null;
    yrac: string | null;
    enroll: string | null;
    website: string | null;
  };
  alternates: { language: string; efl: string | null }[];
}) {
  const { efl, terms, yrac, enroll, website } = plan.documents;
  return {
    efl: safeHttpUrl(efl),
    terms: safeHttpUrl(terms),
    yrac: safeHttpUrl(yrac),
    enroll: safeHttpUrl(enroll),
    website: safeHttpUrl(website),
    spanishEfl: safeHttpUrl(plan.alternates.find((a) => a.language === 'es' && safeHttpUrl(a.efl))?.efl),
  };
}
