import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { PortfolioReportsDue } from '../../features/portfolio/components/portfolio-reports-due';
import { PortfolioSummary } from '../../features/portfolio/components/portfolio-summary';
import { RegionAssignments } from '../../features/portfolio/components/region-assignments';

/** Screen 7: the portfolio holder's assignments and mandates, per region they hold a role in. */
export function MyAssignmentsRoute() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) return <LoadingMessage label={t('portfolio.loading')} />;
  const grants = (me.data?.roles ?? []).filter(
    (role) => role.role === 'portfolio_holder' && role.personId,
  );

  return (
    <>
      <Heading1>{t('portfolio.title')}</Heading1>
      <Paragraph lead>{t('portfolio.intro')}</Paragraph>
      {!me.data ? (
        <Paragraph>
          {t('portfolio.signInFirst')}{' '}
          <Link to={paths.signIn.url(paths.myAssignments.url())}>{t('portfolio.signIn')}</Link>
        </Paragraph>
      ) : grants.length === 0 ? (
        <Paragraph>{t('portfolio.notPortfolioHolder')}</Paragraph>
      ) : (
        <>
          <PortfolioReportsDue />
          <PortfolioSummary />
          {grants.map((grant) => (
            <RegionAssignments
              key={`${grant.regionId}-${grant.personId}`}
              regionId={grant.regionId}
              regionName={grant.regionName}
              personId={grant.personId ?? ''}
            />
          ))}
        </>
      )}
    </>
  );
}

export default MyAssignmentsRoute;
