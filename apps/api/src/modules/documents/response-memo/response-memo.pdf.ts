import type { ResponseMemoResponse } from '@koers/contracts';
import { DECISION_STATUS_NL, dutchDate, fieldsNl, OUTCOME_NL } from '../dutch-text';
import { TaggedPdf } from '../pdf';

/** "Nota van beantwoording: Werkprogramma 2026" (with the round when there were several). */
export function responseMemoTitle(memo: ResponseMemoResponse): string {
  const round = memo.rounds.length > 1 ? ` (ronde ${memo.round})` : '';
  return `Nota van beantwoording: ${memo.programme.title}${round}`;
}

/** The response memo as a tagged PDF: the summary per council, then every point with its answer. */
export function renderResponseMemo(memo: ResponseMemoResponse, today: string): Promise<Buffer> {
  const { programme, totals } = memo;
  const title = responseMemoTitle(memo);
  const pdf = new TaggedPdf({
    title,
    subject: `Zienswijzen van de gemeenteraden op ${programme.title} en de antwoorden van het bestuur`,
    author: memo.region.name,
    concept: !memo.frozen && !['adopted', 'in_execution', 'closed'].includes(programme.status),
  });
  pdf.heading(1, title);
  pdf.paragraph(introduction(memo));
  pdf.paragraph(
    memo.frozen
      ? `Deze nota is vastgelegd bij de vaststelling van het programma${programme.adoptedOn ? ` op ${dutchDate(programme.adoptedOn)}` : ''}.`
      : `Stand van ${dutchDate(today)}.${totals.unanswered > 0 ? ` Nog ${totals.unanswered} van de ${totals.points} punten zijn niet beantwoord.` : ''}`,
    memo.frozen ? 'normal' : 'small',
  );
  if (memo.round === 0) {
    pdf.paragraph(
      'Het programma is nog niet aan de gemeenteraden gestuurd; er zijn nog geen zienswijzen.',
    );
    return pdf.finish();
  }
  if (memo.councils.length === 0) {
    pdf.paragraph('Geen enkele raad heeft in deze ronde een zienswijze ingediend.');
    return pdf.finish();
  }

  pdf.heading(2, 'Overzicht per raad');
  pdf.table({
    caption: 'Wat het bestuur met de punten van elke raad deed',
    columns: [
      { header: 'Raad', weight: 2.2 },
      { header: 'Punten', align: 'right' },
      { header: 'Overgenomen', weight: 1.3, align: 'right' },
      { header: 'Deels', align: 'right' },
      { header: 'Niet', align: 'right' },
      { header: 'Open', align: 'right' },
    ],
    rowHeaders: true,
    rows: memo.summary.map((r) => [
      r.municipality.name,
      String(r.points),
      String(r.adopted),
      String(r.partlyAdopted),
      String(r.notAdopted),
      String(r.unanswered),
    ]),
    footer: [
      'Totaal',
      String(totals.points),
      String(totals.adopted),
      String(totals.partlyAdopted),
      String(totals.notAdopted),
      String(totals.unanswered),
    ],
  });

  for (const council of memo.councils) {
    pdf.heading(2, `Zienswijze van de raad van ${council.municipality.name}`);
    const facts: string[] = [];
    if (council.decisionStatus)
      facts.push(`Besluit: ${DECISION_STATUS_NL[council.decisionStatus]}`);
    if (council.decisionDate) facts.push(`op ${dutchDate(council.decisionDate)}`);
    if (council.decisionReference) facts.push(`kenmerk ${council.decisionReference}`);
    if (facts.length > 0) pdf.paragraph(`${facts.join(', ')}.`, 'small');
    for (const point of council.points) {
      const about = point.assignment
        ? ` – opdracht ${point.assignment.code} ${point.assignment.title}`
        : '';
      pdf.heading(3, `${council.municipality.name}, punt ${point.number}${about}`);
      pdf.paragraph(`Zienswijze: ${point.text}`);
      if (!point.answered || !point.answer || !point.outcome) {
        pdf.paragraph('Antwoord van het bestuur: nog niet beantwoord.', 'strong');
        continue;
      }
      pdf.paragraph(`Antwoord van het bestuur: ${point.answer}`);
      pdf.paragraph(`Uitkomst: ${OUTCOME_NL[point.outcome]}.`, 'strong');
      const amended = memo.amendments.filter((a) => a.viewPoints.some((v) => v.id === point.id));
      pdf.paragraph(
        point.resultingChange
          ? `Wijziging in het programma: ${point.resultingChange}`
          : amended.length > 0
            ? 'Wijziging in het programma: zie het amendement hieronder.'
            : 'Wijziging in het programma: geen.',
      );
      for (const a of amended) {
        pdf.paragraph(
          `Amendement: opdracht ${a.assignment.code} ${a.assignment.title} – gewijzigd: ${fieldsNl(a.fields)}.`,
        );
      }
    }
  }
  return pdf.finish();
}

function introduction(memo: ResponseMemoResponse): string {
  const { programme, region, totals } = memo;
  const board =
    region.governanceMode === 'wgr_public_body'
      ? 'Het dagelijks bestuur'
      : 'Het bestuur van de regio';
  const sent = programme.sentToCouncilsOn ? ` op ${dutchDate(programme.sentToCouncilsOn)}` : '';
  if (memo.round === 0) {
    return `${region.name} legt "${programme.title}" voor aan de gemeenteraden. Deze nota geeft per raad de antwoorden van het bestuur op de zienswijzen.`;
  }
  return (
    `${region.name} legde "${programme.title}"${sent} voor aan ${memo.councilCount} gemeenteraden` +
    `${memo.rounds.length > 1 ? ` (ronde ${memo.round} van ${memo.rounds.length})` : ''}. ` +
    `${memo.councils.length} raden gaven een zienswijze met samen ${totals.points} punten. ` +
    `${board} beantwoordt hieronder elk punt, per raad en genummerd zoals de raad de punten nummerde, ` +
    'met de uitkomst (overgenomen, deels overgenomen of niet overgenomen) en de wijziging die eruit volgt.'
  );
}
