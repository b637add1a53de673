import type { BestuursrapportageResponse, RollupAssignmentStatus } from '@koers/contracts';
import { dutchDate, formatEuros } from '../dutch-text';
import { TaggedPdf } from '../pdf';
import {
  drawSpendBars,
  drawStackedBars,
  tableWithFigure,
  trendFigure,
  type PdfSegmentStyle,
} from '../pdf/pdf-figures';
import { PDF_STYLE } from '../pdf/pdf-style';

export const STATUS_NL: Record<RollupAssignmentStatus, string> = {
  on_course: 'Op koers',
  attention: 'Aandacht nodig',
  off_course: 'Niet op koers',
  no_report: 'Geen rapportage',
};

export const SOURCE_NL: Record<string, string> = {
  member_contribution: 'Bijdrage gemeenten',
  extra_member_contribution: 'Extra bijdrage gemeenten',
  province: 'Provincie',
  national: 'Rijk',
  eu: 'EU',
  private: 'Private partners',
  other: 'Overig',
};

const STATUSES: RollupAssignmentStatus[] = ['on_course', 'attention', 'off_course', 'no_report'];
const SEGMENTS: PdfSegmentStyle[] = [
  { label: 'op koers', fill: PDF_STYLE.bar },
  { label: 'aandacht', fill: '#9aa9b5', hatch: true },
  { label: 'niet op koers', fill: '#1a1a1a' },
  { label: 'geen', fill: '#ffffff', outline: true },
];

const percent = (share: number | null) =>
  share === null
    ? 'niet te bepalen'
    : `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(share * 100)}%`;

const number = (value: number) => new Intl.NumberFormat('nl-NL').format(value);

