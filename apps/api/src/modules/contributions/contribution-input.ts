import type {
  ContributionKeySpec,
  FundingSource,
  PayerSplit,
  ProgrammeStatus,
} from '@koers/contracts';
import type { ContributionKeyType } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { sqlIsoDate } from '../../database/sql-formats';
import { programmeReferenceDate } from '../municipalities/population-history';
import { CURRENT_ROUND } from '../council-decisions/consultation-round';
import { programmeNotFound } from '../programmes/programme.errors';
import {
  ContributionInput,
  ContributionInputAssignment,
  ContributionInputDecision,
  MEMBER_FUNDING_SOURCES,
} from './compute-contributions';

export interface MemberMunicipality {
  id: string;
  name: string;
  cbsCode: string;
  population: number | null;
  /** The date of that population: the latest figure on or before the reference date. */
  populationDate: string | null;
}

/** The programme a split is of, as its endpoints show it. */
export interface SplitProgramme {
  year: number;
  title: string;
  status: ProgrammeStatus;
  consultationDeadline: string | null;
  /** The date its populations are taken at. */
  referenceDate: string;
}

/** The input of a split whose members are named (they are shown). */
export interface MembersInput extends ContributionInput {
  municipalities: MemberMunicipality[];
}

/** The input of a programme's split and of the region's split of the year before. */
export interface SplitInputs {
  input: MembersInput;
  previous: { programmeId: string; year: number; input: ContributionInput } | null;
}

type AssignmentJson = Omit<ContributionInputAssignment, 'budgetLines'> & {
  budgetLines: {
    fundingSource: FundingSource;
    amountCents: string;
    year: number;
    sourceName: string;
    position: number;
    payerSplit: PayerSplit | null;
    payers: { municipalityId: string; amountCents: string | null }[] | null;
  }[];
};

/** The JSON text of the `split` column of {@link splitSql}. */
interface SplitJson {
  programmeKey: ContributionKeySpec | null;
  regionKey: ContributionKeyType;
  members: (MemberMunicipality & { previousPopulation: number | null })[];
  year: number;
  assignments: AssignmentJson[];
  decisions: ContributionInputDecision[];
  previous: {
    programmeId: string;
    year: number;
    programmeKey: ContributionKeySpec | null;
    assignments: AssignmentJson[];
    decisions: ContributionInputDecision[];
  } | null;
}

/** The columns of {@link splitSql}, as pg returns them. */
export interface SplitRow {
  year: number;
  title: string;
  status: ProgrammeStatus;
  population_reference_date: string | null;
  consultation_deadline: string | null;
  /** Everything the splits depend on, as JSON text: see `SplitMemo`. */
  split: string;
  /** The region's data version in the same snapshot: see `VersionedReads`. */
  data_version: string;
}

const MEMBER_SOURCES = MEMBER_FUNDING_SOURCES.map((s) => `'${s}'`).join(', ');

/** The figure of `m` at `date`: the latest on or before it (no row when none is known). */
const latestPopulation = (date: string) =>
  `(SELECT mp.population, mp.reference_date FROM municipality_populations mp
     WHERE mp.municipality_id = m.id AND mp.reference_date <= ${date}
     ORDER BY mp.reference_date DESC LIMIT 1)`;

/** The population of `m` at `date`, null when none is known. */
const populationAt = (date: string) => `(SELECT population FROM ${latestPopulation(date)} l)`;

/** The assignments of `programme` by code, with participants and their member money (as text). */
const assignmentsOf = (programme: string) => `
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code, 'title', a.title,
            'participation', a.participation, 'contributionKey', a.contribution_key,
            'participantIds', coalesce((SELECT array_agg(pa.municipality_id::text
                 ORDER BY pa.municipality_id) FROM assignment_participants pa
                 WHERE pa.assignment_id = a.id), '{}'),
            'budgetLines', coalesce((SELECT json_agg(json_build_object(
                 'fundingSource', b.funding_source, 'amountCents', b.amount_cents::text,
                 'year', b.year, 'sourceName', b.source_name, 'position', b.position,
                 'payerSplit', b.payer_split,
                 'payers', (SELECT json_agg(json_build_object('municipalityId', bp.municipality_id,
                     'amountCents', bp.amount_cents::text) ORDER BY bp.position)
                     FROM assignment_budget_line_payers bp WHERE bp.budget_line_id = b.id))
                 ORDER BY b.position) FROM assignment_budget_lines b
                 WHERE b.assignment_id = a.id AND b.funding_source IN (${MEMBER_SOURCES})), '[]'))
            ORDER BY a.code, a.id), '[]')
     FROM assignments a WHERE a.programme_id = ${programme})`;

/**
 * The decisions that change a split: `partial` and `rejected` (the others decline nothing), of
 * the current consultation round only (an earlier round was about an earlier version).
 */
const decisionsOf = (programme: string) => `
  (SELECT coalesce(json_agg(json_build_object('municipalityId', d.municipality_id,
            'status', d.status, 'declinedAssignmentIds', d.declined_assignment_ids::text[])
            ORDER BY d.municipality_id), '[]')
     FROM council_decisions d
    WHERE d.programme_id = ${programme} AND d.status IN ('partial', 'rejected')
      AND d.round = ${CURRENT_ROUND(programme)})`;

