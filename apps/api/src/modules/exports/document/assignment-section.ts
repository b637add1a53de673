import type {
  AssignmentResponse,
  SteeringGroupResponse,
  SteeringGroupRole,
} from '@koers/contracts';
import { formatEuros } from '@koers/domain';
import type { TaggedPdf } from '../../documents/pdf';
import type { ProgrammeDocumentData } from '../programme-document-data';
import {
  ASSIGNMENT_STATUS_LABELS,
  FUNDING_SOURCE_LABELS,
  PARTICIPATION_LABELS,
} from '../programme-sheet-columns';

const ROLE_LABELS: Record<SteeringGroupRole, string> = {
  chair: 'voorzitter',
  member: 'lid',
  advisor: 'adviseur',
  secretary: 'secretaris',
};

/** `2026-03-02` → `2-3-2026`; a dash for no date. */
export const dutchDate = (iso: string | null) =>
  iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString('nl-NL', { timeZone: 'UTC' }) : '—';

const fte = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

/** A label and its text, as a small table whose first column heads each row. */
function facts(pdf: TaggedPdf, caption: string, rows: string[][]) {
  pdf.table({
    caption,
    columns: [
      { header: 'Onderdeel', weight: 1 },
      { header: 'Inhoud', weight: 3 },
    ],
    rows,
    rowHeaders: true,
  });
}

function overview(pdf: TaggedPdf, a: AssignmentResponse, data: ProgrammeDocumentData) {
  const person = (id: string | null) => (id ? (data.people.get(id) ?? '—') : '—');
  const participants = a.participantIds
    .map((id) => data.municipalities.get(id)?.name ?? id)
    .sort((x, y) => x.localeCompare(y, 'nl'));
  facts(pdf, `Kerngegevens ${a.code}`, [
    ['Status', ASSIGNMENT_STATUS_LABELS[a.status]],
    ['Prioriteit', String(a.priority)],
    ['Portefeuillehouder', person(a.portfolioHolderId)],
    ['Ambtelijk opdrachtnemer', person(a.leadId)],
    [
      'Deelname',
      a.participation === 'opt_in'
        ? `${PARTICIPATION_LABELS.opt_in}: ${participants.join(', ') || 'nog geen gemeenten'}`
        : PARTICIPATION_LABELS.all,
    ],
    ['Begroting totaal', formatEuros(a.budgetTotalCents)],
  ]);
}

function money(pdf: TaggedPdf, a: AssignmentResponse) {
  if (a.budgetLines.length > 0) {
    pdf.table({
      caption: `Begroting ${a.code}`,
      columns: [
        { header: 'Bron', weight: 2 },
        { header: 'Naam', weight: 2 },
        { header: 'Jaar', weight: 0.7, align: 'right' },
        { header: 'Bedrag', weight: 1.3, align: 'right' },
      ],
      rows: a.budgetLines.map((l) => [
        FUNDING_SOURCE_LABELS[l.fundingSource],
        l.sourceName,
        String(l.year),
        formatEuros(l.amountCents),
      ]),
      footer: ['Totaal', '', '', formatEuros(a.budgetTotalCents)],
    });
  } else {
    pdf.paragraph('Deze opdracht heeft nog geen begrotingsregels.');
  }
  if (a.capacityLines.length > 0) {
    pdf.table({
      caption: `Capaciteit ${a.code}`,
      columns: [
        { header: 'Leverancier', weight: 3 },
        { header: 'Jaar', align: 'right' },
        { header: 'Fte', align: 'right' },
        { header: 'Uren', align: 'right' },
      ],
      rows: a.capacityLines.map((l) => [
        l.supplierName,
        String(l.year),
        l.fte === null ? '—' : fte(l.fte),
        l.hours === null ? '—' : l.hours.toLocaleString('nl-NL'),
      ]),
    });
  }
}

function mandate(pdf: TaggedPdf, a: AssignmentResponse) {
  const m = a.mandate;
  facts(pdf, `Mandaat ${a.code}`, [
    ['Reikwijdte', m.scope || '—'],
    ['Budgetplafond', m.budgetCeilingCents === null ? '—' : formatEuros(m.budgetCeilingCents)],
    ['Looptijd', `${dutchDate(m.validFrom)} tot en met ${dutchDate(m.validUntil)}`],
    ['Terugrapporteren', m.reportBackDates.map(dutchDate).join(', ') || '—'],
    ['Terug naar bestuur of raden', m.escalation || '—'],
  ]);
}

function people(pdf: TaggedPdf, group: SteeringGroupResponse, data: ProgrammeDocumentData) {
  const organisation = (id: string | null) => (id ? data.organisations.get(id) : undefined);
  if (group.members.length > 0) {
    pdf.paragraph('Stuurgroep', 'strong');
    pdf.list(
      group.members.map((m) =>
        [data.people.get(m.personId) ?? '—', ROLE_LABELS[m.role], organisation(m.organisationId)]
          .filter(Boolean)
          .join(', '),
      ),
    );
  }
  if (group.commitments.length > 0) {
    pdf.paragraph('Inbreng van de partners', 'strong');
    pdf.list(
      group.commitments.map((c) =>
        [
          organisation(c.organisationId) ?? '—',
          c.description,
          c.amountCents === null ? '' : formatEuros(c.amountCents),
          c.fte === null ? '' : `${fte(c.fte)} fte`,
        ]
          .filter(Boolean)
          .join(' — '),
      ),
    );
  }
}

function risksAndLinks(pdf: TaggedPdf, a: AssignmentResponse, data: ProgrammeDocumentData) {
  if (a.kpis.length > 0) {
    pdf.table({
      caption: `Indicatoren ${a.code}`,
      columns: [
        { header: 'Indicator', weight: 2 },
        { header: 'Eenheid' },
        { header: 'Nulmeting' },
        { header: 'Streefwaarde' },
        { header: 'Datum' },
      ],
      rows: a.kpis.map((k) => [k.name, k.unit, k.baseline, k.target, dutchDate(k.targetDate)]),
      rowHeaders: true,
    });
  }
  if (a.risks.length > 0) {
    pdf.table({
      caption: `Risico's ${a.code}`,
      columns: [{ header: 'Risico' }, { header: 'Beheersmaatregel' }],
      rows: a.risks.map((r) => [r.description, r.mitigation]),
    });
  }
  const codes = new Map(data.snapshot.assignments.map((s) => [s.id, `${s.code} ${s.title}`]));
  const links = [
    ...a.linkedAssignmentIds.map((id) => codes.get(id) ?? id),
    ...a.externalProgrammeIds.map((id) => data.externalProgrammes.get(id) ?? id),
  ];
  if (links.length > 0) {
    pdf.paragraph('Samenhang met andere opdrachten en programma’s', 'strong');
    pdf.list(links);
  }
}

/** One assignment with all its parts: the three budget questions, mandate, people, risks. */
export function assignmentSection(
  pdf: TaggedPdf,
  { assignment: a, steeringGroup }: ProgrammeDocumentData['assignments'][number],
  data: ProgrammeDocumentData,
) {
  pdf.heading(3, `${a.code} ${a.title}`);
  overview(pdf, a, data);
  pdf.paragraph('Wat willen we bereiken?', 'strong');
  pdf.paragraph(a.goal || '—');
  pdf.paragraph('Wat gaan we daarvoor doen?', 'strong');
  if (a.results.length > 0) pdf.list(a.results);
  else pdf.paragraph('—');
  pdf.paragraph('Wat mag het kosten?', 'strong');
  money(pdf, a);
  mandate(pdf, a);
  people(pdf, steeringGroup, data);
  risksAndLinks(pdf, a, data);
}
