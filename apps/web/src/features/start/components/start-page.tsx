import type { StartResponse } from '@koers/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useStart } from '../api/get-start';
import { AccountsStart } from './accounts-start';
import { BoardStart } from './board-start';
import { BureauStart } from './bureau-start';
import { CouncilStart } from './council-start';
import { PortfolioStart } from './portfolio-start';
import { RegionProgrammesStart } from './region-programmes-start';

/** The signed-in home: what waits for the person, per role, each item a link to its place. */
export function StartPage({ notices, after }: { notices?: ReactNode; after?: ReactNode }) {
  const { t } = useTranslation();
  const start = useStart();
  return (
    <>
      <Heading1>{t('start.title')}</Heading1>
      <Paragraph lead>{t('start.intro')}</Paragraph>
      {notices}
      <QueryState
        query={start}
        loading={t('start.loading')}
        failed={t('start.failed')}
        empty={{ when: (data) => data.regions.length === 0, message: t('start.noRoles') }}
      >
        {(data) => <StartSections data={data} />}
      </QueryState>
      {after}
    </>
  );
}

export function StartSections({ data }: { data: StartResponse }) {
  const holdsAssignments = data.regions.some((r) => r.roles.includes('portfolio_holder'));
  return (
    <>
      {data.councils.map((council) => (
        <CouncilStart key={council.municipality.id} council={council} />
      ))}
      {data.regions.map(({ regionId, regionName, roles }) => {
        const programmes = data.programmes.filter((p) => p.regionId === regionId);
        const props = { regionId, regionName, programmes };
        const accounts = data.accounts.find((a) => a.regionId === regionId);
        return (
          <div key={regionId}>
            {roles.includes('board') && <BoardStart {...props} />}
            {roles.includes('bureau') && <BureauStart {...props} />}
            {accounts && <AccountsStart accounts={accounts} />}
            {(roles.includes('observer') || roles.includes('admin')) &&
              !roles.includes('bureau') && <RegionProgrammesStart {...props} />}
          </div>
        );
      })}
      {holdsAssignments && <PortfolioStart assignments={data.assignments} />}
    </>
  );
}
