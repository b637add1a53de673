import { InvitationNotice } from '../../features/auth/components/invitation-notice';
import { RegionList } from '../../features/regions/components/region-list';
import { StartPage } from '../../features/start/components/start-page';

/** The home page of a signed-in person: what waits for them (features/start), then the regions. */
export default function SignedInHome() {
  return <StartPage notices={<InvitationNotice signedIn />} after={<RegionList />} />;
}
