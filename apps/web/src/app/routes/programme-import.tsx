import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useMe } from '../../features/auth/api/get-me';
import { rolesIn } from '../../features/auth/lib/roles';
import { ImportPage } from '../../features/imports/components/import-page';
import { useProgramme } from '../../lib/api/get-programme';

/** The bureau's import of assignments into a draft programme, with a dry run first. */
export default function ProgrammeImportRoute() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const me = useMe();
  return (
    <QueryState query={programme} loading={t('workspace.loading')} failed={t('workspace.failed')}>
      {(data) => {
        const roles = rolesIn(me.data, data.regionId);
        const canImport = roles.includes('bureau') || roles.includes('admin');
        return <ImportPage programme={data} canImport={canImport} />;
      }}
    </QueryState>
  );
}
