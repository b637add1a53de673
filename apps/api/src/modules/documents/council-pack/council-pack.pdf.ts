import type { CouncilPackResponse } from '@koers/contracts';
import {
  DECISION_STATUS_NL,
  dutchDate,
  dutchNumber,
  euroPerInhabitant,
  formatEuroChange,
  formatEuros,
  OUTCOME_NL,
  PROGRAMME_STATUS_NL,
} from '../dutch-text';
import { TaggedPdf } from '../pdf';
import { councilPackTitle, procedureSentences, populationSentence } from './council-pack-text';

/** The council pack as a tagged PDF a council clerk can attach to the council proposal as it is. */
export function renderCouncilPack(pack: CouncilPackResponse, today: string): Promise<Buffer> {
  const { programme, municipality, contribution } = pack;
  const title = councilPackTitle(pack);
  const pdf = new TaggedPdf({
    title,
    subject: `${programme.title} (${programme.year}) – ${municipality.name}`,
    author: pack.region.name,
    footer: `Raadsinformatiepakket ${municipality.name} – ${programme.title}`,
    concept: programme.status === 'draft' || programme.status === 'proposed',
  });
  pdf.heading(1, title);
  pdf.paragraph(
    `Dit pakket vat voor de gemeenteraad van ${municipality.name} samen wat ${pack.region.name} vraagt met ` +
      `"${programme.title}", wat dat de gemeente kost en hoe de raad zijn zienswijze geeft. ` +
      `Stand van ${dutchDate(today)}; status van het programma: ${PROGRAMME_STATUS_NL[programme.status].toLowerCase()}.`,
  );
  if (programme.status === 'draft' || programme.status === 'proposed') {
    pdf.paragraph(
      'Concept: dit programma is nog niet aan de gemeenteraden voorgelegd; bedragen en teksten kunnen nog veranderen.',
      'strong',
    );
  }
  const decision = pack.councilDecision;
  pdf.table({
    caption: 'In het kort',
    columns: [
      { header: 'Onderwerp', weight: 1.2 },
      { header: 'Gegevens', weight: 2.8 },
    ],
    rowHeaders: true,
    rows: [
      [`Bijdrage ${municipality.name} ${programme.year}`, totalText(pack)],
      ['Verschil met vorig jaar', differenceText(pack)],
      ['Per inwoner', perInhabitantText(pack)],
      ['Termijn voor de zienswijze', deadlineText(pack)],
      [
        'Besluit van de raad',
        decision ? DECISION_STATUS_NL[decision.status] : 'Nog niet voorgelegd',
      ],
      ['Contact', contactText(pack)],
    ],
  });

  pdf.heading(2, 'Wat de regio vraagt en waarom');
  pdf.paragraph(programme.introduction.trim() || 'Het programma heeft (nog) geen inleiding.');
  if (pack.assignments.length === 0) {
    pdf.paragraph('Dit programma heeft (nog) geen opdrachten.');
  } else {
    pdf.paragraph(`Het programma telt ${pack.assignments.length} opdrachten:`);
    pdf.list(
      pack.assignments.map((a) => {
        const goal = a.goal.trim() ? ` – ${a.goal.trim()}` : '';
        return `${a.code} ${a.title} (${a.themeTitle})${goal}`;
      }),
    );
  }

  pdf.heading(2, `Wat het programma ${municipality.name} kost`);
  pdf.paragraph(populationSentence(pack));
  if (!contribution) {
    pdf.paragraph(
      `De bijdrage kan nu niet tot op de cent worden berekend. ${pack.contributionUnavailable ?? ''}`,
    );
  } else {
    const paid = pack.assignments.filter((a) => (a.contributionCents ?? 0) > 0);
    if (paid.length === 0) {
      pdf.paragraph(
        `${municipality.name} betaalt in ${programme.year} niets aan dit programma: er zijn geen bijdragen van de gemeenten voor opdrachten waaraan ${municipality.name} deelneemt.`,
      );
    } else {
      pdf.paragraph(
        `${municipality.name} betaalt in ${programme.year} ${formatEuros(contribution.totalCents)} aan ${paid.length} opdrachten.`,
      );
      pdf.barChart({
        caption: `Bijdrage van ${municipality.name} per opdracht, ${programme.year}`,
        alt: `Staafdiagram van de bijdrage van ${municipality.name} per opdracht in ${programme.year}; de tabel geeft dezelfde bedragen.`,
        labelHeader: 'Opdracht',
        valueHeader: 'Bijdrage',
        bars: paid.map((a) => ({ label: `${a.code} ${a.title}`, value: a.contributionCents ?? 0 })),
        format: formatEuros,
        total: { label: 'Totaal', value: contribution.totalCents },
      });
    }
    pdf.heading(3, 'Meerjarig beeld (niet in het bedrag hierboven)');
    if (contribution.laterYears.length === 0) {
      pdf.paragraph('De opdrachten hebben geen begrotingsregels voor latere jaren.');
    } else {
      pdf.paragraph(
        'Wat de opdrachten van dit programma in latere jaren van de gemeente vragen, met dezelfde verdeelsleutel en inwonertallen als nu. Deze bedragen worden later per jaar vastgesteld.',
      );
      pdf.table({
        caption: `Bijdrage van ${municipality.name} in latere jaren`,
        columns: [{ header: 'Jaar' }, { header: 'Bijdrage', align: 'right' }],
        rowHeaders: true,
        rows: contribution.laterYears.map((y) => [String(y.year), formatEuros(y.totalCents)]),
      });
    }
  }

  renderChanges(pdf, pack);

  pdf.heading(2, 'Procedure en termijn');
  for (const sentence of procedureSentences(pack)) pdf.paragraph(sentence);

  renderDecision(pdf, pack);

  pdf.heading(2, 'Contact');
  if (pack.contacts.length === 0) {
    pdf.paragraph(`Neem contact op met het regiobureau van ${pack.region.name}.`);
  } else {
    pdf.list(pack.contacts.map((c) => (c.email ? `${c.name}, ${c.email}` : c.name)));
  }
  return pdf.finish();
}

