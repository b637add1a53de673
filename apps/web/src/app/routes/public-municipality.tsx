import { useParams } from 'react-router';
import { PublicMunicipality } from '../../features/public/components/public-municipality';

/** A municipality's public page: what it pays in each adopted programme, by its name. */
export function PublicMunicipalityRoute() {
  return <PublicMunicipality slug={useParams().municipalitySlug ?? ''} />;
}

export default PublicMunicipalityRoute;
