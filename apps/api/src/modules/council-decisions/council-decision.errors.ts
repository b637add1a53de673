import { KoersError } from '../../common/koers-error';

export const councilDecisionNotFound = (programmeId: string, municipalityId: string) =>
  new KoersError(
    'COUNCIL_DECISION_NOT_FOUND',
    404,
    `Gemeente ${municipalityId} heeft geen raadsbesluit over programma ${programmeId}: zij is geen lid dat over dit programma besluit.`,
    { params: { programmeId, municipalityId } },
  );

export const programmeNotInConsultation = (status: string) =>
  new KoersError(
    'PROGRAMME_NOT_IN_CONSULTATION',
    409,
    `Het programma staat niet ter consultatie bij de raden (status ${status}); raadsbesluiten en antwoorden op zienswijzen worden alleen tijdens de consultatie vastgelegd.`,
    { programmeStatus: status },
  );

export const programmeNotSentToCouncils = (status: string) =>
  new KoersError(
    'PROGRAMME_NOT_SENT_TO_COUNCILS',
    409,
    `Het programma is nog niet aan de raden voorgelegd (status ${status}), dus er is nog geen ratificatiematrix.`,
    { programmeStatus: status },
  );

export const councilDecisionVersionConflict = (currentVersion: number) =>
  new KoersError(
    'COUNCIL_DECISION_VERSION_CONFLICT',
    409,
    `Iemand anders heeft dit raadsbesluit intussen vastgelegd (nu versie ${currentVersion}); laad het opnieuw.`,
    { currentVersion },
  );

export const viewPointNotFound = (id: string) =>
  new KoersError(
    'VIEW_POINT_NOT_FOUND',
    404,
    `Zienswijzepunt ${id} bestaat niet in dit programma.`,
    { params: { id } },
  );

export const viewPointVersionConflict = (currentVersion: number) =>
  new KoersError(
    'VIEW_POINT_VERSION_CONFLICT',
    409,
    `Iemand anders heeft dit zienswijzepunt intussen gewijzigd of beantwoord (nu versie ${currentVersion}); laad het opnieuw.`,
    { currentVersion },
  );

export const consultationRoundNotFound = (round: number) =>
  new KoersError(
    'CONSULTATION_ROUND_NOT_FOUND',
    404,
    `Het programma heeft geen consultatieronde ${round}.`,
    { round },
  );

export const viewPointOfEarlierRound = (round: number, currentRound: number) =>
  new KoersError(
    'VIEW_POINT_OF_EARLIER_ROUND',
    409,
    `Dit zienswijzepunt hoort bij ronde ${round}; alleen punten van de huidige ronde ${currentRound} worden beantwoord. Eerdere rondes blijven als geschiedenis bewaard.`,
    { round, currentRound },
  );
