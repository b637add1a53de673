import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const mandateDecisionNotFound = (id: string) =>
  new KoersError('MANDATE_DECISION_NOT_FOUND', 404, `Mandaatbesluit ${id} bestaat niet.`);

export const mandateAccountNotFound = (id: string) =>
  new KoersError('MANDATE_ACCOUNT_NOT_FOUND', 404, `Verantwoording ${id} bestaat niet.`);

export const mandateDecisionVersionConflict = (currentVersion: number) =>
  versionConflict(
    'MANDATE_DECISION_VERSION_CONFLICT',
    'Iemand anders heeft het besluit intussen gewijzigd',
    currentVersion,
  );

export const mandateAccountVersionConflict = (currentVersion: number) =>
  versionConflict(
    'MANDATE_ACCOUNT_VERSION_CONFLICT',
    'Iemand anders heeft de verantwoording intussen gewijzigd',
    currentVersion,
  );

/**
 * 409: the decision would pass the mandate's ceiling and the region refuses such decisions. The
 * detail is the sentence the region's agreement prescribes; the figures go along.
 */
export const mandateCeilingPassed = (
  sentence: string,
  figures: { ceilingCents: number; usedCents: number; amountCents: number },
) =>
  new KoersError('MANDATE_CEILING_PASSED', 409, sentence, {
    ...figures,
    field: 'amountCents',
    params: { sentence },
  });

export const mandateAccountExists = (date: string) =>
  new KoersError(
    'MANDATE_ACCOUNT_EXISTS',
    409,
    `Voor het terugmeldmoment ${date} is al een verantwoording vastgelegd; wijzig die.`,
    { field: 'reportBackDate' },
  );
