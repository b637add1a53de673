/** How an answer names a municipality or an assignment it refers to. */
export interface MunicipalityRef {
  id: string;
  name: string;
  cbsCode: string;
}

export interface AssignmentRef {
  id: string;
  code: string;
  title: string;
}