/** The period's bestuursrapportage as a tagged PDF: tables, a chart beside each, each council's part. */
export function renderBestuursrapportage(report: BestuursrapportageResponse): Promise<Buffer> {
  const { programme, period, region } = report;
  const title = `Bestuursrapportage ${period.title} – ${programme.title}`;
  const pdf = new TaggedPdf({
    title,
    subject: `${programme.title} (${programme.year}), ${period.title}`,
    author: region.name,
    concept: !report.final,
  });
  pdf.heading(1, title);
  pdf.paragraph(
    `Voortgang van "${programme.title}" van ${region.name} over de periode van ${dutchDate(period.startsOn)} tot en met ${dutchDate(period.dataUntil)}, ` +
      `opgemaakt uit de geaccepteerde voortgangsrapportages per opdracht.`,
  );
  pdf.paragraph(
    report.final
      ? `Definitief (versie ${report.final.version}), vastgesteld door ${report.final.markedFinalBy} op ${dutchDate(report.final.markedFinalAt)}.`
      : 'Concept: het regiobureau heeft deze rapportage nog niet definitief gemaakt; cijfers kunnen nog veranderen.',
    'strong',
  );

  pdf.heading(2, 'Stand van de opdrachten');
  const share = report.onCourseShare;
  pdf.paragraph(
    `Aandeel op koers naar begroting: ${percent(share.share)} (${formatEuros(share.numeratorCents)} van ${formatEuros(share.denominatorCents)}).`,
    'strong',
  );
  pdf.paragraph(`Rekenregel: ${report.rule.nl}`, 'small');
  tableWithFigure(
    pdf,
    {
      caption: 'Opdrachten per status',
      columns: [
        { header: 'Status', weight: 2 },
        { header: 'Aantal', align: 'right' },
      ],
      rowHeaders: true,
      rows: STATUSES.map((s) => [STATUS_NL[s], number(report.counts[s])]),
      footer: ['Totaal', number(report.counts.total)],
    },
    'Staafdiagram van het aantal opdrachten per status; de tabel geeft dezelfde aantallen.',
    (boxes, x, width) =>
      drawStackedBars(
        pdf,
        STATUSES.map((s, i) => STATUSES.map((_, j) => (i === j ? report.counts[s] : 0))),
        SEGMENTS,
        boxes,
        x,
        width,
      ),
  );
  tableWithFigure(
    pdf,
    {
      caption: 'Status per opgave',
      columns: [
        { header: 'Opgave', weight: 2 },
        { header: 'Op koers', align: 'right', weight: 1.1 },
        { header: 'Aandacht', align: 'right', weight: 1.2 },
        { header: 'Niet op koers', align: 'right', weight: 1.1 },
        { header: 'Geen', align: 'right', weight: 0.8 },
      ],
      rowHeaders: true,
      rows: report.byTheme.map((t) => [t.themeTitle, ...STATUSES.map((s) => number(t.counts[s]))]),
    },
    'Gestapelde staven per opgave: opdrachten op koers, met aandacht nodig, niet op koers en zonder rapportage; de tabel geeft dezelfde aantallen.',
    (boxes, x, width) =>
      drawStackedBars(
        pdf,
        report.byTheme.map((t) => STATUSES.map((s) => t.counts[s])),
        SEGMENTS,
        boxes,
        x,
        width,
      ),
    0.64,
  );

  renderAssignments(pdf, report);

  pdf.heading(2, 'Besteding tegen begroting');
  pdf.paragraph(
    `Begroting ${programme.year}: ${formatEuros(report.total.budgetCents)}; verplicht ${formatEuros(report.total.committedCents)}; besteed ${formatEuros(report.total.spentCents)}; resterend ${formatEuros(report.total.remainingCents)}.`,
  );
  const spendColumns = [
    { header: 'Begroting', align: 'right' as const, weight: 1.3 },
    { header: 'Besteed', align: 'right' as const, weight: 1.3 },
    { header: 'Rest', align: 'right' as const, weight: 1.3 },
  ];
  const spendCells = (r: {
    budgetCents: number;
    spentCents: number;
    remainingCents: number;
    overBudget: boolean;
  }) => [
    formatEuros(r.budgetCents),
    formatEuros(r.spentCents),
    `${formatEuros(r.remainingCents)}${r.overBudget ? ' (over)' : ''}`,
  ];
  tableWithFigure(
    pdf,
    {
      caption: 'Per opgave',
      columns: [{ header: 'Opgave', weight: 1.8 }, ...spendColumns],
      rowHeaders: true,
      rows: report.byTheme.map((t) => [t.themeTitle, ...spendCells(t)]),
      footer: ['Totaal', ...spendCells(report.total)],
    },
    'Staven per opgave: de begroting als omlijnde staaf, het bestede bedrag gevuld erin, een overschrijding gearceerd erachter; de tabel geeft de bedragen.',
    (boxes, x, width) => drawSpendBars(pdf, report.byTheme, boxes, x, width),
    0.68,
  );
  tableWithFigure(
    pdf,
    {
      caption: 'Per financieringsbron',
      columns: [{ header: 'Bron', weight: 1.8 }, ...spendColumns],
      rowHeaders: true,
      rows: report.bySource.map((s) => [SOURCE_NL[s.source] ?? s.source, ...spendCells(s)]),
      footer: ['Totaal', ...spendCells(report.total)],
    },
    'Staven per financieringsbron: begroting omlijnd, besteed gevuld, overschrijding gearceerd; de tabel geeft de bedragen.',
    (boxes, x, width) => drawSpendBars(pdf, report.bySource, boxes, x, width),
    0.68,
  );
  if (report.overspentLines.length > 0) {
    pdf.table({
      caption: 'Begrotingsregels boven begroting',
      columns: [
        { header: 'Opdracht', weight: 2.4 },
        { header: 'Bron', weight: 1.4 },
        { header: 'Begroting', align: 'right' },
        { header: 'Besteed', align: 'right' },
      ],
      rowHeaders: true,
      rows: report.overspentLines.map((l) => [
        `${l.code} ${l.title}`,
        SOURCE_NL[l.source] ?? l.source,
        formatEuros(l.budgetCents),
        formatEuros(l.spentCents),
      ]),
    });
  }

  renderKpis(pdf, report);
  renderMilestones(pdf, report);
  renderCouncils(pdf, report);
  return pdf.finish();
}

/** Each assignment with the status of its accepted report and its spend against its budget. */
function renderAssignments(pdf: TaggedPdf, report: BestuursrapportageResponse): void {
  if (report.assignments.length === 0) return;
  tableWithFigure(
    pdf,
    {
      caption: 'Per opdracht',
      columns: [
        { header: 'Opdracht', weight: 2.7 },
        { header: 'Status', weight: 1.2 },
        { header: 'Begroting', align: 'right', weight: 1.6 },
        { header: 'Besteed', align: 'right', weight: 1.5 },
      ],
      rowHeaders: true,
      rows: report.assignments.map((a) => [
        `${a.code} ${a.title}`,
        STATUS_NL[a.status],
        formatEuros(a.budgetCents),
        `${formatEuros(a.spentCents)}${a.spentCents > a.budgetCents ? ' (over)' : ''}`,
      ]),
    },
    'Staven per opdracht: de begroting als omlijnde staaf, het bestede bedrag gevuld erin, een overschrijding gearceerd erachter; de tabel geeft de status en de bedragen.',
    (boxes, x, width) => drawSpendBars(pdf, report.assignments, boxes, x, width),
    0.74,
  );
}

