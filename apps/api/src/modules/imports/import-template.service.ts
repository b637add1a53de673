import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProgrammesService } from '../programmes/programmes.service';
import { templateCsv, templateWorkbook } from './import-template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Injectable()
export class ImportTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async template(programmeId: string, format: 'xlsx' | 'csv'): Promise<StreamableFile> {
    const programme = await this.programmes.find(programmeId);
    const name = `koers-import-${programme.year}`;
    if (format === 'csv') {
      return new StreamableFile(templateCsv(), {
        type: 'text/csv; charset=utf-8',
        disposition: `attachment; filename="${name}.csv"`,
      });
    }
    const names = async (sql: string) =>
      (await this.dataSource.query<{ name: string }[]>(sql, [programme.regionId])).map(
        (row) => row.name,
      );
    const workbook = await templateWorkbook({
      themes: await names('SELECT title AS name FROM themes WHERE region_id = $1 ORDER BY title'),
      people: await names('SELECT name FROM people WHERE region_id = $1 ORDER BY name'),
      municipalities: await names(
        'SELECT name FROM municipalities WHERE region_id = $1 ORDER BY name',
      ),
    });
    return new StreamableFile(workbook, {
      type: XLSX,
      disposition: `attachment; filename="${name}.xlsx"`,
    });
  }
}
