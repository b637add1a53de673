import type { ConsultationRoundInfo } from '@koers/contracts';
import {
  Alert,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** `?ronde=n` of a page that shows one consultation round; undefined: the current round. */
export function roundParam(search: URLSearchParams): number | undefined {
  const value = search.get('ronde');
  return value && /^[1-9]\d{0,2}$/.test(value) ? Number(value) : undefined;
}

/** The link to `path` showing `round` (the current round without a parameter). */
export const roundUrl = (path: string, round: number, currentRound: number) =>
  round === currentRound ? path : `${path}?ronde=${round}`;

/**
 * The consultation rounds of a programme once it has been sent to the councils more than once:
 * a link per round (the shown one marked), and, on an earlier round, that it is history.
 */
export function RoundNav({ info, path }: { info: ConsultationRoundInfo; path: string }) {
  const { t } = useTranslation();
  if (info.rounds.length <= 1) return null;
  return (
    <>
      <nav aria-label={t('councilDecisions.rounds.label')} className="koers-round-nav">
        <Paragraph>{t('councilDecisions.rounds.intro', { count: info.rounds.length })}</Paragraph>
        <UnorderedList>
          {info.rounds.map((round) => {
            const label =
              round === info.currentRound
                ? t('councilDecisions.rounds.current', { round })
                : t('councilDecisions.rounds.earlier', { round });
            return (
              <UnorderedListItem key={round}>
                {round === info.round ? (
                  <Link to={roundUrl(path, round, info.currentRound)} aria-current="page">
                    <strong>{label}</strong>
                  </Link>
                ) : (
                  <Link to={roundUrl(path, round, info.currentRound)}>{label}</Link>
                )}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      </nav>
      {info.round !== info.currentRound && (
        <Alert type="info">
          <Paragraph>
            {t('councilDecisions.rounds.history', {
              round: info.round,
              current: info.currentRound,
            })}
          </Paragraph>
        </Alert>
      )}
    </>
  );
}
