import { useEffect } from 'react';
import type { AssignmentDraft } from './assignment-draft';

/**
 * What the bureau typed in the assignment form, kept in this browser tab (sessionStorage) until
 * it is saved: leaving the form and coming back (or a reload) finds the typing again. A draft
 * kept for an older version of the assignment is not offered.
 */
interface Kept {
  version: number | null;
  draft: AssignmentDraft;
}

const storageKey = (key: string) => `koers.assignment-form.${key}`;

export function readKeptDraft(key: string, version: number | null): AssignmentDraft | null {
  try {
    const raw = sessionStorage.getItem(storageKey(key));
    if (!raw) return null;
    const kept = JSON.parse(raw) as Kept;
    return kept.version === version ? kept.draft : null;
  } catch {
    return null;
  }
}

export function forgetKeptDraft(key: string): void {
  sessionStorage.removeItem(storageKey(key));
}

/** Keeps the draft while it differs from what is saved. */
export function useKeepDraft(
  key: string,
  version: number | null,
  draft: AssignmentDraft,
  dirty: boolean,
): void {
  useEffect(() => {
    if (!dirty) return;
    try {
      sessionStorage.setItem(storageKey(key), JSON.stringify({ version, draft } satisfies Kept));
    } catch {
      // A full or forbidden storage only loses the convenience, never the form.
    }
  }, [key, version, draft, dirty]);
}
