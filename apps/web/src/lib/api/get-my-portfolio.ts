/** The signed-in portfolio holder's assignments with mandate use and alerts (also the start page's). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export const getMyPortfolio = () => unwrap(api.GET('/api/me/portfolio'));

export const myPortfolioQueryOptions = () =>
  queryOptions({ queryKey: ['portfolio', 'me'], queryFn: getMyPortfolio });

export const useMyPortfolio = () => useQuery(myPortfolioQueryOptions());
