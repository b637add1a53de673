import type { StartProgramme } from '@koers/contracts';
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

interface Props {
  regionId: string;
  regionName: string;
  programmes: StartProgramme[];
}

/** What awaits the board's decision (a proposal, a complete adoption) and the open points. */
export function BoardStart({ regionId, regionName, programmes }: Props) {
  const { t } = useTranslation();
  const id = `start-board-${regionId}`;
  const awaiting = programmes.filter((p) => p.awaitsBoard && p.nextStep);
  const open = programmes.filter((p) => p.unansweredViewPoints > 0);
  const title = (p: StartProgramme) => t('start.programme', { title: p.title, year: p.year });
  return (
    <section aria-labelledby={id} className="koers-section">
      <Heading2 id={id}>{t('start.board.title', { region: regionName })}</Heading2>
      {awaiting.length === 0 ? (
        <Paragraph>{t('start.board.nothingAwaits')}</Paragraph>
      ) : (
        <UnorderedList>
          {awaiting.map((p) => (
            <UnorderedListItem key={p.id}>
              <Link to={paths.programmeLifecycle.url(p.id)}>
                {t('start.board.awaits', {
                  action: t(`lifecycle.transitions.actions.${p.nextStep?.to ?? 'proposed'}`),
                  title: title(p),
                })}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Heading3>{t('start.board.openPoints')}</Heading3>
      {open.length === 0 ? (
        <Paragraph>{t('start.board.noOpenPoints')}</Paragraph>
      ) : (
        <UnorderedList>
          {open.map((p) => (
            <UnorderedListItem key={p.id}>
              <Link to={paths.ratification.url(p.id)}>
                {t('start.board.openPointsItem', {
                  title: title(p),
                  count: p.unansweredViewPoints,
                })}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
