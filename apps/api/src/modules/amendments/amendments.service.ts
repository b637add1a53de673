import { Injectable } from '@nestjs/common';
import type { AmendmentListResponse } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { chooseRound, roundsOf } from '../council-decisions/consultation-round';
import { findProgramme } from '../council-decisions/council-decision-reader';
import { readAmendments } from './amendment-read';

@Injectable()
export class AmendmentsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The amendments of one consultation round (default the current one). */
  async list(programmeId: string, round?: number): Promise<AmendmentListResponse> {
    const manager = this.dataSource.manager;
    await findProgramme(manager, programmeId);
    const rounds = chooseRound(await roundsOf(manager, programmeId), round);
    return {
      programmeId,
      ...rounds,
      items: rounds.round === 0 ? [] : await readAmendments(manager, programmeId, rounds.round),
    };
  }
}
