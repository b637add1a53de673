import type { TransitionRefusalCode } from '@koers/contracts';
import { KoersError } from '../../common/koers-error';

/** A refused transition: 409 with the domain's stable code and its Dutch sentence. */
export const transitionRefused = (code: TransitionRefusalCode, sentence: string) =>
  new KoersError(code, 409, sentence);
