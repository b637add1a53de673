/** A multi-year challenge (opgave) of a region that assignments are grouped under. */
export interface ThemeResponse {
  id: string;
  regionId: string;
  title: string;
  description: string;
  periodStartYear: number;
  periodEndYear: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateThemeRequest {
  title: string;
  description?: string;
  periodStartYear: number;
  periodEndYear: number;
}

export type UpdateThemeRequest = Partial<CreateThemeRequest>;