function renderChanges(pdf: TaggedPdf, pack: CouncilPackResponse): void {
  const previous = pack.previousYear;
  pdf.heading(2, 'Nieuw of gewijzigd ten opzichte van vorig jaar');
  if (!previous) {
    pdf.paragraph(
      `Er is geen programma van ${pack.programme.year - 1} van ${pack.region.name} in Koers om mee te vergelijken.`,
    );
    return;
  }
  const changed = pack.assignments.filter((a) => a.change !== 'unchanged');
  if (changed.length === 0 && pack.endedAssignments.length === 0) {
    pdf.paragraph(
      `Dezelfde opdrachten als in ${previous.title} (${previous.year}), met dezelfde bijdrage van ${pack.municipality.name}.`,
    );
    return;
  }
  const amount = (cents: number | null) => (cents === null ? 'onbekend' : formatEuros(cents));
  pdf.table({
    caption: `Vergeleken met ${previous.title} (${previous.year})`,
    columns: [
      { header: 'Opdracht', weight: 2.6 },
      { header: 'Wat', weight: 1.1 },
      { header: String(previous.year), weight: 1.2, align: 'right' },
      { header: String(pack.programme.year), weight: 1.2, align: 'right' },
    ],
    rowHeaders: true,
    rows: [
      ...changed.map((a) => [
        `${a.code} ${a.title}`,
        a.change === 'new' ? 'Nieuw' : 'Bedrag gewijzigd',
        a.change === 'new' ? '–' : amount(a.previousYearCents),
        amount(a.contributionCents),
      ]),
      ...pack.endedAssignments.map((a) => [
        `${a.code} ${a.title}`,
        'Vervallen',
        amount(a.previousYearCents),
        '–',
      ]),
    ],
  });
}

function renderDecision(pdf: TaggedPdf, pack: CouncilPackResponse): void {
  const decision = pack.councilDecision;
  pdf.heading(2, 'Besluit en zienswijze van de raad');
  if (!decision) {
    pdf.paragraph('Het programma is nog niet aan de gemeenteraden voorgelegd.');
    return;
  }
  const facts = [`Stand: ${DECISION_STATUS_NL[decision.status]}.`];
  if (decision.councilMeetingDate)
    facts.push(`Raadsvergadering: ${dutchDate(decision.councilMeetingDate)}.`);
  if (decision.decisionDate) facts.push(`Besluit van ${dutchDate(decision.decisionDate)}.`);
  if (decision.decisionReference) facts.push(`Kenmerk: ${decision.decisionReference}.`);
  pdf.paragraph(facts.join(' '));
  if (decision.declinedAssignments.length > 0) {
    pdf.paragraph('De raad doet niet mee aan:');
    pdf.list(decision.declinedAssignments.map((a) => `${a.code} ${a.title}`));
  }
  if (decision.viewPoints.length === 0) {
    pdf.paragraph('De raad heeft (nog) geen zienswijze ingediend.');
    return;
  }
  for (const point of decision.viewPoints) {
    pdf.heading(
      3,
      `Punt ${point.number}${point.assignment ? ` (opdracht ${point.assignment.code})` : ''}`,
    );
    pdf.paragraph(point.text);
    if (!point.answered || !point.answer || !point.outcome) {
      pdf.paragraph('Het bestuur heeft dit punt nog niet beantwoord.', 'small');
      continue;
    }
    pdf.paragraph(
      `Antwoord van het bestuur (${OUTCOME_NL[point.outcome].toLowerCase()}): ${point.answer}`,
    );
    if (point.resultingChange)
      pdf.paragraph(`Wijziging in het programma: ${point.resultingChange}`);
  }
}

function totalText(pack: CouncilPackResponse): string {
  return pack.contribution ? formatEuros(pack.contribution.totalCents) : 'Nog niet te berekenen';
}

function differenceText(pack: CouncilPackResponse): string {
  const c = pack.contribution;
  if (!pack.previousYear) return `Geen programma ${pack.programme.year - 1} om mee te vergelijken`;
  if (!c || c.previousYearTotalCents === null || c.differenceCents === null) return 'Onbekend';
  return `${formatEuroChange(c.differenceCents)} (${pack.previousYear.year}: ${formatEuros(c.previousYearTotalCents)})`;
}

function perInhabitantText(pack: CouncilPackResponse): string {
  const c = pack.contribution;
  const inhabitants =
    pack.municipality.population === null
      ? 'inwonertal onbekend'
      : `${dutchNumber(pack.municipality.population)} inwoners`;
  if (!c || c.perInhabitantCents === null) return `Onbekend (${inhabitants})`;
  return `${euroPerInhabitant(c.perInhabitantCents)} (${inhabitants})`;
}

function deadlineText(pack: CouncilPackResponse): string {
  const { consultationDeadline, sentToCouncilsOn } = pack.programme;
  if (!consultationDeadline)
    return sentToCouncilsOn ? 'Geen termijn vastgelegd' : 'Nog niet voorgelegd';
  return `Tot en met ${dutchDate(consultationDeadline)}`;
}

function contactText(pack: CouncilPackResponse): string {
  const first = pack.contacts[0];
  if (!first) return `Regiobureau ${pack.region.name}`;
  return first.email ? `${first.name}, ${first.email}` : first.name;
}
