import { createContext, useContext } from 'react';

/**
 * The form a shared field sits in names its inputs: `assignment-contributionKey-type` in the
 * assignment form, `programme-contributionKey-type` in the programme's settings. The form's
 * error summary links to the same ids.
 */
export const FieldIdPrefix = createContext('assignment');

export const fieldIdFor = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

/** The id of the input for an API field path, in the form around it. */
export function useFieldId(): (path: string) => string {
  const prefix = useContext(FieldIdPrefix);
  return (path) => fieldIdFor(prefix, path);
}