function renderKpis(pdf: TaggedPdf, report: BestuursrapportageResponse): void {
  pdf.heading(2, 'Indicatoren');
  if (report.kpis.length === 0) {
    pdf.paragraph('Er zijn in deze periode geen metingen van indicatoren gerapporteerd.');
    return;
  }
  const reached = report.kpis.filter((k) => k.outcome === 'reached').length;
  const missed = report.kpis.filter((k) => k.outcome === 'missed').length;
  pdf.paragraph(`${reached} indicatoren hebben hun streefwaarde bereikt, ${missed} nog niet.`);
  const outcome = { reached: 'Bereikt', missed: 'Nog niet', unknown: 'Niet te bepalen' };
  pdf.table({
    caption: 'Laatste meting per indicator',
    columns: [
      { header: 'Indicator', weight: 2.6 },
      { header: 'Basis', align: 'right' },
      { header: 'Streef', align: 'right' },
      { header: 'Meting', align: 'right' },
      { header: 'Streefwaarde', weight: 1.2 },
    ],
    rowHeaders: true,
    rows: report.kpis.map((k) => [
      `${k.code} ${k.name}`,
      k.baseline === null ? '–' : number(k.baseline),
      k.target === null ? '–' : number(k.target),
      `${number(k.value)} ${k.unit}`.trim(),
      outcome[k.outcome],
    ]),
  });
  const trend = report.kpiTrends.find((t) => t.points.length > 1) ?? report.kpiTrends[0];
  if (!trend) return;
  pdf.heading(3, `Verloop: ${trend.code} ${trend.name}`);
  pdf.table({
    caption: `Metingen van ${trend.name} per periode`,
    columns: [
      { header: 'Periode', weight: 2 },
      { header: 'Gemeten op' },
      { header: 'Waarde', align: 'right' },
    ],
    rowHeaders: true,
    rows: trend.points.map((p) => [p.periodTitle, dutchDate(p.measuredOn), number(p.value)]),
  });
  trendFigure(
    pdf,
    {
      alt: `Lijndiagram van ${trend.name} over de perioden, met basis- en streefwaarde als stippellijn; de tabel hierboven geeft dezelfde waarden.`,
      labels: trend.points.map((p) => p.periodTitle),
      values: trend.points.map((p) => p.value),
      target: trend.target,
      baseline: trend.baseline,
      format: number,
    },
    pdf.left,
    pdf.contentWidth,
  );
}

function renderMilestones(pdf: TaggedPdf, report: BestuursrapportageResponse): void {
  pdf.heading(2, 'Mijlpalen');
  if (report.milestones.length === 0) {
    pdf.paragraph(
      'Geen mijlpalen gepland in deze periode en geen openstaande mijlpalen van eerder.',
    );
    return;
  }
  const late = report.milestones.filter((m) => m.late).length;
  pdf.paragraph(`${report.milestones.length} mijlpalen in deze periode, waarvan ${late} te laat.`);
  pdf.table({
    caption: 'Mijlpalen in de periode',
    columns: [
      { header: 'Mijlpaal', weight: 2.6 },
      { header: 'Gepland' },
      { header: 'Gereed' },
      { header: 'Stand' },
    ],
    rowHeaders: true,
    rows: report.milestones.map((m) => [
      `${m.code} ${m.title}`,
      dutchDate(m.plannedOn),
      m.doneOn ? dutchDate(m.doneOn) : 'Nog niet',
      m.late ? 'Te laat' : 'Op tijd',
    ]),
  });
}

function renderCouncils(pdf: TaggedPdf, report: BestuursrapportageResponse): void {
  pdf.heading(2, 'Per gemeente: wat zij betaalde en wat zij kreeg');
  if (report.councils.length === 0) {
    pdf.paragraph('De regio heeft geen deelnemende gemeenten in Koers.');
    return;
  }
  for (const council of report.councils) {
    pdf.heading(3, council.name);
    pdf.paragraph(
      council.paidCents === null
        ? `De bijdrage van ${council.name} is nu niet tot op de cent te berekenen.`
        : `${council.name} betaalt in ${report.programme.year} ${formatEuros(council.paidCents)} aan dit programma en neemt deel aan ${council.assignments.length} opdrachten.`,
    );
    if (council.assignments.length > 0) {
      pdf.table({
        columns: [
          { header: 'Opdracht', weight: 3 },
          { header: 'Status', weight: 1.2 },
        ],
        rowHeaders: true,
        rows: council.assignments.map((a) => [`${a.code} ${a.title}`, STATUS_NL[a.status]]),
      });
    }
  }
}
