import type { CouncilPackResponse } from '@koers/contracts';
import { dutchDate, dutchNumber } from '../dutch-text';

/** "Raadsinformatiepakket Eindhoven: Jaarprogramma 2026". */
export function councilPackTitle(pack: CouncilPackResponse): string {
  return `Raadsinformatiepakket ${pack.municipality.name}: ${pack.programme.title}`;
}

/** What the municipality's contribution is computed with, and what an unknown figure means. */
export function populationSentence(pack: CouncilPackResponse): string {
  const { municipality, programme } = pack;
  const at = dutchDate(programme.populationReferenceDate);
  if (municipality.population === null || municipality.populationStatus === 'missing') {
    return (
      `Inwonertal op de peildatum (${at}): onbekend. Gevolg: de bijdrage per inwoner is niet te berekenen, ` +
      `en een verdeling naar inwonertal kan pas tot op de cent worden gemaakt als het inwonertal van ${municipality.name} bekend is.`
    );
  }
  const figure = `Inwonertal op de peildatum (${at}): ${dutchNumber(municipality.population)}`;
  if (municipality.populationStatus === 'stale' && municipality.populationDate) {
    return (
      `${figure}. Dit is het meest recente bekende cijfer, van ${dutchDate(municipality.populationDate)}: ` +
      'meer dan een jaar vóór de peildatum. De bijdrage is met dit cijfer berekend.'
    );
  }
  const date = municipality.populationDate
    ? ` (cijfer van ${dutchDate(municipality.populationDate)})`
    : '';
  return `${figure}${date}.`;
}

/** The procedure and the deadline for the view, for this region's way of governing. */
export function procedureSentences(pack: CouncilPackResponse): string[] {
  const { programme, region } = pack;
  const weeks = `${programme.viewWindowWeeks} weken`;
  const wgr = region.governanceMode === 'wgr_public_body';
  const answer = wgr
    ? 'Het dagelijks bestuur beantwoordt elke zienswijze schriftelijk en met redenen (nota van beantwoording); daarna stelt het algemeen bestuur het programma vast.'
    : 'Het regiobureau beantwoordt elke zienswijze schriftelijk; daarna stelt de regio het programma vast. Alleen gemeenten die aan een opdracht deelnemen, betalen ervoor.';
  const out: string[] = [];
  if (programme.status === 'draft' || programme.status === 'proposed') {
    out.push(
      `Het programma is nog niet aan de gemeenteraden gestuurd. Zodra dat gebeurt, heeft elke raad ${weeks} om een zienswijze te geven.`,
    );
    out.push(answer);
    return out;
  }
  if (programme.sentToCouncilsOn) {
    out.push(
      `Het programma is op ${dutchDate(programme.sentToCouncilsOn)} aan de gemeenteraden gestuurd.`,
    );
  }
  if (programme.status === 'consultation') {
    out.push(
      programme.consultationDeadline
        ? `De raad kan tot en met ${dutchDate(programme.consultationDeadline)} een zienswijze indienen (${weeks}). Geef in het raadsbesluit aan of de raad instemt, instemt met een zienswijze, afwijst of aan een deel van de opdrachten niet meedoet.`
        : `De raad heeft ${weeks} voor een zienswijze; de einddatum is nog niet vastgelegd.`,
    );
    out.push(answer);
    return out;
  }
  out.push(
    programme.adoptedOn
      ? `Het programma is op ${dutchDate(programme.adoptedOn)} vastgesteld; de termijn voor zienswijzen is voorbij.`
      : 'Het programma is vastgesteld; de termijn voor zienswijzen is voorbij.',
  );
  return out;
}
