import type { RoleName } from '@koers/contracts';
import { MRE_MUNICIPALITIES } from './municipalities';
import { MRE, REGIO_ZWOLLE } from './reference-data';

/** The password of every demo account (demo databases only; never a real password). */
export const DEMO_PASSWORD = 'koers-demo-2026';

export interface SeedAccount {
  email: string;
  name: string;
  role: RoleName;
  /** Region short name. */
  region: string;
  /** Council accounts: the municipality's name in that region. */
  municipality?: string;
  /** Portfolio holder: linked to the person holding the most assignments of the region. */
  holdsAssignments?: true;
}

/** `Geldrop-Mierlo` → `geldrop-mierlo`, `'s-Hertogenbosch` → `s-hertogenbosch`. */
export function municipalitySlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const DEMO_ACCOUNTS: readonly SeedAccount[] = [
  { email: 'admin@koers.demo', name: 'Demo beheerder MRE', role: 'admin', region: MRE },
  { email: 'bureau@koers.demo', name: 'Demo regiobureau MRE', role: 'bureau', region: MRE },
  { email: 'board@koers.demo', name: 'Demo bestuur MRE', role: 'board', region: MRE },
  {
    email: 'portfolio@koers.demo',
    name: 'Demo portefeuillehouder MRE',
    role: 'portfolio_holder',
    region: MRE,
    holdsAssignments: true,
  },
  { email: 'observer@koers.demo', name: 'Demo meelezer MRE', role: 'observer', region: MRE },
  ...MRE_MUNICIPALITIES.map((m): SeedAccount => ({
    email: `council.${municipalitySlug(m.name)}@koers.demo`,
    name: `Demo griffie ${m.name}`,
    role: 'council',
    region: MRE,
    municipality: m.name,
  })),
  {
    email: 'bureau.zwolle@koers.demo',
    name: 'Demo regiobureau Regio Zwolle',
    role: 'bureau',
    region: REGIO_ZWOLLE,
  },
];
