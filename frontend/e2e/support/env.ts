export const env = {
  baseUrl: process.env.E2E_BASE_URL ?? 'http://localhost:5174',
  apiUrl: process.env.E2E_API_URL ?? 'http://localhost:8081',
};

export interface DemoUser {
  username: string;
  password: string;
  communeCode?: string;
}

/** Demo users of the realm (deploy/keycloak/giamngheo-realm.json). */
export const users = {
  communeOfficer: { username: 'xa.thuongphuoc1', password: 'demo1234', communeCode: '29956' },
  otherCommuneOfficer: { username: 'tt.thuongthoitien', password: 'demo1234', communeCode: '29971' },
  districtOfficer: { username: 'huyen.lan', password: 'demo1234' },
} satisfies Record<string, DemoUser>;
