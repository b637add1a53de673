import type { ExternalProgrammeResponse } from '@koers/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau } from '../../features/auth/lib/roles';
import { ExternalProgrammeList } from '../../features/external-programmes/components/external-programme-list';

/**
 * Every provincial, national and EU programme. The bureau adds programmes its region maintains
 * and edits those; a shared one is for a platform administrator (the API's rule).
 */
export function ExternalProgrammesRoute() {
  const { t } = useTranslation();
  const regionId = useParams().regionId ?? '';
  const me = useMe().data;
  const bureau = actsAsBureau(me, regionId);
  const mayEdit = (programme: ExternalProgrammeResponse) =>
    programme.regionId === null
      ? Boolean(me?.user.isPlatformAdmin)
      : bureau && programme.regionId === regionId;

  return (
    <>
      <Paragraph>
        <Link to={paths.admin.url(regionId)}>{t('admin.back')}</Link>
      </Paragraph>
      <Heading1 id="external-programmes-title">{t('externalProgrammes.title')}</Heading1>
      <Paragraph lead>{t('externalProgrammes.intro')}</Paragraph>
      <ExternalProgrammeList
        regionId={regionId}
        labelledBy="external-programmes-title"
        addUrl={bureau ? paths.externalProgrammeNew.url(regionId) : undefined}
        editUrl={(programme) => paths.externalProgrammeEdit.url(regionId, programme.id)}
        mayEdit={mayEdit}
      />
    </>
  );
}

export default ExternalProgrammesRoute;
