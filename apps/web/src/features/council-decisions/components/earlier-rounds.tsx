import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

interface EarlierRoundsProps {
  programmeId: string;
  municipalityId: string;
  rounds: number[];
  currentRound: number;
}

/** A council's decisions and views of earlier consultation rounds, kept as history. */
export function EarlierRounds({
  programmeId,
  municipalityId,
  rounds,
  currentRound,
}: EarlierRoundsProps) {
  const { t } = useTranslation();
  const earlier = rounds.filter((round) => round !== currentRound);
  if (earlier.length === 0) return null;
  return (
    <section aria-labelledby="earlier-rounds-title" className="koers-section">
      <Heading2 id="earlier-rounds-title">{t('councilDecisions.rounds.earlierTitle')}</Heading2>
      <Paragraph>{t('councilDecisions.rounds.intro', { count: rounds.length })}</Paragraph>
      <UnorderedList>
        {earlier.map((round) => (
          <UnorderedListItem key={round}>
            <Link
              to={`${paths.ratificationCouncil.url(programmeId, municipalityId)}?ronde=${round}`}
            >
              {t('councilDecisions.rounds.earlierLink', { round })}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
