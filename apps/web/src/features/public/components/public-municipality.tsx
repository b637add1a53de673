import type { OpenProgramme } from '@koers/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FiguresTable } from '../../../components/figures-table';
import { LoadingMessage } from '../../../components/layout/loading-message';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { formatEuros } from '../../../lib/format';
import { useOpenContributions } from '../api/get-open-contributions';
import { useOpenProgrammes } from '../api/get-open-programmes';
import { municipalitySlug } from '../lib/municipality-slug';

/** What one municipality pays in each public programme, from the open data. */
function Payments({ slug, programmes }: { slug: string; programmes: readonly OpenProgramme[] }) {
  const { t } = useTranslation();
  const contributions = useOpenContributions(programmes.map((p) => p.id));
  if (contributions.some((c) => c.isPending)) {
    return <LoadingMessage label={t('frontDoor.municipality.loading')} />;
  }
  const rows = programmes.flatMap((programme, i) => {
    const own = (contributions[i]?.data?.items ?? []).filter(
      (c) => municipalitySlug(c.municipalityName) === slug,
    );
    return own.length === 0
      ? []
      : [
          {
            programme,
            name: own[0].municipalityName,
            cents: own.reduce((s, c) => s + c.amountCents, 0),
          },
        ];
  });
  const name = rows[0]?.name;
  if (!name) {
    return (
      <>
        <Heading1>{t('frontDoor.municipality.unknownTitle')}</Heading1>
        <Paragraph>{t('frontDoor.municipality.unknown')}</Paragraph>
        <Paragraph>
          <Link to={paths.home.url()}>{t('frontDoor.municipality.back')}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Paragraph className="koers-eyebrow">{t('frontDoor.municipality.label')}</Paragraph>
      <Heading1>{name}</Heading1>
      <Paragraph lead>{t('frontDoor.municipality.intro', { name })}</Paragraph>
      <FiguresTable
        caption={t('frontDoor.municipality.caption', { name })}
        columns={[
          { header: t('frontDoor.municipality.programme') },
          { header: t('frontDoor.municipality.region') },
          { header: t('frontDoor.municipality.amount'), numeric: true },
        ]}
        rows={rows.map(({ programme, cents }) => ({
          key: programme.id,
          header: <Link to={paths.publicProgramme.url(programme.id)}>{programme.title}</Link>,
          cells: [programme.regionName, formatEuros(cents)],
        }))}
      />
      <Paragraph>
        <Link to={paths.home.url()}>{t('frontDoor.municipality.back')}</Link>
      </Paragraph>
    </>
  );
}

/** A municipality's public page, reachable by its name (/openbaar/gemeente/geldrop-mierlo). */
export function PublicMunicipality({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const programmes = useOpenProgrammes();
  return (
    <QueryState
      query={programmes}
      loading={t('frontDoor.municipality.loading')}
      failed={t('frontDoor.failed')}
    >
      {(data) => <Payments slug={slug} programmes={data.items} />}
    </QueryState>
  );
}