/**
 * $1 programme. One row (none when there is no such programme): the programme, and in `split`
 * everything its split needs and the same for the region's programme of the year before (null
 * when there is none), in one round trip instead of one per list and programme (issue 7).
 * Members are all municipalities of the region (participation 'all' means all of these), by
 * name, with their population at each programme's reference date (its own date, else 1 January
 * of its year). `columns` adds columns; the programme is `p`. Without `previous`, the year before
 * is left out (`previous` null): what a write needs, at half the work.
 */
export function splitSql(columns = '', { previous = true } = {}): string {
  const q = (sql: string) => (previous ? sql : '');
  return `
  WITH p AS (SELECT p.*, coalesce(p.population_reference_date, make_date(p.year, 1, 1)) AS at
               FROM programmes p WHERE p.id = $1)${q(`,
       q AS (SELECT q.id, q.year, q.contribution_key,
                    coalesce(q.population_reference_date, make_date(q.year, 1, 1)) AS at
               FROM programmes q JOIN p ON q.region_id = p.region_id AND q.year = p.year - 1)`)}
  SELECT p.year, p.title, p.status,
         ${sqlIsoDate('p.population_reference_date')} AS population_reference_date,
         ${sqlIsoDate('p.consultation_deadline')} AS consultation_deadline,
         json_build_object(
           'programmeKey', p.contribution_key,
           'regionKey', (SELECT default_contribution_key FROM regions WHERE id = p.region_id),
           'year', p.year,
           'members', (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name,
                 'cbsCode', m.cbs_code, 'population', cur.population,
                 'populationDate', ${sqlIsoDate('cur.reference_date')},
                 'previousPopulation', ${
                   previous ? `CASE WHEN q.id IS NOT NULL THEN ${populationAt('q.at')} END` : 'NULL'
                 })
                 ORDER BY m.name, m.id), '[]')
               FROM municipalities m
               LEFT JOIN LATERAL ${latestPopulation('p.at')} cur ON true
              WHERE m.region_id = p.region_id),
           'assignments', ${assignmentsOf('p.id')},
           'decisions', ${decisionsOf('p.id')},
           'previous', ${
             previous
               ? `CASE WHEN q.id IS NOT NULL THEN json_build_object(
             'programmeId', q.id, 'year', q.year, 'programmeKey', q.contribution_key,
             'assignments', ${assignmentsOf('q.id')}, 'decisions', ${decisionsOf('q.id')}) END`
               : 'NULL'
           }
         )::text AS split,
         koers_region_data_version(p.region_id)::text AS data_version
         ${columns}
    FROM p${q(' LEFT JOIN q ON true')}`;
}

/** The programme of a row of {@link splitSql}. */
export function toSplitProgramme(row: SplitRow): SplitProgramme {
  return {
    year: row.year,
    title: row.title,
    status: row.status,
    consultationDeadline: row.consultation_deadline,
    referenceDate: programmeReferenceDate({
      populationReferenceDate: row.population_reference_date,
      year: row.year,
    }),
  };
}

const toAssignment = (a: AssignmentJson): ContributionInputAssignment => ({
  ...a,
  budgetLines: a.budgetLines.map((l) => ({
    ...l,
    amountCents: toSafeInteger(l.amountCents),
    payers:
      l.payers?.map((p) => ({
        municipalityId: p.municipalityId,
        amountCents: p.amountCents === null ? null : toSafeInteger(p.amountCents),
      })) ?? null,
  })),
});

/** The split inputs in the `split` text of a row of {@link splitSql}. */
export function parseSplitInputs(text: string): SplitInputs {
  const split = JSON.parse(text) as SplitJson;
  const input: MembersInput = {
    year: split.year,
    programmeKey: split.programmeKey,
    regionDefaultKeyType: split.regionKey,
    // The rows carry their previous population along; the split reads only id and population.
    municipalities: split.members,
    assignments: split.assignments.map(toAssignment),
    decisions: split.decisions,
  };
  const { previous } = split;
  return {
    input,
    previous: previous && {
      programmeId: previous.programmeId,
      year: previous.year,
      input: {
        year: previous.year,
        programmeKey: previous.programmeKey,
        regionDefaultKeyType: split.regionKey,
        municipalities: split.members.map((m) => ({ id: m.id, population: m.previousPopulation })),
        assignments: previous.assignments.map(toAssignment),
        decisions: previous.decisions,
      },
    },
  };
}

/** The contributions endpoint's only statement. */
const CONTRIBUTION_SPLIT = preparedRead('koers_contribution_split', splitSql());
/** The same without the year before, for the amounts a write keeps. */
const CURRENT_SPLIT = preparedRead(
  'koers_contribution_split_current',
  splitSql('', { previous: false }),
);

/**
 * The programme and the text of its split inputs; 404 when there is no such programme. With
 * `previous: false` the year before is left out (`previous` is null).
 */
export async function readContributionSplit(
  manager: EntityManager,
  programmeId: string,
  { previous = true } = {},
): Promise<{ programme: SplitProgramme; split: string; dataVersion: string }> {
  const statement = previous ? CONTRIBUTION_SPLIT : CURRENT_SPLIT;
  const [row] = await runPrepared<SplitRow>(manager, statement, [programmeId]);
  if (!row) throw programmeNotFound(programmeId);
  return { programme: toSplitProgramme(row), split: row.split, dataVersion: row.data_version };
}
