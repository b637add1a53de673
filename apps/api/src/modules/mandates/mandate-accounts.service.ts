import { Injectable } from '@nestjs/common';
import type { MandateAccountResponse } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { translatePgErrors } from '../../common/pg-errors';
import { currentActor } from '../../common/request-context';
import { changedFields, lockAtVersion } from '../../common/version';
import { saveAudited } from '../audit/audited-writes';
import { MandateAccountDto, UpdateMandateAccountDto } from './dto/mandate-request.dto';
import { lockAssignment } from './mandate-decisions.service';
import { MandateAccountEntity } from './mandate.entity';
import {
  mandateAccountExists,
  mandateAccountNotFound,
  mandateAccountVersionConflict,
} from './mandate.errors';
import { accountAuditSubject, toMandateAccountResponse } from './mandate.mapper';

/** The portfolio holder's accounts for the report-back dates of a mandate: one per date. */
@Injectable()
export class MandateAccountsService {
  constructor(private readonly dataSource: DataSource) {}

  create(assignmentId: string, body: MandateAccountDto): Promise<MandateAccountResponse> {
    return translatePgErrors(
      () =>
        this.dataSource.transaction(async (manager) => {
          const assignment = await lockAssignment(manager, assignmentId);
          if (!assignment.mandateReportBackDates.includes(body.reportBackDate)) {
            throw new ValidationFailedError([
              {
                field: 'reportBackDate',
                message: `is geen terugmeldmoment van dit mandaat (${
                  assignment.mandateReportBackDates.join(', ') || 'er zijn er geen'
                })`,
              },
            ]);
          }
          const author = currentActor(assignment.regionId, 'a mandate account');
          const row = manager.create(MandateAccountEntity, {
            regionId: assignment.regionId,
            assignmentId,
            reportBackDate: body.reportBackDate,
            reportedOn: body.reportedOn,
            summary: body.summary.trim(),
            minutesUrl: body.minutesUrl ?? null,
            recordedBy: author.name,
            recordedById: author.id,
            version: 1,
          });
          return toMandateAccountResponse(
            await saveAudited(manager, row, accountAuditSubject, null),
          );
        }),
      { unique: () => mandateAccountExists(body.reportBackDate) },
    );
  }

  update(
    assignmentId: string,
    accountId: string,
    version: number,
    body: UpdateMandateAccountDto,
  ): Promise<MandateAccountResponse> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockAtVersion(
        manager,
        MandateAccountEntity,
        { id: accountId, assignmentId },
        version,
        {
          notFound: () => mandateAccountNotFound(accountId),
          conflict: mandateAccountVersionConflict,
        },
      );
      const before = accountAuditSubject.view(row);
      const fields = changedFields(body);
      manager.merge(MandateAccountEntity, row, {
        ...fields,
        ...(fields.summary !== undefined ? { summary: fields.summary.trim() } : {}),
      });
      row.version = version + 1;
      return toMandateAccountResponse(await saveAudited(manager, row, accountAuditSubject, before));
    });
  }
}
