import { KoersError } from '../../common/koers-error';

export const userNotFound = (id: string) =>
  new KoersError('USER_NOT_FOUND', 404, `Gebruiker ${id} bestaat niet.`, { params: { id } });

export const roleNotFound = (role: string) =>
  new KoersError('ROLE_NOT_FOUND', 404, `De gebruiker heeft de rol ${role} niet in deze regio.`, {
    params: { role },
  });

export const lastAdmin = () =>
  new KoersError(
    'LAST_REGION_ADMIN',
    409,
    'Dit is de laatste beheerder van de regio; wijs eerst een andere beheerder aan.',
  );

export const userManagedElsewhere = () =>
  new KoersError(
    'USER_MANAGED_ELSEWHERE',
    403,
    'Deze gebruiker heeft ook rollen buiten de regio’s die jij beheert; alleen een platformbeheerder kan dit account wijzigen of blokkeren.',
  );

export const invitationNotFound = (id: string) =>
  new KoersError('INVITATION_NOT_FOUND', 404, `Uitnodiging ${id} bestaat niet.`, {
    params: { id },
  });
