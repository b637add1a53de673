import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, ThemeResponse } from '@koers/contracts';
import { Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { ValidationFailedError } from '../../common/koers-error';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { changedFields, lockAtVersion } from '../../common/version';
import { describeReferences, findReferences } from '../../common/references';
import { AuditSubject, deleteAudited, saveAudited } from '../audit/audited-writes';
import { RegionsService } from '../regions/regions.service';
import { CreateThemeDto, ThemeListQueryDto, UpdateThemeDto } from './dto/theme.dto';
import { ThemeEntity } from './theme.entity';
import { themeInUse, themeNotFound, themeVersionConflict } from './theme.errors';
import { toThemeResponse } from './theme.mapper';

@Injectable()
export class ThemesService {
  constructor(
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    private readonly regions: RegionsService,
  ) {}

  async list(regionId: string, query: ThemeListQueryDto): Promise<Page<ThemeResponse>> {
    await this.regions.get(regionId);
    const qb = this.themes
      .createQueryBuilder('t')
      .where('t.regionId = :regionId', { regionId })
      .orderBy('t.title', 'ASC')
      .addOrderBy('t.id', 'ASC');
    if (query.q) qb.andWhere('t.title ILIKE :q', { q: containsPattern(query.q) });
    return toPage(qb, query, toThemeResponse);
  }

  /** The theme when it belongs to this region; one of another region is not found. */
  async get(regionId: string, id: string): Promise<ThemeEntity> {
    await this.regions.get(regionId);
    const theme = await this.themes.findOneBy({ id, regionId });
    if (!theme) throw themeNotFound(id);
    return theme;
  }

  async create(regionId: string, dto: CreateThemeDto): Promise<ThemeEntity> {
    await this.regions.get(regionId);
    checkPeriod(dto.periodStartYear, dto.periodEndYear);
    const theme = this.themes.create({ ...definedFields(dto), regionId });
    return this.themes.manager.transaction((manager) => saveAudited(manager, theme, AUDIT, null));
  }

  /** Changes the theme when it is still at `version`, else THEME_VERSION_CONFLICT. */
  async update(
    regionId: string,
    id: string,
    version: number,
    dto: UpdateThemeDto,
  ): Promise<ThemeEntity> {
    await this.regions.get(regionId);
    return this.themes.manager.transaction(async (manager) => {
      const theme = await lockAtVersion(manager, ThemeEntity, { id, regionId }, version, {
        notFound: () => themeNotFound(id),
        conflict: themeVersionConflict,
      });
      const before = AUDIT.view(theme);
      manager.merge(ThemeEntity, theme, changedFields(dto));
      theme.version = version + 1;
      checkPeriod(theme.periodStartYear, theme.periodEndYear);
      return saveAudited(manager, theme, AUDIT, before);
    });
  }

  async remove(regionId: string, id: string): Promise<void> {
    const theme = await this.get(regionId, id);
    const references = await findReferences(this.themes.manager, 'themes', id);
    if (references.length > 0) throw themeInUse(theme.title, describeReferences(references));
    await translatePgErrors(
      () =>
        this.themes.manager.transaction((manager) =>
          deleteAudited(manager, ThemeEntity, theme, AUDIT),
        ),
      {
        foreignKey: (table) => themeInUse(theme.title, `gegevens in ${table}`),
      },
    );
  }
}

function checkPeriod(start: number, end: number): void {
  if (end < start) {
    throw new ValidationFailedError([
      { field: 'periodEndYear', message: 'mag niet vóór periodStartYear liggen' },
    ]);
  }
}

const AUDIT: AuditSubject<ThemeEntity> = {
  entity: 'theme',
  regionId: (t) => t.regionId,
  view: toThemeResponse,
};
