import { Injectable } from '@nestjs/common';
import type { ImportResult, ImportRow } from '@koers/contracts';
import { isEditable } from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { runQueries } from '../../common/run-queries';
import { lockEditableProgramme } from '../programmes/programme-editable';
import { programmeNotDraft } from '../programmes/programme.errors';
import { ProgrammesService } from '../programmes/programmes.service';
import { checkImportedBodies } from './check-bodies';
import { importInvalid } from './import.errors';
import { normaliseHeader } from './import-columns';
import { ImportPlan, ImportReferences, planImport } from './import-plan';
import { writeImport } from './import-writer';
import { RawUpload, readUpload } from './read-upload';

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  /**
   * Reads and checks the file against the programme. A dry run answers what it would do and
   * stores nothing; otherwise the same checks run again inside the transaction that stores it
   * all, and any problem stores nothing (400 IMPORT_INVALID).
   */
  async import(
    programmeId: string,
    file: { buffer: Buffer; originalname?: string },
    dryRun: boolean,
  ): Promise<ImportResult> {
    const programme = await this.programmes.find(programmeId);
    if (!isEditable(programme.status)) throw programmeNotDraft();
    const upload = await readUpload(file.buffer);
    if (dryRun) {
      const plan = await this.plan(
        this.dataSource.manager,
        programme.regionId,
        programmeId,
        upload,
      );
      return toResult(upload, plan, true, false);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockEditableProgramme(manager, programmeId);
      const plan = await this.plan(manager, programme.regionId, programmeId, upload);
      if (plan.problems.length > 0) throw importInvalid(plan.problems);
      const name = (file.originalname ?? '').slice(0, 200) || 'een bestand';
      // Creates and updates as planned: the writer gives the created assignments their ids.
      const result = toResult(upload, plan, false, true);
      await writeImport(
        manager,
        programmeId,
        programme.regionId,
        plan.assignments,
        `Geïmporteerd uit ${name}`,
      );
      return result;
    });
  }

  private async plan(
    manager: EntityManager,
    regionId: string,
    programmeId: string,
    upload: RawUpload,
  ): Promise<ImportPlan> {
    const refs = await loadReferences(manager, regionId, programmeId);
    const plan = planImport(upload, refs);
    checkImportedBodies(plan.assignments, plan.problems);
    plan.problems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
    return plan;
  }
}

async function loadReferences(
  manager: EntityManager,
  regionId: string,
  programmeId: string,
): Promise<ImportReferences> {
  type Named = { id: string; name: string }[];
  const rows = (sql: string, id: string) => () => manager.query<Named>(sql, [id]);
  const [themes, people, municipalities, organisations, existing] = await runQueries(
    manager,
    rows('SELECT id, title AS name FROM themes WHERE region_id = $1', regionId),
    rows('SELECT id, name FROM people WHERE region_id = $1', regionId),
    rows('SELECT id, name FROM municipalities WHERE region_id = $1', regionId),
    rows('SELECT id, name FROM organisations WHERE region_id = $1', regionId),
    rows('SELECT id, code AS name FROM assignments WHERE programme_id = $1', programmeId),
  );
  const peopleByName = new Map<string, string[]>();
  for (const p of people) {
    const key = normaliseHeader(p.name);
    peopleByName.set(key, [...(peopleByName.get(key) ?? []), p.id]);
  }
  return {
    themes: new Map(themes.map((t) => [normaliseHeader(t.name), { id: t.id, title: t.name }])),
    people: peopleByName,
    municipalities: new Map(municipalities.map((m) => [normaliseHeader(m.name), m.id])),
    organisations: new Map(organisations.map((o) => [normaliseHeader(o.name), o.id])),
    existing: new Map(existing.map((a) => [a.name, { id: a.id }])),
  };
}

function toResult(
  upload: RawUpload,
  plan: ImportPlan,
  dryRun: boolean,
  stored: boolean,
): ImportResult {
  const rows = (existing: boolean): ImportRow[] =>
    plan.assignments
      .filter((p) => (p.existingId !== null) === existing)
      .map((p) => ({
        row: p.row,
        code: p.body.code,
        title: p.body.title,
        themeTitle: p.themeTitle,
        budgetLineCount: p.body.budgetLines?.length ?? 0,
        budgetTotalCents: (p.body.budgetLines ?? []).reduce((sum, l) => sum + l.amountCents, 0),
        capacityLineCount: p.body.capacityLines?.length ?? 0,
      }));
  return {
    dryRun,
    stored,
    format: upload.format,
    creates: rows(false),
    updates: rows(true),
    problems: plan.problems,
  };
}
