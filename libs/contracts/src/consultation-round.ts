/**
 * Which consultation round a response shows. A programme sent to the councils again after
 * going back to draft starts the next round; earlier rounds stay readable as history.
 */
export interface ConsultationRoundInfo {
  /** The round shown (1, 2, …). */
  round: number;
  /** The programme's latest round: the one recorded in and counted for adoption. */
  currentRound: number;
  /** Every round of the programme, oldest first. */
  rounds: number[];
}
