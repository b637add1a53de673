import { useParams } from 'react-router';
import { PublicProgramme } from '../../features/public/components/public-programme';

/** Screen 9: the public page of an adopted programme, readable without signing in. */
export function PublicProgrammeRoute() {
  return <PublicProgramme programmeId={useParams().programmeId ?? ''} />;
}

export default PublicProgrammeRoute;
