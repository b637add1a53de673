import { OurMunicipality } from '../../features/start/components/our-municipality';

/** "Onze gemeente": a council clerk's own municipality, from the menu. */
export default OurMunicipality;
