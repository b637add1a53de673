import type { ProgrammeStatus } from '@koers/contracts';
import { formatEuros, PUBLISHED_STATUSES } from '@koers/domain';
import { TaggedPdf } from '../../documents/pdf';
import type { ProgrammeDocumentData } from '../programme-document-data';
import { FUNDING_SOURCE_LABELS, PROGRAMME_STATUS_LABELS } from '../programme-sheet-columns';
import { assignmentSection, dutchDate } from './assignment-section';

/** Before the board adopts it (and the public may read it), the programme is a concept. */
export const isConcept = (status: ProgrammeStatus) => !PUBLISHED_STATUSES.includes(status);

function opening(pdf: TaggedPdf, data: ProgrammeDocumentData) {
  const { programme } = data;
  pdf.heading(1, programme.title);
  if (isConcept(programme.status)) {
    pdf.paragraph(
      `CONCEPT — Dit is het programma zoals het nu is (status: ${PROGRAMME_STATUS_LABELS[programme.status]}). Het is nog niet vastgesteld: opdrachten en bedragen kunnen nog veranderen.`,
      'strong',
    );
  } else {
    pdf.paragraph(
      `Vastgesteld${programme.adoptedOn ? ` op ${dutchDate(programme.adoptedOn)}` : ''} (status: ${PROGRAMME_STATUS_LABELS[programme.status]}).`,
      'strong',
    );
  }
  pdf.paragraph(
    `${data.regionName} · jaar ${programme.year} · peildatum inwonertallen ${dutchDate(data.contributions?.populationReferenceDate ?? programme.populationReferenceDate)} · versie ${programme.version} · gemaakt op ${data.exportedAt.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })}`,
    'small',
  );
  pdf.heading(2, 'Inleiding');
  const paragraphs = programme.introduction
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) pdf.paragraph('Dit programma heeft (nog) geen inleiding.');
  for (const text of paragraphs) pdf.paragraph(text);
}

function summary(pdf: TaggedPdf, data: ProgrammeDocumentData) {
  const { totals } = data.programme;
  pdf.heading(1, 'Het programma in cijfers');
  pdf.table({
    caption: 'Totalen',
    columns: [
      { header: 'Onderdeel', weight: 2 },
      { header: 'Waarde', align: 'right' },
    ],
    rows: [
      ['Opdrachten', String(totals.assignmentCount)],
      ['Begroting totaal', formatEuros(totals.budgetTotalCents)],
      [
        'Bijdragen van de gemeenten',
        data.contributions ? formatEuros(data.contributions.totalCents) : '—',
      ],
      ['Capaciteit (fte)', totals.fteTotal.toLocaleString('nl-NL', { maximumFractionDigits: 2 })],
      ['Capaciteit (uren)', totals.hoursTotal.toLocaleString('nl-NL')],
    ],
    rowHeaders: true,
  });
  if (totals.budgetByTheme.length > 0) {
    pdf.barChart({
      caption: 'Begroting per opgave',
      alt: 'Staafdiagram van de begroting per opgave; de tabel geeft dezelfde bedragen.',
      labelHeader: 'Opgave',
      valueHeader: 'Begroting',
      bars: totals.budgetByTheme.map((t) => ({ label: t.themeTitle, value: t.amountCents })),
      format: formatEuros,
      total: { label: 'Totaal', value: totals.budgetTotalCents },
    });
  }
  if (totals.budgetByFundingSource.length > 0) {
    pdf.table({
      caption: 'Begroting per bron',
      columns: [
        { header: 'Bron', weight: 2 },
        { header: 'Bedrag', align: 'right' },
      ],
      rows: totals.budgetByFundingSource.map((s) => [
        FUNDING_SOURCE_LABELS[s.fundingSource],
        formatEuros(s.amountCents),
      ]),
      rowHeaders: true,
      footer: ['Totaal', formatEuros(totals.budgetTotalCents)],
    });
  }
}

function themesAndAssignments(pdf: TaggedPdf, data: ProgrammeDocumentData) {
  pdf.heading(1, 'Opgaven en opdrachten');
  if (data.assignments.length === 0) pdf.paragraph('Dit programma heeft nog geen opdrachten.');
  for (const theme of data.themes) {
    const own = data.assignments.filter((a) => a.assignment.themeId === theme.id);
    if (own.length === 0) continue;
    pdf.heading(2, theme.title);
    if (theme.description.trim()) pdf.paragraph(theme.description.trim());
    for (const item of own) assignmentSection(pdf, item, data);
  }
}

function contributions(pdf: TaggedPdf, data: ProgrammeDocumentData) {
  pdf.heading(1, 'Bijdragen per gemeente');
  const c = data.contributions;
  if (!c) {
    pdf.paragraph(`De bijdragen zijn niet te berekenen: ${data.contributionsProblem ?? ''}`);
    return;
  }
  pdf.paragraph(
    `Wat elke gemeente in ${c.year} bijdraagt, tot op de cent, met de inwonertallen op ${dutchDate(c.populationReferenceDate)}.`,
  );
  pdf.table({
    caption: `Bijdrage per gemeente in ${c.year}`,
    columns: [
      { header: 'Gemeente', weight: 2 },
      { header: 'Inwoners', align: 'right' },
      { header: 'Bijdrage', weight: 1.4, align: 'right' },
      { header: 'Per inwoner', align: 'right' },
    ],
    rows: c.municipalities.map((m) => [
      m.name,
      m.population === null ? 'onbekend' : m.population.toLocaleString('nl-NL'),
      formatEuros(m.totalCents),
      m.perInhabitantCents === null ? '—' : formatEuros(Math.round(m.perInhabitantCents)),
    ]),
    rowHeaders: true,
    footer: ['Totaal', '', formatEuros(c.totalCents), ''],
  });
  pdf.table({
    caption: `Bijdrage per opdracht in ${c.year}`,
    columns: [
      { header: 'Opdracht', weight: 3 },
      { header: 'Betalende gemeenten', align: 'right' },
      { header: 'Bijdrage', weight: 1.4, align: 'right' },
    ],
    rows: c.assignments.map((a) => [
      `${a.code} ${a.title}`,
      String(a.payerIds.length),
      formatEuros(a.splitTotalCents),
    ]),
    rowHeaders: true,
    footer: ['Totaal', '', formatEuros(c.totalCents)],
  });
}

/** The whole programme as a tagged PDF: concept-marked unless adopted. */
export function programmeDocument(data: ProgrammeDocumentData): Promise<Buffer> {
  const { programme } = data;
  const concept = isConcept(programme.status);
  const pdf = new TaggedPdf({
    title: `${programme.title}${concept ? ' (concept)' : ''}`,
    subject: `Jaarprogramma ${programme.year} van ${data.regionName}`,
    author: data.regionName,
    concept,
    createdAt: data.exportedAt,
  });
  opening(pdf, data);
  summary(pdf, data);
  themesAndAssignments(pdf, data);
  contributions(pdf, data);
  return pdf.finish();
}
